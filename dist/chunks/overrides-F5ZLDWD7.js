import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  setImages
} from "./chunk-6A2SAIH4.js";
import "./chunk-HRSHY6RN.js";
import {
  readKustomization
} from "./chunk-MBO2E76D.js";
import {
  splitImageReference
} from "./chunk-36EPN6MW.js";
import "./chunk-PEXW4HFU.js";
import {
  findKustomizationFile
} from "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-6JA5DT7B.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/render/overrides.ts
var import_yaml = __toESM(require_dist(), 1);
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
var BUILD_METADATA = ["originAnnotations", "transformerAnnotations"];
async function applyKustomizeOverrides(dir, overrides, options = {}) {
  const name = await findKustomizationFile(dir);
  if (!name) throw new ConfigError(`no kustomization.yaml in ${dir}`);
  const file = join(dir, name);
  const kustomization = await readKustomization(file);
  const where = options.appName ? `Application ${options.appName} spec.source.kustomize` : "spec.source.kustomize";
  const env = options.buildEnv ?? {};
  if (overrides?.images?.length)
    setImages(
      kustomization,
      overrides.images.map((spec) => parseImageOverride(envsubst(String(spec), env), where))
    );
  const document = (0, import_yaml.parseDocument)(kustomization.toString());
  if (overrides) await applyOverrides(document, overrides, dir, where, env);
  if (options.buildMetadata) {
    const existing = document.get("buildMetadata")?.toJSON?.() ?? [];
    document.set("buildMetadata", [.../* @__PURE__ */ new Set([...existing, ...BUILD_METADATA])]);
  }
  await writeFile(file, document.toString());
}
async function applyOverrides(document, overrides, dir, where, env) {
  const get = (key) => document.toJS()?.[key];
  if (overrides.namePrefix) document.set("namePrefix", overrides.namePrefix);
  if (overrides.nameSuffix) document.set("nameSuffix", overrides.nameSuffix);
  if (overrides.replicas?.length) {
    const replicas = [...get("replicas") ?? []];
    for (const replica of overrides.replicas) {
      const count = typeof replica.count === "number" ? replica.count : Number.parseInt(String(replica.count), 10);
      if (!Number.isInteger(count) || count < 0)
        throw new ConfigError(
          `${where}.replicas: count "${replica.count}" for ${replica.name} is not a non-negative integer`
        );
      const existing = replicas.find((entry) => entry.name === replica.name);
      if (existing) existing.count = count;
      else replicas.push({ name: replica.name, count });
    }
    document.set("replicas", replicas);
  }
  if (overrides.commonLabels && Object.keys(overrides.commonLabels).length > 0) {
    if (overrides.labelWithoutSelector) {
      const labels = [...get("labels") ?? []];
      labels.push({
        pairs: checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
        includeSelectors: false,
        ...overrides.labelIncludeTemplates ? { includeTemplates: true } : {}
      });
      document.set("labels", labels);
    } else {
      document.set(
        "commonLabels",
        mergeMap(
          get("commonLabels"),
          checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
          overrides.forceCommonLabels,
          `${where}.commonLabels`,
          "label"
        )
      );
    }
  }
  if (overrides.commonAnnotations && Object.keys(overrides.commonAnnotations).length > 0) {
    const annotations = overrides.commonAnnotationsEnvsubst ? expandValues(overrides.commonAnnotations, env) : overrides.commonAnnotations;
    for (const key of Object.keys(annotations)) {
      const problem = qualifiedNameProblem(key.toLowerCase());
      if (problem)
        throw new ConfigError(`${where}.commonAnnotations: key "${key}" is not a valid annotation key: ${problem}`);
    }
    document.set(
      "commonAnnotations",
      mergeMap(
        get("commonAnnotations"),
        annotations,
        overrides.forceCommonAnnotations,
        `${where}.commonAnnotations`,
        "annotation"
      )
    );
  }
  if (overrides.namespace) document.set("namespace", overrides.namespace);
  if (overrides.components?.length) {
    const components = [...get("components") ?? []];
    for (const component of overrides.components) {
      if (!await findKustomizationFile(join(dir, component))) {
        if (overrides.ignoreMissingComponents) continue;
        throw new ConfigError(`${where}.components: component "${component}" not found relative to the source path`);
      }
      if (!components.includes(component)) components.push(component);
    }
    document.set("components", components);
  }
  if (overrides.patches?.length) document.set("patches", [...get("patches") ?? [], ...overrides.patches]);
}
function mergeMap(current, added, force, where, what) {
  const merged = { ...current ?? {} };
  for (const [key, value] of Object.entries(added)) {
    if (key in merged && !force) {
      throw new ConfigError(
        `${where}: ${what} "${key}" is already set in the kustomization (set force${what === "label" ? "CommonLabels" : "CommonAnnotations"}: true to override)`
      );
    }
    merged[key] = String(value);
  }
  return merged;
}
function envsubst(text, env) {
  return text.replace(
    /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_match, dollar, braced, bare) => {
      if (dollar) return "$";
      const name = braced ?? bare;
      const value = env[name];
      if (value === void 0 && (name === "ARGOCD_APP_REVISION_SHORT" || name === "ARGOCD_APP_REVISION_SHORT_8")) {
        throw new ConfigError(
          `"${text}" uses $${name}, but the revision being rendered is not a commit SHA, so its short form is unknown (Argo CD expands it to the synced commit's short SHA)`
        );
      }
      return value ?? "";
    }
  );
}
var NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function qualifiedNameProblem(key) {
  const parts = key.split("/");
  if (parts.length > 2) return 'at most one "/" (prefix/name)';
  const name = parts.at(-1) ?? "";
  if (parts.length === 2) {
    const prefix = parts[0] ?? "";
    if (!prefix) return 'the prefix before "/" must not be empty';
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
      return `prefix "${prefix}" must be a lowercase DNS-1123 subdomain of at most 253 characters`;
  }
  if (!name) return "the name part must not be empty";
  if (name.length > 63) return `the name part must be at most 63 characters (has ${name.length})`;
  if (!NAME_PART.test(name))
    return 'the name part must be alphanumerics, "-", "_" or "." and start and end with an alphanumeric';
  return void 0;
}
function labelValueProblem(value) {
  if (value === "") return void 0;
  if (value.length > 63) return `at most 63 characters (has ${value.length})`;
  if (!NAME_PART.test(value)) return 'alphanumerics, "-", "_" or "." starting and ending with an alphanumeric';
  return void 0;
}
function checkLabels(labels, where) {
  for (const [key, value] of Object.entries(labels)) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem) throw new ConfigError(`${where}: key "${key}" is not a valid label key: ${keyProblem}`);
    const valueProblem = labelValueProblem(value);
    if (valueProblem)
      throw new ConfigError(`${where}: value "${value}" of label "${key}" is not a valid label value: ${valueProblem}`);
  }
  return labels;
}
function expandValues(values, env) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, envsubst(String(value), env)]));
}
function parseImageOverride(spec, where = "images") {
  if (!/[=:@]/.test(spec))
    throw new ConfigError(
      `${where}: image override "${spec}" has no "=", ":" or "@" (expected name=newName:tag, name:tag or name@digest, as kustomize edit set image requires)`
    );
  const [left, right] = spec.includes("=") ? [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)] : [void 0, spec];
  const reference = splitImageReference(right ?? "");
  const name = left ?? reference.name;
  if (!name) throw new ConfigError(`${where}: image override "${spec}" has no image name`);
  const out = { name };
  if (left !== void 0 && reference.name) out.newName = reference.name;
  if (reference.tag) out.newTag = reference.tag;
  if (reference.digest) {
    if (reference.digest !== "*" && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(reference.digest))
      throw new ConfigError(`${where}: "${reference.digest}" in "${spec}" is not a digest (expected sha256:<hex>)`);
    out.digest = reference.digest;
  }
  return out;
}
export {
  BUILD_METADATA,
  applyKustomizeOverrides,
  envsubst,
  labelValueProblem,
  parseImageOverride,
  qualifiedNameProblem
};
//# sourceMappingURL=overrides-F5ZLDWD7.js.map
