/**
 * Reporters: render a ValidationReport as text, JSON, SARIF or GitHub annotations plus a
 * job summary. Start with {@link createReporter}.
 */
export { createReporter, parseReportFormat, REPORT_FORMATS } from './reporter.js'
export type { Reporter, ReporterOptions, ReportFormat } from './reporter.js'
export { TextReporter, shouldUseColor } from './text.js'
export type { TextReporterOptions } from './text.js'
export { JsonReporter, toJsonReport } from './json.js'
export type { JsonFinding, JsonReport } from './json.js'
export { SarifReporter, toSarif, toArtifactUri, SARIF_SCHEMA_URI, SARIF_SRCROOT, FINGERPRINT_KEY } from './sarif.js'
export type { SarifLog, SarifReporterOptions } from './sarif.js'
export {
  GithubReporter,
  ANNOTATIONS_PER_LEVEL,
  STEP_SUMMARY_LIMIT_BYTES,
  escapeData,
  escapeProperty,
  formatAnnotation,
  omittedNotice,
  planAnnotations,
  renderJobSummary,
  toAnnotation,
} from './github.js'
export type {
  Annotation,
  AnnotationPlan,
  AnnotationProperties,
  GithubReporterOptions,
  JobSummaryOptions,
} from './github.js'
export { BUILTIN_RULES, ruleMetadata } from './rules.js'
export type { RuleMetadata } from './rules.js'
export { groupFindings } from './group.js'
export type { EnvironmentGroup, ResourceGroup } from './group.js'
