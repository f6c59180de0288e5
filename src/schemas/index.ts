/**
 * Strict schema validation of Kubernetes resources: schemas looked up in the configured
 * locations (catalog directories, kubeconform templates, URLs), then in the built-in
 * `kubernetes-models` fallback; violations become findings with JSON pointers.
 */
import type { Ajv } from 'ajv'
import { ConfigError, errorMessage } from '../errors.js'
import type { Resource } from '../manifests/resource.js'
import type { Finding, Severity } from '../validation/finding.js'
import { compileSchema, createSchemaAjv } from './ajv.js'
import { violationsOf, type Violation } from './errors.js'
import { installedModelPackages, loadModelValidator } from './fallback.js'
import { defaultCacheDir, SchemaDownloadError, type HttpOptions } from './http.js'
import { normalizeKubernetesVersion } from './naming.js'
import { normalizeSchema, type JsonSchema } from './normalize.js'
import { createSchemaSources, isLookupSafe, type SchemaSource } from './sources.js'

export { writeCatalog, type CatalogEntry } from './catalog.js'
export { importCrds, importOpenApi, type ImportSummary } from './importer.js'
export { crdsToCatalog, type CrdImportOptions } from './crd.js'
export { openApiToCatalog, type OpenApiImportOptions } from './openapi.js'
export { normalizeSchema, type JsonSchema, type NormalizeOptions } from './normalize.js'
export { createSchemaSources, type SchemaSource, type FoundSchema } from './sources.js'
export { defaultCacheDir, fetchSchemaText, SchemaDownloadError, type HttpOptions } from './http.js'
export { templateVariables, renderTemplate, normalizeKubernetesVersion, catalogFileName, crdCatalogPath } from './naming.js'

/** Options of {@link createSchemaValidator}. */
export interface SchemaValidatorOptions {
  /** Target Kubernetes version, `X.Y` (also `X.Y.Z`, `master`). */
  kubernetesVersion: string
  /** `--schema-location` values / config, tried in order; `[]` = no location, fallback only. */
  locations: string[]
  /** HTTP download cache. Default: `$XDG_CACHE_HOME/slipway/schemas`, else `<os tmp>/slipway-schema-cache`. */
  cacheDir?: string
  /** Unknown fields are errors (objects closed; `-strict` catalog variants picked). Default true. */
  strict?: boolean
  /** Severity of the `no-schema` finding, or `ignore` for none. Default `warning`. */
  missingSchema?: 'warning' | 'error' | 'ignore'
  /** Injectable for tests. Default: the global `fetch`. */
  fetch?: typeof fetch
  /** Relative local locations resolve against this directory. Default: `process.cwd()`. */
  cwd?: string
  /** Download retries, backoff and timeout (see {@link HttpOptions}); `fetch` and `cacheDir` above take precedence. */
  http?: Omit<HttpOptions, 'fetch' | 'cacheDir'>
}

/** What validating one resource found. */
export interface SchemaResult {
  /**
   * Which source validated the resource: a location's name (`catalog:/abs/dir`,
   * `url:https://…{{ .ResourceKind }}…`), `kubernetes-models:<package>@<version> (…; unknown fields not checked)`,
   * or `none` when no schema was found.
   */
  source: string
  /** Findings without `environment` (the caller adds it). */
  findings: Finding[]
}

/** Validates resources against their schemas. */
export interface SchemaValidator {
  /** Never throws for bad input: problems become findings. */
  validate(resource: Resource): Promise<SchemaResult>
}

interface Resolved {
  source: string
  check(object: object): Violation[]
}

interface Resolution {
  resolved?: Resolved
  /** Problems met while looking up (download failures, broken schema files), reported once, on the first resource of the kind. */
  problems: Omit<Finding, 'resource'>[]
}

/**
 * Creates a validator for one Kubernetes version and list of locations. Schemas are looked
 * up once per apiVersion/kind and compiled once (cache per validator: create one per
 * version and location list, and reuse it for all resources).
 *
 * Lookup order: each location in turn (see {@link createSchemaSources}); the first with a
 * schema wins. A location whose download fails after its retries is reported once as a
 * warning (`schema-source`) and skipped for the rest of the run; a schema file that is
 * not JSON or does not compile is an error (`schema-source`) naming the file, and the
 * lookup continues. Then the `kubernetes-models` fallback; then `no-schema`.
 *
 * Before validation, object fields set to `null` are dropped: the API server treats them
 * as unset (built-in types decode null as the zero value; CRD fields without `nullable`
 * are pruned). Findings: rule `schema`, severity error, `path` a JSON pointer.
 *
 * @throws UsageError for an invalid Kubernetes version, a malformed template or a missing local location.
 */
