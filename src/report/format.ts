import { UsageError } from '../errors.js'

/** Output formats of `slipway validate --format`. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github'] as const
/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/**
 * Checks a `--format` value. Kept apart from the reporters so that the CLI can declare
 * `--format` without loading them before its first Kustomize build (issue 13).
 *
 * @throws {UsageError} `unknown format "xml" (expected text, json, sarif or github)`.
 */
export function parseReportFormat(value: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat
  throw new UsageError(`unknown format "${value}" (expected text, json, sarif or github)`)
}
