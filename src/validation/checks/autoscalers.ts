/**
 * Autoscalers that own a workload's replica count: HorizontalPodAutoscalers and KEDA
 * ScaledObjects. Where a check or policy needs "how many replicas does this workload run",
 * the answer for an autoscaled workload is its autoscaler's minimum, not `spec.replicas`
 * (which the autoscaler overwrites).
 *
 * Semantics follow kube-linter (stackrox/kube-linter `pkg/templates/pdbminavailable/template.go`
 * getHorizontalPodAutoscalers + transformReplicaIntoMinReplicas, `pkg/extract/hpa_spec.go`
 * HPAMinReplicas/HPAScaleTargetRefName), which reads both kinds through `spec.scaleTargetRef`
 * and their minimum. The defaults are the upstream ones:
 * - HPA `spec.minReplicas`: 1 (k8s.io/api `autoscaling/v2` HorizontalPodAutoscalerSpec:
 *   minReplicas: "It defaults to 1 pod").
 * - ScaledObject `spec.minReplicaCount`: 0, and `spec.scaleTargetRef.kind` `Deployment`,
 *   `apiVersion` `apps/v1` (keda.sh/docs/latest/reference/scaledobject-spec: "minReplicaCount:
 *   1 # Optional. Default: 0", "kind: ... # Optional. Default: Deployment"). kube-linter's
 *   checkReplicas reads an unset minReplicaCount as 1; KEDA itself scales such a workload to 0.
 */
import type { Resource } from '../../manifests/resource.js'
import { isRecord } from './workloads.js'

/** The kinds that own a workload's replica count. */
export type AutoscalerKind = 'HorizontalPodAutoscaler' | 'ScaledObject'

/** An autoscaler and what it says about its target's replica count. */
export interface Autoscaler {
  resource: Resource
  kind: AutoscalerKind
  /** The fewest replicas it scales the target to (HPA `minReplicas`, default 1; KEDA `minReplicaCount`, default 0). */
  minReplicas: number
  /** Target `kind` and `name` (`spec.scaleTargetRef`; KEDA's kind defaults to `Deployment`). */
  target: { kind: string; name: string }
}

/**
 * Reads one resource as an autoscaler.
 *
 * @returns the autoscaler, or `undefined` when the resource is neither an HPA
 *   (`autoscaling/*`) nor a ScaledObject (`keda.sh/*`), or has no `spec.scaleTargetRef.name`.
 */
export function autoscalerOf(resource: Resource): Autoscaler | undefined {
  const { kind, apiVersion } = resource.ref
  const spec = isRecord(resource.object.spec) ? resource.object.spec : {}
  const target = spec.scaleTargetRef
  if (!isRecord(target) || typeof target.name !== 'string') return undefined
  if (kind === 'HorizontalPodAutoscaler' && apiVersion.startsWith('autoscaling/')) {
    return {
      resource,
      kind,
      minReplicas: typeof spec.minReplicas === 'number' ? spec.minReplicas : 1,
      target: { kind: String(target.kind), name: target.name },
    }
  }
  if (kind === 'ScaledObject' && apiVersion.startsWith('keda.sh/')) {
    return {
      resource,
      kind,
      minReplicas: typeof spec.minReplicaCount === 'number' ? spec.minReplicaCount : 0,
      target: {
        kind: typeof target.kind === 'string' && target.kind !== '' ? target.kind : 'Deployment',
        name: target.name,
      },
    }
  }
  return undefined
}

/**
 * Indexes the autoscalers among `resources` by their target, as `namespace|kind|name`
 * (an autoscaler's target is always in its own namespace). When two autoscalers claim one
 * target (KEDA refuses a second one, see its `validations.keda.sh/hpa-ownership`), the
 * first wins.
 *
 * @param namespaceOf the namespace of a resource (default: `metadata.namespace`, else "").
 */
export function autoscalersByTarget(
  resources: readonly Resource[],
  namespaceOf: (resource: Resource) => string = (resource) => resource.ref.namespace ?? '',
): Map<string, Autoscaler> {
  const map = new Map<string, Autoscaler>()
  for (const resource of resources) {
    const autoscaler = autoscalerOf(resource)
    if (!autoscaler) continue
    const key = `${namespaceOf(resource)}|${autoscaler.target.kind}|${autoscaler.target.name}`
    if (!map.has(key)) map.set(key, autoscaler)
  }
  return map
}

/** How findings name an autoscaler's minimum, e.g. `ScaledObject web minReplicaCount 0`. */
export function describeMinimum(autoscaler: Autoscaler): string {
  const field = autoscaler.kind === 'ScaledObject' ? 'minReplicaCount' : 'minReplicas'
  return `${autoscaler.kind} ${autoscaler.resource.ref.name} ${field} ${autoscaler.minReplicas}`
}