export function createSchemaValidator(options: SchemaValidatorOptions): SchemaValidator {
  const strict = options.strict ?? true
  const kubernetesVersion = options.kubernetesVersion
  normalizeKubernetesVersion(kubernetesVersion)
  const http: HttpOptions = { ...options.http, fetch: options.fetch, cacheDir: options.cacheDir ?? defaultCacheDir() }
  const sources = createSchemaSources(options.locations, { kubernetesVersion, strict, cwd: options.cwd, http })
  const missingSchema = options.missingSchema ?? 'warning'
  const down = new Set<SchemaSource>()
  const resolutions = new Map<string, Promise<Resolution>>()
  let ajv: Ajv | undefined

  const resolve = async (kind: string, apiVersion: string): Promise<Resolution> => {
    const problems: Resolution['problems'] = []
    for (const source of sources) {
      if (down.has(source)) continue
      try {
        const found = await source.find(kind, apiVersion)
        if (!found) continue
        ajv ??= createSchemaAjv()
        const validateFn = compileSchema(ajv, withObjectFields(normalizeSchema(found.schema, { strict })), found.from)
        return {
          problems,
          resolved: {
            source: source.name,
            check: (object) => (validateFn(object) ? [] : violationsOf(validateFn.errors ?? [], object)),
          },
        }
      } catch (error) {
        if (error instanceof SchemaDownloadError) {
          down.add(source)
          problems.push({ severity: 'warning', rule: 'schema-source', message: `${error.message}; skipping ${source.name} for the rest of this run` })
        } else if (error instanceof ConfigError) {
          problems.push({ severity: 'error', rule: 'schema-source', message: error.message })
        } else throw error
      }
    }
    const model = await loadModelValidator(kind, apiVersion)
    if (model) {
      return {
        problems,
        resolved: { source: `kubernetes-models:${model.origin}; unknown fields not checked`, check: (object) => violationsOf(model.validate(object), object) },
      }
    }
    return { problems }
  }

  return {
    async validate(resource) {
      const { apiVersion, kind } = resource.ref
      const base = { resource: resource.ref, ...(resource.file ? { file: resource.file } : {}) }
      if (!apiVersion || !kind) {
        return { source: 'none', findings: [{ severity: 'error', rule: 'schema', message: `resource has no ${!apiVersion ? 'apiVersion' : 'kind'}; cannot pick a schema`, path: '', ...base }] }
      }
      if (!isLookupSafe(kind, apiVersion)) {
        return { source: 'none', findings: [{ severity: 'error', rule: 'schema', message: `invalid apiVersion "${apiVersion}" or kind "${kind}"`, path: '', ...base }] }
      }
      const key = `${apiVersion}|${kind}`
      let pending = resolutions.get(key)
      const first = !pending
      if (!pending) {
        pending = resolve(kind, apiVersion)
        resolutions.set(key, pending)
      }
      const resolution = await pending
      const findings: Finding[] = first ? resolution.problems.map((problem) => ({ ...problem, ...base })) : []
      if (!resolution.resolved) {
        if (missingSchema !== 'ignore') {
          const where = sources.length > 0 ? `in ${sources.map((source) => source.name).join(', ')} or ` : 'in '
          const fallback = installedModelPackages().length > 0 ? 'the built-in kubernetes-models' : 'the built-in fallback, whose kubernetes-models packages are not installed (run npm ci, or pass --schema-location)'
          findings.push({ severity: missingSchema as Severity, rule: 'no-schema', message: `no schema for ${apiVersion} ${kind} ${where}${fallback}; not validated`, ...base })
        }
        return { source: 'none', findings }
      }
      let violations: Violation[]
      try {
        violations = resolution.resolved.check(withoutNullFields(resource.object) as object)
      } catch (error) {
        findings.push({ severity: 'error', rule: 'schema-source', message: `validator of ${resolution.resolved.source} failed: ${errorMessage(error)}`, ...base })
        return { source: resolution.resolved.source, findings }
      }
      for (const violation of violations) findings.push({ severity: 'error', rule: 'schema', message: violation.message, path: violation.path, ...base })
      return { source: resolution.resolved.source, findings }
    },
  }
}

/** Returns `value` without object fields whose value is null (a copy only where something is dropped). */
function withoutNullFields(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item = value[i]
      const pruned = typeof item === 'object' && item !== null ? withoutNullFields(item) : item
      if (pruned !== item) (copy ??= value.slice())[i] = pruned
    }
    return copy ?? value
  }
  if (typeof value !== 'object' || value === null) return value
  let copy: Record<string, unknown> | undefined
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key]
    if (field === null) {
      copy ??= { ...(value as Record<string, unknown>) }
      delete copy[key]
    } else if (typeof field === 'object') {
      const pruned = withoutNullFields(field)
      if (pruned !== field) (copy ??= { ...(value as Record<string, unknown>) })[key] = pruned
    }
  }
  return copy ?? value
}

/**
 * The API server accepts `apiVersion`, `kind` and `metadata` on every object, whether or
 * not a CRD's schema declares them (apiextensions-apiserver adds them to every structural
 * schema). Some published CRD schemas (Istio's, in the CRDs-catalog) describe only `spec`
 * and `status`; closing those at the root would flag every resource.
 */
function withObjectFields(schema: JsonSchema): JsonSchema {
  const properties = schema.properties as Record<string, unknown> | undefined
  if (!properties || (properties.apiVersion && properties.kind && properties.metadata)) return schema
  return {
    ...schema,
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      ...properties,
    },
  }
}
