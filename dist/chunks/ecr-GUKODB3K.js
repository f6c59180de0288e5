import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  DEFAULT_LIFECYCLE_POLICY,
  DEFAULT_ROLLBACK_RELEASES,
  describePublished,
  publishImages,
  readSourceInfo,
  registryHost,
  replicationRegions,
  requireEcrConfig,
  require_semver
} from "./chunk-TQLLVMQE.js";
import {
  createEcrApi,
  loadRepositoryImages,
  parseIsoTime,
  readJsonFile
} from "./chunk-AIUIBUBN.js";
import "./chunk-DC5RP2FM.js";
import {
  compileLazily
} from "./chunk-OY5CVGVG.js";
import {
  findRepoRoot
} from "./chunk-TJ7Q3D6Q.js";
import {
  isShallow,
  listTags
} from "./chunk-S2CQAO26.js";
import {
  podSpecOf
} from "./chunk-XAWRQWTT.js";
import {
  loadConfig,
  renderEnvironments
} from "./chunk-HI2CB3BG.js";
import {
  action,
  collect
} from "./chunk-LR7QPOOY.js";
import "./chunk-WVJIADMF.js";
import "./chunk-LDDIOIKT.js";
import {
  withWorktree
} from "./chunk-4WFFHY5W.js";
import {
  AWS_ENV,
  CONTAINER_ENV,
  execFile,
  tryExecFile
} from "./chunk-I5JGUYUF.js";
import "./chunk-VI375W5W.js";
import "./chunk-YGF2LCPS.js";
import "./chunk-ILDUC7BX.js";
import {
  parseImageReference
} from "./chunk-36EPN6MW.js";
import "./chunk-PEXW4HFU.js";
import "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-HF7QP6AL.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import {
  formatRef
} from "./chunk-6JA5DT7B.js";
import {
  ConfigError,
  ExecError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/cli/ecr.ts
import { readFile as readFile3, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/ecr/lifecycle-simulate.ts
var DAY_MS = 864e5;
function simulateLifecycle(policy, images, options = {}) {
  const now = options.now ?? Date.now();
  const rules = [...policy.rules].sort((a, b) => a.rulePriority - b.rulePriority);
  const order = images.map((_, i) => i);
  order.sort(
    (a, b) => images[b].imagePushedAt - images[a].imagePushedAt || compare(images[a].imageDigest, images[b].imageDigest)
  );
  const referencedByList = /* @__PURE__ */ new Set();
  for (const image of images) for (const digest of image.manifestDigests ?? []) referencedByList.add(digest);
  const n = images.length;
  const firstMatch = new Int32Array(n).fill(-1);
  const decided = new Uint8Array(n);
  const acted = [];
  const blocked = [];
  rules.forEach((rule, ruleIndex) => {
    const selects = selector(rule);
    const { countType, countNumber } = rule.selection;
    let rank = 0;
    for (const i of order) {
      const image = images[i];
      if (!selects(image)) continue;
      rank++;
      if (firstMatch[i] === -1) firstMatch[i] = ruleIndex;
      if (decided[i] !== 0 || firstMatch[i] !== ruleIndex) continue;
      let due;
      switch (countType) {
        case "imageCountMoreThan":
          due = rank > countNumber;
          break;
        case "sinceImagePushed":
          due = now - image.imagePushedAt > countNumber * DAY_MS;
          break;
        case "sinceImagePulled":
          due = now - (image.lastRecordedPullTime ?? image.imagePushedAt) > countNumber * DAY_MS;
          break;
        case "sinceImageTransitioned":
          due = image.lastArchivedAt !== void 0 && now - image.lastArchivedAt > countNumber * DAY_MS;
          break;
      }
      if (!due) continue;
      if (rule.action.type === "expire" && referencedByList.has(image.imageDigest)) continue;
      const keeper = options.inUse?.find(
        image.imageDigest,
        image.imageTags,
        image.repositoryName ?? options.repositoryName
      );
      if (keeper) {
        decided[i] = 2;
        blocked.push({
          index: i,
          rule,
          reason: `in use: ${keeper.reference}${keeper.source ? ` (${keeper.source})` : ""}`
        });
      } else {
        decided[i] = 1;
        acted.push({ index: i, rule });
      }
    }
  });
  const byAge = (a, b) => images[a.index].imagePushedAt - images[b.index].imagePushedAt || compare(images[a.index].imageDigest, images[b.index].imageDigest);
  acted.sort(byAge);
  blocked.sort(byAge);
  const previewResults = acted.map(({ index, rule }) => {
    const image = images[index];
    return {
      imageDigest: image.imageDigest,
      imageTags: [...image.imageTags],
      imagePushedAt: new Date(image.imagePushedAt).toISOString(),
      action: rule.action.type === "transition" ? { type: "TRANSITION", targetStorageClass: "ARCHIVE" } : { type: "EXPIRE" },
      appliedRulePriority: rule.rulePriority
    };
  });
  const expiring = previewResults.filter((result) => result.action.type === "EXPIRE").length;
  const summary = { expiringImageTotalCount: expiring };
  if (rules.some((rule) => rule.action.type === "transition")) {
    summary.transitioningImageTotalCounts = [
      { targetStorageClass: "ARCHIVE", imageTotalCount: previewResults.length - expiring }
    ];
  }
  return {
    previewResults,
    summary,
    blocked: blocked.map(({ index, rule, reason }) => ({
      imageDigest: images[index].imageDigest,
      imageTags: [...images[index].imageTags],
      appliedRulePriority: rule.rulePriority,
      reason
    }))
  };
}
function selector(rule) {
  const wantArchive = rule.selection.storageClass === "archive";
  const inClass = (image) => image.imageStatus === "ARCHIVED" === wantArchive;
  switch (rule.selection.tagStatus) {
    case "any":
      return inClass;
    case "untagged":
      return (image) => image.imageTags.length === 0 && inClass(image);
    case "tagged": {
      const matchers = rule.selection.tagPrefixList ? rule.selection.tagPrefixList.map((prefix) => (tag) => tag.startsWith(prefix)) : (rule.selection.tagPatternList ?? []).map(patternMatcher);
      return (image) => image.imageTags.length > 0 && inClass(image) && matchers.every((matches) => image.imageTags.some(matches));
    }
  }
}
function patternMatcher(pattern) {
  if (!pattern.includes("*")) return (tag) => tag === pattern;
  const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  const regex = new RegExp(`^${source}$`, "s");
  return (tag) => regex.test(tag);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/ecr/ensure.ts
async function ensureRepositories(api, options) {
  const { config } = options;
  const report = { changes: [], problems: [], overrides: [], dryRun: options.dryRun ?? false };
  const write = async (change, call) => {
    if (!report.dryRun) await call();
    report.changes.push(change);
  };
  const encryption = config.encryption ?? { type: "AES256" };
  for (const [service, settings] of Object.entries(config.services)) {
    const name = settings.repository;
    let repository = await api.describeRepository(name);
    let isNew = false;
    if (!repository) {
      const change = {
        target: name,
        action: "create-repository",
        detail: `service ${service}: IMMUTABLE tags, scan on push, ${encryption.type} encryption`
      };
      if (report.dryRun) {
        isNew = true;
        report.changes.push(change);
      } else {
        const result = await api.createRepository({ repositoryName: name, encryption });
        isNew = result.created;
        if (isNew) report.changes.push(change);
        repository = result.repository;
      }
    }
    if (repository && !isNew) {
      reconcileEncryption(repository, encryption, report);
      if (repository.imageTagMutability !== "IMMUTABLE") {
        await write(
          {
            target: name,
            action: "set-tag-mutability",
            detail: `${repository.imageTagMutability ?? "unset"} \u2192 IMMUTABLE`
          },
          () => api.setTagMutability(name, "IMMUTABLE")
        );
      }
      if (repository.imageScanningConfiguration?.scanOnPush !== true) {
        await write(
          { target: name, action: "enable-scan-on-push", detail: "scanOnPush false \u2192 true" },
          () => api.setScanOnPush(name, true)
        );
      }
    }
    const desired = options.policies[service];
    if (!desired) continue;
    const current = isNew ? void 0 : await api.getLifecyclePolicy(name);
    const unchanged = current !== void 0 && samePolicy(current, desired.text);
    if (options.inUse && !isNew) {
      const images = await api.listImages(name);
      const danger = guardLifecycle(desired.policy, images, options.inUse, name, options.now ?? Date.now());
      if (danger) {
        const when = danger.inDays === 0 ? "now" : `within ${danger.inDays} days, if no newer release ships`;
        if (!options.allowExpiringInUse || !options.reason?.trim()) {
          report.problems.push({
            target: name,
            kind: "in-use-guard",
            message: `${unchanged ? "the current lifecycle policy" : `refusing to put ${desired.file}: it`} would expire ${danger.blocked.length} image(s) in use ${when} (${danger.blocked.slice(0, 3).map((b) => b.imageTags[0] ?? b.imageDigest).join(
              ", "
            )}${danger.blocked.length > 3 ? ", \u2026" : ""}); protect them with a higher-priority rule${unchanged ? "" : ', or override with --allow-expiring-in-use --reason "\u2026"'}`,
            blocked: danger.blocked
          });
          continue;
        }
        report.overrides.push({ target: name, reason: options.reason.trim(), blocked: danger.blocked });
      }
    }
    if (unchanged) continue;
    await write(
      {
        target: name,
        action: "put-lifecycle-policy",
        detail: `${desired.file} (${desired.policy.rules.length} rules)${current === void 0 ? "" : ", replacing a different policy"}`
      },
      () => api.putLifecyclePolicy(name, desired.text)
    );
  }
  await ensureReplication(api, config, report, write);
  return report;
}
function reconcileEncryption(repository, encryption, report) {
  const actual = repository.encryptionConfiguration;
  const actualType = actual?.encryptionType ?? "AES256";
  const name = repository.repositoryName ?? "?";
  const wantType = encryption.type;
  const typeMatches = actualType === wantType || wantType === "KMS" && actualType === "KMS_DSSE";
  if (!typeMatches) {
    report.problems.push({
      target: name,
      kind: "encryption-drift",
      message: `encryption is ${actualType}, config wants ${wantType}; encryption cannot be changed in place \u2014 recreate the repository to change it`
    });
    return;
  }
  if (wantType === "KMS" && encryption.kmsKey && actual?.kmsKey && !kmsKeyMatches(encryption.kmsKey, actual.kmsKey)) {
    report.problems.push({
      target: name,
      kind: "encryption-drift",
      message: `KMS key is ${actual.kmsKey}, config wants ${encryption.kmsKey}; encryption cannot be changed in place`
    });
  }
}
function kmsKeyMatches(configured, actualArn) {
  if (configured.startsWith("alias/") || configured.includes(":alias/")) return true;
  if (configured.startsWith("arn:")) return configured === actualArn;
  return actualArn.endsWith(`key/${configured}`);
}
var DAY_MS2 = 24 * 60 * 60 * 1e3;
function guardLifecycle(policy, images, inUse, repositoryName, now) {
  const longest = Math.max(
    0,
    ...policy.rules.filter((rule) => rule.selection.countType !== "imageCountMoreThan").map((rule) => rule.selection.countNumber)
  );
  for (const inDays of longest > 0 ? [0, longest + 1] : [0]) {
    const preview = simulateLifecycle(policy, images, { inUse, repositoryName, now: now + inDays * DAY_MS2 });
    if (preview.blocked.length > 0) return { blocked: preview.blocked, inDays };
  }
  return void 0;
}
function samePolicy(a, b) {
  try {
    return canonical(JSON.parse(a)) === canonical(JSON.parse(b));
  } catch {
    return a === b;
  }
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
async function ensureReplication(api, config, report, write) {
  const regions = replicationRegions(config);
  if (regions.length === 0) return;
  const { registryId: describedId, replication } = await api.describeRegistry();
  const registryId = config.registryId ?? describedId;
  if (!registryId) return;
  const rules = replication.rules ?? [];
  const repositories = Object.values(config.services).map((service) => service.repository);
  const missingRegions = /* @__PURE__ */ new Set();
  const missingRepositories = /* @__PURE__ */ new Set();
  for (const region of regions) {
    for (const repository of repositories) {
      const covered = rules.some(
        (rule) => (rule.destinations ?? []).some((d) => d.region === region && d.registryId === registryId) && (!rule.repositoryFilters?.length || rule.repositoryFilters.some(
          (f) => f.filterType === "PREFIX_MATCH" && f.filter !== void 0 && repository.startsWith(f.filter)
        ))
      );
      if (!covered) {
        missingRegions.add(region);
        missingRepositories.add(repository);
      }
    }
  }
  if (missingRegions.size === 0) return;
  const added = {
    destinations: [...missingRegions].map((region) => ({ region, registryId })),
    repositoryFilters: [...missingRepositories].map((filter) => ({ filter, filterType: "PREFIX_MATCH" }))
  };
  await write(
    {
      target: "(registry)",
      action: "put-replication",
      detail: `replicate ${[...missingRepositories].join(", ")} to ${[...missingRegions].join(", ")} (keeping ${rules.length} existing rule(s))`
    },
    () => api.putReplication({ rules: [...rules, added] })
  );
}
function formatEnsureReport(report) {
  const lines = [];
  const verb = report.dryRun ? "would " : "";
  for (const change of report.changes) lines.push(`${change.target}: ${verb}${change.action} \u2014 ${change.detail}`);
  for (const override of report.overrides)
    lines.push(
      `${override.target}: put a policy expiring ${override.blocked.length} in-use image(s); reason: ${override.reason}`
    );
  for (const problem of report.problems)
    lines.push(`${problem.target}: ${problem.kind === "encryption-drift" ? "warning" : "error"}: ${problem.message}`);
  if (report.changes.length === 0)
    lines.push(
      report.dryRun ? "ecr ensure: nothing to change" : "ecr ensure: no changes; everything already matches the config"
    );
  return `${lines.join("\n")}
`;
}

// src/ecr/in-use-index.ts
var InUseIndex = class {
  byDigest = /* @__PURE__ */ new Map();
  byRepoTag = /* @__PURE__ */ new Map();
  byTag = /* @__PURE__ */ new Map();
  /** References that could not be parsed; reported, never silently dropped. */
  invalid = [];
  constructor(images) {
    for (const image of images) {
      const reference = parseImageReference(image.reference);
      if (!reference) {
        this.invalid.push(image.reference);
        continue;
      }
      if (reference.digest) setFirst(this.byDigest, reference.digest.toLowerCase(), image);
      if (reference.tag && reference.repository) {
        setFirst(this.byRepoTag, `${reference.repository}:${reference.tag}`, image);
        setFirst(this.byTag, reference.tag, image);
      } else if (!reference.digest && reference.repository) {
        setFirst(this.byRepoTag, `${reference.repository}:latest`, image);
        setFirst(this.byTag, "latest", image);
      }
    }
  }
  /** Number of valid references indexed. */
  get size() {
    return this.byDigest.size + this.byRepoTag.size;
  }
  /**
   * The in-use reference that keeps this image, if any.
   *
   * @param repositoryName the image's ECR repository name (`team/payments`), when known.
   */
  find(imageDigest, imageTags, repositoryName) {
    const byDigest = this.byDigest.get(imageDigest.toLowerCase());
    if (byDigest) return byDigest;
    for (const tag of imageTags) {
      const match = repositoryName !== void 0 ? this.byRepoTag.get(`${repositoryName}:${tag}`) : this.byTag.get(tag);
      if (match) return match;
    }
    return void 0;
  }
};
function setFirst(map, key, value) {
  if (!map.has(key)) map.set(key, value);
}

// src/ecr/in-use.ts
var import_semver = __toESM(require_semver(), 1);
var WORKFLOW_KINDS = /* @__PURE__ */ new Set(["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"]);
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
var MAX_WALK_DEPTH = 32;
var InUseError = class extends Error {
  name = "InUseError";
};
function extractImageReferences(resources, label) {
  const found = [];
  for (const resource of resources) {
    const at = formatRef(resource.ref);
    const add = (where, container) => {
      if (!isRecord(container) || typeof container.image !== "string" || container.image.trim() === "") return;
      const text = `${at} ${where}`;
      found.push({ reference: container.image.trim(), source: label ? `${label}: ${text}` : text });
    };
    const named = (list, container) => `${list}[${isRecord(container) && typeof container.name === "string" ? container.name : "?"}]`;
    const seen = /* @__PURE__ */ new Set();
    const readLists = (holder, prefix, lists = CONTAINER_LISTS) => {
      seen.add(holder);
      for (const list of lists) {
        const containers = holder[list];
        if (Array.isArray(containers))
          for (const container of containers) add(`${prefix}${named(list, container)}`, container);
      }
    };
    const podSpec = podSpecOf(resource.object);
    if (podSpec) readLists(podSpec, "");
    for (const { template, where } of workflowTemplatesOf(resource.object)) {
      if (isRecord(template.container)) add(`${where}.container`, template.container);
      if (isRecord(template.script)) add(`${where}.script`, template.script);
      readLists(template, `${where}.`, ["initContainers", "sidecars"]);
      if (isRecord(template.containerSet)) readLists(template.containerSet, `${where}.containerSet.`, ["containers"]);
    }
    walk(resource.object, "", 0, /* @__PURE__ */ new Set(), (holder, path) => {
      if (!seen.has(holder)) readLists(holder, path ? `${path}.` : "");
    });
  }
  return found;
}
function walk(value, path, depth, visited, visit) {
  if (depth > MAX_WALK_DEPTH || typeof value !== "object" || value === null || visited.has(value)) return;
  visited.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, visited, visit));
    return;
  }
  const record = value;
  if (Array.isArray(record.containers) && record.containers.some((c) => isRecord(c) && typeof c.image === "string"))
    visit(record, path);
  for (const [key, child] of Object.entries(record))
    walk(child, path ? `${path}.${key}` : key, depth + 1, visited, visit);
}
function workflowTemplatesOf(object) {
  if (typeof object.kind !== "string" || !WORKFLOW_KINDS.has(object.kind) || !isRecord(object.spec)) return [];
  const spec = object.kind === "CronWorkflow" ? object.spec.workflowSpec : object.spec;
  if (!isRecord(spec) || !Array.isArray(spec.templates)) return [];
  return spec.templates.filter(isRecord).map((template, i) => ({ template, where: `templates[${typeof template.name === "string" ? template.name : i}]` }));
}
async function collectInUseImages(options) {
  const render = options.render ?? ((repoRoot, config) => renderEnvironments({ repoRoot, config, kustomizeCommand: options.kustomizeCommand }));
  const images = [];
  const revisions = ["HEAD"];
  images.push(...fromResults(await render(options.repoRoot, options.config), "HEAD"));
  const wanted = options.releases ?? 3;
  const warnings = [];
  const tags = await releaseTags(options.repoRoot, wanted);
  if (tags.length === 0) {
    if (wanted > 0) warnings.push(await noReleasesWarning(options.repoRoot, wanted));
    return { images, revisions, warnings };
  }
  for (const tag of tags) {
    await withWorktree(options.repoRoot, `refs/tags/${tag}`, `release-${tag}`, async (tree) => {
      const config = await loadConfig(tree.dir).catch(() => options.config);
      images.push(...fromResults(await render(tree.dir, config), tag));
      revisions.push(tag);
    });
  }
  return { images, revisions, warnings };
}
async function noReleasesWarning(repoRoot, wanted) {
  const why = await isShallow(repoRoot) ? " (this is a shallow clone: fetch with tags and full history, e.g. actions/checkout fetch-depth: 0)" : "";
  return `rollback releases could not be found: no release tag vX.Y.Z before HEAD${why}; only HEAD's images are protected, not those of the ${wanted} previous release(s)`;
}
async function releaseTags(repoRoot, count) {
  if (count <= 0) return [];
  const merged = await listTags(repoRoot, { pattern: "v*", mergedInto: "HEAD" });
  const atHead = new Set(await listTags(repoRoot, { pattern: "v*", pointsAt: "HEAD" }));
  return merged.filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag) && import_semver.default.valid(tag) !== null && !atHead.has(tag)).sort((a, b) => import_semver.default.rcompare(a, b)).slice(0, count);
}
function fromResults(results, revision) {
  const failed = results.filter(
    (result) => result.findings.some(
      (finding) => finding.severity === "error" && (finding.rule === "render" || finding.rule === "parse")
    )
  );
  if (failed.length > 0) {
    const detail = failed.map(
      (result) => `${result.environment.name}: ${result.findings.find((f) => f.severity === "error")?.message ?? "failed"}`
    ).join("; ");
    throw new InUseError(`cannot tell which images are in use: rendering failed at ${revision} (${detail})`);
  }
  return results.flatMap(
    (result) => extractImageReferences(
      result.resources,
      revision === "HEAD" ? result.environment.name : `${result.environment.name}@${revision}`
    )
  );
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/ecr/lifecycle-policy.ts
import { readFile } from "node:fs/promises";
var POLICY_TEXT_MIN = 100;
var POLICY_TEXT_MAX = 30720;
var MAX_RULES = 50;
var MAX_WILDCARDS = 4;
var MAX_COUNT_NUMBER = 2147483647;
var LIFECYCLE_POLICY_SCHEMA = {
  $id: "https://slipway.dev/schemas/ecr-lifecycle-policy.json",
  type: "object",
  required: ["rules"],
  additionalProperties: false,
  properties: {
    rules: {
      type: "array",
      minItems: 1,
      maxItems: MAX_RULES,
      items: {
        type: "object",
        required: ["rulePriority", "selection", "action"],
        additionalProperties: false,
        properties: {
          rulePriority: { type: "integer", minimum: 1, errorMessage: "must be a positive integer" },
          description: { type: "string" },
          selection: {
            type: "object",
            required: ["tagStatus", "countType", "countNumber"],
            additionalProperties: false,
            properties: {
              tagStatus: { enum: ["tagged", "untagged", "any"], errorMessage: "must be one of tagged, untagged, any" },
              tagPrefixList: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
              tagPatternList: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
              storageClass: { enum: ["standard", "archive"], errorMessage: "must be standard or archive" },
              countType: {
                enum: ["imageCountMoreThan", "sinceImagePushed", "sinceImagePulled", "sinceImageTransitioned"],
                errorMessage: "must be one of imageCountMoreThan, sinceImagePushed, sinceImagePulled, sinceImageTransitioned"
              },
              countUnit: { const: "days", errorMessage: 'must be "days"' },
              countNumber: {
                type: "integer",
                minimum: 1,
                maximum: MAX_COUNT_NUMBER,
                errorMessage: `must be a positive integer of at most ${MAX_COUNT_NUMBER}`
              }
            }
          },
          action: {
            type: "object",
            required: ["type"],
            additionalProperties: false,
            properties: {
              type: { enum: ["expire", "transition"], errorMessage: "must be expire or transition" },
              targetStorageClass: { const: "archive", errorMessage: 'must be "archive"' }
            }
          }
        }
      }
    }
  }
};
var schemaValidator = compileLazily(LIFECYCLE_POLICY_SCHEMA);
function validateLifecyclePolicy(text) {
  const problems = [];
  if (text.length < POLICY_TEXT_MIN || text.length > POLICY_TEXT_MAX) {
    problems.push({
      field: "(policy text)",
      message: `is ${text.length} characters; ECR accepts ${POLICY_TEXT_MIN}\u2013${POLICY_TEXT_MAX}`
    });
  }
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    problems.push({ field: "(policy text)", message: `is not valid JSON: ${errorMessage(error)}` });
    return problems;
  }
  const rules = isRecord2(document) && Array.isArray(document.rules) ? document.rules : [];
  if (!schemaValidator(document)) {
    for (const error of schemaValidator.errors ?? []) problems.push(problemFromSchemaError(error, rules));
  }
  problems.push(...crossFieldProblems(rules));
  return dedupe(problems).sort((a, b) => (a.ruleIndex ?? -1) - (b.ruleIndex ?? -1));
}
function formatPolicyProblem(problem) {
  let where = "";
  if (problem.ruleIndex !== void 0) {
    where = problem.rulePriority !== void 0 ? `rule rulePriority=${problem.rulePriority} (rules[${problem.ruleIndex}]) ` : `rules[${problem.ruleIndex}] `;
  }
  return `${where}${problem.field}: ${problem.message}`;
}
function parseLifecyclePolicy(text, file) {
  const problems = validateLifecyclePolicy(text);
  if (problems.length > 0) {
    throw new ConfigError(
      `invalid ECR lifecycle policy:
${problems.map((problem) => `  - ${formatPolicyProblem(problem)}`).join("\n")}`,
      file
    );
  }
  return JSON.parse(text);
}
async function loadLifecyclePolicy(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read lifecycle policy: ${errorMessage(error)}`, file);
  }
  return { policy: parseLifecyclePolicy(text, file), text };
}
function problemFromSchemaError(error, rules) {
  let path = error.instancePath.split("/").slice(1);
  let message = error.message ?? "is invalid";
  if (error.keyword === "required") {
    path = [...path, String(error.params.missingProperty)];
    message = "is required";
  } else if (error.keyword === "additionalProperties") {
    path = [...path, String(error.params.additionalProperty)];
    message = "is not a lifecycle policy field";
  }
  if (path[0] === "rules" && path.length >= 2 && /^\d+$/.test(path[1] ?? "")) {
    const ruleIndex = Number(path[1]);
    return withRule({ ruleIndex, field: path.slice(2).join(".") || "(rule)", message }, rules);
  }
  return { field: path.join(".") || "(document)", message };
}
function withRule(problem, rules) {
  const rule = problem.ruleIndex !== void 0 ? rules[problem.ruleIndex] : void 0;
  if (isRecord2(rule) && typeof rule.rulePriority === "number") return { ...problem, rulePriority: rule.rulePriority };
  return problem;
}
function crossFieldProblems(rules) {
  const problems = [];
  const add = (ruleIndex, field, message) => problems.push(withRule({ ruleIndex, field, message }, rules));
  const priorities = /* @__PURE__ */ new Map();
  let firstUntagged;
  const tagSets = /* @__PURE__ */ new Map();
  let highest = -Infinity;
  for (const rule of rules)
    if (isRecord2(rule) && typeof rule.rulePriority === "number") highest = Math.max(highest, rule.rulePriority);
  rules.forEach((rule, index) => {
    if (!isRecord2(rule)) return;
    const priority = rule.rulePriority;
    if (typeof priority === "number") {
      const first = priorities.get(priority);
      if (first !== void 0)
        add(index, "rulePriority", `duplicates rules[${first}]; every rulePriority must be unique`);
      else priorities.set(priority, index);
    }
    const selection = isRecord2(rule.selection) ? rule.selection : void 0;
    const action2 = isRecord2(rule.action) ? rule.action : void 0;
    if (!selection) return;
    const hasPrefix = selection.tagPrefixList !== void 0;
    const hasPattern = selection.tagPatternList !== void 0;
    switch (selection.tagStatus) {
      case "tagged":
        if (hasPrefix && hasPattern)
          add(index, "selection", "tagged rules take tagPrefixList or tagPatternList, not both");
        if (!hasPrefix && !hasPattern) add(index, "selection", "tagged rules need tagPrefixList or tagPatternList");
        break;
      case "untagged":
      case "any":
        if (selection.tagStatus === "untagged") {
          if (firstUntagged !== void 0)
            add(
              index,
              "selection.tagStatus",
              `"untagged" is already selected by ${describeRule(rules, firstUntagged)}; only one rule may select untagged images`
            );
          else firstUntagged = index;
        }
        if (hasPrefix)
          add(index, "selection.tagPrefixList", `is only allowed with tagStatus "tagged", not "${selection.tagStatus}"`);
        if (hasPattern)
          add(
            index,
            "selection.tagPatternList",
            `is only allowed with tagStatus "tagged", not "${selection.tagStatus}"`
          );
        break;
    }
    if (selection.tagStatus === "tagged") {
      for (const field of ["tagPrefixList", "tagPatternList"]) {
        const list = selection[field];
        if (!Array.isArray(list) || list.length === 0 || !list.every((entry) => typeof entry === "string")) continue;
        const key = `${field}:${JSON.stringify([...new Set(list)].sort())}`;
        const first = tagSets.get(key);
        if (first !== void 0)
          add(
            index,
            `selection.${field}`,
            `selects the same tags as ${describeRule(rules, first)}; the set of rules must contain a unique set of tag prefixes`
          );
        else tagSets.set(key, index);
      }
    }
    if (selection.tagStatus === "any" && typeof priority === "number" && priority !== highest) {
      add(index, "rulePriority", `a tagStatus "any" rule must have the highest rulePriority (${highest} is higher)`);
    }
    if (Array.isArray(selection.tagPatternList)) {
      selection.tagPatternList.forEach((pattern, i) => {
        if (typeof pattern !== "string") return;
        const stars = pattern.split("*").length - 1;
        if (stars > MAX_WILDCARDS)
          add(
            index,
            `selection.tagPatternList[${i}]`,
            `"${pattern}" has ${stars} wildcards; at most ${MAX_WILDCARDS} allowed`
          );
      });
    }
    const countType = selection.countType;
    const since = typeof countType === "string" && countType.startsWith("since");
    if (since && selection.countUnit === void 0)
      add(index, "selection.countUnit", `is required with countType "${String(countType)}"`);
    if (countType === "imageCountMoreThan" && selection.countUnit !== void 0) {
      add(index, "selection.countUnit", "is only allowed with the since* count types, not imageCountMoreThan");
    }
    if (action2) {
      if (countType === "sinceImagePulled" && action2.type !== "transition") {
        add(index, "selection.countType", 'sinceImagePulled is only allowed with action type "transition"');
      }
      if (action2.type === "transition" && action2.targetStorageClass === void 0)
        add(index, "action.targetStorageClass", 'is required with action type "transition"');
      if (action2.type === "expire" && action2.targetStorageClass !== void 0)
        add(index, "action.targetStorageClass", 'is only allowed with action type "transition"');
    }
  });
  return problems;
}
function describeRule(rules, index) {
  const rule = rules[index];
  return isRecord2(rule) && typeof rule.rulePriority === "number" ? `rule rulePriority=${rule.rulePriority} (rules[${index}])` : `rules[${index}]`;
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((problem) => {
    const key = `${problem.ruleIndex}|${problem.field}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/ecr/builder.ts
import { mkdtemp, readFile as readFile2, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var IMAGE_TOOL_ENV = [...CONTAINER_ENV, ...AWS_ENV];
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var BuildxBuilder = class {
  constructor(options = {}) {
    this.options = options;
  }
  name = "buildx";
  async buildAndPush(request) {
    const scratch = await mkdtemp(join(tmpdir(), "slipway-buildx-"));
    try {
      const metadata = join(scratch, "metadata.json");
      const args = ["buildx", "build", "--push", "--metadata-file", metadata];
      if (request.dockerfile) args.push("--file", request.dockerfile);
      for (const reference of request.references) args.push("--tag", reference);
      for (const [key, value] of Object.entries(request.labels)) args.push("--label", `${key}=${value}`);
      if (request.platforms?.length) args.push("--platform", request.platforms.join(","));
      args.push("--", request.context);
      await execFile("docker", args, { passEnv: IMAGE_TOOL_ENV, timeoutMs: this.options.timeoutMs ?? 18e5 });
      const parsed = JSON.parse(await readFile2(metadata, "utf8"));
      const digest = parsed["containerimage.digest"];
      if (typeof digest !== "string" || !DIGEST.test(digest))
        throw new Error(`docker buildx did not report a pushed digest in ${metadata}`);
      return { digest };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
};
var BuildahBuilder = class {
  constructor(options = {}) {
    this.options = options;
  }
  name = "buildah";
  global() {
    const args = ["--storage-driver", this.options.storageDriver ?? "vfs"];
    if (this.options.root) args.push("--root", this.options.root);
    if (this.options.runroot) args.push("--runroot", this.options.runroot);
    return args;
  }
  async buildAndPush(request) {
    if ((request.platforms?.length ?? 0) > 1)
      throw new UsageError("the buildah builder builds one platform at a time; use buildx for multi-platform images");
    const timeoutMs = this.options.timeoutMs ?? 18e5;
    const scratch = await mkdtemp(join(tmpdir(), "slipway-buildah-"));
    try {
      const iidfile = join(scratch, "iid");
      const args = [...this.global(), "build", "--isolation", this.options.isolation ?? "chroot", "--iidfile", iidfile];
      if (request.dockerfile) args.push("--file", request.dockerfile);
      for (const reference of request.references) args.push("--tag", reference);
      for (const [key, value] of Object.entries(request.labels)) args.push("--label", `${key}=${value}`);
      if (request.platforms?.length) args.push("--platform", request.platforms[0]);
      args.push(request.context);
      await execFile("buildah", args, { passEnv: IMAGE_TOOL_ENV, timeoutMs });
      const imageId = (await readFile2(iidfile, "utf8")).trim();
      let digest;
      for (const [index, reference] of request.references.entries()) {
        const digestfile = join(scratch, `digest-${index}`);
        const push = [...this.global(), "push", "--digestfile", digestfile];
        if (this.options.insecureRegistry) push.push("--tls-verify=false");
        push.push(imageId, `docker://${reference}`);
        await execFile("buildah", push, { passEnv: IMAGE_TOOL_ENV, timeoutMs });
        const pushed = (await readFile2(digestfile, "utf8")).trim();
        if (!DIGEST.test(pushed)) throw new Error(`buildah push reported no digest for ${reference}`);
        if (digest && pushed !== digest)
          throw new Error(`buildah pushed ${reference} as ${pushed}, but the other tags as ${digest}`);
        digest = pushed;
      }
      if (!digest) throw new UsageError("nothing to push: no image references");
      await tryExecFile("buildah", [...this.global(), "rmi", "--force", imageId], {
        passEnv: IMAGE_TOOL_ENV,
        timeoutMs: 12e4
      });
      return { digest };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
};
async function createBuilder(kind, options = {}) {
  switch (kind) {
    case "buildx":
      return new BuildxBuilder(options);
    case "buildah":
      return new BuildahBuilder(options);
    case "auto":
      return await dockerEngineRuns() ? new BuildxBuilder(options) : new BuildahBuilder(options);
    default:
      throw new UsageError(`unknown builder "${kind}"; expected auto, buildx or buildah`);
  }
}
async function dockerEngineRuns() {
  try {
    return (await tryExecFile("docker", ["info", "--format", "{{.ServerVersion}}"], {
      passEnv: IMAGE_TOOL_ENV,
      timeoutMs: 15e3
    })).exitCode === 0;
  } catch {
    return false;
  }
}

// src/ecr/image-inspector.ts
var IMAGE_TOOL_ENV2 = [...CONTAINER_ENV, ...AWS_ENV];
var SkopeoInspector = class {
  constructor(options = {}) {
    this.options = options;
  }
  /** @throws {ExecError} when skopeo fails for another reason than a missing tag/repository. */
  async inspect(reference) {
    const args = ["inspect", "--no-tags"];
    if (this.options.insecureRegistry) args.push("--tls-verify=false");
    args.push(`docker://${reference}`);
    const result = await tryExecFile("skopeo", args, {
      passEnv: IMAGE_TOOL_ENV2,
      timeoutMs: this.options.timeoutMs ?? 12e4
    });
    if (result.exitCode !== 0) {
      if (/manifest unknown|name unknown|not found|MANIFEST_UNKNOWN|NAME_UNKNOWN|RepositoryNotFound/i.test(result.stderr))
        return void 0;
      throw new ExecError(
        `skopeo inspect ${reference} failed: ${result.stderr.trim()}`,
        "skopeo",
        result.exitCode,
        result.stderr
      );
    }
    const parsed = JSON.parse(result.stdout);
    if (!parsed.Digest) throw new ExecError(`skopeo inspect ${reference} reported no digest`, "skopeo", 0, "");
    return { digest: parsed.Digest, labels: parsed.Labels ?? {} };
  }
  /** @throws {ExecError} when the copy fails. */
  async copy(sourceReference, targetReference) {
    const args = ["copy", "--all", "--preserve-digests"];
    if (this.options.insecureRegistry) args.push("--src-tls-verify=false", "--dest-tls-verify=false");
    args.push(`docker://${sourceReference}`, `docker://${targetReference}`);
    await execFile("skopeo", args, { passEnv: IMAGE_TOOL_ENV2, timeoutMs: this.options.timeoutMs ?? 6e5 });
  }
};

// src/ecr/publish-release.ts
function defaultRegistry(config) {
  return config.registryId ? registryHost(config.registryId, config.region) : void 0;
}
async function publishRelease(options) {
  const registry = options.registry || defaultRegistry(options.config);
  if (!registry) throw new UsageError("no registry: give the registry host, or set ecr.registryId in slipway.yaml");
  const builder = await createBuilder(options.builder, { insecureRegistry: options.insecureRegistry });
  const source = await readSourceInfo(options.repoRoot, options.tag);
  return publishImages({
    repoRoot: options.repoRoot,
    config: options.config,
    registry,
    source,
    builder,
    inspector: new SkopeoInspector({ insecureRegistry: options.insecureRegistry }),
    services: options.services,
    onPublished: options.onPublished
  });
}

// src/cli/ecr.ts
var registerEcrCommands = (program, context) => {
  const ecr = program.command("ecr").description("Amazon ECR: repositories, lifecycle policies with an in-use guard, build and push.");
  const lifecycle = ecr.command("lifecycle").description("Validate, simulate and preview ECR lifecycle policies.");
  lifecycle.command("validate").description(
    `Check lifecycle policy files against ECR's format and documented constraints (default: ${DEFAULT_LIFECYCLE_POLICY}).`
  ).argument("[files...]", "policy JSON files").action(
    action(context, async (files) => {
      const base = files.length > 0 ? context.cwd : await findRepoRoot(context.cwd);
      const targets = files.length > 0 ? files : [DEFAULT_LIFECYCLE_POLICY];
      let failed = false;
      for (const file of targets) {
        let text;
        try {
          text = await readFile3(resolve(base, file), "utf8");
        } catch (error) {
          throw new ConfigError(`cannot read lifecycle policy: ${error.message}`, file);
        }
        const problems = validateLifecyclePolicy(text);
        if (problems.length === 0) context.stdout.write(`${file}: valid
`);
        for (const problem of problems) context.stdout.write(`${file}: error: ${formatPolicyProblem(problem)}
`);
        failed ||= problems.length > 0;
      }
      return failed ? 1 : 0;
    })
  );
  const withInUse = (command) => command.option("--in-use <file>", "JSON array of image references in use (name:tag, name@sha256:\u2026, or digests)").option(
    "--from-overlays",
    "render every environment at HEAD and the previous releases (ecr.rollbackReleases) and keep the images they use"
  ).option("--config <file>", "slipway.yaml (default: at the repository root)").option("--kustomize <command>", "kustomize program for --from-overlays");
  withInUse(
    lifecycle.command("simulate").description(
      "Evaluate a policy offline against DescribeImages output, as ECR would; prints GetLifecyclePolicyPreview's shape plus `blocked`, and exits 1 when an image in use is blocked."
    ).requiredOption("--policy <file>", "lifecycle policy JSON").requiredOption("--images <file>", "DescribeImages output: the imageDetails array or the whole response").option("--now <iso-8601>", "evaluation time (default: now)").option(
      "--repository <name>",
      "repository name, to match name:tag references when the images do not carry repositoryName"
    )
  ).action(
    action(
      context,
      async (options) => {
        const now = options.now === void 0 ? Date.now() : parseIsoTime(options.now);
        if (now === void 0)
          throw new UsageError(
            `--now ${JSON.stringify(options.now)} is not an ISO-8601 time with a time zone, like 2025-06-30T12:00:00Z`
          );
        const { policy } = await loadLifecyclePolicy(resolve(context.cwd, options.policy));
        const images = await loadRepositoryImages(resolve(context.cwd, options.images));
        const inUse = await inUseIndex(context, options);
        const preview = simulateLifecycle(policy, images, { now, inUse, repositoryName: options.repository });
        context.stdout.write(`${JSON.stringify(preview, null, 2)}
`);
        return blockedExitCode(preview, context);
      }
    )
  );
  withInUse(
    lifecycle.command("preview").description(
      "Run ECR\u2019s own lifecycle preview (StartLifecyclePolicyPreview) with AWS credentials; prints the same shape as simulate."
    ).requiredOption("--policy <file>", "lifecycle policy JSON").requiredOption("--repository <name>", "ECR repository name").option("--region <region>", "AWS region (default: ecr.region of the config, else AWS_REGION)")
  ).action(
    action(context, async (options) => {
      const { text } = await loadLifecyclePolicy(resolve(context.cwd, options.policy));
      const slipway = await loadRepoConfig(context, options.config);
      const region = options.region ?? slipway.ecr?.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
      if (!region) throw new UsageError("no AWS region: pass --region, set ecr.region in slipway.yaml, or AWS_REGION");
      const api = createEcrApi({ region, registryId: slipway.ecr?.registryId });
      const inUse = await inUseIndex(context, options, slipway, slipway.ecr);
      const live = await api.previewLifecyclePolicy(options.repository, text);
      const preview = { previewResults: [], summary: { expiringImageTotalCount: 0 }, blocked: [] };
      for (const result of live.previewResults) {
        const keeper = inUse?.find(result.imageDigest, result.imageTags, options.repository);
        if (keeper) {
          preview.blocked.push({
            imageDigest: result.imageDigest,
            imageTags: result.imageTags,
            appliedRulePriority: result.appliedRulePriority,
            reason: `in use: ${keeper.reference}${keeper.source ? ` (${keeper.source})` : ""}`
          });
        } else preview.previewResults.push(result);
      }
      preview.summary.expiringImageTotalCount = preview.previewResults.filter((r) => r.action.type === "EXPIRE").length;
      context.stdout.write(`${JSON.stringify(preview, null, 2)}
`);
      return blockedExitCode(preview, context);
    })
  );
  withInUse(
    ecr.command("ensure").description(
      "Create or reconcile every service repository (IMMUTABLE tags, scan on push, encryption), put the lifecycle policy, and make registry replication cover the DR region. Idempotent. The in-use guard always runs: without --in-use, the images in use come from rendering the overlays (as --from-overlays), and ensure exits 1 when a policy \u2014 new or already in force \u2014 would expire one."
    ).option(
      "--policy <file>",
      `lifecycle policy for every service (default: ecr.lifecyclePolicy, else ${DEFAULT_LIFECYCLE_POLICY})`
    ).option("--allow-expiring-in-use", "put a policy even though it would expire images in use (needs --reason)").option("--reason <text>", "why expiring in-use images is acceptable; printed in the report").option("--dry-run", "print the changes without making them")
  ).action(
    action(
      context,
      async (options) => {
        if (options.allowExpiringInUse && !options.reason?.trim())
          throw new UsageError('--allow-expiring-in-use needs --reason "\u2026"');
        const repoRoot = await findRepoRoot(context.cwd);
        const { slipway, ecr: config } = await requireEcrConfig2(context, options.config);
        const policies = {};
        const loaded = /* @__PURE__ */ new Map();
        for (const [service, settings] of Object.entries(config.services)) {
          const file = options.policy ?? settings.lifecyclePolicy ?? config.lifecyclePolicy ?? DEFAULT_LIFECYCLE_POLICY;
          let entry = loaded.get(file);
          if (!entry) {
            entry = await loadLifecyclePolicy(resolve(options.policy ? context.cwd : repoRoot, file));
            loaded.set(file, entry);
          }
          policies[service] = { ...entry, file };
        }
        const inUse = await inUseIndex(
          context,
          { ...options, fromOverlays: options.fromOverlays || !options.inUse },
          slipway,
          config
        );
        const api = createEcrApi({ region: config.region, registryId: config.registryId });
        const report = await ensureRepositories(api, {
          config,
          policies,
          inUse,
          allowExpiringInUse: options.allowExpiringInUse,
          reason: options.reason,
          dryRun: options.dryRun
        });
        context.stdout.write(formatEnsureReport(report));
        return report.problems.some((problem) => problem.kind === "in-use-guard") ? 1 : 0;
      }
    )
  );
  ecr.command("region").description("Print ecr.region of slipway.yaml, e.g. eu-west-1.").option("--config <file>", "slipway.yaml (default: at the repository root)").action(
    action(context, async (options) => {
      const { ecr: config } = await requireEcrConfig2(context, options.config);
      context.stdout.write(`${config.region}
`);
      return 0;
    })
  );
  ecr.command("publish").alias("build").description(
    'Build and push every service image tagged vX.Y.Z (release tag at HEAD) and sha-<7>; prints {"<service>": {"image","tag","digest"}}.'
  ).option("--registry <host>", "registry host (default: <ecr.registryId>.dkr.ecr.<ecr.region>.amazonaws.com)").option("--tag <vX.Y.Z>", "release tag to publish; must point at HEAD (default: the release tag at HEAD, if any)").option("--service <name>", "only this service (repeatable)", collect).option("--builder <kind>", "auto (buildx when a Docker engine runs, else buildah), buildx or buildah", "auto").option("--output <file>", "also write the JSON to this file").option("--insecure-registry", "plain HTTP / no TLS verification (local test registries only)").option("--config <file>", "slipway.yaml (default: at the repository root)").action(
    action(
      context,
      async (options) => {
        const { ecr: config } = await requireEcrConfig2(context, options.config);
        const output = await publishRelease({
          repoRoot: await findRepoRoot(context.cwd),
          config,
          registry: options.registry,
          tag: options.tag,
          services: options.service,
          builder: options.builder,
          insecureRegistry: options.insecureRegistry,
          onPublished: (service, image, detail) => context.stderr.write(`${describePublished(service, image, detail)}
`)
        });
        const json = JSON.stringify(output);
        if (options.output) await writeFile(resolve(context.cwd, options.output), `${json}
`);
        context.stdout.write(`${json}
`);
        return 0;
      }
    )
  );
};
async function loadRepoConfig(context, file) {
  return loadConfig(await findRepoRoot(context.cwd), file === void 0 ? void 0 : resolve(context.cwd, file));
}
async function requireEcrConfig2(context, file) {
  const slipway = await loadRepoConfig(context, file);
  return { slipway, ecr: requireEcrConfig(slipway) };
}
async function inUseIndex(context, options, slipway, ecr) {
  if (options.inUse && options.fromOverlays) throw new UsageError("use --in-use or --from-overlays, not both");
  let images;
  if (options.inUse) images = parseInUseFile(await readJsonFile(resolve(context.cwd, options.inUse)), options.inUse);
  if (options.fromOverlays) {
    const config = slipway ?? await loadRepoConfig(context, options.config);
    const releases = ecr?.rollbackReleases ?? config.ecr?.rollbackReleases ?? DEFAULT_ROLLBACK_RELEASES;
    const collection = await collectInUseImages({
      repoRoot: await findRepoRoot(context.cwd),
      config,
      releases,
      kustomizeCommand: options.kustomize
    });
    for (const warning of collection.warnings) context.stderr.write(`warning: ${warning}
`);
    context.stderr.write(
      `in use: ${collection.images.length} image reference(s) from ${collection.revisions.join(", ")}
`
    );
    images = collection.images;
  }
  if (!images) return void 0;
  const index = new InUseIndex(images);
  if (index.invalid.length > 0) {
    const list = index.invalid.map((ref) => JSON.stringify(ref)).join(", ");
    if (options.inUse) throw new ConfigError(`not image references: ${list}`, options.inUse);
    context.stderr.write(`warning: ignored values that are not image references: ${list}
`);
  }
  return index;
}
function parseInUseFile(value, file) {
  if (!Array.isArray(value)) throw new ConfigError("expected a JSON array of image references", file);
  return value.map((entry, index) => {
    if (typeof entry === "string") return { reference: entry, source: file };
    if (entry && typeof entry === "object" && typeof entry.reference === "string")
      return entry;
    throw new ConfigError(`[${index}]: expected a string like "team/api:v1.2.3" or {"reference": \u2026}`, file);
  });
}
function blockedExitCode(preview, context) {
  if (preview.blocked.length === 0) return 0;
  context.stderr.write(`the policy would expire ${preview.blocked.length} image(s) in use; see "blocked"
`);
  return 1;
}
export {
  registerEcrCommands
};
//# sourceMappingURL=ecr-GUKODB3K.js.map
