/**
 * The PR comment: GitHub-flavoured markdown that fits GitHub's 65,536-character limit by
 * degrading detail — full diffs → shortened diffs → resource list with fields → bare resource
 * list (truncated with "… and N more" when needed) → summary — and saying
 * what was cut. The one-line plans, the summary table and the risks are always kept.
 */
import { code, fenced, htmlText, cell as escapeCell, text as escapeText } from '../../github/markdown.js'
import { formatRef } from '../../manifests/resource.js'
import { GITHUB_COMMENT_LIMIT } from '../../config/sections/plan.js'
import type { EnvironmentPlan, Plan, ResourceChange } from '../model.js'
import {
  toolingSentence,
  changeSymbol,
  counts,
  fieldLine,
  imageLabel,
  planLine,
  resourceTitle,
  secretKeyLine,
} from './common.js'

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Character budget of the whole comment (including `header`). Default 65,536. */
  maxChars?: number
  /** Text put first (e.g. the sticky-comment marker); counts against the budget. */
  header?: string
  /** Where the full diff is, named in the "cut" note, e.g. "the `slipway-plan` artifact". */
  fullDiffLocation?: string
  /** Link or text shown after the title, e.g. the workflow run URL. */
  runUrl?: string
}

/** How much detail the per-environment sections carry. */
export type DetailLevel = 'full' | 'short' | 'list' | 'names' | 'summary'

/** The markdown and the detail level it was rendered at. */
export interface MarkdownResult {
  markdown: string
  level: DetailLevel
  /** Lines kept per resource diff when `level` is `short`. */
  diffLines?: number
}

/** Risks listed before the rest are folded into a `<details>` block. */
const RISKS_IN_VIEW = 20

const LEVELS: Array<{ level: DetailLevel; diffLines?: number }> = [
  { level: 'full' },
  { level: 'short', diffLines: 40 },
  { level: 'short', diffLines: 12 },
  { level: 'list' },
  { level: 'names' },
]

/**
 * Renders the plan as a PR comment within `maxChars`.
 *
 * @returns the first (most detailed) rendering that fits; at `summary` level, risks and
 *   images beyond the budget are cut too (counted in the note), so the result always fits
 *   unless the summary table alone exceeds the budget (thousands of environments).
 */
export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): MarkdownResult {
  const max = options.maxChars ?? GITHUB_COMMENT_LIMIT
  let last = ''
  for (const { level, diffLines } of LEVELS) {
    const markdown = compose(plan, options, level, diffLines, Infinity)
    if (markdown.length <= max) return { markdown, level, ...(diffLines ? { diffLines } : {}) }
    last = markdown
  }
  // The bare resource list is too long: keep as many resources as fit (binary search), then "… and N more".
  const total = plan.environments.reduce((n, env) => n + env.resources.length, 0)
  let low = 0
  let high = total
  let best: string | undefined
  while (low <= high) {
    const keep = Math.floor((low + high) / 2)
    const markdown = compose(plan, options, 'names', undefined, Infinity, keep)
    if (markdown.length <= max) {
      best = markdown
      low = keep + 1
    } else high = keep - 1
  }
  if (best !== undefined && low - 1 > 0) return { markdown: best, level: 'names' }
  // Summary alone is too long: cut the risk and image lists, keeping the plan lines and table.
  for (const keep of [Infinity, 200, 50, 10, 0]) {
    last = compose(plan, options, 'summary', undefined, keep)
    if (last.length <= max) break
  }
  return {
    markdown: last.length <= max ? last : `${last.slice(0, max - 40)}\n\n_(comment truncated)_\n`,
    level: 'summary',
  }
}

