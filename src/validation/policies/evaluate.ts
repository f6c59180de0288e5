import type { ErrorObject } from 'ajv'
import { ConfigError } from '../../errors.js'
import type { Resource } from '../../manifests/resource.js'
import { containersOf, podTemplateOf } from '../checks/workloads.js'
import type { Finding, Severity } from '../../findings/finding.js'
import { BUILTINS } from './builtins.js'
import type { PolicyOverrides } from '../../config/sections/policies.js'
import { resolveSeverity } from './config.js'
import { isProductionByName } from '../../config/production.js'
import { policyMatches } from './match.js'
import { compilePolicy, type Policy } from './policy.js'
import { escapePointer } from '../../util/json-pointer.js'

/** What {@link evaluatePolicies} needs besides the policies and resources. */
export interface PolicyContext {
  /** Environment name: matched against `match.environments`, used for per-environment overrides, set on findings. */
  environment: string
  /**
   * Whether the environment is production, for `match.production`: slipway.yaml
   * `environments.<name>.production`, else the name rule. Default: the name contains
   * `prod` ({@link isProductionByName}).
   */
  production?: boolean
  /** Values for `{{ vars.NAME }}` references (slipway.yaml `vars:`). */
  vars?: Record<string, unknown>
  /** slipway.yaml `policies.overrides`: severity per policy and environment, or `off`. */
  overrides?: PolicyOverrides
}

/**
 * Applies policies to the resources of one environment.
 *
 * For each policy that is not switched off for the environment, each resource its `match`
 * selects is validated against its `schema` (the whole object, the workload's pod spec, or
 * each container — see {@link Policy.select}) or checked by its `builtin` rule. ajv-errors `errorMessage`s
 * become the finding messages; the policy's `remediation`, if any, is appended.
 *
 * @returns findings with `rule` = policy id, severity after overrides, `environment`,
 *   `resource`, and `path` — the JSON pointer of the offending value in the resource
 *   (for a missing required property, the pointer of the property that should be there;
 *   a line mapper resolves it to the nearest existing ancestor).
 * @throws {ConfigError} when a policy schema is invalid or needs a var that is not set.
 */
export function evaluatePolicies(policies: readonly Policy[], resources: readonly Resource[], context: PolicyContext): Finding[] {
  const findings: Finding[] = []
  const production = context.production ?? isProductionByName(context.environment)
  for (const policy of policies) {
    const severity = resolveSeverity(policy.id, policy.severity, context.environment, context.overrides)
    if (severity === 'off') continue
    const matched = resources.filter((resource) => policyMatches(policy, resource, context.environment, production))
    if (matched.length === 0) continue
    const seen = new Set<string>()
    const add = (resource: Resource, path: string, message: string) => {
      const key = `${resource.index}|${resource.ref.kind}|${resource.ref.namespace}|${resource.ref.name}|${path}|${message}`
      if (seen.has(key)) return
      seen.add(key)
      findings.push({
        severity: severity as Severity,
        rule: policy.id,
        message: policy.remediation ? `${message}. Fix: ${policy.remediation.trim()}` : message,
        environment: context.environment,
        resource: resource.ref,
        path,
      })
    }
    if (policy.builtin) {
      const rule = BUILTINS[policy.builtin.name]
      if (!rule) throw new ConfigError(`unknown builtin "${policy.builtin.name}"`, policy.file)
      for (const violation of rule(matched, resources, policy.builtin.params)) add(violation.resource, violation.path, violation.message)
      continue
    }
    const validate = compilePolicy(policy, context.vars)
    if (!validate) continue
    for (const resource of matched) {
      for (const { data, prefix } of subjects(policy, resource)) {
        if (validate(data)) continue
        for (const error of validate.errors ?? []) {
          const described = describeError(error)
          if (described) add(resource, prefix + described.path, described.message)
        }
      }
    }
  }
  return findings
}

/** The values a policy's schema is applied to in one resource, with their JSON pointers. */
function subjects(policy: Policy, resource: Resource): Array<{ data: unknown; prefix: string }> {
  if (policy.select === 'resource') return [{ data: resource.object, prefix: '' }]
  const template = podTemplateOf(resource)
  if (!template) return []
  if (policy.select === 'podSpec') return [{ data: template.spec, prefix: template.pointer }]
  return containersOf(template)
    .filter((ref) => policy.select === 'containers' || ref.list === 'containers')
    .map((ref) => ({ data: ref.container, prefix: ref.pointer }))
}

/**
 * Turns an ajv (or ajv-errors) error into a pointer at the offending field and a message.
 * An `errorMessage` replaces the errors it wraps; its pointer is that of the first wrapped
 * error, so a message declared once on a container still points at the exact field. A
 * missing required property is pointed at where it should be.
 */
function describeError(error: ErrorObject): { path: string; message: string } | undefined {
  if (error.keyword === 'if') return undefined // summary of a then/else branch whose own errors are reported
  const originals = error.keyword === 'errorMessage' ? ((error.params as { errors?: ErrorObject[] }).errors ?? []) : [error]
  const first = originals.find((original) => original.keyword !== 'if') ?? originals[0]
  let path = first ? first.instancePath : error.instancePath
  if (first?.keyword === 'required') path += `/${escapePointer((first.params as { missingProperty: string }).missingProperty)}`
  if (error.keyword === 'errorMessage') return { path, message: error.message ?? 'does not match the policy' }
  if (error.keyword === 'required') return { path, message: `${readable(error.instancePath)} must have "${(error.params as { missingProperty: string }).missingProperty}"` }
  return { path, message: `${readable(error.instancePath)} ${error.message ?? 'does not match the policy'}` }
}

function readable(pointer: string): string {
  return pointer === '' ? 'the resource' : pointer.slice(1).split('/').join('.')
}

