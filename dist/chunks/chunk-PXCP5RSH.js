import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  retry
} from "./chunk-KWGMOYHE.js";
import {
  parseYamlStream
} from "./chunk-XRJQ2ZGK.js";
import {
  parseKubernetesVersion
} from "./chunk-QDRIPWP2.js";
import {
  splitApiVersion
} from "./chunk-6JA5DT7B.js";
import {
  ConfigError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";

// src/schemas/naming.ts
var VARIABLES = /* @__PURE__ */ new Set(["NormalizedKubernetesVersion", "StrictSuffix", "ResourceKind", "ResourceAPIVersion", "Group", "KindSuffix"]);
var PLACEHOLDER = /\{\{-?\s*\.(\w+)\s*-?\}\}/g;
function normalizeKubernetesVersion(version) {
  if (version === "master") return version;
  const { major, minor, patch } = parseKubernetesVersion(version);
  return `v${major}.${minor}.${patch ?? 0}`;
}
function templateVariables(kind, apiVersion, kubernetesVersion, strict) {
  const groupParts = apiVersion.split("/");
  const first = (groupParts[0] ?? "").split(".")[0] ?? "";
  let kindSuffix = `-${first.toLowerCase()}`;
  if (groupParts.length > 1) kindSuffix += `-${(groupParts[1] ?? "").toLowerCase()}`;
  return {
    NormalizedKubernetesVersion: normalizeKubernetesVersion(kubernetesVersion),
    StrictSuffix: strict ? "-strict" : "",
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: groupParts[groupParts.length - 1] ?? "",
    Group: groupParts[0] ?? "",
    KindSuffix: kindSuffix
  };
}
function isTemplate(location) {
  return /\{\{.*\}\}/.test(location);
}
function checkTemplate(template) {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!VARIABLES.has(match[1])) throw new UsageError(`schema location "${template}": unknown template variable {{ .${match[1]} }} (known: ${[...VARIABLES].join(", ")})`);
  }
  const stripped = template.replace(PLACEHOLDER, "");
  if (stripped.includes("{{") || stripped.includes("}}")) throw new UsageError(`schema location "${template}": malformed template placeholder (expected {{ .Variable }})`);
}
function renderTemplate(template, variables) {
  return template.replace(PLACEHOLDER, (whole, name) => VARIABLES.has(name) ? variables[name] : whole);
}
function catalogFileName(kind, apiVersion) {
  const { group, version } = splitApiVersion(apiVersion);
  const short = group.split(".")[0]?.toLowerCase() ?? "";
  return group === "" ? `${kind.toLowerCase()}-${version.toLowerCase()}.json` : `${kind.toLowerCase()}-${short}-${version.toLowerCase()}.json`;
}
function crdCatalogPath(kind, apiVersion) {
  const { group, version } = splitApiVersion(apiVersion);
  if (group === "") return void 0;
  return `${group}/${kind.toLowerCase()}_${version}.json`;
}

