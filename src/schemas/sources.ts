/**
 * Schema sources: where the JSON Schema of a kind is looked up. One small interface with a
 * local-directory, local-template and HTTP implementation, tried in order (after kubeconform
 * `pkg/registry`).
 */
import { readFile, stat } from 'node:fs/promises'
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { ConfigError, UsageError } from '../errors.js'
import { fetchSchemaText, type HttpOptions } from './http.js'
import { catalogFileName, checkTemplate, crdCatalogPath, isTemplate, renderTemplate, templateVariables } from './naming.js'
import type { JsonSchema } from './normalize.js'

/** A schema found by a source. */
export interface FoundSchema {
  schema: JsonSchema
  /** The file or URL it was read from. */
  from: string
  /** Already strict and normalized (the shipped catalog): the validator compiles it as is when validating strictly. */
  normalized?: boolean
  /** How reports name what validated, when it differs from the source's name (the shipped CRD schemas). */
  sourceName?: string
}

/** A place schemas are looked up in. */
export interface SchemaSource {
  /** How reports name this source: `catalog:/abs/dir`, `catalog:/abs/{{ .ResourceKind }}.json`, `url:https://…`. */
  readonly name: string
  /**
   * Finds the schema of a kind.
   *
   * @returns the parsed schema, or `undefined` when this source has none for the kind.
   * @throws ConfigError when a file exists but is not JSON; SchemaDownloadError when a download fails after its retries.
   */
  find(kind: string, apiVersion: string): Promise<FoundSchema | undefined>
  /** Set when the location cannot be used at all (a local directory that does not exist): why. */
  readonly unreachable?: string
  /** The location as the user wrote it. */
  readonly location?: string
}

/** kubeconform's default location (yannh/kubernetes-json-schema). */
export const KUBERNETES_JSON_SCHEMA_URL = 'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json'
/** The CRDs-catalog location kubeconform's docs recommend beside `default`. */
export const CRDS_CATALOG_URL = 'https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json'
/** What kubeconform appends to a location that does not end in `json`. */
const STANDALONE_SUFFIX = '/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json'

/** Options shared by the sources. */
export interface SourceOptions {
  kubernetesVersion: string
  /** Pick `-strict` variants (`{{ .StrictSuffix }}`). */
  strict: boolean
  /** Relative local locations resolve against this directory. Default: `process.cwd()`. */
  cwd?: string
  http?: HttpOptions
}

