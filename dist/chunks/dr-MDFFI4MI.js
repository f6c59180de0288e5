import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  drStatus,
  renderStatusText
} from "./chunk-SJZHXAZP.js";
import "./chunk-AKHTQWBS.js";
import "./chunk-26G75754.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-P2ZH7NOG.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-XSUEAX6I.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-BQDKYLJL.js";
import "./chunk-Z6FARMIB.js";
import "./chunk-K3ZHAPP6.js";
import "./chunk-PO45RDQT.js";
import {
  action
} from "./chunk-LR7QPOOY.js";
import {
  Option
} from "./chunk-6IB5EKB3.js";
import "./chunk-FUDDQNB7.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-WVJIADMF.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-XQAWCN3F.js";
import "./chunk-GEK42CFO.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-GKJJR7QI.js";
import "./chunk-6JA5DT7B.js";
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
//# sourceMappingURL=dr-MDFFI4MI.js.map
