import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/manifests/workloads.ts
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  Rollout: ["spec", "template", "spec"],
  ScaledJob: ["spec", "jobTargetRef", "template", "spec"]
};
function podSpecPath(kind) {
  return kind === void 0 ? void 0 : POD_SPEC_PATHS[kind];
}
function podSpecOf(object) {
  if (!object) return void 0;
  const spec = valueAt(object, podSpecPath(object.kind) ?? ["spec", "template", "spec"]);
  return spec !== null && typeof spec === "object" && !Array.isArray(spec) ? spec : void 0;
}
function valueAt(value, segments) {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}

export {
  POD_SPEC_PATHS,
  podSpecOf
};
//# sourceMappingURL=chunk-XAWRQWTT.js.map
