/**
 * Text and markdown renderings of a {@link FailoverResult} and a {@link DrStatus}; the
 * `--format json` output is the result object itself.
 */
import { formatDuration } from '../config/sections/failover.js'
import { toPlanJson } from '../plan/format/json.js'
import { renderText } from '../plan/format/text.js'
import { formatResource } from '../argocd/index.js'
import type { Checklist, DrStatus, FailoverResult, PreflightCheck } from './model.js'

const MARK = { pass: '✓', fail: '✗', warn: '!' } as const

function mark(check: PreflightCheck): string {
  return check.status === 'pass' ? MARK.pass : check.blocking ? MARK.fail : MARK.warn
}

/** The preflight as text lines: `✓ name  first evidence`, then the other evidence indented. */
export function preflightLines(checks: readonly PreflightCheck[]): string[] {
  const width = Math.max(0, ...checks.map((check) => check.name.length))
  const lines: string[] = []
  for (const check of checks) {
    const [first, ...rest] = check.evidence
    lines.push(`  ${mark(check)} ${check.name.padEnd(width)}  ${first ?? ''}`.trimEnd())
    for (const line of rest) lines.push(`    ${' '.repeat(width)}  ${line}`)
  }
  return lines
}

/** The checklist as text lines, each step with its budget, and the total against the RTO. */
export function checklistLines(checklist: Checklist): string[] {
  const lines = checklist.steps.map(
    (step, i) => `  ${String(i + 1).padStart(2)}. [${formatDuration(step.budgetMs).padStart(4)}] ${step.step}`,
  )
  const over = checklist.totalMs > checklist.rtoMs
  lines.push(
    `  total ${formatDuration(checklist.totalMs)} of the ${formatDuration(checklist.rtoMs)} RTO${over ? ` — OVER by ${formatDuration(checklist.totalMs - checklist.rtoMs)}` : ''}`,
  )
  return lines
}

function headline(result: FailoverResult): string {
  const what = `${result.direction} to ${result.to}`
  switch (result.outcome) {
    case 'no-op':
      return `${what}: ${result.to} already serves traffic; nothing to do`
    case 'refused': {
      const failed = result.preflight
        .filter((check) => check.blocking && check.status === 'fail')
        .map((check) => check.name)
      return `${what}: REFUSED — ${failed.join(', ')} failed; nothing written`
    }
    case 'planned':
      return `${what}: dry run, nothing written (add --commit or --push)`
    case 'committed':
      return `${what}: committed ${result.commit?.slice(0, 12)} (${result.files.join(', ')})`
    case 'pushed':
      return `${what}: pushed ${result.commit?.slice(0, 12)} after ${result.attempts} attempt(s) (${result.files.join(', ')})`
  }
}

/** `slipway failover|failback --format text`. */
export function renderResultText(result: FailoverResult): string {
  const out: string[] = [headline(result)]
  if (result.outcome === 'no-op') return `${out.join('\n')}\n`
  out.push('', 'Preflight', ...preflightLines(result.preflight))
  if (result.plan) out.push('', ...renderText(result.plan).trimEnd().split('\n'))
  out.push(
    '',
    `Checklist outside Git (RTO ${formatDuration(result.checklist.rtoMs)}${result.checklist.rpoMs !== undefined ? `, RPO ${formatDuration(result.checklist.rpoMs)}` : ''})`,
    ...checklistLines(result.checklist),
  )
  if (result.trailers)
    out.push('', 'Trailers', ...Object.entries(result.trailers).map(([key, value]) => `  ${key}: ${value}`))
  if (result.rollout) out.push('', ...rolloutLines(result))
  return `${out.join('\n')}\n`
}

function rolloutLines(result: FailoverResult): string[] {
  const rollout = result.rollout!
  const lines = [`Rollout of ${rollout.application}: ${rollout.outcome} after ${rollout.polls} poll(s)`]
  if (rollout.commitToHealthyMs !== undefined)
    lines.push(
      `  commit → Healthy: ${formatDuration(rollout.commitToHealthyMs)} of the ${formatDuration(result.checklist.rtoMs)} RTO${rollout.withinRto ? '' : ' — OVER the RTO'}`,
    )
  for (const resource of rollout.unhealthy) lines.push(`  ${formatResource(resource)}`)
  if (rollout.error) lines.push(`  last error: ${rollout.error}`)
  return lines
}

/** `--format json`: the result, with the plan in the plan command's JSON shape. */
export function renderResultJson(result: FailoverResult): string {
  return `${JSON.stringify({ ...result, ...(result.plan ? { plan: toPlanJson(result.plan) } : {}) }, null, 2)}\n`
}

/** The job summary of a run: headline, preflight table, checklist and, with `--wait`, the measured time. */
export function renderResultMarkdown(result: FailoverResult): string {
  const out = [`### Slipway ${result.direction} to ${result.to}: ${result.outcome}`, '', headline(result)]
  if (result.preflight.length) {
    out.push('', '| Check | Status | Evidence |', '| --- | --- | --- |')
    for (const check of result.preflight)
      out.push(
        `| \`${check.name}\` | ${check.status === 'pass' ? 'pass' : check.blocking ? '**fail**' : 'warning'} | ${check.evidence.map(cell).join('<br>')} |`,
      )
  }
  if (result.rollout) {
    out.push('', `**Rollout** of \`${result.rollout.application}\`: ${result.rollout.outcome}`)
    if (result.rollout.commitToHealthyMs !== undefined)
      out.push(
        '',
        `**Commit → Healthy: ${formatDuration(result.rollout.commitToHealthyMs)}** of the ${formatDuration(result.checklist.rtoMs)} RTO${result.rollout.withinRto ? '' : ' (over the RTO)'}`,
      )
  }
  out.push(
    '',
    `**Checklist** (${formatDuration(result.checklist.totalMs)} of the ${formatDuration(result.checklist.rtoMs)} RTO)`,
    '',
    ...result.checklist.steps.map((step, i) => `${i + 1}. [${formatDuration(step.budgetMs)}] ${cell(step.step)}`),
  )
  return `${out.join('\n')}\n`
}

function cell(text: string): string {
  return text.replace(/[|<>`*_[\]\\]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')
}

/** `slipway dr status --format text`. */
export function renderStatusText(status: DrStatus): string {
  const active = status.active === 'primary' ? status.primary : status.secondary
  const out = [
    `DR ${status.ready ? 'ready' : 'NOT READY'}: ${active.environment} (${active.region}) is active; ${status.secondary.environment} (${status.secondary.region}) is ${status.active === 'secondary' ? 'serving traffic' : 'the standby'}`,
    '',
    `Digest parity (${status.primary.environment} / ${status.secondary.environment})`,
    ...status.parity.map(
      (row) =>
        `  ${row.equal ? MARK.pass : MARK.fail} ${row.service.padEnd(Math.max(...status.parity.map((r) => r.service.length)))}  ${row.equal ? short(row.primary) : `${short(row.primary)} ≠ ${short(row.secondary)}`}`,
    ),
    '',
    'Failover preflight',
    ...preflightLines(status.preflight),
    '',
    `Checklist outside Git (RTO ${formatDuration(status.checklist.rtoMs)})`,
    ...checklistLines(status.checklist),
  ]
  return `${out.join('\n')}\n`
}

function short(digest: string | undefined): string {
  return digest ? digest.slice(0, 19) : '(none)'
}
