/**
 * Push a change to a branch that others push to as well, without ever forcing: fetch the
 * tip, re-apply the *intent* of the change on it in a fresh worktree, commit, push
 * `HEAD:refs/heads/<branch>` (a fast-forward or nothing). A rejection because the tip moved
 * is retried by the one retry helper (`src/retry`) with full-jitter exponential backoff
 * ("Exponential Backoff And Jitter", AWS Architecture Blog, 2015); any other rejection is
 * terminal.
 */
import { setTimeout as delay } from 'node:timers/promises'
import { UsageError } from '../errors.js'
import { retry, type RetryPolicy } from '../retry/index.js'
import { commitChange, type GitIdentity } from './commit.js'
import { git, GIT_REMOTE_ENV, tryGit } from './runner.js'
import { withWorktree } from './worktree.js'

/** What `apply` wants committed; `files` are repository-relative paths it wrote in `dir`. */
export interface PushChange {
  message: string
  trailers?: Record<string, string | string[]>
  files: string[]
}

/** Options of {@link pushWithRetry}. */
export interface PushOptions {
  /** A clone (or worktree) of the repository; its objects and worktree list are used. */
  repo: string
  /** Remote name. Default `origin`. */
  remote?: string
  /** Branch on the remote, short name (`main`). */
  branch: string
  /**
   * Writes the change into `dir`, a checkout of the current remote tip, and describes it;
   * `null` when the tip already has it. Called once per attempt, each time on the newest tip.
   */
  apply: (dir: string) => Promise<PushChange | null>
  /** Attempts in all (fetch + apply + push). Default 5. */
  maxAttempts?: number
  /** Backoff base in milliseconds: attempt n waits up to min(maxDelayMs, baseDelayMs·2^(n-1)). Default 200. */
  baseDelayMs?: number
  /** Backoff cap in milliseconds. Default 5000. */
  maxDelayMs?: number
  /** Random number in [0, 1) for the jitter. Default `Math.random`. */
  random?: () => number
  /** Waits this many milliseconds. Default a timer. */
  sleep?: (ms: number) => Promise<void>
  author?: GitIdentity
  committer?: GitIdentity
}

/** What {@link pushWithRetry} did. */
export type PushResult =
  | { status: 'pushed'; commit: string; attempts: number }
  /** `apply` found nothing to change; `commit` is the remote tip it looked at. */
  | { status: 'no-op'; commit: string; attempts: number }

/** Why a push failed for good. */
export type PushFailure =
  'protected-branch' | 'hook-declined' | 'auth' | 'not-found' | 'rejected' | 'attempts-exhausted'

/** A push that failed without (further) retry. */
export class PushError extends Error {
  override name = 'PushError'
  constructor(
    message: string,
    readonly reason: PushFailure,
    /** Attempts made, including the failing one. */
    readonly attempts: number,
    /** git's output of the last push or fetch. */
    readonly stderr: string,
    /** The tip moved (or the server lost a ref race): another attempt on the new tip may succeed. */
    readonly retryable = false,
  ) {
    super(message)
  }
}

/** How a failed `git push` or `git fetch` is treated. */
export interface PushClassification {
  retry: boolean
  reason: PushFailure
}

/**
 * Classifies git's output of a failed push. Terminal first: GitHub's protected-branch and
 * rule violations (`GH006`, `GH013`), a declined hook, authentication or permission
 * failures, a missing repository or branch. Retried: the tip moved (`fetch first`,
 * `non-fast-forward`, `stale info`) or the server lost a ref race (`cannot lock ref`,
 * `failed to update ref`, `incorrect old value`). Anything else is terminal
 * (`rejected`): retrying an unknown failure does not make it succeed.
 */
export function classifyPushFailure(output: string): PushClassification {
  if (/GH006|GH013|protected branch|branch is protected/i.test(output))
    return { retry: false, reason: 'protected-branch' }
  if (/hook declined|pre-receive hook|update hook/i.test(output)) return { retry: false, reason: 'hook-declined' }
  if (
    /authentication failed|permission denied|permission to .* denied|could not read (username|password)|returned error: 403|\b403 forbidden|invalid credentials|terminal prompts disabled/i.test(
      output,
    )
  )
    return { retry: false, reason: 'auth' }
  if (
    /repository not found|does not appear to be a git repository|couldn't find remote ref|remote: not found/i.test(
      output,
    )
  )
    return { retry: false, reason: 'not-found' }
  if (
    /\(fetch first\)|non-fast-forward|stale info|cannot lock ref|failed to update ref|incorrect old value|unable to update local ref/i.test(
      output,
    )
  )
    return { retry: true, reason: 'rejected' }
  return { retry: false, reason: 'rejected' }
}

