// Typed inputs of the `plan` action (actions/plan/action.yml), read once from `INPUT_*`.
import * as core from '@actions/core'
import { UsageError } from '../../src/errors.js'
import { PLAN_ARTIFACT } from '../../src/github/artifact.js'
import { parseMaxCommentChars } from '../../src/plan/config.js'
import type { PlanActionInputs } from '../../src/plan/action.js'

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
  const mode = core.getInput('mode') || 'plan'
  if (mode !== 'plan' && mode !== 'comment')
    throw new UsageError(`mode: expected plan or comment, got ${JSON.stringify(mode)}`)
  const maxCommentChars = parseMaxCommentChars(core.getInput('max-comment-chars'), undefined, 'max-comment-chars')
  const runId = core.getInput('workflow-run-id')
  if (runId && !/^\d+$/.test(runId))
    throw new UsageError(`workflow-run-id: expected a number, got ${JSON.stringify(runId)}`)
  return {
    mode,
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