// src/schemas/normalize.ts
var SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "definitions", "$defs"];
var SCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf"];
var INT_OR_STRING = ["integer", "string"];
function normalizeSchema(schema, options = {}) {
  const root = walk(schema, { strict: options.strict ?? true, nullable: options.nullableOptional ?? false, inCombinator: false, optional: false });
  delete root.$schema;
  if (typeof root.id === "string") delete root.id;
  return root;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function walk(node, context) {
  const out = { ...node };
  const child = { ...context, optional: false };
  if (out.format === "int-or-string" || out["x-kubernetes-int-or-string"] === true) {
    out.type = [...INT_OR_STRING];
    if (out.format === "int-or-string") delete out.format;
    if (Array.isArray(out.anyOf) && out.anyOf.every((branch) => isObject(branch) && Object.keys(branch).length === 1 && INT_OR_STRING.includes(branch.type))) delete out.anyOf;
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = out[keyword];
    if (!isObject(map)) continue;
    const required = keyword === "properties" && Array.isArray(out.required) ? new Set(out.required) : void 0;
    const copy = {};
    for (const [name, value] of Object.entries(map)) {
      copy[name] = isObject(value) ? walk(value, keyword === "definitions" || keyword === "$defs" ? { ...child, inCombinator: false } : { ...child, optional: keyword === "properties" && !required?.has(name) }) : value;
    }
    out[keyword] = copy;
  }
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = out[keyword];
    if (Array.isArray(list)) out[keyword] = list.map((branch) => isObject(branch) ? walk(branch, { ...child, inCombinator: true }) : branch);
  }
  if (isObject(out.not)) out.not = walk(out.not, { ...child, inCombinator: true });
  if (isObject(out.items)) out.items = walk(out.items, child);
  else if (Array.isArray(out.items)) out.items = out.items.map((item) => isObject(item) ? walk(item, child) : item);
  if (isObject(out.additionalProperties)) out.additionalProperties = walk(out.additionalProperties, child);
  if (typeof out.exclusiveMinimum === "boolean") {
    if (out.exclusiveMinimum && typeof out.minimum === "number") {
      out.exclusiveMinimum = out.minimum;
      delete out.minimum;
    } else delete out.exclusiveMinimum;
  }
  if (typeof out.exclusiveMaximum === "boolean") {
    if (out.exclusiveMaximum && typeof out.maximum === "number") {
      out.exclusiveMaximum = out.maximum;
      delete out.maximum;
    } else delete out.exclusiveMaximum;
  }
  if (!context.strict && out.additionalProperties === false) delete out.additionalProperties;
  if (context.strict && !context.inCombinator && isObject(out.properties) && out.additionalProperties === void 0 && out["x-kubernetes-preserve-unknown-fields"] !== true) {
    if (out["x-kubernetes-embedded-resource"] === true) {
      const properties = out.properties;
      properties.apiVersion ??= { type: "string" };
      properties.kind ??= { type: "string" };
      properties.metadata ??= { type: "object" };
    }
    out.additionalProperties = false;
  }
  if (out.nullable === true || context.nullable && context.optional) addNull(out);
  return out;
}
function addNull(node) {
  if (typeof node.type === "string") node.type = node.type === "null" ? "null" : [node.type, "null"];
  else if (Array.isArray(node.type) && !node.type.includes("null")) node.type = [...node.type, "null"];
  if (Array.isArray(node.enum) && !node.enum.includes(null) && node.type !== void 0) node.enum = [...node.enum, null];
}

// src/schemas/crd.ts
var API_EXTENSIONS = /* @__PURE__ */ new Set(["apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1"]);
function crdsToCatalog(text, file, options = {}) {
  const { resources, errors } = parseYamlStream(text, file);
  const first = errors[0];
  if (first) throw new ConfigError(`line ${first.line}: ${first.message}`, file);
  const entries = [];
  for (const resource of resources) entries.push(...crdObjectToCatalog(resource.object, file, resource.index, options));
  return entries;
}
function crdObjectToCatalog(crd, file, index = 0, options = {}) {
  const entries = [];
  if (crd.kind !== "CustomResourceDefinition" || !API_EXTENSIONS.has(String(crd.apiVersion))) return [];
  const name = crd.metadata?.name ?? `document ${index + 1}`;
  const spec = crd.spec;
  const group = spec?.group;
  const kind = spec?.names?.kind;
  if (typeof group !== "string" || group === "" || typeof kind !== "string" || kind === "") {
    throw new ConfigError(`CustomResourceDefinition ${name}: spec.group and spec.names.kind are required`, file);
  }
  const versions = [];
  if (Array.isArray(spec?.versions) && spec.versions.length > 0) {
    for (const version of spec.versions) {
      if (typeof version?.name !== "string") throw new ConfigError(`CustomResourceDefinition ${name}: a spec.versions entry has no name`, file);
      if (version.served === false) continue;
      versions.push({ name: version.name, schema: version.schema?.openAPIV3Schema ?? spec.validation?.openAPIV3Schema });
    }
  } else if (typeof spec?.version === "string") {
    versions.push({ name: spec.version, schema: spec.validation?.openAPIV3Schema });
  } else {
    throw new ConfigError(`CustomResourceDefinition ${name}: spec.versions is empty`, file);
  }
  for (const version of versions) {
    const source = typeof version.schema === "object" && version.schema !== null ? version.schema : { type: "object", "x-kubernetes-preserve-unknown-fields": true };
    const schema = normalizeSchema(source, { strict: options.strict ?? true });
    pinTypeMeta(schema, `${group}/${version.name}`, kind);
    entries.push({ group, version: version.name, kind, path: crdCatalogPath(kind, `${group}/${version.name}`), schema });
  }
  return entries;
}
function pinTypeMeta(schema, apiVersion, kind) {
  const properties = schema.properties ?? {};
  schema.properties = {
    ...properties,
    apiVersion: { ...properties.apiVersion ?? { type: "string" }, enum: [apiVersion] },
    kind: { ...properties.kind ?? { type: "string" }, enum: [kind] },
    metadata: properties.metadata ?? { type: "object" }
  };
}

