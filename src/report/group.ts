import { formatRef } from '../manifests/resource.js'
import type { ResourceRef } from '../manifests/resource.js'
import type { Finding } from '../findings/finding.js'
import type { EnvironmentSummary, ValidationReport } from '../validation/report.js'

/** Findings of one resource (or of the environment itself when `resource` is unset). */
export interface ResourceGroup {
  /** `Deployment/trading/api-gateway`, or `(environment)` for findings without a resource. */
  label: string
  resource?: ResourceRef
  findings: Finding[]
}

/** Findings of one environment, grouped by resource, with totals. */
export interface EnvironmentGroup {
  /** Environment name; `''` for findings that belong to no environment. */
  name: string
  /** The report's line for this environment, when it has one. */
  summary?: EnvironmentSummary
  resources: ResourceGroup[]
  errors: number
  warnings: number
}

/** Label used for findings that name no resource. */
export const NO_RESOURCE_LABEL = '(environment)'

/**
 * Groups a report's findings by environment, then by resource — the layout of the text
 * report and of the job summary. Environments keep the report's order (those with no
 * findings included, with empty `resources`); environments that only appear on findings
 * follow in first-seen order, then one group named `''` for findings with no environment.
 * Resources and findings keep the order the core produced them in.
 */
export function groupFindings(report: ValidationReport): EnvironmentGroup[] {
  const groups = new Map<string, EnvironmentGroup>()
  const resourceIndex = new Map<string, Map<string, ResourceGroup>>()
  const groupFor = (name: string): EnvironmentGroup => {
    let group = groups.get(name)
    if (!group) {
      group = { name, resources: [], errors: 0, warnings: 0 }
      groups.set(name, group)
      resourceIndex.set(name, new Map())
    }
    return group
  }
  for (const summary of report.environments) groupFor(summary.name).summary = summary
  for (const finding of report.findings) {
    if (finding.environment === undefined || finding.environment === '') continue
    addFinding(groupFor(finding.environment), resourceIndex.get(finding.environment)!, finding)
  }
  const orphans = report.findings.filter((finding) => finding.environment === undefined || finding.environment === '')
  if (orphans.length > 0) {
    const group = groupFor('')
    for (const finding of orphans) addFinding(group, resourceIndex.get('')!, finding)
  }
  return [...groups.values()]
}

function addFinding(group: EnvironmentGroup, index: Map<string, ResourceGroup>, finding: Finding): void {
  const label = finding.resource ? formatRef(finding.resource) : NO_RESOURCE_LABEL
  // Two apiVersions of the same kind/name are distinct resources; keep them apart.
  const key = finding.resource ? `${finding.resource.apiVersion} ${label}` : label
  let resource = index.get(key)
  if (!resource) {
    resource = { label, findings: [] }
    if (finding.resource) resource.resource = finding.resource
    index.set(key, resource)
    group.resources.push(resource)
  }
  resource.findings.push(finding)
  if (finding.severity === 'error') group.errors++
  else group.warnings++
}

/** `1 error`, `2 warnings`: a count with its noun in singular or plural. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** A duration for people: `850 ms` under a second, `1.9 s` above. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/**
 * `file:line:col` (or `file:line`, or `file`) of a finding, `undefined` when it has no file.
 * Approximate locations (the resource's first line) are marked ` (approximate)`.
 */
export function formatLocation(finding: Finding): string | undefined {
  if (!finding.file) return undefined
  let location = finding.file
  if (finding.line !== undefined) {
    location += `:${finding.line}`
    if (finding.column !== undefined) location += `:${finding.column}`
  }
  return finding.locationApproximate ? `${location} (approximate)` : location
}
