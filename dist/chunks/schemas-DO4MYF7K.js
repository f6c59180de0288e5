import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  SchemaDownloadError,
  catalogFileName,
  checkTemplate,
  crdCatalogPath,
  crdObjectToCatalog,
  crdsToCatalog,
  defaultCacheDir,
  fetchSchemaText,
  importCrds,
  importOpenApi,
  isTemplate,
  normalizeKubernetesVersion,
  normalizeSchema,
  openApiToCatalog,
  renderTemplate,
  templateVariables,
  writeCatalog
} from "./chunk-PXCP5RSH.js";
import "./chunk-KWGMOYHE.js";
import {
  require_ajv,
  require_dist
} from "./chunk-HF7QP6AL.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-XRJQ2ZGK.js";
import {
  violationsOf
} from "./chunk-HSIQMUQJ.js";
import {
  compareKubernetesVersions,
  parseKubernetesVersion
} from "./chunk-QDRIPWP2.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-6JA5DT7B.js";
import {
  ConfigError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/schemas/index.ts
import { createHash as createHash2 } from "node:crypto";

// src/schemas/ajv.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var GO_DURATION = /^[-+]?(?:0|(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function createSchemaAjv() {
  const ajv = new import_ajv.Ajv({ allErrors: true, allowUnionTypes: true, strict: false, verbose: true, logger: false, validateSchema: false, addUsedSchema: false, inlineRefs: false, code: { optimize: false } });
  addFormats(ajv);
  ajv.addFormat("byte", { type: "string", validate: (value) => BASE64.test(value.replace(/\s+/g, "")) });
  ajv.addFormat("duration", { type: "string", validate: GO_DURATION });
  for (const name of ["int32", "int64", "float", "double", "int-or-string", "quantity", "password", "binary", "string"]) ajv.addFormat(name, true);
  return ajv;
}
function compileSchema(ajv, schema, from) {
  try {
    return ajv.compile(shareDefinitions(ajv, schema));
  } catch (error) {
    throw new ConfigError(`schema does not compile: ${errorMessage(error)}`, from);
  }
}
var LOCAL_DEFINITION = "#/definitions/";
function shareDefinitions(ajv, schema) {
  const definitions = schema.definitions;
  if (typeof definitions !== "object" || definitions === null || Array.isArray(definitions)) return schema;
  const ids = /* @__PURE__ */ new Map();
  for (const [name, definition] of Object.entries(definitions)) {
    ids.set(name, `slipway:definition:${name}:${createHash("sha256").update(JSON.stringify(definition)).digest("hex").slice(0, 16)}`);
  }
  const retarget = (node) => {
    if (Array.isArray(node)) return node.map(retarget);
    if (typeof node !== "object" || node === null) return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith(LOCAL_DEFINITION)) out[key] = ids.get(value.slice(LOCAL_DEFINITION.length)) ?? value;
      else out[key] = typeof value === "object" ? retarget(value) : value;
    }
    return out;
  };
  for (const [name, definition] of Object.entries(definitions)) {
    const id = ids.get(name);
    if (!ajv.getSchema(id)) ajv.addSchema({ ...retarget(definition), $id: id });
  }
  const { definitions: _bundled, ...root } = schema;
  return retarget(root);
}

// src/schemas/builtin.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

// src/schemas/bundled-format.ts
var BUNDLED_FORMAT = 1;
var INDEX_FILE = "index.json.gz";
function chunkFile(chunk) {
  return `chunks/${chunk}.json.br`;
}
function definitionChunk(name) {
  const at = name.lastIndexOf(".");
  return at > 0 ? name.slice(0, at) : name;
}

