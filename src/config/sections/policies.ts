import type { Severity } from '../../findings/finding.js'

/**
 * The `policies:` and `checks:` sections of `slipway.yaml`. Schema and type only; the
 * severity rules that read them are in `src/validation/policies/config.ts`.
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
  propertyNames: {
    pattern: '^[a-z0-9][a-z0-9-]*$',
    errorMessage: 'must be a policy or check id (lower-case kebab-case)',
  },
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
export const policiesSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    paths: { type: 'array', items: { type: 'string', minLength: 1 } },
    overrides: ruleOverrides,
  },
} as const

/** JSON Schema fragment for the `checks:` section. */
export const checksSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    overrides: ruleOverrides,
  },
} as const
