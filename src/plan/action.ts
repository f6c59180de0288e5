/**
 * The `actions/plan` action. Two modes, so pull requests from forks get a comment without
 * ever running their code with a write token (and `merge`, for a job matrix):
 *
 * - `plan` (in the `pull_request` workflow, read-only token): make the plan, write the job
 *   summary, annotate risks, upload the `slipway-plan` artifact (comment, JSON, full diff,
 *   PR number and head SHA) and — when `comment: true` and the token may write — post the
 *   sticky comment itself.
 * - `comment` (in the `workflow_run` workflow, privileged, runs the default branch's code):
 *   find the pull request (event, else the artifact's validated `meta.json`), check its head
 *   against the run, fetch its commits as data, plan them with the base revision's settings
 *   and write the comment itself. The artifact's markdown is never posted.
 *
 * In a job matrix (pr.yml above `ci.matrix`), each `plan` job with `shard: I/N` (N > 1) plans
 * its shard and uploads the plan JSON as the artifact `slipway-plan-shard-I-of-N`, publishing
 * nothing else; `merge` (a final job) merges the downloaded shards and publishes exactly what
 * one unsharded `plan` job does: the job summary, the risk annotations and the `slipway-plan`
 * artifact with its `meta.json` (and the comment when `comment: true`).
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { errorMessage, UsageError } from '../errors.js'
import { formatRef } from '../manifests/resource.js'
import { readJsonShards } from '../util/find-files.js'
import { shardArtifactName, type Shard } from '../validation/shard.js'
import { renderFullDiff, renderJson, renderMarkdown } from './format/index.js'
import type { PlanJson } from './format/json.js'
import { isPlanJson, mergePlans } from './merge.js'
import type { Plan } from './model.js'
import { createPlan } from './plan.js'
import { annotationText } from '../github/markdown.js'
import { downloadRunArtifact, readPlanMeta, uploadArtifactFiles, writePlanBundle } from '../github/artifact.js'
import { COMMENT_MAX_CHARS, createGitHubClient, stickyMarker, upsertStickyComment } from '../github/comment.js'
import { fetchPullRequest, pullRequestRevisions, requirePullNumber, requireSha } from '../github/pr-source.js'
import type { RetryOptions } from '../github/retry.js'
import { SUMMARY_MAX_CHARS, writeJobSummary } from '../github/summary.js'

/** Artifacts of the plan shard jobs are named `slipway-plan-shard-I-of-N`: this prefix, then the shard. */
export const PLAN_SHARD_ARTIFACT_PREFIX = 'slipway-plan-shard-'

/**
 * The artifact (and file name, without `.json`) of one plan shard: `slipway-plan-shard-2-of-4`.
 * The merge job downloads them all with the pattern `slipway-plan-shard-*`.
 */
export function planShardArtifactName(shard: Shard): string {
  return shardArtifactName(PLAN_SHARD_ARTIFACT_PREFIX, shard)
}

/** The action's modes (see the module comment). */
export const PLAN_MODES = ['plan', 'comment', 'merge'] as const

/** The action's inputs, parsed once. */
export interface PlanActionInputs {
  mode: (typeof PLAN_MODES)[number]
  /** `plan` mode: plan only this shard (`1/1` or none: the whole plan). */
  shard?: Shard
  /** `merge` mode: a directory (searched for `*.json`) or glob of the shards' plan JSON, relative to `workingDirectory`. */
  plans?: string
  base?: string
  head?: string
  paths: string[]
  environments: string[]
  all: boolean
  config?: string
  /** Comment budget; `undefined` = `plan.maxCommentChars` of slipway.yaml, else 65,536. */
  maxCommentChars?: number
  comment: boolean
  uploadArtifact: boolean
  artifactName: string
  token: string
  /** Names the sticky comment's marker; default the workflow name. */
  marker?: string
  /** `comment` mode: the run whose artifact to post; default the triggering `workflow_run`. */
  workflowRunId?: number
  /** `comment` mode: an already downloaded artifact directory (skips the download). */
  planDir?: string
  workingDirectory: string
}

