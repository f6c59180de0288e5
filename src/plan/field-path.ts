/**
 * Field paths: how ignore rules name a field and how the plan prints one.
 *
 * Syntax (a subset of Argo CD's `ignoreDifferences.jqPathExpressions`, without jq):
 * `spec.replicas`, `metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"]`,
 * `spec.template.spec.containers[*].image`, `spec.template.spec.containers[name=app].resources`,
 * `spec.ports[0]`. A JSON pointer (`/spec/replicas`, `*` for any key or item) is accepted too.
 */
import { ConfigError } from '../errors.js'
import type { PathSegment } from './model.js'
import { pointerTokens } from '../util/json-pointer.js'

/** A parsed path pattern: a segment, `*` for any key/item, or a list item matched by key. */
export type PatternSegment =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'any' }
  | { type: 'match'; key: string; value: string }

const IDENT = /^[A-Za-z0-9_$-]+/

/**
 * Parses a field path pattern.
 *
 * @param text dotted path or JSON pointer, see the module comment.
 * @param where what to name in the error (e.g. `slipway.yaml: plan.ignore[2].path`).
 * @throws {ConfigError} naming `where` and the offending character when the path is malformed.
 */
export function parseFieldPath(text: string, where = 'field path'): PatternSegment[] {
  const fail = (why: string): never => {
    throw new ConfigError(`${where}: invalid field path ${JSON.stringify(text)}: ${why}`)
  }
  if (text.trim() === '') fail('empty')
  if (text.startsWith('/')) {
    return pointerTokens(text).map((part): PatternSegment =>
      part === '*'
        ? { type: 'any' }
        : /^\d+$/.test(part)
          ? { type: 'index', index: Number(part) }
          : { type: 'key', key: part },
    )
  }
  const segments: PatternSegment[] = []
  let rest = text
  let first = true
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const close = findClose(rest)
      if (close < 0) fail('unclosed [')
      const inner = rest.slice(1, close).trim()
      rest = rest.slice(close + 1)
      if (inner === '*') segments.push({ type: 'any' })
      else if (/^\d+$/.test(inner)) segments.push({ type: 'index', index: Number(inner) })
      else if (/^["'].*["']$/.test(inner)) segments.push({ type: 'key', key: inner.slice(1, -1) })
      else {
        const eq = inner.indexOf('=')
        if (eq <= 0) fail(`expected [*], [N], ["key"] or [field=value], got [${inner}]`)
        segments.push({ type: 'match', key: inner.slice(0, eq).trim(), value: unquote(inner.slice(eq + 1).trim()) })
      }
    } else {
      if (!first) {
        if (!rest.startsWith('.')) fail(`expected "." or "[" at ${JSON.stringify(rest)}`)
        rest = rest.slice(1)
      }
      if (rest.startsWith('*')) {
        segments.push({ type: 'any' })
        rest = rest.slice(1)
      } else {
        const ident = IDENT.exec(rest)
        if (!ident) fail(`expected a field name at ${JSON.stringify(rest)}`)
        segments.push({ type: 'key', key: ident![0] })
        rest = rest.slice(ident![0].length)
      }
    }
    first = false
  }
  return segments
}

function findClose(text: string): number {
  let quote: string | undefined
  for (let i = 1; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === ']') return i
  }
  return -1
}

function unquote(value: string): string {
  return /^["'].*["']$/.test(value) ? value.slice(1, -1) : value
}

/**
 * Formats a concrete path for people: `spec.template.spec.containers[name=app].image`,
 * `metadata.annotations["example.com/x"]`, `spec.ports[0]`.
 */
export function formatFieldPath(path: readonly PathSegment[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (typeof segment === 'string')
      out +=
        IDENT.test(segment) && IDENT.exec(segment)![0] === segment
          ? out
            ? `.${segment}`
            : segment
          : `[${JSON.stringify(segment)}]`
    else out += `[${segment.key}=${segment.value}]`
  }
  return out
}

/**
 * Deletes every field matching `pattern` from `value`, in place.
 *
 * @returns true when something was deleted.
 */
export function deleteAtPath(value: unknown, pattern: readonly PatternSegment[]): boolean {
  if (pattern.length === 0 || value === null || typeof value !== 'object') return false
  const [head, ...rest] = pattern as [PatternSegment, ...PatternSegment[]]
  const last = rest.length === 0
  let deleted = false
  if (Array.isArray(value)) {
    const indexes: number[] = []
    value.forEach((item, index) => {
      if (head.type === 'any' || (head.type === 'index' && head.index === index)) indexes.push(index)
      else if (
        head.type === 'match' &&
        item !== null &&
        typeof item === 'object' &&
        String((item as Record<string, unknown>)[head.key]) === head.value
      )
        indexes.push(index)
    })
    if (last) {
      for (const index of indexes.reverse()) value.splice(index, 1)
      return indexes.length > 0
    }
    for (const index of indexes) deleted = deleteAtPath(value[index], rest) || deleted
    return deleted
  }
  const record = value as Record<string, unknown>
  const keys = head.type === 'any' ? Object.keys(record) : head.type === 'key' ? [head.key] : []
  for (const key of keys) {
    if (!(key in record)) continue
    if (last) {
      delete record[key]
      deleted = true
    } else deleted = deleteAtPath(record[key], rest) || deleted
  }
  return deleted
}
