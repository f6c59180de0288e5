/**
 * JSON Pointer (RFC 6901, https://www.rfc-editor.org/rfc/rfc6901): the paths of schema
 * errors, findings and config keys. One implementation for every room that reads or
 * writes them.
 */

/** The unescaped reference tokens of a pointer: `/a~1b/0` → `['a/b', '0']`; `''` → `[]`. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Escapes one reference token (`~` → `~0`, `/` → `~1`); numbers are array indices. */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * Follows a pointer into a value.
 *
 * @returns `found: false` when a token names no own property of the value reached so far.
 */
export function resolvePointer(root: unknown, pointer: string): { found: boolean; value: unknown } {
  if (root === undefined) return { found: false, value: undefined }
  let value: unknown = root
  for (const token of pointerTokens(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, token))
      return { found: false, value: undefined }
    value = (value as Record<string, unknown>)[token]
  }
  return { found: true, value }
}
