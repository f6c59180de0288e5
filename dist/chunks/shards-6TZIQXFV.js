import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  findRepoRoot
} from "./chunk-TJ7Q3D6Q.js";
import {
  MAX_SHARDS
} from "./chunk-K3ZHAPP6.js";
import {
  discoverEnvironments,
  loadConfig
} from "./chunk-HI2CB3BG.js";
import {
  action
} from "./chunk-LR7QPOOY.js";
import "./chunk-WVJIADMF.js";
import "./chunk-LDDIOIKT.js";
import {
  Option
} from "./chunk-6IB5EKB3.js";
import "./chunk-I5JGUYUF.js";
import "./chunk-VI375W5W.js";
import "./chunk-YGF2LCPS.js";
import "./chunk-ILDUC7BX.js";
import "./chunk-PEXW4HFU.js";
import "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-6JA5DT7B.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/shards.ts
import { resolve } from "node:path";

// src/github/step-output.ts
import { appendFile } from "node:fs/promises";
async function writeStepOutputs(outputs, file = process.env.GITHUB_OUTPUT) {
  if (!file) throw new UsageError("GITHUB_OUTPUT is not set: --format github runs inside a GitHub Actions step");
  for (const [name, value] of Object.entries(outputs))
    if (!/^[A-Za-z_][\w-]*$/.test(name) || /[\r\n]/.test(value))
      throw new UsageError(`step output ${JSON.stringify(name)} must be a name with a single-line value`);
  await appendFile(
    file,
    Object.entries(outputs).map(([name, value]) => `${name}=${value}
`).join(""),
    "utf8"
  );
}

// src/validation/matrix.ts
var DEFAULT_MAX_SHARDS = 8;
function shardCount(environments, matrix) {
  if (!matrix || environments <= matrix.environmentsPerShard) return 1;
  const wanted = Math.ceil(environments / matrix.environmentsPerShard);
  return Math.max(1, Math.min(wanted, matrix.maxShards ?? DEFAULT_MAX_SHARDS, MAX_SHARDS));
}
function shardList(count) {
  return Array.from({ length: count }, (_, i) => `${i + 1}/${count}`);
}
function describeShardMatrix(matrix) {
  const environments = `${matrix.environments} environment${matrix.environments === 1 ? "" : "s"}`;
  return `${environments}: ${matrix.count === 1 ? "one job (not split)" : `${matrix.count} shards`}`;
}
async function computeShardMatrix(options) {
  const config = options.config ?? await loadConfig(options.repoRoot, options.configFile);
  const discovery = await discoverEnvironments({ repoRoot: options.repoRoot, config });
  const environments = discovery.environments.length;
  const count = shardCount(environments, config.ci?.matrix);
  return { count, shards: shardList(count), environments };
}

// src/cli/shards.ts
var registerShardsCommand = (program, context) => {
  program.command("shards").description(
    "Print the CI job matrix: how many shards validate and plan split into (ci.matrix of slipway.yaml), from the environments validate would discover. Nothing is rendered."
  ).option("-c, --config <file>", "slipway.yaml to use (default: the repository root's)").addOption(
    new Option(
      "-o, --format <format>",
      "json on stdout, or github: the step outputs count and shards in $GITHUB_OUTPUT"
    ).choices(["json", "github"]).default("json")
  ).action(
    action(context, async (options) => {
      const repoRoot = await findRepoRoot(context.cwd);
      const matrix = await computeShardMatrix({
        repoRoot,
        ...options.config ? { configFile: resolve(context.cwd, options.config) } : {}
      });
      if (options.format === "github") {
        await writeStepOutputs({ count: String(matrix.count), shards: JSON.stringify(matrix.shards) });
        context.stdout.write(`${describeShardMatrix(matrix)}
`);
      } else context.stdout.write(`${JSON.stringify(matrix)}
`);
      return 0;
    })
  );
};
export {
  registerShardsCommand
};
//# sourceMappingURL=shards-6TZIQXFV.js.map
