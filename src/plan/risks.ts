/**
 * Risk highlights: the changes a reviewer must look at before approving. Rules:
 *
 * - `production-deletion` — a resource removed from a production environment.
 * - `replicas-zero` / `replicas-below-pdb` — replicas lowered to 0, or below the
 *   `minAvailable` of a PodDisruptionBudget selecting the workload's pods.
 * - `pdb-removed`, `networkpolicy-removed` — disruption or network protection removed.
 * - `namespace-changed`, `crd-changed` — a Namespace or CustomResourceDefinition deleted or
 *   changed (deleting either deletes everything in it / every custom resource of it).
 * - `pvc-changed` — a PersistentVolumeClaim or StatefulSet `volumeClaimTemplates` changed.
 * - `immutable-field` — a change the API server rejects on update, so Argo CD cannot sync it
 *   in place (needs `Replace=true` or a delete). Sources: kubernetes `pkg/apis/apps/validation`
 *   (ValidateDeploymentUpdate / ValidateDaemonSetUpdate: `spec.selector`;
 *   ValidateStatefulSetUpdate: only replicas, template, updateStrategy, minReadySeconds,
 *   ordinals and persistentVolumeClaimRetentionPolicy may change),
 *   `pkg/apis/batch/validation` (ValidateJobUpdate: `spec.selector`, `spec.template`),
 *   `pkg/apis/core/validation` (ValidateServiceUpdate: `spec.clusterIP(s)`;
 *   ValidatePersistentVolumeClaimUpdate: spec except resources.requests and
 *   volumeAttributesClassName; immutable ConfigMap/Secret data),
 *   `pkg/apis/rbac/validation` (RoleBinding/ClusterRoleBinding `roleRef`),
 *   `pkg/apis/storage/validation` (StorageClass provisioner/parameters/reclaimPolicy/volumeBindingMode).
 */
import { isDeepStrictEqual } from 'node:util'
import { formatRef, type KubernetesObject, type ResourceRef } from '../manifests/resource.js'
import type { ChangeKind, Risk } from './model.js'

/** One resource change with the (ignore-filtered, not redacted) objects on each side. */
export interface RiskInput {
  change: ChangeKind
  ref: ResourceRef
  before?: KubernetesObject
  after?: KubernetesObject
}

/** Context for {@link assessRisks}. */
export interface RiskContext {
  environment: string
  production: boolean
  /** Every resource of the environment at head (to find PodDisruptionBudgets). */
  headObjects: readonly KubernetesObject[]
}

const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'Rollout'])
const SELECTOR_IMMUTABLE = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'])
const STATEFULSET_MUTABLE = new Set([
  'replicas',
  'template',
  'updateStrategy',
  'minReadySeconds',
  'ordinals',
  'persistentVolumeClaimRetentionPolicy',
])

/**
 * Computes the risks of an environment's changes.
 *
 * @returns risks in the order of `changes`; messages name the resource and the values
 *   involved (never a Secret value — no rule reads Secret data).
 */
export function assessRisks(changes: readonly RiskInput[], context: RiskContext): Risk[] {
  const risks: Risk[] = []
  const add = (rule: string, ref: ResourceRef, message: string) =>
    risks.push({ rule, message: `${formatRef(ref)}: ${message}`, resource: ref })
  for (const { change, ref, before, after } of changes) {
    const kind = ref.kind
    if (change === 'removed' && context.production)
      add('production-deletion', ref, `deleted from production environment ${context.environment}`)
    if (change === 'removed' && kind === 'PodDisruptionBudget')
      add('pdb-removed', ref, 'PodDisruptionBudget removed: voluntary disruptions no longer limited')
    if (change === 'removed' && kind === 'NetworkPolicy')
      add('networkpolicy-removed', ref, 'NetworkPolicy removed: traffic it restricted is now allowed')
    if (kind === 'Namespace' && change !== 'added')
      add(
        'namespace-changed',
        ref,
        change === 'removed' ? 'Namespace deleted: every resource in it is deleted' : 'Namespace changed',
      )
    if (kind === 'CustomResourceDefinition' && change !== 'added')
      add(
        'crd-changed',
        ref,
        change === 'removed'
          ? 'CustomResourceDefinition deleted: every custom resource of it is deleted'
          : 'CustomResourceDefinition changed',
      )
    if (kind === 'PersistentVolumeClaim' && change !== 'added')
      add(
        'pvc-changed',
        ref,
        change === 'removed'
          ? 'PersistentVolumeClaim deleted: its volume may be deleted'
          : 'PersistentVolumeClaim changed',
      )
    if (change !== 'changed' || !before || !after) continue
    const a = (before.spec ?? {}) as Record<string, unknown>
    const b = (after.spec ?? {}) as Record<string, unknown>
    if (kind === 'StatefulSet' && !isDeepStrictEqual(a.volumeClaimTemplates, b.volumeClaimTemplates))
      add('pvc-changed', ref, 'spec.volumeClaimTemplates changed')
    if (SCALABLE.has(kind)) replicaRisks(ref, a, b, after, context, add)
    for (const field of immutableChanges(kind, before, after))
      add(
        'immutable-field',
        ref,
        `${field} is immutable; Argo CD cannot apply this in place (needs Replace=true or delete and recreate)`,
      )
  }
  return risks
}

