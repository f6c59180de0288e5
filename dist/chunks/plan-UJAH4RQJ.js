import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  writeFullDiff
} from "./chunk-4MFK5PIN.js";
import {
  formatPlan,
  parsePlanFormat
} from "./chunk-NTEOURNR.js";
import {
  createPlan,
  parseMaxCommentChars,
  renderFullDiff
} from "./chunk-M3UAY3CX.js";
import "./chunk-S2CQAO26.js";
import "./chunk-XAWRQWTT.js";
import {
  code
} from "./chunk-J2HC3OBI.js";
import {
  createProgress
} from "./chunk-BRJJTBYL.js";
import {
  parseShard,
  readShardWeights
} from "./chunk-POLLFBIY.js";
import "./chunk-K3ZHAPP6.js";
import "./chunk-HI2CB3BG.js";
import {
  action,
  collect
} from "./chunk-LR7QPOOY.js";
import "./chunk-WVJIADMF.js";
import "./chunk-LDDIOIKT.js";
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

// src/cli/plan.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
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
        ...flags.shardWeights ? { shardWeights: await readShardWeights(resolve(context.cwd, flags.shardWeights)) } : {},
        base: flags.base,
        ...flags.head ? { head: flags.head } : {},
        ...paths.length ? { paths } : {},
        ...flags.env?.length ? { environments: flags.env } : {},
        ...flags.all ? { all: true } : {},
        ...flags.config ? { configFile: resolve(context.cwd, flags.config) } : {},
        ...flags.kustomize ? { kustomizeCommand: flags.kustomize } : {},
        ...flags.kubernetesVersion ? { kubernetesVersion: flags.kubernetesVersion } : {}
      });
      progress.done();
      const maxChars = parseMaxCommentChars(flags.maxCommentChars, run.config.maxCommentChars, "--max-comment-chars");
      const fullDiffFile = await writeFullDiff(renderFullDiff(run.plan), flags.fullDiff, context.cwd);
      const text = formatPlan(run.plan, format, { maxChars, fullDiffLocation: code(fullDiffFile) });
      if (flags.output) {
        const file = resolve(context.cwd, flags.output);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      } else context.stdout.write(text);
      context.stderr.write(`slipway plan: full diff written to ${fullDiffFile}
`);
      return run.plan.environments.some((env) => env.errors.length > 0) ? 1 : 0;
    })
  );
};
export {
  registerPlanCommand
};
//# sourceMappingURL=plan-UJAH4RQJ.js.map
