/**
 * Removed and deprecated Kubernetes APIs, as data.
 *
 * Sources, recorded per entry in `source`:
 * - `'lifecycle'` (every beta API version): Kubernetes' own lifecycle data, the generated
 *   `zz_generated.prerelease-lifecycle.go` of the k8s.io/api package (kubernetes/kubernetes
 *   `staging/src/k8s.io/api/<group>/<version>/`, mirrored in the kubernetes/api repository;
 *   apiextensions and apiregistration live in `staging/src/k8s.io/apiextensions-apiserver` and
 *   `staging/src/k8s.io/kube-aggregator`). `introducedIn`, `deprecatedIn` and `removedIn` are its
 *   `APILifecycleIntroduced` / `APILifecycleDeprecated` / `APILifecycleRemoved`; `lifecycleFile`
 *   names the file. Where no stored generated file lists the kind yet, `lifecycleFile` is the
 *   package's `types.go` and the numbers are computed from its `+k8s:prerelease-lifecycle-gen`
 *   tags by {@link prereleaseLifecycle} (deprecated = introduced + 3 minors, removed =
 *   deprecated + 3, unless a tag says otherwise). `replacement` follows
 *   `APILifecycleReplacement` unless that names a version which is itself removed (then the GA
 *   version, as the deprecation guide says), and names the GA version where Kubernetes tags none.
 * - `'guide'` (default; GA versions, which carry no lifecycle data: core/v1 Endpoints,
 *   ComponentStatus): the Kubernetes "Deprecated API Migration Guide",
 *   https://kubernetes.io/docs/reference/using-api/deprecation-guide/.
 * - `'openapi'`: bracketed by the OpenAPI catalogs only (none at present).
 *
 * Beta versions are listed once Kubernetes deprecates them in or before the newest release
 * with an OpenAPI catalog in `../shared/upstream/kubernetes-openapi` (1.36 at present);
 * `test/validation/deprecations.test.ts` cross-checks every entry against those catalogs.
 * To refresh for a new release, see "Refreshing the removed-API table" in README.md.
 */
import { lifecycleFile, lifecycleTypesFile, prereleaseLifecycle } from './lifecycle.js'

/** One API version of one kind that is deprecated and/or removed. */
export interface ApiDeprecation {
  /** API group; `''` for the core group. */
  group: string
  version: string
  kind: string
  /** Minor release (`1.X`) that first served this version (`APILifecycleIntroduced`); set on `'lifecycle'` entries. */
  introducedIn?: string
  /** Minor release (`1.X`) that deprecated this version; undefined when it was removed without a deprecation period we track. */
  deprecatedIn?: string
  /** Minor release (`1.X`) that stopped serving it; undefined when deprecated but not scheduled for removal. */
  removedIn?: string
  /** `apiVersion` to migrate to (with the kind, when it changes); undefined when there is no replacement. */
  replacement?: { apiVersion: string; kind: string; availableSince?: string }
  /** What to do, for the finding's message (e.g. "use Pod Security Admission"). */
  note?: string
  /** Where the entry comes from: the deprecation guide (default), Kubernetes' lifecycle data, or the OpenAPI catalogs. */
  source?: 'guide' | 'lifecycle' | 'openapi'
  /**
   * For `'lifecycle'` entries: the kubernetes/kubernetes file the releases are read from (a
   * `zz_generated.prerelease-lifecycle.go`), or the `types.go` whose tags they are computed from.
   */
  lifecycleFile?: string
}

const r = (apiVersion: string, kind: string, availableSince?: string) => ({ apiVersion, kind, availableSince })

/** Releases read from a package's generated lifecycle file (`pkg`: `<group>/<version>` under k8s.io/api, or a full path). */
const lc = (pkg: string, introducedIn: string, deprecatedIn: string, removedIn: string) => ({
  introducedIn,
  deprecatedIn,
  removedIn,
  source: 'lifecycle' as const,
  lifecycleFile: pkg.startsWith('staging/') ? pkg : lifecycleFile(pkg),
})

/** Releases computed from a package's `types.go` tags: no stored generated file lists the kind yet. */
const tagged = (pkg: string, introduced: string, explicit?: { deprecated?: string; removed?: string }) => ({
  ...prereleaseLifecycle(introduced, explicit),
  source: 'lifecycle' as const,
  lifecycleFile: lifecycleTypesFile(pkg),
})

const APIEXTENSIONS_V1BETA1 =
  'staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1beta1/zz_generated.prerelease-lifecycle.go'
const APIREGISTRATION_V1BETA1 =
  'staging/src/k8s.io/kube-aggregator/pkg/apis/apiregistration/v1beta1/zz_generated.prerelease-lifecycle.go'

