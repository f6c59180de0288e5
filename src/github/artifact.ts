/**
 * The plan artifact: the files the unprivileged `pull_request` job uploads and the
 * privileged `workflow_run` job downloads. Its contents are untrusted on download (they
 * come from pull-request code): {@link readPlanBundle} validates every field.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { ConfigError } from '../errors.js'

/** Default artifact name. */
export const PLAN_ARTIFACT = 'slipway-plan'

/** File names inside the artifact. */
export const BUNDLE_FILES = { meta: 'meta.json', comment: 'comment.md', json: 'plan.json', diff: 'full.diff' } as const

/** `meta.json`: which pull request and commit the plan belongs to. */
export interface PlanBundleMeta {
  pullRequest: number
  /** Head commit of the pull request the plan was made for (40 hex). */
  headSha: string
  /** Workflow whose sticky comment this is (names the marker). */
  workflow: string
}

/** The artifact's contents. */
export interface PlanBundle {
  meta: PlanBundleMeta
  /** The comment body (markdown, already within the size limit). */
  comment: string
}

/**
 * Writes the bundle files into `dir`.
 *
 * @returns the absolute paths written (for {@link uploadArtifactFiles}).
 */
export async function writePlanBundle(dir: string, meta: PlanBundleMeta, files: { comment: string; json: string; diff: string }): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const written: Array<[string, string]> = [
    [BUNDLE_FILES.meta, `${JSON.stringify(meta, null, 2)}\n`],
    [BUNDLE_FILES.comment, files.comment],
    [BUNDLE_FILES.json, files.json],
    [BUNDLE_FILES.diff, files.diff],
  ]
  // Exclusive create: the directory is fresh (mkdtemp); a file planted there is never followed or overwritten.
  for (const [name, content] of written) await writeFile(join(dir, name), content, { flag: 'wx', mode: 0o600 })
  return written.map(([name]) => join(dir, name))
}

/**
 * Reads and validates a downloaded bundle.
 *
 * @throws {ConfigError} naming the file and field when the bundle is incomplete or malformed.
 */
export async function readPlanBundle(dir: string): Promise<PlanBundle> {
  const metaFile = join(dir, BUNDLE_FILES.meta)
  let meta: Record<string, unknown>
  try {
    meta = JSON.parse(await readFile(metaFile, 'utf8')) as Record<string, unknown>
  } catch (error) {
    throw new ConfigError(`cannot read plan artifact: ${(error as Error).message}`, metaFile)
  }
  if (!Number.isInteger(meta.pullRequest) || (meta.pullRequest as number) <= 0) throw new ConfigError(`pullRequest must be a positive integer, got ${JSON.stringify(meta.pullRequest)}`, metaFile)
  if (typeof meta.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(meta.headSha)) throw new ConfigError(`headSha must be a 40-character commit SHA, got ${JSON.stringify(meta.headSha)}`, metaFile)
  if (typeof meta.workflow !== 'string' || meta.workflow === '' || meta.workflow.length > 200) throw new ConfigError(`workflow must be a non-empty string, got ${JSON.stringify(meta.workflow)}`, metaFile)
  const comment = await readFile(join(dir, BUNDLE_FILES.comment), 'utf8')
  return { meta: { pullRequest: meta.pullRequest as number, headSha: meta.headSha, workflow: meta.workflow }, comment }
}

/**
 * Uploads files as a workflow artifact (@actions/artifact v2+ API).
 *
 * @returns the artifact id.
 */
export async function uploadArtifactFiles(name: string, files: string[], rootDirectory: string, retentionDays = 14): Promise<number | undefined> {
  const client = new DefaultArtifactClient()
  const { id } = await client.uploadArtifact(name, files, rootDirectory, { retentionDays })
  return id
}

/**
 * Downloads artifact `name` of another workflow run into `dir` (needs `actions: read`).
 *
 * @throws when the run has no such artifact.
 */
export async function downloadRunArtifact(name: string, dir: string, findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string }): Promise<string> {
  const client = new DefaultArtifactClient()
  const { artifact } = await client.getArtifact(name, { findBy })
  const { downloadPath } = await client.downloadArtifact(artifact.id, { path: dir, findBy })
  return downloadPath ?? dir
}
