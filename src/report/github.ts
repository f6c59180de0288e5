import { annotationText, cell as markdownCell } from '../github/markdown.js'
import { STEP_SUMMARY_LIMIT_BYTES } from '../github/summary.js'
import { formatRef } from '../manifests/resource.js'
import type { Finding, Severity } from '../findings/finding.js'
import type { ValidationReport } from '../validation/report.js'
import { formatDuration, formatLocation, groupFindings, plural } from './group.js'
import type { Reporter } from './reporter.js'

/**
 * Annotations GitHub shows per step and per level (errors and warnings counted apart);
 * further ones are dropped silently. Source: actions/toolkit `docs/problem-matchers.md`
 * "Limitations" (10 warning, 10 error and 10 notice annotations per step, 50 per job).
 */
export const ANNOTATIONS_PER_LEVEL = 10
export { STEP_SUMMARY_LIMIT_BYTES }

/** The properties @actions/core's `error()`/`warning()` accept (its `AnnotationProperties`). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** One annotation: what `core.error(message, properties)` or `::error …::message` carries. */
export interface Annotation {
  /** `notice` is used only for the "not annotated" note. */
  level: Severity | 'notice'
  message: string
  properties: AnnotationProperties
}

/** Which findings become annotations, and how many of each level did not fit. */
export interface AnnotationPlan {
  annotations: Annotation[]
  omitted: { errors: number; warnings: number }
}

/**
 * Escapes workflow-command data (the message) exactly as @actions/core `command.ts`
 * `escapeData`: `%`→`%25`, `\r`→`%0D`, `\n`→`%0A`.
 */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * Escapes a workflow-command property value as @actions/core `escapeProperty`: as
 * {@link escapeData} plus `:`→`%3A` and `,`→`%2C`.
 */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Renders an annotation as the workflow command @actions/core would print for
 * `core.error(message, properties)` — byte for byte, so the CLI's `--format github` and
 * the action look the same: `::error title=…,file=…,line=…,col=…::message`. Properties
 * appear in core's order (title, file, line, col) and empty ones are left out, as core does
 * (`utils.ts` toCommandProperties, `command.ts` Command.toString).
 */
