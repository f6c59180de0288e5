/**
 * Enumerated string fields of the Kubernetes API. OpenAPI v2 documents carry no `enum`
 * keyword: kube-openapi (`pkg/generators/enum.go`) lists the values of `+enum` Go types only
 * in the description ("Possible enum values: - `"Always"` …"), and some distributions of the
 * document (e.g. kubernetes-client's `swagger.json.unprocessed`) drop even that. Slipway
 * reads the description when it is there and otherwise uses the table below.
 */
import type { JsonSchema } from './normalize.js'

// Source: k8s.io/api core/v1, apps/v1, batch/v1, autoscaling/v2, policy/v1, networking/v1
// `types.go` (`+enum` types and the constants declared for them) and the matching checks
// in kubernetes `pkg/apis/*/validation`. Values are stable across Kubernetes 1.2x–1.3x.
const PROTOCOLS = ['SCTP', 'TCP', 'UDP']
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never']
const TERMINATION_MESSAGE = ['FallbackToLogsOnError', 'File']
const KNOWN_ENUMS: Record<string, Record<string, string[]>> = {
  'io.k8s.api.core.v1.Container': { imagePullPolicy: PULL_POLICIES, terminationMessagePolicy: TERMINATION_MESSAGE },
  'io.k8s.api.core.v1.EphemeralContainer': { imagePullPolicy: PULL_POLICIES, terminationMessagePolicy: TERMINATION_MESSAGE },
  'io.k8s.api.core.v1.PodSpec': { restartPolicy: ['Always', 'Never', 'OnFailure'], dnsPolicy: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'], preemptionPolicy: ['Never', 'PreemptLowerPriority'] },
  'io.k8s.api.core.v1.ContainerPort': { protocol: PROTOCOLS },
  'io.k8s.api.core.v1.ServicePort': { protocol: PROTOCOLS },
  'io.k8s.api.core.v1.EndpointPort': { protocol: PROTOCOLS },
  'io.k8s.api.core.v1.ServiceSpec': {
    type: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'],
    sessionAffinity: ['ClientIP', 'None'],
    externalTrafficPolicy: ['Cluster', 'Local'],
    internalTrafficPolicy: ['Cluster', 'Local'],
    ipFamilyPolicy: ['PreferDualStack', 'RequireDualStack', 'SingleStack'],
  },
  'io.k8s.api.core.v1.Toleration': { operator: ['Equal', 'Exists'], effect: ['NoExecute', 'NoSchedule', 'PreferNoSchedule'] },
  'io.k8s.api.core.v1.Taint': { effect: ['NoExecute', 'NoSchedule', 'PreferNoSchedule'] },
  'io.k8s.api.core.v1.TopologySpreadConstraint': { whenUnsatisfiable: ['DoNotSchedule', 'ScheduleAnyway'] },
  'io.k8s.api.core.v1.NodeSelectorRequirement': { operator: ['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'] },
  'io.k8s.api.core.v1.SeccompProfile': { type: ['Localhost', 'RuntimeDefault', 'Unconfined'] },
  'io.k8s.api.core.v1.HTTPGetAction': { scheme: ['HTTP', 'HTTPS'] },
  'io.k8s.api.core.v1.PersistentVolumeClaimSpec': { volumeMode: ['Block', 'Filesystem'] },
  'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement': { operator: ['DoesNotExist', 'Exists', 'In', 'NotIn'] },
  'io.k8s.api.apps.v1.DeploymentStrategy': { type: ['Recreate', 'RollingUpdate'] },
  'io.k8s.api.apps.v1.DaemonSetUpdateStrategy': { type: ['OnDelete', 'RollingUpdate'] },
  'io.k8s.api.apps.v1.StatefulSetUpdateStrategy': { type: ['OnDelete', 'RollingUpdate'] },
  'io.k8s.api.apps.v1.StatefulSetSpec': { podManagementPolicy: ['OrderedReady', 'Parallel'] },
  'io.k8s.api.batch.v1.CronJobSpec': { concurrencyPolicy: ['Allow', 'Forbid', 'Replace'] },
  'io.k8s.api.autoscaling.v2.MetricSpec': { type: ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'] },
  'io.k8s.api.autoscaling.v2.MetricTarget': { type: ['AverageValue', 'Utilization', 'Value'] },
  'io.k8s.api.autoscaling.v2.HPAScalingPolicy': { type: ['Percent', 'Pods'] },
  'io.k8s.api.autoscaling.v2.HPAScalingRules': { selectPolicy: ['Disabled', 'Max', 'Min'] },
  'io.k8s.api.policy.v1.PodDisruptionBudgetSpec': { unhealthyPodEvictionPolicy: ['AlwaysAllow', 'IfHealthyBudget'] },
  'io.k8s.api.networking.v1.NetworkPolicySpec': { policyTypes: ['Egress', 'Ingress'] },
  'io.k8s.api.networking.v1.NetworkPolicyPort': { protocol: PROTOCOLS },
  'io.k8s.api.networking.v1.HTTPIngressPath': { pathType: ['Exact', 'ImplementationSpecific', 'Prefix'] },
}

const DESCRIBED_VALUE = /^\s*- `"([^"`]*)"`/gm

/**
 * Values listed by kube-openapi in a description ("Possible enum values:" followed by
 * "- `"Value"` meaning" lines), or `undefined` when the description has none.
 */
export function enumFromDescription(description: unknown): string[] | undefined {
  if (typeof description !== 'string') return undefined
  const at = description.indexOf('Possible enum values:')
  if (at < 0) return undefined
  const values = [...description.slice(at).matchAll(DESCRIBED_VALUE)].map((match) => match[1] as string)
  return values.length > 0 ? values : undefined
}

/**
 * Adds `enum` to the string properties of a definition (or to the items of a string-array
 * property) whose allowed values are known: from the description when kube-openapi listed
 * them, else from the table of `+enum` fields. Properties that already have `enum`, or are
 * not strings, are left alone.
 *
 * @param name the definition's name, e.g. `io.k8s.api.core.v1.Container`.
 * @returns the definition, copied where an enum was added.
 */
export function withKnownEnums(name: string, definition: JsonSchema): JsonSchema {
  const properties = definition.properties as Record<string, JsonSchema> | undefined
  if (typeof properties !== 'object' || properties === null) return definition
  const table = KNOWN_ENUMS[name] ?? {}
  let copy: Record<string, JsonSchema> | undefined
  for (const [field, schema] of Object.entries(properties)) {
    if (typeof schema !== 'object' || schema === null || schema.enum) continue
    const values = enumFromDescription(schema.description) ?? table[field]
    if (!values) continue
    const items = schema.items as JsonSchema | undefined
    if (schema.type === 'string') (copy ??= { ...properties })[field] = { ...schema, enum: values }
    else if (schema.type === 'array' && items?.type === 'string' && !items.enum) (copy ??= { ...properties })[field] = { ...schema, items: { ...items, enum: values } }
  }
  return copy ? { ...definition, properties: copy } : definition
}