function compose(
  plan: Plan,
  options: MarkdownOptions,
  level: DetailLevel,
  diffLines: number | undefined,
  listLimit: number,
  resourceLimit = Infinity,
): string {
  const out: string[] = []
  if (options.header) out.push(options.header)
  if (plan.toolingChanges?.length)
    out.push(...toolingBanner(plan.toolingChanges, listLimit === Infinity ? 10 : Math.min(10, listLimit)))
  const head = plan.head.ref ?? 'working tree'
  out.push(
    `### Slipway plan`,
    '',
    `${code(plan.base.ref)}${plan.base.commit ? ` (${code(plan.base.commit.slice(0, 7))})` : ''} → ${code(head)}${plan.head.commit ? ` (${code(plan.head.commit.slice(0, 7))})` : ''}${options.runUrl ? ` · [run](${options.runUrl})` : ''}`,
    '',
  )
  for (const note of plan.notes ?? []) out.push(`> ℹ️ ${escapeText(note)}`, '')
  if (plan.environments.length === 0) out.push('No environment is affected by the changed files.', '')
  for (const env of plan.environments)
    out.push(
      `- **${escapeText(env.name)}**: ${counts(env)}${env.errors.length ? ' — ⚠️ render failed, counts incomplete' : ''}`,
    )
  out.push('')
  if (plan.environments.length) {
    out.push(
      '| Environment | Path | Add | Change | Destroy | Risks | Images |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const env of plan.environments)
      out.push(
        `| ${escapeCell(env.name)} | ${code(env.path, { table: true })} | ${env.added} | ${env.changed} | ${env.removed} | ${env.risks.length} | ${env.images.length} |`,
      )
    out.push(
      `| **Total** | | **${plan.totals.added}** | **${plan.totals.changed}** | **${plan.totals.removed}** | **${sum(plan, (e) => e.risks.length)}** | **${sum(plan, (e) => e.images.length)}** |`,
      '',
    )
  }
  const cut: string[] = []
  const risks = plan.environments.flatMap((env) => env.risks.map((risk) => ({ env, risk })))
  if (risks.length) {
    out.push(`#### ⚠️ Risks (${risks.length})`, '')
    const shown = risks
      .slice(0, listLimit)
      .map(({ env, risk }) => `- **${escapeText(env.name)}** ${code(risk.rule)} ${escapeText(risk.message)}`)
    // Keep the first risks in view; fold a long tail so the environments stay near the top.
    out.push(...shown.slice(0, RISKS_IN_VIEW))
    if (shown.length > RISKS_IN_VIEW)
      out.push(
        '',
        `<details><summary>${shown.length - RISKS_IN_VIEW} more risks</summary>`,
        '',
        ...shown.slice(RISKS_IN_VIEW),
        '',
        '</details>',
      )
    if (risks.length > listLimit) cut.push(`${risks.length - listLimit} of ${risks.length} risks`)
    out.push('')
  }
  const images = plan.environments.flatMap((env) => env.images.map((image) => ({ env, image })))
  if (images.length) {
    out.push(
      `#### Images (${images.length})`,
      '',
      '| Environment | Resource | Container | Before | After |',
      '| --- | --- | --- | --- | --- |',
    )
    for (const { env, image } of images.slice(0, listLimit)) {
      out.push(
        `| ${escapeCell(env.name)} | ${escapeCell(formatRef(image.resource))} | ${escapeCell(image.container)} | ${code(imageLabel(image.before), { table: true })} | ${code(imageLabel(image.after), { table: true })} |`,
      )
    }
    if (images.length > listLimit) cut.push(`${images.length - listLimit} of ${images.length} image changes`)
    out.push('')
  }
  let shownResources = 0
  let cutResources = 0
  for (const env of plan.environments) {
    if (level === 'summary') break
    if (env.resources.length === 0 && env.errors.length === 0) continue
    out.push(`<details><summary><b>${htmlText(planLine(env))}</b></summary>`, '')
    for (const error of env.errors) out.push(`> ❌ ${escapeText(error.split('\n')[0] ?? '')}`, '')
    const room = Math.max(0, resourceLimit - shownResources)
    for (const resource of env.resources.slice(0, room)) out.push(...resourceSection(resource, level, diffLines))
    shownResources += Math.min(room, env.resources.length)
    if (env.resources.length > room) {
      out.push(`- … and ${env.resources.length - room} more`)
      cutResources += env.resources.length - room
    }
    out.push(...(level === 'list' || level === 'names' ? [''] : []), '</details>', '')
  }
  if (level === 'short') cut.push(`per-resource diffs shortened to ${diffLines} lines`)
  if (level === 'list') cut.push('per-resource diffs (resource list only)')
  if (level === 'names') cut.push('per-resource diffs and field changes (resource names only)')
  if (cutResources) cut.push(`${cutResources} of ${shownResources + cutResources} resources in the list`)
  if (level === 'summary') cut.push('the per-environment sections')
  if (plan.skipped.length)
    out.push(
      `<sub>Not affected by the changed files, not rendered: ${plan.skipped.map((s) => escapeText(s.name)).join(', ')}</sub>`,
      '',
    )
  if (cut.length)
    out.push(
      `> ✂️ Cut to fit GitHub's comment size limit: ${cut.join('; ')}. The full diff is in ${options.fullDiffLocation ?? 'the full-diff file'}.`,
      '',
    )
  out.push('<sub>Secret values are never shown; only which keys changed.</sub>')
  return `${out.join('\n')}\n`
}

function resourceSection(resource: ResourceChange, level: DetailLevel, diffLines: number | undefined): string[] {
  const title = `\`${changeSymbol(resource.change)}\` ${escapeText(resourceTitle(resource))}`
  const notes: string[] = []
  const secret = secretKeyLine(resource)
  if (secret) notes.push(escapeText(secret))
  if (resource.reason) notes.push(escapeText(resource.reason))
  if (resource.rollsOut?.length) notes.push(`rolls out ${escapeText(resource.rollsOut.map(formatRef).join(', '))}`)
  if (level === 'names') return [`- ${title}`]
  if (level === 'list') {
    // One list item per resource: the title and its first changed fields on one line.
    if (!secret) for (const field of resource.fields.slice(0, 3)) notes.push(code(fieldLine(field, 60)))
    if (!secret && resource.fields.length > 3) notes.push(`${resource.fields.length - 3} more fields`)
    return [`- ${title}${notes.length ? ` — ${notes.join('; ')}` : ''}`]
  }
  const lines = [`**${title}**`]
  if (notes.length) lines.push('', ...notes.map((note) => `- ${note}`))
  let body = resource.diff.split('\n')
  if (level === 'short' && diffLines !== undefined && body.length > diffLines)
    body = [...body.slice(0, diffLines), `… ${body.length - diffLines} more lines`]
  lines.push('', fenced(body.join('\n'), 'diff'), '')
  return lines
}

function sum(plan: Plan, pick: (env: EnvironmentPlan) => number): number {
  return plan.environments.reduce((total, env) => total + pick(env), 0)
}

/**
 * The banner a comment opens with when the pull request touches Slipway's tooling or
 * settings: its own workflow run (validate, the plan job) ran its version of them, so only
 * this comment — computed by the base branch's Slipway with the base revision's settings —
 * speaks for its manifests.
 */
function toolingBanner(files: string[], shown: number): string[] {
  const list = files.slice(0, shown).map((file) => code(file))
  if (files.length > shown) list.push(`and ${files.length - shown} more`)
  return [
    '> [!WARNING]',
    `> **Tooling changed**: ${toolingSentence(files.length)}: ${list.join(', ')}.`,
    "> The pull request's own workflow run (validate, plan job) ran its changed version of them: do not rely on those checks. The sticky plan comment is computed by the base branch's Slipway, rendering both revisions with the base revision's settings.",
    '',
  ]
}
