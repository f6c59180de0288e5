import type { Resource } from '../../manifests/resource.js'
import { isRecord } from '../checks/workloads.js'

/** One violation reported by a built-in rule. */
export interface BuiltinViolation {
  resource: Resource
  /** JSON pointer of the offending field in `resource`. */
  path: string
  message: string
}

/**
 * A policy rule written in TypeScript because it needs more than the one resource a JSON
 * Schema sees. Called once per evaluation with every resource of the environment and the
 * resources the policy's `match` selected.
 */
export type BuiltinRule = (matched: readonly Resource[], all: readonly Resource[], params: Record<string, unknown>) => BuiltinViolation[]

/** HorizontalPodAutoscalers by `namespace|kind|name` of their scale target. */
export function hpasByTarget(resources: readonly Resource[]): Map<string, Resource> {
  const map = new Map<string, Resource>()
  for (const resource of resources) {
    if (resource.ref.kind !== 'HorizontalPodAutoscaler') continue
    const target = (resource.object.spec as Record<string, unknown> | undefined)?.scaleTargetRef
    if (!isRecord(target)) continue
    map.set(`${resource.ref.namespace ?? ''}|${String(target.kind)}|${String(target.name)}`, resource)
  }
  return map
}

/** `spec.minReplicas` of an HPA; the API default is 1. */
export function hpaMinReplicas(hpa: Resource): number {
  const min = (hpa.object.spec as Record<string, unknown> | undefined)?.minReplicas
  return typeof min === 'number' ? min : 1
}

/**
 * `min-replicas-or-hpa` (params `{ minimum: number }`, default 3): a workload runs at least
 * `minimum` replicas — `spec.replicas` ≥ minimum, or, when an HPA targets it, the HPA's
 * `minReplicas` ≥ minimum (the HPA then owns the replica count). An unset `spec.replicas`
 * without an HPA means 1 (the API default).
 */
const minReplicasOrHpa: BuiltinRule = (matched, all, params) => {
  const minimum = typeof params.minimum === 'number' ? params.minimum : 3
  const hpas = hpasByTarget(all)
  const violations: BuiltinViolation[] = []
  for (const resource of matched) {
    const hpa = hpas.get(`${resource.ref.namespace ?? ''}|${resource.ref.kind}|${resource.ref.name}`)
    if (hpa) {
      const min = hpaMinReplicas(hpa)
      if (min < minimum) violations.push({ resource, path: '/spec/replicas', message: `HorizontalPodAutoscaler ${hpa.ref.name} allows ${min} replica(s) (minReplicas); at least ${minimum} are required` })
      continue
    }
    const replicas = (resource.object.spec as Record<string, unknown> | undefined)?.replicas
    const count = typeof replicas === 'number' ? replicas : 1
    if (count < minimum) {
      const why = typeof replicas === 'number' ? `runs ${count} replica(s)` : 'sets no spec.replicas (so 1) and no HorizontalPodAutoscaler targets it'
      violations.push({ resource, path: '/spec/replicas', message: `${resource.ref.kind} ${resource.ref.name} ${why}; at least ${minimum} are required (or an HPA with minReplicas ≥ ${minimum})` })
    }
  }
  return violations
}

/** Built-in rules by name, for a policy file's `builtin.name`. */
export const BUILTINS: Record<string, BuiltinRule> = {
  'min-replicas-or-hpa': minReplicasOrHpa,
}
