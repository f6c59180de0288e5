// Entry of the `validate` action; bundled by esbuild to dist/actions/validate/index.js.
// Glue only: typed inputs in, the core's runValidateAction (src/validation/action.ts).
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as actionsCache from '@actions/cache'
import * as core from '@actions/core'
import { errorMessage } from '../../src/errors.js'
import { uploadArtifactFiles } from '../../src/github/artifact.js'
import {
  runValidateAction,
  type ArtifactUploader,
  type SchemaCache,
  type ValidateActionDeps,
} from '../../src/report/validate-action.js'
import { validate } from '../../src/validation/validate.js'
import { getInputs } from './inputs.js'

export {
  listCacheFiles,
  validateShardArtifactName,
  VALIDATE_SHARD_ARTIFACT_PREFIX,
  schemaCacheKey,
  schemaCacheSaveKey,
  type ValidateActionDeps,
} from '../../src/report/validate-action.js'

/** The schema cache backed by @actions/cache; a no-op where the cache service is not available. */
export const actionsSchemaCache: SchemaCache = {
  async restore(paths, primaryKey, restoreKeys) {
    if (!actionsCache.isFeatureAvailable()) {
      core.info('Schema cache: the Actions cache service is not available here; skipping restore.')
      return undefined
    }
    return actionsCache.restoreCache(paths, primaryKey, restoreKeys)
  },
  async save(paths, key) {
    if (!actionsCache.isFeatureAvailable()) return
    await actionsCache.saveCache(paths, key)
  },
}

/** The shard reports' upload, backed by @actions/artifact (the plan action's uploader). */
export const actionsArtifacts: ArtifactUploader = {
  async upload(name, files, rootDirectory) {
    await uploadArtifactFiles(name, files, rootDirectory)
  },
}

/**
 * Runs the action: reads the inputs, then the core. Every thrown error ends in the single
 * `core.setFailed` of the core's runner or here; this function never throws.
 */
export async function run(
  deps: ValidateActionDeps = { validate, cache: actionsSchemaCache, artifacts: actionsArtifacts },
): Promise<void> {
  let inputs
  try {
    inputs = getInputs()
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }
  await runValidateAction(inputs, deps)
}

/** True when this module is the program node was started with (the bundled action), not an import. */
function isEntryPoint(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isEntryPoint()) void run()
