/**
 * Retries of AWS calls that failed for a transient reason (throttling, 5xx, timeouts),
 * with capped exponential backoff and full jitter
 * (AWS Architecture Blog, "Exponential Backoff And Jitter"; SDK retry error codes from
 * @smithy/service-error-classification THROTTLING_ERROR_CODES).
 */

/** Error codes the SDK classifies as throttling. */
const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
])
const TRANSIENT = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'ServerException',
])

/** Options of {@link withRetry}. */
export interface RetryOptions {
  /** Total attempts including the first. Default 6. */
  attempts?: number
  /** First backoff ceiling, milliseconds. Default 200. */
  baseMs?: number
  /** Backoff ceiling, milliseconds. Default 10,000. */
  maxMs?: number
  /** Injected in tests. Default: a real timer. */
  sleep?: (ms: number) => Promise<void>
  /** Injected in tests. Default `Math.random`. */
  random?: () => number
  /** Called before each retry with the error and the chosen delay. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
}

/**
 * True for errors worth retrying: the SDK's throttling codes, `$retryable`, HTTP 429/5xx,
 * timeouts and resets.
 */
export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const e = error as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } }
  if (e.$retryable) return true
  if (
    (e.name && (THROTTLING.has(e.name) || TRANSIENT.has(e.name))) ||
    (e.code && (THROTTLING.has(e.code) || e.code === 'ECONNRESET' || e.code === 'ETIMEDOUT'))
  )
    return true
  const status = e.$metadata?.httpStatusCode
  return status === 429 || (status !== undefined && status >= 500)
}

/**
 * Runs `operation`, retrying retryable failures with exponential backoff and full jitter
 * (delay = random in [0, min(maxMs, baseMs·2^attempt)]).
 *
 * @returns what `operation` resolves to.
 * @throws the last error once attempts are exhausted, or the first non-retryable error.
 */
export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6
  const baseMs = options.baseMs ?? 200
  const maxMs = options.maxMs ?? 10_000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const random = options.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error
      const delay = Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)))
      options.onRetry?.(error, attempt, delay)
      await sleep(delay)
    }
  }
}
