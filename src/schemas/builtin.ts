/**
 * The schema catalogs that ship with Slipway (see {@link ./bundled-format.ts}): strict
 * schemas of every shipped Kubernetes version and of the CRDs platform teams run, read
 * offline and lazily — the index when the first validator is created, a chunk when a kind needs it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { compareKubernetesVersions, parseKubernetesVersion } from '../config/kubernetes-version.js'
import { ConfigError, errorMessage } from '../errors.js'
import { BUNDLED_FORMAT, chunkFile, definitionChunk, INDEX_FILE, type BundledIndex, type BundledKind } from './bundled-format.js'
import type { JsonSchema } from './normalize.js'
import type { FoundSchema, SchemaSource } from './sources.js'

/** Name of the directory holding the catalog, beside a bundle or at the repository root. */
export const CATALOG_DIR_NAME = 'schemas'

/**
 * Finds the shipped catalog: a `schemas/` directory holding `index.json.gz`, in the
 * directory of this module (a bundle in `dist/` or `dist/actions/<name>/`, which
 * `scripts/build.mjs` gives its own copy) or one of its four nearest ancestors (the
 * repository root when running from `src/`).
 *
 * @param from `import.meta.url` of the module to start from (tests pass another).
 * @returns the absolute directory, or undefined when none is found.
 */
