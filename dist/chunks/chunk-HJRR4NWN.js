import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseReportFormat
} from "./chunk-CISVPPMV.js";
import {
  STEP_SUMMARY_LIMIT_BYTES
} from "./chunk-3OFZHWTP.js";
import {
  formatDuration,
  formatLocation,
  groupFindings,
  plural
} from "./chunk-FLTQMEEW.js";
import {
  annotationText,
  cell
} from "./chunk-J2HC3OBI.js";
import {
  nodeCrypto
} from "./chunk-N5PUN5AS.js";
import {
  formatRef
} from "./chunk-6JA5DT7B.js";

// src/report/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatAnnotation(annotation) {
  const { title, file, startLine, startColumn } = annotation.properties;
  const properties = [
    ["title", title],
    ["file", file],
    ["line", startLine],
    ["col", startColumn]
  ].filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${annotation.level}${properties.length > 0 ? ` ${properties.join(",")}` : ""}::${escapeData(annotation.message)}`;
}
function toAnnotation(finding) {
  const properties = {
    title: annotationText(finding.resource ? `${finding.rule}: ${formatRef(finding.resource)}` : finding.rule)
  };
  if (finding.file) {
    properties.file = finding.file;
    if (finding.line !== void 0) properties.startLine = finding.line;
    if (finding.column !== void 0) properties.startColumn = finding.column;
  }
  const context = [
    finding.environment ? `environment ${finding.environment}` : void 0,
    finding.path ? `at ${finding.path}` : void 0
  ].filter((part) => part !== void 0).join(", ");
  const approximate = finding.locationApproximate ? " [line approximate: first line of the resource]" : "";
  return {
    level: finding.severity,
    message: annotationText(`${finding.message}${context ? ` (${context})` : ""}${approximate}`, true),
    properties
  };
}
function planAnnotations(findings, limit = ANNOTATIONS_PER_LEVEL) {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  return {
    annotations: planned(findings, limit).map(toAnnotation),
    omitted: { errors: Math.max(0, errors - limit), warnings: Math.max(0, warnings - limit) }
  };
}
function planned(findings, limit = ANNOTATIONS_PER_LEVEL) {
  const chosen = /* @__PURE__ */ new Set();
  for (const level of ["error", "warning"]) {
    const ofLevel = findings.filter((finding) => finding.severity === level);
    const ranked = [...ofLevel.filter((finding) => finding.file), ...ofLevel.filter((finding) => !finding.file)];
    for (const finding of ranked.slice(0, limit)) chosen.add(finding);
  }
  return findings.filter((finding) => chosen.has(finding));
}
var GithubReporter = class {
  constructor(options = {}) {
    this.options = options;
  }
  format = "github";
  /** The annotations to emit and how many findings of each level did not fit. */
  plan(report) {
    return planAnnotations(report.findings, this.options.annotationLimit);
  }
  /**
   * The workflow commands for the CLI's stdout: one `::error`/`::warning` line per planned
   * annotation; when some did not fit, a `::notice::` saying how many and one plain line per
   * such finding (so the log still has them); then a plain totals line.
   */
  render(report) {
    const plan = this.plan(report);
    const lines = plan.annotations.map(formatAnnotation);
    const notice = omittedNotice(plan);
    if (notice) {
      lines.push(formatAnnotation({ level: "notice", message: notice, properties: {} }));
      const annotated = new Set(planned(report.findings, this.options.annotationLimit));
      for (const finding of report.findings) {
        if (annotated.has(finding)) continue;
        const { message } = toAnnotation(finding);
        const location = formatLocation(finding);
        lines.push(
          `${finding.severity} ${finding.rule}${finding.resource ? ` ${formatRef(finding.resource)}` : ""}: ${message.replace(/\r?\n/g, " ")}${location ? ` [${location}]` : ""}`
        );
      }
    }
    const { summary } = report;
    lines.push(
      `slipway: ${plural(summary.environments, "environment")}, ${plural(summary.resources, "resource")}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")} in ${formatDuration(summary.durationMs)}`
    );
    return `${lines.join("\n")}
`;
  }
  /** The job summary Markdown; see {@link renderJobSummary}. */
  summary(report) {
    return renderJobSummary(report, { ...this.options, plan: this.plan(report) });
  }
};
function omittedNotice(plan) {
  const { errors, warnings } = plan.omitted;
  if (errors + warnings === 0) return void 0;
  return `${plural(errors, "error")} and ${plural(warnings, "warning")} were not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} of each per step); the job summary lists every finding.`;
}
function renderJobSummary(report, options = {}) {
  const limit = options.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES;
  const { summary } = report;
  const status = summary.errors > 0 ? "\u274C" : summary.warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const head = [
    `## ${status} Slipway validate: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`,
    "",
    `${plural(summary.environments, "environment")}, ${plural(summary.resources, "resource")}, ${formatDuration(summary.durationMs)}.`,
    ""
  ];
  const notice = options.plan ? omittedNotice(options.plan) : void 0;
  if (notice) head.push(`> [!NOTE]`, `> ${notice}`, "");
  const groups = groupFindings(report);
  head.push(
    "| Environment | Path | Kubernetes | Resources | Errors | Warnings |",
    "| --- | --- | --- | ---: | ---: | ---: |"
  );
  for (const group of groups) {
    const env = group.summary;
    head.push(
      `| ${cell2(group.name || "(no environment)")} | ${cell2(env?.path ?? "")} | ${cell2(env?.kubernetesVersion ?? "")} | ${env?.resources ?? ""} | ${group.errors} | ${group.warnings} |`
    );
  }
  head.push("");
  const out = [...head];
  let bytes = Buffer.byteLength(out.join("\n"));
  let dropped = 0;
  const push = (line) => {
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > limit - 200) return false;
    out.push(line);
    bytes += size;
    return true;
  };
  for (const group of groups) {
    if (group.resources.length === 0) continue;
    const findings = group.resources.flatMap((resource) => resource.findings);
    if (dropped > 0) {
      dropped += findings.length;
      continue;
    }
    const tableHead = [
      `### ${cell2(group.name || "(no environment)")}: ${plural(group.errors, "error")}, ${plural(group.warnings, "warning")}`,
      "",
      "| Severity | Rule | Resource | Path | Message | Location |",
      "| --- | --- | --- | --- | --- | --- |"
    ];
    if (!tableHead.every(push)) {
      dropped += findings.length;
      continue;
    }
    for (const finding of findings) {
      const row = `| ${finding.severity === "error" ? "\u274C error" : "\u26A0\uFE0F warning"} | ${cell2(finding.rule)} | ${finding.resource ? cell2(formatRef(finding.resource)) : ""} | ${cell2(finding.path ?? "")} | ${cell2(finding.message)} | ${locationCell(finding, options.sourceLink)} |`;
      if (dropped > 0 || !push(row)) dropped++;
    }
    push("");
  }
  if (dropped > 0)
    out.push(
      `_${plural(dropped, "more finding")} not shown: the job summary is limited to 1 MiB. See the step log or the SARIF file._`,
      ""
    );
  return `${out.join("\n")}
`;
}
function locationCell(finding, link) {
  const text = formatLocation(finding);
  if (!text || !finding.file) return "";
  if (!link || finding.file.startsWith("/") || finding.file.includes("..")) return cell2(text);
  const path = finding.file.split("/").map(encodeURIComponent).join("/");
  const anchor = finding.line !== void 0 ? `#L${finding.line}` : "";
  return `[${cell2(text)}](${link.serverUrl}/${link.repository}/blob/${link.sha}/${path}${anchor})`;
}
function cell2(text) {
  return cell(text, { lineBreaks: true });
}

