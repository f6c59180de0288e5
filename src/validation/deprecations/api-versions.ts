import { UsageError } from '../../errors.js'
import { splitApiVersion, type Resource } from '../../manifests/resource.js'
import type { Finding } from '../finding.js'
import { API_DEPRECATIONS, type ApiDeprecation } from './removed-apis.js'

/** Rule id of a resource whose apiVersion/kind the target Kubernetes version no longer serves (severity error). */
export const REMOVED_API_RULE = 'removed-api'
/** Rule id of a resource whose apiVersion/kind is deprecated but still served (severity warning). */
export const DEPRECATED_API_RULE = 'deprecated-api'

/**
 * Parses a Kubernetes version (`1.31`, `v1.31`, `1.31.4`, `v1.31.4-eks-1234`) into its minor number.
 *
 * @throws {UsageError} when the value is not `[v]1.N[...]`, naming the value.
 */
export function parseMinor(version: string): number {
  const match = /^v?1\.(\d+)(?:[.+-].*)?$/.exec(version.trim())
  if (!match) throw new UsageError(`invalid Kubernetes version "${version}" (expected 1.N, e.g. 1.31)`)
  return Number(match[1])
}

const index = new Map<string, ApiDeprecation>()
for (const entry of API_DEPRECATIONS) index.set(`${entry.group}/${entry.version}/${entry.kind}`, entry)

/**
 * Looks up an apiVersion/kind in the deprecation table ({@link API_DEPRECATIONS}).
 *
 * @returns the entry, or undefined when the API is neither deprecated nor removed.
 */
export function findDeprecation(apiVersion: string, kind: string): ApiDeprecation | undefined {
  const { group, version } = splitApiVersion(apiVersion)
  return index.get(`${group}/${version}/${kind}`)
}

/**
 * Flags resources whose API the target Kubernetes version no longer serves (`removed-api`,
 * error) or has deprecated (`deprecated-api`, warning). The message names the release
 * that deprecated or removed the API and the replacement to migrate to.
 *
 * Rules: the Kubernetes Deprecated API Migration Guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), kept as data in
 * `removed-apis.ts`.
 *
 * @param resources rendered resources of one environment.
 * @param kubernetesVersion target version, `1.N` (patch and `v` prefix accepted).
 * @param environment environment name set on every finding.
 * @returns one finding per affected resource, pointing at `/apiVersion`.
 * @throws {UsageError} when `kubernetesVersion` cannot be parsed.
 */
export function checkApiVersions(resources: readonly Resource[], kubernetesVersion: string, environment: string): Finding[] {
  const target = parseMinor(kubernetesVersion)
  const findings: Finding[] = []
  for (const resource of resources) {
    const entry = findDeprecation(resource.ref.apiVersion, resource.ref.kind)
    if (!entry) continue
    const api = `${resource.ref.apiVersion} ${resource.ref.kind}`
    const migrate = migration(entry)
    if (entry.removedIn !== undefined && target >= parseMinor(entry.removedIn)) {
      findings.push({
        severity: 'error',
        rule: REMOVED_API_RULE,
        message: `${api} is not served by Kubernetes ${kubernetesVersion}: removed in ${entry.removedIn}; ${migrate}`,
        environment,
        resource: resource.ref,
        path: '/apiVersion',
      })
    } else if (entry.deprecatedIn !== undefined && target >= parseMinor(entry.deprecatedIn)) {
      const removal = entry.removedIn ? `, removed in ${entry.removedIn}` : ''
      findings.push({
        severity: 'warning',
        rule: DEPRECATED_API_RULE,
        message: `${api} is deprecated since ${entry.deprecatedIn}${removal}; ${migrate}`,
        environment,
        resource: resource.ref,
        path: '/apiVersion',
      })
    }
  }
  return findings
}

function migration(entry: ApiDeprecation): string {
  const parts: string[] = []
  if (entry.replacement) {
    const { apiVersion, kind, availableSince } = entry.replacement
    const target = kind === entry.kind ? apiVersion : `${apiVersion} ${kind}`
    parts.push(`use ${target}${availableSince ? ` (available since ${availableSince})` : ''}`)
    if (entry.note) parts.push(entry.note)
  } else {
    parts.push(entry.note ?? 'no replacement')
  }
  return parts.join('; ')
}
