/**
 * The `promotion:` section of `slipway.yaml`: which environment a release comes from, how
 * long it soaks there, when it may land, and when nothing may land. Schema and type only;
 * durations and windows are parsed (strictly, naming the key and value) by `src/promotion/config.ts`.
 */

/** Gates of one target environment. */
export interface PromotionEnvironmentConfig {
  /** The release must have been promoted to this environment first (e.g. `staging`). */
  from?: string
  /** How long the same digests must have run in `from`: `30m`, `2h`, `1d`, `1h30m`. */
  soak?: string
  /**
   * When promotions may land: `"Sun 02:00-06:00 UTC"`, `"Mon-Fri 22:00-02:00 Europe/London"`
   * (days, a range, UTC or an IANA zone); a list means any of them.
   */
  window?: string | string[]
  /** This environment is not promoted on its own: it takes the digests of that one, in the same commit (e.g. `production-dr` follows `production`). */
  follows?: string
  /** Argo CD Application name for `--wait` and `release status`. Default: the environment name. */
  application?: string
}

/** A period in which no promotion lands (unless `--emergency --reason`). */
export interface FreezeConfig {
  /** ISO-8601 time with a zone, e.g. `2026-12-20T00:00:00Z`. */
  from: string
  /** ISO-8601 time with a zone; the freeze ends at this instant. */
  to: string
  reason: string
  /** Environments frozen; default: all. */
  environments?: string[]
}

/** The `promotion:` section. */
export interface PromotionConfig {
  /** `push` (default): commit and push to `branch`; `pull-request`: open a pull request with the plan as its body. */
  mode?: 'push' | 'pull-request'
  /** Branch promotions land on. Default: the branch checked out, else `main`. */
  branch?: string
  /** Git remote pushed to. Default `origin`. */
  remote?: string
  environments?: Record<string, PromotionEnvironmentConfig>
  freeze?: FreezeConfig[]
}

const NAME = {
  type: 'string',
  pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
  errorMessage: 'must be an environment name (lowercase letters, digits, "-")',
} as const

/** JSON Schema of `promotion:`; merged into the config schema by `src/config/schema.ts`. */
export const promotionSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    mode: { enum: ['push', 'pull-request'], errorMessage: 'must be push or pull-request' },
    branch: {
      type: 'string',
      minLength: 1,
      pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$',
      errorMessage: 'must be a branch name like main',
    },
    remote: {
      type: 'string',
      minLength: 1,
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      errorMessage: 'must be a remote name like origin',
    },
    environments: {
      type: 'object',
      propertyNames: NAME,
      additionalProperties: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          from: NAME,
          soak: { type: 'string', minLength: 1 },
          window: {
            anyOf: [
              { type: 'string', minLength: 1 },
              { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            ],
            errorMessage: 'must be a window like "Sun 02:00-06:00 UTC" or a list of them',
          },
          follows: NAME,
          application: NAME,
        },
      },
    },
    freeze: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to', 'reason'],
        properties: {
          from: { type: 'string', minLength: 1 },
          to: { type: 'string', minLength: 1 },
          reason: { type: 'string', minLength: 1 },
          environments: { type: 'array', items: NAME },
        },
      },
    },
  },
} as const