// src/schemas/http.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var SchemaDownloadError = class extends Error {
  constructor(message, url) {
    super(message);
    this.url = url;
  }
  name = "SchemaDownloadError";
};
function defaultCacheDir(env = process.env) {
  return env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, "slipway", "schemas") : join(tmpdir(), "slipway-schema-cache");
}
function cacheFile(cacheDir, url) {
  return join(cacheDir, `${createHash("sha256").update(url).digest("hex")}.json`);
}
async function fetchSchemaText(url, options = {}) {
  const file = options.cacheDir ? cacheFile(options.cacheDir, url) : void 0;
  if (file) {
    try {
      return await readFile(file, "utf8");
    } catch {
    }
  }
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 3;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const policy = {
    attempts: retries + 1,
    baseDelayMs: options.backoffMs ?? 250,
    maxDelayMs: 3e4,
    jitter: "none"
  };
  try {
    const body = await retry(
      async () => {
        let response;
        let text;
        try {
          response = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
          text = await response.text();
        } catch (error) {
          const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
          throw new TransientDownloadError(timedOut ? `timed out after ${timeoutMs} ms` : errorMessage(error));
        }
        const status = response.status;
        if (status === 404 || status === 410) return void 0;
        if (status === 429 || status >= 500) throw new TransientDownloadError(`HTTP ${status}`);
        if (status < 200 || status >= 300)
          throw new SchemaDownloadError(`could not download schema ${url}: HTTP ${status}`, url);
        return text;
      },
      (error) => error instanceof TransientDownloadError ? { reason: error.message } : void 0,
      policy
    );
    if (body !== void 0 && file && options.cacheDir) await writeCache(options.cacheDir, file, body);
    return body;
  } catch (error) {
    if (error instanceof TransientDownloadError)
      throw new SchemaDownloadError(
        `could not download schema ${url} after ${policy.attempts} attempts: ${error.message}`,
        url
      );
    throw error;
  }
}
var TransientDownloadError = class extends Error {
  name = "TransientDownloadError";
};
async function writeCache(dir, file, body) {
  try {
    await mkdir(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, body);
    await rename(temporary, file);
  } catch {
  }
}