function replicaRisks(
  ref: ResourceRef,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  after: KubernetesObject,
  context: RiskContext,
  add: (rule: string, ref: ResourceRef, message: string) => void,
): void {
  const old = typeof a.replicas === 'number' ? a.replicas : 1
  const next = b.replicas
  if (typeof next !== 'number' || next >= old) return
  if (next === 0) {
    add('replicas-zero', ref, `replicas lowered from ${old} to 0`)
    return
  }
  const labels = ((after.spec as Record<string, any>)?.template?.metadata?.labels ?? {}) as Record<string, string> // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const pdb of context.headObjects) {
    if (pdb.kind !== 'PodDisruptionBudget') continue
    if ((pdb.metadata?.namespace ?? '') !== (ref.namespace ?? '')) continue
    const spec = (pdb.spec ?? {}) as { minAvailable?: unknown; selector?: Selector }
    if (typeof spec.minAvailable !== 'number' || !selects(spec.selector, labels)) continue
    if (next < spec.minAvailable)
      add(
        'replicas-below-pdb',
        ref,
        `replicas lowered from ${old} to ${next}, below minAvailable ${spec.minAvailable} of PodDisruptionBudget ${pdb.metadata?.name ?? ''}: node drains will block`,
      )
  }
}

interface Selector {
  matchLabels?: Record<string, string>
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>
}

/** Label selector semantics of k8s.io/apimachinery `metav1.LabelSelectorAsSelector`; an empty selector selects everything. */
function selects(selector: Selector | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false
  for (const expression of selector.matchExpressions ?? []) {
    const has = expression.key in labels
    const value = labels[expression.key]
    const values = expression.values ?? []
    if (expression.operator === 'In' && !(has && values.includes(value as string))) return false
    if (expression.operator === 'NotIn' && has && values.includes(value as string)) return false
    if (expression.operator === 'Exists' && !has) return false
    if (expression.operator === 'DoesNotExist' && has) return false
  }
  return true
}

/** Field paths (dotted) of immutable fields that differ between `before` and `after`. */
export function immutableChanges(kind: string, before: KubernetesObject, after: KubernetesObject): string[] {
  const a = (before.spec ?? {}) as Record<string, unknown>
  const b = (after.spec ?? {}) as Record<string, unknown>
  const differs = (field: string) => !isDeepStrictEqual(a[field], b[field])
  const fields: string[] = []
  if (SELECTOR_IMMUTABLE.has(kind) && differs('selector')) fields.push('spec.selector')
  if (kind === 'StatefulSet') {
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)]))
      if (field !== 'selector' && !STATEFULSET_MUTABLE.has(field) && differs(field)) fields.push(`spec.${field}`)
  }
  if (kind === 'Job') for (const field of ['selector', 'template']) if (differs(field)) fields.push(`spec.${field}`)
  if (kind === 'Service') {
    // An unset clusterIP is allocated by the API server; only a change between two set values is rejected.
    for (const field of ['clusterIP', 'clusterIPs'])
      if (a[field] !== undefined && b[field] !== undefined && differs(field)) fields.push(`spec.${field}`)
  }
  if (kind === 'PersistentVolumeClaim') {
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)]))
      if (field !== 'resources' && field !== 'volumeAttributesClassName' && differs(field)) fields.push(`spec.${field}`)
  }
  if ((kind === 'RoleBinding' || kind === 'ClusterRoleBinding') && !isDeepStrictEqual(before.roleRef, after.roleRef))
    fields.push('roleRef')
  if (kind === 'StorageClass')
    for (const field of ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'])
      if (!isDeepStrictEqual(before[field], after[field])) fields.push(field)
  if ((kind === 'ConfigMap' || kind === 'Secret') && before.immutable === true) {
    for (const field of ['data', 'binaryData', 'stringData'])
      if (!isDeepStrictEqual(before[field], after[field])) fields.push(field)
  }
  return fields
}