/** What the action knows about the run, from `GITHUB_*` variables and the event payload. */
export interface RunContext {
  owner: string
  repo: string
  workflow: string
  runUrl?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: Record<string, any>
}

/** Reads {@link RunContext} now (not at module load) from `GITHUB_REPOSITORY`, `GITHUB_EVENT_PATH`, … */
export function getRunContext(): RunContext {
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  const eventPath = process.env.GITHUB_EVENT_PATH
  const payload = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>) : {}
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runId = process.env.GITHUB_RUN_ID
  return {
    owner,
    repo,
    workflow: process.env.GITHUB_WORKFLOW ?? 'slipway-plan',
    runUrl: runId ? `${server}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    payload,
  }
}

/** Outputs set by {@link runPlanAction}. */
export interface PlanActionResult {
  commentUrl?: string
  commentAction?: string
  totals?: { added: number; changed: number; removed: number }
  /** `plan` mode: directory of the bundle (comment.md, plan.json, full.diff, meta.json). */
  planDir?: string
  /** True when an environment failed to render (the action then fails after publishing). */
  failed: boolean
}

/**
 * Runs the action in the given mode. Never calls `setFailed` — {@link run} does.
 *
 * @throws {UsageError} for missing inputs (no base outside a pull request, no PR number);
 *   errors of the plan, the artifact service or the GitHub API.
 */
export async function runPlanAction(
  inputs: PlanActionInputs,
  context: RunContext,
  retry?: RetryOptions,
): Promise<PlanActionResult> {
  if (inputs.mode === 'comment') return commentFromWorkflowRun(inputs, context, retry)
  if (inputs.mode === 'merge') {
    const plan = await core.group('Merge plan shards', () => readPlanShards(inputs))
    // The shards' JSON does not carry the base revision's plan.maxCommentChars: the input, else GitHub's limit.
    return publishPlan(plan, inputs.maxCommentChars ?? COMMENT_MAX_CHARS, inputs, context, retry)
  }
  return planAndPublish(inputs, context, retry)
}

type PullRequestPayload = { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined

async function planAndPublish(
  inputs: PlanActionInputs,
  context: RunContext,
  retry?: RetryOptions,
): Promise<PlanActionResult> {
  const pr = context.payload.pull_request as PullRequestPayload
  const base = inputs.base ?? pr?.base?.sha
  if (!base) throw new UsageError('base: required outside a pull_request event (e.g. base: origin/main)')
  // A shard of one is the whole plan.
  const shard = inputs.shard && inputs.shard.count > 1 ? inputs.shard : undefined
  const run = await core.group(shard ? `Plan (shard ${shard.index}/${shard.count})` : 'Plan', () =>
    createPlan({
      cwd: inputs.workingDirectory,
      base,
      ...(inputs.head ? { head: inputs.head } : {}),
      ...(inputs.paths.length ? { paths: inputs.paths } : {}),
      ...(inputs.environments.length ? { environments: inputs.environments } : {}),
      all: inputs.all,
      ...(inputs.config ? { configFile: inputs.config } : {}),
      ...(shard ? { shard } : {}),
    }),
  )
  if (shard) return publishPlanShard(run.plan, shard, inputs)
  return publishPlan(run.plan, inputs.maxCommentChars ?? run.config.maxCommentChars, inputs, context, retry)
}

/**
 * One shard of a matrix (N > 1): writes the shard's plan JSON (the input of `merge`) and
 * uploads it as `slipway-plan-shard-I-of-N` (unless `upload-artifact: false`), logs its
 * totals and sets `added`, `changed`, `removed` (this shard's) and `plan-dir`. No job
 * summary, annotation or comment, and no failure for a render error: the merge job
 * publishes and judges the whole plan.
 */
async function publishPlanShard(plan: Plan, shard: Shard, inputs: PlanActionInputs): Promise<PlanActionResult> {
  const name = planShardArtifactName(shard)
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'slipway-plan-shard-'))
  const file = join(dir, `${name}.json`)
  await writeFile(file, renderJson(plan), { flag: 'wx', mode: 0o600 })
  core.info(
    plan.environments
      .map((env) => `${env.name}: ${env.added} to add, ${env.changed} to change, ${env.removed} to destroy`)
      .join('\n') || `No environment of shard ${shard.index}/${shard.count} affected.`,
  )
  for (const env of plan.environments)
    for (const error of env.errors) core.info(annotationText(`${env.name}: render failed: ${error}`, true))
  if (inputs.uploadArtifact)
    await core.group(`Upload ${name}`, async () => {
      try {
        await uploadArtifactFiles(name, [file], dir)
      } catch (error) {
        throw new Error(`Could not upload the artifact ${name}: ${errorMessage(error)}`)
      }
    })
  core.setOutput('plan-dir', dir)
  for (const [key, value] of Object.entries(plan.totals)) core.setOutput(key, value)
  return { totals: plan.totals, planDir: dir, failed: false }
}

/**
 * `merge` mode: reads every shard's plan JSON under `plans` (a directory or a glob) and
 * merges them into the unsharded plan ({@link mergePlans}).
 *
 * @throws {UsageError} naming the input or file: nothing found, a file that is not a plan's
 *   JSON, or shards that do not make one run (missing, twice, other revisions).
 */
async function readPlanShards(inputs: PlanActionInputs): Promise<Plan> {
  if (!inputs.plans) throw new UsageError("plans: required with mode: merge (the downloaded plan shards' directory)")
  const { documents, names } = await readJsonShards({
    input: 'plans',
    pattern: inputs.plans,
    cwd: inputs.workingDirectory,
    noun: 'plan JSON',
    kind: "a slipway plan's JSON",
    is: (document): document is PlanJson => isPlanJson(document),
  })
  core.info(`Merging ${names.length} plan shards: ${names.join(', ')}`)
  return mergePlans(documents, names)
}

/**
 * Publishes a whole plan (unsharded, or merged from shards): the job summary, risk and
 * render-error annotations, the bundle (comment, JSON, full diff, `meta.json`) uploaded as
 * `artifact-name`, the sticky comment when asked, and the outputs.
 */
async function publishPlan(
  plan: Plan,
  maxCommentChars: number,
  inputs: PlanActionInputs,
  context: RunContext,
  retry?: RetryOptions,
): Promise<PlanActionResult> {
  const pr = context.payload.pull_request as PullRequestPayload
  // Secret data is redacted structurally and render errors are already scrubbed in the plan: outputs are not rewritten.
  const marker = stickyMarker(inputs.marker ?? context.workflow)
  const location = inputs.uploadArtifact
    ? `the \`${inputs.artifactName}\` artifact of [this run](${context.runUrl ?? '#'})`
    : 'the job log'
  const comment = renderMarkdown(plan, {
    maxChars: Math.min(maxCommentChars, COMMENT_MAX_CHARS) - marker.length - 1,
    fullDiffLocation: location,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  }).markdown
  const fullDiff = renderFullDiff(plan)
  await writeJobSummary(renderMarkdown(plan, { maxChars: SUMMARY_MAX_CHARS, fullDiffLocation: location }).markdown)
  for (const env of plan.environments) {
    for (const risk of env.risks)
      core.warning(annotationText(`${env.name}: ${risk.message}`), { title: annotationText(`Plan risk: ${risk.rule}`) })
    for (const error of env.errors)
      core.error(annotationText(`${env.name}: ${error}`, true), { title: 'Plan: render failed' })
  }
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'slipway-plan-'))
  const files = await writePlanBundle(
    dir,
    {
      pullRequest: pr?.number ?? 0,
      headSha: pr?.head?.sha ?? plan.head.commit ?? '0'.repeat(40),
      workflow: inputs.marker ?? context.workflow,
    },
    { comment, json: renderJson(plan), diff: fullDiff },
  )
  core.setOutput('plan-dir', dir)
  core.setOutput('full-diff', join(dir, 'full.diff'))
  if (inputs.uploadArtifact)
    await core.group('Upload artifact', () => uploadArtifactFiles(inputs.artifactName, files, dir))
  const result: PlanActionResult = {
    totals: plan.totals,
    planDir: dir,
    failed: plan.environments.some((env) => env.errors.length > 0),
  }
  if (inputs.comment && pr?.number) {
    const posted = await upsertStickyComment(
      createGitHubClient(inputs.token),
      { owner: context.owner, repo: context.repo, issueNumber: pr.number },
      marker,
      comment,
      { retry },
    )
    result.commentUrl = posted.url
    result.commentAction = posted.action
    core.info(`Comment ${posted.action}: ${posted.url}`)
  }
  for (const [key, value] of Object.entries(plan.totals)) core.setOutput(key, value)
  if (result.commentUrl) core.setOutput('comment-url', result.commentUrl)
  core.info(
    plan.environments
      .map((env) => `${env.name}: ${env.added} to add, ${env.changed} to change, ${env.removed} to destroy`)
      .join('\n') || 'No environment affected.',
  )
  for (const env of plan.environments)
    for (const resource of env.resources) core.debug(`${env.name} ${resource.change} ${formatRef(resource.ref)}`)
  return result
}

