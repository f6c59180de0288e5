import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  createReporter
} from "./chunk-HJRR4NWN.js";
import {
  REPORT_FORMATS
} from "./chunk-CISVPPMV.js";
import {
  writeJobSummary
} from "./chunk-3OFZHWTP.js";
import "./chunk-FLTQMEEW.js";
import {
  writeFullDiff
} from "./chunk-4MFK5PIN.js";
import {
  PLAN_FORMATS,
  formatPlan
} from "./chunk-NTEOURNR.js";
import {
  GITHUB_COMMENT_LIMIT,
  parseMaxCommentChars,
  planTotals,
  renderFullDiff
} from "./chunk-M3UAY3CX.js";
import "./chunk-S2CQAO26.js";
import "./chunk-XAWRQWTT.js";
import {
  code
} from "./chunk-J2HC3OBI.js";
import {
  checkShardSet,
  mergeReports
} from "./chunk-POLLFBIY.js";
import "./chunk-K3ZHAPP6.js";
import "./chunk-HI2CB3BG.js";
import {
  action
} from "./chunk-LR7QPOOY.js";
import "./chunk-WVJIADMF.js";
import "./chunk-LDDIOIKT.js";
import {
  Option
} from "./chunk-6IB5EKB3.js";
import "./chunk-4WFFHY5W.js";
import "./chunk-I5JGUYUF.js";
import "./chunk-VI375W5W.js";
import "./chunk-YGF2LCPS.js";
import "./chunk-ILDUC7BX.js";
import "./chunk-MBO2E76D.js";
import "./chunk-36EPN6MW.js";
import "./chunk-PEXW4HFU.js";
import "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-GKJJR7QI.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-6JA5DT7B.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/merge-reports.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/plan/merge.ts
function isPlanJson(value) {
  return typeof value === "object" && value !== null && "totals" in value && !("summary" in value);
}
function planFromJson(json, name) {
  const fail = (what) => {
    throw new UsageError(`${name} is not the JSON of slipway plan --shard I/N --format json: ${what}`);
  };
  if (typeof json.shard?.index !== "number" || !Array.isArray(json.shard.order))
    fail('no "shard" in it (run plan with --shard I/N --format json)');
  if (typeof json.base?.ref !== "string") fail("no base.ref");
  if (typeof json.head !== "object" || json.head === null) fail("no head");
  if (!Array.isArray(json.environments)) fail("no environments array");
  if (!Array.isArray(json.skipped) || !json.skipped.every((env) => typeof env?.name === "string"))
    fail("no skipped array of environments");
  const environments = json.environments.map((env, e) => {
    const where = `environments[${e}]`;
    if (typeof env?.name !== "string" || typeof env.path !== "string") fail(`${where} has no name or path`);
    if (![env.added, env.changed, env.removed].every(Number.isInteger)) fail(`${where} lacks added, changed or removed`);
    if (![env.resources, env.images, env.risks].every(Array.isArray)) fail(`${where} lacks resources, images or risks`);
    if (![...env.resources, ...env.images, ...env.risks].every((item) => typeof item === "object" && item !== null))
      fail(`${where} has a resource, image or risk that is not an object`);
    return {
      name: env.name,
      path: env.path,
      added: env.added,
      changed: env.changed,
      removed: env.removed,
      resources: env.resources.map((resource, r) => {
        const { change, previousName, reason, fields, diff, secretKeys, rollsOut, ...ref } = resource;
        if (!Array.isArray(fields) || typeof diff !== "string")
          fail(`${where}.resources[${r}] has no fields or diff (was the plan made with --shard I/N?)`);
        return {
          change,
          ref,
          ...previousName ? { previousName } : {},
          fields,
          ...secretKeys ? { secretKeys } : {},
          ...rollsOut ? { rollsOut } : {},
          ...reason ? { reason } : {},
          diff
        };
      }),
      images: env.images.map((image) => ({
        resource: image.resource,
        container: image.container,
        ...image.before ? { before: image.before } : {},
        ...image.after ? { after: image.after } : {}
      })),
      risks: env.risks,
      errors: env.errors ?? []
    };
  });
  return {
    base: json.base,
    head: json.head,
    environments,
    skipped: json.skipped,
    totals: json.totals,
    durationMs: 0,
    ...json.notes?.length ? { notes: json.notes } : {},
    ...json.toolingChanges?.length ? { toolingChanges: json.toolingChanges } : {},
    ...json.shard ? { shard: json.shard } : {}
  };
}
function mergePlans(plans, names = plans.map((_, i) => `plan ${i + 1}`)) {
  if (plans.length === 0) throw new UsageError("merge-reports needs at least one plan");
  const parsed = plans.map((json, i) => planFromJson(json, names[i]));
  const order = checkShardSet(
    parsed.map((plan) => plan.shard),
    names,
    "plan"
  );
  const first = parsed[0];
  const revision = (side) => `${side.ref ?? "working tree"}${side.commit ? ` (${side.commit.slice(0, 12)})` : ""}`;
  parsed.forEach((plan, i) => {
    for (const side of ["base", "head"])
      if (plan[side].ref !== first[side].ref || plan[side].commit !== first[side].commit)
        throw new UsageError(
          `${names[0]} and ${names[i]} are plans of different ${side} revisions: ${revision(first[side])} and ${revision(plan[side])}`
        );
    for (const key of ["notes", "toolingChanges"])
      if (JSON.stringify(plan[key] ?? []) !== JSON.stringify(first[key] ?? []))
        throw new UsageError(`${names[0]} and ${names[i]} disagree on ${key}: they are not shards of one plan run`);
  });
  const owner = /* @__PURE__ */ new Map();
  parsed.forEach((plan, i) => {
    for (const env of [...plan.environments, ...plan.skipped]) {
      const other = owner.get(env.name);
      if (other !== void 0)
        throw new UsageError(`environment ${JSON.stringify(env.name)} is in two shards: ${other} and ${names[i]}`);
      owner.set(env.name, names[i]);
    }
  });
  const position = new Map(order.map((name, i) => [name, i]));
  const byOrder = (a, b) => (position.get(a.name) ?? Infinity) - (position.get(b.name) ?? Infinity);
  const environments = parsed.flatMap((plan) => plan.environments).sort(byOrder);
  return {
    base: first.base,
    head: first.head,
    environments,
    skipped: parsed.flatMap((plan) => plan.skipped).sort(byOrder),
    totals: planTotals(environments),
    durationMs: 0,
    ...first.notes?.length ? { notes: first.notes } : {},
    ...first.toolingChanges?.length ? { toolingChanges: first.toolingChanges } : {}
  };
}

