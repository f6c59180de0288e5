import { formatRef } from '../../manifests/resource.js'
import { formatFieldPath } from '../field-path.js'
import type { EnvironmentPlan, FieldChange, ImageRef, ResourceChange } from '../model.js'

/** `staging: 1 to add, 3 to change, 0 to destroy` — the Terraform-style one-line plan. */
export function planLine(env: Pick<EnvironmentPlan, 'name' | 'added' | 'changed' | 'removed'>): string {
  return `${env.name}: ${counts(env)}`
}

/** `1 to add, 3 to change, 0 to destroy`. */
export function counts(env: Pick<EnvironmentPlan, 'added' | 'changed' | 'removed'>): string {
  return `${env.added} to add, ${env.changed} to change, ${env.removed} to destroy`
}

/** `+`, `~` or `-`. */
export function changeSymbol(change: ResourceChange['change']): string {
  return change === 'added' ? '+' : change === 'removed' ? '-' : '~'
}

/** `ConfigMap/apps/app-config-7bk6hbcmdb (was app-config-5t2mbk8c9h)`. */
export function resourceTitle(resource: ResourceChange): string {
  return `${formatRef(resource.ref)}${resource.previousName ? ` (was ${resource.previousName})` : ''}`
}

/** One short line per field change: `spec.replicas: 2 → 3`. Values longer than `width` are cut. */
export function fieldLine(field: FieldChange, width = 100): string {
  const path = formatFieldPath(field.path)
  if (field.op === 'add') return `${path}: added ${short(field.after, width)}`
  if (field.op === 'remove') return `${path}: removed (was ${short(field.before, width)})`
  return `${path}: ${short(field.before, width)} → ${short(field.after, width)}`
}

/** Compact JSON of a value, cut to `width` characters with `…`. */
export function short(value: unknown, width = 100): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value)
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}

/** `repo:tag@sha256:abc…` shown as `tag` + short digest. */
export function imageLabel(image: ImageRef | undefined): string {
  if (!image) return '(none)'
  const parts = [image.tag ?? (image.digest ? '' : 'latest')]
  if (image.digest) parts.push(`@${image.digest.length > 19 ? `${image.digest.slice(0, 19)}…` : image.digest}`)
  return `${image.repository}:${parts.join('')}`.replace(/:@/, '@')
}

/** Secret key changes as words: `keys added: a; changed: b; removed: c`. */
export function secretKeyLine(resource: ResourceChange): string | undefined {
  const keys = resource.secretKeys
  if (!keys) return undefined
  const parts: string[] = []
  if (keys.added.length) parts.push(`added ${keys.added.join(', ')}`)
  if (keys.changed.length) parts.push(`changed ${keys.changed.join(', ')}`)
  if (keys.removed.length) parts.push(`removed ${keys.removed.join(', ')}`)
  return parts.length ? `Secret keys ${parts.join('; ')} (values hidden)` : 'Secret values unchanged (values hidden)'
}

/** The tooling banner's sentence: `this change touches 3 files of Slipway's tooling or settings`. */
export function toolingSentence(count: number): string {
  return `this change touches ${count === 1 ? '1 file' : `${count} files`} of Slipway's tooling or settings (dist/, actions/, .github/, slipway.yaml, policies/)`
}
