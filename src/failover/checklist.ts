/**
 * The steps of a failover or failback that Git cannot do, each with a time budget, summed
 * against the RTO. Git's own part (commit → Argo CD Synced and Healthy) is one of the steps,
 * measured by `--wait`.
 */
import { parseDuration, type FailoverConfig } from '../config/sections/failover.js'
import type { Checklist, ChecklistStep, Direction } from './model.js'

const MINUTE = 60_000

/** Inputs of {@link buildChecklist}. */
export interface ChecklistInput {
  direction: Direction
  failover: FailoverConfig
  /** Public hostnames whose records move (from the overlays' ExternalDNS annotations). */
  hostnames: string[]
}

/**
 * The runbook for one direction, after the Trading Engine seed ("deploy latest version to
 * DR region, update Route53 health check, DNS failover to DR region, scale up EKS to
 * production size"): database promotion and RPO check, the Git change syncing, DNS and
 * health checks, and an end-to-end check of order entry.
 *
 * @returns the steps with budgets in milliseconds, their total and the RTO/RPO (ms).
 * @throws {ConfigError} when `failover.rto` or `failover.rpo` is not a duration.
 */
export function buildChecklist(input: ChecklistInput): Checklist {
  const { failover } = input
  const rtoMs = parseDuration(failover.rto, 'failover.rto')
  const rpoMs = failover.rpo ? parseDuration(failover.rpo, 'failover.rpo') : undefined
  const names = input.hostnames.length ? input.hostnames.join(', ') : 'the public hostnames'
  const to = input.direction === 'failover' ? failover.secondary : failover.primary
  const from = input.direction === 'failover' ? failover.primary : failover.secondary
  const steps: ChecklistStep[] =
    input.direction === 'failover'
      ? [
          {
            step: `Declare the incident: confirm ${from.region} is impaired (AWS Health Dashboard, Route 53 health check of ${from.environment} failing)`,
            budgetMs: 5 * MINUTE,
          },
          {
            step: `Promote the database replica in ${to.region} to writer (Aurora global database failover or RDS replica promotion)`,
            budgetMs: 15 * MINUTE,
          },
          {
            step: `Check data loss against the RPO${failover.rpo ? ` of ${failover.rpo}` : ''}: replication lag of ${to.region} at the time of failure`,
            budgetMs: 5 * MINUTE,
          },
          {
            step: `Argo CD syncs ${to.environment} and it turns Healthy at production capacity (measured by --wait)`,
            budgetMs: 15 * MINUTE,
          },
          {
            step: `Route 53 answers ${names} with the ${to.region} record (dig from two resolvers; TTL 60 s)`,
            budgetMs: 5 * MINUTE,
          },
          {
            step: `Invert the Route 53 health check of ${from.environment}'s record so ${from.region} takes no traffic when it recovers, before failback`,
            budgetMs: 5 * MINUTE,
          },
          {
            step: `Place and cancel a test order end to end in ${to.region} (order entry enabled)`,
            budgetMs: 10 * MINUTE,
          },
        ]
      : [
          {
            step: `Confirm ${to.region} is healthy again and ${to.environment} is Synced at the current digests`,
            budgetMs: 10 * MINUTE,
          },
          {
            step: `Re-establish database replication ${from.region} → ${to.region} and switch the writer back to ${to.region}`,
            budgetMs: 20 * MINUTE,
          },
          {
            step: `Argo CD syncs ${from.environment} back to warm standby (measured by --wait on ${to.environment})`,
            budgetMs: 10 * MINUTE,
          },
          {
            step: `Restore (un-invert) the Route 53 health check of ${to.environment}'s record; Route 53 answers ${names} with the ${to.region} record`,
            budgetMs: 5 * MINUTE,
          },
          { step: `Place and cancel a test order end to end in ${to.region}`, budgetMs: 10 * MINUTE },
        ]
  return {
    rtoMs,
    ...(rpoMs !== undefined ? { rpoMs } : {}),
    steps,
    totalMs: steps.reduce((sum, step) => sum + step.budgetMs, 0),
  }
}