/**
 * `comment` mode, in the trusted `workflow_run` job (the default branch's code, a write
 * token): the pull request is DATA. Its number comes from the event (`pull_requests`) or,
 * for forks, from the artifact's `meta.json` — validated strictly and checked against the
 * API, whose head must be the run's `head_sha`. Its commits are fetched (never checked out
 * into the tool's path, no hooks, no LFS), the plan is computed here with the base
 * revision's settings, and the markdown is written here: nothing the pull request produced
 * (its artifact's comment, its bundle, its config) reaches the comment.
 *
 * In this workflow's own job matrix: with `shard: I/N` (N > 1) a job plans its shard the same
 * way and uploads the plan JSON instead of posting; with `plans` the final job merges those
 * shards (artifacts of this trusted run, checked to be of the run's head commit) and posts
 * the one comment, without fetching or planning.
 */
async function commentFromWorkflowRun(
  inputs: PlanActionInputs,
  context: RunContext,
  retry?: RetryOptions,
): Promise<PlanActionResult> {
  const workflowRun = context.payload.workflow_run as
    | {
        id?: number
        head_sha?: string
        name?: string
        pull_requests?: Array<{ number?: unknown; head?: { sha?: unknown } }>
      }
    | undefined
  if (!workflowRun)
    throw new UsageError(
      'comment mode runs on a workflow_run event (the planned pull request and its head SHA come from it)',
    )
  const headSha = requireSha(workflowRun.head_sha, 'workflow_run.head_sha')
  const number = await pullRequestNumber(inputs, context, workflowRun, headSha)
  const client = createGitHubClient(inputs.token)
  const target = { owner: context.owner, repo: context.repo, issueNumber: number }
  const revisions = await pullRequestRevisions(client, target, headSha, retry)
  let plan: Plan
  let maxCommentChars: number
  if (inputs.plans) {
    // The final job of this workflow's matrix: the shards were planned by this run's jobs
    // (the default branch's code), so their JSON is trusted; it must be of the run's head.
    plan = await core.group('Merge plan shards', () => readPlanShards(inputs))
    if (plan.head.commit !== headSha)
      throw new UsageError(
        `plans: the shards planned commit ${plan.head.commit ?? '(none)'}, the workflow run ${headSha}; not commenting`,
      )
    maxCommentChars = inputs.maxCommentChars ?? COMMENT_MAX_CHARS
  } else {
    const fetched = await core.group(`Fetch pull request #${number} (as data)`, () =>
      fetchPullRequest(inputs.workingDirectory, revisions, { token: inputs.token }),
    )
    const shard = inputs.shard && inputs.shard.count > 1 ? inputs.shard : undefined
    const run = await core.group(shard ? `Plan (shard ${shard.index}/${shard.count})` : 'Plan', () =>
      createPlan({
        cwd: inputs.workingDirectory,
        base: fetched.base,
        head: fetched.head,
        ...(inputs.paths.length ? { paths: inputs.paths } : {}),
        ...(inputs.environments.length ? { environments: inputs.environments } : {}),
        all: inputs.all,
        ...(inputs.config ? { configFile: inputs.config } : {}),
        ...(shard ? { shard } : {}),
      }),
    )
    plan = run.plan
    plan.base.ref = revisions.baseRef
    plan.head.ref = `#${number}`
    // One shard of this workflow's matrix: its plan JSON goes to the final job, which posts.
    if (shard) return publishPlanShard(plan, shard, inputs)
    maxCommentChars = inputs.maxCommentChars ?? run.config.maxCommentChars
  }
  // The marker comes from this (trusted) workflow's inputs or the planning workflow's name, never from the artifact.
  const marker = stickyMarker(inputs.marker ?? workflowRun.name ?? context.workflow)
  const location = `the job log of [this run](${context.runUrl ?? '#'})`
  const comment = renderMarkdown(plan, {
    maxChars: Math.min(maxCommentChars, COMMENT_MAX_CHARS) - marker.length - 1,
    fullDiffLocation: location,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  }).markdown
  await writeJobSummary(renderMarkdown(plan, { maxChars: SUMMARY_MAX_CHARS, fullDiffLocation: location }).markdown)
  const posted = await upsertStickyComment(client, target, marker, comment, { retry })
  core.setOutput('comment-url', posted.url)
  for (const [key, value] of Object.entries(plan.totals)) core.setOutput(key, value)
  core.info(`Comment ${posted.action}: ${posted.url}`)
  core.startGroup('Full diff (Secret values redacted)')
  logUntrusted(renderFullDiff(plan))
  core.endGroup()
  return { commentUrl: posted.url, commentAction: posted.action, totals: plan.totals, failed: false }
}

