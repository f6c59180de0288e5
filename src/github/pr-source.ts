/**
 * The pull request as DATA for the trusted `workflow_run` comment job: which pull request
 * and commits (from the event and the GitHub API, never from the untrusted artifact beyond
 * a strictly validated PR number), and its commits fetched into the default branch's
 * checkout without running anything of the pull request: `git fetch` of
 * `refs/pull/<N>/head` (GitHub's read-only ref of every pull request, forks included —
 * docs.github.com "Checking out pull requests locally") through `src/git/runner.ts` with
 * `untrusted: true` (hooks off, no LFS smudge), no tags, no submodules. Nothing is checked
 * out here: `plan` later checks the head out into a temporary worktree outside the tool's
 * path.
 */
import { ConfigError, UsageError } from '../errors.js'
import { git, tryGit } from '../git/runner.js'
import type { CommentTarget, GitHubClient } from './comment.js'
import { withGitHubRetry, type RetryOptions } from './retry.js'

/** A full commit SHA as GitHub reports it (SHA-1, 40 lowercase hex digits). */
const SHA = /^[0-9a-f]{40}$/

/** What the comment job plans: the pull request, its head commit, and the base branch and commit. */
export interface PullRequestRevisions {
  number: number
  /** Head commit (40 hex), equal to the planning run's `workflow_run.head_sha`. */
  headSha: string
  /** Base branch (e.g. `main`). */
  baseRef: string
  /** The base branch's commit the pull request was last compared with (40 hex). */
  baseSha: string
}

/**
 * Validates a commit SHA from an event payload, the API or an artifact.
 *
 * @throws {ConfigError} naming `where` and the value unless it is 40 lowercase hex digits.
 */
export function requireSha(value: unknown, where: string): string {
  if (typeof value !== 'string' || !SHA.test(value))
    throw new ConfigError(`must be a 40-character commit SHA, got ${JSON.stringify(value)?.slice(0, 80)}`, where)
  return value
}

/**
 * Validates a pull request number.
 *
 * @throws {ConfigError} naming `where` unless it is an integer from 1 to 2^31-1.
 */
export function requirePullNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 2 ** 31 - 1)
    throw new ConfigError(
      `must be a positive integer pull request number, got ${JSON.stringify(value)?.slice(0, 80)}`,
      where,
    )
  return value
}

/**
 * Reads pull request `number` from the API and checks that its head is `headSha` (the
 * commit the triggering run planned) — the number may come from an untrusted artifact and
 * must not redirect the comment to another pull request.
 *
 * @returns the head and the base branch and commit, as the API reports them.
 * @throws {UsageError} when the head moved (`… head is X, not Y …; not commenting`) or the
 *   base branch name is not a plain branch name; the Octokit error after retries.
 */
export async function pullRequestRevisions(
  client: GitHubClient,
  target: CommentTarget,
  headSha: string,
  retry?: RetryOptions,
): Promise<PullRequestRevisions> {
  const { data } = await withGitHubRetry(
    () => client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber }),
    retry,
  )
  const head = requireSha(data.head?.sha, `pull request #${target.issueNumber} head.sha`)
  if (head !== headSha)
    throw new UsageError(
      `pull request #${target.issueNumber} head is ${head}, not ${headSha} (the run that made the plan); not commenting`,
    )
  const baseRef = data.base?.ref
  if (
    typeof baseRef !== 'string' ||
    !/^[A-Za-z0-9._/-]{1,200}$/.test(baseRef) ||
    baseRef.includes('..') ||
    baseRef.startsWith('-') ||
    baseRef.startsWith('/')
  )
    throw new UsageError(
      `pull request #${target.issueNumber}: base branch ${JSON.stringify(baseRef)} is not a plain branch name`,
    )
  return {
    number: target.issueNumber,
    headSha: head,
    baseRef,
    baseSha: requireSha(data.base?.sha, `pull request #${target.issueNumber} base.sha`),
  }
}

/** Options of {@link fetchPullRequest}. */
export interface FetchOptions {
  /** Remote to fetch from. Default `origin` (the checkout's). */
  remote?: string
  /**
   * Token for an `https` remote on `serverUrl`: sent as git's `http.<server>/.extraheader`
   * through `GIT_CONFIG_*` environment variables (never on the command line, never written
   * to `.git/config`), as actions/checkout does. Default none.
   */
  token?: string
  /** Default `GITHUB_SERVER_URL`, else `https://github.com`. */
  serverUrl?: string
}

/** The commits to plan after {@link fetchPullRequest}. */
export interface FetchedRevisions {
  /** Merge base of the base branch and the head: what the pull request's own diff starts from. */
  base: string
  head: string
}

/**
 * Fetches the pull request's head and its base branch into `repo` as data: `git fetch
 * --no-tags --no-recurse-submodules` of `refs/pull/<N>/head` and `refs/heads/<base>` into
 * `refs/slipway/pr-<N>/{head,base}` (never a branch, never checked out), with hooks and
 * LFS smudge off. When the pull request was pushed again since its run, the head commit is
 * fetched by SHA.
 *
 * @returns the merge base (the plan's base) and the head commit.
 * @throws {UsageError} when the head commit cannot be fetched or has no common history with the base.
 */
export async function fetchPullRequest(
  repo: string,
  pr: PullRequestRevisions,
  options: FetchOptions = {},
): Promise<FetchedRevisions> {
  const remote = options.remote ?? 'origin'
  const env = await authEnvironment(repo, remote, options)
  const refs = [
    `+refs/pull/${pr.number}/head:refs/slipway/pr-${pr.number}/head`,
    `+refs/heads/${pr.baseRef}:refs/slipway/pr-${pr.number}/base`,
  ]
  const fetchArgs = [
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-recurse-submodules',
    '--no-write-fetch-head',
    '--end-of-options',
    remote,
  ]
  await git(repo, [...fetchArgs, ...refs], { untrusted: true, env, timeoutMs: 600_000 })
  for (const sha of [pr.headSha, pr.baseSha]) {
    if (await isCommit(repo, sha)) continue
    const byId = await tryGit(repo, [...fetchArgs, sha], { untrusted: true, env, timeoutMs: 600_000 })
    if (byId.exitCode !== 0 || !(await isCommit(repo, sha)))
      throw new UsageError(
        `cannot fetch commit ${sha} of pull request #${pr.number} from ${remote}: ${byId.stderr.trim() || 'not found'}`,
      )
  }
  const mergeBase = await tryGit(repo, ['merge-base', '--end-of-options', pr.baseSha, pr.headSha])
  const base = mergeBase.stdout.trim()
  if (mergeBase.exitCode !== 0 || !SHA.test(base))
    throw new UsageError(
      `pull request #${pr.number}: ${pr.headSha} has no common history with ${pr.baseRef} (${pr.baseSha}); fetch the full history (actions/checkout fetch-depth: 0)`,
    )
  return { base, head: pr.headSha }
}

async function isCommit(repo: string, sha: string): Promise<boolean> {
  return (await tryGit(repo, ['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0
}

/** `GIT_CONFIG_COUNT`/`KEY`/`VALUE` carrying the token's extraheader, for an https remote on the server only. */
async function authEnvironment(repo: string, remote: string, options: FetchOptions): Promise<Record<string, string>> {
  if (!options.token) return {}
  const server = (options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const url = (await tryGit(repo, ['remote', 'get-url', '--end-of-options', remote])).stdout.trim()
  if (!server.startsWith('https://') || !url.startsWith(`${server}/`)) return {}
  const basic = Buffer.from(`x-access-token:${options.token}`, 'utf8').toString('base64')
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  }
}
