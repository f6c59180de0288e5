/**
 * The `components:` list of a kustomization (kustomize `api/types/kustomization.go`
 * Components; `kustomize edit add component`). Paths are compared after resolving them
 * against the kustomization's directory, so `../../components/x`, `../../components/x/`
 * and `./../../components/x` are the same component; a path is written as given.
 */
import { isScalar, isSeq, type Scalar, type YAMLSeq } from 'yaml'
import { resolve } from 'node:path'
import { ConfigError } from '../errors.js'
import type { Kustomization } from './kustomization.js'
import { addPair, appendItem, removeItem, removePair, setScalar } from './source-edit.js'

function components(k: Kustomization): YAMLSeq | undefined {
  const node = k.document.get('components', true)
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined
  if (!isSeq(node)) throw new ConfigError('components: must be a list', k.path)
  return node
}

function same(k: Kustomization, a: string, b: string): boolean {
  return resolve(k.dir, a) === resolve(k.dir, b)
}

function indexOf(k: Kustomization, path: string): number {
  const seq = components(k)
  return seq
    ? seq.items.findIndex((item) => isScalar(item) && typeof item.value === 'string' && same(k, item.value, path))
    : -1
}

function check(k: Kustomization, path: string): void {
  if (!path || /[\r\n]/.test(path)) throw new ConfigError(`components: invalid path ${JSON.stringify(path)}`, k.path)
}

/** The component paths as written. */
export function getComponents(k: Kustomization): string[] {
  return (components(k)?.items ?? [])
    .filter((item): item is Scalar<string> => isScalar(item) && typeof item.value === 'string')
    .map((item) => item.value)
}

/**
 * Adds a component at the end of `components:` (creating the list) unless it is listed.
 *
 * @returns true when it was added.
 * @throws {ConfigError} for an empty path or a `components:` that is not a list.
 */
export function addComponent(k: Kustomization, path: string): boolean {
  check(k, path)
  if (indexOf(k, path) >= 0) return false
  const seq = components(k)
  if (seq && seq.items.length > 0) appendItem(k, seq, path)
  else {
    if (k.document.has('components')) removePair(k, k.document.contents as never, 'components')
    addPair(k, undefined, 'components', [path])
  }
  return true
}

/**
 * Removes every entry naming the component (an emptied list stays as `components: []`).
 *
 * @returns true when one was removed.
 */
export function removeComponent(k: Kustomization, path: string): boolean {
  check(k, path)
  let removed = false
  for (let index = indexOf(k, path); index >= 0; index = indexOf(k, path)) {
    removeItem(k, components(k) as YAMLSeq, index)
    removed = true
  }
  return removed
}

/**
 * Replaces component `from` by `to` where `from` is listed (in place, same position). When
 * `to` is listed already, `from` is just removed.
 *
 * @returns true when `from` was listed.
 */
export function replaceComponent(k: Kustomization, from: string, to: string): boolean {
  check(k, from)
  check(k, to)
  const index = indexOf(k, from)
  if (index < 0) return false
  if (same(k, from, to)) return true
  if (indexOf(k, to) >= 0) return removeComponent(k, from)
  setScalar(k, (components(k) as YAMLSeq).items[index] as Scalar, to)
  removeComponent(k, from)
  return true
}