/**
 * The pull request a `workflow_run` planned: the event's `pull_requests` entry whose head is
 * the run's head (same-repository pull requests), else `meta.json` of the run's artifact
 * (forks: GitHub leaves `pull_requests` empty) — only its `pullRequest` and `headSha`, validated.
 *
 * @throws {UsageError}/{ConfigError} when neither names a pull request for `headSha`.
 */
async function pullRequestNumber(
  inputs: PlanActionInputs,
  context: RunContext,
  workflowRun: { id?: number; pull_requests?: Array<{ number?: unknown; head?: { sha?: unknown } }> },
  headSha: string,
): Promise<number> {
  const fromEvent = (workflowRun.pull_requests ?? []).find((pr) => pr.head?.sha === headSha)
  if (fromEvent) return requirePullNumber(fromEvent.number, 'workflow_run.pull_requests[].number')
  const runId = inputs.workflowRunId ?? workflowRun.id
  if (!inputs.planDir && !runId) throw new UsageError('workflow-run-id: required outside a workflow_run event')
  const dir =
    inputs.planDir ??
    (await downloadRunArtifact(
      inputs.artifactName,
      await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'slipway-plan-')),
      {
        token: inputs.token,
        workflowRunId: runId as number,
        repositoryOwner: context.owner,
        repositoryName: context.repo,
      },
    ))
  const meta = await readPlanMeta(dir)
  if (meta.headSha !== headSha)
    throw new UsageError(`artifact is for commit ${meta.headSha}, the workflow run for ${headSha}; not commenting`)
  return meta.pullRequest
}

/**
 * Prints text that comes from the pull request to the log with workflow commands off
 * (`::stop-commands::<random token>` … `::<token>::`, docs.github.com "Stopping and starting
 * workflow commands"), so a line of it can never be read as `::error::`, `::add-mask::`, ….
 */
export function logUntrusted(
  text: string,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): void {
  const token = randomBytes(16).toString('hex')
  write(`::stop-commands::${token}`)
  write(text.replace(/\n$/, ''))
  write(`::${token}::`)
}