// src/schemas/catalog.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";
async function writeCatalog(entries, dir) {
  const written = [];
  const made = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const file = join2(dir, ...entry.path.split("/"));
    const parent = dirname(file);
    if (!made.has(parent)) {
      await mkdir2(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile2(file, `${JSON.stringify(entry.schema)}
`);
    written.push(file);
  }
  return written;
}

// src/schemas/enums.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
var PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
var TERMINATION_MESSAGE = ["FallbackToLogsOnError", "File"];
var KNOWN_ENUMS = {
  "io.k8s.api.core.v1.Container": { imagePullPolicy: PULL_POLICIES, terminationMessagePolicy: TERMINATION_MESSAGE },
  "io.k8s.api.core.v1.EphemeralContainer": { imagePullPolicy: PULL_POLICIES, terminationMessagePolicy: TERMINATION_MESSAGE },
  "io.k8s.api.core.v1.PodSpec": { restartPolicy: ["Always", "Never", "OnFailure"], dnsPolicy: ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"], preemptionPolicy: ["Never", "PreemptLowerPriority"] },
  "io.k8s.api.core.v1.ContainerPort": { protocol: PROTOCOLS },
  "io.k8s.api.core.v1.ServicePort": { protocol: PROTOCOLS },
  "io.k8s.api.core.v1.EndpointPort": { protocol: PROTOCOLS },
  "io.k8s.api.core.v1.ServiceSpec": {
    type: ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"],
    sessionAffinity: ["ClientIP", "None"],
    externalTrafficPolicy: ["Cluster", "Local"],
    internalTrafficPolicy: ["Cluster", "Local"],
    ipFamilyPolicy: ["PreferDualStack", "RequireDualStack", "SingleStack"]
  },
  "io.k8s.api.core.v1.Toleration": { operator: ["Equal", "Exists"], effect: ["NoExecute", "NoSchedule", "PreferNoSchedule"] },
  "io.k8s.api.core.v1.Taint": { effect: ["NoExecute", "NoSchedule", "PreferNoSchedule"] },
  "io.k8s.api.core.v1.TopologySpreadConstraint": { whenUnsatisfiable: ["DoNotSchedule", "ScheduleAnyway"] },
  "io.k8s.api.core.v1.NodeSelectorRequirement": { operator: ["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"] },
  "io.k8s.api.core.v1.SeccompProfile": { type: ["Localhost", "RuntimeDefault", "Unconfined"] },
  "io.k8s.api.core.v1.HTTPGetAction": { scheme: ["HTTP", "HTTPS"] },
  "io.k8s.api.core.v1.PersistentVolumeClaimSpec": { volumeMode: ["Block", "Filesystem"] },
  "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement": { operator: ["DoesNotExist", "Exists", "In", "NotIn"] },
  "io.k8s.api.apps.v1.DeploymentStrategy": { type: ["Recreate", "RollingUpdate"] },
  "io.k8s.api.apps.v1.DaemonSetUpdateStrategy": { type: ["OnDelete", "RollingUpdate"] },
  "io.k8s.api.apps.v1.StatefulSetUpdateStrategy": { type: ["OnDelete", "RollingUpdate"] },
  "io.k8s.api.apps.v1.StatefulSetSpec": { podManagementPolicy: ["OrderedReady", "Parallel"] },
  "io.k8s.api.batch.v1.CronJobSpec": { concurrencyPolicy: ["Allow", "Forbid", "Replace"] },
  "io.k8s.api.autoscaling.v2.MetricSpec": { type: ["ContainerResource", "External", "Object", "Pods", "Resource"] },
  "io.k8s.api.autoscaling.v2.MetricTarget": { type: ["AverageValue", "Utilization", "Value"] },
  "io.k8s.api.autoscaling.v2.HPAScalingPolicy": { type: ["Percent", "Pods"] },
  "io.k8s.api.autoscaling.v2.HPAScalingRules": { selectPolicy: ["Disabled", "Max", "Min"] },
  "io.k8s.api.policy.v1.PodDisruptionBudgetSpec": { unhealthyPodEvictionPolicy: ["AlwaysAllow", "IfHealthyBudget"] },
  "io.k8s.api.networking.v1.NetworkPolicySpec": { policyTypes: ["Egress", "Ingress"] },
  "io.k8s.api.networking.v1.NetworkPolicyPort": { protocol: PROTOCOLS },
  "io.k8s.api.networking.v1.HTTPIngressPath": { pathType: ["Exact", "ImplementationSpecific", "Prefix"] }
};
var DESCRIBED_VALUE = /^\s*- `"([^"`]*)"`/gm;
function enumFromDescription(description) {
  if (typeof description !== "string") return void 0;
  const at = description.indexOf("Possible enum values:");
  if (at < 0) return void 0;
  const values = [...description.slice(at).matchAll(DESCRIBED_VALUE)].map((match) => match[1]);
  return values.length > 0 ? values : void 0;
}
function withKnownEnums(name, definition) {
  const properties = definition.properties;
  if (typeof properties !== "object" || properties === null) return definition;
  const table = KNOWN_ENUMS[name] ?? {};
  let copy;
  for (const [field, schema] of Object.entries(properties)) {
    if (typeof schema !== "object" || schema === null || schema.enum) continue;
    const values = enumFromDescription(schema.description) ?? table[field];
    if (!values) continue;
    const items = schema.items;
    if (schema.type === "string") (copy ??= { ...properties })[field] = { ...schema, enum: values };
    else if (schema.type === "array" && items?.type === "string" && !items.enum) (copy ??= { ...properties })[field] = { ...schema, items: { ...items, enum: values } };
  }
  return copy ? { ...definition, properties: copy } : definition;
}

