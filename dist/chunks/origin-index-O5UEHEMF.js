import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  walkKustomization
} from "./chunk-LDDIOIKT.js";
import "./chunk-PEXW4HFU.js";
import "./chunk-UDUT55WC.js";
import {
  yaml
} from "./chunk-XRJQ2ZGK.js";
import {
  refKey
} from "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/validation/origin-index.ts
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
function createOriginIndexCache() {
  return { documents: /* @__PURE__ */ new Map() };
}
var UNPREFIXED = /* @__PURE__ */ new Set(["CustomResourceDefinition", "APIService", "Namespace"]);
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "CustomResourceDefinition",
  "APIService",
  "ClusterRole",
  "ClusterRoleBinding",
  "PersistentVolume",
  "StorageClass",
  "PriorityClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "IngressClass",
  "RuntimeClass"
]);
var TRANSFORMERS = [
  [["patchesStrategicMerge"], "PatchStrategicMergeTransformer"],
  [["patches"], "PatchTransformer"],
  [["namespace"], "NamespaceTransformer"],
  [["namePrefix"], "PrefixTransformer"],
  [["nameSuffix"], "SuffixTransformer"],
  [["commonLabels", "labels"], "LabelTransformer"],
  [["commonAnnotations"], "AnnotationsTransformer"],
  [["patchesJson6902"], "PatchJson6902Transformer"],
  [["replicas"], "ReplicaCountTransformer"],
  [["images"], "ImageTagTransformer"],
  [["replacements"], "ReplacementTransformer"]
];
async function buildOriginIndex(repoRoot, environment, cache = createOriginIndexCache()) {
  const root = resolve(repoRoot, environment.path);
  const gaps = [];
  const nodes = /* @__PURE__ */ new Map();
  const order = [];
  try {
    for await (const ref of walkKustomization(root, {
      boundary: repoRoot,
      onKustomization: (file, data) => {
        nodes.set(dirname(file), { file, data, refs: [] });
        order.push(dirname(file));
      }
    })) {
      nodes.get(dirname(ref.from))?.refs.push(ref);
    }
  } catch (error) {
    gaps.push(error.message);
  }
  const toRepo = (path) => relative(repoRoot, path).split(sep).join("/");
  const overrides = environment.kustomize;
  const accumulate = async (dir, stack, isRoot) => {
    const node = nodes.get(dir);
    if (!node || stack.has(dir)) {
      gaps.push(`${toRepo(dir)} was not read`);
      return [];
    }
    const inner = new Set(stack).add(dir);
    const data = isRoot && overrides ? { ...node.data, ...pick(overrides, ["namePrefix", "nameSuffix", "namespace"]) } : node.data;
    const entries2 = [];
    for (const ref of node.refs) {
      if (!["resources", "bases", "crds"].includes(ref.key)) continue;
      if (ref.kind === "kustomization" && ref.path) entries2.push(...await accumulate(ref.path, inner, false));
      else if (ref.kind === "file" && ref.path) {
        const file = toRepo(ref.path);
        for (const document of await documentsOf(ref.path, cache))
          entries2.push({ ...document, hashed: false, origin: { path: file, transformations: [] } });
      } else gaps.push(`${ref.key} ${ref.value} in ${toRepo(ref.from)} is ${ref.kind}`);
    }
    for (const ref of node.refs) {
      if (ref.key !== "components" || ref.kind !== "kustomization" || !ref.path) continue;
      const component = nodes.get(ref.path);
      if (!component) continue;
      const before = [...entries2];
      const own = await accumulate(ref.path, inner, false);
      applyLevel(before, component.data, toRepo(component.file));
      entries2.push(...own);
    }
    for (const [field, kind] of [
      ["configMapGenerator", "ConfigMap"],
      ["secretGenerator", "Secret"]
    ]) {
      const generators = Array.isArray(data[field]) ? data[field] : [];
      const disabled = data.generatorOptions?.disableNameSuffixHash === true;
      for (const generator of generators) {
        if (!generator || typeof generator.name !== "string" || generator.behavior && generator.behavior !== "create")
          continue;
        const options = generator.options;
        entries2.push({
          kind,
          name: generator.name,
          ...typeof generator.namespace === "string" ? { namespace: generator.namespace } : {},
          hashed: !(disabled || options?.disableNameSuffixHash === true),
          origin: {
            configuredIn: toRepo(node.file),
            configuredBy: kind === "ConfigMap" ? "ConfigMapGenerator" : "SecretGenerator",
            transformations: []
          }
        });
      }
    }
    for (const field of ["helmCharts", "generators", "transformers"])
      if (Array.isArray(data[field]) && data[field].length > 0)
        gaps.push(`${toRepo(node.file)} has ${field}`);
    applyLevel(entries2, data, toRepo(node.file));
    return entries2;
  };
  const entries = nodes.has(root) ? await accumulate(root, /* @__PURE__ */ new Set(), true) : [];
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = `${entry.kind}|${entry.name}`;
    byName.set(key, [...byName.get(key) ?? [], entry]);
  }
  const decided = /* @__PURE__ */ new Map();
  return {
    gaps,
    originOf(resource) {
      const key = refKey(resource.ref);
      if (decided.has(key)) return decided.get(key);
      const { kind, name, namespace } = resource.ref;
      let candidates = byName.get(`${kind}|${name}`) ?? [];
      if (candidates.length === 0 && (kind === "ConfigMap" || kind === "Secret")) {
        const stem = /^(.*)-[a-z0-9]{10}$/.exec(name)?.[1];
        candidates = stem ? (byName.get(`${kind}|${stem}`) ?? []).filter((entry) => entry.hashed) : [];
      }
      if (candidates.length > 1)
        candidates = candidates.filter((entry) => (entry.namespace ?? "") === (namespace ?? ""));
      const origin = candidates.length === 1 ? structuredClone(candidates[0].origin) : void 0;
      decided.set(key, origin);
      return origin;
    }
  };
}
function applyLevel(entries, data, file) {
  const prefix = typeof data.namePrefix === "string" ? data.namePrefix : "";
  const suffix = typeof data.nameSuffix === "string" ? data.nameSuffix : "";
  const namespace = typeof data.namespace === "string" && data.namespace ? data.namespace : void 0;
  const kinds = TRANSFORMERS.filter(([fields]) => fields.some((field) => present(data[field]))).map(([, kind]) => kind);
  for (const entry of entries) {
    if (!UNPREFIXED.has(entry.kind)) entry.name = `${prefix}${entry.name}${suffix}`;
    if (namespace && !CLUSTER_SCOPED.has(entry.kind)) entry.namespace = namespace;
    for (const kind of kinds) entry.origin.transformations.push({ configuredIn: file, kind });
  }
}
function present(value) {
  if (value === void 0 || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
function pick(object, keys) {
  const picked = {};
  for (const key of keys) {
    const value = object[key];
    if (value !== void 0 && value !== "") picked[key] = value;
  }
  return picked;
}
function documentsOf(path, cache) {
  let entry = cache.documents.get(path);
  if (!entry) {
    entry = readFile(path, "utf8").then(
      (text) => {
        const documents = [];
        const add = (object) => {
          if (!object || typeof object !== "object") return;
          const { kind, metadata, items } = object;
          if (typeof kind === "string" && kind.endsWith("List") && Array.isArray(items)) return items.forEach(add);
          if (typeof kind !== "string" || typeof metadata?.name !== "string") return;
          documents.push({
            kind,
            name: metadata.name,
            ...typeof metadata.namespace === "string" ? { namespace: metadata.namespace } : {}
          });
        };
        try {
          yaml.loadAll(text, add, { schema: yaml.CORE_SCHEMA });
        } catch {
        }
        return documents;
      },
      () => []
    );
    cache.documents.set(path, entry);
  }
  return entry;
}
export {
  buildOriginIndex,
  createOriginIndexCache
};
//# sourceMappingURL=origin-index-O5UEHEMF.js.map
