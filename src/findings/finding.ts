import type { ResourceRef } from '../manifests/resource.js'

/** How serious a finding is. `error` fails `slipway validate` (exit 1). */
export type Severity = 'error' | 'warning'

/**
 * One problem found in an environment. Findings are data until the edge: reporters
 * (text, json, sarif, github) render them; only the CLI or action decides the exit.
 */
export interface Finding {
  severity: Severity
  /** Stable rule id, e.g. `schema`, `render`, `parse`, `no-schema`, `dangling-service`. */
  rule: string
  /** What is wrong, in words a person can act on; names the value where there is one. */
  message: string
  /** Environment (Argo CD Application or Kustomize root) the finding belongs to. */
  environment?: string
  resource?: ResourceRef
  /** JSON pointer into the resource (RFC 6901), e.g. `/spec/template/spec/containers/0/image`. */
  path?: string
  /** Source file (repository-relative) that introduced the value, 1-based line and column. */
  file?: string
  line?: number
  column?: number
  /** Set when the location is the resource's first line because the exact node could not be found. */
  locationApproximate?: boolean
}

/** Counts findings by severity. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const finding of findings) {
    if (finding.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings }
}
