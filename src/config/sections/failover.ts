/**
 * The `failover:` section of `slipway.yaml`: which environment is the primary and which
 * the DR secondary, the components swapped in the secondary overlay, and the recovery
 * objectives. Its JSON Schema fragment is merged into the config schema by `src/config/schema.ts`.
 *
 * ```yaml
 * failover:
 *   primary:   { environment: production,    region: us-east-1 }
 *   secondary: { environment: production-dr, region: us-west-2 }
 *   components:            # swapped in the secondary overlay on failover, back on failback
 *     standby: manifests/components/dr-standby
 *     active:  manifests/components/dr-active
 *   rto: 1h
 *   rpo: 5m
 * ```
 */
import { ConfigError } from '../../errors.js'
import { AWS_REGION_PATTERN } from './region.js'

/** One side of the failover pair. */
export interface FailoverSide {
  /** Environment (Argo CD Application) name, e.g. `production`. */
  environment: string
  /** AWS region the environment's cluster runs in, e.g. `us-east-1`. */
  region: string
}

/** The `failover:` section of `slipway.yaml`. */
export interface FailoverConfig {
  primary: FailoverSide
  secondary: FailoverSide
  /** Repository-relative Kustomize component directories swapped in the secondary overlay. */
  components: { standby: string; active: string }
  /** Recovery time objective, a duration such as `1h` or `90m`. */
  rto: string
  /** Recovery point objective, a duration such as `5m`. */
  rpo?: string
}

const DURATION_PATTERN = '^([0-9]+(ms|s|m|h|d))+$'
const REGION = {
  type: 'string',
  pattern: AWS_REGION_PATTERN,
  errorMessage: 'must be an AWS region like "us-west-2"',
} as const
const DURATION = {
  type: 'string',
  pattern: DURATION_PATTERN,
  errorMessage: 'must be a duration like "1h", "90m" or "1h30m"',
} as const
const SIDE = {
  type: 'object',
  additionalProperties: false,
  required: ['environment', 'region'],
  properties: {
    environment: { type: 'string', minLength: 1 },
    region: REGION,
  },
} as const

/** JSON Schema fragment for `failover:`. */
export const failoverSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['primary', 'secondary', 'components', 'rto'],
  properties: {
    primary: SIDE,
    secondary: SIDE,
    components: {
      type: 'object',
      additionalProperties: false,
      required: ['standby', 'active'],
      properties: {
        standby: { type: 'string', minLength: 1 },
        active: { type: 'string', minLength: 1 },
      },
    },
    rto: DURATION,
    rpo: DURATION,
  },
} as const

const UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * Parses a duration of `slipway.yaml` (`1h`, `5m`, `1h30m`, `90s`, `250ms`, `2d`).
 *
 * @param key the config key named in the error (`failover.rto`).
 * @returns milliseconds.
 * @throws {ConfigError} naming the key and the value when it is not a duration.
 */
export function parseDuration(value: string, key = 'duration'): number {
  if (!new RegExp(DURATION_PATTERN).test(value))
    throw new ConfigError(
      `${key}: ${JSON.stringify(value)} is not a duration like "1h", "90m" or "1h30m"`,
      'slipway.yaml',
    )
  let total = 0
  for (const [, amount, unit] of value.matchAll(/([0-9]+)(ms|s|m|h|d)/g))
    total += Number(amount) * (UNITS_MS[unit as string] as number)
  return total
}

/**
 * Formats milliseconds as a short duration: `1h`, `12m30s`, `45s`, `850ms`.
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`
  let seconds = Math.round(ms / 1000)
  const parts: string[] = []
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (seconds >= size) {
      parts.push(`${Math.floor(seconds / size)}${unit}`)
      seconds %= size
    }
  }
  return parts.join('')
}