export function formatAnnotation(annotation: Annotation): string {
  const { title, file, startLine, startColumn } = annotation.properties
  const properties = (
    [
      ['title', title],
      ['file', file],
      ['line', startLine],
      ['col', startColumn],
    ] as const
  )
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${annotation.level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${escapeData(annotation.message)}`
}

/**
 * One finding as an annotation: title `rule: Kind/namespace/name`, the message followed
 * by where the problem is (environment and JSON pointer), and the file position when known.
 * Title and message pass {@link annotationText} (no `@mention`, no bare-URL link).
 */
export function toAnnotation(finding: Finding): Annotation {
  const properties: AnnotationProperties = {
    title: annotationText(finding.resource ? `${finding.rule}: ${formatRef(finding.resource)}` : finding.rule),
  }
  if (finding.file) {
    properties.file = finding.file
    if (finding.line !== undefined) properties.startLine = finding.line
    if (finding.column !== undefined) properties.startColumn = finding.column
  }
  const context = [
    finding.environment ? `environment ${finding.environment}` : undefined,
    finding.path ? `at ${finding.path}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ')
  const approximate = finding.locationApproximate ? ' [line approximate: first line of the resource]' : ''
  // Annotations are plain text on GitHub: mentions and bare URLs from manifests are broken, control characters dropped.
  return {
    level: finding.severity,
    message: annotationText(`${finding.message}${context ? ` (${context})` : ''}${approximate}`, true),
    properties,
  }
}

/**
 * Chooses the findings GitHub will show as annotations: at most `limit` errors and `limit`
 * warnings (default {@link ANNOTATIONS_PER_LEVEL}), preferring findings that carry a file
 * (those land on the diff) and otherwise keeping the report's order.
 */
export function planAnnotations(findings: readonly Finding[], limit = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const errors = findings.filter((finding) => finding.severity === 'error').length
  const warnings = findings.length - errors
  return {
    annotations: planned(findings, limit).map(toAnnotation),
    omitted: { errors: Math.max(0, errors - limit), warnings: Math.max(0, warnings - limit) },
  }
}

/** The findings {@link planAnnotations} annotates, in report order. */
function planned(findings: readonly Finding[], limit = ANNOTATIONS_PER_LEVEL): Finding[] {
  const chosen = new Set<Finding>()
  for (const level of ['error', 'warning'] as const) {
    const ofLevel = findings.filter((finding) => finding.severity === level)
    const ranked = [...ofLevel.filter((finding) => finding.file), ...ofLevel.filter((finding) => !finding.file)]
    for (const finding of ranked.slice(0, limit)) chosen.add(finding)
  }
  return findings.filter((finding) => chosen.has(finding))
}

/** Options of the GitHub reporter. */
export interface GithubReporterOptions {
  /** Annotations per level; default {@link ANNOTATIONS_PER_LEVEL}. */
  annotationLimit?: number
  /**
   * When set, summary locations link to the file at this commit:
   * `${serverUrl}/${repository}/blob/${sha}/${file}#L${line}`. The action fills it from
   * `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY` and `GITHUB_SHA`.
   */
  sourceLink?: { serverUrl: string; repository: string; sha: string }
}

/**
 * `--format github`: workflow-command annotations for the findings GitHub will show, and
 * a Markdown job summary (one table per environment) that lists every finding, since
 * annotations beyond the per-step limit are dropped by GitHub.
 */
export class GithubReporter implements Reporter {
  readonly format = 'github' as const
  constructor(private readonly options: GithubReporterOptions = {}) {}

  /** The annotations to emit and how many findings of each level did not fit. */
  plan(report: ValidationReport): AnnotationPlan {
    return planAnnotations(report.findings, this.options.annotationLimit)
  }

  /**
   * The workflow commands for the CLI's stdout: one `::error`/`::warning` line per planned
   * annotation; when some did not fit, a `::notice::` saying how many and one plain line per
   * such finding (so the log still has them); then a plain totals line.
   */
  render(report: ValidationReport): string {
    const plan = this.plan(report)
    const lines = plan.annotations.map(formatAnnotation)
    const notice = omittedNotice(plan)
    if (notice) {
      lines.push(formatAnnotation({ level: 'notice', message: notice, properties: {} }))
      // Keep the findings GitHub would drop in the log, as plain lines.
      const annotated = new Set(planned(report.findings, this.options.annotationLimit))
      for (const finding of report.findings) {
        if (annotated.has(finding)) continue
        const { message } = toAnnotation(finding)
        const location = formatLocation(finding)
        lines.push(
          `${finding.severity} ${finding.rule}${finding.resource ? ` ${formatRef(finding.resource)}` : ''}: ${message.replace(/\r?\n/g, ' ')}${location ? ` [${location}]` : ''}`,
        )
      }
    }
    const { summary } = report
    lines.push(
      `slipway: ${plural(summary.environments, 'environment')}, ${plural(summary.resources, 'resource')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${formatDuration(summary.durationMs)}`,
    )
    return `${lines.join('\n')}\n`
  }

  /** The job summary Markdown; see {@link renderJobSummary}. */
  summary(report: ValidationReport): string {
    return renderJobSummary(report, { ...this.options, plan: this.plan(report) })
  }
}

/** `N errors and M warnings were not annotated …`, or undefined when everything fit. */
export function omittedNotice(plan: AnnotationPlan): string | undefined {
  const { errors, warnings } = plan.omitted
  if (errors + warnings === 0) return undefined
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} were not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} of each per step); the job summary lists every finding.`
}

/** Options of {@link renderJobSummary}. */
export interface JobSummaryOptions extends GithubReporterOptions {
  /** The annotation plan, to say in the summary how many findings were not annotated. */
  plan?: AnnotationPlan
  /** Size cap in bytes (UTF-8); default {@link STEP_SUMMARY_LIMIT_BYTES}. */
  limitBytes?: number
}

/**
 * The Markdown job summary: a heading with the totals, an overview table of the
 * environments, then one table per environment with a row per finding (severity, rule,
 * resource, JSON pointer, message, location). Cell text is escaped for GitHub-flavoured
 * Markdown tables (`|`, newlines, HTML). When the summary would exceed `limitBytes`,
 * trailing rows are dropped and a line says how many.
 */
export function renderJobSummary(report: ValidationReport, options: JobSummaryOptions = {}): string {
  const limit = options.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES
  const { summary } = report
  const status = summary.errors > 0 ? '❌' : summary.warnings > 0 ? '⚠️' : '✅'
  const head: string[] = [
    `## ${status} Slipway validate: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
    '',
    `${plural(summary.environments, 'environment')}, ${plural(summary.resources, 'resource')}, ${formatDuration(summary.durationMs)}.`,
    '',
  ]
  const notice = options.plan ? omittedNotice(options.plan) : undefined
  if (notice) head.push(`> [!NOTE]`, `> ${notice}`, '')
  const groups = groupFindings(report)
  head.push(
    '| Environment | Path | Kubernetes | Resources | Errors | Warnings |',
    '| --- | --- | --- | ---: | ---: | ---: |',
  )
  for (const group of groups) {
    const env = group.summary
    head.push(
      `| ${cell(group.name || '(no environment)')} | ${cell(env?.path ?? '')} | ${cell(env?.kubernetesVersion ?? '')} | ${env?.resources ?? ''} | ${group.errors} | ${group.warnings} |`,
    )
  }
  head.push('')

  const out: string[] = [...head]
  let bytes = Buffer.byteLength(out.join('\n'))
  let dropped = 0
  const push = (line: string): boolean => {
    const size = Buffer.byteLength(line) + 1
    if (bytes + size > limit - 200) return false
    out.push(line)
    bytes += size
    return true
  }
  for (const group of groups) {
    if (group.resources.length === 0) continue
    const findings = group.resources.flatMap((resource) => resource.findings)
    if (dropped > 0) {
      dropped += findings.length
      continue
    }
    const tableHead = [
      `### ${cell(group.name || '(no environment)')}: ${plural(group.errors, 'error')}, ${plural(group.warnings, 'warning')}`,
      '',
      '| Severity | Rule | Resource | Path | Message | Location |',
      '| --- | --- | --- | --- | --- | --- |',
    ]
    if (!tableHead.every(push)) {
      dropped += findings.length
      continue
    }
    for (const finding of findings) {
      const row = `| ${finding.severity === 'error' ? '❌ error' : '⚠️ warning'} | ${cell(finding.rule)} | ${finding.resource ? cell(formatRef(finding.resource)) : ''} | ${cell(finding.path ?? '')} | ${cell(finding.message)} | ${locationCell(finding, options.sourceLink)} |`
      if (dropped > 0 || !push(row)) dropped++
    }
    push('')
  }
  if (dropped > 0)
    out.push(
      `_${plural(dropped, 'more finding')} not shown: the job summary is limited to 1 MiB. See the step log or the SARIF file._`,
      '',
    )
  return `${out.join('\n')}\n`
}

function locationCell(finding: Finding, link: JobSummaryOptions['sourceLink']): string {
  const text = formatLocation(finding)
  if (!text || !finding.file) return ''
  if (!link || finding.file.startsWith('/') || finding.file.includes('..')) return cell(text)
  const path = finding.file.split('/').map(encodeURIComponent).join('/')
  const anchor = finding.line !== undefined ? `#L${finding.line}` : ''
  return `[${cell(text)}](${link.serverUrl}/${link.repository}/blob/${link.sha}/${path}${anchor})`
}

/**
 * Escapes text for a Markdown table cell (`src/github/markdown.ts` {@link markdownCell}): HTML as
 * entities, every Markdown-significant character and `|` backslash-escaped, mentions and bare
 * URLs broken, line breaks as `<br>`.
 */
export function cell(text: string): string {
  return markdownCell(text, { lineBreaks: true })
}