/** The table. Order: by removal release, then group; then deprecated APIs with no removal scheduled. */
export const API_DEPRECATIONS: readonly ApiDeprecation[] = [
  // v1.16
  {
    group: 'extensions',
    version: 'v1beta1',
    kind: 'NetworkPolicy',
    ...lc('extensions/v1beta1', '1.3', '1.9', '1.16'),
    replacement: r('networking.k8s.io/v1', 'NetworkPolicy', '1.8'),
  },
  {
    group: 'extensions',
    version: 'v1beta1',
    kind: 'PodSecurityPolicy',
    ...lc('extensions/v1beta1', '1.2', '1.11', '1.16'),
    // APILifecycleReplacement names policy/v1beta1 PodSecurityPolicy, itself removed in 1.25.
    note: 'no replacement — policy/v1beta1 PodSecurityPolicy was itself removed in 1.25; use Pod Security Admission',
  },
  ...(
    [
      ['DaemonSet', '1.1'],
      ['Deployment', '1.1'],
      ['ReplicaSet', '1.2'],
    ] as const
  ).map(([kind, introduced]) => ({
    group: 'extensions',
    version: 'v1beta1',
    kind,
    ...lc('extensions/v1beta1', introduced, '1.8', '1.16'),
    replacement: r('apps/v1', kind, '1.9'),
  })),
  ...(
    [
      ['Deployment', '1.6'],
      ['StatefulSet', '1.5'],
    ] as const
  ).map(([kind, introduced]) => ({
    group: 'apps',
    version: 'v1beta1',
    kind,
    ...lc('apps/v1beta1', introduced, '1.8', '1.16'),
    replacement: r('apps/v1', kind, '1.9'),
  })),
  ...['DaemonSet', 'Deployment', 'StatefulSet', 'ReplicaSet'].map((kind) => ({
    group: 'apps',
    version: 'v1beta2',
    kind,
    ...lc('apps/v1beta2', '1.8', '1.9', '1.16'),
    replacement: r('apps/v1', kind, '1.9'),
  })),
  // v1.22
  ...['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'].map((kind) => ({
    group: 'admissionregistration.k8s.io',
    version: 'v1beta1',
    kind,
    ...lc('admissionregistration/v1beta1', '1.9', '1.16', '1.22'),
    replacement: r('admissionregistration.k8s.io/v1', kind, '1.16'),
  })),
  {
    group: 'apiextensions.k8s.io',
    version: 'v1beta1',
    kind: 'CustomResourceDefinition',
    ...lc(APIEXTENSIONS_V1BETA1, '1.7', '1.16', '1.22'),
    replacement: r('apiextensions.k8s.io/v1', 'CustomResourceDefinition', '1.16'),
  },
  {
    group: 'apiregistration.k8s.io',
    version: 'v1beta1',
    kind: 'APIService',
    ...lc(APIREGISTRATION_V1BETA1, '1.7', '1.19', '1.22'),
    replacement: r('apiregistration.k8s.io/v1', 'APIService', '1.10'),
  },
  {
    group: 'authentication.k8s.io',
    version: 'v1beta1',
    kind: 'TokenReview',
    ...lc('authentication/v1beta1', '1.4', '1.19', '1.22'),
    replacement: r('authentication.k8s.io/v1', 'TokenReview', '1.6'),
  },
  ...['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview'].map((kind) => ({
    group: 'authorization.k8s.io',
    version: 'v1beta1',
    kind,
    ...lc('authorization/v1beta1', '1.2', '1.19', '1.22'),
    replacement: r('authorization.k8s.io/v1', kind, '1.6'),
  })),
  {
    group: 'certificates.k8s.io',
    version: 'v1beta1',
    kind: 'CertificateSigningRequest',
    ...lc('certificates/v1beta1', '1.12', '1.19', '1.22'),
    replacement: r('certificates.k8s.io/v1', 'CertificateSigningRequest', '1.19'),
  },
  {
    group: 'coordination.k8s.io',
    version: 'v1beta1',
    kind: 'Lease',
    ...lc('coordination/v1beta1', '1.12', '1.19', '1.22'),
    replacement: r('coordination.k8s.io/v1', 'Lease', '1.14'),
  },
  {
    group: 'extensions',
    version: 'v1beta1',
    kind: 'Ingress',
    ...lc('extensions/v1beta1', '1.1', '1.14', '1.22'),
    replacement: r('networking.k8s.io/v1', 'Ingress', '1.19'),
  },
  {
    group: 'networking.k8s.io',
    version: 'v1beta1',
    kind: 'Ingress',
    ...lc('networking/v1beta1', '1.14', '1.19', '1.22'),
    replacement: r('networking.k8s.io/v1', 'Ingress', '1.19'),
  },
  {
    group: 'networking.k8s.io',
    version: 'v1beta1',
    kind: 'IngressClass',
    ...lc('networking/v1beta1', '1.18', '1.19', '1.22'),
    // APILifecycleReplacement says IngressClassList (the tag is copied from the list type).
    replacement: r('networking.k8s.io/v1', 'IngressClass', '1.19'),
  },
  ...['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'].map((kind) => ({
    group: 'rbac.authorization.k8s.io',
    version: 'v1beta1',
    kind,
    ...lc('rbac/v1beta1', '1.6', '1.17', '1.22'),
    replacement: r('rbac.authorization.k8s.io/v1', kind, '1.8'),
  })),
  {
    group: 'scheduling.k8s.io',
    version: 'v1beta1',
    kind: 'PriorityClass',
    ...lc('scheduling/v1beta1', '1.11', '1.14', '1.22'),
    replacement: r('scheduling.k8s.io/v1', 'PriorityClass', '1.14'),
  },
  ...(
    [
      ['CSIDriver', '1.14', '1.19', '1.19'],
      ['CSINode', '1.14', '1.17', '1.17'],
      ['StorageClass', '1.4', '1.19', '1.6'],
      ['VolumeAttachment', '1.10', '1.19', '1.13'],
    ] as const
  ).map(([kind, introduced, deprecated, since]) => ({
    group: 'storage.k8s.io',
    version: 'v1beta1',
    kind,
    ...lc('storage/v1beta1', introduced, deprecated, '1.22'),
    replacement: r('storage.k8s.io/v1', kind, since),
  })),
  // v1.25
  {
    group: 'batch',
    version: 'v1beta1',
    kind: 'CronJob',
    ...lc('batch/v1beta1', '1.8', '1.21', '1.25'),
    replacement: r('batch/v1', 'CronJob', '1.21'),
  },
  {
    group: 'discovery.k8s.io',
    version: 'v1beta1',
    kind: 'EndpointSlice',
    ...lc('discovery/v1beta1', '1.16', '1.21', '1.25'),
    replacement: r('discovery.k8s.io/v1', 'EndpointSlice', '1.21'),
  },
  {
    group: 'events.k8s.io',
    version: 'v1beta1',
    kind: 'Event',
    ...lc('events/v1beta1', '1.8', '1.22', '1.25'),
    replacement: r('events.k8s.io/v1', 'Event', '1.19'),
  },
  {
    group: 'autoscaling',
    version: 'v2beta1',
    kind: 'HorizontalPodAutoscaler',
    ...lc('autoscaling/v2beta1', '1.8', '1.22', '1.25'),
    // APILifecycleReplacement names autoscaling/v2beta2, itself removed in 1.26.
    replacement: r('autoscaling/v2', 'HorizontalPodAutoscaler', '1.23'),
  },
  {
    group: 'policy',
    version: 'v1beta1',
    kind: 'PodDisruptionBudget',
    ...lc('policy/v1beta1', '1.5', '1.21', '1.25'),
    replacement: r('policy/v1', 'PodDisruptionBudget', '1.21'),
    note: 'an empty spec.selector in policy/v1 selects every pod in the namespace',
  },
  {
    group: 'policy',
    version: 'v1beta1',
    kind: 'PodSecurityPolicy',
    ...lc('policy/v1beta1', '1.10', '1.21', '1.25'),
    note: 'no replacement — use Pod Security Admission (namespace labels pod-security.kubernetes.io/*) or a third-party admission webhook',
  },
  {
    group: 'node.k8s.io',
    version: 'v1beta1',
    kind: 'RuntimeClass',
    ...lc('node/v1beta1', '1.13', '1.22', '1.25'),
    replacement: r('node.k8s.io/v1', 'RuntimeClass', '1.20'),
  },
  // v1.26
  ...['FlowSchema', 'PriorityLevelConfiguration'].map((kind) => ({
    group: 'flowcontrol.apiserver.k8s.io',
    version: 'v1beta1',
    kind,
    ...lc('flowcontrol/v1beta1', '1.20', '1.23', '1.26'),
    replacement: r('flowcontrol.apiserver.k8s.io/v1', kind, '1.29'),
  })),
  {
    group: 'autoscaling',
    version: 'v2beta2',
    kind: 'HorizontalPodAutoscaler',
    ...lc('autoscaling/v2beta2', '1.12', '1.23', '1.26'),
    replacement: r('autoscaling/v2', 'HorizontalPodAutoscaler', '1.23'),
  },
  // v1.27
  {
    group: 'storage.k8s.io',
    version: 'v1beta1',
    kind: 'CSIStorageCapacity',
    ...lc('storage/v1beta1', '1.21', '1.24', '1.27'),
    replacement: r('storage.k8s.io/v1', 'CSIStorageCapacity', '1.24'),
  },
  // v1.29
  ...['FlowSchema', 'PriorityLevelConfiguration'].map((kind) => ({
    group: 'flowcontrol.apiserver.k8s.io',
    version: 'v1beta2',
    kind,
    ...lc('flowcontrol/v1beta2', '1.23', '1.26', '1.29'),
    // APILifecycleReplacement names v1beta3, itself removed in 1.32.
    replacement: r('flowcontrol.apiserver.k8s.io/v1', kind, '1.29'),
    note: 'PriorityLevelConfiguration spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares',
  })),
  // v1.32
  ...['FlowSchema', 'PriorityLevelConfiguration'].map((kind) => ({
    group: 'flowcontrol.apiserver.k8s.io',
    version: 'v1beta3',
    kind,
    ...lc('flowcontrol/v1beta3', '1.26', '1.29', '1.32'),
    replacement: r('flowcontrol.apiserver.k8s.io/v1', kind, '1.29'),
  })),
  // v1.33
  {
    group: 'authentication.k8s.io',
    version: 'v1beta1',
    kind: 'SelfSubjectReview',
    // `+k8s:prerelease-lifecycle-gen:introduced=1.27`, no deprecated/removed tags.
    ...tagged('authentication/v1beta1', '1.27'),
    replacement: r('authentication.k8s.io/v1', 'SelfSubjectReview', '1.28'),
  },
  // v1.34
  ...['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'].map((kind) => ({
    group: 'admissionregistration.k8s.io',
    version: 'v1beta1',
    kind,
    ...lc('admissionregistration/v1beta1', '1.28', '1.31', '1.34'),
    replacement: r('admissionregistration.k8s.io/v1', kind, '1.30'),
  })),
  // v1.37
  ...['IPAddress', 'ServiceCIDR'].map((kind) => ({
    group: 'networking.k8s.io',
    version: 'v1beta1',
    kind,
    // `+k8s:prerelease-lifecycle-gen:introduced=1.31`, no deprecated/removed tags.
    ...tagged('networking/v1beta1', '1.31'),
    replacement: r('networking.k8s.io/v1', kind, '1.33'),
  })),
  {
    group: 'storage.k8s.io',
    version: 'v1beta1',
    kind: 'VolumeAttributesClass',
    ...lc('storage/v1beta1', '1.31', '1.34', '1.37'),
    replacement: r('storage.k8s.io/v1', 'VolumeAttributesClass', '1.34'),
  },
  // v1.38
  ...['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'].map((kind) => ({
    group: 'resource.k8s.io',
    version: 'v1beta1',
    kind,
    ...lc('resource/v1beta1', '1.32', '1.35', '1.38'),
    replacement: r('resource.k8s.io/v1', kind, '1.34'),
  })),
  // v1.39
  {
    group: 'certificates.k8s.io',
    version: 'v1beta1',
    kind: 'ClusterTrustBundle',
    ...lc('certificates/v1beta1', '1.33', '1.36', '1.39'),
    note: 'no GA version yet',
  },
  {
    group: 'coordination.k8s.io',
    version: 'v1beta1',
    kind: 'LeaseCandidate',
    ...lc('coordination/v1beta1', '1.33', '1.36', '1.39'),
    note: 'no GA version yet; LeaseCandidates are normally written by the control plane, not shipped in manifests',
  },
  ...['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'].map((kind) => ({
    group: 'resource.k8s.io',
    version: 'v1beta2',
    kind,
    ...lc('resource/v1beta2', '1.33', '1.36', '1.39'),
    replacement: r('resource.k8s.io/v1', kind, '1.34'),
  })),
  // Deprecated GA APIs, still served, no removal scheduled (no lifecycle data: from the guide).
  {
    group: '',
    version: 'v1',
    kind: 'Endpoints',
    deprecatedIn: '1.33',
    replacement: r('discovery.k8s.io/v1', 'EndpointSlice', '1.21'),
    note: 'Endpoints are normally managed by the control plane; do not ship them in manifests',
  },
  {
    group: '',
    version: 'v1',
    kind: 'ComponentStatus',
    deprecatedIn: '1.19',
    note: 'query component health endpoints directly',
  },
]
