/**
 * The AWS client's retry rule for the one retry helper (`src/retry`): which failures of an
 * AWS call are transient (throttling, 5xx, timeouts, resets), and its backoff defaults.
 *
 * Sources: the SDK's error classification (@smithy/service-error-classification,
 * `THROTTLING_ERROR_CODES` and `TRANSIENT_ERROR_CODES`), and full jitter as in the AWS
 * Architecture Blog, "Exponential Backoff And Jitter".
 */
import { retry, type RetryOptions, type RetryPolicy, type RetryVerdict } from '../retry/index.js'

export type { RetryOptions } from '../retry/index.js'

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

/** AWS calls: 6 attempts in all, full jitter below 200 ms doubling up to 10 s. */
export const AWS_RETRY_POLICY: RetryPolicy = { attempts: 6, baseDelayMs: 200, maxDelayMs: 10_000, jitter: 'full' }

/**
 * Classifies an AWS SDK error: retryable for the SDK's throttling codes, `$retryable`,
 * HTTP 429/5xx, timeouts and connection resets; `undefined` (terminal) for anything else.
 */
export function classifyAwsError(error: unknown): RetryVerdict | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const e = error as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } }
  const status = e.$metadata?.httpStatusCode
  const label = e.name ?? e.code ?? (status ? `HTTP ${status}` : 'error')
  if (e.$retryable) return { reason: label }
  if (e.name && (THROTTLING.has(e.name) || TRANSIENT.has(e.name))) return { reason: e.name }
  if (e.code && (THROTTLING.has(e.code) || e.code === 'ECONNRESET' || e.code === 'ETIMEDOUT')) return { reason: e.code }
  if (status === 429 || (status !== undefined && status >= 500)) return { reason: label }
  return undefined
}

/**
 * Runs an AWS call with {@link AWS_RETRY_POLICY} and {@link classifyAwsError}.
 *
 * @returns what `operation` resolves to.
 * @throws the last error once attempts are exhausted, or the first non-retryable error.
 */
export function withAwsRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return retry(operation, classifyAwsError, AWS_RETRY_POLICY, options)
}
