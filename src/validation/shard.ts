/**
 * Splitting a run across a CI job matrix (`--shard I/N`) and merging the shards' reports
 * back (`slipway merge-reports`). GitHub Actions is the distributed engine; Slipway only
 * splits and merges (issue 13).
 *
 * Every shard sees the same environments in the same order, so each computes the same
 * assignment on its own: with resource counts from the last run (a previous JSON report,
 * `--shard-weights`), environments are dealt heaviest first to the least-loaded shard
 * (greedy longest-processing-time; ties by the stable hash); without them, by a stable hash
 * of the environment name (FNV-1a 32-bit) modulo N — an environment stays on its shard when
 * others are added.
 */
import { readFile } from 'node:fs/promises'
import { MAX_SHARDS } from '../config/sections/ci.js'
import { UsageError } from '../errors.js'
import { formatRef } from '../manifests/resource.js'
import { countBySeverity, type Finding } from '../findings/finding.js'
import type { ValidationReport } from './report.js'

/** One shard of N, 1-based. */
export interface Shard {
  index: number
  count: number
}

/** What a sharded report records so that {@link mergeReports} can restore the unsharded order. */
export interface ShardInfo extends Shard {
  /** Every environment of the run, in discovery order (all shards, not only this one). */
  order: string[]
}

/** What a shard is written as, for error messages: `I/N with 1 ≤ I ≤ N ≤ 256`. */
export const SHARD_FORM = `I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}`

/**
 * Parses `I/N` (1 ≤ I ≤ N ≤ {@link MAX_SHARDS}, 256).
 *
 * @throws {UsageError} naming the value when it is not of that form.
 */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    throw new UsageError(`--shard ${value}: expected ${SHARD_FORM}, e.g. 2/4`)
  return { index, count }
}

/**
 * The workflow artifact of one shard: `PREFIX2-of-4` (artifact names cannot hold `/`). A
 * merge job downloads them all with the pattern `PREFIX*`.
 */
export function shardArtifactName(prefix: string, shard: Shard): string {
  return `${prefix}${shard.index}-of-${shard.count}`
}

/** FNV-1a 32-bit hash of a string's UTF-16 code units: stable across runs, machines and Node versions. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * The shard (1-based) of each environment name.
 *
 * @param names every environment, in discovery order.
 * @param weights resources per environment from the last run; names missing from it weigh
 *   the mean of the known ones (1 when none is known). Without weights: hash modulo N.
 */
export function assignShards(
  names: readonly string[],
  count: number,
  weights?: ReadonlyMap<string, number>,
): Map<string, number> {
  const assignment = new Map<string, number>()
  if (!weights || weights.size === 0) {
    for (const name of names) assignment.set(name, (stableHash(name) % count) + 1)
    return assignment
  }
  const known = names.map((name) => weights.get(name)).filter((weight): weight is number => weight !== undefined)
  const fallback = known.length > 0 ? known.reduce((sum, weight) => sum + weight, 0) / known.length : 1
  const sorted = [...names].sort(
    (a, b) =>
      (weights.get(b) ?? fallback) - (weights.get(a) ?? fallback) || stableHash(a) - stableHash(b) || (a < b ? -1 : 1),
  )
  const load = new Array<number>(count).fill(0)
  for (const name of sorted) {
    let best = 0
    for (let i = 1; i < count; i++) if (load[i]! < load[best]!) best = i
    load[best]! += Math.max(1, weights.get(name) ?? fallback)
    assignment.set(name, best + 1)
  }
  return assignment
}

/**
 * Resource counts per environment from a previous `--format json` report (`environments[].resources`).
 *
 * @returns the weights; an empty map when the file does not exist (a first run).
 * @throws {UsageError} naming the file when it exists but is not such a report.
 */
