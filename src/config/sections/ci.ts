/**
 * The `ci:` section of `slipway.yaml`: how the pull-request workflow spreads its work.
 * Schema and type only; `src/validation/matrix.ts` turns it into a job matrix.
 *
 * ```yaml
 * ci:
 *   matrix:
 *     environmentsPerShard: 25   # pr.yml splits validate and plan across a job matrix above this many environments
 *     maxShards: 8               # at most this many jobs (1..256)
 * ```
 *
 * Without `ci.matrix`, pr.yml never splits: one validate job and one plan job.
 */

/** The most shards a run can be split into (the limit of `--shard I/N`). */
export const MAX_SHARDS = 256

/** `ci.matrix`: when pr.yml runs validate and plan as a job matrix, and how wide. */
export interface CiMatrixConfig {
  /**
   * Environments one job handles: with more environments than this, the run is split into
   * `ceil(environments / environmentsPerShard)` jobs (at most {@link CiMatrixConfig.maxShards}).
   */
  environmentsPerShard: number
  /** At most this many jobs, 1 to {@link MAX_SHARDS}. Default 8. */
  maxShards?: number
}

/** The `ci:` section as written in `slipway.yaml`. */
export interface CiConfig {
  matrix?: CiMatrixConfig
}

/** JSON Schema fragment (ajv with ajv-errors) of the `ci` key of `slipway.yaml`. */
export const ciSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    matrix: {
      type: 'object',
      additionalProperties: false,
      required: ['environmentsPerShard'],
      properties: {
        environmentsPerShard: {
          type: 'integer',
          minimum: 1,
          errorMessage: 'must be an integer of at least 1',
        },
        maxShards: {
          type: 'integer',
          minimum: 1,
          maximum: MAX_SHARDS,
          errorMessage: {
            type: `must be an integer from 1 to ${MAX_SHARDS}`,
            minimum: 'must be >= 1',
            maximum: `must be <= ${MAX_SHARDS}`,
          },
        },
      },
    },
  },
} as const
