import type { Finding } from '../findings/finding.js'
import type { ValidationReport } from '../validation/report.js'
import { formatDuration, formatLocation, groupFindings, plural } from './group.js'
import type { EnvironmentGroup } from './group.js'
import type { Reporter } from './reporter.js'

/** Options of the text reporter. */
export interface TextReporterOptions {
  /** ANSI colours (red errors, yellow warnings, dim locations). Default false; see {@link shouldUseColor}. */
  color?: boolean
}

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', bold: '\u001b[1m', dim: '\u001b[2m', reset: '\u001b[0m' }
const SEVERITY_WIDTH = 'warning'.length

/**
 * The human-readable report (`--format text`): one block per environment, findings grouped
 * under their resource, one finding per line —
 * `error    schema  /spec/replica  unknown field "replica"  manifests/base/deploy.yaml:12:5` —
 * then per-environment and overall totals. Severity and rule columns are aligned within an
 * environment (paths are not padded: JSON pointers vary too much); continuation lines of multi-line messages (kustomize errors) are indented.
 */
export class TextReporter implements Reporter {
  readonly format = 'text' as const
  private readonly color: boolean

  constructor(options: TextReporterOptions = {}) {
    this.color = options.color ?? false
  }

  render(report: ValidationReport): string {
    const lines: string[] = []
    for (const group of groupFindings(report)) {
      lines.push(...this.environmentBlock(group), '')
    }
    for (const note of report.notes ?? []) lines.push(`note: ${note}`)
    if (report.notes?.length) lines.push('')
    const { summary } = report
    const totals = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
    lines.push(
      `${plural(summary.environments, 'environment')}, ${plural(summary.resources, 'resource')}: ${this.paint(totals, summary.errors > 0 ? ANSI.red : summary.warnings > 0 ? ANSI.yellow : '')} in ${formatDuration(summary.durationMs)}`,
    )
    return `${lines.join('\n')}\n`
  }

  private environmentBlock(group: EnvironmentGroup): string[] {
    const lines: string[] = []
    const env = group.summary
    if (env) {
      const details = [
        `Kubernetes ${env.kubernetesVersion}`,
        plural(env.resources, 'resource'),
        `rendered in ${formatDuration(env.renderMs)}`,
      ]
      const sources = env.schemaSources ? Object.entries(env.schemaSources) : []
      if (sources.length > 0)
        details.push(`schemas: ${sources.map(([source, count]) => `${source} ${count}`).join(', ')}`)
      lines.push(`${this.paint(env.name, ANSI.bold)}  ${env.path}  (${details.join(', ')})`)
    } else {
      lines.push(this.paint(group.name === '' ? '(no environment)' : group.name, ANSI.bold))
    }
    if (group.resources.length === 0) {
      lines.push('  no findings')
      return lines
    }
    const all = group.resources.flatMap((resource) => resource.findings)
    const ruleWidth = Math.max(...all.map((finding) => finding.rule.length))
    for (const resource of group.resources) {
      lines.push(`  ${resource.label}`)
      for (const finding of resource.findings) lines.push(...this.findingLines(finding, ruleWidth))
    }
    const label = group.name === '' ? 'no environment' : group.name
    lines.push(`  ${label}: ${plural(group.errors, 'error')}, ${plural(group.warnings, 'warning')}`)
    return lines
  }

  private findingLines(finding: Finding, ruleWidth: number): string[] {
    const [first = '', ...rest] = finding.message.split(/\r?\n/)
    const severity = this.paint(
      finding.severity.padEnd(SEVERITY_WIDTH),
      finding.severity === 'error' ? ANSI.red : ANSI.yellow,
    )
    const columns = [severity, finding.rule.padEnd(ruleWidth)]
    if (finding.path) columns.push(finding.path)
    columns.push(first)
    const location = formatLocation(finding)
    if (location) columns.push(this.paint(location, ANSI.dim))
    const indent = ' '.repeat(4 + SEVERITY_WIDTH + 2)
    return [
      `    ${columns.join('  ')}`.trimEnd(),
      ...rest.filter((line) => line.trim() !== '').map((line) => `${indent}${line}`),
    ]
  }

  private paint(text: string, code: string): string {
    return this.color && code ? `${code}${text}${ANSI.reset}` : text
  }
}

/**
 * Whether a stream should get colour: a TTY, unless `NO_COLOR` is set (https://no-color.org);
 * `FORCE_COLOR` (non-empty, not `0`) forces it on.
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return stream.isTTY === true
}
