/**
 * Git history as the promotion record: each commit that changed an environment's
 * kustomization, with the digests it ran from then on and the `Slipway-*` trailers.
 */
import type { EcrConfig } from '../config/sections/ecr.js'
import { log, showFile } from '../git/repository.js'
import { tryGit } from '../git/runner.js'
import type { EnvironmentRevision } from './gates.js'
import { overlayState, parseKustomizationText } from './overlay.js'

/** The trailer keys promotion writes (the audit log). */
export const TRAILERS = {
  release: 'Slipway-Release',
  environment: 'Slipway-Environment',
  from: 'Slipway-From',
  reason: 'Slipway-Reason',
  emergency: 'Slipway-Emergency',
  rollback: 'Slipway-Rollback',
} as const

/** How far back history is read, in commits touching one kustomization. */
export const HISTORY_LIMIT = 300

/**
 * The revisions of an environment: every commit (up to {@link HISTORY_LIMIT}) that changed
 * its kustomization file, oldest first, with the digests and tags by service read from the
 * file at that commit, and the release it ran: the `Slipway-Release` trailer of a promotion
 * of this environment, else the version label, else the tag all services share.
 *
 * @param file repository-relative kustomization path, e.g. `manifests/overlays/staging/kustomization.yaml`.
 * @param ref the commit to read back from. Default HEAD.
 * @throws {ConfigError} when the file at some commit is not YAML; {@link ExecError} when git fails.
 */
export async function environmentHistory(
  repo: string,
  environment: string,
  file: string,
  ecr: EcrConfig,
  ref?: string,
): Promise<EnvironmentRevision[]> {
  const entries = await log(repo, { paths: [file], maxCount: HISTORY_LIMIT, ...(ref ? { ref } : {}) })
  const revisions: EnvironmentRevision[] = []
  for (const entry of entries.reverse()) {
    const text = await showFile(repo, entry.sha, file)
    if (text === undefined) continue
    let state
    try {
      state = overlayState(parseKustomizationText(`${file}@${entry.sha.slice(0, 7)}`, text), ecr)
    } catch {
      continue // a broken revision of the file ran nothing Slipway can name
    }
    const digests: Record<string, string> = {}
    const tags: Record<string, string> = {}
    for (const [service, image] of Object.entries(state.images)) {
      if (image.digest) digests[service] = image.digest
      if (image.tag) tags[service] = image.tag
    }
    const promoted = entry.trailers[TRAILERS.environment]?.includes(environment)
      ? entry.trailers[TRAILERS.release]?.[0]
      : undefined
    const common = new Set(Object.values(tags))
    const release = promoted ?? state.version ?? (common.size === 1 ? [...common][0] : undefined)
    revisions.push({
      commit: entry.sha,
      dateMs: entry.committerDate.getTime(),
      digests,
      tags,
      ...(release ? { release } : {}),
      trailers: entry.trailers,
      subject: entry.subject,
    })
  }
  return revisions
}

/** True when a revision is a promotion of `environment` marked `Slipway-Rollback: true`. */
export function isRollback(revision: EnvironmentRevision, environment: string): boolean {
  return Boolean(
    revision.trailers[TRAILERS.environment]?.includes(environment) &&
    revision.trailers[TRAILERS.rollback]?.[0] === 'true',
  )
}

/**
 * When a release tag was made: the tagger date of an annotated tag, else the committer
 * date of the commit it points at (`git for-each-ref %(creatordate:unix)`).
 *
 * @returns ms since the epoch, or undefined when the repository has no such tag.
 */
export async function releaseTagDate(repo: string, release: string): Promise<number | undefined> {
  const result = await tryGit(repo, ['for-each-ref', '--format=%(creatordate:unix)', `refs/tags/${release}`])
  const seconds = Number(result.stdout.trim().split('\n')[0])
  return result.exitCode === 0 && seconds > 0 ? seconds * 1000 : undefined
}
