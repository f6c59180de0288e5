/**
 * `node:crypto`, loaded on its first use. Importing it costs a fresh process 10–16 ms
 * (measured on Node 24: the module, its key and cipher internals, and WebCrypto, which the
 * ES module facade of `node:crypto` evaluates), and none of its callers on the
 * `slipway validate` path runs before the first Kustomize build (issue 13: first build
 * ≤ 150 ms after launch). `process.getBuiltinModule` (Node ≥ 22.3) returns the CommonJS
 * module object, so no facade is built.
 *
 * @returns the `node:crypto` module.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto')
}
