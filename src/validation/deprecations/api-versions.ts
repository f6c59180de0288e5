import { parseKubernetesVersion } from '../../config/kubernetes-version.js'
import { splitApiVersion, type Resource } from '../../manifests/resource.js'
import type { Finding, Severity } from '../../findings/finding.js'
import type { RuleOverrides } from '../../config/sections/policies.js'
import { resolveSeverity } from '../policies/config.js'
import { API_INTRODUCTIONS, type ApiIntroduction } from './introduced-apis.js'
import { API_DEPRECATIONS, type ApiDeprecation } from './removed-apis.js'

/** Rule id of a resource whose apiVersion/kind the target Kubernetes version no longer serves (severity error). */
export const REMOVED_API_RULE = 'removed-api'
/** Rule id of a resource whose apiVersion/kind is deprecated but still served (severity warning). */
export const DEPRECATED_API_RULE = 'deprecated-api'
/** Rule id of a resource whose apiVersion/kind the target Kubernetes version does not serve yet (severity error). */
export const NOT_YET_SERVED_RULE = 'api-not-yet-served'
/** Every rule id {@link checkApiVersions} reports (for override validation and rule listings). */
export const API_RULES = [REMOVED_API_RULE, DEPRECATED_API_RULE, NOT_YET_SERVED_RULE] as const

/**
 * Parses a Kubernetes version (`1.31`, `v1.31`, `1.31.4`, `v1.31.4-eks-1234`) into its minor number.
 *
 * @throws {UsageError} when the value is not `[v]1.N[...]`, naming the value.
 */
export function parseMinor(version: string): number {
  return parseKubernetesVersion(version).minor
}

const index = new Map<string, ApiDeprecation>()
for (const entry of API_DEPRECATIONS) index.set(`${entry.group}/${entry.version}/${entry.kind}`, entry)

// First release per group/version/kind: the introductions table plus the removal table's
// `introducedIn` (lifecycle data) and every replacement's `availableSince`; where several know
// one, the earlier release wins (never an error while the API may be served).
const introductions = new Map<string, ApiIntroduction>()
const introduce = (entry: ApiIntroduction) => {
  const key = `${entry.group}/${entry.version}/${entry.kind}`
  const known = introductions.get(key)
  if (!known || parseMinor(entry.availableSince) < parseMinor(known.availableSince)) introductions.set(key, entry)
}
API_INTRODUCTIONS.forEach(introduce)
for (const entry of API_DEPRECATIONS) {
  if (entry.introducedIn) {
    const { group, version, kind, introducedIn, lifecycleFile } = entry
    introduce({ group, version, kind, availableSince: introducedIn, source: 'lifecycle', lifecycleFile })
  }
  if (!entry.replacement?.availableSince) continue
  const { group, version } = splitApiVersion(entry.replacement.apiVersion)
  introduce({ group, version, kind: entry.replacement.kind, availableSince: entry.replacement.availableSince })
}

/**
 * The release that first served an apiVersion/kind, from {@link API_INTRODUCTIONS} and the
 * `introducedIn` and replacements of {@link API_DEPRECATIONS}.
 *
 * @returns the entry, or undefined when the API is not tracked (old, or not a built-in API).
 */
export function findIntroduction(apiVersion: string, kind: string): ApiIntroduction | undefined {
  const { group, version } = splitApiVersion(apiVersion)
  return introductions.get(`${group}/${version}/${kind}`)
}

