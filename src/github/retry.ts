/**
 * Retries for GitHub REST calls: server errors (5xx) and rate limits (429, or 403 with
 * `x-ratelimit-remaining: 0` or `retry-after`), honouring `retry-after` and
 * `x-ratelimit-reset` as GitHub documents ("Rate limits for the REST API" → "Exceeding the
 * rate limit", and "Best practices": wait `retry-after` seconds, else until
 * `x-ratelimit-reset`, else at least one minute for secondary limits — capped here by
 * {@link RetryOptions.maxDelayMs} so a job never hangs).
 */

/** Options of {@link withRetries}. */
export interface RetryOptions {
  /** Attempts after the first. Default 3. */
  retries?: number
  /** First back-off for 5xx, doubled per attempt, milliseconds. Default 1,000. */
  baseDelayMs?: number
  /** Longest single wait, milliseconds. Default 60,000. */
  maxDelayMs?: number
  /** Injected for tests. Default `setTimeout`. */
  sleep?: (ms: number) => Promise<void>
  /** Called before each wait, e.g. to log `core.info`. */
  onRetry?: (info: { attempt: number; delayMs: number; status: number; reason: string }) => void
  /** Clock for `x-ratelimit-reset`, milliseconds since the epoch. Default `Date.now`. */
  now?: () => number
}

/** The parts of an Octokit `RequestError` (or any HTTP error) this module reads. */
interface HttpErrorLike {
  status?: number
  response?: { headers?: Record<string, string | number | undefined> }
}

/**
 * How long to wait before retrying after `error`, or `undefined` when it must not be retried
 * (4xx other than rate limits, network errors without a status are retried as 5xx).
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  options: RetryOptions = {},
): { delayMs: number; reason: string } | undefined {
  const base = options.baseDelayMs ?? 1000
  const max = options.maxDelayMs ?? 60_000
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
    // Network failures (no status) are as transient as a 502.
    return { delayMs: Math.min(base * 2 ** (attempt - 1), max), reason: status ? `HTTP ${status}` : 'network error' }
  }
  return undefined
}

/**
 * Runs `call`, retrying on 5xx, network errors and rate limits.
 *
 * @returns what `call` resolves to.
 * @throws the last error once retries are exhausted, or at once for errors that are not retryable (4xx).
 */
export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 3
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      const delay = attempt <= retries ? retryDelay(error, attempt, options) : undefined
      if (!delay) throw error
      options.onRetry?.({
        attempt,
        delayMs: delay.delayMs,
        status: (error as HttpErrorLike).status ?? 0,
        reason: delay.reason,
      })
      await sleep(delay.delayMs)
    }
  }
}
