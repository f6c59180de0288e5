/**
 * Strict schema validation of Kubernetes resources: schemas from the CRDs rendered in the
 * same environment, then the configured locations (catalog directories, kubeconform
 * templates, URLs), then the catalogs that ship with Slipway (every shipped Kubernetes
 * version and the common CRDs); violations become findings with JSON pointers.
 */
import { createHash } from 'node:crypto'
import type { Ajv, ValidateFunction } from 'ajv'
import { ConfigError, errorMessage } from '../errors.js'
import type { Resource } from '../manifests/resource.js'
import type { Finding, Severity } from '../findings/finding.js'
import { compileSchema, createSchemaAjv } from './ajv.js'
import { createBuiltinSource, openBuiltinCatalog } from './builtin.js'
import { crdObjectToCatalog } from './crd.js'
import { violationsOf, type Violation } from './errors.js'
import { defaultCacheDir, SchemaDownloadError, type HttpOptions } from './http.js'
import { normalizeKubernetesVersion } from './naming.js'
import { normalizeSchema, type JsonSchema } from './normalize.js'
import { createSchemaSources, isLookupSafe, type SchemaSource } from './sources.js'

export { writeCatalog, type CatalogEntry } from './catalog.js'
export { importCrds, importOpenApi, type ImportSummary } from './importer.js'
export { crdObjectToCatalog, crdsToCatalog, type CrdImportOptions } from './crd.js'
export { openApiToCatalog, type OpenApiImportOptions } from './openapi.js'
export { normalizeSchema, type JsonSchema, type NormalizeOptions } from './normalize.js'
export { createSchemaSources, type SchemaSource, type FoundSchema } from './sources.js'
export { defaultCacheDir, fetchSchemaText, SchemaDownloadError, type HttpOptions } from './http.js'
export { templateVariables, renderTemplate, normalizeKubernetesVersion, catalogFileName, crdCatalogPath } from './naming.js'
export { findBuiltinCatalogDir, openBuiltinCatalog, type BuiltinCatalog } from './builtin.js'

/** Options of {@link createSchemaValidator}. */
export interface SchemaValidatorOptions {
  /** Target Kubernetes version, `X.Y` (also `X.Y.Z`, `master`). */
  kubernetesVersion: string
  /** `--schema-location` values / config, tried in order before the shipped catalogs; `[]` = shipped catalogs only. */
  locations: string[]
  /** HTTP download cache. Default: `$XDG_CACHE_HOME/slipway/schemas`, else `<os tmp>/slipway-schema-cache`. */
  cacheDir?: string
  /** Unknown fields are errors (objects closed; `-strict` catalog variants picked). Default true. */
  strict?: boolean
  /** Severity of the `no-schema` finding, or `ignore` for none. Default `warning`. */
  missingSchema?: 'warning' | 'error' | 'ignore'
  /** Severity of the `schema-location-unreachable` finding (config `unreachableSchemaLocation`). Default `error`. */
  unreachableLocation?: Severity
  /**
   * Directory of the shipped catalogs (default: found beside the bundle or at the repository
   * root, see {@link findBuiltinCatalogDir}); `false` to use the locations only.
   */
  builtinCatalog?: string | false
  /** Where a location was configured (`slipway.yaml` and its line), for `schema-location-unreachable` findings. */
  whereConfigured?: (location: string) => { file: string; line?: number } | undefined
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
   * `url:https://…{{ .ResourceKind }}…`), a shipped catalog (`builtin:Kubernetes 1.33 schemas`,
   * `builtin:1.34 → using 1.33 schemas`, `builtin:CRD schemas`), a CRD of the environment
   * (`crd:<name>`), or `none` when no schema was found.
   */
  source: string
  /** Findings without `environment` (the caller adds it). */
  findings: Finding[]
}

/**
 * Schemas taken from the `CustomResourceDefinition`s of one environment, for its custom
 * resources (see {@link customResourceSchemas}).
 */
export interface CustomResourceSchemas {
  /** `apiVersion|kind` (kind lowercased) → the schema and the CRD's name. */
  readonly byKind: ReadonlyMap<string, { schema: JsonSchema; crd: string }>
}