/** Other tracked apiVersions of the same kind that the target minor serves, newest first, for a not-yet-served finding. */
function servedAlternatives(kind: string, apiVersion: string, target: number): string[] {
  const candidates = new Set<string>()
  const gv = (group: string, version: string) => (group ? `${group}/${version}` : version)
  for (const entry of introductions.values()) if (entry.kind === kind) candidates.add(gv(entry.group, entry.version))
  for (const entry of API_DEPRECATIONS) if (entry.kind === kind) candidates.add(gv(entry.group, entry.version))
  candidates.delete(apiVersion)
  const since = (candidate: string) => {
    const release = findIntroduction(candidate, kind)?.availableSince
    return release === undefined ? 0 : parseMinor(release)
  }
  return [...candidates]
    .filter((candidate) => {
      const removed = findDeprecation(candidate, kind)?.removedIn
      return since(candidate) <= target && (removed === undefined || parseMinor(removed) > target)
    })
    .sort((a, b) => since(b) - since(a)) // newest first: the closest to what was written
}

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
 * error), does not serve yet (`api-not-yet-served`, error: the apiVersion is newer than the
 * cluster) or has deprecated (`deprecated-api`, warning). The message names the release
 * that introduced, deprecated or removed the API and what to use instead.
 *
 * Rules: Kubernetes' prerelease lifecycle data (`APILifecycleDeprecated` /
 * `APILifecycleRemoved` in each k8s.io/api package's `zz_generated.prerelease-lifecycle.go`)
 * for beta versions and the Deprecated API Migration Guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/) for GA ones, kept as data
 * in `removed-apis.ts` and `introduced-apis.ts`.
 *
 * @param resources rendered resources of one environment.
 * @param kubernetesVersion target version, `1.N` (patch and `v` prefix accepted).
 * @param environment environment name set on every finding.
 * @param overrides slipway.yaml `checks.overrides`: the three rule ids can be given another
 *   severity per environment, or switched off.
 * @returns one finding per affected resource, pointing at `/apiVersion`.
 * @throws {UsageError} when `kubernetesVersion` cannot be parsed.
 */
export function checkApiVersions(
  resources: readonly Resource[],
  kubernetesVersion: string,
  environment: string,
  overrides?: RuleOverrides,
): Finding[] {
  const target = parseMinor(kubernetesVersion)
  const severities = new Map<string, string>(
    (
      [
        [REMOVED_API_RULE, 'error'],
        [DEPRECATED_API_RULE, 'warning'],
        [NOT_YET_SERVED_RULE, 'error'],
      ] as const
    ).map(([rule, severity]) => [rule, resolveSeverity(rule, severity, environment, overrides)]),
  )
  const findings: Finding[] = []
  const push = (finding: Omit<Finding, 'severity'> & { rule: string }) => {
    const severity = severities.get(finding.rule)
    if (severity !== undefined && severity !== 'off') findings.push({ ...finding, severity: severity as Severity })
  }
  for (const resource of resources) {
    const api = `${resource.ref.apiVersion} ${resource.ref.kind}`
    const introduced = findIntroduction(resource.ref.apiVersion, resource.ref.kind)
    if (introduced && target < parseMinor(introduced.availableSince)) {
      const alternatives = servedAlternatives(resource.ref.kind, resource.ref.apiVersion, target)
      const instead =
        alternatives.length > 0
          ? `use ${alternatives.join(' or ')} (served by ${kubernetesVersion}), or upgrade the cluster`
          : 'upgrade the cluster or do not ship it to this environment'
      push({
        rule: NOT_YET_SERVED_RULE,
        message: `${api} is not served by Kubernetes ${kubernetesVersion} yet: introduced in ${introduced.availableSince}; ${instead}`,
        environment,
        resource: resource.ref,
        path: '/apiVersion',
      })
      continue
    }
    const entry = findDeprecation(resource.ref.apiVersion, resource.ref.kind)
    if (!entry) continue
    const migrate = migration(entry)
    if (entry.removedIn !== undefined && target >= parseMinor(entry.removedIn)) {
      push({
        rule: REMOVED_API_RULE,
        message: `${api} is not served by Kubernetes ${kubernetesVersion}: removed in ${entry.removedIn}; ${migrate}`,
        environment,
        resource: resource.ref,
        path: '/apiVersion',
      })
    } else if (entry.deprecatedIn !== undefined && target >= parseMinor(entry.deprecatedIn)) {
      const removal = entry.removedIn ? `, removed in ${entry.removedIn}` : ''
      push({
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
