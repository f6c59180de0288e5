/**
 * Downloads of schema files: bounded retries with backoff, a timeout per request and an
 * on-disk cache, so a second run (or a run without network) reuses what the first fetched.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../errors.js'
import { retry, type RetryPolicy } from '../retry/index.js'

/** How schema downloads behave. */
export interface HttpOptions {
  /** Injectable for tests; defaults to the global `fetch`. */
  fetch?: typeof fetch
  /** Directory of the download cache; created on first write. `undefined` disables the cache. */
  cacheDir?: string
  /** Attempts after the first on a network error, a timeout or HTTP 5xx/429. Default 3. */
  retries?: number
  /** Delay before the first retry, milliseconds; doubled on each further retry. Default 250. */
  backoffMs?: number
  /** Time limit of one request including its body, milliseconds. Default 30000. */
  timeoutMs?: number
}

/** A download failed after all retries (not a 404: that means "no schema there"). */
export class SchemaDownloadError extends Error {
  override name = 'SchemaDownloadError'
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message)
  }
}

/**
 * Default cache directory: `$XDG_CACHE_HOME/slipway/schemas` when XDG_CACHE_HOME is set,
 * else `<os tmp>/slipway-schema-cache`.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'slipway', 'schemas') : join(tmpdir(), 'slipway-schema-cache')
}

/** The cache file of a URL: `<cacheDir>/<sha256(url)>.json`. */
export function cacheFile(cacheDir: string, url: string): string {
  return join(cacheDir, `${createHash('sha256').update(url).digest('hex')}.json`)
}

/**
 * Fetches a schema file's text.
 *
 * Reads the cache first; on a miss sends GET, retrying up to `retries` times through the
 * retry helper (`src/retry`; backoff `backoffMs` doubling, no jitter) on network errors,
 * timeouts, HTTP 429 and 5xx. A 200 body is
 * written to the cache (atomically: temp file + rename).
 *
 * @returns the body, or `undefined` on HTTP 404/410 (the location has no schema for this kind).
 * @throws SchemaDownloadError after the last failed attempt, or at once on another 4xx.
 */
export async function fetchSchemaText(url: string, options: HttpOptions = {}): Promise<string | undefined> {
  const file = options.cacheDir ? cacheFile(options.cacheDir, url) : undefined
  if (file) {
    try {
      return await readFile(file, 'utf8')
    } catch {
      // not cached yet
    }
  }
  const doFetch = options.fetch ?? fetch
  const retries = options.retries ?? 3
  const timeoutMs = options.timeoutMs ?? 30_000
  const policy: RetryPolicy = {
    attempts: retries + 1,
    baseDelayMs: options.backoffMs ?? 250,
    maxDelayMs: 30_000,
    jitter: 'none',
  }
  try {
    const body = await retry(
      async () => {
        let response: Response
        let text: string
        try {
          response = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' })
          text = await response.text()
        } catch (error) {
          const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
          throw new TransientDownloadError(timedOut ? `timed out after ${timeoutMs} ms` : errorMessage(error))
        }
        const status = response.status
        if (status === 404 || status === 410) return undefined
        if (status === 429 || status >= 500) throw new TransientDownloadError(`HTTP ${status}`)
        if (status < 200 || status >= 300)
          throw new SchemaDownloadError(`could not download schema ${url}: HTTP ${status}`, url)
        return text
      },
      (error) => (error instanceof TransientDownloadError ? { reason: error.message } : undefined),
      policy,
    )
    if (body !== undefined && file && options.cacheDir) await writeCache(options.cacheDir, file, body)
    return body
  } catch (error) {
    if (error instanceof TransientDownloadError)
      throw new SchemaDownloadError(
        `could not download schema ${url} after ${policy.attempts} attempts: ${error.message}`,
        url,
      )
    throw error
  }
}

/** A failure worth another attempt: a network error, a timeout, HTTP 429 or 5xx. */
class TransientDownloadError extends Error {
  override name = 'TransientDownloadError'
}

async function writeCache(dir: string, file: string, body: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temporary, body)
    await rename(temporary, file)
  } catch {
    // A cache that cannot be written (read-only home, full disk) only costs a re-download next time.
  }
}
