/**
 * Waiting for a Git change to roll out: poll an Argo CD Application until it is `Synced`
 * at the commit and `Healthy`, or `Degraded`, or a sync operation failed, or time runs out.
 */
import { UsageError } from '../errors.js'
import {
  ArgoCdError,
  argoCdClientFromEnv,
  type ApplicationStatus,
  type ArgoCdClient,
  type ResourceStatus,
} from './client.js'

/** How a rollout ended. */
export type RolloutOutcome = 'healthy' | 'degraded' | 'sync-failed' | 'timeout'

/** Options of {@link waitForRollout}. */
export interface WaitForRolloutOptions {
  /** Argo CD Application name, e.g. `staging`. */
  application: string
  /** The commit (full or abbreviated SHA) the Application must be synced at. */
  revision: string
  /** Give up after this many milliseconds. */
  timeoutMs: number
  /** Delay between polls, milliseconds. Default 10,000. */
  pollMs?: number
  /** Default: {@link argoCdClientFromEnv}. */
  client?: ArgoCdClient
  /** Namespace of the Application when it is not Argo CD's own (`?appNamespace=`). */
  appNamespace?: string
  /** Called after each poll (progress lines). */
  onPoll?: (status: ApplicationStatus) => void
  /** Injected in tests. Default `Date.now`. */
  now?: () => number
  /** Injected in tests. Default a real timer. */
  sleep?: (ms: number) => Promise<void>
}

/** Result of {@link waitForRollout}: data, for the caller to print or fail on. */
export interface RolloutResult {
  outcome: RolloutOutcome
  application: string
  revision: string
  /** The last status seen (`undefined` only when no poll ever succeeded). */
  last?: { sync: string; health: string; revision?: string; message?: string }
  /** Resources of the last poll whose health is neither Healthy nor absent (and those out of sync). */
  unhealthy: ResourceStatus[]
  /** Time from the first poll to the outcome, milliseconds. */
  elapsedMs: number
  polls: number
  /** The last transient error, when polling failed at the end. */
  error?: string
}

/** True when Argo CD's revision names the commit (either may be abbreviated, at least 7 hex). */
export function sameRevision(a: string | undefined, b: string): boolean {
  if (!a) return false
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === y) return true
  return (
    Math.min(x.length, y.length) >= 7 &&
    /^[0-9a-f]+$/.test(x) &&
    /^[0-9a-f]+$/.test(y) &&
    (x.startsWith(y) || y.startsWith(x))
  )
}

/**
 * Polls `GET /api/v1/applications/{application}` until the rollout has an outcome:
 * - `healthy`: `status.sync.status` is `Synced`, `status.sync.revision` (or one of
 *   `revisions`, multi-source) is `revision`, and `status.health.status` is `Healthy`;
 * - `degraded`: synced at `revision` and health `Degraded` (an older revision being
 *   Degraded does not count: the new one may fix it);
 * - `sync-failed`: the last sync operation, for `revision`, ended `Failed` or `Error`;
 * - `timeout`: none of these within `timeoutMs`.
 * HTTP 5xx, 429 and network errors are retried at the next poll; 401/403/404 end the wait.
 *
 * @returns the outcome and the resources that are not healthy (group/kind/namespace/name,
 *   health and message), never throwing for an unhealthy rollout.
 * @throws {UsageError} for a non-positive timeout or poll interval, or when no client is
 *   given and `ARGOCD_SERVER`/`ARGOCD_AUTH_TOKEN` are not set.
 * @throws {ArgoCdError} for 401, 403 or 404 (wrong token, project or Application name).
 */
export async function waitForRollout(options: WaitForRolloutOptions): Promise<RolloutResult> {
  const pollMs = options.pollMs ?? 10_000
  if (!(options.timeoutMs > 0)) throw new UsageError(`rollout timeout must be positive, got ${options.timeoutMs} ms`)
  if (!(pollMs > 0)) throw new UsageError(`rollout poll interval must be positive, got ${pollMs} ms`)
  const client = options.client ?? argoCdClientFromEnv()
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const started = now()
  let polls = 0
  let last: ApplicationStatus | undefined
  let lastError: string | undefined
  const result = (outcome: RolloutOutcome): RolloutResult => ({
    outcome,
    application: options.application,
    revision: options.revision,
    ...(last
      ? {
          last: {
            sync: last.sync.status,
            health: last.health.status,
            ...(last.sync.revision ? { revision: last.sync.revision } : {}),
            ...(last.health.message ? { message: last.health.message } : {}),
          },
        }
      : {}),
    unhealthy: last ? unhealthyResources(last) : [],
    elapsedMs: now() - started,
    polls,
    ...(lastError && outcome === 'timeout' ? { error: lastError } : {}),
  })
  for (;;) {
    polls++
    try {
      last = await client.getApplication(options.application, options.appNamespace)
      lastError = undefined
      options.onPoll?.(last)
      const outcome = classify(last, options.revision)
      if (outcome) return result(outcome)
    } catch (error) {
      if (error instanceof ArgoCdError && (error.status === 401 || error.status === 403 || error.status === 404))
        throw error
      if (!(error instanceof ArgoCdError)) throw error
      lastError = error.message
    }
    const remaining = options.timeoutMs - (now() - started)
    if (remaining <= 0) return result('timeout')
    await sleep(Math.min(pollMs, remaining))
  }
}

function classify(status: ApplicationStatus, revision: string): RolloutOutcome | undefined {
  const atRevision =
    sameRevision(status.sync.revision, revision) || (status.sync.revisions ?? []).some((r) => sameRevision(r, revision))
  const operation = status.operationState
  if (
    operation &&
    (operation.phase === 'Failed' || operation.phase === 'Error') &&
    sameRevision(operation.syncResult?.revision, revision)
  )
    return 'sync-failed'
  if (!atRevision) return undefined
  if (status.sync.status === 'Synced' && status.health.status === 'Healthy') return 'healthy'
  if (status.health.status === 'Degraded') return 'degraded'
  return undefined
}

/**
 * The resources of an Application that are not healthy: health other than `Healthy`
 * (resources without health, such as ConfigMaps, are skipped) or sync status `OutOfSync`.
 */
export function unhealthyResources(status: ApplicationStatus): ResourceStatus[] {
  return status.resources.filter(
    (resource) =>
      (resource.health?.status !== undefined && resource.health.status !== 'Healthy') ||
      resource.status === 'OutOfSync',
  )
}

/** One line per resource: `Deployment trading/risk-engine: Degraded (message)`. */
export function formatResource(resource: ResourceStatus): string {
  const kind = resource.group ? `${resource.kind}.${resource.group}` : resource.kind
  const where = resource.namespace ? `${resource.namespace}/${resource.name}` : resource.name
  const health = resource.health?.status ?? (resource.status === 'OutOfSync' ? 'OutOfSync' : 'Unknown')
  return `${kind} ${where}: ${health}${resource.status === 'OutOfSync' && resource.health?.status ? ', OutOfSync' : ''}${resource.health?.message ? ` (${resource.health.message})` : ''}`
}
