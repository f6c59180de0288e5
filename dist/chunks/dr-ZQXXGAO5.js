import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  drStatus,
  renderStatusText
} from "./chunk-37DUCNCV.js";
import "./chunk-K45LOUMS.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-HH46WBX6.js";
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
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/dr.ts
import { resolve } from "node:path";
var registerDrCommands = (program, context) => {
  const dr = program.command("dr").description("Disaster recovery readiness.");
  dr.command("status").description("Which side is active, digest parity per service, and every failover preflight check.").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).option("--no-verify-images", "do not query ECR for the digests").option("-c, --config <file>", "slipway.yaml to use (default: the repository root's)").action(
    action(context, async (options) => {
      const status = await drStatus({
        cwd: context.cwd,
        verifyImages: options.verifyImages,
        onProgress: (line) => context.stderr.write(`${line}
`),
        ...options.config ? { configFile: resolve(context.cwd, options.config) } : {}
      });
      context.stdout.write(
        options.format === "json" ? `${JSON.stringify(status, null, 2)}
` : renderStatusText(status)
      );
      return status.ready ? 0 : 1;
    })
  );
};
export {
  registerDrCommands
};
//# sourceMappingURL=dr-ZQXXGAO5.js.map