/** Validates resources against their schemas. */
export interface SchemaValidator {
  /**
   * Never throws for bad input: problems become findings.
   *
   * @param customResources schemas from the CRDs rendered in the same environment; they take
   *   precedence over every location (they are what the API server will enforce).
   */
  validate(resource: Resource, customResources?: CustomResourceSchemas): Promise<SchemaResult>
  /**
   * Findings about the locations themselves (rule `schema-location-unreachable`): a local
   * directory that does not exist, a URL whose downloads failed after their retries. Each
   * location once; no `resource`. Call after validating (downloads fail while validating).
   */
  locationFindings(): Finding[]
}

interface Resolved {
  source: string
  check(object: object): Violation[]
}

interface Resolution {
  resolved?: Resolved
  /** Problems met while looking up (broken schema files), reported once, on the first resource of the kind. */
  problems: Omit<Finding, 'resource'>[]
}

/**
 * Creates a validator for one Kubernetes version and list of locations. Schemas are looked
 * up once per apiVersion/kind and compiled once (cache per validator: create one per
 * version and location list, and reuse it for all resources).
 *
 * Lookup order: the environment's own CRDs (when given); each location in turn (see
 * {@link createSchemaSources}); the first with a schema wins; then the shipped catalogs for
 * the nearest shipped Kubernetes version not above the target (see {@link openBuiltinCatalog});
 * then `no-schema`. A location that cannot be reached — a local directory that does not
 * exist, a URL whose download fails after its retries — is skipped for the run and reported
 * once by {@link SchemaValidator.locationFindings} (rule `schema-location-unreachable`,
 * severity `unreachableLocation`). A schema file that is not JSON or does not compile is an
 * error (`schema-source`) naming the file, and the lookup continues.
 *
 * Before validation, object fields set to `null` are dropped: the API server treats them
 * as unset (built-in types decode null as the zero value; CRD fields without `nullable`
 * are pruned). Findings: rule `schema`, severity error, `path` a JSON pointer.
 *
 * @throws UsageError for an invalid Kubernetes version or a malformed template.
 * @throws ConfigError when the shipped catalog's index is unreadable.
 */
