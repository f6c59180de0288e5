import { ConfigError } from '../../errors.js'
import { closest } from '../../schemas/errors.js'
import type { Severity } from '../../findings/finding.js'

/**
 * The `policies:` and `checks:` sections of `slipway.yaml`. The lead's `src/config/schema.ts`
 * merges {@link policiesConfigSchema} and {@link checksConfigSchema} in place of its
 * placeholder `{ type: 'object' }`.
 *
 * ```yaml
 * vars:                               # top level: values policies refer to as {{ vars.NAME }}
 *   ecrRegistries: [123456789012.dkr.ecr.us-east-1.amazonaws.com]
 * policies:
 *   paths: [policies]                 # directories of policy files; default [policies]
 *   overrides:
 *     require-probes: warning         # every environment
 *     pinned-by-digest: off           # switched off
 *     production-replicas:
 *       severity: warning             # default for this policy
 *       environments: { production: error, staging: off }
 * checks:
 *   overrides:
 *     non-isolated-pod: off
 * ```
 */

/** A severity, or `off` to switch a rule off. */
export type RuleSeverity = Severity | 'off'

/** How one policy or check is changed: a severity for every environment, or a default plus per-environment values. */
export type RuleOverride = RuleSeverity | { severity?: RuleSeverity; environments?: Record<string, RuleSeverity> }

/** Overrides by policy or check id. */
export type RuleOverrides = Record<string, RuleOverride>

/** Overrides of policies, by policy id. */
export type PolicyOverrides = RuleOverrides

/** The `policies:` section of `slipway.yaml`. */
export interface PoliciesConfig {
  /** Repository-relative directories holding policy files (`*.yaml`). Default `[policies]`. */
  paths?: string[]
  overrides?: PolicyOverrides
}

/** The `checks:` section of `slipway.yaml`. */
export interface ChecksConfig {
  overrides?: RuleOverrides
}

const ruleSeverity = {
  enum: ['error', 'warning', 'off'],
  errorMessage: 'must be error, warning or off',
} as const

const ruleOverrides = {
  type: 'object',
  propertyNames: { pattern: '^[a-z0-9][a-z0-9-]*$', errorMessage: 'must be a policy or check id (lower-case kebab-case)' },
  additionalProperties: {
    anyOf: [
      ruleSeverity,
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity: ruleSeverity,
          environments: { type: 'object', additionalProperties: ruleSeverity },
        },
      },
    ],
  },
} as const

/** JSON Schema fragment for the `policies:` section (ajv, draft-07, with ajv-errors). */
export const policiesConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    paths: { type: 'array', items: { type: 'string', minLength: 1 } },
    overrides: ruleOverrides,
  },
} as const

/** JSON Schema fragment for the `checks:` section. */
export const checksConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    overrides: ruleOverrides,
  },
} as const

/**
 * The effective severity of a policy or check in one environment: the override for that
 * environment, else the override's default, else the rule's own severity.
 *
 * @param environment undefined for findings that belong to no environment (then only the default applies).
 */
export function resolveSeverity(id: string, severity: RuleSeverity, environment: string | undefined, overrides: RuleOverrides | undefined): RuleSeverity {
  const override = overrides?.[id]
  if (override === undefined) return severity
  if (typeof override === 'string') return override
  const perEnvironment = environment !== undefined ? override.environments?.[environment] : undefined
  return perEnvironment ?? override.severity ?? severity
}

/**
 * Rejects overrides of rules that do not exist: an id under slipway.yaml
 * `policies.overrides` that no loaded policy has, or under `checks.overrides` that no check
 * has, would otherwise be silently ignored (a typo leaves the rule at its default).
 * Call it once the policies are loaded (ids of policies come from the policy files).
 *
 * @param policies the loaded policies (only `id` is read).
 * @param checkIds every check id the run honours overrides for (`checkRuleIds()` from `../checks/index.js`).
 * @param config the parsed config; `file` (when set) names the file in the error.
 * @throws {ConfigError} naming the file and every bad key (`policies.overrides.pinned-by-digst:
 *   unknown policy id (did you mean "pinned-by-digest"?)`), pointing to the other section when the
 *   id belongs there.
 */
export function checkOverrideIds(
  policies: readonly { id: string }[],
  checkIds: readonly string[],
  config: { policies?: PoliciesConfig; checks?: ChecksConfig; file?: string },
  file: string = config.file ?? 'slipway.yaml',
): void {
  const policyIds = policies.map((policy) => policy.id)
  const problems: string[] = []
  const verify = (section: 'policies' | 'checks', overrides: RuleOverrides | undefined, known: readonly string[], other: readonly string[]) => {
    for (const id of Object.keys(overrides ?? {})) {
      if (known.includes(id)) continue
      const key = `${section}.overrides.${id}`
      const otherSection = section === 'policies' ? 'checks' : 'policies'
      if (other.includes(id)) {
        problems.push(`${key}: "${id}" is a ${section === 'policies' ? 'check' : 'policy'}; move it under ${otherSection}.overrides`)
        continue
      }
      const suggestion = closest(id, known)
      const what = section === 'policies' ? 'policy' : 'check'
      problems.push(`${key}: unknown ${what} id "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known ${what} ids: ${[...known].sort().join(', ') || '(none)'}`)
    }
  }
  verify('policies', config.policies?.overrides, policyIds, checkIds)
  verify('checks', config.checks?.overrides, checkIds, policyIds)
  if (problems.length > 0) throw new ConfigError(problems.join('; '), file)
}
