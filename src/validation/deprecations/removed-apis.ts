/**
 * Removed and deprecated Kubernetes APIs, as data.
 *
 * Source: the Kubernetes "Deprecated API Migration Guide",
 * https://kubernetes.io/docs/reference/using-api/deprecation-guide/ (sections v1.16 … v1.32),
 * plus entries marked `source: 'openapi'` whose removal is not (yet) in the guide and is
 * bracketed by the OpenAPI catalogs in `../shared/upstream/kubernetes-openapi` (their
 * `removedIn` is the first catalog version that no longer has them, so it may be late by a
 * release or two — conservative: never an error while the API is still served).
 * `test/validation/deprecations.test.ts` cross-checks every entry against those catalogs.
 *
 * To add an entry: copy the guide's wording into `note`, set `deprecatedIn` to the release
 * that first marked the version deprecated and `removedIn` to "no longer served as of".
 */

/** One API version of one kind that is deprecated and/or removed. */
export interface ApiDeprecation {
  /** API group; `''` for the core group. */
  group: string
  version: string
  kind: string
  /** Minor release (`1.X`) that deprecated this version; undefined when it was removed without a deprecation period we track. */
  deprecatedIn?: string
  /** Minor release (`1.X`) that stopped serving it; undefined when deprecated but not scheduled for removal. */
  removedIn?: string
  /** `apiVersion` to migrate to (with the kind, when it changes); undefined when there is no replacement. */
  replacement?: { apiVersion: string; kind: string; availableSince?: string }
  /** What to do, for the finding's message (e.g. "use Pod Security Admission"). */
  note?: string
  /** Where the entry comes from: the deprecation guide (default) or the OpenAPI catalogs. */
  source?: 'guide' | 'openapi'
}

const r = (apiVersion: string, kind: string, availableSince?: string) => ({ apiVersion, kind, availableSince })