export async function readShardWeights(file: string): Promise<Map<string, number>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    throw new UsageError(`cannot read --shard-weights ${file}: ${(error as Error).message}`)
  }
  try {
    const report = JSON.parse(text) as { environments?: Array<{ name?: unknown; resources?: unknown }> }
    if (!Array.isArray(report.environments)) throw new Error('no environments array')
    const weights = new Map<string, number>()
    for (const env of report.environments)
      if (typeof env.name === 'string' && typeof env.resources === 'number') weights.set(env.name, env.resources)
    return weights
  } catch (error) {
    throw new UsageError(`--shard-weights ${file} is not a slipway validate JSON report: ${(error as Error).message}`)
  }
}

/** Sorts findings as an unsharded run does: by environment, resource, JSON pointer (stable for the rest). */
export function sortFindings(findings: Finding[]): void {
  const key = (finding: Finding) =>
    `${finding.environment ?? ''}\u0000${finding.resource ? formatRef(finding.resource) : ''}\u0000${finding.path ?? ''}`
  findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/**
 * Checks that the shards of one run are all there, each once: the same N and the same
 * environments in every file, and every index from 1 to N.
 *
 * @param shards each file's `shard` (undefined when the file is not from a sharded run).
 * @param names the files, for the messages.
 * @param command `validate` or `plan`, named in the hint when a file is not sharded.
 * @returns every environment of the run, in discovery order.
 * @throws {UsageError} naming the file that is not sharded, from another run or given
 *   twice, or the missing shards.
 */
export function checkShardSet(
  shards: ReadonlyArray<ShardInfo | undefined>,
  names: readonly string[],
  command: 'validate' | 'plan',
): string[] {
  const infos = shards.map((shard, i) => {
    if (!shard)
      throw new UsageError(
        `${names[i]} is not from a sharded run (no "shard" in it; run ${command} with --shard I/N --format json)`,
      )
    return shard
  })
  const { count, order } = infos[0]!
  const seen = new Set<number>()
  infos.forEach((shard, i) => {
    if (shard.count !== count || shard.order.join('\n') !== order.join('\n'))
      throw new UsageError(
        `${names[i]} is from another run (shard ${shard.index}/${shard.count}, ${shard.order.length} environments; expected N = ${count}, ${order.length} environments)`,
      )
    if (seen.has(shard.index)) throw new UsageError(`${names[i]}: shard ${shard.index}/${count} is given twice`)
    seen.add(shard.index)
  })
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index))
  if (missing.length > 0)
    throw new UsageError(
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${count}`).join(', ')} missing`,
    )
  return order
}

/**
 * Merges the reports of the shards of one run into the report the unsharded run gives:
 * environments in discovery order, findings sorted, totals recounted, notes joined;
 * `durationMs` is the longest shard's (the shards run side by side).
 *
 * @param reports every shard's report (`--format json`), in any order.
 * @throws {UsageError} when a report is not from a sharded run, the shards disagree on N or
 *   the environments, or a shard is missing or given twice.
 */
export function mergeReports(
  reports: readonly ValidationReport[],
  names: readonly string[] = reports.map((_, i) => `report ${i + 1}`),
): ValidationReport {
  if (reports.length === 0) throw new UsageError('merge-reports needs at least one report')
  const order = checkShardSet(
    reports.map((report) => report.shard),
    names,
    'validate',
  )
  const position = new Map(order.map((name, i) => [name, i]))
  const environments = reports
    .flatMap((report) => report.environments)
    .sort((a, b) => (position.get(a.name) ?? Infinity) - (position.get(b.name) ?? Infinity))
  const findings = reports.flatMap((report) => report.findings)
  sortFindings(findings)
  const notes = reports.flatMap((report) => report.notes ?? [])
  const { errors, warnings } = countBySeverity(findings)
  return {
    summary: {
      environments: environments.length,
      resources: environments.reduce((sum, env) => sum + env.resources, 0),
      errors,
      warnings,
      durationMs: Math.max(...reports.map((report) => report.summary.durationMs)),
    },
    environments,
    findings,
    ...(notes.length > 0 ? { notes } : {}),
  }
}
