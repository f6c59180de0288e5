import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  POD_SPEC_PATHS
} from "./chunk-XAWRQWTT.js";

// src/validation/checks/workloads.ts
var WORKLOAD_KINDS = [
  "Pod",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Rollout"
];
var POD_SPEC_POINTERS = Object.fromEntries(
  WORKLOAD_KINDS.map((kind) => [kind, POD_SPEC_PATHS[kind]])
);
function podTemplateOf(resource) {
  const segments = POD_SPEC_POINTERS[resource.ref.kind];
  if (!segments) return void 0;
  const spec = at(resource.object, segments);
  if (!isRecord(spec)) return void 0;
  const metadata = resource.ref.kind === "Pod" ? resource.object.metadata : at(resource.object, [...segments.slice(0, -1), "metadata"]);
  const labels = isRecord(metadata) && isRecord(metadata.labels) ? metadata.labels : {};
  return { resource, spec, pointer: `/${segments.join("/")}`, labels };
}
function containersOf(template) {
  const result = [];
  for (const list of ["containers", "initContainers", "ephemeralContainers"]) {
    const items = template.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container, i) => {
      if (isRecord(container))
        result.push({ container, name: String(container.name ?? i), pointer: `${template.pointer}/${list}/${i}`, list });
    });
  }
  return result;
}
function at(value, segments) {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function labelsOf(object) {
  const labels = object.metadata?.labels;
  return isRecord(labels) ? labels : {};
}

// src/validation/checks/label-selector.ts
function matchesLabelSelector(selector, labels) {
  if (!isRecord(selector)) return false;
  const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
  for (const [key, value] of Object.entries(matchLabels)) if (labels[key] !== String(value)) return false;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const expression of expressions) {
    if (!isRecord(expression)) return false;
    const key = String(expression.key);
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (expression.operator) {
      case "In":
        if (!has || !values.includes(labels[key])) return false;
        break;
      case "NotIn":
        if (has && values.includes(labels[key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
function matchesSelectorMap(selector, labels) {
  if (!isRecord(selector)) return false;
  const entries = Object.entries(selector);
  if (entries.length === 0) return false;
  return entries.every(([key, value]) => labels[key] === String(value));
}

// src/validation/checks/autoscalers.ts
function autoscalerOf(resource) {
  const { kind, apiVersion } = resource.ref;
  const spec = isRecord(resource.object.spec) ? resource.object.spec : {};
  const target = spec.scaleTargetRef;
  if (!isRecord(target) || typeof target.name !== "string") return void 0;
  if (kind === "HorizontalPodAutoscaler" && apiVersion.startsWith("autoscaling/")) {
    return {
      resource,
      kind,
      minReplicas: typeof spec.minReplicas === "number" ? spec.minReplicas : 1,
      target: { kind: String(target.kind), name: target.name }
    };
  }
  if (kind === "ScaledObject" && apiVersion.startsWith("keda.sh/")) {
    return {
      resource,
      kind,
      minReplicas: typeof spec.minReplicaCount === "number" ? spec.minReplicaCount : 0,
      target: {
        kind: typeof target.kind === "string" && target.kind !== "" ? target.kind : "Deployment",
        name: target.name
      }
    };
  }
  return void 0;
}
function autoscalersByTarget(resources, namespaceOf = (resource) => resource.ref.namespace ?? "") {
  const map = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const autoscaler = autoscalerOf(resource);
    if (!autoscaler) continue;
    const key = `${namespaceOf(resource)}|${autoscaler.target.kind}|${autoscaler.target.name}`;
    if (!map.has(key)) map.set(key, autoscaler);
  }
  return map;
}
function describeMinimum(autoscaler) {
  const field = autoscaler.kind === "ScaledObject" ? "minReplicaCount" : "minReplicas";
  return `${autoscaler.kind} ${autoscaler.resource.ref.name} ${field} ${autoscaler.minReplicas}`;
}

export {
  WORKLOAD_KINDS,
  podTemplateOf,
  containersOf,
  isRecord,
  labelsOf,
  autoscalerOf,
  autoscalersByTarget,
  describeMinimum,
  matchesLabelSelector,
  matchesSelectorMap
};
//# sourceMappingURL=chunk-3EJGTAB6.js.map
