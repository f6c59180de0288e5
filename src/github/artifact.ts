/**
 * The plan artifact: the files the unprivileged `pull_request` job uploads and the
 * privileged `workflow_run` job downloads. Its contents are untrusted on download (they
 * come from pull-request code): that job reads only `meta.json` ({@link readPlanMeta}, every
 * field validated) to learn the pull request of a fork; the markdown is never posted.
 */
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises'
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

/**
 * Writes the bundle files into `dir`.
 *
 * @returns the absolute paths written (for {@link uploadArtifactFiles}).
 */
export async function writePlanBundle(
  dir: string,
  meta: PlanBundleMeta,
  files: { comment: string; json: string; diff: string },
): Promise<string[]> {
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

/** `meta.json` larger than this (bytes) is refused unread. */
const META_MAX_BYTES = 4096

/**
 * Reads `meta.json` of a downloaded artifact — the only file of it the trusted comment job
 * reads — and validates it strictly: `pullRequest` a positive integer, `headSha` 40 hex
 * digits, `workflow` a short string. The artifact comes from pull-request code: its
 * `comment.md`, `plan.json` and `full.diff` are never read there.
 *
 * @throws {ConfigError} naming the file and field when it is missing, too large or malformed.
 */
export async function readPlanMeta(dir: string): Promise<PlanBundleMeta> {
  const metaFile = join(dir, BUNDLE_FILES.meta)
  let meta: Record<string, unknown>
  try {
    const info = await lstat(metaFile)
    if (!info.isFile() || info.size > META_MAX_BYTES)
      throw new Error(`not a regular file of at most ${META_MAX_BYTES} bytes`)
    meta = JSON.parse(await readFile(metaFile, 'utf8')) as Record<string, unknown>
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw new Error('not a JSON object')
  } catch (error) {
    throw new ConfigError(`cannot read plan artifact: ${(error as Error).message}`, metaFile)
  }
  if (
    !Number.isInteger(meta.pullRequest) ||
    (meta.pullRequest as number) <= 0 ||
    (meta.pullRequest as number) > 2 ** 31 - 1
  )
    throw new ConfigError(
      `pullRequest must be a positive integer, got ${JSON.stringify(meta.pullRequest)?.slice(0, 80)}`,
      metaFile,
    )
  if (typeof meta.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(meta.headSha))
    throw new ConfigError(
      `headSha must be a 40-character commit SHA, got ${JSON.stringify(meta.headSha)?.slice(0, 80)}`,
      metaFile,
    )
  if (typeof meta.workflow !== 'string' || meta.workflow === '' || meta.workflow.length > 200)
    throw new ConfigError(
      `workflow must be a non-empty string, got ${JSON.stringify(meta.workflow)?.slice(0, 80)}`,
      metaFile,
    )
  return { pullRequest: meta.pullRequest as number, headSha: meta.headSha, workflow: meta.workflow }
}

/**
 * Uploads files as a workflow artifact (@actions/artifact v2+ API).
 *
 * @returns the artifact id.
 */
export async function uploadArtifactFiles(
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays = 14,
): Promise<number | undefined> {
  const client = new DefaultArtifactClient()
  const { id } = await client.uploadArtifact(name, files, rootDirectory, { retentionDays })
  return id
}

/**
 * Downloads artifact `name` of another workflow run into `dir` (needs `actions: read`).
 *
 * @throws when the run has no such artifact.
 */
export async function downloadRunArtifact(
  name: string,
  dir: string,
  findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string },
): Promise<string> {
  const client = new DefaultArtifactClient()
  const { artifact } = await client.getArtifact(name, { findBy })
  const { downloadPath } = await client.downloadArtifact(artifact.id, { path: dir, findBy })
  return downloadPath ?? dir
}
