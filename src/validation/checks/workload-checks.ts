import type { Resource } from '../../manifests/resource.js'
import { autoscalerOf, autoscalersByTarget, describeMinimum } from './autoscalers.js'
import {
  environmentCheck,
  type Check,
  type EnvironmentIndex,
  type NamespacedTemplate,
  type Violation,
} from './check.js'
import { matchesLabelSelector, matchesSelectorMap } from './label-selector.js'
import { escapePointer } from '../../util/json-pointer.js'
import { isRecord, labelsOf } from './workloads.js'

function templates(index: EnvironmentIndex): NamespacedTemplate[] {
  return index.templates()
}

const spec = (resource: Resource): Record<string, unknown> =>
  isRecord(resource.object.spec) ? resource.object.spec : {}

/** kube-linter `dangling-service`: a Service whose selector matches no pod template in its namespace. */
export const danglingService: Check = environmentCheck(
  { id: 'dangling-service', description: 'Service selector matches no pod template', severity: 'error' },
  (index) => {
    const violations: Violation[] = []
    for (const service of index.ofKind('Service')) {
      const { selector, type } = spec(service)
      if (type === 'ExternalName' || !isRecord(selector) || Object.keys(selector).length === 0) continue
      const namespace = index.namespaceOf(service)
      if (index.candidates(namespace, selector).some((pod) => matchesSelectorMap(selector, pod.labels))) continue
      const wanted = Object.entries(selector)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(',')
      violations.push({
        resource: service,
        path: '/spec/selector',
        message: `Service ${service.ref.name} selects ${wanted} but no pod template in namespace ${namespace} has those labels`,
      })
    }
    return violations
  },
)

/** kube-linter `dangling-horizontalpodautoscaler` (named `dangling-hpa` here): the HPA's scale target is not rendered. */
export const danglingHpa: Check = environmentCheck(
  { id: 'dangling-hpa', description: 'HorizontalPodAutoscaler scale target is not rendered', severity: 'error' },
  (index) => {
    const violations: Violation[] = []
    for (const hpa of index.ofKind('HorizontalPodAutoscaler')) {
      const target = spec(hpa).scaleTargetRef
      if (!isRecord(target)) continue
      const namespace = index.namespaceOf(hpa)
      if (index.find(String(target.kind), namespace, String(target.name))) continue
      violations.push({
        resource: hpa,
        path: '/spec/scaleTargetRef/name',
        message: `scale target ${String(target.kind)} ${String(target.name)} is not rendered in namespace ${namespace}`,
      })
    }
    return violations
  },
)

/** `hpa-min-above-max`: minReplicas greater than maxReplicas (the API server rejects it). */
export const hpaMinAboveMax: Check = environmentCheck(
  {
    id: 'hpa-min-above-max',
    description: 'HorizontalPodAutoscaler minReplicas is greater than maxReplicas',
    severity: 'error',
  },
  (index) =>
    index.ofKind('HorizontalPodAutoscaler').flatMap((hpa): Violation[] => {
      const { maxReplicas } = spec(hpa)
      const min = autoscalerOf(hpa)?.minReplicas ?? 1
      return typeof maxReplicas === 'number' && min > maxReplicas
        ? [
            {
              resource: hpa,
              path: '/spec/minReplicas',
              message: `minReplicas ${min} is greater than maxReplicas ${maxReplicas}`,
            },
          ]
        : []
    }),
)

/**
 * `hpa-replicas-conflict`: a workload scaled by an HPA or a KEDA ScaledObject (which runs an
 * HPA of its own, `keda-hpa-<name>`) also sets `spec.replicas`. Every Argo CD sync resets the
 * count the autoscaler chose (unless the Application ignores `/spec/replicas`), so the two
 * fight. Names the kustomization whose `replicas:` set it when build metadata is available.
 */
