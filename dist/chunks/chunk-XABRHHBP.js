import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  compileLazily,
  createAjv,
  require_ajv,
  require_dist as require_dist2
} from "./chunk-TFUM7ACD.js";
import {
  SchemaDownloadError,
  catalogFileName,
  checkTemplate,
  crdCatalogPath,
  crdObjectToCatalog,
  defaultCacheDir,
  fetchSchemaText,
  isTemplate,
  normalizeKubernetesVersion,
  normalizeSchema,
  renderTemplate,
  templateVariables
} from "./chunk-D4YNIM22.js";
import {
  assignShards,
  countBySeverity,
  sortFindings,
  stableHash
} from "./chunk-NJQO7S6P.js";
import {
  POD_SPEC_PATHS
} from "./chunk-XAWRQWTT.js";
import {
  discoverEnvironments,
  escapePointer,
  findKustomizationFile,
  isProductionByName,
  isProductionEnvironment,
  kubernetesVersionFor,
  loadConfig,
  pointerTokens,
  renderDiscovered,
  require_dist,
  resolvePointer,
  walkKustomization
} from "./chunk-DM5BIQMK.js";
import {
  compareKubernetesVersions,
  documentToJs,
  parseKubernetesVersion,
  parseYamlStream,
  refKey,
  splitApiVersion,
  yaml
} from "./chunk-55O2N4A6.js";
import {
  ConfigError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/validation/validate.ts
import { readFile as readFile5 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join5, relative as relative2 } from "node:path";

// src/schemas/index.ts
import { createHash as createHash2 } from "node:crypto";

// src/schemas/ajv.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
import { createHash } from "node:crypto";
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var GO_DURATION = /^[-+]?(?:0|(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function createSchemaAjv() {
  const ajv2 = new import_ajv.Ajv({ allErrors: true, allowUnionTypes: true, strict: false, verbose: true, logger: false, validateSchema: false, addUsedSchema: false, inlineRefs: false, code: { optimize: false } });
  addFormats(ajv2);
  ajv2.addFormat("byte", { type: "string", validate: (value) => BASE64.test(value.replace(/\s+/g, "")) });
  ajv2.addFormat("duration", { type: "string", validate: GO_DURATION });
  for (const name of ["int32", "int64", "float", "double", "int-or-string", "quantity", "password", "binary", "string"]) ajv2.addFormat(name, true);
  return ajv2;
}
function compileSchema(ajv2, schema, from) {
  try {
    return ajv2.compile(shareDefinitions(ajv2, schema));
  } catch (error) {
    throw new ConfigError(`schema does not compile: ${errorMessage(error)}`, from);
  }
}
var LOCAL_DEFINITION = "#/definitions/";
function shareDefinitions(ajv2, schema) {
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
    if (!ajv2.getSchema(id)) ajv2.addSchema({ ...retarget(definition), $id: id });
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
  const at3 = name.lastIndexOf(".");
  return at3 > 0 ? name.slice(0, at3) : name;
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
  let index2;
  try {
    index2 = JSON.parse(gunzipSync(readFileSync(indexPath)).toString("utf8"));
  } catch (error) {
    throw new ConfigError(`shipped schema index is unreadable: ${errorMessage(error)} (rebuild with npm run build:schemas)`, indexPath);
  }
  if (index2.format !== BUNDLED_FORMAT) throw new ConfigError(`shipped schema index has format ${String(index2.format)}, this Slipway reads format ${BUNDLED_FORMAT}`, indexPath);
  catalog = createCatalog(dir, index2);
  opened.set(dir, catalog);
  return catalog;
}
function createCatalog(dir, index2) {
  const versions = Object.keys(index2.kubernetes).sort(compareKubernetesVersions);
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
    crdGroups: [...new Set(Object.keys(index2.crds).map((apiVersion) => apiVersion.split("/")[0]))].sort(),
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
      const kubernetes = index2.kubernetes[version];
      const builtIn = kubernetes?.kinds[apiVersion]?.[lower];
      if (builtIn && kubernetes) return { schema: bundle(unit(builtIn), kubernetes.definitions, chunk), crd: false };
      const crd = index2.crds[apiVersion]?.[lower];
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

// src/schemas/errors.ts
var COMBINATORS = /* @__PURE__ */ new Set(["anyOf", "oneOf"]);
function violationsOf(errors, root) {
  const secret = isSecret(root);
  const combinatorPaths = errors.filter((error) => COMBINATORS.has(error.keyword)).map((error) => error.schemaPath);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const error of errors) {
    if (combinatorPaths.some((prefix) => error.schemaPath !== prefix && error.schemaPath.startsWith(`${prefix}/`))) continue;
    const violation = translate(error, root, secret && SECRET_VALUES.test(error.instancePath));
    if (!violation) continue;
    const key = `${violation.path}\0${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(violation);
  }
  return out;
}
var SECRET_VALUES = /^\/(?:data|stringData|binaryData)(?:\/|$)/;
function isSecret(root) {
  const object = root;
  return object?.kind === "Secret" && (object.apiVersion === "v1" || object.apiVersion === void 0);
}
function translate(error, root, hidden) {
  const params = error.params;
  const path = error.instancePath;
  const located = hidden ? { found: false, value: void 0 } : "data" in error ? { found: true, value: error.data } : resolvePointer(root, path);
  const known = located.found;
  const data = located.value;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const known2 = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closest(field, known2);
      return { path: `${path}/${escapePointer(field)}`, message: `unknown field "${field}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}` };
    }
    case "required":
      return { path, message: `missing required field "${String(params.missingProperty)}"` };
    case "type": {
      const expected = String(params.type).split(",").filter((type) => type !== "null").join(" or ");
      return { path, message: `expected ${expected}, got ${hidden ? `${typeOf(resolvePointer(root, path).value)} (Secret value not shown)` : describe(data, known)}` };
    }
    case "enum": {
      const allowed = (params.allowedValues ?? error.schema ?? []).filter((value) => value !== null);
      return { path, message: `invalid value ${describeValue(data, known)}: must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}` };
    }
    case "const":
      return { path, message: `invalid value ${describeValue(data, known)}: must be ${JSON.stringify(params.allowedValue)}` };
    case "format":
      return { path, message: `invalid ${String(params.format)}${known ? ` ${describeValue(data, true)}` : hidden ? " value (Secret value not shown)" : ""}` };
    case "pattern":
      return { path, message: `value ${describeValue(data, known)} does not match pattern ${String(params.pattern)}` };
    case "anyOf":
    case "oneOf":
      return { path, message: `value ${describeValue(data, known)} matches ${error.keyword === "oneOf" && params.passingSchemas ? "more than one" : "none"} of the allowed forms (${error.keyword})` };
    case "if":
      return void 0;
    // the failing then/else branch reports the actual problem
    default:
      return { path, message: `${known ? `value ${describeValue(data, true)} ` : ""}${error.message ?? `fails ${error.keyword}`}` };
  }
}
function describe(data, known) {
  if (!known) return "another type";
  const type = typeOf(data);
  return type === "string" || type === "number" || type === "integer" || type === "boolean" ? `${type} ${JSON.stringify(data)}` : type;
}
function typeOf(data) {
  return data === null ? "null" : Array.isArray(data) ? "array" : typeof data === "number" && Number.isInteger(data) ? "integer" : typeof data;
}
function describeValue(data, known) {
  if (!known) return "(value)";
  const text = JSON.stringify(data) ?? String(data);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function closest(name, known) {
  let best;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function levenshtein(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
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
  let ajv2;
  const resolve4 = async (kind, apiVersion) => {
    const problems = [];
    for (const source of sources) {
      if (down.has(source)) continue;
      try {
        const found = await source.find(kind, apiVersion);
        if (!found) continue;
        ajv2 ??= createSchemaAjv();
        const schema = found.normalized && strict ? found.schema : normalizeSchema(found.schema, { strict });
        const validateFn = compileSchema(ajv2, withObjectFields(schema), found.from);
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
      ajv2 ??= createSchemaAjv();
      validateFn = compileSchema(ajv2, withObjectFields(strict ? entry.schema : normalizeSchema(entry.schema, { strict })), `CustomResourceDefinition ${entry.crd}`);
      compiledCrds.set(key, validateFn);
    }
    const compiled2 = validateFn;
    return { source: `crd:${entry.crd}`, check: (object) => compiled2(object) ? [] : violationsOf(compiled2.errors ?? [], object) };
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
          pending = resolve4(kind, apiVersion);
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

// src/validation/checks/argocd-checks.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join3 } from "node:path";

// src/validation/policies/config.ts
function resolveSeverity(id, severity, environment, overrides) {
  const override = overrides?.[id];
  if (override === void 0) return severity;
  if (typeof override === "string") return override;
  const perEnvironment = environment !== void 0 ? override.environments?.[environment] : void 0;
  return perEnvironment ?? override.severity ?? severity;
}
function checkOverrideIds(policies, checkIds, config, file = config.file ?? "slipway.yaml") {
  const policyIds = policies.map((policy) => policy.id);
  const problems = [];
  const verify = (section, overrides, known, other) => {
    for (const id of Object.keys(overrides ?? {})) {
      if (known.includes(id)) continue;
      const key = `${section}.overrides.${id}`;
      const otherSection = section === "policies" ? "checks" : "policies";
      if (other.includes(id)) {
        problems.push(`${key}: "${id}" is a ${section === "policies" ? "check" : "policy"}; move it under ${otherSection}.overrides`);
        continue;
      }
      const suggestion = closest(id, known);
      const what = section === "policies" ? "policy" : "check";
      problems.push(`${key}: unknown ${what} id "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; known ${what} ids: ${[...known].sort().join(", ") || "(none)"}`);
    }
  };
  verify("policies", config.policies?.overrides, policyIds, checkIds);
  verify("checks", config.checks?.overrides, checkIds, policyIds);
  if (problems.length > 0) throw new ConfigError(problems.join("; "), file);
}

// src/validation/checks/workloads.ts
var WORKLOAD_KINDS = [
  "Pod",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Rollout"
];
var POD_SPEC_POINTERS = Object.fromEntries(
  WORKLOAD_KINDS.map((kind) => [kind, POD_SPEC_PATHS[kind]])
);
function podTemplateOf(resource) {
  const segments = POD_SPEC_POINTERS[resource.ref.kind];
  if (!segments) return void 0;
  const spec2 = at(resource.object, segments);
  if (!isRecord(spec2)) return void 0;
  const metadata = resource.ref.kind === "Pod" ? resource.object.metadata : at(resource.object, [...segments.slice(0, -1), "metadata"]);
  const labels = isRecord(metadata) && isRecord(metadata.labels) ? metadata.labels : {};
  return { resource, spec: spec2, pointer: `/${segments.join("/")}`, labels };
}
function containersOf(template) {
  const result = [];
  for (const list of ["containers", "initContainers", "ephemeralContainers"]) {
    const items = template.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container, i) => {
      if (isRecord(container))
        result.push({ container, name: String(container.name ?? i), pointer: `${template.pointer}/${list}/${i}`, list });
    });
  }
  return result;
}
function at(value, segments) {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function labelsOf(object) {
  const labels = object.metadata?.labels;
  return isRecord(labels) ? labels : {};
}

// src/validation/checks/check.ts
function environmentCheck(meta, inspect) {
  return {
    ...meta,
    run(context) {
      const findings = [];
      for (const result of context.results) {
        if (result.resources.length === 0) continue;
        for (const violation of inspect(new EnvironmentIndex(result)))
          findings.push(toFinding(meta, violation, result.environment.name));
      }
      return findings;
    }
  };
}
function toFinding(meta, violation, environment) {
  const finding = {
    severity: meta.severity,
    rule: meta.id,
    message: violation.message,
    resource: violation.resource.ref
  };
  if (environment !== void 0) finding.environment = environment;
  if (violation.path !== void 0) finding.path = violation.path;
  if (violation.file !== void 0) finding.file = violation.file;
  return finding;
}
var EnvironmentIndex = class {
  constructor(result) {
    this.result = result;
    this.resources = result.resources;
    this.defaultNamespace = result.environment.application?.destination.namespace || result.environment.kustomize?.namespace || "default";
    for (const resource of this.resources) {
      const list = this.kinds.get(resource.ref.kind);
      if (list) list.push(resource);
      else this.kinds.set(resource.ref.kind, [resource]);
    }
  }
  resources;
  defaultNamespace;
  kinds = /* @__PURE__ */ new Map();
  /** Resources of a kind (any group). */
  ofKind(...kinds) {
    return kinds.flatMap((kind) => this.kinds.get(kind) ?? []);
  }
  /** The namespace a resource lands in. */
  namespaceOf(resource) {
    return resource.ref.namespace ?? this.defaultNamespace;
  }
  byName;
  pods;
  podsByLabel;
  /** A resource of a kind by namespace and name. */
  find(kind, namespace, name) {
    if (!this.byName) {
      this.byName = /* @__PURE__ */ new Map();
      for (const resource of this.resources) {
        const key = `${resource.ref.kind}|${this.namespaceOf(resource)}|${resource.ref.name}`;
        if (!this.byName.has(key)) this.byName.set(key, resource);
      }
    }
    return this.byName.get(`${kind}|${namespace}|${name}`);
  }
  /** Every pod template (workloads and Pods) with the namespace its pods run in. */
  templates() {
    if (!this.pods) {
      this.pods = [];
      for (const resource of this.resources) {
        const template = podTemplateOf(resource);
        if (template) this.pods.push({ ...template, namespace: this.namespaceOf(resource) });
      }
    }
    return this.pods;
  }
  /**
   * Pod templates in a namespace that may match a selector with these required labels: those
   * carrying the first label (a cheap pre-filter; callers still test the whole selector), or all
   * of the namespace's when there is none.
   */
  candidates(namespace, requiredLabels) {
    if (!this.podsByLabel) {
      this.podsByLabel = /* @__PURE__ */ new Map();
      for (const template of this.templates()) {
        const add = (key) => {
          const list = this.podsByLabel.get(key);
          if (list) list.push(template);
          else this.podsByLabel.set(key, [template]);
        };
        add(`${template.namespace}|`);
        for (const [label, value] of Object.entries(template.labels)) add(`${template.namespace}|${label}=${value}`);
      }
    }
    const first = requiredLabels ? Object.entries(requiredLabels)[0] : void 0;
    return this.podsByLabel.get(first ? `${namespace}|${first[0]}=${String(first[1])}` : `${namespace}|`) ?? [];
  }
};
function runChecksWith(checks, context, options = {}) {
  const findings = [];
  for (const check of checks) {
    if (options.disabled?.includes(check.id)) continue;
    const base = options.severity?.[check.id] ?? check.severity;
    if (base === "off" && options.overrides?.[check.id] === void 0) continue;
    for (const finding of check.run(context)) {
      const severity = resolveSeverity(check.id, base, finding.environment, options.overrides);
      if (severity !== "off") findings.push({ ...finding, severity });
    }
  }
  return findings;
}

// src/validation/checks/argocd-checks.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "StorageClass",
  "PriorityClass",
  "IngressClass",
  "RuntimeClass",
  "APIService",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "CSIDriver",
  "ClusterSecretStore",
  "ClusterIssuer",
  "ClusterExternalSecret"
]);
var applicationRef = (info) => ({
  apiVersion: "argoproj.io/v1alpha1",
  kind: "Application",
  name: info.name,
  ...info.namespace ? { namespace: info.namespace } : {}
});
var duplicateResourceAcrossApps = {
  id: "duplicate-resource-across-apps",
  description: "Two Argo CD Applications render the same resource into the same cluster",
  severity: "error",
  run(context) {
    const owners = /* @__PURE__ */ new Map();
    const findings = [];
    for (const result of context.results) {
      const app = result.environment.application;
      if (!app) continue;
      const cluster = app.destination.server ?? app.destination.name ?? "";
      for (const resource of result.resources) {
        const namespace = resource.ref.namespace ?? (CLUSTER_SCOPED.has(resource.ref.kind) ? "" : app.destination.namespace ?? "");
        const key = `${cluster}|${refKey({ ...resource.ref, namespace, apiVersion: groupOf(resource.ref.apiVersion) })}`;
        const owner = owners.get(key);
        if (owner === void 0) owners.set(key, app.name);
        else if (owner !== app.name) {
          findings.push(
            toFinding(
              this,
              {
                resource,
                message: `${resource.ref.kind} ${namespace ? `${namespace}/` : ""}${resource.ref.name} is also rendered by Application ${owner} into the same cluster (${cluster}); the two will overwrite each other`
              },
              result.environment.name
            )
          );
        }
      }
    }
    return findings;
  }
};
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
var argocdAppPathMissing = {
  id: "argocd-app-path-missing",
  description: "Argo CD Application source path does not exist in the repository",
  severity: "error",
  run(context) {
    const findings = [];
    for (const result of context.results) {
      const app = result.environment.application;
      if (!app || result.environment.path === "" || existsSync3(join3(context.repoRoot, result.environment.path)))
        continue;
      findings.push(
        toFinding(
          this,
          {
            resource: { ref: applicationRef(app) },
            path: "/spec/source/path",
            file: app.file,
            message: `source path ${result.environment.path} does not exist in the repository`
          },
          result.environment.name
        )
      );
    }
    return findings;
  }
};
function globMatch(pattern, value, separator) {
  if (pattern.startsWith("!")) return !globMatch(pattern.slice(1), value, separator);
  if (pattern === "*") return true;
  const any = separator ? `[^${separator.replace(/[\\\]^-]/g, "\\$&")}]` : ".";
  let regex = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*") {
      if (pattern[i + 1] === "*") {
        regex += ".*";
        i++;
      } else regex += `${any}*`;
    } else if (char === "?") regex += any;
    else if (char === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) regex += "\\{";
      else {
        regex += `(?:${pattern.slice(i + 1, end).split(",").map(escapeRegex).join("|")})`;
        i = end;
      }
    } else regex += escapeRegex(char);
  }
  return new RegExp(`^${regex}$`).test(value);
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function isDestinationPermitted(project, destination) {
  const spec2 = isRecord(project.spec) ? project.spec : {};
  const entries = Array.isArray(spec2.destinations) ? spec2.destinations.filter(isRecord) : [];
  let anyMatched = false;
  for (const entry of entries) {
    const name = String(entry.name ?? "");
    const server = String(entry.server ?? "");
    const namespace = String(entry.namespace ?? "");
    const nameMatched = !!destination.name && globMatch(name, destination.name);
    const serverMatched = !!destination.server && globMatch(server, destination.server);
    const namespaceMatched = globMatch(namespace, destination.namespace ?? "");
    if ((serverMatched || nameMatched) && namespaceMatched) anyMatched = true;
    else if (!nameMatched && name.startsWith("!") || !serverMatched && server.startsWith("!") || !namespaceMatched && namespace.startsWith("!"))
      return false;
  }
  return anyMatched;
}
function normalizeGitUrl(url) {
  return url.trim().toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "");
}
function isSourcePermitted(project, repoURL) {
  const spec2 = isRecord(project.spec) ? project.spec : {};
  const repos = Array.isArray(spec2.sourceRepos) ? spec2.sourceRepos.map(String) : [];
  const source = normalizeGitUrl(repoURL);
  let anyMatched = false;
  for (const repo of repos) {
    const pattern = repo.startsWith("!") ? `!${normalizeGitUrl(repo.slice(1))}` : normalizeGitUrl(repo);
    const matched = globMatch(pattern, source, "/");
    if (matched) anyMatched = true;
    else if (pattern.startsWith("!")) return false;
  }
  return anyMatched;
}
var argocdDestinationNotPermitted = {
  id: "argocd-destination-not-permitted",
  description: "Argo CD AppProject does not permit the Application destination or source repository",
  severity: "error",
  run(context) {
    const findings = [];
    const projects = new Map(context.projects.map((project) => [String(project.metadata?.name ?? ""), project]));
    for (const result of context.results) {
      const app = result.environment.application;
      if (!app) continue;
      const add = (path, message) => findings.push(
        toFinding(
          this,
          { resource: { ref: applicationRef(app) }, path, file: app.file, message },
          result.environment.name
        )
      );
      const project = projects.get(app.project);
      if (!project) {
        if (app.project !== "default")
          add("/spec/project", `AppProject ${app.project} is not declared in the repository`);
        continue;
      }
      const target = app.destination.server ?? app.destination.name ?? "";
      if (!isDestinationPermitted(project, app.destination)) {
        add(
          "/spec/destination",
          `AppProject ${app.project} does not permit destination ${target} namespace ${app.destination.namespace ?? "(none)"}`
        );
      } else {
        for (const namespace of resourceNamespaces(result)) {
          if (namespace === app.destination.namespace || isDestinationPermitted(project, { ...app.destination, namespace }))
            continue;
          add(
            "/spec/destination",
            `AppProject ${app.project} does not permit namespace ${namespace} on ${target}, where the Application renders resources`
          );
        }
      }
      if (app.repoURL && !isSourcePermitted(project, app.repoURL))
        add("/spec/source/repoURL", `AppProject ${app.project} does not permit source repository ${app.repoURL}`);
    }
    return findings;
  }
};
function resourceNamespaces(result) {
  return new Set(
    result.resources.map((resource) => resource.ref.namespace).filter((namespace) => !!namespace)
  );
}

// src/validation/checks/config-checks.ts
function provided(index2) {
  const configMaps = /* @__PURE__ */ new Map();
  const secrets = /* @__PURE__ */ new Map();
  const merge = (map, key, keys) => {
    const existing = map.get(key);
    if (existing === "any" || keys === "any") map.set(key, "any");
    else map.set(key, /* @__PURE__ */ new Set([...existing ?? [], ...keys]));
  };
  const keysOf = (...maps) => new Set(maps.flatMap((map) => isRecord(map) ? Object.keys(map) : []));
  for (const resource of index2.resources) {
    const namespace = index2.namespaceOf(resource);
    const object = resource.object;
    if (resource.ref.kind === "ConfigMap")
      merge(configMaps, `${namespace}/${resource.ref.name}`, keysOf(object.data, object.binaryData));
    else if (resource.ref.kind === "Secret")
      merge(secrets, `${namespace}/${resource.ref.name}`, keysOf(object.data, object.stringData));
    else if (resource.ref.kind === "ExternalSecret") {
      const spec2 = isRecord(object.spec) ? object.spec : {};
      const target = isRecord(spec2.target) ? spec2.target : {};
      const name = typeof target.name === "string" && target.name !== "" ? target.name : resource.ref.name;
      const fromData = Array.isArray(spec2.data) ? spec2.data.filter(isRecord).map((item) => String(item.secretKey)) : [];
      const template = isRecord(target.template) ? target.template : {};
      const keys = Array.isArray(spec2.dataFrom) && spec2.dataFrom.length > 0 ? "any" : /* @__PURE__ */ new Set([...fromData, ...keysOf(template.data)]);
      merge(secrets, `${namespace}/${name}`, keys);
    }
  }
  return { configMaps, secrets };
}
function references(resource) {
  const template = podTemplateOf(resource);
  if (!template) return [];
  const refs = [];
  const optional = (value) => value.optional === true;
  for (const { container, pointer } of containersOf(template)) {
    if (Array.isArray(container.env)) {
      container.env.forEach((env, i) => {
        if (!isRecord(env) || !isRecord(env.valueFrom)) return;
        for (const [field, kind] of [
          ["configMapKeyRef", "ConfigMap"],
          ["secretKeyRef", "Secret"]
        ]) {
          const ref = env.valueFrom[field];
          if (!isRecord(ref)) continue;
          const base = `${pointer}/env/${i}/valueFrom/${field}`;
          refs.push({
            kind,
            name: String(ref.name ?? ""),
            key: String(ref.key ?? ""),
            optional: optional(ref),
            namePath: `${base}/name`,
            keyPath: `${base}/key`
          });
        }
      });
    }
    if (Array.isArray(container.envFrom)) {
      container.envFrom.forEach((source, i) => {
        if (!isRecord(source)) return;
        for (const [field, kind] of [
          ["configMapRef", "ConfigMap"],
          ["secretRef", "Secret"]
        ]) {
          const ref = source[field];
          if (isRecord(ref))
            refs.push({
              kind,
              name: String(ref.name ?? ""),
              optional: optional(ref),
              namePath: `${pointer}/envFrom/${i}/${field}/name`
            });
        }
      });
    }
  }
  const withItems = (kind, source, nameField, base) => {
    const name = String(source[nameField] ?? "");
    refs.push({ kind, name, optional: optional(source), namePath: `${base}/${nameField}` });
    if (Array.isArray(source.items)) {
      source.items.forEach((item, j) => {
        if (isRecord(item))
          refs.push({
            kind,
            name,
            key: String(item.key ?? ""),
            optional: optional(source),
            namePath: `${base}/${nameField}`,
            keyPath: `${base}/items/${j}/key`
          });
      });
    }
  };
  if (Array.isArray(template.spec.volumes)) {
    template.spec.volumes.forEach((volume, i) => {
      if (!isRecord(volume)) return;
      const base = `${template.pointer}/volumes/${i}`;
      if (isRecord(volume.configMap)) withItems("ConfigMap", volume.configMap, "name", `${base}/configMap`);
      if (isRecord(volume.secret)) withItems("Secret", volume.secret, "secretName", `${base}/secret`);
      if (isRecord(volume.projected) && Array.isArray(volume.projected.sources)) {
        volume.projected.sources.forEach((source, j) => {
          if (!isRecord(source)) return;
          if (isRecord(source.configMap))
            withItems("ConfigMap", source.configMap, "name", `${base}/projected/sources/${j}/configMap`);
          if (isRecord(source.secret))
            withItems("Secret", source.secret, "name", `${base}/projected/sources/${j}/secret`);
        });
      }
    });
  }
  return refs;
}
var missingConfigRef = environmentCheck(
  {
    id: "missing-config-ref",
    description: "Pod references a ConfigMap or Secret (or key) that is not rendered",
    severity: "error"
  },
  (index2) => {
    const { configMaps, secrets } = provided(index2);
    const violations = [];
    for (const resource of index2.resources) {
      const namespace = index2.namespaceOf(resource);
      const seen = /* @__PURE__ */ new Set();
      for (const ref of references(resource)) {
        if (ref.optional || ref.name === "") continue;
        const keys = (ref.kind === "ConfigMap" ? configMaps : secrets).get(`${namespace}/${ref.name}`);
        const produced = ref.kind === "Secret" ? " nor produced by an ExternalSecret" : "";
        if (!keys) {
          const key = `${ref.kind}/${ref.name}|${ref.namePath}`;
          if (seen.has(key)) continue;
          seen.add(key);
          violations.push({
            resource,
            path: ref.namePath,
            message: `${ref.kind} ${ref.name} is not rendered in namespace ${namespace}${produced}`
          });
        } else if (ref.key !== void 0 && keys !== "any" && !keys.has(ref.key)) {
          violations.push({
            resource,
            path: ref.keyPath,
            message: `${ref.kind} ${ref.name} has no key ${ref.key}${keys.size ? ` (it has ${[...keys].sort().join(", ")})` : ""}`
          });
        }
      }
    }
    return violations;
  }
);
var externalSecretStoreMissing = environmentCheck(
  {
    id: "externalsecret-store-missing",
    description: "ExternalSecret refers to a SecretStore or ClusterSecretStore that is not rendered",
    severity: "error"
  },
  (index2) => {
    const violations = [];
    for (const externalSecret of index2.ofKind("ExternalSecret")) {
      const spec2 = isRecord(externalSecret.object.spec) ? externalSecret.object.spec : {};
      const namespace = index2.namespaceOf(externalSecret);
      const storeRefs = [[spec2.secretStoreRef, "/spec/secretStoreRef"]];
      for (const list of ["data", "dataFrom"]) {
        if (!Array.isArray(spec2[list])) continue;
        spec2[list].forEach((item, i) => {
          if (isRecord(item) && isRecord(item.sourceRef))
            storeRefs.push([item.sourceRef.storeRef, `/spec/${list}/${i}/sourceRef/storeRef`]);
        });
      }
      for (const [ref, pointer] of storeRefs) {
        if (!isRecord(ref) || typeof ref.name !== "string") continue;
        const kind = ref.kind === "ClusterSecretStore" ? "ClusterSecretStore" : "SecretStore";
        const found = kind === "ClusterSecretStore" ? index2.ofKind(kind).some((store) => store.ref.name === ref.name) : index2.find(kind, namespace, ref.name);
        if (!found)
          violations.push({
            resource: externalSecret,
            path: `${pointer}/name`,
            message: `${kind} ${ref.name} is not rendered${kind === "SecretStore" ? ` in namespace ${namespace}` : ""}`
          });
      }
    }
    return violations;
  }
);

// src/validation/checks/istio-checks.ts
function serviceOfHost(host, namespace) {
  if (host.includes("*")) return void 0;
  if (!host.includes(".")) return `${namespace}/${host}`;
  const match = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(host);
  return match ? `${match[2]}/${match[1]}` : void 0;
}
function hostsOf(resource) {
  const spec2 = isRecord(resource.object.spec) ? resource.object.spec : {};
  const hosts = [];
  if (resource.ref.kind === "DestinationRule") {
    if (typeof spec2.host === "string") hosts.push({ host: spec2.host, path: "/spec/host" });
    return hosts;
  }
  if (Array.isArray(spec2.hosts))
    spec2.hosts.forEach((host, i) => typeof host === "string" && hosts.push({ host, path: `/spec/hosts/${i}` }));
  for (const protocol of ["http", "tcp", "tls"]) {
    if (!Array.isArray(spec2[protocol])) continue;
    spec2[protocol].forEach((route, i) => {
      if (!isRecord(route)) return;
      for (const field of ["route", "mirror"]) {
        const destinations = field === "mirror" ? isRecord(route.mirror) ? [{ destination: route.mirror }] : [] : Array.isArray(route.route) ? route.route : [];
        destinations.forEach((destination, j) => {
          if (isRecord(destination) && isRecord(destination.destination) && typeof destination.destination.host === "string") {
            hosts.push({
              host: destination.destination.host,
              path: field === "mirror" ? `/spec/${protocol}/${i}/mirror/host` : `/spec/${protocol}/${i}/route/${j}/destination/host`
            });
          }
        });
      }
    });
  }
  return hosts;
}
var istioHostUnknown = environmentCheck(
  {
    id: "istio-host-unknown",
    description: "VirtualService or DestinationRule host has no Service",
    severity: "warning"
  },
  (index2) => {
    const services = new Set(
      index2.ofKind("Service").map((service) => `${index2.namespaceOf(service)}/${service.ref.name}`)
    );
    const entries = new Set(
      index2.ofKind("ServiceEntry").flatMap((entry) => {
        const hosts = isRecord(entry.object.spec) ? entry.object.spec.hosts : void 0;
        return Array.isArray(hosts) ? hosts.map(String) : [];
      })
    );
    const violations = [];
    for (const resource of index2.ofKind("VirtualService", "DestinationRule")) {
      const namespace = index2.namespaceOf(resource);
      for (const { host, path } of hostsOf(resource)) {
        if (entries.has(host)) continue;
        const service = serviceOfHost(host, namespace);
        if (!service || services.has(service)) continue;
        const [serviceNamespace, serviceName] = service.split("/");
        violations.push({
          resource,
          path,
          message: `host ${host}: no Service ${serviceName} is rendered in namespace ${serviceNamespace} (nor a ServiceEntry for it)`
        });
      }
    }
    return violations;
  }
);

// src/validation/deprecations/lifecycle.ts
var K8S_API_ROOT = "staging/src/k8s.io/api";
function lifecycleFile(pkg) {
  return `${K8S_API_ROOT}/${pkg}/zz_generated.prerelease-lifecycle.go`;
}
function lifecycleTypesFile(pkg) {
  return `${K8S_API_ROOT}/${pkg}/types.go`;
}
function prereleaseLifecycle(introduced, tags = {}) {
  const release = (text) => parseKubernetesVersion(text);
  const plusThree = ({ major, minor }) => ({ major, minor: minor + 3 });
  const format = ({ major, minor }) => `${major}.${minor}`;
  const from = release(introduced);
  const deprecated = tags.deprecated !== void 0 ? release(tags.deprecated) : plusThree(from);
  const removed = tags.removed !== void 0 ? release(tags.removed) : plusThree(deprecated);
  return { introducedIn: format(from), deprecatedIn: format(deprecated), removedIn: format(removed) };
}

// src/validation/deprecations/introduced-apis.ts
var at2 = (group, version, since, kinds, source) => kinds.map((kind) => ({ group, version, kind, availableSince: since, ...source ? { source } : {} }));
var lc = (group, pkg, since, kinds, fromTags = false) => kinds.map((kind) => ({
  group,
  version: pkg.slice(pkg.lastIndexOf("/") + 1),
  kind,
  availableSince: since,
  source: "lifecycle",
  lifecycleFile: fromTags ? lifecycleTypesFile(pkg) : lifecycleFile(pkg)
}));
var API_INTRODUCTIONS = [
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1", "1.16", [
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration"
  ]),
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1beta1", "1.28", [
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding"
  ]),
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1", "1.30", [
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding"
  ]),
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1beta1", "1.34", [
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding"
  ]),
  ...at2(
    "admissionregistration.k8s.io",
    "v1",
    "1.34",
    ["MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding"],
    "openapi"
  ),
  ...at2("apiextensions.k8s.io", "v1", "1.16", ["CustomResourceDefinition"]),
  ...at2("apps", "v1", "1.9", ["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet", "ControllerRevision"]),
  ...lc("authentication.k8s.io", "authentication/v1beta1", "1.27", ["SelfSubjectReview"], true),
  ...at2("authentication.k8s.io", "v1", "1.28", ["SelfSubjectReview"]),
  ...lc("autoscaling", "autoscaling/v2beta1", "1.8", ["HorizontalPodAutoscaler"]),
  ...lc("autoscaling", "autoscaling/v2beta2", "1.12", ["HorizontalPodAutoscaler"]),
  ...at2("autoscaling", "v2", "1.23", ["HorizontalPodAutoscaler"]),
  ...lc("batch", "batch/v1beta1", "1.8", ["CronJob"]),
  ...at2("batch", "v1", "1.21", ["CronJob"]),
  ...at2("certificates.k8s.io", "v1", "1.19", ["CertificateSigningRequest"]),
  ...lc("certificates.k8s.io", "certificates/v1beta1", "1.33", ["ClusterTrustBundle"]),
  ...lc("certificates.k8s.io", "certificates/v1beta1", "1.35", ["PodCertificateRequest"]),
  ...at2("coordination.k8s.io", "v1", "1.14", ["Lease"]),
  ...lc("coordination.k8s.io", "coordination/v1beta1", "1.33", ["LeaseCandidate"]),
  ...at2("discovery.k8s.io", "v1", "1.21", ["EndpointSlice"]),
  ...at2("events.k8s.io", "v1", "1.19", ["Event"]),
  ...lc("flowcontrol.apiserver.k8s.io", "flowcontrol/v1beta1", "1.20", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...lc("flowcontrol.apiserver.k8s.io", "flowcontrol/v1beta2", "1.23", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...lc("flowcontrol.apiserver.k8s.io", "flowcontrol/v1beta3", "1.26", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...at2("flowcontrol.apiserver.k8s.io", "v1", "1.29", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...at2("networking.k8s.io", "v1", "1.19", ["Ingress", "IngressClass"]),
  ...lc("networking.k8s.io", "networking/v1beta1", "1.31", ["IPAddress", "ServiceCIDR"], true),
  ...at2("networking.k8s.io", "v1", "1.33", ["IPAddress", "ServiceCIDR"]),
  ...at2("node.k8s.io", "v1", "1.20", ["RuntimeClass"]),
  ...at2("policy", "v1", "1.21", ["PodDisruptionBudget"]),
  ...at2("rbac.authorization.k8s.io", "v1", "1.8", ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"]),
  ...lc("resource.k8s.io", "resource/v1beta1", "1.32", [
    "DeviceClass",
    "ResourceClaim",
    "ResourceClaimTemplate",
    "ResourceSlice"
  ]),
  ...lc("resource.k8s.io", "resource/v1beta2", "1.33", [
    "DeviceClass",
    "ResourceClaim",
    "ResourceClaimTemplate",
    "ResourceSlice"
  ]),
  ...at2("resource.k8s.io", "v1beta2", "1.34", ["DeviceTaintRule"], "openapi"),
  ...at2("resource.k8s.io", "v1", "1.34", ["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"]),
  ...at2("scheduling.k8s.io", "v1", "1.14", ["PriorityClass"]),
  ...at2("storage.k8s.io", "v1", "1.13", ["VolumeAttachment"]),
  ...at2("storage.k8s.io", "v1", "1.17", ["CSINode"]),
  ...at2("storage.k8s.io", "v1", "1.18", ["CSIDriver"]),
  ...at2("storage.k8s.io", "v1", "1.24", ["CSIStorageCapacity"]),
  ...lc("storage.k8s.io", "storage/v1beta1", "1.31", ["VolumeAttributesClass"]),
  ...at2("storage.k8s.io", "v1", "1.34", ["VolumeAttributesClass"]),
  ...lc("storagemigration.k8s.io", "storagemigration/v1beta1", "1.35", ["StorageVersionMigration"])
];

// src/validation/deprecations/removed-apis.ts
var r = (apiVersion, kind, availableSince) => ({ apiVersion, kind, availableSince });
var lc2 = (pkg, introducedIn, deprecatedIn, removedIn) => ({
  introducedIn,
  deprecatedIn,
  removedIn,
  source: "lifecycle",
  lifecycleFile: pkg.startsWith("staging/") ? pkg : lifecycleFile(pkg)
});
var tagged = (pkg, introduced, explicit) => ({
  ...prereleaseLifecycle(introduced, explicit),
  source: "lifecycle",
  lifecycleFile: lifecycleTypesFile(pkg)
});
var APIEXTENSIONS_V1BETA1 = "staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1beta1/zz_generated.prerelease-lifecycle.go";
var APIREGISTRATION_V1BETA1 = "staging/src/k8s.io/kube-aggregator/pkg/apis/apiregistration/v1beta1/zz_generated.prerelease-lifecycle.go";
var API_DEPRECATIONS = [
  // v1.16
  {
    group: "extensions",
    version: "v1beta1",
    kind: "NetworkPolicy",
    ...lc2("extensions/v1beta1", "1.3", "1.9", "1.16"),
    replacement: r("networking.k8s.io/v1", "NetworkPolicy", "1.8")
  },
  {
    group: "extensions",
    version: "v1beta1",
    kind: "PodSecurityPolicy",
    ...lc2("extensions/v1beta1", "1.2", "1.11", "1.16"),
    // APILifecycleReplacement names policy/v1beta1 PodSecurityPolicy, itself removed in 1.25.
    note: "no replacement \u2014 policy/v1beta1 PodSecurityPolicy was itself removed in 1.25; use Pod Security Admission"
  },
  ...[
    ["DaemonSet", "1.1"],
    ["Deployment", "1.1"],
    ["ReplicaSet", "1.2"]
  ].map(([kind, introduced]) => ({
    group: "extensions",
    version: "v1beta1",
    kind,
    ...lc2("extensions/v1beta1", introduced, "1.8", "1.16"),
    replacement: r("apps/v1", kind, "1.9")
  })),
  ...[
    ["Deployment", "1.6"],
    ["StatefulSet", "1.5"]
  ].map(([kind, introduced]) => ({
    group: "apps",
    version: "v1beta1",
    kind,
    ...lc2("apps/v1beta1", introduced, "1.8", "1.16"),
    replacement: r("apps/v1", kind, "1.9")
  })),
  ...["DaemonSet", "Deployment", "StatefulSet", "ReplicaSet"].map((kind) => ({
    group: "apps",
    version: "v1beta2",
    kind,
    ...lc2("apps/v1beta2", "1.8", "1.9", "1.16"),
    replacement: r("apps/v1", kind, "1.9")
  })),
  // v1.22
  ...["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"].map((kind) => ({
    group: "admissionregistration.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("admissionregistration/v1beta1", "1.9", "1.16", "1.22"),
    replacement: r("admissionregistration.k8s.io/v1", kind, "1.16")
  })),
  {
    group: "apiextensions.k8s.io",
    version: "v1beta1",
    kind: "CustomResourceDefinition",
    ...lc2(APIEXTENSIONS_V1BETA1, "1.7", "1.16", "1.22"),
    replacement: r("apiextensions.k8s.io/v1", "CustomResourceDefinition", "1.16")
  },
  {
    group: "apiregistration.k8s.io",
    version: "v1beta1",
    kind: "APIService",
    ...lc2(APIREGISTRATION_V1BETA1, "1.7", "1.19", "1.22"),
    replacement: r("apiregistration.k8s.io/v1", "APIService", "1.10")
  },
  {
    group: "authentication.k8s.io",
    version: "v1beta1",
    kind: "TokenReview",
    ...lc2("authentication/v1beta1", "1.4", "1.19", "1.22"),
    replacement: r("authentication.k8s.io/v1", "TokenReview", "1.6")
  },
  ...["SubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview"].map((kind) => ({
    group: "authorization.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("authorization/v1beta1", "1.2", "1.19", "1.22"),
    replacement: r("authorization.k8s.io/v1", kind, "1.6")
  })),
  {
    group: "certificates.k8s.io",
    version: "v1beta1",
    kind: "CertificateSigningRequest",
    ...lc2("certificates/v1beta1", "1.12", "1.19", "1.22"),
    replacement: r("certificates.k8s.io/v1", "CertificateSigningRequest", "1.19")
  },
  {
    group: "coordination.k8s.io",
    version: "v1beta1",
    kind: "Lease",
    ...lc2("coordination/v1beta1", "1.12", "1.19", "1.22"),
    replacement: r("coordination.k8s.io/v1", "Lease", "1.14")
  },
  {
    group: "extensions",
    version: "v1beta1",
    kind: "Ingress",
    ...lc2("extensions/v1beta1", "1.1", "1.14", "1.22"),
    replacement: r("networking.k8s.io/v1", "Ingress", "1.19")
  },
  {
    group: "networking.k8s.io",
    version: "v1beta1",
    kind: "Ingress",
    ...lc2("networking/v1beta1", "1.14", "1.19", "1.22"),
    replacement: r("networking.k8s.io/v1", "Ingress", "1.19")
  },
  {
    group: "networking.k8s.io",
    version: "v1beta1",
    kind: "IngressClass",
    ...lc2("networking/v1beta1", "1.18", "1.19", "1.22"),
    // APILifecycleReplacement says IngressClassList (the tag is copied from the list type).
    replacement: r("networking.k8s.io/v1", "IngressClass", "1.19")
  },
  ...["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"].map((kind) => ({
    group: "rbac.authorization.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("rbac/v1beta1", "1.6", "1.17", "1.22"),
    replacement: r("rbac.authorization.k8s.io/v1", kind, "1.8")
  })),
  {
    group: "scheduling.k8s.io",
    version: "v1beta1",
    kind: "PriorityClass",
    ...lc2("scheduling/v1beta1", "1.11", "1.14", "1.22"),
    replacement: r("scheduling.k8s.io/v1", "PriorityClass", "1.14")
  },
  ...[
    ["CSIDriver", "1.14", "1.19", "1.19"],
    ["CSINode", "1.14", "1.17", "1.17"],
    ["StorageClass", "1.4", "1.19", "1.6"],
    ["VolumeAttachment", "1.10", "1.19", "1.13"]
  ].map(([kind, introduced, deprecated, since]) => ({
    group: "storage.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("storage/v1beta1", introduced, deprecated, "1.22"),
    replacement: r("storage.k8s.io/v1", kind, since)
  })),
  // v1.25
  {
    group: "batch",
    version: "v1beta1",
    kind: "CronJob",
    ...lc2("batch/v1beta1", "1.8", "1.21", "1.25"),
    replacement: r("batch/v1", "CronJob", "1.21")
  },
  {
    group: "discovery.k8s.io",
    version: "v1beta1",
    kind: "EndpointSlice",
    ...lc2("discovery/v1beta1", "1.16", "1.21", "1.25"),
    replacement: r("discovery.k8s.io/v1", "EndpointSlice", "1.21")
  },
  {
    group: "events.k8s.io",
    version: "v1beta1",
    kind: "Event",
    ...lc2("events/v1beta1", "1.8", "1.22", "1.25"),
    replacement: r("events.k8s.io/v1", "Event", "1.19")
  },
  {
    group: "autoscaling",
    version: "v2beta1",
    kind: "HorizontalPodAutoscaler",
    ...lc2("autoscaling/v2beta1", "1.8", "1.22", "1.25"),
    // APILifecycleReplacement names autoscaling/v2beta2, itself removed in 1.26.
    replacement: r("autoscaling/v2", "HorizontalPodAutoscaler", "1.23")
  },
  {
    group: "policy",
    version: "v1beta1",
    kind: "PodDisruptionBudget",
    ...lc2("policy/v1beta1", "1.5", "1.21", "1.25"),
    replacement: r("policy/v1", "PodDisruptionBudget", "1.21"),
    note: "an empty spec.selector in policy/v1 selects every pod in the namespace"
  },
  {
    group: "policy",
    version: "v1beta1",
    kind: "PodSecurityPolicy",
    ...lc2("policy/v1beta1", "1.10", "1.21", "1.25"),
    note: "no replacement \u2014 use Pod Security Admission (namespace labels pod-security.kubernetes.io/*) or a third-party admission webhook"
  },
  {
    group: "node.k8s.io",
    version: "v1beta1",
    kind: "RuntimeClass",
    ...lc2("node/v1beta1", "1.13", "1.22", "1.25"),
    replacement: r("node.k8s.io/v1", "RuntimeClass", "1.20")
  },
  // v1.26
  ...["FlowSchema", "PriorityLevelConfiguration"].map((kind) => ({
    group: "flowcontrol.apiserver.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("flowcontrol/v1beta1", "1.20", "1.23", "1.26"),
    replacement: r("flowcontrol.apiserver.k8s.io/v1", kind, "1.29")
  })),
  {
    group: "autoscaling",
    version: "v2beta2",
    kind: "HorizontalPodAutoscaler",
    ...lc2("autoscaling/v2beta2", "1.12", "1.23", "1.26"),
    replacement: r("autoscaling/v2", "HorizontalPodAutoscaler", "1.23")
  },
  // v1.27
  {
    group: "storage.k8s.io",
    version: "v1beta1",
    kind: "CSIStorageCapacity",
    ...lc2("storage/v1beta1", "1.21", "1.24", "1.27"),
    replacement: r("storage.k8s.io/v1", "CSIStorageCapacity", "1.24")
  },
  // v1.29
  ...["FlowSchema", "PriorityLevelConfiguration"].map((kind) => ({
    group: "flowcontrol.apiserver.k8s.io",
    version: "v1beta2",
    kind,
    ...lc2("flowcontrol/v1beta2", "1.23", "1.26", "1.29"),
    // APILifecycleReplacement names v1beta3, itself removed in 1.32.
    replacement: r("flowcontrol.apiserver.k8s.io/v1", kind, "1.29"),
    note: "PriorityLevelConfiguration spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares"
  })),
  // v1.32
  ...["FlowSchema", "PriorityLevelConfiguration"].map((kind) => ({
    group: "flowcontrol.apiserver.k8s.io",
    version: "v1beta3",
    kind,
    ...lc2("flowcontrol/v1beta3", "1.26", "1.29", "1.32"),
    replacement: r("flowcontrol.apiserver.k8s.io/v1", kind, "1.29")
  })),
  // v1.33
  {
    group: "authentication.k8s.io",
    version: "v1beta1",
    kind: "SelfSubjectReview",
    // `+k8s:prerelease-lifecycle-gen:introduced=1.27`, no deprecated/removed tags.
    ...tagged("authentication/v1beta1", "1.27"),
    replacement: r("authentication.k8s.io/v1", "SelfSubjectReview", "1.28")
  },
  // v1.34
  ...["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"].map((kind) => ({
    group: "admissionregistration.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("admissionregistration/v1beta1", "1.28", "1.31", "1.34"),
    replacement: r("admissionregistration.k8s.io/v1", kind, "1.30")
  })),
  // v1.37
  ...["IPAddress", "ServiceCIDR"].map((kind) => ({
    group: "networking.k8s.io",
    version: "v1beta1",
    kind,
    // `+k8s:prerelease-lifecycle-gen:introduced=1.31`, no deprecated/removed tags.
    ...tagged("networking/v1beta1", "1.31"),
    replacement: r("networking.k8s.io/v1", kind, "1.33")
  })),
  {
    group: "storage.k8s.io",
    version: "v1beta1",
    kind: "VolumeAttributesClass",
    ...lc2("storage/v1beta1", "1.31", "1.34", "1.37"),
    replacement: r("storage.k8s.io/v1", "VolumeAttributesClass", "1.34")
  },
  // v1.38
  ...["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"].map((kind) => ({
    group: "resource.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("resource/v1beta1", "1.32", "1.35", "1.38"),
    replacement: r("resource.k8s.io/v1", kind, "1.34")
  })),
  // v1.39
  {
    group: "certificates.k8s.io",
    version: "v1beta1",
    kind: "ClusterTrustBundle",
    ...lc2("certificates/v1beta1", "1.33", "1.36", "1.39"),
    note: "no GA version yet"
  },
  {
    group: "coordination.k8s.io",
    version: "v1beta1",
    kind: "LeaseCandidate",
    ...lc2("coordination/v1beta1", "1.33", "1.36", "1.39"),
    note: "no GA version yet; LeaseCandidates are normally written by the control plane, not shipped in manifests"
  },
  ...["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"].map((kind) => ({
    group: "resource.k8s.io",
    version: "v1beta2",
    kind,
    ...lc2("resource/v1beta2", "1.33", "1.36", "1.39"),
    replacement: r("resource.k8s.io/v1", kind, "1.34")
  })),
  // Deprecated GA APIs, still served, no removal scheduled (no lifecycle data: from the guide).
  {
    group: "",
    version: "v1",
    kind: "Endpoints",
    deprecatedIn: "1.33",
    replacement: r("discovery.k8s.io/v1", "EndpointSlice", "1.21"),
    note: "Endpoints are normally managed by the control plane; do not ship them in manifests"
  },
  {
    group: "",
    version: "v1",
    kind: "ComponentStatus",
    deprecatedIn: "1.19",
    note: "query component health endpoints directly"
  }
];

// src/validation/deprecations/api-versions.ts
var REMOVED_API_RULE = "removed-api";
var DEPRECATED_API_RULE = "deprecated-api";
var NOT_YET_SERVED_RULE = "api-not-yet-served";
var API_RULES = [REMOVED_API_RULE, DEPRECATED_API_RULE, NOT_YET_SERVED_RULE];
function parseMinor(version) {
  return parseKubernetesVersion(version).minor;
}
var index = /* @__PURE__ */ new Map();
for (const entry of API_DEPRECATIONS) index.set(`${entry.group}/${entry.version}/${entry.kind}`, entry);
var introductions = /* @__PURE__ */ new Map();
var introduce = (entry) => {
  const key = `${entry.group}/${entry.version}/${entry.kind}`;
  const known = introductions.get(key);
  if (!known || parseMinor(entry.availableSince) < parseMinor(known.availableSince)) introductions.set(key, entry);
};
API_INTRODUCTIONS.forEach(introduce);
for (const entry of API_DEPRECATIONS) {
  if (entry.introducedIn) {
    const { group: group2, version: version2, kind, introducedIn, lifecycleFile: lifecycleFile2 } = entry;
    introduce({ group: group2, version: version2, kind, availableSince: introducedIn, source: "lifecycle", lifecycleFile: lifecycleFile2 });
  }
  if (!entry.replacement?.availableSince) continue;
  const { group, version } = splitApiVersion(entry.replacement.apiVersion);
  introduce({ group, version, kind: entry.replacement.kind, availableSince: entry.replacement.availableSince });
}
function findIntroduction(apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  return introductions.get(`${group}/${version}/${kind}`);
}
function servedAlternatives(kind, apiVersion, target) {
  const candidates = /* @__PURE__ */ new Set();
  const gv = (group, version) => group ? `${group}/${version}` : version;
  for (const entry of introductions.values()) if (entry.kind === kind) candidates.add(gv(entry.group, entry.version));
  for (const entry of API_DEPRECATIONS) if (entry.kind === kind) candidates.add(gv(entry.group, entry.version));
  candidates.delete(apiVersion);
  const since = (candidate) => {
    const release = findIntroduction(candidate, kind)?.availableSince;
    return release === void 0 ? 0 : parseMinor(release);
  };
  return [...candidates].filter((candidate) => {
    const removed = findDeprecation(candidate, kind)?.removedIn;
    return since(candidate) <= target && (removed === void 0 || parseMinor(removed) > target);
  }).sort((a, b) => since(b) - since(a));
}
function findDeprecation(apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  return index.get(`${group}/${version}/${kind}`);
}
function checkApiVersions(resources, kubernetesVersion, environment, overrides) {
  const target = parseMinor(kubernetesVersion);
  const severities = new Map(
    [
      [REMOVED_API_RULE, "error"],
      [DEPRECATED_API_RULE, "warning"],
      [NOT_YET_SERVED_RULE, "error"]
    ].map(([rule, severity]) => [rule, resolveSeverity(rule, severity, environment, overrides)])
  );
  const findings = [];
  const push = (finding) => {
    const severity = severities.get(finding.rule);
    if (severity !== void 0 && severity !== "off") findings.push({ ...finding, severity });
  };
  for (const resource of resources) {
    const api = `${resource.ref.apiVersion} ${resource.ref.kind}`;
    const introduced = findIntroduction(resource.ref.apiVersion, resource.ref.kind);
    if (introduced && target < parseMinor(introduced.availableSince)) {
      const alternatives = servedAlternatives(resource.ref.kind, resource.ref.apiVersion, target);
      const instead = alternatives.length > 0 ? `use ${alternatives.join(" or ")} (served by ${kubernetesVersion}), or upgrade the cluster` : "upgrade the cluster or do not ship it to this environment";
      push({
        rule: NOT_YET_SERVED_RULE,
        message: `${api} is not served by Kubernetes ${kubernetesVersion} yet: introduced in ${introduced.availableSince}; ${instead}`,
        environment,
        resource: resource.ref,
        path: "/apiVersion"
      });
      continue;
    }
    const entry = findDeprecation(resource.ref.apiVersion, resource.ref.kind);
    if (!entry) continue;
    const migrate = migration(entry);
    if (entry.removedIn !== void 0 && target >= parseMinor(entry.removedIn)) {
      push({
        rule: REMOVED_API_RULE,
        message: `${api} is not served by Kubernetes ${kubernetesVersion}: removed in ${entry.removedIn}; ${migrate}`,
        environment,
        resource: resource.ref,
        path: "/apiVersion"
      });
    } else if (entry.deprecatedIn !== void 0 && target >= parseMinor(entry.deprecatedIn)) {
      const removal = entry.removedIn ? `, removed in ${entry.removedIn}` : "";
      push({
        rule: DEPRECATED_API_RULE,
        message: `${api} is deprecated since ${entry.deprecatedIn}${removal}; ${migrate}`,
        environment,
        resource: resource.ref,
        path: "/apiVersion"
      });
    }
  }
  return findings;
}
function migration(entry) {
  const parts = [];
  if (entry.replacement) {
    const { apiVersion, kind, availableSince } = entry.replacement;
    const target = kind === entry.kind ? apiVersion : `${apiVersion} ${kind}`;
    parts.push(`use ${target}${availableSince ? ` (available since ${availableSince})` : ""}`);
    if (entry.note) parts.push(entry.note);
  } else {
    parts.push(entry.note ?? "no replacement");
  }
  return parts.join("; ");
}

// src/validation/checks/autoscalers.ts
function autoscalerOf(resource) {
  const { kind, apiVersion } = resource.ref;
  const spec2 = isRecord(resource.object.spec) ? resource.object.spec : {};
  const target = spec2.scaleTargetRef;
  if (!isRecord(target) || typeof target.name !== "string") return void 0;
  if (kind === "HorizontalPodAutoscaler" && apiVersion.startsWith("autoscaling/")) {
    return {
      resource,
      kind,
      minReplicas: typeof spec2.minReplicas === "number" ? spec2.minReplicas : 1,
      target: { kind: String(target.kind), name: target.name }
    };
  }
  if (kind === "ScaledObject" && apiVersion.startsWith("keda.sh/")) {
    return {
      resource,
      kind,
      minReplicas: typeof spec2.minReplicaCount === "number" ? spec2.minReplicaCount : 0,
      target: {
        kind: typeof target.kind === "string" && target.kind !== "" ? target.kind : "Deployment",
        name: target.name
      }
    };
  }
  return void 0;
}
function autoscalersByTarget(resources, namespaceOf = (resource) => resource.ref.namespace ?? "") {
  const map = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const autoscaler = autoscalerOf(resource);
    if (!autoscaler) continue;
    const key = `${namespaceOf(resource)}|${autoscaler.target.kind}|${autoscaler.target.name}`;
    if (!map.has(key)) map.set(key, autoscaler);
  }
  return map;
}
function describeMinimum(autoscaler) {
  const field = autoscaler.kind === "ScaledObject" ? "minReplicaCount" : "minReplicas";
  return `${autoscaler.kind} ${autoscaler.resource.ref.name} ${field} ${autoscaler.minReplicas}`;
}

// src/validation/checks/label-selector.ts
function matchesLabelSelector(selector, labels) {
  if (!isRecord(selector)) return false;
  const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
  for (const [key, value] of Object.entries(matchLabels)) if (labels[key] !== String(value)) return false;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const expression of expressions) {
    if (!isRecord(expression)) return false;
    const key = String(expression.key);
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (expression.operator) {
      case "In":
        if (!has || !values.includes(labels[key])) return false;
        break;
      case "NotIn":
        if (has && values.includes(labels[key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
function matchesSelectorMap(selector, labels) {
  if (!isRecord(selector)) return false;
  const entries = Object.entries(selector);
  if (entries.length === 0) return false;
  return entries.every(([key, value]) => labels[key] === String(value));
}

// src/validation/checks/workload-checks.ts
function templates(index2) {
  return index2.templates();
}
var spec = (resource) => isRecord(resource.object.spec) ? resource.object.spec : {};
var danglingService = environmentCheck(
  { id: "dangling-service", description: "Service selector matches no pod template", severity: "error" },
  (index2) => {
    const violations = [];
    for (const service of index2.ofKind("Service")) {
      const { selector, type } = spec(service);
      if (type === "ExternalName" || !isRecord(selector) || Object.keys(selector).length === 0) continue;
      const namespace = index2.namespaceOf(service);
      if (index2.candidates(namespace, selector).some((pod) => matchesSelectorMap(selector, pod.labels))) continue;
      const wanted = Object.entries(selector).map(([key, value]) => `${key}=${String(value)}`).join(",");
      violations.push({
        resource: service,
        path: "/spec/selector",
        message: `Service ${service.ref.name} selects ${wanted} but no pod template in namespace ${namespace} has those labels`
      });
    }
    return violations;
  }
);
var danglingHpa = environmentCheck(
  { id: "dangling-hpa", description: "HorizontalPodAutoscaler scale target is not rendered", severity: "error" },
  (index2) => {
    const violations = [];
    for (const hpa of index2.ofKind("HorizontalPodAutoscaler")) {
      const target = spec(hpa).scaleTargetRef;
      if (!isRecord(target)) continue;
      const namespace = index2.namespaceOf(hpa);
      if (index2.find(String(target.kind), namespace, String(target.name))) continue;
      violations.push({
        resource: hpa,
        path: "/spec/scaleTargetRef/name",
        message: `scale target ${String(target.kind)} ${String(target.name)} is not rendered in namespace ${namespace}`
      });
    }
    return violations;
  }
);
var hpaMinAboveMax = environmentCheck(
  {
    id: "hpa-min-above-max",
    description: "HorizontalPodAutoscaler minReplicas is greater than maxReplicas",
    severity: "error"
  },
  (index2) => index2.ofKind("HorizontalPodAutoscaler").flatMap((hpa) => {
    const { maxReplicas } = spec(hpa);
    const min = autoscalerOf(hpa)?.minReplicas ?? 1;
    return typeof maxReplicas === "number" && min > maxReplicas ? [
      {
        resource: hpa,
        path: "/spec/minReplicas",
        message: `minReplicas ${min} is greater than maxReplicas ${maxReplicas}`
      }
    ] : [];
  })
);
var hpaReplicasConflict = environmentCheck(
  {
    id: "hpa-replicas-conflict",
    description: "Workload scaled by an HPA or KEDA ScaledObject also sets spec.replicas",
    severity: "error"
  },
  (index2) => {
    const autoscalers = autoscalersByTarget(index2.resources, (resource) => index2.namespaceOf(resource));
    const violations = [];
    for (const resource of index2.ofKind("Deployment", "StatefulSet", "ReplicaSet", "Rollout")) {
      const replicas = spec(resource).replicas;
      if (replicas === void 0) continue;
      const autoscaler = autoscalers.get(`${index2.namespaceOf(resource)}|${resource.ref.kind}|${resource.ref.name}`);
      if (!autoscaler) continue;
      const setBy = resource.origin?.transformations.find((t) => t.kind === "ReplicaCountTransformer");
      const where = setBy ? ` (set by ${setBy.kind} in ${setBy.configuredIn})` : "";
      violations.push({
        resource,
        path: "/spec/replicas",
        message: `spec.replicas ${String(replicas)}${where} conflicts with ${autoscaler.kind} ${autoscaler.resource.ref.name}: Argo CD resets the replica count the autoscaler chose on every sync; remove replicas or ignore /spec/replicas in the Application`
      });
    }
    return violations;
  }
);
var pdbBlocksEviction = environmentCheck(
  { id: "pdb-blocks-eviction", description: "PodDisruptionBudget allows no pod to be evicted", severity: "error" },
  (index2) => {
    const autoscalers = autoscalersByTarget(index2.resources, (resource) => index2.namespaceOf(resource));
    const violations = [];
    for (const pdb of index2.ofKind("PodDisruptionBudget")) {
      const { selector, minAvailable, maxUnavailable } = spec(pdb);
      const namespace = index2.namespaceOf(pdb);
      if (maxUnavailable === 0 || maxUnavailable === "0%" || maxUnavailable === "0") {
        violations.push({
          resource: pdb,
          path: "/spec/maxUnavailable",
          message: `maxUnavailable ${JSON.stringify(maxUnavailable)} allows no pod to be evicted; node drains will hang`
        });
        continue;
      }
      if (minAvailable === void 0) continue;
      const required = isRecord(selector) && isRecord(selector.matchLabels) ? selector.matchLabels : void 0;
      for (const template of index2.candidates(namespace, required)) {
        if (!matchesLabelSelector(selector, template.labels)) continue;
        const workload = template.resource;
        const autoscaler = autoscalers.get(`${namespace}|${workload.ref.kind}|${workload.ref.name}`);
        const replicasValue = spec(workload).replicas;
        const replicas = autoscaler ? Math.max(1, autoscaler.minReplicas) : typeof replicasValue === "number" ? replicasValue : 1;
        const needed = typeof minAvailable === "string" && minAvailable.endsWith("%") ? Math.ceil(Number(minAvailable.slice(0, -1)) * replicas / 100) : Number(minAvailable);
        if (Number.isNaN(needed) || needed < replicas) continue;
        const source = autoscaler ? `${replicas} replica(s) at ${describeMinimum(autoscaler)}${autoscaler.minReplicas === 0 ? " (scaled to zero it has no pod; at one pod none can be evicted)" : ""}` : `${replicas} replica(s)`;
        violations.push({
          resource: pdb,
          path: "/spec/minAvailable",
          message: `minAvailable ${JSON.stringify(minAvailable)} requires ${needed} of ${workload.ref.kind} ${workload.ref.name}'s ${source} to stay up, so no pod can be evicted; node drains will hang`
        });
      }
    }
    return violations;
  }
);
var nonIsolatedPod = environmentCheck(
  { id: "non-isolated-pod", description: "No NetworkPolicy selects the pods", severity: "warning" },
  (index2) => {
    const policies = index2.ofKind("NetworkPolicy");
    const violations = [];
    for (const template of templates(index2)) {
      if (template.resource.ref.kind === "Pod" && template.resource.object.metadata?.ownerReferences) continue;
      const selected = policies.some(
        (policy) => index2.namespaceOf(policy) === template.namespace && matchesLabelSelector(spec(policy).podSelector ?? {}, template.labels)
      );
      if (selected) continue;
      const labelsPointer = template.resource.ref.kind === "Pod" ? "/metadata/labels" : `${template.pointer.slice(0, -"/spec".length)}/metadata/labels`;
      violations.push({
        resource: template.resource,
        path: labelsPointer,
        message: `no NetworkPolicy in namespace ${template.namespace} selects the pods of ${template.resource.ref.kind} ${template.resource.ref.name}; they accept traffic from anywhere`
      });
    }
    return violations;
  }
);
var nonExistentServiceAccount = environmentCheck(
  { id: "non-existent-service-account", description: "Pod service account is not rendered", severity: "error" },
  (index2) => {
    const violations = [];
    for (const template of templates(index2)) {
      const field = typeof template.spec.serviceAccountName === "string" ? "serviceAccountName" : typeof template.spec.serviceAccount === "string" ? "serviceAccount" : void 0;
      if (!field) continue;
      const name = template.spec[field];
      if (name === "" || name === "default" || index2.find("ServiceAccount", template.namespace, name)) continue;
      violations.push({
        resource: template.resource,
        path: `${template.pointer}/${escapePointer(field)}`,
        message: `ServiceAccount ${name} is not rendered in namespace ${template.namespace}`
      });
    }
    return violations;
  }
);
var serviceMonitorSelectsNothing = environmentCheck(
  { id: "servicemonitor-selects-nothing", description: "ServiceMonitor selects no Service", severity: "warning" },
  (index2) => {
    const violations = [];
    for (const monitor of index2.ofKind("ServiceMonitor")) {
      const { selector, namespaceSelector, endpoints } = spec(monitor);
      const own = index2.namespaceOf(monitor);
      const inNamespace = (namespace) => {
        if (!isRecord(namespaceSelector)) return namespace === own;
        if (namespaceSelector.any === true) return true;
        return Array.isArray(namespaceSelector.matchNames) ? namespaceSelector.matchNames.includes(namespace) : namespace === own;
      };
      const services = index2.ofKind("Service").filter(
        (service) => inNamespace(index2.namespaceOf(service)) && matchesLabelSelector(selector ?? {}, labelsOf(service.object))
      );
      if (services.length === 0) {
        violations.push({
          resource: monitor,
          path: "/spec/selector",
          message: `ServiceMonitor ${monitor.ref.name} selects no Service${isRecord(selector) && isRecord(selector.matchLabels) ? ` with labels ${Object.entries(selector.matchLabels).map(([k, v]) => `${k}=${String(v)}`).join(",")}` : ""}`
        });
        continue;
      }
      if (!Array.isArray(endpoints)) continue;
      endpoints.forEach((endpoint, i) => {
        if (!isRecord(endpoint) || typeof endpoint.port !== "string") return;
        const hasPort = services.some(
          (service) => Array.isArray(spec(service).ports) && spec(service).ports.some((port) => isRecord(port) && port.name === endpoint.port)
        );
        if (!hasPort)
          violations.push({
            resource: monitor,
            path: `/spec/endpoints/${i}/port`,
            message: `no selected Service has a port named ${endpoint.port}`
          });
      });
    }
    return violations;
  }
);

// src/validation/checks/index.ts
var ALL_CHECKS = [
  danglingService,
  danglingHpa,
  pdbBlocksEviction,
  nonIsolatedPod,
  nonExistentServiceAccount,
  missingConfigRef,
  externalSecretStoreMissing,
  istioHostUnknown,
  serviceMonitorSelectsNothing,
  hpaReplicasConflict,
  hpaMinAboveMax,
  duplicateResourceAcrossApps,
  argocdAppPathMissing,
  argocdDestinationNotPermitted
];
function runChecks(context, options) {
  return runChecksWith(ALL_CHECKS, context, options);
}
function checkRuleIds() {
  return [...ALL_CHECKS.map((check) => check.id), ...API_RULES];
}

// src/validation/policies/builtins.ts
var minReplicasOrHpa = (matched, all, params) => {
  const minimum = typeof params.minimum === "number" ? params.minimum : 3;
  const autoscalers = autoscalersByTarget(all);
  const violations = [];
  for (const resource of matched) {
    const autoscaler = autoscalers.get(`${resource.ref.namespace ?? ""}|${resource.ref.kind}|${resource.ref.name}`);
    if (autoscaler) {
      if (autoscaler.minReplicas < minimum) violations.push({ resource, path: "/spec/replicas", message: `${describeMinimum(autoscaler)} allows ${autoscaler.minReplicas} replica(s); at least ${minimum} are required` });
      continue;
    }
    const replicas = resource.object.spec?.replicas;
    const count = typeof replicas === "number" ? replicas : 1;
    if (count < minimum) {
      const why = typeof replicas === "number" ? `runs ${count} replica(s)` : "sets no spec.replicas (so 1) and no HorizontalPodAutoscaler targets it";
      violations.push({ resource, path: "/spec/replicas", message: `${resource.ref.kind} ${resource.ref.name} ${why}; at least ${minimum} are required (or an HPA with minReplicas \u2265 ${minimum})` });
    }
  }
  return violations;
};
var BUILTINS = {
  "min-replicas-or-hpa": minReplicasOrHpa
};

// src/validation/policies/match.ts
var CORE_VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;
function matchesKind(entry, apiVersion, kind) {
  const parts = entry.split("/");
  if (parts[parts.length - 1] !== kind) return false;
  const { group, version } = splitApiVersion(apiVersion);
  if (parts.length === 1) return true;
  if (parts.length === 2) return CORE_VERSION.test(parts[0]) ? group === "" && version === parts[0] : group === parts[0];
  return group === parts[0] && version === parts[1];
}
function matchesName(patterns, name) {
  return patterns.some((pattern) => pattern.includes("*") ? new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(name) : pattern === name);
}
function matchesEnvironment(patterns, environment) {
  const excluded = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => pattern.slice(1));
  const included = patterns.filter((pattern) => !pattern.startsWith("!"));
  if (excluded.length > 0 && matchesName(excluded, environment)) return false;
  return included.length === 0 || matchesName(included, environment);
}
function policyMatches(policy, resource, environment, production = isProductionByName(environment)) {
  const match = policy.match;
  if (match.production !== void 0 && match.production !== production) return false;
  const kinds = match.kinds ?? (policy.select !== "resource" ? WORKLOAD_KINDS : void 0);
  if (kinds && !kinds.some((entry) => matchesKind(entry, resource.ref.apiVersion, resource.ref.kind))) return false;
  if (match.environments && !matchesEnvironment(match.environments, environment)) return false;
  if (match.namespaces && (resource.ref.namespace === void 0 || !matchesName(match.namespaces, resource.ref.namespace))) return false;
  if (match.labelSelector && !matchesLabelSelector(match.labelSelector, labelsOf(resource.object))) return false;
  return true;
}

// src/validation/policies/policy.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { basename, join as join4 } from "node:path";
var selectorSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    matchLabels: { type: "object", additionalProperties: { type: "string" } },
    matchExpressions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["key", "operator"],
        properties: {
          key: { type: "string" },
          operator: { enum: ["In", "NotIn", "Exists", "DoesNotExist"] },
          values: { type: "array", items: { type: "string" } }
        }
      }
    }
  }
};
var policyFileSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "description", "severity"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", errorMessage: "must be lower-case kebab-case, e.g. require-probes" },
    description: { type: "string", minLength: 1 },
    severity: { enum: ["error", "warning"], errorMessage: "must be error or warning" },
    match: {
      type: "object",
      additionalProperties: false,
      properties: {
        kinds: { type: "array", items: { type: "string", pattern: "^([A-Za-z0-9.-]+/){0,2}[A-Z][A-Za-z0-9]*$" }, minItems: 1 },
        environments: { type: "array", items: { type: "string", pattern: "^!?[^!]", errorMessage: "must be an environment name or pattern, optionally prefixed by ! to exclude" }, minItems: 1 },
        production: { type: "boolean" },
        namespaces: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
        labelSelector: selectorSchema
      }
    },
    select: { enum: ["resource", "podSpec", "containers", "mainContainers"], errorMessage: "must be resource, podSpec, containers or mainContainers" },
    schema: { type: "object" },
    builtin: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: { name: { enum: Object.keys(BUILTINS) }, params: { type: "object" } }
    },
    vars: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
      additionalProperties: { type: "object", additionalProperties: false, properties: { description: { type: "string" }, default: {} } }
    },
    remediation: { type: "string" },
    docs: { type: "string" }
  },
  oneOf: [{ required: ["schema"] }, { required: ["builtin"] }],
  errorMessage: { oneOf: 'must have exactly one of "schema" or "builtin"' }
};
var validatePolicyFile = compileLazily(policyFileSchema);
function parsePolicy(text, file) {
  const document = (0, import_yaml.parseDocument)(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    throw new ConfigError(first.message.split("\n")[0].replace(/:$/, ""), file);
  }
  const value = documentToJs(document, file);
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ConfigError("a policy file must be a mapping with id, description, severity, match and schema", file);
  if (!validatePolicyFile(value)) {
    const messages = (validatePolicyFile.errors ?? []).map((error) => {
      const key = error.instancePath.slice(1).replace(/\//g, ".");
      if (error.keyword === "additionalProperties") return `unknown key "${key ? `${key}.` : ""}${error.params.additionalProperty}"`;
      if (error.keyword === "required") return `missing key "${key ? `${key}.` : ""}${error.params.missingProperty}"`;
      return `${key || "(root)"}: ${error.message}`;
    });
    throw new ConfigError([...new Set(messages)].join("; "), file);
  }
  const raw = value;
  const policy = {
    id: raw.id,
    description: raw.description,
    severity: raw.severity,
    match: raw.match ?? {},
    select: raw.select ?? "resource",
    vars: raw.vars ?? {},
    file
  };
  if (raw.schema) policy.schema = raw.schema;
  if (raw.builtin) {
    const builtin = raw.builtin;
    policy.builtin = { name: builtin.name, params: builtin.params ?? {} };
  }
  if (typeof raw.remediation === "string") policy.remediation = raw.remediation;
  if (typeof raw.docs === "string") policy.docs = raw.docs;
  const names = referencedVars(policy.schema);
  for (const name of names) {
    if (!(name in policy.vars)) throw new ConfigError(`schema refers to {{ vars.${name} }} but "vars.${name}" is not declared`, file);
  }
  if ([...names].every((name) => policy.vars[name]?.default !== void 0)) compilePolicy(policy);
  return policy;
}
async function loadPolicies(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw new ConfigError(`cannot read policy directory: ${error.message}`, dir);
  }
  const policies = [];
  const seen = /* @__PURE__ */ new Map();
  for (const name of names) {
    const file = join4(dir, name);
    const policy = parsePolicy(await readFile2(file, "utf8"), file);
    const previous = seen.get(policy.id);
    if (previous) throw new ConfigError(`policy id "${policy.id}" is also declared in ${basename(previous)}`, file);
    seen.set(policy.id, file);
    policies.push(policy);
  }
  return policies;
}
var VAR_REFERENCE = /\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;
function referencedVars(schema) {
  const names = /* @__PURE__ */ new Set();
  const walk = (value) => {
    if (typeof value === "string") for (const match of value.matchAll(VAR_REFERENCE)) names.add(match[1]);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(schema);
  return names;
}
function substituteVars(policy, vars = {}) {
  if (!policy.schema) return void 0;
  const valueOf = (name) => {
    if (vars[name] !== void 0) return vars[name];
    const declared = policy.vars[name];
    if (declared?.default !== void 0) return declared.default;
    throw new ConfigError(`policy "${policy.id}" needs vars.${name}${declared?.description ? ` (${declared.description})` : ""}; set it under vars: in slipway.yaml`, policy.file);
  };
  const render = (name, filter) => {
    const value = valueOf(name);
    const list = Array.isArray(value) ? value : [value];
    if (filter === "regex") {
      if (list.length === 0 || !list.every((item) => typeof item === "string" && item !== "")) throw new ConfigError(`vars.${name} must be a non-empty string or list of strings for "| regex" (policy "${policy.id}")`, policy.file);
      return `(?:${list.map(escapeRegex2).join("|")})`;
    }
    if (filter !== void 0) throw new ConfigError(`unknown filter "| ${filter}" in {{ vars.${name} }} (known: regex)`, policy.file);
    return list.map(String).join(", ");
  };
  const walk = (value) => {
    if (typeof value === "string") {
      const whole = /^\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(value);
      if (whole) return valueOf(whole[1]);
      return value.replace(VAR_REFERENCE, (_all, name, filter) => render(name, filter));
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    return value;
  };
  return walk(policy.schema);
}
function escapeRegex2(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var ajv;
var compiled = /* @__PURE__ */ new WeakMap();
function compilePolicy(policy, vars = {}) {
  const schema = substituteVars(policy, vars);
  if (!schema) return void 0;
  const key = JSON.stringify(schema);
  let cache = compiled.get(policy);
  if (!cache) compiled.set(policy, cache = /* @__PURE__ */ new Map());
  let validate2 = cache.get(key);
  if (!validate2) {
    try {
      ajv ??= createAjv({ strictSchema: true });
      validate2 = ajv.compile(schema);
    } catch (error) {
      throw new ConfigError(`schema of policy "${policy.id}" is invalid: ${errorMessage(error)}`, policy.file);
    }
    cache.set(key, validate2);
  }
  return validate2;
}

// src/validation/policies/evaluate.ts
function evaluatePolicies(policies, resources, context) {
  const findings = [];
  const production = context.production ?? isProductionByName(context.environment);
  for (const policy of policies) {
    const severity = resolveSeverity(policy.id, policy.severity, context.environment, context.overrides);
    if (severity === "off") continue;
    const matched = resources.filter((resource) => policyMatches(policy, resource, context.environment, production));
    if (matched.length === 0) continue;
    const seen = /* @__PURE__ */ new Set();
    const add = (resource, path, message) => {
      const key = `${resource.index}|${resource.ref.kind}|${resource.ref.namespace}|${resource.ref.name}|${path}|${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        severity,
        rule: policy.id,
        message: policy.remediation ? `${message}. Fix: ${policy.remediation.trim()}` : message,
        environment: context.environment,
        resource: resource.ref,
        path
      });
    };
    if (policy.builtin) {
      const rule = BUILTINS[policy.builtin.name];
      if (!rule) throw new ConfigError(`unknown builtin "${policy.builtin.name}"`, policy.file);
      for (const violation of rule(matched, resources, policy.builtin.params)) add(violation.resource, violation.path, violation.message);
      continue;
    }
    const validate2 = compilePolicy(policy, context.vars);
    if (!validate2) continue;
    for (const resource of matched) {
      for (const { data, prefix } of subjects(policy, resource)) {
        if (validate2(data)) continue;
        for (const error of validate2.errors ?? []) {
          const described = describeError(error);
          if (described) add(resource, prefix + described.path, described.message);
        }
      }
    }
  }
  return findings;
}
function subjects(policy, resource) {
  if (policy.select === "resource") return [{ data: resource.object, prefix: "" }];
  const template = podTemplateOf(resource);
  if (!template) return [];
  if (policy.select === "podSpec") return [{ data: template.spec, prefix: template.pointer }];
  return containersOf(template).filter((ref) => policy.select === "containers" || ref.list === "containers").map((ref) => ({ data: ref.container, prefix: ref.pointer }));
}
function describeError(error) {
  if (error.keyword === "if") return void 0;
  const originals = error.keyword === "errorMessage" ? error.params.errors ?? [] : [error];
  const first = originals.find((original) => original.keyword !== "if") ?? originals[0];
  let path = first ? first.instancePath : error.instancePath;
  if (first?.keyword === "required") path += `/${escapePointer(first.params.missingProperty)}`;
  if (error.keyword === "errorMessage") return { path, message: error.message ?? "does not match the policy" };
  if (error.keyword === "required") return { path, message: `${readable(error.instancePath)} must have "${error.params.missingProperty}"` };
  return { path, message: `${readable(error.instancePath)} ${error.message ?? "does not match the policy"}` };
}
function readable(pointer) {
  return pointer === "" ? "the resource" : pointer.slice(1).split("/").join(".");
}

// src/validation/locate.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile as readFile3 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
var MERGE_KEYS = ["name", "containerPort", "port", "mountPath", "devicePath", "key", "id", "ip", "topologyKey"];
async function locateFindings(findings, results, repoRoot, inMemory) {
  const cache = /* @__PURE__ */ new Map();
  const load = (file) => {
    let entry = cache.get(file);
    if (!entry) {
      entry = readSource(resolve2(repoRoot, file));
      cache.set(file, entry);
    }
    return entry;
  };
  const texts = /* @__PURE__ */ new Map();
  const documentAt = async (file, line) => {
    let lines = texts.get(file);
    if (!lines) {
      const text = inMemory?.get(file);
      lines = text !== void 0 ? Promise.resolve(text.split("\n")) : readFile3(resolve2(repoRoot, file), "utf8").then(
        (read) => read.split("\n"),
        () => void 0
      );
      texts.set(file, lines);
    }
    return parseDocumentAt(await lines ?? [], line);
  };
  const byEnvironment = /* @__PURE__ */ new Map();
  for (const result of results) {
    const index2 = /* @__PURE__ */ new Map();
    for (const resource of result.resources) index2.set(refKey(resource.ref), resource);
    byEnvironment.set(result.environment.name, index2);
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const result of results)
    for (const resource of result.resources)
      if (resource.line !== void 0 && resource.file) byFile.set(`${resource.file}|${refKey(resource.ref)}`, resource);
  for (const finding of findings) {
    if (finding.line !== void 0 || !finding.resource) continue;
    const resource = (finding.environment ? byEnvironment.get(finding.environment)?.get(refKey(finding.resource)) : void 0) ?? (finding.file ? byFile.get(`${finding.file}|${refKey(finding.resource)}`) : void 0);
    if (!resource) continue;
    try {
      const location = await locate(resource, finding.path ?? "", load, documentAt);
      if (!location) continue;
      finding.file = location.file;
      finding.line = location.line;
      finding.column = location.column;
      if (!location.exact) finding.locationApproximate = true;
    } catch {
    }
  }
}
async function locate(resource, pointer, load, documentAt) {
  const tokens = pointerTokens(pointer);
  const origin = resource.origin;
  if (!origin) {
    if (!resource.file || resource.line === void 0) return void 0;
    const found = await documentAt(resource.file, resource.line);
    if (!found) return void 0;
    const location = navigate(found.document, found.source, resource.file, tokens, resource.object, false);
    return location && { ...location, line: location.line + resource.line - 1 };
  }
  for (const step of [...origin.transformations].reverse()) {
    const found = await fromTransformer(step.kind, step.configuredIn, resource, tokens, load);
    if (found) return found;
  }
  if (origin.path && !origin.repo) {
    const source = await load(origin.path);
    const document = source && findDocument(source, resource.object);
    if (source && document) return navigate(document, source, origin.path, tokens, resource.object, false);
  }
  if (origin.configuredIn) {
    const found = await kustomizationEntry(
      origin.configuredIn,
      ["configMapGenerator", "secretGenerator"],
      resource,
      load
    );
    if (found) return { ...found, exact: false };
  }
  return void 0;
}
async function fromTransformer(kind, kustomization, resource, tokens, load) {
  const pointer = `/${tokens.join("/")}`;
  const source = await load(kustomization);
  const document = source?.documents[0];
  if (!source || !document || !(0, import_yaml2.isMap)(document.contents)) return void 0;
  const root = document.contents;
  if (kind === "ImageTagTransformer" && /\/(containers|initContainers|ephemeralContainers)\/\d+\/image$/.test(pointer)) {
    const image = String(valueAt(resource.object, tokens) ?? "");
    const repository = image.split("@")[0].replace(/:[^/:]*$/, "");
    const images = root.get("images", true);
    if ((0, import_yaml2.isSeq)(images)) {
      for (const entry of images.items) {
        if (!(0, import_yaml2.isMap)(entry)) continue;
        const name = String(entry.get("newName") ?? entry.get("name") ?? "");
        if (name === repository || image.startsWith(`${name}:`) || image.startsWith(`${name}@`)) {
          const tag = entry.get("newTag");
          const digest = entry.get("digest");
          if (tag !== void 0 && !image.includes(`:${String(tag)}`) || digest !== void 0 && !image.endsWith(`@${String(digest)}`))
            continue;
          const node = entry.get("digest", true) && image.includes("@") ? entry.get("digest", true) : entry.get("newTag", true) ?? entry;
          return position(node, source, kustomization, true);
        }
      }
    }
  }
  if (kind === "ReplicaCountTransformer" && pointer === "/spec/replicas") {
    const replicas = root.get("replicas", true);
    const entry = (0, import_yaml2.isSeq)(replicas) ? bestNamedEntry(replicas.items, resource.ref.name) : void 0;
    if (entry && !valueDiffers(
      entry.get("count", true),
      resource.object.spec && resource.object.spec.replicas
    )) {
      return position(entry.get("count", true) ?? entry, source, kustomization, true);
    }
  }
  if (kind === "NamespaceTransformer" && pointer === "/metadata/namespace")
    return keyLine(root, "namespace", source, kustomization);
  if (kind === "PrefixTransformer" && pointer === "/metadata/name")
    return keyLine(root, "namePrefix", source, kustomization);
  if (kind === "SuffixTransformer" && pointer === "/metadata/name")
    return keyLine(root, "nameSuffix", source, kustomization);
  if (kind === "ReplacementTransformer") return fromReplacements(root, kustomization, resource, tokens, source);
  if (kind === "PatchTransformer" || kind === "PatchStrategicMergeTransformer" || kind === "PatchJson6902Transformer") {
    return fromPatches(root, kustomization, resource, tokens, source, load);
  }
  return void 0;
}
async function fromPatches(root, kustomization, resource, tokens, source, load) {
  const dir = kustomization.split("/").slice(0, -1).join("/");
  const entries = [];
  for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
    const list = root.get(key, true);
    if ((0, import_yaml2.isSeq)(list)) entries.push(...list.items);
  }
  for (const entry of entries.reverse()) {
    let patchFile;
    let inline;
    if ((0, import_yaml2.isScalar)(entry)) patchFile = String(entry.value);
    else if ((0, import_yaml2.isMap)(entry)) {
      if (entry.has("path")) patchFile = String(entry.get("path"));
      else inline = entry.get("patch", true);
      const target = entry.get("target");
      if (target && !targetMatches(target.toJSON?.() ?? target, resource)) continue;
    }
    if (patchFile) {
      const file = dir ? `${dir}/${patchFile}` : patchFile;
      const patch = await load(file);
      if (!patch) continue;
      for (const document of patch.documents) {
        const found = claim(document, patch, file, tokens, resource);
        if (found) return found;
      }
    } else if (inline && (0, import_yaml2.isScalar)(inline) && typeof inline.value === "string") {
      const text = inline.value;
      const lines = new import_yaml2.LineCounter();
      const documents = (0, import_yaml2.parseAllDocuments)(text, { lineCounter: lines, keepSourceTokens: false });
      const parsed = {
        documents: Array.isArray(documents) ? documents : [documents],
        lines,
        text: text.split("\n")
      };
      for (const document of parsed.documents) {
        const found = claim(document, parsed, kustomization, tokens, resource);
        if (found) {
          const start = source.lines.linePos(inline.range?.[0] ?? 0);
          if (inline.type === "BLOCK_LITERAL" || inline.type === "BLOCK_FOLDED") {
            const firstContentLine = source.text[start.line] ?? "";
            const indent = firstContentLine.length - firstContentLine.trimStart().length;
            return { ...found, line: start.line + found.line, column: found.column + indent };
          }
          return { ...found, line: start.line + found.line - 1, column: start.col, exact: false };
        }
      }
    }
  }
  return void 0;
}
function fromReplacements(root, kustomization, resource, tokens, source) {
  const replacements = root.get("replacements", true);
  if (!(0, import_yaml2.isSeq)(replacements)) return void 0;
  for (const replacement of replacements.items) {
    const targets = (0, import_yaml2.isMap)(replacement) ? replacement.get("targets", true) : void 0;
    if (!(0, import_yaml2.isSeq)(targets)) continue;
    for (const target of targets.items) {
      if (!(0, import_yaml2.isMap)(target)) continue;
      const select = target.get("select")?.toJSON?.();
      if (select?.kind && select.kind !== resource.ref.kind) continue;
      const fieldPaths = target.get("fieldPaths", true);
      if (!(0, import_yaml2.isSeq)(fieldPaths)) continue;
      for (const fieldPath of fieldPaths.items) {
        if ((0, import_yaml2.isScalar)(fieldPath) && fieldPathMatches(String(fieldPath.value), tokens))
          return position(fieldPath, source, kustomization, true);
      }
    }
  }
  return void 0;
}
function fieldPathMatches(fieldPath, tokens) {
  const parts = fieldPath.match(/\[[^\]]*\]|[^.]+/g) ?? [];
  if (parts.length !== tokens.length) return false;
  return parts.every(
    (part, i) => part === "*" || part === tokens[i] || part.startsWith("[") && /^\d+$/.test(tokens[i])
  );
}
function claim(document, source, file, tokens, resource) {
  const contents = document.contents;
  if ((0, import_yaml2.isSeq)(contents)) {
    const pointer = `/${tokens.join("/")}`;
    for (const op of contents.items) {
      if (!(0, import_yaml2.isMap)(op)) continue;
      const path = String(op.get("path") ?? "");
      if (path && (pointer === path || pointer.startsWith(`${path}/`))) return position(op, source, file, true);
    }
    return void 0;
  }
  if (!(0, import_yaml2.isMap)(contents)) return void 0;
  const kind = contents.get("kind");
  if (kind !== void 0 && kind !== resource.ref.kind) return void 0;
  const name = contents.getIn(["metadata", "name"]);
  if (typeof name === "string" && name !== resource.ref.name && !new RegExp(`(^|-)${escapeRegExp(name)}(-|$)`).test(resource.ref.name))
    return void 0;
  const found = navigate(document, source, file, tokens, resource.object, true);
  return found?.exact ? found : void 0;
}
function targetMatches(target, resource) {
  if (target.kind && target.kind !== resource.ref.kind) return false;
  if (typeof target.name === "string" && !new RegExp(`^(.*-)?${escapeRegExp(target.name)}(-.*)?$`).test(resource.ref.name) && !new RegExp(`^${target.name}$`).test(resource.ref.name))
    return false;
  return true;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function navigate(document, source, file, tokens, object, strictLists) {
  let node = document.contents;
  let rendered = object;
  let deepest = node ?? void 0;
  let consumed = 0;
  for (const token of tokens) {
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml2.isScalar)(item.key) && String(item.key.value) === token
      );
      if (!pair) break;
      node = pair.value ?? pair.key;
      deepest = pair.key ?? node;
    } else if ((0, import_yaml2.isSeq)(node)) {
      const renderedItem = Array.isArray(rendered) ? rendered[Number(token)] : void 0;
      let match;
      const key = renderedItem && typeof renderedItem === "object" ? MERGE_KEYS.find((candidate) => candidate in renderedItem) : void 0;
      if (key)
        match = node.items.find(
          (item) => (0, import_yaml2.isMap)(item) && String(item.get(key)) === String(renderedItem[key])
        );
      if (!match && !strictLists) match = node.items[Number(token)];
      if (!match) break;
      node = match;
      deepest = match;
    } else break;
    rendered = rendered && typeof rendered === "object" ? rendered[token] : void 0;
    consumed++;
  }
  if (!deepest) return void 0;
  const exact = consumed === tokens.length && !valueDiffers(node, rendered);
  return position(deepest, source, file, exact);
}
function valueDiffers(node, rendered) {
  if (!(0, import_yaml2.isScalar)(node) || rendered === void 0 || rendered !== null && typeof rendered === "object") return false;
  return String(node.value) !== String(rendered);
}
function bestNamedEntry(items, resourceName) {
  let best;
  for (const entry of items) {
    if (!(0, import_yaml2.isMap)(entry)) continue;
    const name = String(entry.get("name") ?? "");
    if (!name) continue;
    if (name === resourceName) return entry;
    if (new RegExp(`(^|-)${escapeRegExp(name)}(-|$)`).test(resourceName) && (!best || name.length > best.length))
      best = { entry, length: name.length };
  }
  return best?.entry;
}
function findDocument(source, object) {
  const kind = object.kind;
  const name = String(object.metadata?.name ?? "");
  const sameKind = source.documents.filter(
    (document) => (0, import_yaml2.isMap)(document.contents) && document.contents.get("kind") === kind
  );
  return sameKind.find((document) => document.contents.getIn(["metadata", "name"]) === name) ?? sameKind.find(
    (document) => name.includes(String(document.contents.getIn(["metadata", "name"]) ?? "\0"))
  ) ?? sameKind[0] ?? source.documents[0];
}
async function kustomizationEntry(kustomization, keys, resource, load) {
  const source = await load(kustomization);
  const root = source?.documents[0]?.contents;
  if (!source || !(0, import_yaml2.isMap)(root)) return void 0;
  for (const key of keys) {
    const list = root.get(key, true);
    const entry = (0, import_yaml2.isSeq)(list) ? bestNamedEntry(list.items, resource.ref.name) : void 0;
    if (entry) return position(entry, source, kustomization, false);
  }
  return void 0;
}
function keyLine(root, key, source, file) {
  const pair = root.items.find((item) => (0, import_yaml2.isScalar)(item.key) && item.key.value === key);
  return pair ? position(pair.key, source, file, true) : void 0;
}
function position(node, source, file, exact) {
  const { line, col } = source.lines.linePos(node.range?.[0] ?? 0);
  return { file, line, column: col, exact };
}
function valueAt(object, tokens) {
  let current = object;
  for (const token of tokens)
    current = current && typeof current === "object" ? current[token] : void 0;
  return current;
}
function parseDocumentAt(lines, line) {
  let end = line - 1;
  while (end < lines.length && !/^---(?:\s.*)?$/.test(lines[end])) end++;
  const lineCounter = new import_yaml2.LineCounter();
  const [document] = (0, import_yaml2.parseAllDocuments)(lines.slice(line - 1, end).join("\n"), { lineCounter });
  const text = lines.slice(line - 1, end);
  return document ? { document, source: { documents: [document], lines: lineCounter, text } } : void 0;
}
async function readSource(path) {
  try {
    const text = await readFile3(path, "utf8");
    const lines = new import_yaml2.LineCounter();
    const parsed = (0, import_yaml2.parseAllDocuments)(text, { lineCounter: lines });
    return {
      documents: Array.isArray(parsed) ? parsed : [parsed],
      lines,
      text: text.split("\n")
    };
  } catch {
    return void 0;
  }
}

// src/validation/origin-index.ts
import { readFile as readFile4 } from "node:fs/promises";
import { dirname as dirname2, relative, resolve as resolve3, sep } from "node:path";
function createOriginIndexCache() {
  return { documents: /* @__PURE__ */ new Map() };
}
var UNPREFIXED = /* @__PURE__ */ new Set(["CustomResourceDefinition", "APIService", "Namespace"]);
var CLUSTER_SCOPED2 = /* @__PURE__ */ new Set([
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
  const root = resolve3(repoRoot, environment.path);
  const gaps = [];
  const nodes = /* @__PURE__ */ new Map();
  const order = [];
  try {
    for await (const ref of walkKustomization(root, {
      boundary: repoRoot,
      onKustomization: (file, data) => {
        nodes.set(dirname2(file), { file, data, refs: [] });
        order.push(dirname2(file));
      }
    })) {
      nodes.get(dirname2(ref.from))?.refs.push(ref);
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
    if (namespace && !CLUSTER_SCOPED2.has(entry.kind)) entry.namespace = namespace;
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
    entry = readFile4(path, "utf8").then(
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

// src/validation/validate.ts
var STDIN_FILE = "<stdin>";
async function validate(options) {
  const started = performance.now();
  const config = options.config ?? await loadConfig(options.repoRoot, options.configFile);
  const renderOptions = { ...options, config, buildMetadata: false, onRendered: void 0 };
  const stdinOnly = options.stdin !== void 0 && !options.paths?.length;
  const discovery = stdinOnly ? { environments: [], skipped: [], projects: [], applications: [], definitions: [] } : await discoverEnvironments(renderOptions);
  const definitionsName = definitionsEnvironmentName(discovery);
  const shard = options.shard && shardOf(discovery, options.shard, options.shardWeights, definitionsName);
  let done = 0;
  const total = discovery.environments.length;
  let buildStarted;
  const firstBuild = new Promise((resolve4) => buildStarted = resolve4);
  const rendering = renderDiscovered(discovery.environments, {
    ...renderOptions,
    onBuildStarted: () => buildStarted(),
    onRendered: (result) => options.onRendered?.(result, { done: ++done, total })
  });
  const loading = (async () => {
    await Promise.race([firstBuild, rendering.then(noop, noop)]);
    const policies2 = [];
    for (const dir of config.policies?.paths ?? ["policies"])
      policies2.push(...await loadPolicies(join5(options.repoRoot, dir)).catch(ignoreMissingDir));
    checkOverrideIds(
      policies2,
      checkRuleIds(),
      config,
      config.file ? relative2(options.repoRoot, config.file) : "slipway.yaml"
    );
    return policies2;
  })();
  const [policies, results] = await Promise.all([loading, rendering]);
  if (discovery.definitions.length > 0 && (!shard || shard.definitions))
    results.push(argoCdDefinitions(discovery, config, options.kubernetesVersion, definitionsName));
  if (options.stdin !== void 0)
    results.push(stdinEnvironment(options.stdin, results, config, options.kubernetesVersion));
  const findings = [...discovery.skipped];
  const configuredAt = await schemaLocationLines(config, options.repoRoot);
  const validators = /* @__PURE__ */ new Map();
  const validatorFor = (kubernetesVersion) => {
    let validator = validators.get(kubernetesVersion);
    if (!validator) {
      validator = createSchemaValidator({
        kubernetesVersion,
        locations: [
          ...options.schemaLocations ?? [],
          ...(config.schemaLocations ?? []).map((location) => fromRepoRoot(options.repoRoot, location))
        ],
        cwd: options.cwd ?? options.repoRoot,
        cacheDir: options.cacheDir,
        strict: config.strict ?? true,
        missingSchema: config.missingSchema ?? "warning",
        unreachableLocation: config.unreachableSchemaLocation ?? "error",
        whereConfigured: configuredAt
      });
      validators.set(kubernetesVersion, validator);
    }
    return validator;
  };
  const environments = [];
  for (const result of results) {
    const { environment } = result;
    findings.push(...result.findings);
    const validator = validatorFor(environment.kubernetesVersion);
    const schemaSources = {};
    const customResources = customResourceSchemas(result.resources);
    for (const resource of result.resources) {
      const outcome = await validator.validate(resource, customResources);
      schemaSources[outcome.source] = (schemaSources[outcome.source] ?? 0) + 1;
      for (const finding of outcome.findings)
        findings.push({ ...finding, environment: environment.name, resource: finding.resource ?? resource.ref });
    }
    findings.push(
      ...checkApiVersions(result.resources, environment.kubernetesVersion, environment.name, config.checks?.overrides)
    );
    const vars = { ...config.vars, ...config.environments?.[environment.name]?.vars };
    const production = isProductionEnvironment(config, environment.name);
    findings.push(
      ...evaluatePolicies(policies, result.resources, {
        environment: environment.name,
        vars,
        overrides: config.policies?.overrides,
        production
      })
    );
    environments.push({
      name: environment.name,
      path: environment.path,
      resources: result.resources.length,
      renderMs: result.renderMs,
      kubernetesVersion: environment.kubernetesVersion,
      schemaSources
    });
  }
  const unreachable = /* @__PURE__ */ new Set();
  for (const validator of validators.values()) {
    for (const finding of validator.locationFindings()) {
      if (unreachable.has(finding.message)) continue;
      unreachable.add(finding.message);
      findings.push(finding);
    }
  }
  findings.push(
    ...runChecks(
      { repoRoot: options.repoRoot, results, projects: discovery.projects.map((project) => project.object) },
      { overrides: config.checks?.overrides }
    )
  );
  const notes = [];
  const inMemory = options.stdin !== void 0 ? /* @__PURE__ */ new Map([[STDIN_FILE, options.stdin]]) : void 0;
  if (options.locate !== false) {
    const located = await withOrigins(results, findings, renderOptions);
    notes.push(...located.notes);
    await locateFindings(findings, located.results, options.repoRoot, inMemory);
    notes.push(...await markUnlocated(findings, results, options.repoRoot));
  }
  sortFindings(findings);
  const { errors, warnings } = countBySeverity(findings);
  return {
    summary: {
      environments: environments.length,
      resources: environments.reduce((sum, env) => sum + env.resources, 0),
      errors,
      warnings,
      durationMs: Math.round(performance.now() - started)
    },
    environments,
    findings,
    ...notes.length > 0 ? { notes } : {},
    ...shard ? { shard: shard.info } : {}
  };
}
function shardOf(discovery, shard, weights, definitionsName) {
  const definitions = discovery.definitions.length > 0 ? [definitionsName] : [];
  const order = [...discovery.environments.map((env) => env.name), ...definitions];
  const assignment = assignShards(order, shard.count, weights);
  const mine = (name) => (assignment.get(name) ?? stableHash(name) % shard.count + 1) === shard.index;
  discovery.environments = discovery.environments.filter((env) => mine(env.name));
  discovery.skipped = discovery.skipped.filter((finding) => mine(finding.environment ?? ""));
  return { info: { ...shard, order }, definitions: definitions.length > 0 && mine(definitions[0]) };
}
async function withOrigins(results, findings, options) {
  const wanted = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.resource || finding.line !== void 0 || !finding.environment) continue;
    const keys = wanted.get(finding.environment) ?? /* @__PURE__ */ new Set();
    keys.add(refKey(finding.resource));
    wanted.set(finding.environment, keys);
  }
  const cache = createOriginIndexCache();
  const undecided = /* @__PURE__ */ new Map();
  for (const result of results) {
    const keys = wanted.get(result.environment.name);
    if (!keys || result.environment.type === "yaml" || result.resources.length === 0) continue;
    const index2 = await buildOriginIndex(options.repoRoot, result.environment, cache);
    let count = 0;
    for (const resource of result.resources) {
      if (!keys.has(refKey(resource.ref))) continue;
      const origin = index2.originOf(resource);
      if (origin) resource.origin = origin;
      else count++;
    }
    if (count > 0) undecided.set(result.environment.name, { count, gaps: index2.gaps });
  }
  if (undecided.size === 0) return { results, notes: [] };
  const again = results.filter((result) => undecided.has(result.environment.name));
  const rerendered = await renderDiscovered(
    again.map((result) => result.environment),
    { ...options, buildMetadata: true, onRendered: void 0 }
  );
  const notes = [];
  const byName = /* @__PURE__ */ new Map();
  for (const result of rerendered) {
    const { count, gaps } = undecided.get(result.environment.name);
    const why = gaps.length > 0 ? ` (${gaps.slice(0, 3).join("; ")})` : "";
    const failed = result.findings.find((finding) => finding.rule === "render");
    if (failed) {
      notes.push(
        `${result.environment.name}: ${plural(count, "resource")} with findings not in the static origin index${why}, and the build with origin annotations failed: ${failed.message}`
      );
      continue;
    }
    notes.push(
      `${result.environment.name}: ${plural(count, "resource")} with findings not in the static origin index${why}; located with a second build with origin annotations`
    );
    byName.set(result.environment.name, result);
  }
  return { results: results.map((result) => byName.get(result.environment.name) ?? result), notes };
}
async function markUnlocated(findings, results, repoRoot) {
  const environments = new Map(results.map((result) => [result.environment.name, result.environment]));
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.line !== void 0 || !finding.resource || !finding.environment) continue;
    const environment = environments.get(finding.environment);
    if (!environment || environment.type === "yaml") continue;
    if (!finding.file || finding.file === environment.path) {
      const name = await findKustomizationFile(join5(repoRoot, environment.path));
      finding.file = environment.application?.file ?? (name ? `${environment.path}/${name}` : environment.path);
    }
    finding.locationApproximate = true;
    counts.set(environment.name, (counts.get(environment.name) ?? 0) + 1);
  }
  return [...counts].map(
    ([name, count]) => `${name}: the source line of ${plural(count, "finding")} could not be determined; they point at ${environments.get(name)?.application ? "the Application" : "the kustomization"}`
  );
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
var ARGOCD_ENVIRONMENT = "argocd";
function definitionsEnvironmentName(discovery) {
  const taken = new Set(discovery.environments.map((env) => env.name));
  return taken.has(ARGOCD_ENVIRONMENT) ? `${ARGOCD_ENVIRONMENT}-definitions` : ARGOCD_ENVIRONMENT;
}
function argoCdDefinitions(discovery, config, kubernetesVersion, name) {
  const dirs = [
    ...new Set(discovery.definitions.map((resource) => (resource.file ?? "").split("/").slice(0, -1).join("/") || "."))
  ];
  const environment = {
    name,
    path: dirs.length === 1 ? dirs[0] : dirs.join(", "),
    type: "yaml",
    kubernetesVersion: kubernetesVersionFor(config, name, kubernetesVersion)
  };
  return { environment, resources: discovery.definitions, renderMs: 0, findings: [] };
}
function stdinEnvironment(text, results, config, kubernetesVersion) {
  const taken = new Set(results.map((result) => result.environment.name));
  const name = taken.has("stdin") ? "<stdin>" : "stdin";
  const environment = {
    name,
    path: "-",
    type: "yaml",
    kubernetesVersion: kubernetesVersionFor(config, name, kubernetesVersion)
  };
  const started = performance.now();
  const parsed = parseYamlStream(text, STDIN_FILE);
  const findings = parsed.errors.map((error) => ({
    severity: "error",
    rule: "parse",
    message: error.message,
    environment: name,
    file: error.file ?? STDIN_FILE,
    line: error.line,
    column: error.column
  }));
  return { environment, resources: parsed.resources, renderMs: Math.round(performance.now() - started), findings };
}
function ignoreMissingDir(error) {
  if (error.code === "ENOENT") return [];
  throw error;
}
async function schemaLocationLines(config, repoRoot) {
  const entries = config.schemaLocations ?? [];
  if (!config.file || entries.length === 0) return () => void 0;
  const file = relative2(repoRoot, config.file);
  const lines = await readFile5(config.file, "utf8").then(
    (text) => text.split("\n"),
    () => []
  );
  const byResolved = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const at3 = lines.findIndex((text) => /^\s*-\s/.test(text) && text.includes(entry));
    byResolved.set(fromRepoRoot(repoRoot, entry), at3 >= 0 ? { file, line: at3 + 1 } : { file });
  }
  return (location) => byResolved.get(location);
}
function fromRepoRoot(repoRoot, location) {
  return location === "default" || /^[a-z]+:\/\//i.test(location) || isAbsolute2(location) ? location : join5(repoRoot, location);
}
function noop() {
}

export {
  validate
};
//# sourceMappingURL=chunk-XABRHHBP.js.map
