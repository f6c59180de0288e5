/**
 * Plan output formats, chosen by name (after kubeconform `pkg/output`'s `New(format)`).
 */
import { UsageError } from '../../errors.js'
import type { Plan } from '../model.js'
import { renderJson } from './json.js'
import { renderMarkdown, type MarkdownOptions } from './markdown.js'
import { renderText } from './text.js'

export { renderJson, toPlanJson, type PlanJson } from './json.js'
export { renderMarkdown, type MarkdownOptions, type MarkdownResult, type DetailLevel } from './markdown.js'
export { renderText, renderFullDiff } from './text.js'

/** Output formats of `slipway plan --format`. */
export const PLAN_FORMATS = ['markdown', 'json', 'text'] as const
export type PlanFormat = (typeof PLAN_FORMATS)[number]

/**
 * Parses a `--format` value.
 *
 * @throws {UsageError} naming the bad value and the allowed ones.
 */
export function parsePlanFormat(value: string): PlanFormat {
  if ((PLAN_FORMATS as readonly string[]).includes(value)) return value as PlanFormat
  throw new UsageError(`--format: unknown format ${JSON.stringify(value)} (expected ${PLAN_FORMATS.join(', ')})`)
}

/** Renders a plan in the given format. */
export function formatPlan(plan: Plan, format: PlanFormat, markdown: MarkdownOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(plan)
    case 'text':
      return renderText(plan)
    default:
      return renderMarkdown(plan, markdown).markdown
  }
}
