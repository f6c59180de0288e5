/**
 * The on-disk format of the schema catalogs that ship with Slipway (`schemas/` at the
 * repository root, written by `npm run build:schemas`, read by {@link ./builtin.ts}).
 *
 * Layout:
 * - `index.json.gz`: the {@link BundledIndex} (gzip): for every Kubernetes version and for the
 *   CRDs, which schema unit each kind and each definition is;
 * - `chunks/<chunk>.json.br`: brotli-compressed JSON objects mapping unit ids to schemas.
 *
 * A *unit* is one normalized schema (a kind's root, or one OpenAPI definition), named by
 * the first 16 hex digits of the SHA-256 of its JSON. Units are deduplicated across
 * Kubernetes versions and kinds: `io.k8s.api.core.v1.PodSpec` is stored once for every
 * version where it did not change. A Kubernetes definition's unit lives in the chunk of its
 * Go package (`io.k8s.api.core.v1`); a CRD's units in the chunk of its group and kind
 * (`crd.argoproj.io.application`), so validating one kind decompresses only the chunks it
 * references.
 */

/** Version of the format; the reader refuses an index of another format. */
export const BUNDLED_FORMAT = 1

/** Where one kind's schema is. */
export interface BundledKind {
  /** Unit id of the root schema (apiVersion and kind pinned). */
  root: string
  /** Chunk holding the root unit. */
  chunk: string
}

/** The schemas of one Kubernetes minor version. */
export interface BundledKubernetesVersion {
  /** The OpenAPI document it was generated from (file name). */
  source: string
  /** `apiVersion` → kind → where its root is. */
  kinds: Record<string, Record<string, BundledKind>>
  /** Definition name (`io.k8s.api.core.v1.PodSpec`) → unit id; the unit is in the chunk {@link definitionChunk} names. */
  definitions: Record<string, string>
}

/** `index.json.gz`. */
export interface BundledIndex {
  format: typeof BUNDLED_FORMAT
  /** Kubernetes minor version (`1.33`) → its schemas. Keys sorted by version. */
  kubernetes: Record<string, BundledKubernetesVersion>
  /** CRD kinds, for every Kubernetes version: `apiVersion` → kind → where its (self-contained) schema is. */
  crds: Record<string, Record<string, BundledKind>>
  /** Chunk name → SHA-256 (hex) of its uncompressed JSON: what the reproducibility check compares. */
  chunks: Record<string, string>
}

/** Name of the index file inside the catalog directory. */
export const INDEX_FILE = 'index.json.gz'

/** Path of a chunk's file relative to the catalog directory, `/`-separated. */
export function chunkFile(chunk: string): string {
  return `chunks/${chunk}.json.br`
}

/**
 * The chunk of a Kubernetes OpenAPI definition: its name without the last dot-separated
 * segment (the Go package), e.g. `io.k8s.api.core.v1.PodSpec` → `io.k8s.api.core.v1`.
 */
export function definitionChunk(name: string): string {
  const at = name.lastIndexOf('.')
  return at > 0 ? name.slice(0, at) : name
}
