import type { Resource } from '../../manifests/resource.js'
import { autoscalersByTarget, describeMinimum } from '../checks/autoscalers.js'

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

/**
 * `min-replicas-or-hpa` (params `{ minimum: number }`, default 3): a workload runs at least
 * `minimum` replicas — `spec.replicas` ≥ minimum, or, when an HPA targets it, the HPA's
 * `minReplicas` ≥ minimum (the HPA then owns the replica count); the same for a KEDA
 * ScaledObject's `minReplicaCount` (default 0, see ../checks/autoscalers.ts). An unset
 * `spec.replicas` without an autoscaler means 1 (the API default).
 */
const minReplicasOrHpa: BuiltinRule = (matched, all, params) => {
  const minimum = typeof params.minimum === 'number' ? params.minimum : 3
  const autoscalers = autoscalersByTarget(all)
  const violations: BuiltinViolation[] = []
  for (const resource of matched) {
    const autoscaler = autoscalers.get(`${resource.ref.namespace ?? ''}|${resource.ref.kind}|${resource.ref.name}`)
    if (autoscaler) {
      if (autoscaler.minReplicas < minimum) violations.push({ resource, path: '/spec/replicas', message: `${describeMinimum(autoscaler)} allows ${autoscaler.minReplicas} replica(s); at least ${minimum} are required` })
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
