import type { Severity } from '../../findings/finding.js'
import type { Policy } from './policy.js'

/** Metadata of one rule, for reports that describe rules (SARIF `tool.driver.rules`, job summaries). */
export interface RuleDescription {
  id: string
  description: string
  defaultSeverity: Severity
  /** Documentation URL, when the policy names one. */
  helpUri?: string
  /** Where the rule is defined: a policy file, or `check` / `api` for built-in rules. */
  source: string
}

/**
 * Describes the rules of loaded policies, in the given order.
 *
 * @returns one entry per policy with its id, description, severity, `docs` URL and file.
 */
export function describePolicies(policies: readonly Policy[]): RuleDescription[] {
  return policies.map((policy) => ({
    id: policy.id,
    description: policy.description,
    defaultSeverity: policy.severity,
    ...(policy.docs ? { helpUri: policy.docs } : {}),
    source: policy.file,
  }))
}