// src/schemas/openapi.ts
var DEFINITION_REF = "#/definitions/";
var REPLACED_DEFINITIONS = {
  "io.k8s.apimachinery.pkg.util.intstr.IntOrString": { type: ["integer", "string"] },
  "io.k8s.apimachinery.pkg.api.resource.Quantity": { type: ["string", "number"] }
};
function openApiToCatalog(document, source, options = {}) {
  const definitions = document?.definitions;
  if (typeof definitions !== "object" || definitions === null || Array.isArray(definitions)) {
    throw new ConfigError('not a Kubernetes OpenAPI v2 document: no "definitions" object (expected the output of `kubectl get --raw /openapi/v2`)', source);
  }
  const raw = definitions;
  const strict = options.strict ?? true;
  const normalized = /* @__PURE__ */ new Map();
  const normalizedDefinition = (name, from) => {
    let schema = normalized.get(name);
    if (schema) return schema;
    const found = REPLACED_DEFINITIONS[name] ?? raw[name];
    if (typeof found !== "object" || found === null) throw new ConfigError(`"$ref": "${DEFINITION_REF}${name}" in definition ${from} points to no definition`, source);
    const original = withKnownEnums(name, found);
    schema = normalizeSchema(options.descriptions ? original : withoutDescriptions(original), { strict, nullableOptional: true });
    normalized.set(name, schema);
    return schema;
  };
  const entries = [];
  for (const [name, definition] of Object.entries(raw)) {
    const gvks = definition["x-kubernetes-group-version-kind"];
    if (!Array.isArray(gvks)) continue;
    const base = normalizedDefinition(name, name);
    const bundled = {};
    const pending = collectRefs(base, []);
    while (pending.length > 0) {
      const ref = pending.pop();
      if (ref in bundled) continue;
      const target = normalizedDefinition(ref, name);
      bundled[ref] = target;
      collectRefs(target, pending);
    }
    for (const gvk of gvks) {
      if (typeof gvk?.kind !== "string" || typeof gvk.version !== "string") continue;
      const group = gvk.group ?? "";
      const apiVersion = group === "" ? gvk.version : `${group}/${gvk.version}`;
      const schema = { ...base };
      const properties = schema.properties;
      if (properties?.apiVersion && properties.kind) {
        schema.properties = { ...properties, apiVersion: { ...properties.apiVersion, enum: [apiVersion] }, kind: { ...properties.kind, enum: [gvk.kind] } };
      }
      if (Object.keys(bundled).length > 0) schema.definitions = bundled;
      entries.push({ group, version: gvk.version, kind: gvk.kind, path: catalogFileName(gvk.kind, apiVersion), schema, definition: name });
    }
  }
  if (entries.length === 0) throw new ConfigError('no definition carries "x-kubernetes-group-version-kind"; is this a Kubernetes OpenAPI v2 document?', source);
  return entries;
}
function collectRefs(node, into) {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        if (value.startsWith(DEFINITION_REF)) into.push(value.slice(DEFINITION_REF.length));
      } else if (typeof value === "object") collectRefs(value, into);
    }
  }
  return into;
}
function withoutDescriptions(schema) {
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "description") continue;
    if (key === "properties" || key === "patternProperties" || key === "definitions") {
      const map = {};
      for (const [name, child] of Object.entries(value)) map[name] = isSchema(child) ? withoutDescriptions(child) : child;
      out[key] = map;
    } else if (key === "items" || key === "additionalProperties" || key === "not") {
      out[key] = isSchema(value) ? withoutDescriptions(value) : Array.isArray(value) ? value.map((v) => isSchema(v) ? withoutDescriptions(v) : v) : value;
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
      out[key] = Array.isArray(value) ? value.map((v) => isSchema(v) ? withoutDescriptions(v) : v) : value;
    } else out[key] = value;
  }
  return out;
}
function isSchema(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/schemas/importer.ts
import { readFile as readFile2 } from "node:fs/promises";
async function importOpenApi(input, outDir, options = {}) {
  const text = await readInput(input, options.http);
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not JSON: ${errorMessage(error)} (expected the output of \`kubectl get --raw /openapi/v2\`)`, input);
  }
  const entries = openApiToCatalog(document, input, options);
  const files = await writeCatalog(entries, outDir);
  return { files, kinds: [...new Set(entries.map((entry) => [entry.group, entry.version, entry.kind].filter(Boolean).join("/")))].sort() };
}
async function importCrds(inputs, outDir, options = {}) {
  const entries = [];
  for (const input of inputs) {
    const found = crdsToCatalog(await readInput(input, options.http), input, options);
    if (found.length === 0) throw new ConfigError("no CustomResourceDefinition (apiextensions.k8s.io/v1) found", input);
    entries.push(...found);
  }
  const files = await writeCatalog(entries, outDir);
  return { files, kinds: [...new Set(entries.map((entry) => `${entry.group}/${entry.version}/${entry.kind}`))].sort() };
}
async function readInput(input, http) {
  if (/^https?:\/\//i.test(input)) {
    let text;
    try {
      text = await fetchSchemaText(input, { ...http, cacheDir: void 0 });
    } catch (error) {
      throw new ConfigError(errorMessage(error), input);
    }
    if (text === void 0) throw new ConfigError("not found (HTTP 404)", input);
    return text;
  }
  try {
    return await readFile2(input, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ConfigError(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, expected a file" : errorMessage(error), input);
  }
}

export {
  normalizeKubernetesVersion,
  templateVariables,
  isTemplate,
  checkTemplate,
  renderTemplate,
  catalogFileName,
  crdCatalogPath,
  normalizeSchema,
  crdsToCatalog,
  crdObjectToCatalog,
  SchemaDownloadError,
  defaultCacheDir,
  fetchSchemaText,
  writeCatalog,
  openApiToCatalog,
  importOpenApi,
  importCrds
};
//# sourceMappingURL=chunk-PXCP5RSH.js.map
