import type { Finding } from '../findings/finding.js'
import type { EnvironmentSummary, ValidationReport } from '../validation/report.js'
import type { Reporter } from './reporter.js'

/** One finding as printed by `--format json` (keys in contract order; unknown values omitted). */
export interface JsonFinding {
  severity: Finding['severity']
  rule: string
  message: string
  environment?: string
  resource?: { apiVersion: string; kind: string; namespace?: string; name: string }
  path?: string
  file?: string
  line?: number
  column?: number
  locationApproximate?: boolean
}

/** The document `slipway validate --format json` prints (issue 2 §5, plus issue 3 §5 locations). */
export interface JsonReport {
  summary: ValidationReport['summary']
  environments: Array<
    Pick<EnvironmentSummary, 'name' | 'path' | 'resources' | 'renderMs'> & Partial<EnvironmentSummary>
  >
  findings: JsonFinding[]
  notes?: string[]
  shard?: ValidationReport['shard']
}

/**
 * Builds the JSON contract from a report:
 * `{"summary":{"environments","resources","errors","warnings","durationMs"},
 *   "environments":[{"name","path","resources","renderMs",…}],
 *   "findings":[{"severity","rule","message","environment","resource":{…},"path","file","line","column"}]}`.
 * Keys come in the contract's order whatever order the core built them in; a key whose
 * value is unknown is left out rather than set to null. Extra fields (`kubernetesVersion`,
 * `schemaSources`, `locationApproximate`) follow the contract's keys.
 */
export function toJsonReport(report: ValidationReport): JsonReport {
  const { summary } = report
  return {
    summary: {
      environments: summary.environments,
      resources: summary.resources,
      errors: summary.errors,
      warnings: summary.warnings,
      durationMs: summary.durationMs,
    },
    environments: report.environments.map((env) => ({
      name: env.name,
      path: env.path,
      resources: env.resources,
      renderMs: env.renderMs,
      kubernetesVersion: env.kubernetesVersion,
      ...(env.schemaSources ? { schemaSources: env.schemaSources } : {}),
    })),
    findings: report.findings.map(toJsonFinding),
    ...(report.notes?.length ? { notes: report.notes } : {}),
    ...(report.shard ? { shard: report.shard } : {}),
  }
}

function toJsonFinding(finding: Finding): JsonFinding {
  const out: JsonFinding = { severity: finding.severity, rule: finding.rule, message: finding.message }
  if (finding.environment !== undefined) out.environment = finding.environment
  if (finding.resource) {
    const { apiVersion, kind, namespace, name } = finding.resource
    out.resource = namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name }
  }
  if (finding.path !== undefined) out.path = finding.path
  if (finding.file !== undefined) out.file = finding.file
  if (finding.line !== undefined) out.line = finding.line
  if (finding.column !== undefined) out.column = finding.column
  if (finding.locationApproximate) out.locationApproximate = true
  return out
}

/** `--format json`: the contract of {@link toJsonReport}, pretty-printed with a final newline. */
export class JsonReporter implements Reporter {
  readonly format = 'json' as const

  render(report: ValidationReport): string {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`
  }
}