// src/report/json.ts
function toJsonReport(report) {
  const { summary } = report;
  return {
    summary: {
      environments: summary.environments,
      resources: summary.resources,
      errors: summary.errors,
      warnings: summary.warnings,
      durationMs: summary.durationMs
    },
    environments: report.environments.map((env) => ({
      name: env.name,
      path: env.path,
      resources: env.resources,
      renderMs: env.renderMs,
      kubernetesVersion: env.kubernetesVersion,
      ...env.schemaSources ? { schemaSources: env.schemaSources } : {}
    })),
    findings: report.findings.map(toJsonFinding),
    ...report.notes?.length ? { notes: report.notes } : {},
    ...report.shard ? { shard: report.shard } : {}
  };
}
function toJsonFinding(finding) {
  const out = { severity: finding.severity, rule: finding.rule, message: finding.message };
  if (finding.environment !== void 0) out.environment = finding.environment;
  if (finding.resource) {
    const { apiVersion, kind, namespace, name } = finding.resource;
    out.resource = namespace === void 0 ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name };
  }
  if (finding.path !== void 0) out.path = finding.path;
  if (finding.file !== void 0) out.file = finding.file;
  if (finding.line !== void 0) out.line = finding.line;
  if (finding.column !== void 0) out.column = finding.column;
  if (finding.locationApproximate) out.locationApproximate = true;
  return out;
}
var JsonReporter = class {
  format = "json";
  render(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}
`;
  }
};

// src/report/sarif.ts
import { isAbsolute, relative, sep } from "node:path";

// src/report/rules.ts
var DEPRECATION_GUIDE = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/";
var KUBE_LINTER_CHECKS = "https://docs.kubelinter.io/#/generated/checks";
function kubeLinter(id, description, tags = ["kubernetes"]) {
  return { id, description, defaultSeverity: "error", helpUri: `${KUBE_LINTER_CHECKS}?id=${id}`, tags };
}
var BUILTIN_RULE_LIST = [
  {
    id: "render",
    description: "The environment failed to render with kustomize",
    defaultSeverity: "error",
    tags: ["kustomize"]
  },
  {
    id: "parse",
    description: "A rendered or input document is not valid YAML or not a Kubernetes object",
    defaultSeverity: "error"
  },
  {
    id: "schema",
    description: "The resource does not match the schema of its apiVersion and kind",
    defaultSeverity: "error",
    helpUri: "https://kubernetes.io/docs/reference/kubernetes-api/",
    tags: ["kubernetes", "schema"]
  },
  {
    id: "no-schema",
    description: "No schema source has a schema for this apiVersion and kind",
    defaultSeverity: "warning",
    tags: ["schema"]
  },
  {
    id: "schema-source",
    description: "A schema file could not be read or compiled",
    defaultSeverity: "error",
    tags: ["schema"]
  },
  {
    id: "schema-location-unreachable",
    description: "A configured schema location cannot be reached (missing directory, or downloads failing after retries)",
    defaultSeverity: "error",
    tags: ["schema"]
  },
  {
    id: "removed-api",
    description: "The apiVersion and kind are no longer served by the target Kubernetes version",
    defaultSeverity: "error",
    helpUri: DEPRECATION_GUIDE
  },
  {
    id: "api-not-yet-served",
    description: "The apiVersion and kind are newer than the target Kubernetes version",
    defaultSeverity: "error",
    helpUri: DEPRECATION_GUIDE
  },
  {
    id: "deprecated-api",
    description: "The apiVersion and kind are deprecated in the target Kubernetes version",
    defaultSeverity: "warning",
    helpUri: DEPRECATION_GUIDE
  },
  kubeLinter("dangling-service", "A Service selector matches no pod template"),
  kubeLinter("dangling-hpa", "A HorizontalPodAutoscaler scale target does not exist"),
  kubeLinter("non-isolated-pod", "No NetworkPolicy selects the pods", ["kubernetes", "security"]),
  kubeLinter("non-existent-service-account", "The pods use a ServiceAccount that is not rendered"),
  {
    id: "pdb-blocks-eviction",
    description: "A PodDisruptionBudget allows no eviction, so node drains block",
    defaultSeverity: "error"
  },
  {
    id: "missing-config-ref",
    description: "A ConfigMap or Secret (or key) referenced by pods is neither rendered nor produced by an ExternalSecret",
    defaultSeverity: "error"
  },
  {
    id: "externalsecret-store-missing",
    description: "An ExternalSecret references a SecretStore or ClusterSecretStore that is not rendered",
    defaultSeverity: "error"
  },
  {
    id: "istio-host-unknown",
    description: "A VirtualService or DestinationRule host has no Service",
    defaultSeverity: "error"
  },
  {
    id: "servicemonitor-selects-nothing",
    description: "A ServiceMonitor selector matches no Service",
    defaultSeverity: "warning"
  },
  {
    id: "hpa-replicas-conflict",
    description: "A Deployment scaled by an HPA also sets replicas, which Argo CD would keep resetting",
    defaultSeverity: "warning"
  },
  { id: "hpa-min-above-max", description: "An HPA has minReplicas above maxReplicas", defaultSeverity: "error" },
  {
    id: "duplicate-resource-across-apps",
    description: "Two Argo CD Applications render the same resource",
    defaultSeverity: "error"
  },
  {
    id: "argocd-app-path-missing",
    description: "An Argo CD Application source path does not exist in the repository",
    defaultSeverity: "error"
  },
  {
    id: "argocd-destination-not-permitted",
    description: "An Argo CD Application destination is not permitted by its AppProject",
    defaultSeverity: "error"
  }
];
var BUILTIN_RULES = Object.fromEntries(
  BUILTIN_RULE_LIST.map((rule) => [rule.id, rule])
);
function ruleMetadata(id, extra) {
  return extra?.[id] ?? BUILTIN_RULES[id] ?? { id, description: `Slipway rule ${id}` };
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "slipwayFindingHash/v1";
function toSarif(report, options = {}) {
  const severities = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    if (severities.get(finding.rule) !== "error") severities.set(finding.rule, finding.severity);
  }
  const ruleIds = [...severities.keys()].sort();
  const rules = ruleIds.map((id) => {
    const meta = ruleMetadata(id, options.rules);
    const rule = {
      id,
      shortDescription: { text: meta.description },
      defaultConfiguration: { level: meta.defaultSeverity ?? severities.get(id) ?? "error" }
    };
    if (meta.helpUri) rule.helpUri = meta.helpUri;
    if (meta.tags && meta.tags.length > 0) rule.properties = { tags: [...meta.tags] };
    return rule;
  });
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const driver = { name: "slipway", rules };
  if (options.toolVersion) {
    driver.version = options.toolVersion;
    driver.semanticVersion = options.toolVersion;
  }
  if (options.informationUri) driver.informationUri = options.informationUri;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        results: report.findings.map((finding) => toResult(finding, ruleIndex.get(finding.rule), options)),
        // The yaml package reports columns as string offsets, i.e. UTF-16 code units.
        columnKind: "utf16CodeUnits",
        properties: { summary: report.summary, environments: report.environments }
      }
    ]
  };
}
function toResult(finding, index, options) {
  const result = {
    ruleId: finding.rule,
    ruleIndex: index,
    level: finding.severity,
    message: { text: resultMessage(finding) },
    locations: [toLocation(finding, options)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) }
  };
  const properties = {};
  if (finding.environment !== void 0) properties.environment = finding.environment;
  if (finding.resource) properties.resource = finding.resource;
  if (finding.path !== void 0) properties.path = finding.path;
  if (finding.locationApproximate) properties.locationApproximate = true;
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}
function resultMessage(finding) {
  const where = [finding.environment, finding.resource ? formatRef(finding.resource) : void 0, finding.path].filter(
    (part) => part !== void 0 && part !== ""
  );
  return where.length > 0 ? `${finding.message} (${where.join(" ")})` : finding.message;
}
function toLocation(finding, options) {
  if (finding.file) {
    const uri = toArtifactUri(finding.file, options.repoRoot);
    const artifactLocation = uri.startsWith("file://") ? { uri } : { uri, uriBaseId: SARIF_SRCROOT };
    const location = { physicalLocation: { artifactLocation } };
    if (finding.line !== void 0 && finding.line >= 1) {
      location.physicalLocation.region = { startLine: finding.line };
      if (finding.column !== void 0 && finding.column >= 1)
        location.physicalLocation.region.startColumn = finding.column;
    }
    if (finding.locationApproximate)
      location.message = { text: "first line of the resource; the exact line was not found" };
    return location;
  }
  const parts = [finding.environment, finding.resource ? formatRef(finding.resource) : void 0].filter(
    (part) => !!part
  );
  return {
    logicalLocations: [
      {
        ...finding.resource ? { name: finding.resource.name } : {},
        fullyQualifiedName: parts.length > 0 ? parts.join("/") : finding.rule,
        kind: finding.resource ? "resource" : "module"
      }
    ]
  };
}
function toArtifactUri(file, repoRoot) {
  let path = file;
  if (isAbsolute(path) && repoRoot && !relative(repoRoot, path).startsWith("..")) path = relative(repoRoot, path);
  path = path.split(sep).join("/").replace(/\\/g, "/");
  const absolute = path.startsWith("/");
  while (path.startsWith("./")) path = path.slice(2);
  const encoded = path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
  return absolute ? `file://${encoded}` : encoded;
}
function fingerprint(finding) {
  const resource = finding.resource ? `${finding.resource.apiVersion}|${formatRef(finding.resource)}` : "";
  const key = [finding.rule, finding.environment ?? "", resource, finding.path ?? "", finding.message].join("\0");
  return nodeCrypto().createHash("sha256").update(key).digest("hex");
}
var SarifReporter = class {
  constructor(options = {}) {
    this.options = options;
  }
  format = "sarif";
  render(report) {
    return `${JSON.stringify(toSarif(report, this.options), null, 2)}
`;
  }
};

