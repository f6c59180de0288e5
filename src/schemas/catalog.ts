/**
 * Schema catalogs on disk: the entries importers produce and how they are written.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { JsonSchema } from './normalize.js'

/** One self-contained JSON Schema for one group/version/kind. */
export interface CatalogEntry {
  /** API group, `''` for the core group. */
  group: string
  version: string
  kind: string
  /** Path of the file relative to the catalog root, `/`-separated: `deployment-apps-v1.json`, `argoproj.io/application_v1alpha1.json`. */
  path: string
  schema: JsonSchema
  /** The OpenAPI definition the entry was made from (`io.k8s.api.apps.v1.Deployment`), for OpenAPI imports. */
  definition?: string
}

/**
 * Writes entries as JSON files under `dir` (created as needed), one file per entry.
 * Files are written compactly (one line): catalogs are read by machines and are large.
 *
 * @returns the absolute paths written, in entry order.
 */
export async function writeCatalog(entries: readonly CatalogEntry[], dir: string): Promise<string[]> {
  const written: string[] = []
  const made = new Set<string>()
  for (const entry of entries) {
    const file = join(dir, ...entry.path.split('/'))
    const parent = dirname(file)
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true })
      made.add(parent)
    }
    await writeFile(file, `${JSON.stringify(entry.schema)}\n`)
    written.push(file)
  }
  return written
}
