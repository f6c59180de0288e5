/**
 * Label values in a kustomization: `labels[].pairs` (kustomize `api/types/labels.go`) and
 * the deprecated `commonLabels` map.
 */
import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml'
import { ConfigError } from '../errors.js'
import type { Kustomization } from './kustomization.js'
import { setScalar } from './source-edit.js'

/** The maps holding label pairs, in file order. */
function labelMaps(k: Kustomization): YAMLMap[] {
  const maps: YAMLMap[] = []
  const labels = k.document.get('labels', true)
  if (isSeq(labels)) {
    for (const entry of labels.items) {
      const pairs = isMap(entry) ? entry.get('pairs', true) : undefined
      if (isMap(pairs)) maps.push(pairs)
    }
  }
  const common = k.document.get('commonLabels', true)
  if (isMap(common)) maps.push(common)
  return maps
}

/**
 * Updates every existing value of label `key` in `labels[].pairs` and `commonLabels`, in
 * place (the rest of the file stays byte for byte). Never adds the label.
 *
 * @returns true when the key was found at least once (whether or not its value changed).
 * @throws {ConfigError} naming the file for an empty key or a value with a line break.
 */
export function setLabelValue(k: Kustomization, key: string, value: string): boolean {
  if (!key) throw new ConfigError('labels: empty label key', k.path)
  if (/[\r\n]/.test(value)) throw new ConfigError(`labels: value of ${key} must be one line`, k.path)
  let found = false
  // Re-read after each edit: source positions move.
  for (let index = 0; ; index++) {
    const map = labelMaps(k)[index]
    if (!map) break
    const node = map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.value
    if (!isScalar(node)) continue
    found = true
    if (String((node as Scalar).value) !== value) setScalar(k, node as Scalar, value)
  }
  return found
}

/**
 * The value of label `key`: from the first `labels[].pairs` that has it, else `commonLabels`.
 *
 * @returns the value as a string, or undefined.
 */
export function getLabelValue(k: Kustomization, key: string): string | undefined {
  for (const map of labelMaps(k)) {
    const node = map.get(key, true)
    if (isScalar(node) && node.value !== null) return String(node.value)
  }
  return undefined
}