// src/report/text.ts
var ANSI = { red: "\x1B[31m", yellow: "\x1B[33m", bold: "\x1B[1m", dim: "\x1B[2m", reset: "\x1B[0m" };
var SEVERITY_WIDTH = "warning".length;
var TextReporter = class {
  format = "text";
  color;
  constructor(options = {}) {
    this.color = options.color ?? false;
  }
  render(report) {
    const lines = [];
    for (const group of groupFindings(report)) {
      lines.push(...this.environmentBlock(group), "");
    }
    for (const note of report.notes ?? []) lines.push(`note: ${note}`);
    if (report.notes?.length) lines.push("");
    const { summary } = report;
    const totals = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
    lines.push(
      `${plural(summary.environments, "environment")}, ${plural(summary.resources, "resource")}: ${this.paint(totals, summary.errors > 0 ? ANSI.red : summary.warnings > 0 ? ANSI.yellow : "")} in ${formatDuration(summary.durationMs)}`
    );
    return `${lines.join("\n")}
`;
  }
  environmentBlock(group) {
    const lines = [];
    const env = group.summary;
    if (env) {
      const details = [
        `Kubernetes ${env.kubernetesVersion}`,
        plural(env.resources, "resource"),
        `rendered in ${formatDuration(env.renderMs)}`
      ];
      const sources = env.schemaSources ? Object.entries(env.schemaSources) : [];
      if (sources.length > 0)
        details.push(`schemas: ${sources.map(([source, count]) => `${source} ${count}`).join(", ")}`);
      lines.push(`${this.paint(env.name, ANSI.bold)}  ${env.path}  (${details.join(", ")})`);
    } else {
      lines.push(this.paint(group.name === "" ? "(no environment)" : group.name, ANSI.bold));
    }
    if (group.resources.length === 0) {
      lines.push("  no findings");
      return lines;
    }
    const all = group.resources.flatMap((resource) => resource.findings);
    const ruleWidth = Math.max(...all.map((finding) => finding.rule.length));
    for (const resource of group.resources) {
      lines.push(`  ${resource.label}`);
      for (const finding of resource.findings) lines.push(...this.findingLines(finding, ruleWidth));
    }
    const label = group.name === "" ? "no environment" : group.name;
    lines.push(`  ${label}: ${plural(group.errors, "error")}, ${plural(group.warnings, "warning")}`);
    return lines;
  }
  findingLines(finding, ruleWidth) {
    const [first = "", ...rest] = finding.message.split(/\r?\n/);
    const severity = this.paint(
      finding.severity.padEnd(SEVERITY_WIDTH),
      finding.severity === "error" ? ANSI.red : ANSI.yellow
    );
    const columns = [severity, finding.rule.padEnd(ruleWidth)];
    if (finding.path) columns.push(finding.path);
    columns.push(first);
    const location = formatLocation(finding);
    if (location) columns.push(this.paint(location, ANSI.dim));
    const indent = " ".repeat(4 + SEVERITY_WIDTH + 2);
    return [
      `    ${columns.join("  ")}`.trimEnd(),
      ...rest.filter((line) => line.trim() !== "").map((line) => `${indent}${line}`)
    ];
  }
  paint(text, code) {
    return this.color && code ? `${code}${text}${ANSI.reset}` : text;
  }
};
function shouldUseColor(stream, env = process.env) {
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}

// src/report/reporter.ts
function createReporter(format, options = {}) {
  switch (parseReportFormat(format)) {
    case "text":
      return new TextReporter(options);
    case "json":
      return new JsonReporter();
    case "sarif":
      return new SarifReporter(options);
    case "github":
      return new GithubReporter(options);
  }
}

export {
  ANNOTATIONS_PER_LEVEL,
  escapeData,
  escapeProperty,
  formatAnnotation,
  toAnnotation,
  planAnnotations,
  GithubReporter,
  omittedNotice,
  renderJobSummary,
  toJsonReport,
  JsonReporter,
  BUILTIN_RULES,
  ruleMetadata,
  SARIF_SCHEMA_URI,
  SARIF_SRCROOT,
  FINGERPRINT_KEY,
  toSarif,
  toArtifactUri,
  SarifReporter,
  TextReporter,
  shouldUseColor,
  createReporter
};
//# sourceMappingURL=chunk-HJRR4NWN.js.map
