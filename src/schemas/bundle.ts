/**
 * Build step of the schema catalogs that ship with Slipway (`npm run build:schemas`):
 * Kubernetes OpenAPI v2 documents and CRD JSON Schemas in, the compressed, deduplicated
 * catalog of {@link ./bundled-format.ts} out.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'
import { ConfigError, errorMessage } from '../errors.js'
import { BUNDLED_FORMAT, chunkFile, definitionChunk, INDEX_FILE, type BundledIndex, type BundledKind } from './bundled-format.js'
import { compareKubernetesVersions, minorVersion } from '../config/kubernetes-version.js'
import { normalizeSchema, type JsonSchema } from './normalize.js'
import { openApiToCatalog, withoutDescriptions } from './openapi.js'

/** What the catalogs are generated from. */
export interface BundleInputs {
  /** Kubernetes OpenAPI v2 documents, one per minor version (`1.33` → `…/v1.33.swagger.json`). */
  openApi: readonly { kubernetesVersion: string; file: string }[]
  /** A directory in the CRDs-catalog layout (`<group>/<kind>_<version>.json`), or undefined for none. */
  crdDir?: string
}

/** The generated catalog: file path relative to the catalog directory (`/`-separated) → bytes. */
export type BundledFiles = Map<string, Buffer>

const REF = '#/definitions/'

/** The id of a unit: the first 16 hex digits of the SHA-256 of its JSON. */
function unitId(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16)
}

/**
 * Generates the shipped catalogs. Kubernetes kinds are converted by {@link openApiToCatalog}
 * (strict: objects closed, enums, nullable optionals, no descriptions); CRD schemas are
 * normalized strictly (see {@link normalizeSchema}) and stripped of descriptions. Every
 * schema unit is stored once, whatever number of versions and kinds share it. The output is
 * a pure function of the inputs (sorted keys, fixed compression parameters), so a rebuild
 * gives identical uncompressed content; the index records each chunk's SHA-256.
 *
 * @returns the files to write under the catalog directory.
 * @throws ConfigError naming the input file that cannot be read or converted.
 */
export async function buildBundledCatalog(inputs: BundleInputs): Promise<BundledFiles> {
  const chunks = new Map<string, Map<string, string>>()
  const put = (chunk: string, schema: JsonSchema): string => {
    const json = JSON.stringify(schema)
    const id = unitId(json)
    let units = chunks.get(chunk)
    if (!units) chunks.set(chunk, (units = new Map()))
    units.set(id, json)
    return id
  }
  const index: BundledIndex = { format: BUNDLED_FORMAT, kubernetes: {}, crds: {}, chunks: {} }

  const versions = [...inputs.openApi].sort((a, b) => compareKubernetesVersions(a.kubernetesVersion, b.kubernetesVersion))
  for (const { kubernetesVersion, file } of versions) {
    const document = await readJson(file)
    const entries = openApiToCatalog(document, file)
    const definitions: Record<string, string> = {}
    const kinds: Record<string, Record<string, BundledKind>> = {}
    for (const entry of entries) {
      const { definitions: bundled, ...root } = entry.schema
      for (const [name, definition] of Object.entries((bundled ?? {}) as Record<string, JsonSchema>)) {
        definitions[name] ??= put(definitionChunk(name), definition)
      }
      const chunk = definitionChunk(entry.definition ?? entry.kind)
      const apiVersion = entry.group === '' ? entry.version : `${entry.group}/${entry.version}`
      ;(kinds[apiVersion] ??= {})[entry.kind.toLowerCase()] = { root: put(chunk, root), chunk }
    }
    index.kubernetes[minorVersion(kubernetesVersion)] = { source: file.split(/[\\/]/).pop() as string, kinds: sortKeys(kinds, sortKeys), definitions: sortKeys(definitions) }
  }

  if (inputs.crdDir) {
    for (const group of (await readdir(inputs.crdDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      for (const name of (await readdir(join(inputs.crdDir, group))).filter((file) => file.endsWith('.json')).sort()) {
        const match = /^([a-z0-9]+)_(v[a-z0-9]+)\.json$/.exec(name)
        if (!match) continue
        const [, kind, version] = match as unknown as [string, string, string]
        const file = join(inputs.crdDir, group, name)
        const schema = withoutDescriptions(normalizeSchema((await readJson(file)) as JsonSchema, { strict: true }))
        const chunk = `crd.${group}.${kind}`
        ;(index.crds[`${group}/${version}`] ??= {})[kind] = { root: put(chunk, schema), chunk }
      }
    }
    index.crds = sortKeys(index.crds, sortKeys)
  }

  const files: BundledFiles = new Map()
  for (const chunk of [...chunks.keys()].sort()) {
    const units = chunks.get(chunk) as Map<string, string>
    const json = `{${[...units.keys()].sort().map((id) => `${JSON.stringify(id)}:${units.get(id)}`).join(',')}}`
    index.chunks[chunk] = createHash('sha256').update(json).digest('hex')
    files.set(chunkFile(chunk), compress(json))
  }
  // Every $ref of every unit must resolve in each version that uses it (a broken catalog fails the build, not a user's run).
  for (const [version, { definitions }] of Object.entries(index.kubernetes)) checkRefs(version, definitions, chunks)
  files.set(INDEX_FILE, gzipSync(`${JSON.stringify(index)}\n`, { level: 9 }))
  return files
}

function compress(json: string): Buffer {
  return brotliCompressSync(json, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
    },
  })
}

function checkRefs(version: string, definitions: Record<string, string>, chunks: Map<string, Map<string, string>>): void {
  for (const [name, id] of Object.entries(definitions)) {
    const json = chunks.get(definitionChunk(name))?.get(id) ?? ''
    for (const match of json.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)) {
      if (!(match[1] as string in definitions)) throw new ConfigError(`definition ${name} refers to ${REF}${match[1]}, which Kubernetes ${version} does not define`, 'schemas/')
    }
  }
}

async function readJson(file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read: ${errorMessage(error)}`, file)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ConfigError(`not JSON: ${errorMessage(error)}`, file)
  }
}

function sortKeys<T>(record: Record<string, T>, inner?: (value: T) => T): Record<string, T> {
  const out: Record<string, T> = {}
  for (const key of Object.keys(record).sort()) out[key] = inner ? inner(record[key] as T) : (record[key] as T)
  return out
}

/**
 * Compares generated files with a catalog directory by content: chunks and the index are
 * compared uncompressed (brotli and gzip output may differ between zlib builds while the
 * data is the same), other files byte for byte. Files in `dir` that the build does not make
 * (under `chunks/`) count as differences.
 *
 * @returns one line per difference (`chunks/x.json.br: differs`), empty when up to date.
 */
export function compareBundledCatalog(files: BundledFiles, dir: string): string[] {
  const differences: string[] = []
  const plain = (path: string, data: Buffer): Buffer => (path.endsWith('.br') ? brotliDecompressSync(data) : path.endsWith('.gz') ? gunzipSync(data) : data)
  for (const [path, data] of files) {
    const file = join(dir, ...path.split('/'))
    if (!existsSync(file)) differences.push(`${path}: missing`)
    else if (!plain(path, readFileSync(file)).equals(plain(path, data))) differences.push(`${path}: differs`)
  }
  const chunkDir = join(dir, 'chunks')
  if (existsSync(chunkDir)) for (const name of readdirSync(chunkDir)) if (!files.has(`chunks/${name}`)) differences.push(`chunks/${name}: not generated (stale)`)
  return differences
}
