import type { ValidationReport } from '../validation/report.js'
import { GithubReporter } from './github.js'
import type { GithubReporterOptions } from './github.js'
import { JsonReporter } from './json.js'
import { SarifReporter } from './sarif.js'
import type { SarifReporterOptions } from './sarif.js'
import { TextReporter } from './text.js'
import type { TextReporterOptions } from './text.js'
import { parseReportFormat, type ReportFormat } from './format.js'

export { REPORT_FORMATS, parseReportFormat, type ReportFormat } from './format.js'

/**
 * Renders a {@link ValidationReport} in one format. Reporters are pure: they return text
 * and never print, exit or annotate — the CLI or the action decides what to do with it.
 */
export interface Reporter {
  readonly format: ReportFormat
  /** The whole output for this format, ending with a newline. */
  render(report: ValidationReport): string
}

/** Options for every reporter; each format reads the fields it needs. */
export interface ReporterOptions extends TextReporterOptions, SarifReporterOptions, GithubReporterOptions {}

/**
 * Chooses a reporter by format (after kubeconform `pkg/output.New`).
 * `github` returns a {@link GithubReporter}, which can also plan annotations and render
 * the job summary.
 *
 * @throws {UsageError} for a format not in {@link REPORT_FORMATS}, naming it.
 */
export function createReporter(format: 'github', options?: ReporterOptions): GithubReporter
export function createReporter(format: ReportFormat | string, options?: ReporterOptions): Reporter
export function createReporter(format: ReportFormat | string, options: ReporterOptions = {}): Reporter {
  switch (parseReportFormat(format)) {
    case 'text':
      return new TextReporter(options)
    case 'json':
      return new JsonReporter()
    case 'sarif':
      return new SarifReporter(options)
    case 'github':
      return new GithubReporter(options)
  }
}
