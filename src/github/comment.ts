/**
 * The sticky PR comment: ONE comment per pull request and workflow, found again by a
 * hidden HTML marker that names the workflow, created on the first run and edited in place
 * on every re-run.
 */
import { getOctokit } from '@actions/github'
import { GITHUB_COMMENT_LIMIT } from '../config/sections/plan.js'
import { withGitHubRetry, type RetryOptions } from './retry.js'

/** An authenticated Octokit as returned by `@actions/github`'s `getOctokit`. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** GitHub's limit on an issue comment body, in characters (the one number, `GITHUB_COMMENT_LIMIT`). */
export const COMMENT_MAX_CHARS = GITHUB_COMMENT_LIMIT

/**
 * Creates the client. `apiUrl` defaults to `GITHUB_API_URL` (read now, not at module load, so
 * GitHub Enterprise Server and tests pointing at a local server work).
 */
export function createGitHubClient(
  token: string,
  apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com',
): GitHubClient {
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') })
}

/** The hidden marker identifying this workflow's comment: `<!-- slipway-plan:pr-comment -->`. */
export function stickyMarker(workflow: string): string {
  return `<!-- slipway-plan:${workflow.replace(/[^A-Za-z0-9_./ -]/g, '_').replace(/--/g, '_')} -->`
}

/** Where the comment goes. */
export interface CommentTarget {
  owner: string
  repo: string
  /** Pull request (issue) number. */
  issueNumber: number
}

/** What {@link upsertStickyComment} did. */
export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged'
  id: number
  url: string
}

/** Options of {@link upsertStickyComment}. */
export interface UpsertOptions {
  retry?: RetryOptions
  /**
   * Only comments by this login are ours (e.g. `github-actions[bot]`). Default: any comment
   * by a Bot account — a person pasting the marker cannot take the comment over.
   */
  author?: string
}

/**
 * Creates or updates the sticky comment. The marker is put on the first line of `body`
 * (any marker-looking line already in `body` is removed, so untrusted text cannot claim
 * another workflow's comment). When several comments carry the marker (e.g. from an older
 * version), the oldest is edited.
 *
 * @param body markdown; with the marker it must fit {@link COMMENT_MAX_CHARS}.
 * @returns what was done and the comment's id and URL.
 * @throws {RangeError} when the body is too long; the Octokit `RequestError` after retries.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
  options: UpsertOptions = {},
): Promise<CommentResult> {
  const text = `${marker}\n${body.replace(/^<!-- slipway-plan:[^\n]*-->\n?/gm, '')}`
  if (text.length > COMMENT_MAX_CHARS)
    throw new RangeError(`comment is ${text.length} characters; GitHub accepts at most ${COMMENT_MAX_CHARS}`)
  const ours = (comment: { body?: string | null; user?: { login?: string; type?: string } | null }) =>
    (comment.body ?? '').startsWith(marker) &&
    (options.author ? comment.user?.login === options.author : comment.user?.type === 'Bot')
  const existing = await findComment(client, target, ours, options.retry)
  if (existing) {
    if (existing.body === text) return { action: 'unchanged', id: existing.id, url: existing.html_url }
    const { data } = await withGitHubRetry(
      () =>
        client.rest.issues.updateComment({
          owner: target.owner,
          repo: target.repo,
          comment_id: existing.id,
          body: text,
        }),
      options.retry,
    )
    return { action: 'updated', id: data.id, url: data.html_url }
  }
  // A create that failed with a 5xx may still have been made: before retrying, look again and edit it instead.
  let attempted = false
  const outcome = await withGitHubRetry(async (): Promise<CommentResult> => {
    if (attempted) {
      const made = await findComment(client, target, ours, options.retry)
      if (made) {
        if (made.body === text) return { action: 'created', id: made.id, url: made.html_url }
        const { data } = await client.rest.issues.updateComment({
          owner: target.owner,
          repo: target.repo,
          comment_id: made.id,
          body: text,
        })
        return { action: 'created', id: data.id, url: data.html_url }
      }
    }
    attempted = true
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: text,
    })
    return { action: 'created', id: data.id, url: data.html_url }
  }, options.retry)
  return outcome
}

interface CommentLike {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string; type?: string } | null
}

async function findComment(
  client: GitHubClient,
  target: CommentTarget,
  ours: (comment: CommentLike) => boolean,
  retry?: RetryOptions,
): Promise<CommentLike | undefined> {
  for (let page = 1; page <= 50; page++) {
    const { data } = await withGitHubRetry(
      () =>
        client.rest.issues.listComments({
          owner: target.owner,
          repo: target.repo,
          issue_number: target.issueNumber,
          per_page: 100,
          page,
        }),
      retry,
    )
    const found = (data as CommentLike[]).find(ours)
    if (found) return found
    if (data.length < 100) return undefined
  }
  return undefined
}
