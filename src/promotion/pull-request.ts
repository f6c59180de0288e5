/**
 * `promotion.mode: pull-request`, for repositories whose main branch takes no direct
 * pushes: the promotion commit goes to its own branch, and a pull request with the plan as
 * its body is opened against the main branch (GitHub REST `POST /repos/{owner}/{repo}/pulls`).
 */
import type { GitHubClient } from '../github/comment.js'
import { withGitHubRetry } from '../github/retry.js'
import { UsageError } from '../errors.js'
import { commitChange } from '../git/commit.js'
import { classifyPushFailure, PushError, type PushChange } from '../git/push.js'
import { git, tryGit } from '../git/runner.js'
import { withWorktree } from '../git/worktree.js'

/** Options of {@link pushPromotionBranch}. */
export interface PromotionBranchOptions {
  repo: string
  remote: string
  /** The branch the pull request targets (`main`). */
  base: string
  /** The new branch (`slipway/promote-production-v1.5.0`). */
  branch: string
  apply: (dir: string) => Promise<PushChange | null>
}

/**
 * Fetches `base`, applies the change on its tip in a temporary worktree, commits it and
 * pushes the commit as the new branch `branch` (never forced: an existing branch of that
 * name makes the push fail, and the caller picks another name).
 *
 * @returns the commit, or undefined when the tip already has the change.
 * @throws {PushError} when the fetch or the push is refused.
 */
export async function pushPromotionBranch(options: PromotionBranchOptions): Promise<string | undefined> {
  const tracking = `refs/slipway/pr/${options.remote}/${options.base}`
  const fetched = await tryGit(options.repo, [
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    options.remote,
    `+refs/heads/${options.base}:${tracking}`,
  ])
  if (fetched.exitCode !== 0) {
    const kind = classifyPushFailure(fetched.stderr)
    throw new PushError(
      `git fetch ${options.remote} ${options.base} failed (${kind.reason}): ${fetched.stderr.trim()}`,
      kind.reason,
      1,
      fetched.stderr,
    )
  }
  const tip = (await git(options.repo, ['rev-parse', '--verify', `${tracking}^{commit}`])).trim()
  return withWorktree(options.repo, tip, 'promote-pr', async (tree) => {
    const change = await options.apply(tree.dir)
    if (!change) return undefined
    const commit = await commitChange(tree.dir, change)
    if (!commit) return undefined
    const pushed = await tryGit(tree.dir, [
      'push',
      '--porcelain',
      '--no-verify',
      options.remote,
      `HEAD:refs/heads/${options.branch}`,
    ])
    if (pushed.exitCode !== 0) {
      const output = `${pushed.stdout}\n${pushed.stderr}`
      throw new PushError(
        `git push of ${options.branch} to ${options.remote} was rejected: ${output.trim()}`,
        classifyPushFailure(output).reason,
        1,
        output,
      )
    }
    return commit
  })
}

/**
 * Opens a pull request, retried on rate limits and 5xx (`withGitHubRetry`).
 *
 * @param repository `owner/name`.
 * @returns its number and web URL.
 * @throws {UsageError} for a repository that is not `owner/name`; the Octokit `RequestError` otherwise.
 */
export async function openPullRequest(
  client: GitHubClient,
  repository: string,
  request: { head: string; base: string; title: string; body: string },
): Promise<{ number: number; url: string }> {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository)
  if (!match) throw new UsageError(`GITHUB_REPOSITORY ${JSON.stringify(repository)} is not owner/name`)
  const response = await withGitHubRetry(() =>
    client.rest.pulls.create({
      owner: match[1]!,
      repo: match[2]!,
      head: request.head,
      base: request.base,
      title: request.title,
      body: request.body.slice(0, 65_000),
      maintainer_can_modify: false,
    }),
  )
  return { number: response.data.number, url: response.data.html_url }
}
