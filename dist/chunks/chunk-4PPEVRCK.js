import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  resolveSeverity
} from "./chunk-DRXQ22C5.js";
import {
  parseKubernetesVersion
} from "./chunk-QDRIPWP2.js";
import {
  splitApiVersion
} from "./chunk-6JA5DT7B.js";

// src/validation/deprecations/lifecycle.ts
var K8S_API_ROOT = "staging/src/k8s.io/api";
function lifecycleFile(pkg) {
  return `${K8S_API_ROOT}/${pkg}/zz_generated.prerelease-lifecycle.go`;
}
function lifecycleTypesFile(pkg) {
  return `${K8S_API_ROOT}/${pkg}/types.go`;
}
function prereleaseLifecycle(introduced, tags = {}) {
  const release = (text) => parseKubernetesVersion(text);
  const plusThree = ({ major, minor }) => ({ major, minor: minor + 3 });
  const format = ({ major, minor }) => `${major}.${minor}`;
  const from = release(introduced);
  const deprecated = tags.deprecated !== void 0 ? release(tags.deprecated) : plusThree(from);
  const removed = tags.removed !== void 0 ? release(tags.removed) : plusThree(deprecated);
  return { introducedIn: format(from), deprecatedIn: format(deprecated), removedIn: format(removed) };
}

