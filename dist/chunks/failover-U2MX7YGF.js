import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  renderResultJson,
  renderResultMarkdown,
  renderResultText,
  runFailover
} from "./chunk-37DUCNCV.js";
import "./chunk-K45LOUMS.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-HH46WBX6.js";
import {
  writeJobSummary
} from "./chunk-3OFZHWTP.js";
import "./chunk-M3UAY3CX.js";
import "./chunk-S2CQAO26.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-POLLFBIY.js";
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
import "./chunk-HRSHY6RN.js";
import "./chunk-MBO2E76D.js";
import "./chunk-36EPN6MW.js";
import "./chunk-PEXW4HFU.js";
import "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-GKJJR7QI.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-6JA5DT7B.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/failover.ts
import { resolve } from "node:path";
var registerFailoverCommands = (program, context) => {
  for (const direction of ["failover", "failback"]) {
    program.command(direction).description(
      direction === "failover" ? "Fail over to the DR environment: preflight, plan diff of both overlays and checklist; one commit swaps the standby component for the active one." : "Fail back to the primary: restores both overlays byte for byte to their state before the failover."
    ).requiredOption(
      "--to <env>",
      direction === "failover" ? "the secondary environment (failover.secondary.environment)" : "the primary environment (failover.primary.environment)"
    ).option("--reason <text>", "why, recorded in the Slipway-Reason trailer").option("--commit", "make one local commit").option("--push", "commit and push; a rejected push re-applies the change on the new tip").option("--no-verify-images", "do not query ECR for the digests").option(
      "--wait",
      "with --push: wait for the target's Argo CD Application to be Synced and Healthy, and print commit \u2192 Healthy against the RTO"
    ).addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).option("-c, --config <file>", "slipway.yaml to use (default: the repository root's)").option("--remote <name>", "remote for --push (default origin)").option("--branch <name>", "branch for --push (default the current branch)").action(action(context, async (options) => run(direction, options, context)));
  }
};
async function run(direction, options, context) {
  if (options.commit && options.push) throw new UsageError("--commit and --push are exclusive (--push also commits)");
  const request = {
    cwd: context.cwd,
    direction,
    to: options.to,
    mode: options.push ? "push" : options.commit ? "commit" : "dry-run",
    verifyImages: options.verifyImages,
    onProgress: (line) => context.stderr.write(`${line}
`),
    ...options.reason !== void 0 ? { reason: options.reason } : {},
    ...options.config ? { configFile: resolve(context.cwd, options.config) } : {},
    ...options.remote ? { remote: options.remote } : {},
    ...options.branch ? { branch: options.branch } : {},
    ...options.wait ? { wait: {} } : {}
  };
  const result = await runFailover(request);
  context.stdout.write(options.format === "json" ? renderResultJson(result) : renderResultText(result));
  await writeJobSummary(renderResultMarkdown(result));
  if (result.outcome === "refused") return 1;
  if (result.rollout && result.rollout.outcome !== "healthy") return 1;
  return 0;
}
export {
  registerFailoverCommands
};
//# sourceMappingURL=failover-U2MX7YGF.js.map
