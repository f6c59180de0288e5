import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project's root directory (holds package.json). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** `../shared` beside the project (or `$SLIPWAY_SHARED_DIR`): third-party data for tests (never copied into the project). */
export const SHARED_DIR = process.env.SLIPWAY_SHARED_DIR
  ? resolve(process.env.SLIPWAY_SHARED_DIR)
  : resolve(REPO_ROOT, '../shared')
/** `../shared/upstream`: OpenAPI specs, CRD schemas, CRD YAML and Kustomize corpora. */
export const UPSTREAM_DIR = resolve(SHARED_DIR, 'upstream')