export const hpaReplicasConflict: Check = environmentCheck(
  {
    id: 'hpa-replicas-conflict',
    description: 'Workload scaled by an HPA or KEDA ScaledObject also sets spec.replicas',
    severity: 'error',
  },
  (index) => {
    const autoscalers = autoscalersByTarget(index.resources, (resource) => index.namespaceOf(resource))
    const violations: Violation[] = []
    for (const resource of index.ofKind('Deployment', 'StatefulSet', 'ReplicaSet', 'Rollout')) {
      const replicas = spec(resource).replicas
      if (replicas === undefined) continue
      const autoscaler = autoscalers.get(`${index.namespaceOf(resource)}|${resource.ref.kind}|${resource.ref.name}`)
      if (!autoscaler) continue
      const setBy = resource.origin?.transformations.find((t) => t.kind === 'ReplicaCountTransformer')
      const where = setBy ? ` (set by ${setBy.kind} in ${setBy.configuredIn})` : ''
      violations.push({
        resource,
        path: '/spec/replicas',
        message: `spec.replicas ${String(replicas)}${where} conflicts with ${autoscaler.kind} ${autoscaler.resource.ref.name}: Argo CD resets the replica count the autoscaler chose on every sync; remove replicas or ignore /spec/replicas in the Application`,
      })
    }
    return violations
  },
)

/**
 * `pdb-blocks-eviction`: a PodDisruptionBudget that allows no voluntary disruption of a
 * workload it selects, so node drains hang: `maxUnavailable` 0 / "0%" (kube-linter
 * `pdb-max-unavailable`), or `minAvailable` ≥ the workload's replicas (kube-linter
 * `pdb-min-available`, `pkg/templates/pdbminavailable/template.go` minAvailableCheck:
 * flagged when `replicas <= minAvailable`, a percentage rounded up as the disruption
 * controller does).
 *
 * Replicas are the autoscaler's minimum when an HPA (`minReplicas`, default 1) or a KEDA
 * ScaledObject (`minReplicaCount`, default 0) targets the workload (see ./autoscalers.ts), else
 * `spec.replicas` (default 1): at its minimum the autoscaler leaves no pod to evict. A
 * minimum of 0 is judged at 1 replica, the fewest at which pods exist to drain (kube-linter
 * reads an unset minReplicaCount as 1 and so reaches the same verdict). Unlike kube-linter,
 * which uses the HPA's minimum only when `spec.replicas` is 1 or unset, the autoscaler's
 * minimum always wins: it owns the count. Rules: kubernetes.io/docs/tasks/run-application/configure-pdb/.
 */
export const pdbBlocksEviction: Check = environmentCheck(
  { id: 'pdb-blocks-eviction', description: 'PodDisruptionBudget allows no pod to be evicted', severity: 'error' },
  (index) => {
    const autoscalers = autoscalersByTarget(index.resources, (resource) => index.namespaceOf(resource))
    const violations: Violation[] = []
    for (const pdb of index.ofKind('PodDisruptionBudget')) {
      const { selector, minAvailable, maxUnavailable } = spec(pdb)
      const namespace = index.namespaceOf(pdb)
      if (maxUnavailable === 0 || maxUnavailable === '0%' || maxUnavailable === '0') {
        violations.push({
          resource: pdb,
          path: '/spec/maxUnavailable',
          message: `maxUnavailable ${JSON.stringify(maxUnavailable)} allows no pod to be evicted; node drains will hang`,
        })
        continue
      }
      if (minAvailable === undefined) continue
      const required = isRecord(selector) && isRecord(selector.matchLabels) ? selector.matchLabels : undefined
      for (const template of index.candidates(namespace, required)) {
        if (!matchesLabelSelector(selector, template.labels)) continue
        const workload = template.resource
        const autoscaler = autoscalers.get(`${namespace}|${workload.ref.kind}|${workload.ref.name}`)
        const replicasValue = spec(workload).replicas
        const replicas = autoscaler
          ? Math.max(1, autoscaler.minReplicas)
          : typeof replicasValue === 'number'
            ? replicasValue
            : 1
        const needed =
          typeof minAvailable === 'string' && minAvailable.endsWith('%')
            ? Math.ceil((Number(minAvailable.slice(0, -1)) * replicas) / 100)
            : Number(minAvailable)
        if (Number.isNaN(needed) || needed < replicas) continue
        const source = autoscaler
          ? `${replicas} replica(s) at ${describeMinimum(autoscaler)}${autoscaler.minReplicas === 0 ? ' (scaled to zero it has no pod; at one pod none can be evicted)' : ''}`
          : `${replicas} replica(s)`
        violations.push({
          resource: pdb,
          path: '/spec/minAvailable',
          message: `minAvailable ${JSON.stringify(minAvailable)} requires ${needed} of ${workload.ref.kind} ${workload.ref.name}'s ${source} to stay up, so no pod can be evicted; node drains will hang`,
        })
      }
    }
    return violations
  },
)

