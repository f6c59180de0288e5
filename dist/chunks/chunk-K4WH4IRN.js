import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  formatPlan,
  parsePlanFormat
} from "./chunk-H4K2JRBQ.js";
import {
  createPlan,
  renderFullDiff
} from "./chunk-Y7R3Z3TG.js";
import {
  createProgress
} from "./chunk-BRJJTBYL.js";
import {
  code
} from "./chunk-J2HC3OBI.js";
import {
  parseShard,
  readShardWeights
} from "./chunk-7EABELX7.js";
import {
  action,
  collect
} from "./chunk-3EMH6ESO.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/cli/plan.ts
import { mkdir as mkdir2, writeFile } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";

// src/plan/output.ts
import { constants } from "node:fs";
import { mkdir, mkdtemp, open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
var FULL_DIFF_NAME = "full.diff";
async function writeFullDiff(text, file, cwd, tmp = tmpdir()) {
  let path;
  let flags;
  if (file === void 0) {
    const dir = await mkdtemp(join(tmp, "slipway-plan-"));
    path = join(dir, FULL_DIFF_NAME);
    flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  } else {
    path = resolve(cwd, file);
    flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  }
  try {
    if (file !== void 0) await mkdir(dirname(path), { recursive: true });
    const handle = await open(path, flags, 384);
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code2 = error.code;
    const why = code2 === "ELOOP" ? "is a symbolic link (not followed)" : code2 === "EEXIST" ? "already exists" : code2 === "EISDIR" ? "is a directory" : error.message;
    throw new UsageError(`--full-diff: cannot write ${path}: ${why}`);
  }
  return path;
}

// src/cli/plan.ts
function parseMaxCommentChars(value, fallback) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1e3 || Number(value) > 65536)
    throw new UsageError(`--max-comment-chars: expected an integer from 1000 to 65536, got ${JSON.stringify(value)}`);
  return Number(value);
}
var registerPlanCommand = (program, context) => {
  program.command("plan").description(
    "Show what each environment will change between --base and --head (default: the working tree), resource by resource. Secret values are never printed."
  ).argument("[paths...]", "Kustomize roots or YAML paths to plan instead of the discovered environments").option("--base <ref>", "base revision (branch, tag or commit), e.g. origin/main").option("--head <ref>", "head revision; default: the working tree as it is").option("--env <name>", "only this environment (repeatable)", collect).option("--format <format>", "markdown, json or text", "markdown").option(
    "--max-comment-chars <n>",
    "markdown size budget; detail is cut to fit (default: plan.maxCommentChars or 65536)"
  ).option("--output <file>", "write the plan to FILE instead of standard output").option(
    "--full-diff <file>",
    "where the full diff is written (default: full.diff in a new slipway-plan-XXXXXX directory under the system temp directory; a symlink is never followed)"
  ).option("--all", "render every environment, not only those the changed files affect").option("--shard <I/N>", "plan only shard I of N of the environments (the same split as validate --shard)").option(
    "--shard-weights <report.json>",
    "a previous validate --format json report: its resource counts balance the shards"
  ).option(
    "-q, --quiet",
    "no progress on stderr (default: a status line on a terminal, one line per environment in CI)"
  ).option("--config <file>", "config file (default: slipway.yaml at the repository root)").option("--kustomize <command>", 'Kustomize program, e.g. /usr/local/bin/kustomize or "kubectl kustomize"').option("--kubernetes-version <x.y>", "target Kubernetes version for every environment").action(
    action(context, async (paths, flags) => {
      if (!flags.base) throw new UsageError("--base is required (e.g. --base origin/main)");
      const format = parsePlanFormat(flags.format);
      const progress = createProgress({ stream: context.stderr, quiet: flags.quiet });
      const run = await createPlan({
        cwd: context.cwd,
        onRendered: progress.rendered,
        ...flags.shard !== void 0 ? { shard: parseShard(flags.shard) } : {},
        ...flags.shardWeights ? { shardWeights: await readShardWeights(resolve2(context.cwd, flags.shardWeights)) } : {},
        base: flags.base,
        ...flags.head ? { head: flags.head } : {},
        ...paths.length ? { paths } : {},
        ...flags.env?.length ? { environments: flags.env } : {},
        ...flags.all ? { all: true } : {},
        ...flags.config ? { configFile: resolve2(context.cwd, flags.config) } : {},
        ...flags.kustomize ? { kustomizeCommand: flags.kustomize } : {},
        ...flags.kubernetesVersion ? { kubernetesVersion: flags.kubernetesVersion } : {}
      });
      progress.done();
      const maxChars = parseMaxCommentChars(flags.maxCommentChars, run.config.maxCommentChars);
      const fullDiffFile = await writeFullDiff(renderFullDiff(run.plan), flags.fullDiff, context.cwd);
      const text = formatPlan(run.plan, format, { maxChars, fullDiffLocation: code(fullDiffFile) });
      if (flags.output) {
        const file = resolve2(context.cwd, flags.output);
        await mkdir2(dirname2(file), { recursive: true });
        await writeFile(file, text);
      } else context.stdout.write(text);
      context.stderr.write(`slipway plan: full diff written to ${fullDiffFile}
`);
      return run.plan.environments.some((env) => env.errors.length > 0) ? 1 : 0;
    })
  );
};

export {
  writeFullDiff,
  parseMaxCommentChars,
  registerPlanCommand
};
//# sourceMappingURL=chunk-K4WH4IRN.js.map
