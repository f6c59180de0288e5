// Typed inputs of the `plan` action (actions/plan/action.yml), read once from `INPUT_*`.
import * as core from '@actions/core'
import { UsageError } from '../../src/errors.js'
import { PLAN_ARTIFACT } from '../../src/github/artifact.js'
import { parseMaxCommentChars } from '../../src/plan/config.js'
import { PLAN_MODES, type PlanActionInputs } from '../../src/plan/action.js'
import { parseShard, SHARD_FORM, type Shard } from '../../src/validation/shard.js'

export type { PlanActionInputs as Inputs } from '../../src/plan/action.js'

function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/**
 * Reads and validates the inputs (`INPUT_*`).
 *
 * @throws {UsageError} naming the input and the bad value.
 */
export function getInputs(): PlanActionInputs {
  const mode = (core.getInput('mode') || 'plan') as PlanActionInputs['mode']
  if (!PLAN_MODES.includes(mode))
    throw new UsageError(`mode: expected plan, comment or merge, got ${JSON.stringify(mode)}`)
  const shard = parseShardInput(core.getInput('shard'))
  if (shard && mode === 'merge') throw new UsageError(`shard: ${shard.index}/${shard.count} is not for mode: merge`)
  const plans = core.getInput('plans') || undefined
  if (plans && mode === 'plan') throw new UsageError('plans: only for mode: merge or comment, not mode: plan')
  if (plans && shard) throw new UsageError('plans and shard: merge the shards, or plan one, not both')
  if (!plans && mode === 'merge')
    throw new UsageError("plans: required with mode: merge (the downloaded plan shards' directory)")
  const maxCommentChars = parseMaxCommentChars(core.getInput('max-comment-chars'), undefined, 'max-comment-chars')
  const runId = core.getInput('workflow-run-id')
  if (runId && !/^\d+$/.test(runId))
    throw new UsageError(`workflow-run-id: expected a number, got ${JSON.stringify(runId)}`)
  return {
    mode,
    ...(shard ? { shard } : {}),
    ...(plans ? { plans } : {}),
    base: core.getInput('base') || undefined,
    head: core.getInput('head') || undefined,
    paths: list('paths'),
    environments: list('environments'),
    all: core.getInput('all') ? core.getBooleanInput('all') : false,
    config: core.getInput('config') || undefined,
    ...(maxCommentChars !== undefined ? { maxCommentChars } : {}),
    comment: core.getInput('comment') ? core.getBooleanInput('comment') : true,
    uploadArtifact: core.getInput('upload-artifact') ? core.getBooleanInput('upload-artifact') : true,
    artifactName: core.getInput('artifact-name') || PLAN_ARTIFACT,
    token: core.getInput('github-token'),
    marker: core.getInput('marker') || undefined,
    workflowRunId: runId ? Number(runId) : undefined,
    planDir: core.getInput('plan-dir') || undefined,
    workingDirectory: core.getInput('working-directory') || process.cwd(),
  }
}

/**
 * Parses the `shard` input, `I/N` with 1 ≤ I ≤ N ≤ 256 (the rule of `--shard`).
 *
 * @throws {UsageError} `shard: expected I/N with 1 ≤ I ≤ N ≤ 256 (e.g. 2/4), got "0/3"`.
 */
function parseShardInput(value: string): Shard | undefined {
  if (value.trim() === '') return undefined
  try {
    return parseShard(value)
  } catch {
    throw new UsageError(`shard: expected ${SHARD_FORM} (e.g. 2/4), got ${JSON.stringify(value)}`)
  }
}
