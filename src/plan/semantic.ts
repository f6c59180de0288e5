/**
 * Field-level diff of two Kubernetes objects. Lists of objects are matched by a merge key
 * before position — the keys Kubernetes' strategic merge patch uses
 * (`patchMergeKey` in k8s.io/api: containers/env/volumes by `name`, ports by
 * `containerPort`/`port`, volumeMounts by `mountPath`, items by `key`) — so inserting a
 * container or env var is one addition, not a change to every later item.
 */
import { isDeepStrictEqual } from 'node:util'
import type { FieldChange, PathSegment } from './model.js'

/** Candidate merge keys, tried in order; the first one every item of both lists has (unique, scalar) wins. */
export const LIST_MERGE_KEYS = [
  'name',
  'key',
  'id',
  'containerPort',
  'port',
  'mountPath',
  'devicePath',
  'ip',
  'topologyKey',
  'secretKey',
  'type',
] as const

type Json = unknown

function isRecord(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The merge key shared by both lists, or `undefined` when items must be compared by position. */
export function listMergeKey(a: readonly Json[], b: readonly Json[]): string | undefined {
  const items = [...a, ...b]
  if (items.length === 0 || !items.every(isRecord)) return undefined
  for (const key of LIST_MERGE_KEYS) {
    if (uniqueScalar(a, key) && uniqueScalar(b, key)) return key
  }
  return undefined
}

function uniqueScalar(list: readonly Json[], key: string): boolean {
  const seen = new Set<unknown>()
  for (const item of list) {
    const value = (item as Record<string, Json>)[key]
    if (typeof value !== 'string' && typeof value !== 'number') return false
    if (seen.has(value)) return false
    seen.add(value)
  }
  return true
}

/**
 * Computes the field-level differences from `before` to `after`.
 *
 * @returns changes in document order; paths use `{key, value}` segments for key-matched
 *   list items and numbers for positional ones. Scalar lists of different lengths are one
 *   `replace` of the whole list.
 */
export function diffValues(before: Json, after: Json, path: PathSegment[] = []): FieldChange[] {
  const changes: FieldChange[] = []
  walk(before, after, path, changes)
  return changes
}

function walk(a: Json, b: Json, path: PathSegment[], out: FieldChange[]): void {
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const key of keys) {
      const here = [...path, key]
      if (!(key in b)) out.push({ path: here, op: 'remove', before: a[key] })
      else if (!(key in a)) out.push({ path: here, op: 'add', after: b[key] })
      else walk(a[key], b[key], here, out)
    }
    return
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = listMergeKey(a, b)
    if (key !== undefined) {
      const byKey = new Map(b.map((item) => [(item as Record<string, Json>)[key], item]))
      const seen = new Set<unknown>()
      for (const item of a) {
        const id = (item as Record<string, Json>)[key] as string | number
        const here = [...path, { key, value: id }]
        seen.add(id)
        if (!byKey.has(id)) out.push({ path: here, op: 'remove', before: item })
        else walk(item, byKey.get(id), here, out)
      }
      for (const item of b) {
        const id = (item as Record<string, Json>)[key] as string | number
        if (!seen.has(id)) out.push({ path: [...path, { key, value: id }], op: 'add', after: item })
      }
      return
    }
    if (a.length === b.length && (a.some(isRecord) || b.some(isRecord))) {
      for (let i = 0; i < a.length; i++) walk(a[i], b[i], [...path, i], out)
      return
    }
  }
  if (!isDeepStrictEqual(a, b)) out.push({ path, op: 'replace', before: a, after: b })
}

/**
 * Returns a copy of `after` whose key-matched lists are ordered like `before` (matched
 * items first in `before`'s order, new items after), so a text diff of the two shows
 * content changes rather than reordering. Order of key-matched lists is not significant to
 * the plan.
 */
export function alignLists(before: Json, after: Json): Json {
  if (isRecord(before) && isRecord(after)) {
    const out: Record<string, Json> = {}
    for (const [key, value] of Object.entries(after)) out[key] = key in before ? alignLists(before[key], value) : value
    return out
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = listMergeKey(before, after)
    if (key === undefined) return after.map((item, i) => (i < before.length ? alignLists(before[i], item) : item))
    const byKey = new Map(after.map((item) => [(item as Record<string, Json>)[key], item]))
    const ordered: Json[] = []
    const used = new Set<unknown>()
    for (const item of before) {
      const id = (item as Record<string, Json>)[key]
      if (byKey.has(id)) {
        ordered.push(alignLists(item, byKey.get(id)))
        used.add(id)
      }
    }
    for (const item of after) if (!used.has((item as Record<string, Json>)[key])) ordered.push(item)
    return ordered
  }
  return after
}
