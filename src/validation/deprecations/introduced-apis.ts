/**
 * The first Kubernetes release that serves an API version of a kind, as data — so an
 * apiVersion newer than the target cluster (`autoscaling/v2` HorizontalPodAutoscaler on
 * 1.22) is an error rather than a manifest the API server rejects at sync time.
 *
 * Sources, recorded per entry in `source`:
 * - `'lifecycle'`: `APILifecycleIntroduced` in the package's generated
 *   `zz_generated.prerelease-lifecycle.go` (kubernetes/kubernetes `staging/src/k8s.io/api/…`,
 *   named in `lifecycleFile`; see `lifecycle.ts`), or its `+k8s:prerelease-lifecycle-gen:introduced`
 *   tag in `types.go` where no stored generated file lists the kind yet.
 * - `'release-notes'` (default): the Kubernetes release notes / API reference of each release
 *   ("graduated to GA/beta in 1.X") and the "available since" column of the Deprecated API
 *   Migration Guide (https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
 * - `'openapi'`: bracketed by the OpenAPI catalogs in `../shared/upstream/kubernetes-openapi`
 *   and set to the EARLIEST release the bracket allows — conservative: never an error while the
 *   API may be served.
 * `test/validation/deprecations.test.ts` cross-checks every entry against those catalogs.
 * The `introducedIn` and replacements (with their `availableSince`) of `removed-apis.ts` are
 * added to this table by {@link findIntroduction}.
 */
import { lifecycleFile, lifecycleTypesFile } from './lifecycle.js'

/** The release that first served one group/version/kind. */
export interface ApiIntroduction {
  /** API group; `''` for the core group. */
  group: string
  version: string
  kind: string
  /** Minor release (`1.X`) that first served this version of the kind (by default, without a feature gate). */
  availableSince: string
  /** Where `availableSince` comes from: release notes (default), Kubernetes' lifecycle data, or the OpenAPI catalogs. */
  source?: 'release-notes' | 'lifecycle' | 'openapi'
  /** For `'lifecycle'` entries: the kubernetes/kubernetes file `availableSince` is read from. */
  lifecycleFile?: string
}

const at = (group: string, version: string, since: string, kinds: string[], source?: 'openapi'): ApiIntroduction[] =>
  kinds.map((kind) => ({ group, version, kind, availableSince: since, ...(source ? { source } : {}) }))

/** `APILifecycleIntroduced` of `pkg` (`<group>/<version>` under k8s.io/api); `fromTags`: read from its types.go tag. */
const lc = (group: string, pkg: string, since: string, kinds: string[], fromTags = false): ApiIntroduction[] =>
  kinds.map((kind) => ({
    group,
    version: pkg.slice(pkg.lastIndexOf('/') + 1),
    kind,
    availableSince: since,
    source: 'lifecycle' as const,
    lifecycleFile: fromTags ? lifecycleTypesFile(pkg) : lifecycleFile(pkg),
  }))

/** The table, by group. Only kinds introduced in 1.8 or later are listed (older ones are served by every supported cluster). */
export const API_INTRODUCTIONS: readonly ApiIntroduction[] = [
  ...lc('admissionregistration.k8s.io', 'admissionregistration/v1', '1.16', [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
  ]),
  ...lc('admissionregistration.k8s.io', 'admissionregistration/v1beta1', '1.28', [
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
  ]),
  ...lc('admissionregistration.k8s.io', 'admissionregistration/v1', '1.30', [
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
  ]),
  ...lc('admissionregistration.k8s.io', 'admissionregistration/v1beta1', '1.34', [
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
  ]),
  ...at(
    'admissionregistration.k8s.io',
    'v1',
    '1.34',
    ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
    'openapi',
  ),
  ...at('apiextensions.k8s.io', 'v1', '1.16', ['CustomResourceDefinition']),
  ...at('apps', 'v1', '1.9', ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'ControllerRevision']),
  ...lc('authentication.k8s.io', 'authentication/v1beta1', '1.27', ['SelfSubjectReview'], true),
  ...at('authentication.k8s.io', 'v1', '1.28', ['SelfSubjectReview']),
  ...lc('autoscaling', 'autoscaling/v2beta1', '1.8', ['HorizontalPodAutoscaler']),
  ...lc('autoscaling', 'autoscaling/v2beta2', '1.12', ['HorizontalPodAutoscaler']),
  ...at('autoscaling', 'v2', '1.23', ['HorizontalPodAutoscaler']),
  ...lc('batch', 'batch/v1beta1', '1.8', ['CronJob']),
  ...at('batch', 'v1', '1.21', ['CronJob']),
  ...at('certificates.k8s.io', 'v1', '1.19', ['CertificateSigningRequest']),
  ...lc('certificates.k8s.io', 'certificates/v1beta1', '1.33', ['ClusterTrustBundle']),
  ...lc('certificates.k8s.io', 'certificates/v1beta1', '1.35', ['PodCertificateRequest']),
  ...at('coordination.k8s.io', 'v1', '1.14', ['Lease']),
  ...lc('coordination.k8s.io', 'coordination/v1beta1', '1.33', ['LeaseCandidate']),
  ...at('discovery.k8s.io', 'v1', '1.21', ['EndpointSlice']),
  ...at('events.k8s.io', 'v1', '1.19', ['Event']),
  ...lc('flowcontrol.apiserver.k8s.io', 'flowcontrol/v1beta1', '1.20', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...lc('flowcontrol.apiserver.k8s.io', 'flowcontrol/v1beta2', '1.23', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...lc('flowcontrol.apiserver.k8s.io', 'flowcontrol/v1beta3', '1.26', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...at('flowcontrol.apiserver.k8s.io', 'v1', '1.29', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...at('networking.k8s.io', 'v1', '1.19', ['Ingress', 'IngressClass']),
  ...lc('networking.k8s.io', 'networking/v1beta1', '1.31', ['IPAddress', 'ServiceCIDR'], true),
  ...at('networking.k8s.io', 'v1', '1.33', ['IPAddress', 'ServiceCIDR']),
  ...at('node.k8s.io', 'v1', '1.20', ['RuntimeClass']),
  ...at('policy', 'v1', '1.21', ['PodDisruptionBudget']),
  ...at('rbac.authorization.k8s.io', 'v1', '1.8', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']),
  ...lc('resource.k8s.io', 'resource/v1beta1', '1.32', [
    'DeviceClass',
    'ResourceClaim',
    'ResourceClaimTemplate',
    'ResourceSlice',
  ]),
  ...lc('resource.k8s.io', 'resource/v1beta2', '1.33', [
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
  ...lc('storage.k8s.io', 'storage/v1beta1', '1.31', ['VolumeAttributesClass']),
  ...at('storage.k8s.io', 'v1', '1.34', ['VolumeAttributesClass']),
  ...lc('storagemigration.k8s.io', 'storagemigration/v1beta1', '1.35', ['StorageVersionMigration']),
]
