import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  drStatus,
  renderStatusText
} from "./chunk-K3YR2OXV.js";
import "./chunk-C2DYTCEV.js";
import "./chunk-2AYOUKJB.js";
import "./chunk-RUNKRD2Z.js";
import "./chunk-STJL7J6R.js";
import {
  Option
} from "./chunk-6IB5EKB3.js";
import "./chunk-ACIBVD56.js";
import "./chunk-G3R6SUY4.js";
import "./chunk-BSJYH7DO.js";
import "./chunk-SA4AA5ZP.js";
import "./chunk-QO3JSAC5.js";
import "./chunk-CGJA7OZJ.js";
import "./chunk-AQMZRWGR.js";
import {
  action
} from "./chunk-BHJCZ2AS.js";
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
//# sourceMappingURL=dr-JJM5QERG.js.map
