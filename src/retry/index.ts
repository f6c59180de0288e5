/**
 * The one retry helper: bounded attempts with capped exponential backoff, and a classifier
 * per client that decides which failures are worth another attempt.
 *
 * Every client that talks to something that can fail for a moment uses it:
 * - AWS (ECR): `isRetryableAwsError` in `src/ecr/retry.ts` (the SDK's throttling codes);
 * - GitHub REST: `retryDelay` in `src/github/retry.ts` (rate limits with `retry-after`);
 * - schema downloads: `src/schemas/http.ts` (network errors, timeouts, 429/5xx);
 * - git push: `src/git/push.ts` (a push that lost the race is retried on the new tip).
 *
 * Backoff: the delay after failed attempt n is capped at min(maxDelayMs, baseDelayMs·2^(n-1)).
 * With full jitter (the default) it is a random point below that cap; without jitter it
 * is the cap itself. Source: AWS Architecture Blog, "Exponential Backoff And Jitter"
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 */

/** What a classifier says of a failure that is worth retrying. */
export interface RetryVerdict {
  /** Why, for logs (e.g. `HTTP 502`, `ThrottlingException`, `non-fast-forward`). */
  reason: string
  /** A delay the failure itself asks for (e.g. GitHub's `retry-after`), milliseconds; capped by `maxDelayMs`. */
  delayMs?: number
}

/**
 * Decides whether `error`, raised by attempt `attempt` (1-based), is worth another attempt.
 * Returns `undefined` for a terminal failure, which is rethrown at once.
 */
export type RetryClassifier = (error: unknown, attempt: number) => RetryVerdict | undefined

/** One retry about to happen, as reported to {@link RetryOptions.onRetry}. */
export interface RetryAttempt {
  /** The attempt that failed (1-based). */
  attempt: number
  /** How long the helper waits before the next attempt, milliseconds. */
  delayMs: number
  reason: string
  error: unknown
}

/** How many times and how long to wait. Each client has its own defaults. */
export interface RetryOptions {
  /** Attempts in all, including the first. */
  attempts?: number
  /** Backoff cap after the first failure, milliseconds; doubled after each further failure. */
  baseDelayMs?: number
  /** Longest single wait, milliseconds. */
  maxDelayMs?: number
  /** `full`: a random delay below the cap (default); `none`: the cap itself. */
  jitter?: 'full' | 'none'
  /** Injected in tests. Default: a real timer. */
  sleep?: (ms: number) => Promise<void>
  /** Random number in [0, 1) for the jitter. Default `Math.random`. */
  random?: () => number
  /** Called before each wait, e.g. to log it. */
  onRetry?: (retry: RetryAttempt) => void
}

/** The defaults of a client, merged under the caller's options. */
export type RetryPolicy = Required<Pick<RetryOptions, 'attempts' | 'baseDelayMs' | 'maxDelayMs'>> &
  Pick<RetryOptions, 'jitter'>

/**
 * The backoff delay after failed attempt `attempt` (1-based), milliseconds:
 * min(maxDelayMs, baseDelayMs·2^(attempt-1)), times a random factor in [0, 1) with full jitter.
 */
export function backoffDelayMs(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'jitter' | 'random'> & RetryPolicy,
): number {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1))
  if (options.jitter === 'none') return cap
  return Math.floor((options.random ?? Math.random)() * cap)
}

/**
 * Runs `operation` until it succeeds, the classifier calls a failure terminal, or the
 * attempts are used up.
 *
 * @param operation called with the attempt number (1-based).
 * @param classify the client's rule for which failures are transient.
 * @param policy the client's defaults; `options` override them.
 * @returns what `operation` resolves to.
 * @throws the first terminal error, or the last error once `attempts` are exhausted.
 * @throws RangeError when `attempts` is not a positive integer.
 */
export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  classify: RetryClassifier,
  policy: RetryPolicy,
  options: RetryOptions = {},
): Promise<T> {
  const settings = { ...policy, ...definedOnly(options) }
  if (!Number.isInteger(settings.attempts) || settings.attempts < 1)
    throw new RangeError(`retry: attempts ${settings.attempts} must be a positive integer`)
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (attempt >= settings.attempts) throw error
      const verdict = classify(error, attempt)
      if (!verdict) throw error
      const delayMs =
        verdict.delayMs === undefined
          ? backoffDelayMs(attempt, settings)
          : Math.min(Math.max(0, verdict.delayMs), settings.maxDelayMs)
      options.onRetry?.({ attempt, delayMs, reason: verdict.reason, error })
      await sleep(delayMs)
    }
  }
}

function definedOnly(options: RetryOptions): Partial<RetryOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))
}
