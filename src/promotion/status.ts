/**
 * `slipway release status`: for each environment, the release and digest per service, the
 * commit that put them there and when, how long they have soaked, and whether the next
 * environment's gates are open now.
 */
import { join } from 'node:path'
import type { SlipwayConfig } from '../config/index.js'
import { requireEcrConfig } from '../ecr/config.js'
import { headCommit } from '../git/repository.js'
import { findKustomizationFile } from '../kustomize/kustomization.js'
import { discoverEnvironments } from '../render/index.js'
import { nextEnvironments, resolvePromotionConfig } from './config.js'
import { evaluateGates, residencies, type EnvironmentRevision, type GateResult } from './gates.js'
import { TRAILERS, environmentHistory, isRollback } from './history.js'

/** The next environment of a release, and whether it could be promoted there now. */
export interface NextStatus {
  environment: string
  /** True when every gate other than validation and the ECR check is open. */
  open: boolean
  gates: GateResult[]
}

/** One environment's row of the status (the `--format json` contract). */
export interface EnvironmentStatus {
  name: string
  /** Repository-relative kustomization file. */
  file: string
  release?: string
  services: Record<string, { tag?: string; digest?: string }>
  /** The commit since which the environment runs these digests, and its committer date (ISO-8601). */
  promoted?: { commit: string; at: string; subject: string; emergency: boolean; rollback: boolean; reason?: string }
  /** Milliseconds the current digests have run (to `now`). */
  soakedMs?: number
  follows?: string
  next: NextStatus[]
}

/** The whole status. */
export interface ReleaseStatus {
  /** HEAD commit the status was read at. */
  commit: string
  now: string
  environments: EnvironmentStatus[]
}

/**
 * Reads every environment's state from the history of HEAD.
 *
 * @param nowMs the clock (ms since the epoch), for soak and windows.
 * @throws {ConfigError} for a bad `promotion:` or `ecr:` section.
 */
export async function releaseStatus(repoRoot: string, config: SlipwayConfig, nowMs: number): Promise<ReleaseStatus> {
  const ecr = requireEcrConfig(config)
  const promotion = resolvePromotionConfig(config)
  const head = await headCommit(repoRoot)
  const { environments } = await discoverEnvironments({ repoRoot, config })
  const configured = Object.keys(promotion.environments)
  const ordered = [...environments]
    .filter((env) => env.type !== 'yaml')
    .sort((a, b) => rank(configured, a.name) - rank(configured, b.name))
  const histories = new Map<string, EnvironmentRevision[]>()
  const rows: EnvironmentStatus[] = []
  for (const env of ordered) {
    const name = await findKustomizationFile(join(repoRoot, env.path))
    if (!name) continue
    const file = env.path === '.' ? name : `${env.path}/${name}`
    const history = await environmentHistory(repoRoot, env.name, file, ecr, head)
    histories.set(env.name, history)
    const latest = history.at(-1)
    const services: EnvironmentStatus['services'] = {}
    for (const service of Object.keys(ecr.services)) {
      const tag = latest?.tags[service]
      const digest = latest?.digests[service]
      if (tag || digest) services[service] = { ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) }
    }
    const row: EnvironmentStatus = {
      name: env.name,
      file,
      services,
      next: [],
      ...(promotion.environments[env.name]?.follows ? { follows: promotion.environments[env.name]!.follows } : {}),
    }
    if (latest) {
      if (latest.release) row.release = latest.release
      const since = residencies(history, latest.digests).at(-1)
      const start = history.find((r) => r.commit === since?.commit) ?? latest
      row.promoted = {
        commit: start.commit,
        at: new Date(start.dateMs).toISOString(),
        subject: start.subject,
        emergency: start.trailers[TRAILERS.emergency]?.[0] === 'true',
        rollback: isRollback(start, env.name),
        ...(start.trailers[TRAILERS.reason]?.[0] ? { reason: start.trailers[TRAILERS.reason]![0]! } : {}),
      }
      row.soakedMs = Math.max(0, nowMs - start.dateMs)
    }
    rows.push(row)
  }
  for (const row of rows) {
    const latest = histories.get(row.name)?.at(-1)
    for (const next of nextEnvironments(promotion, row.name)) {
      if (!latest) continue
      const target = (histories.get(next) ?? []).at(-1)
      const already =
        target && Object.entries(latest.digests).every(([service, digest]) => target.digests[service] === digest)
      const gates = already
        ? [
            {
              gate: 'from',
              status: 'pass',
              message: `${next} already runs ${row.release ?? 'these digests'}`,
            } as GateResult,
          ]
        : evaluateGates({
            config: promotion,
            target: promotion.environments[next],
            targetName: next,
            release: row.release ?? 'this release',
            digests: latest.digests,
            fromHistory: histories.get(row.name) ?? [],
            nowMs,
          })
      row.next.push({ environment: next, open: !already && gates.every((g) => g.status !== 'fail'), gates })
    }
  }
  return { commit: head, now: new Date(nowMs).toISOString(), environments: rows }
}

function rank(order: string[], name: string): number {
  const index = order.indexOf(name)
  return index < 0 ? order.length : index
}