// src/schemas/builtin.ts
var CATALOG_DIR_NAME = "schemas";
function findBuiltinCatalogDir(from = import.meta.url) {
  let dir = dirname(fileURLToPath(from));
  for (let level = 0; level <= 4; level++) {
    const candidate = join(dir, CATALOG_DIR_NAME);
    if (existsSync(join(candidate, INDEX_FILE))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return void 0;
}
var opened = /* @__PURE__ */ new Map();
function openBuiltinCatalog(dir = findBuiltinCatalogDir()) {
  if (!dir) return void 0;
  let catalog = opened.get(dir);
  if (catalog) return catalog;
  const indexPath = join(dir, INDEX_FILE);
  let index;
  try {
    index = JSON.parse(gunzipSync(readFileSync(indexPath)).toString("utf8"));
  } catch (error) {
    throw new ConfigError(`shipped schema index is unreadable: ${errorMessage(error)} (rebuild with npm run build:schemas)`, indexPath);
  }
  if (index.format !== BUNDLED_FORMAT) throw new ConfigError(`shipped schema index has format ${String(index.format)}, this Slipway reads format ${BUNDLED_FORMAT}`, indexPath);
  catalog = createCatalog(dir, index);
  opened.set(dir, catalog);
  return catalog;
}
function createCatalog(dir, index) {
  const versions = Object.keys(index.kubernetes).sort(compareKubernetesVersions);
  const chunks = /* @__PURE__ */ new Map();
  const chunk = (name) => {
    let units = chunks.get(name);
    if (units) return units;
    const file = join(dir, ...chunkFile(name).split("/"));
    try {
      units = JSON.parse(brotliDecompressSync(readFileSync(file)).toString("utf8"));
    } catch (error) {
      throw new ConfigError(`shipped schema chunk is unreadable: ${errorMessage(error)} (rebuild with npm run build:schemas)`, file);
    }
    chunks.set(name, units);
    return units;
  };
  const unit = (where) => {
    const found = chunk(where.chunk)[where.root];
    if (!found) throw new ConfigError(`shipped schema chunk has no unit ${where.root}`, join(dir, chunkFile(where.chunk)));
    return found;
  };
  return {
    dir,
    kubernetesVersions: versions,
    crdGroups: [...new Set(Object.keys(index.crds).map((apiVersion) => apiVersion.split("/")[0]))].sort(),
    select(kubernetesVersion) {
      const newest = versions[versions.length - 1];
      if (kubernetesVersion === "master") return { version: newest, label: `master \u2192 using ${newest} schemas` };
      const { major, minor } = parseKubernetesVersion(kubernetesVersion);
      const wanted = `${major}.${minor}`;
      if (versions.includes(wanted)) return { version: wanted, label: `Kubernetes ${wanted} schemas` };
      const lower = versions.filter((version) => compareKubernetesVersions(version, wanted) < 0).pop();
      if (lower) return { version: lower, label: `${wanted} \u2192 using ${lower} schemas` };
      const oldest = versions[0];
      return { version: oldest, label: `${wanted} \u2192 using ${oldest} schemas (the oldest shipped)` };
    },
    schemaOf(version, apiVersion, kind) {
      const lower = kind.toLowerCase();
      const kubernetes = index.kubernetes[version];
      const builtIn = kubernetes?.kinds[apiVersion]?.[lower];
      if (builtIn && kubernetes) return { schema: bundle(unit(builtIn), kubernetes.definitions, chunk), crd: false };
      const crd = index.crds[apiVersion]?.[lower];
      return crd ? { schema: unit(crd), crd: true } : void 0;
    }
  };
}
var REF = "#/definitions/";
function bundle(root, definitions, chunk) {
  const bundled = {};
  const pending = [];
  const collect = (node) => {
    if (Array.isArray(node)) for (const item of node) collect(item);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith(REF)) pending.push(value.slice(REF.length));
        else if (typeof value === "object") collect(value);
      }
    }
  };
  collect(root);
  while (pending.length > 0) {
    const name = pending.pop();
    if (name in bundled) continue;
    const id = definitions[name];
    const definition = id === void 0 ? void 0 : chunk(definitionChunk(name))[id];
    if (!definition) throw new ConfigError(`shipped schemas lack definition ${name}`, "schemas/");
    bundled[name] = definition;
    collect(definition);
  }
  return Object.keys(bundled).length > 0 ? { ...root, definitions: bundled } : root;
}
function createBuiltinSource(catalog, kubernetesVersion) {
  const { version, label } = catalog.select(kubernetesVersion);
  const name = `builtin:${label}`;
  const crdName = "builtin:CRD schemas";
  return {
    name,
    crdName,
    async find(kind, apiVersion) {
      const found = catalog.schemaOf(version, apiVersion, kind);
      if (!found) return void 0;
      return { schema: found.schema, from: found.crd ? `${catalog.dir} (CRD schemas)` : `${catalog.dir} (Kubernetes ${version})`, normalized: true, sourceName: found.crd ? crdName : name };
    }
  };
}

