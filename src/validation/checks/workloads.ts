import type { KubernetesObject, Resource } from '../../manifests/resource.js'
import { POD_SPEC_PATHS } from '../../manifests/workloads.js'

/** Kinds treated as workloads by policies and checks (they run pods); their pod specs are at {@link POD_SPEC_PATHS}. */
export const WORKLOAD_KINDS: readonly string[] = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Rollout',
]
const POD_SPEC_POINTERS: Record<string, readonly string[]> = Object.fromEntries(
  WORKLOAD_KINDS.map((kind) => [kind, POD_SPEC_PATHS[kind] as readonly string[]]),
)

/** A workload's pod template, located in its resource. */
export interface PodTemplate {
  resource: Resource
  /** The pod spec object (`spec.template.spec` for a Deployment). */
  spec: Record<string, unknown>
  /** JSON pointer of {@link PodTemplate.spec} in the resource, e.g. `/spec/template/spec`. */
  pointer: string
  /** Labels the pods get (`spec.template.metadata.labels`; a Pod's own labels). */
  labels: Record<string, string>
}

/**
 * Finds the pod template of a workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job, CronJob, Argo Rollout).
 *
 * @returns the template, or undefined for other kinds or when the template is absent.
 */
export function podTemplateOf(resource: Resource): PodTemplate | undefined {
  const segments = POD_SPEC_POINTERS[resource.ref.kind]
  if (!segments) return undefined
  const spec = at(resource.object, segments)
  if (!isRecord(spec)) return undefined
  const metadata =
    resource.ref.kind === 'Pod' ? resource.object.metadata : at(resource.object, [...segments.slice(0, -1), 'metadata'])
  const labels = isRecord(metadata) && isRecord(metadata.labels) ? (metadata.labels as Record<string, string>) : {}
  return { resource, spec, pointer: `/${segments.join('/')}`, labels }
}

/** One container of a pod spec with its JSON pointer in the resource. */
export interface ContainerRef {
  container: Record<string, unknown>
  name: string
  /** e.g. `/spec/template/spec/containers/0`. */
  pointer: string
  list: 'containers' | 'initContainers' | 'ephemeralContainers'
}

/** Lists every container, init container and ephemeral container of a pod template. */
export function containersOf(template: PodTemplate): ContainerRef[] {
  const result: ContainerRef[] = []
  for (const list of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
    const items = template.spec[list]
    if (!Array.isArray(items)) continue
    items.forEach((container, i) => {
      if (isRecord(container))
        result.push({ container, name: String(container.name ?? i), pointer: `${template.pointer}/${list}/${i}`, list })
    })
  }
  return result
}

/** Reads a nested value by path segments; undefined when any step is missing. */
export function at(value: unknown, segments: readonly (string | number)[]): unknown {
  let current: unknown = value
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

/** True for plain objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The object's `metadata.labels`, or an empty map. */
export function labelsOf(object: KubernetesObject): Record<string, string> {
  const labels = object.metadata?.labels
  return isRecord(labels) ? (labels as Record<string, string>) : {}
}
