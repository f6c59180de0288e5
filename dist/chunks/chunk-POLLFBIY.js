import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  MAX_SHARDS
} from "./chunk-K3ZHAPP6.js";
import {
  formatRef
} from "./chunk-6JA5DT7B.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/validation/shard.ts
import { readFile } from "node:fs/promises";

// src/findings/finding.ts
function countBySeverity(findings) {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

// src/validation/shard.ts
var SHARD_FORM = `I/N with 1 \u2264 I \u2264 N \u2264 ${MAX_SHARDS}`;
function parseShard(value) {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    throw new UsageError(`--shard ${value}: expected ${SHARD_FORM}, e.g. 2/4`);
  return { index, count };
}
function stableHash(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}
function assignShards(names, count, weights) {
  const assignment = /* @__PURE__ */ new Map();
  if (!weights || weights.size === 0) {
    for (const name of names) assignment.set(name, stableHash(name) % count + 1);
    return assignment;
  }
  const known = names.map((name) => weights.get(name)).filter((weight) => weight !== void 0);
  const fallback = known.length > 0 ? known.reduce((sum, weight) => sum + weight, 0) / known.length : 1;
  const sorted = [...names].sort(
    (a, b) => (weights.get(b) ?? fallback) - (weights.get(a) ?? fallback) || stableHash(a) - stableHash(b) || (a < b ? -1 : 1)
  );
  const load = new Array(count).fill(0);
  for (const name of sorted) {
    let best = 0;
    for (let i = 1; i < count; i++) if (load[i] < load[best]) best = i;
    load[best] += Math.max(1, weights.get(name) ?? fallback);
    assignment.set(name, best + 1);
  }
  return assignment;
}
async function readShardWeights(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return /* @__PURE__ */ new Map();
    throw new UsageError(`cannot read --shard-weights ${file}: ${error.message}`);
  }
  try {
    const report = JSON.parse(text);
    if (!Array.isArray(report.environments)) throw new Error("no environments array");
    const weights = /* @__PURE__ */ new Map();
    for (const env of report.environments)
      if (typeof env.name === "string" && typeof env.resources === "number") weights.set(env.name, env.resources);
    return weights;
  } catch (error) {
    throw new UsageError(`--shard-weights ${file} is not a slipway validate JSON report: ${error.message}`);
  }
}
function sortFindings(findings) {
  const key = (finding) => `${finding.environment ?? ""}\0${finding.resource ? formatRef(finding.resource) : ""}\0${finding.path ?? ""}`;
  findings.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function checkShardSet(shards, names, command) {
  const infos = shards.map((shard, i) => {
    if (!shard)
      throw new UsageError(
        `${names[i]} is not from a sharded run (no "shard" in it; run ${command} with --shard I/N --format json)`
      );
    return shard;
  });
  const { count, order } = infos[0];
  const seen = /* @__PURE__ */ new Set();
  infos.forEach((shard, i) => {
    if (shard.count !== count || shard.order.join("\n") !== order.join("\n"))
      throw new UsageError(
        `${names[i]} is from another run (shard ${shard.index}/${shard.count}, ${shard.order.length} environments; expected N = ${count}, ${order.length} environments)`
      );
    if (seen.has(shard.index)) throw new UsageError(`${names[i]}: shard ${shard.index}/${count} is given twice`);
    seen.add(shard.index);
  });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0)
    throw new UsageError(
      `shard${missing.length > 1 ? "s" : ""} ${missing.map((index) => `${index}/${count}`).join(", ")} missing`
    );
  return order;
}
function mergeReports(reports, names = reports.map((_, i) => `report ${i + 1}`)) {
  if (reports.length === 0) throw new UsageError("merge-reports needs at least one report");
  const order = checkShardSet(
    reports.map((report) => report.shard),
    names,
    "validate"
  );
  const position = new Map(order.map((name, i) => [name, i]));
  const environments = reports.flatMap((report) => report.environments).sort((a, b) => (position.get(a.name) ?? Infinity) - (position.get(b.name) ?? Infinity));
  const findings = reports.flatMap((report) => report.findings);
  sortFindings(findings);
  const notes = reports.flatMap((report) => report.notes ?? []);
  const { errors, warnings } = countBySeverity(findings);
  return {
    summary: {
      environments: environments.length,
      resources: environments.reduce((sum, env) => sum + env.resources, 0),
      errors,
      warnings,
      durationMs: Math.max(...reports.map((report) => report.summary.durationMs))
    },
    environments,
    findings,
    ...notes.length > 0 ? { notes } : {}
  };
}

export {
  countBySeverity,
  parseShard,
  stableHash,
  assignShards,
  readShardWeights,
  sortFindings,
  checkShardSet,
  mergeReports
};
//# sourceMappingURL=chunk-POLLFBIY.js.map
