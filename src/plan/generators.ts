/**
 * Kustomize ConfigMap/Secret generators append a content hash to the name
 * (`app-config` → `app-config-5t2mbk8c9h`). kustomize `api/hasher/hasher.go`: the suffix is
 * the first 10 hex digits of a SHA-256 with 0,1,3,a,e replaced by g,h,k,m,t so it is never
 * a "bad word" — hence the alphabet below.
 */
import type { KubernetesObject, ResourceRef } from '../manifests/resource.js'

const HASH_SUFFIX = /^(.+)-([2456789bcdfghkmt]{10})$/

/**
 * Returns the generator stem of a ConfigMap/Secret name that ends in a 10-character suffix
 * of kustomize's hash alphabet (`app-config-5t2mbk8c9h` → `app-config`), or `undefined`
 * for any other resource. Some real hashes have no digit (`mmgkmgfcgk`), so a name is only
 * a candidate: {@link generatorStems} pairs candidates present on both sides.
 */
export function generatorStem(ref: ResourceRef): string | undefined {
  if (ref.apiVersion !== 'v1' || (ref.kind !== 'ConfigMap' && ref.kind !== 'Secret')) return undefined
  return HASH_SUFFIX.exec(ref.name)?.[1]
}

/** Generated-name pairs found by {@link generatorStems}. */
export interface GeneratorStems {
  /** Generated name → stem, for normalizing references (`envFrom`, volumes) in other resources. */
  byName: Map<string, string>
  /** `refKey` of a generated ConfigMap/Secret → stem, for its identity. */
  byRef: Map<string, string>
}

/**
 * Pairs the generated ConfigMaps/Secrets of base and head: a candidate (see
 * {@link generatorStem}) is treated as generated when a candidate with the same
 * apiVersion/kind/namespace and stem exists on the other side, and it is the only one with
 * that stem on each side (two candidates sharing a stem are left to plain name identity).
 */
export function generatorStems(
  base: readonly ResourceRef[],
  head: readonly ResourceRef[],
  key: (ref: ResourceRef) => string,
): GeneratorStems {
  const group = (refs: readonly ResourceRef[]) => {
    const groups = new Map<string, ResourceRef[]>()
    for (const ref of refs) {
      const stem = generatorStem(ref)
      if (stem === undefined) continue
      const id = `${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ''}|${stem}`
      groups.set(id, [...(groups.get(id) ?? []), ref])
    }
    return groups
  }
  const before = group(base)
  const after = group(head)
  const result: GeneratorStems = { byName: new Map(), byRef: new Map() }
  for (const [id, refs] of before) {
    const other = after.get(id)
    if (!other || refs.length !== 1 || other.length !== 1) continue
    const stem = generatorStem(refs[0]!) as string
    for (const ref of [refs[0]!, other[0]!]) {
      result.byName.set(ref.name, stem)
      result.byRef.set(key(ref), stem)
    }
  }
  return result
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