/** kube-linter `non-isolated-pod`: no NetworkPolicy selects the workload's pods. */
export const nonIsolatedPod: Check = environmentCheck(
  { id: 'non-isolated-pod', description: 'No NetworkPolicy selects the pods', severity: 'warning' },
  (index) => {
    const policies = index.ofKind('NetworkPolicy')
    const violations: Violation[] = []
    for (const template of templates(index)) {
      if (template.resource.ref.kind === 'Pod' && template.resource.object.metadata?.ownerReferences) continue
      const selected = policies.some(
        (policy) =>
          index.namespaceOf(policy) === template.namespace &&
          matchesLabelSelector(spec(policy).podSelector ?? {}, template.labels),
      )
      if (selected) continue
      const labelsPointer =
        template.resource.ref.kind === 'Pod'
          ? '/metadata/labels'
          : `${template.pointer.slice(0, -'/spec'.length)}/metadata/labels`
      violations.push({
        resource: template.resource,
        path: labelsPointer,
        message: `no NetworkPolicy in namespace ${template.namespace} selects the pods of ${template.resource.ref.kind} ${template.resource.ref.name}; they accept traffic from anywhere`,
      })
    }
    return violations
  },
)

/** kube-linter `non-existent-service-account`: the pod's service account is not rendered (`default` always exists). */
export const nonExistentServiceAccount: Check = environmentCheck(
  { id: 'non-existent-service-account', description: 'Pod service account is not rendered', severity: 'error' },
  (index) => {
    const violations: Violation[] = []
    for (const template of templates(index)) {
      const field =
        typeof template.spec.serviceAccountName === 'string'
          ? 'serviceAccountName'
          : typeof template.spec.serviceAccount === 'string'
            ? 'serviceAccount'
            : undefined
      if (!field) continue
      const name = template.spec[field] as string
      if (name === '' || name === 'default' || index.find('ServiceAccount', template.namespace, name)) continue
      violations.push({
        resource: template.resource,
        path: `${template.pointer}/${escapePointer(field)}`,
        message: `ServiceAccount ${name} is not rendered in namespace ${template.namespace}`,
      })
    }
    return violations
  },
)

/** `servicemonitor-selects-nothing`: a Prometheus Operator ServiceMonitor whose selector (and namespaceSelector) matches no Service. */
export const serviceMonitorSelectsNothing: Check = environmentCheck(
  { id: 'servicemonitor-selects-nothing', description: 'ServiceMonitor selects no Service', severity: 'warning' },
  (index) => {
    const violations: Violation[] = []
    for (const monitor of index.ofKind('ServiceMonitor')) {
      const { selector, namespaceSelector, endpoints } = spec(monitor)
      const own = index.namespaceOf(monitor)
      const inNamespace = (namespace: string): boolean => {
        if (!isRecord(namespaceSelector)) return namespace === own
        if (namespaceSelector.any === true) return true
        return Array.isArray(namespaceSelector.matchNames)
          ? namespaceSelector.matchNames.includes(namespace)
          : namespace === own
      }
      const services = index
        .ofKind('Service')
        .filter(
          (service) =>
            inNamespace(index.namespaceOf(service)) && matchesLabelSelector(selector ?? {}, labelsOf(service.object)),
        )
      if (services.length === 0) {
        violations.push({
          resource: monitor,
          path: '/spec/selector',
          message: `ServiceMonitor ${monitor.ref.name} selects no Service${
            isRecord(selector) && isRecord(selector.matchLabels)
              ? ` with labels ${Object.entries(selector.matchLabels)
                  .map(([k, v]) => `${k}=${String(v)}`)
                  .join(',')}`
              : ''
          }`,
        })
        continue
      }
      // A named endpoint port must exist on a selected Service, or Prometheus scrapes nothing.
      if (!Array.isArray(endpoints)) continue
      endpoints.forEach((endpoint, i) => {
        if (!isRecord(endpoint) || typeof endpoint.port !== 'string') return
        const hasPort = services.some(
          (service) =>
            Array.isArray(spec(service).ports) &&
            (spec(service).ports as unknown[]).some((port) => isRecord(port) && port.name === endpoint.port),
        )
        if (!hasPort)
          violations.push({
            resource: monitor,
            path: `/spec/endpoints/${i}/port`,
            message: `no selected Service has a port named ${endpoint.port}`,
          })
      })
    }
    return violations
  },
)
