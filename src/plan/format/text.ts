import { formatRef } from '../../manifests/resource.js'
import type { Plan } from '../model.js'
import {
  toolingSentence,
  changeSymbol,
  fieldLine,
  imageLabel,
  planLine,
  resourceTitle,
  secretKeyLine,
} from './common.js'

/**
 * `--format text`: a terminal report — one plan line per environment, then each changed
 * resource with its field changes, risks and image changes. Never prints Secret values
 * (the plan holds only redacted placeholders).
 */
export function renderText(plan: Plan): string {
  const out: string[] = []
  out.push(`Plan: ${plan.base.ref} → ${plan.head.ref ?? 'working tree'}`)
  if (plan.toolingChanges?.length)
    out.push(`  warning: ${toolingSentence(plan.toolingChanges.length)}: ${plan.toolingChanges.join(', ')}`)
  for (const note of plan.notes ?? []) out.push(`  note: ${note}`)
  for (const env of plan.environments) out.push(`  ${planLine(env)}`)
  out.push(`  total: ${plan.totals.added} to add, ${plan.totals.changed} to change, ${plan.totals.removed} to destroy`)
  for (const env of plan.environments) {
    out.push('', `${env.name} (${env.path})`)
    for (const error of env.errors) out.push(`  error: ${error}`)
    for (const risk of env.risks) out.push(`  ! [${risk.rule}] ${risk.message}`)
    for (const image of env.images)
      out.push(
        `  image ${formatRef(image.resource)} ${image.container}: ${imageLabel(image.before)} → ${imageLabel(image.after)}`,
      )
    for (const resource of env.resources) {
      out.push(`  ${changeSymbol(resource.change)} ${resourceTitle(resource)}`)
      const secret = secretKeyLine(resource)
      if (resource.reason) out.push(`      ${resource.reason}`)
      if (secret) out.push(`      ${secret}`)
      else for (const field of resource.fields) out.push(`      ${fieldLine(field)}`)
      if (resource.rollsOut?.length) out.push(`      rolls out: ${resource.rollsOut.map(formatRef).join(', ')}`)
    }
    if (env.resources.length === 0 && env.errors.length === 0) out.push('  no changes')
  }
  if (plan.skipped.length) out.push('', `Not affected (not rendered): ${plan.skipped.map((s) => s.name).join(', ')}`)
  return `${out.join('\n')}\n`
}

/**
 * The full diff of every environment as one unified-diff text (the artifact file): a
 * `diff --slipway` header per resource, then its hunks. Secret values are redacted.
 */
export function renderFullDiff(plan: Plan): string {
  const out: string[] = []
  for (const env of plan.environments) {
    out.push(`# ${planLine(env)}`)
    for (const resource of env.resources) {
      const name = `${env.name}/${formatRef(resource.ref)}`
      // A renamed generated ConfigMap/Secret: `---` names the base name, `+++` the head name.
      const oldName = `${env.name}/${resource.previousName ? formatRef({ ...resource.ref, name: resource.previousName }) : formatRef(resource.ref)}`
      out.push(`diff --slipway a/${oldName} b/${name}`)
      out.push(resource.change === 'added' ? '--- /dev/null' : `--- a/${oldName}`)
      out.push(resource.change === 'removed' ? '+++ /dev/null' : `+++ b/${name}`)
      if (resource.diff) out.push(resource.diff)
    }
  }
  return `${out.join('\n')}\n`
}
