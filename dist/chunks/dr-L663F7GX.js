import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  drStatus,
  renderStatusText
} from "./chunk-Q3Q6FTTP.js";
import "./chunk-5BRTS56E.js";
import "./chunk-U2XEKS5I.js";
import "./chunk-XABRHHBP.js";
import "./chunk-TFUM7ACD.js";
import "./chunk-D4YNIM22.js";
import "./chunk-KWGMOYHE.js";
import {
  Option
} from "./chunk-6IB5EKB3.js";
import "./chunk-KXVADN2C.js";
import "./chunk-XD7JW4PE.js";
import "./chunk-TWNUSABN.js";
import "./chunk-NJQO7S6P.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-DM5BIQMK.js";
import "./chunk-FUDDQNB7.js";
import {
  action
} from "./chunk-55O2N4A6.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-DC5RP2FM.js";
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
//# sourceMappingURL=dr-L663F7GX.js.map
