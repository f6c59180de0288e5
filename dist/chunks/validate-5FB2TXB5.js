import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-HH46WBX6.js";
import {
  REPORT_FORMATS
} from "./chunk-CISVPPMV.js";
import {
  writeJobSummary
} from "./chunk-3OFZHWTP.js";
import {
  findRepoRoot
} from "./chunk-TJ7Q3D6Q.js";
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

// src/cli/validate.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var registerValidateCommand = (program, context) => {
  program.command("validate").description(
    "Render every environment as Argo CD would and validate it: strict schemas, removed APIs, policies, cross-resource checks."
  ).argument(
    "[path...]",
    "Kustomize roots, plain YAML files/directories, or - for a YAML stream on standard input (default: every environment from Argo CD apps / slipway.yaml)"
  ).option("-c, --config <file>", "slipway.yaml to use (default: the repository root's)").option("-e, --env <name>", "validate only this environment (repeatable)", collect).option(
    "-k, --kubernetes-version <X.Y>",
    "target Kubernetes version for every environment (default: per environment in config, else 1.33)"
  ).option(
    "-s, --schema-location <loc>",
    'schema directory, kubeconform-style template, or "default" (repeatable, tried in order)',
    collect
  ).addOption(new Option("-o, --format <format>", "output format").choices([...REPORT_FORMATS]).default("text")).option("--output <file>", "write the report to this file instead of stdout").option(
    "--kustomize <program>",
    'kustomize binary, or "kubectl kustomize" (default: $KUSTOMIZE, kustomize on PATH, kubectl kustomize)'
  ).option("--cache-dir <dir>", "schema download cache directory").addOption(
    new Option("--fail-on <level>", "exit 1 when findings of this severity (or worse) exist").choices(["error", "warning", "never"]).default("error")
  ).option("--no-locate", "skip mapping findings to source lines").option(
    "--shard <I/N>",
    "validate only shard I of N (environments split by a stable hash, or balanced with --shard-weights); combine the JSON outputs with slipway merge-reports"
  ).option(
    "--shard-weights <report.json>",
    "a previous --format json report: its resource counts balance the shards (ignored when missing)"
  ).option(
    "-q, --quiet",
    "no progress on stderr (default: a status line on a terminal, one line per environment in CI)"
  ).action(
    action(context, async (paths, options) => {
      const repoRoot = await findRepoRoot(context.cwd);
      const stdin = paths.includes("-") ? await readStream(context.stdin ?? process.stdin, MAX_STDIN_BYTES) : void 0;
      const progress = createProgress({ stream: context.stderr, quiet: options.quiet });
      const shard = options.shard !== void 0 ? parseShard(options.shard) : void 0;
      const shardWeights = options.shardWeights ? await readShardWeights(resolve(context.cwd, options.shardWeights)) : void 0;
      const report = await validate({
        repoRoot,
        shard,
        shardWeights,
        cwd: context.cwd,
        paths: paths.filter((path) => path !== "-"),
        stdin,
        configFile: options.config ? resolve(context.cwd, options.config) : void 0,
        environments: options.env,
        kubernetesVersion: options.kubernetesVersion,
        schemaLocations: options.schemaLocation,
        kustomizeCommand: options.kustomize,
        cacheDir: options.cacheDir,
        locate: options.locate,
        onRendered: (result, { done, total }) => progress.rendered({
          done,
          total,
          environment: result.environment.name,
          renderMs: result.renderMs,
          resources: result.resources.length
        })
      });
      progress.done();
      const nothing = shard ? void 0 : nothingToValidate(report);
      if (nothing) throw new UsageError(nothing);
      const { createReporter, shouldUseColor } = await import("./report-6AKHKY5H.js");
      const reporter = createReporter(options.format, {
        color: !options.output && shouldUseColor(context.stdout)
      });
      const text = reporter.render(report);
      if (options.output) {
        const file = resolve(context.cwd, options.output);
        await writeFile(file, text).catch((error) => {
          throw new UsageError(
            `cannot write --output ${options.output}: ${error.code === "ENOENT" ? "no such directory" : error.message}`
          );
        });
      } else context.stdout.write(text);
      if (options.format === "github") await writeJobSummary(createReporter("github").summary(report));
      if (options.failOn === "never") return 0;
      if (report.summary.errors > 0) return 1;
      if (options.failOn === "warning" && report.summary.warnings > 0) return 1;
      return 0;
    })
  );
};
var MAX_STDIN_BYTES = 512 * 1024 * 1024;
async function readStream(stream, maxBytes) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes)
        throw new UsageError(`standard input holds more than ${maxBytes} bytes; validate a directory instead`);
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read standard input: ${error.message}`);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function nothingToValidate(report) {
  if (report.summary.resources > 0 || report.summary.errors > 0) return void 0;
  if (report.environments.length === 0) {
    return "nothing to validate: no environment found (no Argo CD Application or ApplicationSet, no environments.<name>.path in slipway.yaml, no Kustomize root in the repository); pass a PATH or add one";
  }
  const names = report.environments.map((env) => `${env.name} (${env.path})`);
  return `nothing to validate: ${names.length === 1 ? "the environment" : `all ${names.length} environments`} rendered no resources: ${names.join(", ")}`;
}
export {
  MAX_STDIN_BYTES,
  nothingToValidate,
  registerValidateCommand
};
//# sourceMappingURL=validate-5FB2TXB5.js.map
