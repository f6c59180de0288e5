/**
 * The job matrix of a sharded CI run (`slipway shards`, the validate action's `mode: shards`):
 * how many jobs pr.yml runs validate and plan in, from the number of environments and
 * `ci.matrix` of `slipway.yaml`. The environments are discovered exactly as `validate`
 * discovers them (Argo CD Applications and ApplicationSets, `environments.<name>.path`,
 * Kustomize roots), without rendering anything. GitHub Actions runs the jobs; each one
 * then picks its environments with `--shard I/N` (see `shard.ts`).
 */
import { loadConfig, type SlipwayConfig } from '../config/index.js'
import { MAX_SHARDS, type CiMatrixConfig } from '../config/sections/ci.js'
import { discoverEnvironments } from '../render/index.js'

/** `ci.matrix.maxShards` when the config does not set it. */
export const DEFAULT_MAX_SHARDS = 8

/** The job matrix: `count` jobs, each given one of `shards` (`I/N`) as its `--shard`. */
export interface ShardMatrix {
  /** Jobs to run, 1 to {@link MAX_SHARDS}; 1 means one unsharded job (as without `ci.matrix`). */
  count: number
  /** `["1/N", …, "N/N"]`, for `strategy.matrix.shard` (`["1/1"]` when not split). */
  shards: string[]
  /** Environments discovered (the Argo CD definitions validate also checks are not counted). */
  environments: number
}

/**
 * The number of jobs for `environments` environments: one without `ci.matrix` or at most
 * `environmentsPerShard` environments, else `ceil(environments / environmentsPerShard)`,
 * capped at `maxShards` (default {@link DEFAULT_MAX_SHARDS}) and {@link MAX_SHARDS}.
 *
 * @param environments a count (≥ 0).
 * @param matrix `ci.matrix` of the (validated) config, if any.
 * @returns the job count, ≥ 1.
 */
export function shardCount(environments: number, matrix: CiMatrixConfig | undefined): number {
  if (!matrix || environments <= matrix.environmentsPerShard) return 1
  const wanted = Math.ceil(environments / matrix.environmentsPerShard)
  return Math.max(1, Math.min(wanted, matrix.maxShards ?? DEFAULT_MAX_SHARDS, MAX_SHARDS))
}

/** The matrix of `count` shards: `["1/count", …, "count/count"]`. */
export function shardList(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${i + 1}/${count}`)
}

/** One line for the log: `150 environments: 4 shards`, or `3 environments: one job (not split)`. */
export function describeShardMatrix(matrix: ShardMatrix): string {
  const environments = `${matrix.environments} environment${matrix.environments === 1 ? '' : 's'}`
  return `${environments}: ${matrix.count === 1 ? 'one job (not split)' : `${matrix.count} shards`}`
}

/** Options of {@link computeShardMatrix}. */
export interface ShardMatrixOptions {
  /** Absolute repository root. */
  repoRoot: string
  /** `slipway.yaml` path (absolute, or relative to `repoRoot`); default the repository's, if any. */
  configFile?: string
  /** Use this config instead of reading one. */
  config?: SlipwayConfig
}

/**
 * Discovers the environments as `validate` does (no render) and sizes the job matrix from
 * `ci.matrix` ({@link shardCount}).
 *
 * @returns the {@link ShardMatrix}; `count` 1 when there is nothing to split.
 * @throws {ConfigError} for an invalid `slipway.yaml` (naming the key, e.g.
 *   `slipway.yaml: ci.matrix.maxShards: must be <= 256`) or an Argo CD manifest that cannot
 *   be expanded.
 */
export async function computeShardMatrix(options: ShardMatrixOptions): Promise<ShardMatrix> {
  const config = options.config ?? (await loadConfig(options.repoRoot, options.configFile))
  const discovery = await discoverEnvironments({ repoRoot: options.repoRoot, config })
  const environments = discovery.environments.length
  const count = shardCount(environments, config.ci?.matrix)
  return { count, shards: shardList(count), environments }
}
