/**
 * ajv errors → findings a person can act on: the JSON pointer of the offending field and a
 * message naming the field, the expected type or the allowed values.
 */
import type { ErrorObject } from 'ajv'
import { escapePointer, resolvePointer } from '../util/json-pointer.js'

/** One schema violation, before it is attached to a resource. */
export interface Violation {
  /** JSON pointer (RFC 6901) into the resource. */
  path: string
  message: string
}

const COMBINATORS = new Set(['anyOf', 'oneOf'])

/**
 * Translates ajv errors (collected with `allErrors`; `verbose` adds "did you mean"
 * suggestions for unknown fields) into violations, one per distinct path and message.
 *
 * - `additionalProperties` → `unknown field "replica" (did you mean "replicas"?)` at `/spec/replica`;
 * - `required` → `missing required field "name"` at the parent object's pointer;
 * - `type` → `expected integer, got string "3"`;
 * - `enum` → `invalid value "Alwayz": must be one of "Always", "IfNotPresent", "Never"`;
 * - `anyOf`/`oneOf` → one message for the combinator; its branches' errors are dropped.
 *
 * Values under a core/v1 Secret's `data`, `stringData` or `binaryData` are never quoted
 * (`/data/password: invalid byte value (Secret value not shown)`).
 *
 * @param root the resource validated, to quote the offending value (and to tell a Secret).
 */
export function violationsOf(errors: readonly ErrorObject[], root?: unknown): Violation[] {
  const secret = isSecret(root)
  const combinatorPaths = errors.filter((error) => COMBINATORS.has(error.keyword)).map((error) => error.schemaPath)
  const seen = new Set<string>()
  const out: Violation[] = []
  for (const error of errors) {
    if (combinatorPaths.some((prefix) => error.schemaPath !== prefix && error.schemaPath.startsWith(`${prefix}/`))) continue
    const violation = translate(error, root, secret && SECRET_VALUES.test(error.instancePath))
    if (!violation) continue
    const key = `${violation.path}\u0000${violation.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(violation)
  }
  return out
}

/** Pointers to the values of a Secret: what a message about them must never quote. */
const SECRET_VALUES = /^\/(?:data|stringData|binaryData)(?:\/|$)/

/** core/v1 Secret (as `src/diff/redact.ts` isSecret; kept here so schemas do not depend on the plan). */
function isSecret(root: unknown): boolean {
  const object = root as { apiVersion?: unknown; kind?: unknown } | null | undefined
  return object?.kind === 'Secret' && (object.apiVersion === 'v1' || object.apiVersion === undefined)
}

/**
 * @param hidden the value is Secret data: messages say what is wrong with it (type, format)
 *   but never quote it — schema findings end up in SARIF, annotations and code scanning,
 *   which outlive the pull request.
 */
function translate(error: ErrorObject, root: unknown, hidden: boolean): Violation | undefined {
  const params = error.params as Record<string, unknown>
  const path = error.instancePath
  // Verbose ajv errors carry the value; others (the model packages' validators) are resolved from the resource.
  const located = hidden ? { found: false, value: undefined } : 'data' in error ? { found: true, value: error.data as unknown } : resolvePointer(root, path)
  const known = located.found
  const data = located.value
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty)
      const known = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object)
      const suggestion = closest(field, known)
      return { path: `${path}/${escapePointer(field)}`, message: `unknown field "${field}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}` }
    }
    case 'required':
      return { path, message: `missing required field "${String(params.missingProperty)}"` }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .filter((type) => type !== 'null')
        .join(' or ')
      return { path, message: `expected ${expected}, got ${hidden ? `${typeOf(resolvePointer(root, path).value)} (Secret value not shown)` : describe(data, known)}` }
    }
    case 'enum': {
      const allowed = ((params.allowedValues as unknown[] | undefined) ?? (error.schema as unknown[] | undefined) ?? []).filter((value) => value !== null)
      return { path, message: `invalid value ${describeValue(data, known)}: must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}` }
    }
    case 'const':
      return { path, message: `invalid value ${describeValue(data, known)}: must be ${JSON.stringify(params.allowedValue)}` }
    case 'format':
      return { path, message: `invalid ${String(params.format)}${known ? ` ${describeValue(data, true)}` : hidden ? ' value (Secret value not shown)' : ''}` }
    case 'pattern':
      return { path, message: `value ${describeValue(data, known)} does not match pattern ${String(params.pattern)}` }
    case 'anyOf':
    case 'oneOf':
      return { path, message: `value ${describeValue(data, known)} matches ${error.keyword === 'oneOf' && (params.passingSchemas as unknown) ? 'more than one' : 'none'} of the allowed forms (${error.keyword})` }
    case 'if':
      return undefined // the failing then/else branch reports the actual problem
    default:
      return { path, message: `${known ? `value ${describeValue(data, true)} ` : ''}${error.message ?? `fails ${error.keyword}`}` }
  }
}

function describe(data: unknown, known: boolean): string {
  if (!known) return 'another type'
  const type = typeOf(data)
  return type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' ? `${type} ${JSON.stringify(data)}` : type
}

function typeOf(data: unknown): string {
  return data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data === 'number' && Number.isInteger(data) ? 'integer' : typeof data
}

function describeValue(data: unknown, known: boolean): string {
  if (!known) return '(value)'
  const text = JSON.stringify(data) ?? String(data)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}


/**
 * The known name closest to `name` by edit distance, when it is close enough to be a
 * plausible typo (distance ≤ 2, or ≤ a third of the name's length for long names), or a
 * case-insensitive match.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  const lower = name.toLowerCase()
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate
    const distance = levenshtein(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length] as number
}
