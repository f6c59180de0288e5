/**
 * The `plan:` section of `slipway.yaml`: ignore rules, built-in noise filters and what
 * counts as production. The lead merges {@link PLAN_CONFIG_SCHEMA} into the config schema;
 * {@link resolvePlanConfig} validates again so the core never trusts its input.
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
import { isProductionByName } from '../config/production.js'
import { ConfigError } from '../errors.js'
import { parseFieldPath, type PatternSegment } from './field-path.js'

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
  /** Environment names that count as production (deletions there are risks). */
  production?: string[]
  /** Markdown comment budget in characters; default 65,536 (GitHub's comment limit). */
  maxCommentChars?: number
}

/** A parsed ignore rule. */
export interface IgnoreRule {
  pattern: PatternSegment[]
  /** The path as written, for messages. */
  text: string
  apiVersion?: string
  kind?: string
  namespace?: string
  name?: string
}

/** {@link PlanConfig} after validation and defaults. */
export interface ResolvedPlanConfig {
  ignore: IgnoreRule[]
  generatorHash: boolean
  lastAppliedConfiguration: boolean
  /** Decides whether an environment is production. */
  isProduction: (environment: string) => boolean
  maxCommentChars: number
}

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536

/** JSON Schema (draft 2020-12 / ajv) fragment for the `plan` key of `slipway.yaml`. */
export const PLAN_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ignore: {
      type: 'array',
      items: {
        oneOf: [
          { type: 'string', minLength: 1 },
          {
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
          },
        ],
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: { generatorHash: { type: 'boolean' }, lastAppliedConfiguration: { type: 'boolean' } },
    },
    production: { type: 'array', items: { type: 'string', minLength: 1 } },
    maxCommentChars: { type: 'integer', minimum: 1000, maximum: GITHUB_COMMENT_LIMIT },
  },
} as const

const RULE_KEYS = new Set(['path', 'apiVersion', 'kind', 'namespace', 'name'])

/**
 * Validates the `plan:` section and fills in defaults.
 *
 * @param config the parsed section (`undefined` = all defaults).
 * @param file config file named in errors.
 * @param environments the config's `environments` section: `environments.<name>.production`
 *   overrides `plan.production` and the default (name contains `prod`).
 * @throws {ConfigError} naming the key (`plan.ignore[1].kind`) and the bad value.
 */
export function resolvePlanConfig(
  config: unknown,
  file = 'slipway.yaml',
  environments: Record<string, { production?: boolean }> = {},
): ResolvedPlanConfig {
  const fail = (key: string, why: string): never => {
    throw new ConfigError(`plan.${key}: ${why}`, file)
  }
  const section = (config ?? {}) as Record<string, unknown>
  if (typeof section !== 'object' || Array.isArray(section)) fail('', 'must be a mapping')
  for (const key of Object.keys(section)) {
    if (!['ignore', 'defaults', 'production', 'maxCommentChars'].includes(key))
      fail(key, 'unknown key (expected ignore, defaults, production, maxCommentChars)')
  }
  const ignore: IgnoreRule[] = []
  const rawIgnore = section.ignore ?? []
  if (!Array.isArray(rawIgnore)) fail('ignore', 'must be a list of field paths')
  ;(rawIgnore as unknown[]).forEach((entry, i) => {
    const where = `plan.ignore[${i}]`
    if (typeof entry === 'string') {
      ignore.push({ pattern: parseFieldPath(entry, `${file}: ${where}`), text: entry })
      return
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      fail(`ignore[${i}]`, 'must be a field path or a mapping with path')
    const rule = entry as Record<string, unknown>
    for (const key of Object.keys(rule))
      if (!RULE_KEYS.has(key))
        fail(`ignore[${i}].${key}`, 'unknown key (expected path, apiVersion, kind, namespace, name)')
    for (const key of RULE_KEYS)
      if (rule[key] !== undefined && typeof rule[key] !== 'string')
        fail(`ignore[${i}].${key}`, `must be a string, got ${JSON.stringify(rule[key])}`)
    if (typeof rule.path !== 'string') fail(`ignore[${i}].path`, 'is required')
    ignore.push({
      pattern: parseFieldPath(rule.path as string, `${file}: ${where}.path`),
      text: rule.path as string,
      apiVersion: rule.apiVersion as string | undefined,
      kind: rule.kind as string | undefined,
      namespace: rule.namespace as string | undefined,
      name: rule.name as string | undefined,
    })
  })
  const defaults = (section.defaults ?? {}) as Record<string, unknown>
  if (typeof defaults !== 'object' || Array.isArray(defaults)) fail('defaults', 'must be a mapping')
  for (const [key, value] of Object.entries(defaults)) {
    if (key !== 'generatorHash' && key !== 'lastAppliedConfiguration')
      fail(`defaults.${key}`, 'unknown key (expected generatorHash, lastAppliedConfiguration)')
    if (typeof value !== 'boolean') fail(`defaults.${key}`, `must be true or false, got ${JSON.stringify(value)}`)
  }
  let isProduction = isProductionByName
  if (section.production !== undefined) {
    if (!Array.isArray(section.production) || section.production.some((n) => typeof n !== 'string'))
      fail('production', 'must be a list of environment names')
    const names = new Set(section.production as string[])
    isProduction = (name) => names.has(name)
  }
  let maxCommentChars = GITHUB_COMMENT_LIMIT
  if (section.maxCommentChars !== undefined) {
    const n = section.maxCommentChars
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1000 || n > GITHUB_COMMENT_LIMIT)
      fail('maxCommentChars', `must be an integer from 1000 to ${GITHUB_COMMENT_LIMIT}, got ${JSON.stringify(n)}`)
    maxCommentChars = n as number
  }
  const byName = isProduction
  return {
    ignore,
    isProduction: (name) => environments[name]?.production ?? byName(name),
    generatorHash: defaults.generatorHash !== false,
    lastAppliedConfiguration: defaults.lastAppliedConfiguration !== false,
    maxCommentChars,
  }
}