/** The table. Order: by removal release, then group. */
export const API_DEPRECATIONS: readonly ApiDeprecation[] = [
  // v1.16
  {
    group: 'extensions',
    version: 'v1beta1',
    kind: 'NetworkPolicy',
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: r('networking.k8s.io/v1', 'NetworkPolicy', '1.8'),
  },
  {
    group: 'extensions',
    version: 'v1beta1',
    kind: 'PodSecurityPolicy',
    deprecatedIn: '1.11',
    removedIn: '1.16',
    note: 'no replacement — policy/v1beta1 PodSecurityPolicy was itself removed in 1.25; use Pod Security Admission',
  },
  ...['DaemonSet', 'Deployment', 'ReplicaSet'].map((kind) => ({
    group: 'extensions',
    version: 'v1beta1',
    kind,
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: r('apps/v1', kind, '1.9'),
  })),
  ...['Deployment', 'StatefulSet'].map((kind) => ({
    group: 'apps',
    version: 'v1beta1',
    kind,
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: r('apps/v1', kind, '1.9'),
  })),
  ...['DaemonSet', 'Deployment', 'StatefulSet', 'ReplicaSet'].map((kind) => ({
    group: 'apps',
    version: 'v1beta2',
    kind,
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: r('apps/v1', kind, '1.9'),
  })),
  // v1.22
  ...['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'].map((kind) => ({
    group: 'admissionregistration.k8s.io',
    version: 'v1beta1',
    kind,
    deprecatedIn: '1.16',
    removedIn: '1.22',
    replacement: r('admissionregistration.k8s.io/v1', kind, '1.16'),
  })),
  {
    group: 'apiextensions.k8s.io',
    version: 'v1beta1',
    kind: 'CustomResourceDefinition',
    deprecatedIn: '1.16',
    removedIn: '1.22',
    replacement: r('apiextensions.k8s.io/v1', 'CustomResourceDefinition', '1.16'),
  },
  {
    group: 'apiregistration.k8s.io',
    version: 'v1beta1',
    kind: 'APIService',
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('apiregistration.k8s.io/v1', 'APIService', '1.10'),
  },
  {
    group: 'authentication.k8s.io',
    version: 'v1beta1',
    kind: 'TokenReview',
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('authentication.k8s.io/v1', 'TokenReview', '1.6'),
  },
  ...['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview'].map((kind) => ({
    group: 'authorization.k8s.io',
    version: 'v1beta1',
    kind,
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('authorization.k8s.io/v1', kind, '1.6'),
  })),
  {
    group: 'certificates.k8s.io',
    version: 'v1beta1',
    kind: 'CertificateSigningRequest',
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('certificates.k8s.io/v1', 'CertificateSigningRequest', '1.19'),
  },
  {
    group: 'coordination.k8s.io',
    version: 'v1beta1',
    kind: 'Lease',
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('coordination.k8s.io/v1', 'Lease', '1.14'),
  },
  {
    group: 'extensions',
    version: 'v1beta1',
    kind: 'Ingress',
    deprecatedIn: '1.14',
    removedIn: '1.22',
    replacement: r('networking.k8s.io/v1', 'Ingress', '1.19'),
  },
  {
    group: 'networking.k8s.io',
    version: 'v1beta1',
    kind: 'Ingress',
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('networking.k8s.io/v1', 'Ingress', '1.19'),
  },
  {
    group: 'networking.k8s.io',
    version: 'v1beta1',
    kind: 'IngressClass',
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('networking.k8s.io/v1', 'IngressClass', '1.19'),
  },
  ...['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'].map((kind) => ({
    group: 'rbac.authorization.k8s.io',
    version: 'v1beta1',
    kind,
    deprecatedIn: '1.17',
    removedIn: '1.22',
    replacement: r('rbac.authorization.k8s.io/v1', kind, '1.8'),
  })),
  {
    group: 'scheduling.k8s.io',
    version: 'v1beta1',
    kind: 'PriorityClass',
    deprecatedIn: '1.14',
    removedIn: '1.22',
    replacement: r('scheduling.k8s.io/v1', 'PriorityClass', '1.14'),
  },
  ...[
    ['CSIDriver', '1.19'],
    ['CSINode', '1.17'],
    ['StorageClass', '1.6'],
    ['VolumeAttachment', '1.13'],
  ].map(([kind, since]) => ({
    group: 'storage.k8s.io',
    version: 'v1beta1',
    kind: kind as string,
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: r('storage.k8s.io/v1', kind as string, since),
  })),
  // v1.25
  {
    group: 'batch',
    version: 'v1beta1',
    kind: 'CronJob',
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: r('batch/v1', 'CronJob', '1.21'),
  },
  {
    group: 'discovery.k8s.io',
    version: 'v1beta1',
    kind: 'EndpointSlice',
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: r('discovery.k8s.io/v1', 'EndpointSlice', '1.21'),
  },
  {
    group: 'events.k8s.io',
    version: 'v1beta1',
    kind: 'Event',
    deprecatedIn: '1.22',
    removedIn: '1.25',
    replacement: r('events.k8s.io/v1', 'Event', '1.19'),
  },
  {
    group: 'autoscaling',
    version: 'v2beta1',
    kind: 'HorizontalPodAutoscaler',
    deprecatedIn: '1.22',
    removedIn: '1.25',
    replacement: r('autoscaling/v2', 'HorizontalPodAutoscaler', '1.23'),
  },
  {
    group: 'policy',
    version: 'v1beta1',
    kind: 'PodDisruptionBudget',
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: r('policy/v1', 'PodDisruptionBudget', '1.21'),
    note: 'an empty spec.selector in policy/v1 selects every pod in the namespace',
  },
  {
    group: 'policy',
    version: 'v1beta1',
    kind: 'PodSecurityPolicy',
    deprecatedIn: '1.21',
    removedIn: '1.25',
    note: 'no replacement — use Pod Security Admission (namespace labels pod-security.kubernetes.io/*) or a third-party admission webhook',
  },
  {
    group: 'node.k8s.io',
    version: 'v1beta1',
    kind: 'RuntimeClass',
    deprecatedIn: '1.22',
    removedIn: '1.25',
    replacement: r('node.k8s.io/v1', 'RuntimeClass', '1.20'),
  },
  // v1.26
  ...['FlowSchema', 'PriorityLevelConfiguration'].map((kind) => ({
    group: 'flowcontrol.apiserver.k8s.io',
    version: 'v1beta1',
    kind,
    deprecatedIn: '1.23',
    removedIn: '1.26',
    replacement: r('flowcontrol.apiserver.k8s.io/v1', kind, '1.29'),
  })),
  {
    group: 'autoscaling',
    version: 'v2beta2',
    kind: 'HorizontalPodAutoscaler',
    deprecatedIn: '1.23',
    removedIn: '1.26',
    replacement: r('autoscaling/v2', 'HorizontalPodAutoscaler', '1.23'),
  },
  // v1.27
  {
    group: 'storage.k8s.io',
    version: 'v1beta1',
    kind: 'CSIStorageCapacity',
    deprecatedIn: '1.24',
    removedIn: '1.27',
    replacement: r('storage.k8s.io/v1', 'CSIStorageCapacity', '1.24'),
  },
  // v1.29
  ...['FlowSchema', 'PriorityLevelConfiguration'].map((kind) => ({
    group: 'flowcontrol.apiserver.k8s.io',
    version: 'v1beta2',
    kind,
    deprecatedIn: '1.26',
    removedIn: '1.29',
    replacement: r('flowcontrol.apiserver.k8s.io/v1', kind, '1.29'),
    note: 'PriorityLevelConfiguration spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares',
  })),
  // v1.32
  ...['FlowSchema', 'PriorityLevelConfiguration'].map((kind) => ({
    group: 'flowcontrol.apiserver.k8s.io',
    version: 'v1beta3',
    kind,
    deprecatedIn: '1.29',
    removedIn: '1.32',
    replacement: r('flowcontrol.apiserver.k8s.io/v1', kind, '1.29'),
  })),
  // Not in the guide; removal bracketed by the OpenAPI catalogs (see the header).
  {
    group: 'authentication.k8s.io',
    version: 'v1beta1',
    kind: 'SelfSubjectReview',
    deprecatedIn: '1.28',
    removedIn: '1.33',
    replacement: r('authentication.k8s.io/v1', 'SelfSubjectReview', '1.28'),
    source: 'openapi',
  },
  ...['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'].map((kind) => ({
    group: 'admissionregistration.k8s.io',
    version: 'v1beta1',
    kind,
    deprecatedIn: '1.30',
    removedIn: '1.36',
    replacement: r('admissionregistration.k8s.io/v1', kind, '1.30'),
    source: 'openapi' as const,
  })),
  // Deprecated, still served, no removal scheduled.
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
