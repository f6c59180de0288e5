#!/usr/bin/env node
import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  Command,
  CommanderError,
  Option
} from "./chunks/chunk-6IB5EKB3.js";
import {
  removeAllTempDirs
} from "./chunks/chunk-VI375W5W.js";
import {
  ConfigError,
  UsageError,
  errorMessage
} from "./chunks/chunk-OAC4VE6L.js";
import "./chunks/chunk-6SW6MJ6T.js";

// src/cli.ts
import { enableCompileCache } from "node:module";

// src/cli/main.ts
async function runCli(argv2, registrations2, io = {}) {
  const context = {
    get stdout() {
      return io.stdout ?? process.stdout;
    },
    get stderr() {
      return io.stderr ?? process.stderr;
    },
    get stdin() {
      return io.stdin ?? process.stdin;
    },
    cwd: io.cwd ?? process.cwd(),
    exitCode: 0
  };
  const program = new Command("slipway").description(
    "GitOps toolkit for Kubernetes on EKS: render and validate environments as Argo CD would, plan changes, publish images to ECR."
  ).version(process.env.SLIPWAY_VERSION ?? "0.1.0").exitOverride().configureOutput({
    writeOut: (text) => context.stdout.write(text),
    writeErr: (text) => context.stderr.write(text)
  }).showHelpAfterError("(run with --help for usage)");
  for (const register of registrations2) register(program, context);
  for (const command of program.commands) applyDefaults(command);
  try {
    await program.parseAsync(argv2, { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    context.stderr.write(`slipway: ${errorMessage(error)}
`);
    if (process.env.SLIPWAY_DEBUG && error instanceof Error && error.stack) context.stderr.write(`${error.stack}
`);
    if (error instanceof UsageError || error instanceof ConfigError) return 2;
    return 1;
  }
}
function applyDefaults(command) {
  command.exitOverride();
  command.showHelpAfterError("(run with --help for usage)");
  for (const sub of command.commands) applyDefaults(sub);
}

// src/cli/signals.ts
var SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
var CLEANUP_TIMEOUT_MS = 15e3;
function installSignalCleanup(exit) {
  let cleaning = false;
  const handler = (signal) => {
    const code = SIGNAL_EXIT_CODES[signal] ?? 1;
    if (cleaning) {
      exit(code);
      return;
    }
    cleaning = true;
    const timer = setTimeout(() => exit(code), CLEANUP_TIMEOUT_MS);
    void (async () => {
      const { removeAllWorktrees } = await import("./chunks/worktree-GAVOMWJF.js");
      await removeAllWorktrees({ final: true });
      await removeAllTempDirs();
    })().finally(() => {
      clearTimeout(timer);
      exit(code);
    });
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

// src/cli.ts
var COMMANDS = {
  validate: {
    args: "[path...]",
    summary: "Render every environment as Argo CD would and validate it: strict schemas, removed APIs, policies, cross-resource checks.",
    load: async () => (await import("./chunks/validate-5FB2TXB5.js")).registerValidateCommand
  },
  render: {
    args: "[env...]",
    summary: "Print what Argo CD would apply for each environment (YAML streams, or DIR/<env>.yaml with --output). Secret values are redacted unless --show-secrets.",
    load: async () => (await import("./chunks/render-VYH3J5WG.js")).registerRenderCommand
  },
  plan: {
    args: "[paths...]",
    summary: "Show what each environment will change between --base and --head (default: the working tree), resource by resource. Secret values are never printed.",
    load: async () => (await import("./chunks/plan-UJAH4RQJ.js")).registerPlanCommand
  },
  schemas: {
    summary: "Build JSON Schema catalogs for strict validation (kubeconform-compatible layouts).",
    load: async () => (await import("./chunks/schemas-EML43SCN.js")).registerSchemasCommands
  },
  "merge-reports": {
    args: "<file...>",
    summary: "Combine the JSON reports of validate --shard I/N runs into one report (JSON, SARIF, text, or GitHub annotations + job summary).",
    load: async () => (await import("./chunks/merge-reports-6OHSR4PC.js")).registerMergeReportsCommand
  },
  shards: {
    summary: "Print the CI job matrix (ci.matrix of slipway.yaml): how many shards validate and plan split into, from the environments. Nothing is rendered.",
    load: async () => (await import("./chunks/shards-6TZIQXFV.js")).registerShardsCommand
  },
  ecr: {
    summary: "Amazon ECR: repositories, lifecycle policies with an in-use guard, build and push.",
    load: async () => (await import("./chunks/ecr-GUKODB3K.js")).registerEcrCommands
  },
  promote: {
    summary: "Move a release (every service, by digest) into an environment behind its gates, as one commit with Slipway-* trailers.",
    load: async () => (await import("./chunks/promote-MG6CBTZV.js")).registerPromoteCommand
  },
  release: {
    summary: "Releases across environments: slipway release status.",
    load: async () => (await import("./chunks/release-IKWR46RS.js")).registerReleaseCommands
  },
  failover: {
    summary: "Fail over to the DR environment: preflight, then swap its standby component for the active one (traffic moves in the same commit).",
    load: async () => (await import("./chunks/failover-U2MX7YGF.js")).registerFailoverCommands
  },
  failback: {
    summary: "Fail back to the primary: restore both overlays to their state before the failover.",
    load: async () => (await import("./chunks/failover-U2MX7YGF.js")).registerFailoverCommands
  },
  dr: {
    summary: "Disaster recovery readiness: slipway dr status (active side, digest parity, preflight).",
    load: async () => (await import("./chunks/dr-ZQXXGAO5.js")).registerDrCommands
  }
};
enableCompileCache?.();
installSignalCleanup((code) => process.exit(code));
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(141);
  throw error;
});
var argv = process.argv.slice(2);
var named = argv.find((arg) => !arg.startsWith("-"));
var wanted = named === "help" ? argv.slice(argv.indexOf("help") + 1).find((arg) => !arg.startsWith("-")) : named;
var entry = wanted !== void 0 ? COMMANDS[wanted] : void 0;
var registrations = entry ? [await entry.load()] : Object.entries(COMMANDS).map(([name, { args, summary }]) => (program) => {
  const command = program.command(args ? `${name} ${args}` : name).description(summary);
  if (args) command.addOption(new Option("--options").hideHelp());
});
process.exitCode = await runCli(argv, registrations);
//# sourceMappingURL=cli.js.map
