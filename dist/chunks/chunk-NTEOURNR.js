import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  changeSymbol,
  counts,
  fieldLine,
  imageLabel,
  planLine,
  renderJson,
  renderText,
  resourceTitle,
  secretKeyLine,
  toolingSentence
} from "./chunk-M3UAY3CX.js";
import {
  cell,
  code,
  fenced,
  htmlText,
  text
} from "./chunk-J2HC3OBI.js";
import {
  formatRef
} from "./chunk-6JA5DT7B.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/plan/format/markdown.ts
var RISKS_IN_VIEW = 20;
var LEVELS = [
  { level: "full" },
  { level: "short", diffLines: 40 },
  { level: "short", diffLines: 12 },
  { level: "list" },
  { level: "names" }
];
function renderMarkdown(plan, options = {}) {
  const max = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  let last = "";
  for (const { level, diffLines } of LEVELS) {
    const markdown = compose(plan, options, level, diffLines, Infinity);
    if (markdown.length <= max) return { markdown, level, ...diffLines ? { diffLines } : {} };
    last = markdown;
  }
  const total = plan.environments.reduce((n, env) => n + env.resources.length, 0);
  let low = 0;
  let high = total;
  let best;
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const markdown = compose(plan, options, "names", void 0, Infinity, keep);
    if (markdown.length <= max) {
      best = markdown;
      low = keep + 1;
    } else high = keep - 1;
  }
  if (best !== void 0 && low - 1 > 0) return { markdown: best, level: "names" };
  for (const keep of [Infinity, 200, 50, 10, 0]) {
    last = compose(plan, options, "summary", void 0, keep);
    if (last.length <= max) break;
  }
  return {
    markdown: last.length <= max ? last : `${last.slice(0, max - 40)}

_(comment truncated)_
`,
    level: "summary"
  };
}
function compose(plan, options, level, diffLines, listLimit, resourceLimit = Infinity) {
  const out = [];
  if (options.header) out.push(options.header);
  if (plan.toolingChanges?.length)
    out.push(...toolingBanner(plan.toolingChanges, listLimit === Infinity ? 10 : Math.min(10, listLimit)));
  const head = plan.head.ref ?? "working tree";
  out.push(
    `### Slipway plan`,
    "",
    `${code(plan.base.ref)}${plan.base.commit ? ` (${code(plan.base.commit.slice(0, 7))})` : ""} \u2192 ${code(head)}${plan.head.commit ? ` (${code(plan.head.commit.slice(0, 7))})` : ""}${options.runUrl ? ` \xB7 [run](${options.runUrl})` : ""}`,
    ""
  );
  for (const note of plan.notes ?? []) out.push(`> \u2139\uFE0F ${text(note)}`, "");
  if (plan.environments.length === 0) out.push("No environment is affected by the changed files.", "");
  for (const env of plan.environments)
    out.push(
      `- **${text(env.name)}**: ${counts(env)}${env.errors.length ? " \u2014 \u26A0\uFE0F render failed, counts incomplete" : ""}`
    );
  out.push("");
  if (plan.environments.length) {
    out.push(
      "| Environment | Path | Add | Change | Destroy | Risks | Images |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
    );
    for (const env of plan.environments)
      out.push(
        `| ${cell(env.name)} | ${code(env.path, { table: true })} | ${env.added} | ${env.changed} | ${env.removed} | ${env.risks.length} | ${env.images.length} |`
      );
    out.push(
      `| **Total** | | **${plan.totals.added}** | **${plan.totals.changed}** | **${plan.totals.removed}** | **${sum(plan, (e) => e.risks.length)}** | **${sum(plan, (e) => e.images.length)}** |`,
      ""
    );
  }
  const cut = [];
  const risks = plan.environments.flatMap((env) => env.risks.map((risk) => ({ env, risk })));
  if (risks.length) {
    out.push(`#### \u26A0\uFE0F Risks (${risks.length})`, "");
    const shown = risks.slice(0, listLimit).map(({ env, risk }) => `- **${text(env.name)}** ${code(risk.rule)} ${text(risk.message)}`);
    out.push(...shown.slice(0, RISKS_IN_VIEW));
    if (shown.length > RISKS_IN_VIEW)
      out.push(
        "",
        `<details><summary>${shown.length - RISKS_IN_VIEW} more risks</summary>`,
        "",
        ...shown.slice(RISKS_IN_VIEW),
        "",
        "</details>"
      );
    if (risks.length > listLimit) cut.push(`${risks.length - listLimit} of ${risks.length} risks`);
    out.push("");
  }
  const images = plan.environments.flatMap((env) => env.images.map((image) => ({ env, image })));
  if (images.length) {
    out.push(
      `#### Images (${images.length})`,
      "",
      "| Environment | Resource | Container | Before | After |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const { env, image } of images.slice(0, listLimit)) {
      out.push(
        `| ${cell(env.name)} | ${cell(formatRef(image.resource))} | ${cell(image.container)} | ${code(imageLabel(image.before), { table: true })} | ${code(imageLabel(image.after), { table: true })} |`
      );
    }
    if (images.length > listLimit) cut.push(`${images.length - listLimit} of ${images.length} image changes`);
    out.push("");
  }
  let shownResources = 0;
  let cutResources = 0;
  for (const env of plan.environments) {
    if (level === "summary") break;
    if (env.resources.length === 0 && env.errors.length === 0) continue;
    out.push(`<details><summary><b>${htmlText(planLine(env))}</b></summary>`, "");
    for (const error of env.errors) out.push(`> \u274C ${text(error.split("\n")[0] ?? "")}`, "");
    const room = Math.max(0, resourceLimit - shownResources);
    for (const resource of env.resources.slice(0, room)) out.push(...resourceSection(resource, level, diffLines));
    shownResources += Math.min(room, env.resources.length);
    if (env.resources.length > room) {
      out.push(`- \u2026 and ${env.resources.length - room} more`);
      cutResources += env.resources.length - room;
    }
    out.push(...level === "list" || level === "names" ? [""] : [], "</details>", "");
  }
  if (level === "short") cut.push(`per-resource diffs shortened to ${diffLines} lines`);
  if (level === "list") cut.push("per-resource diffs (resource list only)");
  if (level === "names") cut.push("per-resource diffs and field changes (resource names only)");
  if (cutResources) cut.push(`${cutResources} of ${shownResources + cutResources} resources in the list`);
  if (level === "summary") cut.push("the per-environment sections");
  if (plan.skipped.length)
    out.push(
      `<sub>Not affected by the changed files, not rendered: ${plan.skipped.map((s) => text(s.name)).join(", ")}</sub>`,
      ""
    );
  if (cut.length)
    out.push(
      `> \u2702\uFE0F Cut to fit GitHub's comment size limit: ${cut.join("; ")}. The full diff is in ${options.fullDiffLocation ?? "the full-diff file"}.`,
      ""
    );
  out.push("<sub>Secret values are never shown; only which keys changed.</sub>");
  return `${out.join("\n")}
`;
}
function resourceSection(resource, level, diffLines) {
  const title = `\`${changeSymbol(resource.change)}\` ${text(resourceTitle(resource))}`;
  const notes = [];
  const secret = secretKeyLine(resource);
  if (secret) notes.push(text(secret));
  if (resource.reason) notes.push(text(resource.reason));
  if (resource.rollsOut?.length) notes.push(`rolls out ${text(resource.rollsOut.map(formatRef).join(", "))}`);
  if (level === "names") return [`- ${title}`];
  if (level === "list") {
    if (!secret) for (const field of resource.fields.slice(0, 3)) notes.push(code(fieldLine(field, 60)));
    if (!secret && resource.fields.length > 3) notes.push(`${resource.fields.length - 3} more fields`);
    return [`- ${title}${notes.length ? ` \u2014 ${notes.join("; ")}` : ""}`];
  }
  const lines = [`**${title}**`];
  if (notes.length) lines.push("", ...notes.map((note) => `- ${note}`));
  let body = resource.diff.split("\n");
  if (level === "short" && diffLines !== void 0 && body.length > diffLines)
    body = [...body.slice(0, diffLines), `\u2026 ${body.length - diffLines} more lines`];
  lines.push("", fenced(body.join("\n"), "diff"), "");
  return lines;
}
function sum(plan, pick) {
  return plan.environments.reduce((total, env) => total + pick(env), 0);
}
function toolingBanner(files, shown) {
  const list = files.slice(0, shown).map((file) => code(file));
  if (files.length > shown) list.push(`and ${files.length - shown} more`);
  return [
    "> [!WARNING]",
    `> **Tooling changed**: ${toolingSentence(files.length)}: ${list.join(", ")}.`,
    "> The pull request's own workflow run (validate, plan job) ran its changed version of them: do not rely on those checks. The sticky plan comment is computed by the base branch's Slipway, rendering both revisions with the base revision's settings.",
    ""
  ];
}

// src/plan/format/index.ts
var PLAN_FORMATS = ["markdown", "json", "text"];
function parsePlanFormat(value) {
  if (PLAN_FORMATS.includes(value)) return value;
  throw new UsageError(`--format: unknown format ${JSON.stringify(value)} (expected ${PLAN_FORMATS.join(", ")})`);
}
function formatPlan(plan, format, markdown = {}) {
  switch (format) {
    case "json":
      return renderJson(plan);
    case "text":
      return renderText(plan);
    default:
      return renderMarkdown(plan, markdown).markdown;
  }
}

export {
  PLAN_FORMATS,
  parsePlanFormat,
  formatPlan
};
//# sourceMappingURL=chunk-NTEOURNR.js.map