// src/schemas/sources.ts
import { readFile, stat } from "node:fs/promises";
import { existsSync as existsSync2, statSync } from "node:fs";
import { isAbsolute, join as join2, resolve } from "node:path";
var KUBERNETES_JSON_SCHEMA_URL = "https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
var CRDS_CATALOG_URL = "https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json";
var STANDALONE_SUFFIX = "/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
var SAFE_KIND = /^[A-Za-z][A-Za-z0-9]*$/;
var SAFE_API_VERSION = /^(?:[a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?[a-z0-9]+$/;
function isLookupSafe(kind, apiVersion) {
  return SAFE_KIND.test(kind) && SAFE_API_VERSION.test(apiVersion) && !apiVersion.includes("..");
}
function createSchemaSources(locations, options) {
  const sources = [];
  for (const location of locations) {
    if (location === "default") {
      sources.push({ ...createHttpSource(KUBERNETES_JSON_SCHEMA_URL, options), location }, { ...createHttpSource(CRDS_CATALOG_URL, options), location });
      continue;
    }
    if (location.trim() === "") throw new UsageError("schema location is empty");
    checkTemplate(location);
    if (/^https?:\/\//i.test(location)) {
      sources.push({ ...createHttpSource(location.endsWith("json") ? location : location.replace(/\/+$/, "") + STANDALONE_SUFFIX, options), location });
      continue;
    }
    const path = isAbsolute(location) ? location : resolve(options.cwd ?? process.cwd(), location);
    if (isTemplate(location)) {
      sources.push({ ...path.endsWith(".json") ? createFileTemplateSource(path, options) : createDirectoryTemplateSource(path, options), location });
      continue;
    }
    if (!existsSync2(path)) {
      sources.push({ name: `catalog:${path}`, location, unreachable: "no such directory or file", find: async () => void 0 });
      continue;
    }
    if (!statSync(path).isDirectory()) throw new UsageError(`schema location "${location}": not a directory (a single file needs template variables, e.g. {{ .ResourceKind }})`);
    sources.push({ ...createDirectorySource(path, options), location });
  }
  return sources;
}
function createDirectorySource(dir, options) {
  return directorySource(`catalog:${dir}`, () => dir, options);
}
function createDirectoryTemplateSource(template, options) {
  return directorySource(`catalog:${template}`, (kind, apiVersion) => renderTemplate(template, templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict)), options);
}
function directorySource(name, dirFor, options) {
  return {
    name,
    async find(kind, apiVersion) {
      if (!isLookupSafe(kind, apiVersion)) return void 0;
      const dir = dirFor(kind, apiVersion);
      const variables = templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict);
      const candidates = [join2(dir, catalogFileName(kind, apiVersion))];
      const crdPath = crdCatalogPath(kind, apiVersion);
      if (crdPath) candidates.push(join2(dir, ...crdPath.split("/")));
      candidates.push(join2(dir, `${variables.NormalizedKubernetesVersion}-standalone${variables.StrictSuffix}`, `${variables.ResourceKind}${variables.KindSuffix}.json`));
      for (const file of candidates) {
        const found = await readSchemaFile(file);
        if (found) return found;
      }
      return void 0;
    }
  };
}
function createFileTemplateSource(template, options) {
  return {
    name: `catalog:${template}`,
    async find(kind, apiVersion) {
      if (!isLookupSafe(kind, apiVersion)) return void 0;
      return readSchemaFile(renderTemplate(template, templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict)));
    }
  };
}
function createHttpSource(template, options) {
  return {
    name: `url:${template}`,
    async find(kind, apiVersion) {
      if (!isLookupSafe(kind, apiVersion)) return void 0;
      const url = renderTemplate(template, templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict));
      const text = await fetchSchemaText(url, options.http);
      return text === void 0 ? void 0 : { schema: parseSchema(text, url), from: url };
    }
  };
}
async function readSchemaFile(file) {
  let text;
  try {
    if (!(await stat(file)).isFile()) return void 0;
    text = await readFile(file, "utf8");
  } catch {
    return void 0;
  }
  return { schema: parseSchema(text, file), from: file };
}
function parseSchema(text, from) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`schema is not valid JSON: ${error.message}`, from);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError("schema is not a JSON object", from);
  return value;
}

