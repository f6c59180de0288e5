/**
 * Kustomize ConfigMap/Secret generators append a content hash to the name
 * (`app-config` → `app-config-5t2mbk8c9h`). kustomize `api/hasher/hasher.go`: the suffix is
 * the first 10 hex digits of a SHA-256 with 0,1,3,a,e replaced by g,h,k,m,t so it is never
 * a "bad word" — hence the alphabet below.
 */
import type { KubernetesObject, ResourceRef } from '../manifests/resource.js'

const HASH_SUFFIX = /^(.+)-([2456789bcdfghkmt]{10})$/

/**
 * Returns the generator stem of a ConfigMap/Secret name carrying a kustomize hash suffix
 * (`app-config-5t2mbk8c9h` → `app-config`), or `undefined` for any other resource.
 */
export function generatorStem(ref: ResourceRef): string | undefined {
  if (ref.apiVersion !== 'v1' || (ref.kind !== 'ConfigMap' && ref.kind !== 'Secret')) return undefined
  const match = HASH_SUFFIX.exec(ref.name)
  // A 10-letter word such as "deployment" fits the alphabet only if all letters do; require a digit to avoid such names.
  return match && /\d/.test(match[2] as string) ? match[1] : undefined
}

/**
 * Replaces, in place, every string value of `object` that equals a key of `names` by the
 * mapped stem, and returns the names replaced. Used so a workload that only references
 * a re-hashed generated name does not count as changed.
 */
export function normalizeGeneratedNames(object: KubernetesObject, names: ReadonlyMap<string, string>): Set<string> {
  const replaced = new Set<string>()
  if (names.size === 0) return replaced
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const stem = names.get(value)
      if (stem !== undefined) {
        replaced.add(value)
        return stem
      }
      return value
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk(value[i])
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key of Object.keys(record)) record[key] = walk(record[key])
    }
    return value
  }
  for (const key of Object.keys(object)) if (key !== 'apiVersion' && key !== 'kind') object[key] = walk(object[key])
  return replaced
}