// src/validation/deprecations/introduced-apis.ts
var at = (group, version, since, kinds, source) => kinds.map((kind) => ({ group, version, kind, availableSince: since, ...source ? { source } : {} }));
var lc = (group, pkg, since, kinds, fromTags = false) => kinds.map((kind) => ({
  group,
  version: pkg.slice(pkg.lastIndexOf("/") + 1),
  kind,
  availableSince: since,
  source: "lifecycle",
  lifecycleFile: fromTags ? lifecycleTypesFile(pkg) : lifecycleFile(pkg)
}));
var API_INTRODUCTIONS = [
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1", "1.16", [
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration"
  ]),
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1beta1", "1.28", [
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding"
  ]),
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1", "1.30", [
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding"
  ]),
  ...lc("admissionregistration.k8s.io", "admissionregistration/v1beta1", "1.34", [
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding"
  ]),
  ...at(
    "admissionregistration.k8s.io",
    "v1",
    "1.34",
    ["MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding"],
    "openapi"
  ),
  ...at("apiextensions.k8s.io", "v1", "1.16", ["CustomResourceDefinition"]),
  ...at("apps", "v1", "1.9", ["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet", "ControllerRevision"]),
  ...lc("authentication.k8s.io", "authentication/v1beta1", "1.27", ["SelfSubjectReview"], true),
  ...at("authentication.k8s.io", "v1", "1.28", ["SelfSubjectReview"]),
  ...lc("autoscaling", "autoscaling/v2beta1", "1.8", ["HorizontalPodAutoscaler"]),
  ...lc("autoscaling", "autoscaling/v2beta2", "1.12", ["HorizontalPodAutoscaler"]),
  ...at("autoscaling", "v2", "1.23", ["HorizontalPodAutoscaler"]),
  ...lc("batch", "batch/v1beta1", "1.8", ["CronJob"]),
  ...at("batch", "v1", "1.21", ["CronJob"]),
  ...at("certificates.k8s.io", "v1", "1.19", ["CertificateSigningRequest"]),
  ...lc("certificates.k8s.io", "certificates/v1beta1", "1.33", ["ClusterTrustBundle"]),
  ...lc("certificates.k8s.io", "certificates/v1beta1", "1.35", ["PodCertificateRequest"]),
  ...at("coordination.k8s.io", "v1", "1.14", ["Lease"]),
  ...lc("coordination.k8s.io", "coordination/v1beta1", "1.33", ["LeaseCandidate"]),
  ...at("discovery.k8s.io", "v1", "1.21", ["EndpointSlice"]),
  ...at("events.k8s.io", "v1", "1.19", ["Event"]),
  ...lc("flowcontrol.apiserver.k8s.io", "flowcontrol/v1beta1", "1.20", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...lc("flowcontrol.apiserver.k8s.io", "flowcontrol/v1beta2", "1.23", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...lc("flowcontrol.apiserver.k8s.io", "flowcontrol/v1beta3", "1.26", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...at("flowcontrol.apiserver.k8s.io", "v1", "1.29", ["FlowSchema", "PriorityLevelConfiguration"]),
  ...at("networking.k8s.io", "v1", "1.19", ["Ingress", "IngressClass"]),
  ...lc("networking.k8s.io", "networking/v1beta1", "1.31", ["IPAddress", "ServiceCIDR"], true),
  ...at("networking.k8s.io", "v1", "1.33", ["IPAddress", "ServiceCIDR"]),
  ...at("node.k8s.io", "v1", "1.20", ["RuntimeClass"]),
  ...at("policy", "v1", "1.21", ["PodDisruptionBudget"]),
  ...at("rbac.authorization.k8s.io", "v1", "1.8", ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"]),
  ...lc("resource.k8s.io", "resource/v1beta1", "1.32", [
    "DeviceClass",
    "ResourceClaim",
    "ResourceClaimTemplate",
    "ResourceSlice"
  ]),
  ...lc("resource.k8s.io", "resource/v1beta2", "1.33", [
    "DeviceClass",
    "ResourceClaim",
    "ResourceClaimTemplate",
    "ResourceSlice"
  ]),
  ...at("resource.k8s.io", "v1beta2", "1.34", ["DeviceTaintRule"], "openapi"),
  ...at("resource.k8s.io", "v1", "1.34", ["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"]),
  ...at("scheduling.k8s.io", "v1", "1.14", ["PriorityClass"]),
  ...at("storage.k8s.io", "v1", "1.13", ["VolumeAttachment"]),
  ...at("storage.k8s.io", "v1", "1.17", ["CSINode"]),
  ...at("storage.k8s.io", "v1", "1.18", ["CSIDriver"]),
  ...at("storage.k8s.io", "v1", "1.24", ["CSIStorageCapacity"]),
  ...lc("storage.k8s.io", "storage/v1beta1", "1.31", ["VolumeAttributesClass"]),
  ...at("storage.k8s.io", "v1", "1.34", ["VolumeAttributesClass"]),
  ...lc("storagemigration.k8s.io", "storagemigration/v1beta1", "1.35", ["StorageVersionMigration"])
];

// src/validation/deprecations/removed-apis.ts
var r = (apiVersion, kind, availableSince) => ({ apiVersion, kind, availableSince });
var lc2 = (pkg, introducedIn, deprecatedIn, removedIn) => ({
  introducedIn,
  deprecatedIn,
  removedIn,
  source: "lifecycle",
  lifecycleFile: pkg.startsWith("staging/") ? pkg : lifecycleFile(pkg)
});
var tagged = (pkg, introduced, explicit) => ({
  ...prereleaseLifecycle(introduced, explicit),
  source: "lifecycle",
  lifecycleFile: lifecycleTypesFile(pkg)
});
var APIEXTENSIONS_V1BETA1 = "staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1beta1/zz_generated.prerelease-lifecycle.go";
var APIREGISTRATION_V1BETA1 = "staging/src/k8s.io/kube-aggregator/pkg/apis/apiregistration/v1beta1/zz_generated.prerelease-lifecycle.go";
var API_DEPRECATIONS = [
  // v1.16
  {
    group: "extensions",
    version: "v1beta1",
    kind: "NetworkPolicy",
    ...lc2("extensions/v1beta1", "1.3", "1.9", "1.16"),
    replacement: r("networking.k8s.io/v1", "NetworkPolicy", "1.8")
  },
  {
    group: "extensions",
    version: "v1beta1",
    kind: "PodSecurityPolicy",
    ...lc2("extensions/v1beta1", "1.2", "1.11", "1.16"),
    // APILifecycleReplacement names policy/v1beta1 PodSecurityPolicy, itself removed in 1.25.
    note: "no replacement \u2014 policy/v1beta1 PodSecurityPolicy was itself removed in 1.25; use Pod Security Admission"
  },
  ...[
    ["DaemonSet", "1.1"],
    ["Deployment", "1.1"],
    ["ReplicaSet", "1.2"]
  ].map(([kind, introduced]) => ({
    group: "extensions",
    version: "v1beta1",
    kind,
    ...lc2("extensions/v1beta1", introduced, "1.8", "1.16"),
    replacement: r("apps/v1", kind, "1.9")
  })),
  ...[
    ["Deployment", "1.6"],
    ["StatefulSet", "1.5"]
  ].map(([kind, introduced]) => ({
    group: "apps",
    version: "v1beta1",
    kind,
    ...lc2("apps/v1beta1", introduced, "1.8", "1.16"),
    replacement: r("apps/v1", kind, "1.9")
  })),
  ...["DaemonSet", "Deployment", "StatefulSet", "ReplicaSet"].map((kind) => ({
    group: "apps",
    version: "v1beta2",
    kind,
    ...lc2("apps/v1beta2", "1.8", "1.9", "1.16"),
    replacement: r("apps/v1", kind, "1.9")
  })),
  // v1.22
  ...["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"].map((kind) => ({
    group: "admissionregistration.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("admissionregistration/v1beta1", "1.9", "1.16", "1.22"),
    replacement: r("admissionregistration.k8s.io/v1", kind, "1.16")
  })),
  {
    group: "apiextensions.k8s.io",
    version: "v1beta1",
    kind: "CustomResourceDefinition",
    ...lc2(APIEXTENSIONS_V1BETA1, "1.7", "1.16", "1.22"),
    replacement: r("apiextensions.k8s.io/v1", "CustomResourceDefinition", "1.16")
  },
  {
    group: "apiregistration.k8s.io",
    version: "v1beta1",
    kind: "APIService",
    ...lc2(APIREGISTRATION_V1BETA1, "1.7", "1.19", "1.22"),
    replacement: r("apiregistration.k8s.io/v1", "APIService", "1.10")
  },
  {
    group: "authentication.k8s.io",
    version: "v1beta1",
    kind: "TokenReview",
    ...lc2("authentication/v1beta1", "1.4", "1.19", "1.22"),
    replacement: r("authentication.k8s.io/v1", "TokenReview", "1.6")
  },
  ...["SubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview"].map((kind) => ({
    group: "authorization.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("authorization/v1beta1", "1.2", "1.19", "1.22"),
    replacement: r("authorization.k8s.io/v1", kind, "1.6")
  })),
  {
    group: "certificates.k8s.io",
    version: "v1beta1",
    kind: "CertificateSigningRequest",
    ...lc2("certificates/v1beta1", "1.12", "1.19", "1.22"),
    replacement: r("certificates.k8s.io/v1", "CertificateSigningRequest", "1.19")
  },
  {
    group: "coordination.k8s.io",
    version: "v1beta1",
    kind: "Lease",
    ...lc2("coordination/v1beta1", "1.12", "1.19", "1.22"),
    replacement: r("coordination.k8s.io/v1", "Lease", "1.14")
  },
  {
    group: "extensions",
    version: "v1beta1",
    kind: "Ingress",
    ...lc2("extensions/v1beta1", "1.1", "1.14", "1.22"),
    replacement: r("networking.k8s.io/v1", "Ingress", "1.19")
  },
  {
    group: "networking.k8s.io",
    version: "v1beta1",
    kind: "Ingress",
    ...lc2("networking/v1beta1", "1.14", "1.19", "1.22"),
    replacement: r("networking.k8s.io/v1", "Ingress", "1.19")
  },
  {
    group: "networking.k8s.io",
    version: "v1beta1",
    kind: "IngressClass",
    ...lc2("networking/v1beta1", "1.18", "1.19", "1.22"),
    // APILifecycleReplacement says IngressClassList (the tag is copied from the list type).
    replacement: r("networking.k8s.io/v1", "IngressClass", "1.19")
  },
  ...["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"].map((kind) => ({
    group: "rbac.authorization.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("rbac/v1beta1", "1.6", "1.17", "1.22"),
    replacement: r("rbac.authorization.k8s.io/v1", kind, "1.8")
  })),
  {
    group: "scheduling.k8s.io",
    version: "v1beta1",
    kind: "PriorityClass",
    ...lc2("scheduling/v1beta1", "1.11", "1.14", "1.22"),
    replacement: r("scheduling.k8s.io/v1", "PriorityClass", "1.14")
  },
  ...[
    ["CSIDriver", "1.14", "1.19", "1.19"],
    ["CSINode", "1.14", "1.17", "1.17"],
    ["StorageClass", "1.4", "1.19", "1.6"],
    ["VolumeAttachment", "1.10", "1.19", "1.13"]
  ].map(([kind, introduced, deprecated, since]) => ({
    group: "storage.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("storage/v1beta1", introduced, deprecated, "1.22"),
    replacement: r("storage.k8s.io/v1", kind, since)
  })),
  // v1.25
  {
    group: "batch",
    version: "v1beta1",
    kind: "CronJob",
    ...lc2("batch/v1beta1", "1.8", "1.21", "1.25"),
    replacement: r("batch/v1", "CronJob", "1.21")
  },
  {
    group: "discovery.k8s.io",
    version: "v1beta1",
    kind: "EndpointSlice",
    ...lc2("discovery/v1beta1", "1.16", "1.21", "1.25"),
    replacement: r("discovery.k8s.io/v1", "EndpointSlice", "1.21")
  },
  {
    group: "events.k8s.io",
    version: "v1beta1",
    kind: "Event",
    ...lc2("events/v1beta1", "1.8", "1.22", "1.25"),
    replacement: r("events.k8s.io/v1", "Event", "1.19")
  },
  {
    group: "autoscaling",
    version: "v2beta1",
    kind: "HorizontalPodAutoscaler",
    ...lc2("autoscaling/v2beta1", "1.8", "1.22", "1.25"),
    // APILifecycleReplacement names autoscaling/v2beta2, itself removed in 1.26.
    replacement: r("autoscaling/v2", "HorizontalPodAutoscaler", "1.23")
  },
  {
    group: "policy",
    version: "v1beta1",
    kind: "PodDisruptionBudget",
    ...lc2("policy/v1beta1", "1.5", "1.21", "1.25"),
    replacement: r("policy/v1", "PodDisruptionBudget", "1.21"),
    note: "an empty spec.selector in policy/v1 selects every pod in the namespace"
  },
  {
    group: "policy",
    version: "v1beta1",
    kind: "PodSecurityPolicy",
    ...lc2("policy/v1beta1", "1.10", "1.21", "1.25"),
    note: "no replacement \u2014 use Pod Security Admission (namespace labels pod-security.kubernetes.io/*) or a third-party admission webhook"
  },
  {
    group: "node.k8s.io",
    version: "v1beta1",
    kind: "RuntimeClass",
    ...lc2("node/v1beta1", "1.13", "1.22", "1.25"),
    replacement: r("node.k8s.io/v1", "RuntimeClass", "1.20")
  },
  // v1.26
  ...["FlowSchema", "PriorityLevelConfiguration"].map((kind) => ({
    group: "flowcontrol.apiserver.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("flowcontrol/v1beta1", "1.20", "1.23", "1.26"),
    replacement: r("flowcontrol.apiserver.k8s.io/v1", kind, "1.29")
  })),
  {
    group: "autoscaling",
    version: "v2beta2",
    kind: "HorizontalPodAutoscaler",
    ...lc2("autoscaling/v2beta2", "1.12", "1.23", "1.26"),
    replacement: r("autoscaling/v2", "HorizontalPodAutoscaler", "1.23")
  },
  // v1.27
  {
    group: "storage.k8s.io",
    version: "v1beta1",
    kind: "CSIStorageCapacity",
    ...lc2("storage/v1beta1", "1.21", "1.24", "1.27"),
    replacement: r("storage.k8s.io/v1", "CSIStorageCapacity", "1.24")
  },
  // v1.29
  ...["FlowSchema", "PriorityLevelConfiguration"].map((kind) => ({
    group: "flowcontrol.apiserver.k8s.io",
    version: "v1beta2",
    kind,
    ...lc2("flowcontrol/v1beta2", "1.23", "1.26", "1.29"),
    // APILifecycleReplacement names v1beta3, itself removed in 1.32.
    replacement: r("flowcontrol.apiserver.k8s.io/v1", kind, "1.29"),
    note: "PriorityLevelConfiguration spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares"
  })),
  // v1.32
  ...["FlowSchema", "PriorityLevelConfiguration"].map((kind) => ({
    group: "flowcontrol.apiserver.k8s.io",
    version: "v1beta3",
    kind,
    ...lc2("flowcontrol/v1beta3", "1.26", "1.29", "1.32"),
    replacement: r("flowcontrol.apiserver.k8s.io/v1", kind, "1.29")
  })),
  // v1.33
  {
    group: "authentication.k8s.io",
    version: "v1beta1",
    kind: "SelfSubjectReview",
    // `+k8s:prerelease-lifecycle-gen:introduced=1.27`, no deprecated/removed tags.
    ...tagged("authentication/v1beta1", "1.27"),
    replacement: r("authentication.k8s.io/v1", "SelfSubjectReview", "1.28")
  },
  // v1.34
  ...["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"].map((kind) => ({
    group: "admissionregistration.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("admissionregistration/v1beta1", "1.28", "1.31", "1.34"),
    replacement: r("admissionregistration.k8s.io/v1", kind, "1.30")
  })),
  // v1.37
  ...["IPAddress", "ServiceCIDR"].map((kind) => ({
    group: "networking.k8s.io",
    version: "v1beta1",
    kind,
    // `+k8s:prerelease-lifecycle-gen:introduced=1.31`, no deprecated/removed tags.
    ...tagged("networking/v1beta1", "1.31"),
    replacement: r("networking.k8s.io/v1", kind, "1.33")
  })),
  {
    group: "storage.k8s.io",
    version: "v1beta1",
    kind: "VolumeAttributesClass",
    ...lc2("storage/v1beta1", "1.31", "1.34", "1.37"),
    replacement: r("storage.k8s.io/v1", "VolumeAttributesClass", "1.34")
  },
  // v1.38
  ...["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"].map((kind) => ({
    group: "resource.k8s.io",
    version: "v1beta1",
    kind,
    ...lc2("resource/v1beta1", "1.32", "1.35", "1.38"),
    replacement: r("resource.k8s.io/v1", kind, "1.34")
  })),
  // v1.39
  {
    group: "certificates.k8s.io",
    version: "v1beta1",
    kind: "ClusterTrustBundle",
    ...lc2("certificates/v1beta1", "1.33", "1.36", "1.39"),
    note: "no GA version yet"
  },
  {
    group: "coordination.k8s.io",
    version: "v1beta1",
    kind: "LeaseCandidate",
    ...lc2("coordination/v1beta1", "1.33", "1.36", "1.39"),
    note: "no GA version yet; LeaseCandidates are normally written by the control plane, not shipped in manifests"
  },
  ...["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"].map((kind) => ({
    group: "resource.k8s.io",
    version: "v1beta2",
    kind,
    ...lc2("resource/v1beta2", "1.33", "1.36", "1.39"),
    replacement: r("resource.k8s.io/v1", kind, "1.34")
  })),
  // Deprecated GA APIs, still served, no removal scheduled (no lifecycle data: from the guide).
  {
    group: "",
    version: "v1",
    kind: "Endpoints",
    deprecatedIn: "1.33",
    replacement: r("discovery.k8s.io/v1", "EndpointSlice", "1.21"),
    note: "Endpoints are normally managed by the control plane; do not ship them in manifests"
  },
  {
    group: "",
    version: "v1",
    kind: "ComponentStatus",
    deprecatedIn: "1.19",
    note: "query component health endpoints directly"
  }
];

// src/validation/deprecations/api-versions.ts
var REMOVED_API_RULE = "removed-api";
var DEPRECATED_API_RULE = "deprecated-api";
var NOT_YET_SERVED_RULE = "api-not-yet-served";
var API_RULES = [REMOVED_API_RULE, DEPRECATED_API_RULE, NOT_YET_SERVED_RULE];
function parseMinor(version) {
  return parseKubernetesVersion(version).minor;
}
var index = /* @__PURE__ */ new Map();
for (const entry of API_DEPRECATIONS) index.set(`${entry.group}/${entry.version}/${entry.kind}`, entry);
var introductions = /* @__PURE__ */ new Map();
var introduce = (entry) => {
  const key = `${entry.group}/${entry.version}/${entry.kind}`;
  const known = introductions.get(key);
  if (!known || parseMinor(entry.availableSince) < parseMinor(known.availableSince)) introductions.set(key, entry);
};
API_INTRODUCTIONS.forEach(introduce);
for (const entry of API_DEPRECATIONS) {
  if (entry.introducedIn) {
    const { group: group2, version: version2, kind, introducedIn, lifecycleFile: lifecycleFile2 } = entry;
    introduce({ group: group2, version: version2, kind, availableSince: introducedIn, source: "lifecycle", lifecycleFile: lifecycleFile2 });
  }
  if (!entry.replacement?.availableSince) continue;
  const { group, version } = splitApiVersion(entry.replacement.apiVersion);
  introduce({ group, version, kind: entry.replacement.kind, availableSince: entry.replacement.availableSince });
}
function findIntroduction(apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  return introductions.get(`${group}/${version}/${kind}`);
}
function servedAlternatives(kind, apiVersion, target) {
  const candidates = /* @__PURE__ */ new Set();
  const gv = (group, version) => group ? `${group}/${version}` : version;
  for (const entry of introductions.values()) if (entry.kind === kind) candidates.add(gv(entry.group, entry.version));
  for (const entry of API_DEPRECATIONS) if (entry.kind === kind) candidates.add(gv(entry.group, entry.version));
  candidates.delete(apiVersion);
  const since = (candidate) => {
    const release = findIntroduction(candidate, kind)?.availableSince;
    return release === void 0 ? 0 : parseMinor(release);
  };
  return [...candidates].filter((candidate) => {
    const removed = findDeprecation(candidate, kind)?.removedIn;
    return since(candidate) <= target && (removed === void 0 || parseMinor(removed) > target);
  }).sort((a, b) => since(b) - since(a));
}
function findDeprecation(apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  return index.get(`${group}/${version}/${kind}`);
}
function checkApiVersions(resources, kubernetesVersion, environment, overrides) {
  const target = parseMinor(kubernetesVersion);
  const severities = new Map(
    [
      [REMOVED_API_RULE, "error"],
      [DEPRECATED_API_RULE, "warning"],
      [NOT_YET_SERVED_RULE, "error"]
    ].map(([rule, severity]) => [rule, resolveSeverity(rule, severity, environment, overrides)])
  );
  const findings = [];
  const push = (finding) => {
    const severity = severities.get(finding.rule);
    if (severity !== void 0 && severity !== "off") findings.push({ ...finding, severity });
  };
  for (const resource of resources) {
    const api = `${resource.ref.apiVersion} ${resource.ref.kind}`;
    const introduced = findIntroduction(resource.ref.apiVersion, resource.ref.kind);
    if (introduced && target < parseMinor(introduced.availableSince)) {
      const alternatives = servedAlternatives(resource.ref.kind, resource.ref.apiVersion, target);
      const instead = alternatives.length > 0 ? `use ${alternatives.join(" or ")} (served by ${kubernetesVersion}), or upgrade the cluster` : "upgrade the cluster or do not ship it to this environment";
      push({
        rule: NOT_YET_SERVED_RULE,
        message: `${api} is not served by Kubernetes ${kubernetesVersion} yet: introduced in ${introduced.availableSince}; ${instead}`,
        environment,
        resource: resource.ref,
        path: "/apiVersion"
      });
      continue;
    }
    const entry = findDeprecation(resource.ref.apiVersion, resource.ref.kind);
    if (!entry) continue;
    const migrate = migration(entry);
    if (entry.removedIn !== void 0 && target >= parseMinor(entry.removedIn)) {
      push({
        rule: REMOVED_API_RULE,
        message: `${api} is not served by Kubernetes ${kubernetesVersion}: removed in ${entry.removedIn}; ${migrate}`,
        environment,
        resource: resource.ref,
        path: "/apiVersion"
      });
    } else if (entry.deprecatedIn !== void 0 && target >= parseMinor(entry.deprecatedIn)) {
      const removal = entry.removedIn ? `, removed in ${entry.removedIn}` : "";
      push({
        rule: DEPRECATED_API_RULE,
        message: `${api} is deprecated since ${entry.deprecatedIn}${removal}; ${migrate}`,
        environment,
        resource: resource.ref,
        path: "/apiVersion"
      });
    }
  }
  return findings;
}
function migration(entry) {
  const parts = [];
  if (entry.replacement) {
    const { apiVersion, kind, availableSince } = entry.replacement;
    const target = kind === entry.kind ? apiVersion : `${apiVersion} ${kind}`;
    parts.push(`use ${target}${availableSince ? ` (available since ${availableSince})` : ""}`);
    if (entry.note) parts.push(entry.note);
  } else {
    parts.push(entry.note ?? "no replacement");
  }
  return parts.join("; ");
}

export {
  K8S_API_ROOT,
  lifecycleFile,
  lifecycleTypesFile,
  prereleaseLifecycle,
  API_INTRODUCTIONS,
  API_DEPRECATIONS,
  REMOVED_API_RULE,
  DEPRECATED_API_RULE,
  NOT_YET_SERVED_RULE,
  API_RULES,
  parseMinor,
  findIntroduction,
  findDeprecation,
  checkApiVersions
};
//# sourceMappingURL=chunk-4PPEVRCK.js.map