// src/cli/merge-reports.ts
var registerMergeReportsCommand = (program, context) => {
  program.command("merge-reports").description(
    "Combine the JSON reports of validate --shard I/N runs into one report (JSON, SARIF, text, or GitHub annotations + job summary), or the JSON plans of plan --shard I/N runs into one plan (JSON, markdown for the PR comment, text)."
  ).argument("<file...>", "the shards' validate --format json reports, or their plan --format json plans").addOption(
    new Option(
      "-o, --format <format>",
      'output format (reports: text, json, sarif, github; plans: json, markdown, text) (default: "json")'
    ).choices([.../* @__PURE__ */ new Set([...REPORT_FORMATS, ...PLAN_FORMATS])])
  ).option("--output <file>", "write the merged report to this file instead of stdout").option("--max-comment-chars <n>", "plans only: markdown size budget, as plan (default: 65536)").option("--full-diff <file>", "plans only: also write the merged plan's full diff to this file, as plan does").addOption(
    new Option("--fail-on <level>", "exit 1 when findings of this severity (or worse) exist").choices(["error", "warning", "never"]).default("error")
  ).action(
    action(context, async (files, options) => {
      const documents = [];
      for (const file of files) {
        const text2 = await readFile(resolve(context.cwd, file), "utf8").catch((error) => {
          throw new UsageError(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
        });
        try {
          documents.push(JSON.parse(text2));
        } catch (error) {
          throw new UsageError(`${file} is not JSON: ${error.message}`);
        }
      }
      const format = options.format ?? "json";
      const planAt = documents.findIndex(isPlanJson);
      if (planAt >= 0) {
        const reportAt = documents.findIndex((document) => !isPlanJson(document));
        if (reportAt >= 0)
          throw new UsageError(
            `${files[planAt]} is a plan but ${files[reportAt]} is not: merge the plans and the validate reports separately`
          );
        if (!PLAN_FORMATS.includes(format))
          throw new UsageError(
            `--format ${format} is for validate reports; plans merge to ${PLAN_FORMATS.join(", ")}`
          );
        const plan = mergePlans(documents, files);
        const maxChars = parseMaxCommentChars(options.maxCommentChars, GITHUB_COMMENT_LIMIT, "--max-comment-chars");
        const fullDiffFile = options.fullDiff !== void 0 ? await writeFullDiff(renderFullDiff(plan), options.fullDiff, context.cwd) : void 0;
        const text2 = formatPlan(plan, format, {
          maxChars,
          ...fullDiffFile ? { fullDiffLocation: code(fullDiffFile) } : {}
        });
        if (options.output) await writeFile(resolve(context.cwd, options.output), text2);
        else context.stdout.write(text2);
        if (options.failOn === "never") return 0;
        return plan.environments.some((env) => env.errors.length > 0) ? 1 : 0;
      }
      for (const [flag, value] of [
        ["--max-comment-chars", options.maxCommentChars],
        ["--full-diff", options.fullDiff]
      ])
        if (value !== void 0) throw new UsageError(`${flag} is for plans only`);
      if (!REPORT_FORMATS.includes(format))
        throw new UsageError(
          `--format ${format} is for plans; validate reports merge to ${REPORT_FORMATS.join(", ")}`
        );
      const report = mergeReports(documents, files);
      const text = createReporter(format).render(report);
      if (options.output) await writeFile(resolve(context.cwd, options.output), text);
      else context.stdout.write(text);
      if (format === "github") await writeJobSummary(createReporter("github").summary(report));
      if (options.failOn === "never") return 0;
      if (report.summary.errors > 0) return 1;
      return options.failOn === "warning" && report.summary.warnings > 0 ? 1 : 0;
    })
  );
};
export {
  registerMergeReportsCommand
};
//# sourceMappingURL=merge-reports-6OHSR4PC.js.map
