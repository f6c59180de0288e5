import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  formatRef
} from "./chunk-6JA5DT7B.js";

// src/report/group.ts
var NO_RESOURCE_LABEL = "(environment)";
function groupFindings(report) {
  const groups = /* @__PURE__ */ new Map();
  const resourceIndex = /* @__PURE__ */ new Map();
  const groupFor = (name) => {
    let group = groups.get(name);
    if (!group) {
      group = { name, resources: [], errors: 0, warnings: 0 };
      groups.set(name, group);
      resourceIndex.set(name, /* @__PURE__ */ new Map());
    }
    return group;
  };
  for (const summary of report.environments) groupFor(summary.name).summary = summary;
  for (const finding of report.findings) {
    if (finding.environment === void 0 || finding.environment === "") continue;
    addFinding(groupFor(finding.environment), resourceIndex.get(finding.environment), finding);
  }
  const orphans = report.findings.filter((finding) => finding.environment === void 0 || finding.environment === "");
  if (orphans.length > 0) {
    const group = groupFor("");
    for (const finding of orphans) addFinding(group, resourceIndex.get(""), finding);
  }
  return [...groups.values()];
}
function addFinding(group, index, finding) {
  const label = finding.resource ? formatRef(finding.resource) : NO_RESOURCE_LABEL;
  const key = finding.resource ? `${finding.resource.apiVersion} ${label}` : label;
  let resource = index.get(key);
  if (!resource) {
    resource = { label, findings: [] };
    if (finding.resource) resource.resource = finding.resource;
    index.set(key, resource);
    group.resources.push(resource);
  }
  resource.findings.push(finding);
  if (finding.severity === "error") group.errors++;
  else group.warnings++;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function formatDuration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function formatLocation(finding) {
  if (!finding.file) return void 0;
  let location = finding.file;
  if (finding.line !== void 0) {
    location += `:${finding.line}`;
    if (finding.column !== void 0) location += `:${finding.column}`;
  }
  return finding.locationApproximate ? `${location} (approximate)` : location;
}

export {
  groupFindings,
  plural,
  formatDuration,
  formatLocation
};
//# sourceMappingURL=chunk-FLTQMEEW.js.map
