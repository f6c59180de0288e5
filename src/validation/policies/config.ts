/**
 * Severity overrides of policies and checks (`policies.overrides`, `checks.overrides` of
 * `slipway.yaml`; schema and types in `src/config/sections/policies.ts`).
 */
import { ConfigError } from '../../errors.js'
import { closest } from '../../schemas/errors.js'
import type { ChecksConfig, PoliciesConfig, RuleOverrides, RuleSeverity } from '../../config/sections/policies.js'

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
