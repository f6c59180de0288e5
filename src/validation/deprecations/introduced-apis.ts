/**
 * The first Kubernetes release that serves an API version of a kind, as data — so an
 * apiVersion newer than the target cluster (`autoscaling/v2` HorizontalPodAutoscaler on
 * 1.22) is an error rather than a manifest the API server rejects at sync time.
 *
 * Sources: the Kubernetes release notes / API reference of each release ("graduated to
 * GA/beta in 1.X") and the "available since" column of the Deprecated API Migration Guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/). Entries marked
 * `source: 'openapi'` are bracketed by the OpenAPI catalogs in
 * `../shared/upstream/kubernetes-openapi` (1.28, 1.31, 1.33, 1.36) and use the EARLIEST
 * release the bracket allows — conservative: never an error while the API may be served.
 * `test/validation/deprecations.test.ts` cross-checks every entry against those catalogs.
 * The replacements named in `removed-apis.ts` (with their `availableSince`) are added to
 * this table by {@link findIntroduction}.
 */

/** The release that first served one group/version/kind. */
export interface ApiIntroduction {
  /** API group; `''` for the core group. */
  group: string
  version: string
  kind: string
  /** Minor release (`1.X`) that first served this version of the kind (by default, without a feature gate). */
  availableSince: string
  source?: 'release-notes' | 'openapi'
}

const at = (group: string, version: string, since: string, kinds: string[], source?: 'openapi'): ApiIntroduction[] =>
  kinds.map((kind) => ({ group, version, kind, availableSince: since, ...(source ? { source } : {}) }))

/** The table, by group. Only kinds introduced in 1.8 or later are listed (older ones are served by every supported cluster). */
export const API_INTRODUCTIONS: readonly ApiIntroduction[] = [
  ...at('admissionregistration.k8s.io', 'v1', '1.16', [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
  ]),
  ...at('admissionregistration.k8s.io', 'v1beta1', '1.28', [
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
  ]),
  ...at('admissionregistration.k8s.io', 'v1', '1.30', [
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
  ]),
  ...at(
    'admissionregistration.k8s.io',
    'v1beta1',
    '1.34',
    ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
    'openapi',
  ),
  ...at(
    'admissionregistration.k8s.io',
    'v1',
    '1.34',
    ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
    'openapi',
  ),
  ...at('apiextensions.k8s.io', 'v1', '1.16', ['CustomResourceDefinition']),
  ...at('apps', 'v1', '1.9', ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'ControllerRevision']),
  ...at('authentication.k8s.io', 'v1beta1', '1.27', ['SelfSubjectReview']),
  ...at('authentication.k8s.io', 'v1', '1.28', ['SelfSubjectReview']),
  ...at('autoscaling', 'v2beta1', '1.8', ['HorizontalPodAutoscaler']),
  ...at('autoscaling', 'v2beta2', '1.12', ['HorizontalPodAutoscaler']),
  ...at('autoscaling', 'v2', '1.23', ['HorizontalPodAutoscaler']),
  ...at('batch', 'v1beta1', '1.8', ['CronJob']),
  ...at('batch', 'v1', '1.21', ['CronJob']),
  ...at('certificates.k8s.io', 'v1', '1.19', ['CertificateSigningRequest']),
  ...at('certificates.k8s.io', 'v1beta1', '1.33', ['ClusterTrustBundle']),
  ...at('certificates.k8s.io', 'v1beta1', '1.34', ['PodCertificateRequest'], 'openapi'),
  ...at('coordination.k8s.io', 'v1', '1.14', ['Lease']),
  ...at('coordination.k8s.io', 'v1beta1', '1.33', ['LeaseCandidate']),
  ...at('discovery.k8s.io', 'v1', '1.21', ['EndpointSlice']),
  ...at('events.k8s.io', 'v1', '1.19', ['Event']),
  ...at('flowcontrol.apiserver.k8s.io', 'v1beta1', '1.20', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...at('flowcontrol.apiserver.k8s.io', 'v1beta2', '1.23', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...at('flowcontrol.apiserver.k8s.io', 'v1beta3', '1.26', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...at('flowcontrol.apiserver.k8s.io', 'v1', '1.29', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...at('networking.k8s.io', 'v1', '1.19', ['Ingress', 'IngressClass']),
  ...at('networking.k8s.io', 'v1beta1', '1.31', ['IPAddress', 'ServiceCIDR']),
  ...at('networking.k8s.io', 'v1', '1.33', ['IPAddress', 'ServiceCIDR']),
  ...at('node.k8s.io', 'v1', '1.20', ['RuntimeClass']),
  ...at('policy', 'v1', '1.21', ['PodDisruptionBudget']),
  ...at('rbac.authorization.k8s.io', 'v1', '1.8', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']),
  ...at('resource.k8s.io', 'v1beta1', '1.32', [
    'DeviceClass',
    'ResourceClaim',
    'ResourceClaimTemplate',
    'ResourceSlice',
  ]),
  ...at('resource.k8s.io', 'v1beta2', '1.33', [
    'DeviceClass',
    'ResourceClaim',
    'ResourceClaimTemplate',
    'ResourceSlice',
  ]),
  ...at('resource.k8s.io', 'v1beta2', '1.34', ['DeviceTaintRule'], 'openapi'),
  ...at('resource.k8s.io', 'v1', '1.34', ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice']),
  ...at('scheduling.k8s.io', 'v1', '1.14', ['PriorityClass']),
  ...at('storage.k8s.io', 'v1', '1.13', ['VolumeAttachment']),
  ...at('storage.k8s.io', 'v1', '1.17', ['CSINode']),
  ...at('storage.k8s.io', 'v1', '1.18', ['CSIDriver']),
  ...at('storage.k8s.io', 'v1', '1.24', ['CSIStorageCapacity']),
  ...at('storage.k8s.io', 'v1beta1', '1.31', ['VolumeAttributesClass']),
  ...at('storage.k8s.io', 'v1', '1.34', ['VolumeAttributesClass']),
  ...at('storagemigration.k8s.io', 'v1beta1', '1.34', ['StorageVersionMigration'], 'openapi'),
]