export function createSchemaValidator(options: SchemaValidatorOptions): SchemaValidator {
  const strict = options.strict ?? true
  const kubernetesVersion = options.kubernetesVersion
  normalizeKubernetesVersion(kubernetesVersion)
  const http: HttpOptions = { ...options.http, fetch: options.fetch, cacheDir: options.cacheDir ?? defaultCacheDir() }
  const located = createSchemaSources(options.locations, { kubernetesVersion, strict, cwd: options.cwd, http })
  const catalog = options.builtinCatalog === false ? undefined : openBuiltinCatalog(options.builtinCatalog)
  const builtin = catalog ? createBuiltinSource(catalog, kubernetesVersion) : undefined
  const sources = builtin ? [...located, builtin] : located
  const missingSchema = options.missingSchema ?? 'warning'
  const unreachableSeverity = options.unreachableLocation ?? 'error'
  const fallbackNote = builtin ? `; resources are validated with the next location or the ${builtin.name.slice('builtin:'.length)} shipped with Slipway` : ''
  const down = new Map<SchemaSource, string>()
  for (const source of located) if (source.unreachable) down.set(source, source.unreachable)
  const resolutions = new Map<string, Promise<Resolution>>()
  const compiledCrds = new Map<string, ValidateFunction>()
  let ajv: Ajv | undefined

  const resolve = async (kind: string, apiVersion: string): Promise<Resolution> => {
    const problems: Resolution['problems'] = []
    for (const source of sources) {
      if (down.has(source)) continue
      try {
        const found = await source.find(kind, apiVersion)
        if (!found) continue
        ajv ??= createSchemaAjv()
        const schema = found.normalized && strict ? found.schema : normalizeSchema(found.schema, { strict })
        const validateFn = compileSchema(ajv, withObjectFields(schema), found.from)
        return {
          problems,
          resolved: {
            source: found.sourceName ?? source.name,
            check: (object) => (validateFn(object) ? [] : violationsOf(validateFn.errors ?? [], object)),
          },
        }
      } catch (error) {
        if (error instanceof SchemaDownloadError) down.set(source, error.message)
        else if (error instanceof ConfigError) problems.push({ severity: 'error', rule: 'schema-source', message: error.message })
        else throw error
      }
    }
    return { problems }
  }

  const fromCrd = (entry: { schema: JsonSchema; crd: string }): Resolved => {
    const key = createHash('sha256').update(JSON.stringify(entry.schema)).digest('hex')
    let validateFn = compiledCrds.get(key)
    if (!validateFn) {
      ajv ??= createSchemaAjv()
      validateFn = compileSchema(ajv, withObjectFields(strict ? entry.schema : normalizeSchema(entry.schema, { strict })), `CustomResourceDefinition ${entry.crd}`)
      compiledCrds.set(key, validateFn)
    }
    const compiled = validateFn
    return { source: `crd:${entry.crd}`, check: (object) => (compiled(object) ? [] : violationsOf(compiled.errors ?? [], object)) }
  }

  return {
    async validate(resource, customResources) {
      const { apiVersion, kind } = resource.ref
      const base = { resource: resource.ref, ...(resource.file ? { file: resource.file } : {}) }
      if (!apiVersion || !kind) {
        return { source: 'none', findings: [{ severity: 'error', rule: 'schema', message: `resource has no ${!apiVersion ? 'apiVersion' : 'kind'}; cannot pick a schema`, path: '', ...base }] }
      }
      if (!isLookupSafe(kind, apiVersion)) {
        return { source: 'none', findings: [{ severity: 'error', rule: 'schema', message: `invalid apiVersion "${apiVersion}" or kind "${kind}"`, path: '', ...base }] }
      }
      const findings: Finding[] = []
      let resolved: Resolved | undefined
      const own = customResources?.byKind.get(`${apiVersion}|${kind.toLowerCase()}`)
      if (own) {
        try {
          resolved = fromCrd(own)
        } catch (error) {
          findings.push({ severity: 'error', rule: 'schema-source', message: errorMessage(error), ...base })
        }
      }
      if (!resolved) {
        const key = `${apiVersion}|${kind}`
        let pending = resolutions.get(key)
        const first = !pending
        if (!pending) {
          pending = resolve(kind, apiVersion)
          resolutions.set(key, pending)
        }
        const resolution = await pending
        if (first) findings.push(...resolution.problems.map((problem) => ({ ...problem, ...base })))
        resolved = resolution.resolved
      }
      if (!resolved) {
        if (missingSchema !== 'ignore') {
          const names = located.map((source) => source.name)
          if (builtin) names.push(`the schemas shipped with Slipway (${builtin.name.slice('builtin:'.length)}, CRDs of ${catalog?.crdGroups.length ?? 0} API groups)`)
          const where = names.length > 0 ? `in ${names.join(', ')}` : 'anywhere (no location, and this build ships no schemas)'
          findings.push({ severity: missingSchema as Severity, rule: 'no-schema', message: `no schema for ${apiVersion} ${kind} ${where}; not validated`, ...base })
        }
        return { source: 'none', findings }
      }
      let violations: Violation[]
      try {
        violations = resolved.check(withoutNullFields(resource.object) as object)
      } catch (error) {
        findings.push({ severity: 'error', rule: 'schema-source', message: `validator of ${resolved.source} failed: ${errorMessage(error)}`, ...base })
        return { source: resolved.source, findings }
      }
      for (const violation of violations) findings.push({ severity: 'error', rule: 'schema', message: violation.message, path: violation.path, ...base })
      return { source: resolved.source, findings }
    },
    locationFindings() {
      const seen = new Set<string>()
      const findings: Finding[] = []
      for (const [source, reason] of down) {
        const location = source.location ?? source.name
        const message = `schema location "${location}" cannot be reached: ${reason}${fallbackNote}`
        if (seen.has(message)) continue
        seen.add(message)
        findings.push({ severity: unreachableSeverity, rule: 'schema-location-unreachable', message, ...options.whereConfigured?.(location) })
      }
      return findings
    },
  }
}

/**
 * The schemas the `CustomResourceDefinition`s among `resources` define (every served
 * version, converted by {@link crdObjectToCatalog}), for {@link SchemaValidator.validate}.
 * A CRD that cannot be converted is skipped: its own schema validation reports what is wrong.
 */
export function customResourceSchemas(resources: readonly Resource[]): CustomResourceSchemas {
  const byKind = new Map<string, { schema: JsonSchema; crd: string }>()
  for (const resource of resources) {
    if (resource.ref.kind !== 'CustomResourceDefinition') continue
    let entries
    try {
      entries = crdObjectToCatalog(resource.object, resource.file ?? '', resource.index)
    } catch {
      continue
    }
    for (const entry of entries) byKind.set(`${entry.group}/${entry.version}|${entry.kind.toLowerCase()}`, { schema: entry.schema, crd: resource.ref.name })
  }
  return { byKind }
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