/**
 * Fetches `remote`'s `branch` (into the private ref `refs/slipway/push/<remote>/<branch>`
 * of `repo`, so the user's branches and remote-tracking refs are not moved), applies the
 * change on its tip in a temporary worktree,
 * commits it (one commit, with trailers) and pushes it as a fast-forward. Never uses
 * `--force` or a `+` refspec for the push, so commits others pushed are never lost: a push
 * that lost the race is retried on the new tip, up to `maxAttempts` in all.
 *
 * @returns `pushed` with the new commit, or `no-op` when `apply` returned null (or its
 *   files did not change anything) on the current tip.
 * @throws {UsageError} for an invalid branch or remote name or `maxAttempts` < 1.
 * @throws {PushError} with `reason` for a terminal rejection (protected branch, declined
 *   hook, authentication, missing repository/branch, unknown), or `attempts-exhausted`
 *   naming the attempts when every attempt lost the race.
 * @throws whatever `apply` throws (the worktree is removed first).
 */
export async function pushWithRetry(options: PushOptions): Promise<PushResult> {
  const remote = options.remote ?? 'origin'
  const { branch, repo } = options
  const maxAttempts = options.maxAttempts ?? 5
  const sleep = options.sleep ?? ((ms: number) => delay(ms).then(() => undefined))
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new UsageError(`pushWithRetry: maxAttempts ${maxAttempts} must be a positive integer`)
  if (!remote || remote.startsWith('-') || /\s/.test(remote))
    throw new UsageError(`pushWithRetry: invalid remote ${JSON.stringify(remote)}`)
  await assertBranchName(repo, branch)
  const tracking = `refs/slipway/push/${remote}/${branch}`
  const policy: RetryPolicy = { attempts: maxAttempts, baseDelayMs: 200, maxDelayMs: 5000, jitter: 'full' }
  const pushOnce = async (attempt: number): Promise<PushResult> => {
    // Fetch into a private ref (forced: it mirrors the remote, whatever happened there).
    const fetched = await tryGit(
      repo,
      ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${tracking}`],
      { passEnv: GIT_REMOTE_ENV },
    )
    if (fetched.exitCode !== 0) {
      const kind = classifyPushFailure(fetched.stderr)
      throw new PushError(
        `git fetch ${remote} ${branch} failed (${kind.reason}): ${fetched.stderr.trim()}`,
        kind.reason,
        attempt,
        fetched.stderr,
        kind.retry,
      )
    }
    const tip = (await git(repo, ['rev-parse', '--verify', `${tracking}^{commit}`])).trim()
    const outcome = await withWorktree(repo, tip, 'push', async (tree): Promise<PushResult | string> => {
      const change = await options.apply(tree.dir)
      if (!change) return { status: 'no-op', commit: tip, attempts: attempt }
      const commit = await commitChange(tree.dir, {
        ...change,
        ...(options.author ? { author: options.author } : {}),
        ...(options.committer ? { committer: options.committer } : {}),
      })
      if (!commit) return { status: 'no-op', commit: tip, attempts: attempt }
      const pushed = await tryGit(
        tree.dir,
        ['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`],
        { passEnv: GIT_REMOTE_ENV },
      )
      if (pushed.exitCode === 0) return { status: 'pushed', commit, attempts: attempt }
      return `${pushed.stdout}\n${pushed.stderr}`
    })
    if (typeof outcome !== 'string') return outcome
    const kind = classifyPushFailure(outcome)
    throw new PushError(
      `git push to ${remote} ${branch} was rejected (${kind.reason}): ${summarise(outcome)}`,
      kind.reason,
      attempt,
      outcome,
      kind.retry,
    )
  }
  try {
    return await retry(
      pushOnce,
      (error) => (error instanceof PushError && error.retryable ? { reason: error.reason } : undefined),
      policy,
      { baseDelayMs: options.baseDelayMs, maxDelayMs: options.maxDelayMs, random: options.random, sleep },
    )
  } catch (error) {
    // Every attempt lost the race: say so, rather than "rejected" for the last one.
    if (error instanceof PushError && error.retryable)
      throw new PushError(
        `git push to ${remote} ${branch} still rejected after ${maxAttempts} attempts (the branch kept moving): ${summarise(error.stderr)}`,
        'attempts-exhausted',
        maxAttempts,
        error.stderr,
      )
    throw error
  }
}

function summarise(output: string): string {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== 'Done' && !line.startsWith('To '))
    .join('; ')
}

async function assertBranchName(repo: string, branch: string): Promise<void> {
  if (!branch || branch.startsWith('-') || branch.startsWith('refs/'))
    throw new UsageError(`pushWithRetry: invalid branch ${JSON.stringify(branch)} (give the short name, e.g. main)`)
  const check = await tryGit(repo, ['check-ref-format', `refs/heads/${branch}`])
  if (check.exitCode !== 0) throw new UsageError(`pushWithRetry: invalid branch name ${JSON.stringify(branch)}`)
}
