import { splitApiVersion, type Resource } from '../../manifests/resource.js'
import { matchesLabelSelector } from '../checks/label-selector.js'
import { labelsOf, WORKLOAD_KINDS } from '../checks/workloads.js'
import type { Policy, PolicyMatch } from './policy.js'
import { isProductionByName } from '../../config/production.js'

const CORE_VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/

/**
 * Tests a resource's apiVersion and kind against one `match.kinds` entry: `Kind` (any
 * group and version), `group/Kind` (any version), `v1/Kind` (core group, that version) or
 * `group/version/Kind`.
 */
export function matchesKind(entry: string, apiVersion: string, kind: string): boolean {
  const parts = entry.split('/')
  if (parts[parts.length - 1] !== kind) return false
  const { group, version } = splitApiVersion(apiVersion)
  if (parts.length === 1) return true
  if (parts.length === 2) return CORE_VERSION.test(parts[0] as string) ? group === '' && version === parts[0] : group === parts[0]
  return group === parts[0] && version === parts[1]
}

/** Tests a name against a list of names where `*` matches any run of characters. */
export function matchesName(patterns: readonly string[], name: string): boolean {
  return patterns.some((pattern) => (pattern.includes('*') ? new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(name) : pattern === name))
}

/**
 * Tests an environment name against `match.environments`: entries starting with `!`
 * exclude; when there is any other entry, the name must match one of them.
 */
export function matchesEnvironment(patterns: readonly string[], environment: string): boolean {
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1))
  const included = patterns.filter((pattern) => !pattern.startsWith('!'))
  if (excluded.length > 0 && matchesName(excluded, environment)) return false
  return included.length === 0 || matchesName(included, environment)
}


/**
 * Tests whether a policy applies to a resource in an environment. Criteria are ANDed;
 * an omitted criterion matches everything, except that a policy that selects pod specs
 * or containers matches only workload kinds when it names no `kinds`.
 *
 * @param production whether the environment is production (slipway.yaml
 *   `environments.<name>.production`); default {@link isProductionByName}.
 */
export function policyMatches(policy: Pick<Policy, 'match' | 'select'>, resource: Resource, environment: string, production: boolean = isProductionByName(environment)): boolean {
  const match: PolicyMatch = policy.match
  if (match.production !== undefined && match.production !== production) return false
  const kinds = match.kinds ?? (policy.select !== 'resource' ? WORKLOAD_KINDS : undefined)
  if (kinds && !kinds.some((entry) => matchesKind(entry, resource.ref.apiVersion, resource.ref.kind))) return false
  if (match.environments && !matchesEnvironment(match.environments, environment)) return false
  if (match.namespaces && (resource.ref.namespace === undefined || !matchesName(match.namespaces, resource.ref.namespace))) return false
  if (match.labelSelector && !matchesLabelSelector(match.labelSelector, labelsOf(resource.object))) return false
  return true
}