// Kinds and apiVersions come from untrusted manifests and end up in file paths and URLs:
// only the characters Kubernetes allows may pass (no `/..`, no `%`, no `?`).
const SAFE_KIND = /^[A-Za-z][A-Za-z0-9]*$/
const SAFE_API_VERSION = /^(?:[a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?[a-z0-9]+$/

/** True when kind and apiVersion are well-formed enough to be looked up. */
export function isLookupSafe(kind: string, apiVersion: string): boolean {
  return SAFE_KIND.test(kind) && SAFE_API_VERSION.test(apiVersion) && !apiVersion.includes('..')
}

/**
 * Builds the sources for `--schema-location` values, in order. A location is:
 * - `default`: kubeconform's default URL, then the CRDs-catalog URL;
 * - an `http(s)://` URL or a local path, with or without kubeconform template variables
 *   (see {@link templateVariables}); if it does not end in `.json` it is a base: for URLs
 *   kubeconform's `/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/…` is
 *   appended, for local paths a directory is searched (see {@link createDirectorySource}).
 *
 * A local non-template location that does not exist becomes a source with `unreachable`
 * set (the validator reports it, see `unreachableLocation` of `createSchemaValidator`).
 *
 * @throws UsageError for a malformed template, or a local location that is a file without template variables.
 */
export function createSchemaSources(locations: readonly string[], options: SourceOptions): SchemaSource[] {
  const sources: SchemaSource[] = []
  for (const location of locations) {
    if (location === 'default') {
      sources.push({ ...createHttpSource(KUBERNETES_JSON_SCHEMA_URL, options), location }, { ...createHttpSource(CRDS_CATALOG_URL, options), location })
      continue
    }
    if (location.trim() === '') throw new UsageError('schema location is empty')
    checkTemplate(location)
    if (/^https?:\/\//i.test(location)) {
      sources.push({ ...createHttpSource(location.endsWith('json') ? location : location.replace(/\/+$/, '') + STANDALONE_SUFFIX, options), location })
      continue
    }
    const path = isAbsolute(location) ? location : resolve(options.cwd ?? process.cwd(), location)
    if (isTemplate(location)) {
      sources.push({ ...(path.endsWith('.json') ? createFileTemplateSource(path, options) : createDirectoryTemplateSource(path, options)), location })
      continue
    }
    if (!existsSync(path)) {
      sources.push({ name: `catalog:${path}`, location, unreachable: 'no such directory or file', find: async () => undefined })
      continue
    }
    if (!statSync(path).isDirectory()) throw new UsageError(`schema location "${location}": not a directory (a single file needs template variables, e.g. {{ .ResourceKind }})`)
    sources.push({ ...createDirectorySource(path, options), location })
  }
  return sources
}

/**
 * A local directory holding one of these layouts, tried in order:
 * 1. a catalog written by `slipway schemas import-openapi`: `deployment-apps-v1.json`;
 * 2. the CRDs-catalog layout (and `slipway schemas import-crd`): `argoproj.io/application_v1alpha1.json`;
 * 3. a kubernetes-json-schema tree: `v1.33.0-standalone-strict/deployment-apps-v1.json`
 *    (`-standalone/` when not strict).
 */
export function createDirectorySource(dir: string, options: SourceOptions): SchemaSource {
  return directorySource(`catalog:${dir}`, () => dir, options)
}

function createDirectoryTemplateSource(template: string, options: SourceOptions): SchemaSource {
  return directorySource(`catalog:${template}`, (kind, apiVersion) => renderTemplate(template, templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict)), options)
}

function directorySource(name: string, dirFor: (kind: string, apiVersion: string) => string, options: SourceOptions): SchemaSource {
  return {
    name,
    async find(kind, apiVersion) {
      if (!isLookupSafe(kind, apiVersion)) return undefined
      const dir = dirFor(kind, apiVersion)
      const variables = templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict)
      const candidates = [join(dir, catalogFileName(kind, apiVersion))]
      const crdPath = crdCatalogPath(kind, apiVersion)
      if (crdPath) candidates.push(join(dir, ...crdPath.split('/')))
      candidates.push(join(dir, `${variables.NormalizedKubernetesVersion}-standalone${variables.StrictSuffix}`, `${variables.ResourceKind}${variables.KindSuffix}.json`))
      for (const file of candidates) {
        const found = await readSchemaFile(file)
        if (found) return found
      }
      return undefined
    },
  }
}

function createFileTemplateSource(template: string, options: SourceOptions): SchemaSource {
  return {
    name: `catalog:${template}`,
    async find(kind, apiVersion) {
      if (!isLookupSafe(kind, apiVersion)) return undefined
      return readSchemaFile(renderTemplate(template, templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict)))
    },
  }
}

/** An HTTP(S) URL template; downloads are retried and cached (see {@link fetchSchemaText}). */
export function createHttpSource(template: string, options: SourceOptions): SchemaSource {
  return {
    name: `url:${template}`,
    async find(kind, apiVersion) {
      if (!isLookupSafe(kind, apiVersion)) return undefined
      const url = renderTemplate(template, templateVariables(kind, apiVersion, options.kubernetesVersion, options.strict))
      const text = await fetchSchemaText(url, options.http)
      return text === undefined ? undefined : { schema: parseSchema(text, url), from: url }
    },
  }
}

async function readSchemaFile(file: string): Promise<FoundSchema | undefined> {
  let text: string
  try {
    if (!(await stat(file)).isFile()) return undefined
    text = await readFile(file, 'utf8')
  } catch {
    return undefined
  }
  return { schema: parseSchema(text, file), from: file }
}

function parseSchema(text: string, from: string): JsonSchema {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`schema is not valid JSON: ${(error as Error).message}`, from)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('schema is not a JSON object', from)
  return value as JsonSchema
}
