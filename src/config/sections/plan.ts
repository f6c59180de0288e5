/**
 * The `plan:` section of `slipway.yaml`: ignore rules, built-in noise filters and what
 * counts as production. Schema and type only; `src/plan/config.ts` turns the validated
 * section into the plan's settings.
 *
 * ```yaml
 * plan:
 *   ignore:
 *     - spec.replicas                       # any resource
 *     - path: metadata.labels["app.kubernetes.io/version"]
 *       kind: Deployment                    # optional filters: apiVersion, kind, namespace, name
 *   defaults:
 *     generatorHash: true                   # ConfigMap/Secret hash suffix renames are one change
 *     lastAppliedConfiguration: true        # drop kubectl.kubernetes.io/last-applied-configuration
 *   production: [production, production-dr] # default: environment names containing "prod"
 *   maxCommentChars: 65536
 * ```
 */

/** One ignore rule as written in the config. */
export interface IgnoreRuleConfig {
  path: string
  apiVersion?: string
  kind?: string
  namespace?: string
  name?: string
}

/** The `plan:` section as written in `slipway.yaml`. */
export interface PlanConfig {
  ignore?: Array<string | IgnoreRuleConfig>
  defaults?: { generatorHash?: boolean; lastAppliedConfiguration?: boolean }
  /**
   * Environment names that count as production (deletions there are risks, production
   * policies apply). `environments.<name>.production` overrides it for one environment.
   */
  production?: string[]
  /** Markdown comment budget in characters; default 65,536 (GitHub's comment limit). */
  maxCommentChars?: number
}

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536

const BOOLEAN = { type: 'boolean', errorMessage: 'must be true or false' } as const

/** JSON Schema fragment (ajv with ajv-errors) of the `plan` key of `slipway.yaml`. */
export const planSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ignore: {
      type: 'array',
      // A field path, or a mapping with `path` and filters. `if`/`then`/`else` rather than
      // `oneOf`, so that a bad mapping reports its own key instead of "must be string".
      items: {
        if: { type: 'string' },
        then: { minLength: 1 },
        else: {
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: {
            path: { type: 'string', minLength: 1 },
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            namespace: { type: 'string' },
            name: { type: 'string' },
          },
          errorMessage: {
            type: 'must be a field path, or a mapping with path and optional apiVersion, kind, namespace, name',
          },
        },
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: { generatorHash: BOOLEAN, lastAppliedConfiguration: BOOLEAN },
    },
    production: { type: 'array', items: { type: 'string', minLength: 1 } },
    maxCommentChars: {
      type: 'integer',
      minimum: 1000,
      maximum: GITHUB_COMMENT_LIMIT,
      errorMessage: `must be an integer from 1000 to ${GITHUB_COMMENT_LIMIT}`,
    },
  },
} as const
