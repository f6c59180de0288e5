/**
 * The GitHub REST client's retry rule for the one retry helper (`src/retry`): server
 * errors (5xx), network errors and rate limits (429, or 403 with `x-ratelimit-remaining: 0`
 * or `retry-after`), honouring `retry-after` and `x-ratelimit-reset` as GitHub documents
 * ("Rate limits for the REST API" → "Exceeding the rate limit", and "Best practices": wait
 * `retry-after` seconds, else until `x-ratelimit-reset`, else at least one minute for
 * secondary limits — capped by `maxDelayMs` so a job never hangs).
 */
import { retry, type RetryOptions, type RetryPolicy, type RetryVerdict } from '../retry/index.js'

export type { RetryOptions } from '../retry/index.js'

/** GitHub calls: 4 attempts in all, 1 s doubling (no jitter), at most 60 s per wait. */
export const GITHUB_RETRY_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000, jitter: 'none' }

/** The parts of an Octokit `RequestError` (or any HTTP error) this module reads. */
interface HttpErrorLike {
  status?: number
  response?: { headers?: Record<string, string | number | undefined> }
}

/**
 * How long to wait before retrying after `error` (attempt `attempt`, 1-based), or
 * `undefined` when it must not be retried (4xx other than rate limits). Network errors
 * without a status are retried like a 502.
 *
 * @param now clock for `x-ratelimit-reset`, milliseconds since the epoch.
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'> & { now?: () => number } = {},
): { delayMs: number; reason: string } | undefined {
  const base = options.baseDelayMs ?? GITHUB_RETRY_POLICY.baseDelayMs
  const max = options.maxDelayMs ?? GITHUB_RETRY_POLICY.maxDelayMs
  const now = options.now ?? Date.now
  const http = (error ?? {}) as HttpErrorLike
  const status = typeof http.status === 'number' ? http.status : undefined
  const headers = http.response?.headers ?? {}
  const header = (name: string): string | undefined => {
    const value = headers[name] ?? headers[name.toLowerCase()]
    return value === undefined ? undefined : String(value)
  }
  const retryAfter = header('retry-after')
  const remaining = header('x-ratelimit-remaining')
  const reset = header('x-ratelimit-reset')
  const rateLimited = status === 429 || (status === 403 && (retryAfter !== undefined || remaining === '0'))
  if (rateLimited) {
    let delay = 60_000
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) delay = Number(retryAfter) * 1000
    else if (remaining === '0' && reset !== undefined && /^\d+$/.test(reset))
      delay = Math.max(0, Number(reset) * 1000 - now()) + 1000
    return { delayMs: Math.min(delay, max), reason: `rate limited (HTTP ${status})` }
  }
  if (status === undefined || status >= 500) {
    return { delayMs: Math.min(base * 2 ** (attempt - 1), max), reason: status ? `HTTP ${status}` : 'network error' }
  }
  return undefined
}

/**
 * Runs a GitHub call with {@link GITHUB_RETRY_POLICY}, retrying as {@link retryDelay} says.
 *
 * @returns what `call` resolves to.
 * @throws the last error once attempts are exhausted, or at once for errors that are not retryable (4xx).
 */
export function withGitHubRetry<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const classify = (error: unknown, attempt: number): RetryVerdict | undefined =>
    retryDelay(error, attempt, { ...GITHUB_RETRY_POLICY, ...options })
  return retry(call, classify, GITHUB_RETRY_POLICY, options)
}