// src/schemas/index.ts
function createSchemaValidator(options) {
  const strict = options.strict ?? true;
  const kubernetesVersion = options.kubernetesVersion;
  normalizeKubernetesVersion(kubernetesVersion);
  const http = { ...options.http, fetch: options.fetch, cacheDir: options.cacheDir ?? defaultCacheDir() };
  const located = createSchemaSources(options.locations, { kubernetesVersion, strict, cwd: options.cwd, http });
  const catalog = options.builtinCatalog === false ? void 0 : openBuiltinCatalog(options.builtinCatalog);
  const builtin = catalog ? createBuiltinSource(catalog, kubernetesVersion) : void 0;
  const sources = builtin ? [...located, builtin] : located;
  const missingSchema = options.missingSchema ?? "warning";
  const unreachableSeverity = options.unreachableLocation ?? "error";
  const fallbackNote = builtin ? `; resources are validated with the next location or the ${builtin.name.slice("builtin:".length)} shipped with Slipway` : "";
  const down = /* @__PURE__ */ new Map();
  for (const source of located) if (source.unreachable) down.set(source, source.unreachable);
  const resolutions = /* @__PURE__ */ new Map();
  const compiledCrds = /* @__PURE__ */ new Map();
  let ajv;
  const resolve2 = async (kind, apiVersion) => {
    const problems = [];
    for (const source of sources) {
      if (down.has(source)) continue;
      try {
        const found = await source.find(kind, apiVersion);
        if (!found) continue;
        ajv ??= createSchemaAjv();
        const schema = found.normalized && strict ? found.schema : normalizeSchema(found.schema, { strict });
        const validateFn = compileSchema(ajv, withObjectFields(schema), found.from);
        return {
          problems,
          resolved: {
            source: found.sourceName ?? source.name,
            check: (object) => validateFn(object) ? [] : violationsOf(validateFn.errors ?? [], object)
          }
        };
      } catch (error) {
        if (error instanceof SchemaDownloadError) down.set(source, error.message);
        else if (error instanceof ConfigError) problems.push({ severity: "error", rule: "schema-source", message: error.message });
        else throw error;
      }
    }
    return { problems };
  };
  const fromCrd = (entry) => {
    const key = createHash2("sha256").update(JSON.stringify(entry.schema)).digest("hex");
    let validateFn = compiledCrds.get(key);
    if (!validateFn) {
      ajv ??= createSchemaAjv();
      validateFn = compileSchema(ajv, withObjectFields(strict ? entry.schema : normalizeSchema(entry.schema, { strict })), `CustomResourceDefinition ${entry.crd}`);
      compiledCrds.set(key, validateFn);
    }
    const compiled = validateFn;
    return { source: `crd:${entry.crd}`, check: (object) => compiled(object) ? [] : violationsOf(compiled.errors ?? [], object) };
  };
  return {
    async validate(resource, customResources) {
      const { apiVersion, kind } = resource.ref;
      const base = { resource: resource.ref, ...resource.file ? { file: resource.file } : {} };
      if (!apiVersion || !kind) {
        return { source: "none", findings: [{ severity: "error", rule: "schema", message: `resource has no ${!apiVersion ? "apiVersion" : "kind"}; cannot pick a schema`, path: "", ...base }] };
      }
      if (!isLookupSafe(kind, apiVersion)) {
        return { source: "none", findings: [{ severity: "error", rule: "schema", message: `invalid apiVersion "${apiVersion}" or kind "${kind}"`, path: "", ...base }] };
      }
      const findings = [];
      let resolved;
      const own = customResources?.byKind.get(`${apiVersion}|${kind.toLowerCase()}`);
      if (own) {
        try {
          resolved = fromCrd(own);
        } catch (error) {
          findings.push({ severity: "error", rule: "schema-source", message: errorMessage(error), ...base });
        }
      }
      if (!resolved) {
        const key = `${apiVersion}|${kind}`;
        let pending = resolutions.get(key);
        const first = !pending;
        if (!pending) {
          pending = resolve2(kind, apiVersion);
          resolutions.set(key, pending);
        }
        const resolution = await pending;
        if (first) findings.push(...resolution.problems.map((problem) => ({ ...problem, ...base })));
        resolved = resolution.resolved;
      }
      if (!resolved) {
        if (missingSchema !== "ignore") {
          const names = located.map((source) => source.name);
          if (builtin) names.push(`the schemas shipped with Slipway (${builtin.name.slice("builtin:".length)}, CRDs of ${catalog?.crdGroups.length ?? 0} API groups)`);
          const where = names.length > 0 ? `in ${names.join(", ")}` : "anywhere (no location, and this build ships no schemas)";
          findings.push({ severity: missingSchema, rule: "no-schema", message: `no schema for ${apiVersion} ${kind} ${where}; not validated`, ...base });
        }
        return { source: "none", findings };
      }
      let violations;
      try {
        violations = resolved.check(withoutNullFields(resource.object));
      } catch (error) {
        findings.push({ severity: "error", rule: "schema-source", message: `validator of ${resolved.source} failed: ${errorMessage(error)}`, ...base });
        return { source: resolved.source, findings };
      }
      for (const violation of violations) findings.push({ severity: "error", rule: "schema", message: violation.message, path: violation.path, ...base });
      return { source: resolved.source, findings };
    },
    locationFindings() {
      const seen = /* @__PURE__ */ new Set();
      const findings = [];
      for (const [source, reason] of down) {
        const location = source.location ?? source.name;
        const message = `schema location "${location}" cannot be reached: ${reason}${fallbackNote}`;
        if (seen.has(message)) continue;
        seen.add(message);
        findings.push({ severity: unreachableSeverity, rule: "schema-location-unreachable", message, ...options.whereConfigured?.(location) });
      }
      return findings;
    }
  };
}
function customResourceSchemas(resources) {
  const byKind = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    if (resource.ref.kind !== "CustomResourceDefinition") continue;
    let entries;
    try {
      entries = crdObjectToCatalog(resource.object, resource.file ?? "", resource.index);
    } catch {
      continue;
    }
    for (const entry of entries) byKind.set(`${entry.group}/${entry.version}|${entry.kind.toLowerCase()}`, { schema: entry.schema, crd: resource.ref.name });
  }
  return { byKind };
}
function withoutNullFields(value) {
  if (Array.isArray(value)) {
    let copy2;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const pruned = typeof item === "object" && item !== null ? withoutNullFields(item) : item;
      if (pruned !== item) (copy2 ??= value.slice())[i] = pruned;
    }
    return copy2 ?? value;
  }
  if (typeof value !== "object" || value === null) return value;
  let copy;
  for (const key in value) {
    const field = value[key];
    if (field === null) {
      copy ??= { ...value };
      delete copy[key];
    } else if (typeof field === "object") {
      const pruned = withoutNullFields(field);
      if (pruned !== field) (copy ??= { ...value })[key] = pruned;
    }
  }
  return copy ?? value;
}
function withObjectFields(schema) {
  const properties = schema.properties;
  if (!properties || properties.apiVersion && properties.kind && properties.metadata) return schema;
  return {
    ...schema,
    properties: {
      apiVersion: { type: "string" },
      kind: { type: "string" },
      metadata: { type: "object" },
      ...properties
    }
  };
}
export {
  SchemaDownloadError,
  catalogFileName,
  crdCatalogPath,
  crdObjectToCatalog,
  crdsToCatalog,
  createSchemaSources,
  createSchemaValidator,
  customResourceSchemas,
  defaultCacheDir,
  fetchSchemaText,
  findBuiltinCatalogDir,
  importCrds,
  importOpenApi,
  normalizeKubernetesVersion,
  normalizeSchema,
  openApiToCatalog,
  openBuiltinCatalog,
  renderTemplate,
  templateVariables,
  writeCatalog
};
//# sourceMappingURL=schemas-DO4MYF7K.js.map
