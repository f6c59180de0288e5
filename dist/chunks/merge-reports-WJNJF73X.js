import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  REPORT_FORMATS,
  createReporter
} from "./chunk-XLCGX2N2.js";
import {
  writeJobSummary
} from "./chunk-3OFZHWTP.js";
import {
  Option
} from "./chunk-6IB5EKB3.js";
import "./chunk-J2HC3OBI.js";
import {
  mergeReports
} from "./chunk-ACIBVD56.js";
import {
  action
} from "./chunk-BHJCZ2AS.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/merge-reports.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var registerMergeReportsCommand = (program, context) => {
  program.command("merge-reports").description(
    "Combine the JSON reports of validate --shard I/N runs into one report (JSON, SARIF, text, or GitHub annotations + job summary)."
  ).argument("<file...>", "the shards' validate --format json reports").addOption(new Option("-o, --format <format>", "output format").choices([...REPORT_FORMATS]).default("json")).option("--output <file>", "write the merged report to this file instead of stdout").addOption(
    new Option("--fail-on <level>", "exit 1 when findings of this severity (or worse) exist").choices(["error", "warning", "never"]).default("error")
  ).action(
    action(context, async (files, options) => {
      const reports = [];
      for (const file of files) {
        const text2 = await readFile(resolve(context.cwd, file), "utf8").catch((error) => {
          throw new UsageError(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
        });
        try {
          reports.push(JSON.parse(text2));
        } catch (error) {
          throw new UsageError(`${file} is not JSON: ${error.message}`);
        }
      }
      const report = mergeReports(reports, files);
      const text = createReporter(options.format).render(report);
      if (options.output) await writeFile(resolve(context.cwd, options.output), text);
      else context.stdout.write(text);
      if (options.format === "github" && process.env.GITHUB_STEP_SUMMARY)
        await writeJobSummary(createReporter("github").summary(report));
      if (options.failOn === "never") return 0;
      if (report.summary.errors > 0) return 1;
      return options.failOn === "warning" && report.summary.warnings > 0 ? 1 : 0;
    })
  );
};
export {
  registerMergeReportsCommand
};
//# sourceMappingURL=merge-reports-WJNJF73X.js.map
