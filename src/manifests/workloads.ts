import type { KubernetesObject } from './resource.js'

/**
 * Where each workload kind keeps its pod spec, as path segments from the object root
 * (Kubernetes API reference; Argo Rollouts' Rollout is Deployment-shaped; a KEDA
 * ScaledJob carries a batch/v1 JobSpec at `spec.jobTargetRef`). The one table policies,
 * checks, the plan's image changes and the ECR in-use guard read.
 */
export const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Rollout: ['spec', 'template', 'spec'],
  ScaledJob: ['spec', 'jobTargetRef', 'template', 'spec'],
}

/** The path of a kind's pod spec, or undefined for kinds not in {@link POD_SPEC_PATHS}. */
export function podSpecPath(kind: string | undefined): readonly string[] | undefined {
  return kind === undefined ? undefined : POD_SPEC_PATHS[kind]
}

/**
 * The pod spec of a workload: at its kind's path in {@link POD_SPEC_PATHS}, else — for a
 * kind not in the table, such as a CRD with a Deployment-shaped template — at
 * `spec.template.spec` when that is an object.
 *
 * @returns the pod spec object, or undefined.
 */
export function podSpecOf(object: KubernetesObject | undefined): Record<string, unknown> | undefined {
  if (!object) return undefined
  const spec = valueAt(object, podSpecPath(object.kind) ?? ['spec', 'template', 'spec'])
  return spec !== null && typeof spec === 'object' && !Array.isArray(spec) ? (spec as Record<string, unknown>) : undefined
}

function valueAt(value: unknown, segments: readonly string[]): unknown {
  let current = value
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}
