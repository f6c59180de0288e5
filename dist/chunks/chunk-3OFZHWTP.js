import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/github/summary.ts
import { appendFile } from "node:fs/promises";
var STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4 * 1024;
async function writeJobSummary(markdown, file = process.env.GITHUB_STEP_SUMMARY) {
  if (!file) return false;
  await appendFile(file, markdown.endsWith("\n") ? markdown : `${markdown}
`, "utf8");
  return true;
}

export {
  STEP_SUMMARY_LIMIT_BYTES,
  writeJobSummary
};
//# sourceMappingURL=chunk-3OFZHWTP.js.map