export function findBuiltinCatalogDir(from: string = import.meta.url): string | undefined {
  let dir = dirname(fileURLToPath(from))
  for (let level = 0; level <= 4; level++) {
    const candidate = join(dir, CATALOG_DIR_NAME)
    if (existsSync(join(candidate, INDEX_FILE))) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return undefined
}

/** The shipped catalog, opened. */
export interface BuiltinCatalog {
  readonly dir: string
  /** Shipped Kubernetes minor versions, ascending (`['1.28', '1.31', '1.33', '1.36']`). */
  readonly kubernetesVersions: readonly string[]
  /** API groups of the shipped CRD schemas, sorted (`argoproj.io`, `cert-manager.io`, …). */
  readonly crdGroups: readonly string[]
  /**
   * Picks the shipped version for a target: the same minor, else the nearest lower one,
   * else (older than every shipped one) the oldest; `master` takes the newest.
   *
   * @returns the version used and how reports name the schemas: `Kubernetes 1.33 schemas`,
   *   `1.34 → using 1.33 schemas`, `1.27 → using 1.28 schemas (the oldest shipped)`.
   * @throws UsageError for a malformed version.
   */
  select(kubernetesVersion: string): { version: string; label: string }
  /**
   * The self-contained schema of a kind (definitions it refers to bundled under
   * `definitions`), decompressing only the chunks it needs (each once per process).
   * Kinds are matched case-insensitively (the schema pins the correct spelling).
   *
   * @param version a shipped version, as {@link select} returns.
   * @returns the schema, or undefined when neither that version nor the CRDs have the kind.
   * @throws ConfigError naming the chunk file when it is missing or corrupt.
   */
  schemaOf(version: string, apiVersion: string, kind: string): { schema: JsonSchema; crd: boolean } | undefined
}

const opened = new Map<string, BuiltinCatalog>()

/**
 * Opens the shipped catalog in `dir` (default: {@link findBuiltinCatalogDir}), once per
 * process: reads and parses only the index (about 60 KB compressed).
 *
 * @returns the catalog, or undefined when there is none.
 * @throws ConfigError naming the index when it is unreadable or of another format.
 */
export function openBuiltinCatalog(dir: string | undefined = findBuiltinCatalogDir()): BuiltinCatalog | undefined {
  if (!dir) return undefined
  let catalog = opened.get(dir)
  if (catalog) return catalog
  const indexPath = join(dir, INDEX_FILE)
  let index: BundledIndex
  try {
    index = JSON.parse(gunzipSync(readFileSync(indexPath)).toString('utf8')) as BundledIndex
  } catch (error) {
    throw new ConfigError(`shipped schema index is unreadable: ${errorMessage(error)} (rebuild with npm run build:schemas)`, indexPath)
  }
  if (index.format !== BUNDLED_FORMAT) throw new ConfigError(`shipped schema index has format ${String(index.format)}, this Slipway reads format ${BUNDLED_FORMAT}`, indexPath)
  catalog = createCatalog(dir, index)
  opened.set(dir, catalog)
  return catalog
}

function createCatalog(dir: string, index: BundledIndex): BuiltinCatalog {
  const versions = Object.keys(index.kubernetes).sort(compareKubernetesVersions)
  const chunks = new Map<string, Record<string, JsonSchema>>()
  const chunk = (name: string): Record<string, JsonSchema> => {
    let units = chunks.get(name)
    if (units) return units
    const file = join(dir, ...chunkFile(name).split('/'))
    try {
      units = JSON.parse(brotliDecompressSync(readFileSync(file)).toString('utf8')) as Record<string, JsonSchema>
    } catch (error) {
      throw new ConfigError(`shipped schema chunk is unreadable: ${errorMessage(error)} (rebuild with npm run build:schemas)`, file)
    }
    chunks.set(name, units)
    return units
  }
  const unit = (where: BundledKind): JsonSchema => {
    const found = chunk(where.chunk)[where.root]
    if (!found) throw new ConfigError(`shipped schema chunk has no unit ${where.root}`, join(dir, chunkFile(where.chunk)))
    return found
  }
  return {
    dir,
    kubernetesVersions: versions,
    crdGroups: [...new Set(Object.keys(index.crds).map((apiVersion) => apiVersion.split('/')[0] as string))].sort(),
    select(kubernetesVersion) {
      const newest = versions[versions.length - 1] as string
      if (kubernetesVersion === 'master') return { version: newest, label: `master → using ${newest} schemas` }
      const { major, minor } = parseKubernetesVersion(kubernetesVersion)
      const wanted = `${major}.${minor}`
      if (versions.includes(wanted)) return { version: wanted, label: `Kubernetes ${wanted} schemas` }
      const lower = versions.filter((version) => compareKubernetesVersions(version, wanted) < 0).pop()
      if (lower) return { version: lower, label: `${wanted} → using ${lower} schemas` }
      const oldest = versions[0] as string
      return { version: oldest, label: `${wanted} → using ${oldest} schemas (the oldest shipped)` }
    },
    schemaOf(version, apiVersion, kind) {
      const lower = kind.toLowerCase()
      const kubernetes = index.kubernetes[version]
      const builtIn = kubernetes?.kinds[apiVersion]?.[lower]
      if (builtIn && kubernetes) return { schema: bundle(unit(builtIn), kubernetes.definitions, chunk), crd: false }
      const crd = index.crds[apiVersion]?.[lower]
      return crd ? { schema: unit(crd), crd: true } : undefined
    },
  }
}

const REF = '#/definitions/'

/** The root with every definition it reaches bundled under `definitions`. */
function bundle(root: JsonSchema, definitions: Record<string, string>, chunk: (name: string) => Record<string, JsonSchema>): JsonSchema {
  const bundled: Record<string, JsonSchema> = {}
  const pending: string[] = []
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) collect(item)
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(REF)) pending.push(value.slice(REF.length))
        else if (typeof value === 'object') collect(value)
      }
    }
  }
  collect(root)
  while (pending.length > 0) {
    const name = pending.pop() as string
    if (name in bundled) continue
    const id = definitions[name]
    const definition = id === undefined ? undefined : chunk(definitionChunk(name))[id]
    if (!definition) throw new ConfigError(`shipped schemas lack definition ${name}`, 'schemas/')
    bundled[name] = definition
    collect(definition)
  }
  return Object.keys(bundled).length > 0 ? { ...root, definitions: bundled } : root
}

/**
 * A {@link SchemaSource} over the shipped catalog for one target Kubernetes version. Its
 * name says which schemas validate: `builtin:Kubernetes 1.33 schemas`,
 * `builtin:1.34 → using 1.33 schemas`; CRD kinds report `builtin:CRD schemas`.
 * Found schemas are already strict and normalized (`normalized: true`).
 *
 * @throws UsageError for a malformed version.
 */
export function createBuiltinSource(catalog: BuiltinCatalog, kubernetesVersion: string): SchemaSource & { readonly crdName: string } {
  const { version, label } = catalog.select(kubernetesVersion)
  const name = `builtin:${label}`
  const crdName = 'builtin:CRD schemas'
  return {
    name,
    crdName,
    async find(kind, apiVersion): Promise<FoundSchema | undefined> {
      const found = catalog.schemaOf(version, apiVersion, kind)
      if (!found) return undefined
      return { schema: found.schema, from: found.crd ? `${catalog.dir} (CRD schemas)` : `${catalog.dir} (Kubernetes ${version})`, normalized: true, sourceName: found.crd ? crdName : name }
    },
  }
}

