/** Text for people of promotion results and release status; JSON is the data itself. */
import type { GateResult } from './gates.js'
import type { PromotionResult } from './promote.js'
import { formatDuration } from './schedule.js'
import type { ReleaseStatus } from './status.js'

const MARK: Record<GateResult['status'], string> = { pass: 'ok  ', fail: 'FAIL', overridden: 'OVRD', skipped: 'skip' }

/** The gates, one per line: `  ok   soak: 3h in staging (needs 2h)`. */
export function formatGates(gates: readonly GateResult[]): string {
  return gates.map((g) => `  ${MARK[g.status]} ${g.message}\n`).join('')
}

/**
 * A promotion result as text: what it did (or would do, or why not), the image changes,
 * the gates, the trailers and (dry run) the plan.
 */
export function formatPromotion(result: PromotionResult): string {
  const out: string[] = []
  const what = `${result.release} to ${result.environment}${result.followers.length ? ` (+ ${result.followers.join(', ')})` : ''}`
  switch (result.status) {
    case 'no-op':
      out.push(`slipway promote: nothing to do: ${result.note}`)
      break
    case 'refused':
      out.push(`slipway promote: refused: ${what}`)
      break
    case 'planned':
      out.push(`slipway promote: dry run: ${what} (nothing written; --commit or --push to apply)`)
      break
    case 'committed':
      out.push(`slipway promote: committed ${result.commit}: ${what}`)
      break
    case 'pushed':
      out.push(`slipway promote: pushed ${result.commit} to ${result.branch} (attempt ${result.attempts}): ${what}`)
      break
    case 'pull-request':
      out.push(
        `slipway promote: opened pull request #${result.pullRequest?.number} ${result.pullRequest?.url} from ${result.branch}: ${what}`,
      )
      break
  }
  if (result.status === 'refused')
    for (const gate of result.gates.filter((g) => g.status === 'fail')) out.push(`  ${gate.message}`)
  if (result.changes.length > 0 && result.status !== 'no-op') {
    out.push('', 'Changes:')
    for (const c of result.changes)
      out.push(`  ${c.environment}  ${c.service}: ${c.from?.tag ?? '(none)'} → ${c.to.tag}  ${c.image}@${c.to.digest}`)
  }
  if (result.gates.length > 0) out.push('', 'Gates:', formatGates(result.gates).trimEnd())
  if (result.status !== 'no-op' && result.message) {
    out.push(
      '',
      'Commit:',
      ...result.message
        .split('\n')
        .slice(0, 1)
        .map((l) => `  ${l}`),
      ...Object.entries(result.trailers).map(([k, v]) => `  ${k}: ${v}`),
    )
  }
  if (result.plan) out.push('', 'Plan:', result.plan.trimEnd())
  return `${out.join('\n')}\n`
}

/** Release status as a table per environment. */
export function formatStatus(status: ReleaseStatus): string {
  const out: string[] = [`Release status at ${status.commit.slice(0, 12)} (${status.now})`]
  for (const env of status.environments) {
    out.push('')
    const soaked = env.soakedMs !== undefined ? `, soaked ${formatDuration(env.soakedMs)}` : ''
    const promoted = env.promoted
      ? ` since ${env.promoted.at} by ${env.promoted.commit.slice(0, 7)} "${env.promoted.subject}"${env.promoted.rollback ? ' [rollback]' : ''}${env.promoted.emergency ? ' [emergency]' : ''}`
      : ''
    out.push(
      `${env.name}: ${env.release ?? '(unknown release)'}${promoted}${soaked}${env.follows ? ` (follows ${env.follows})` : ''}`,
    )
    for (const [service, image] of Object.entries(env.services))
      out.push(`  ${service.padEnd(20)} ${(image.tag ?? '').padEnd(12)} ${image.digest ?? ''}`)
    for (const next of env.next) {
      out.push(`  → ${next.environment}: ${next.open ? 'gates open now' : 'not now'}`)
      for (const gate of next.gates) out.push(`    ${MARK[gate.status]} ${gate.message}`)
    }
  }
  return `${out.join('\n')}\n`
}
