import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/report/format.ts
var REPORT_FORMATS = ["text", "json", "sarif", "github"];
function parseReportFormat(value) {
  if (REPORT_FORMATS.includes(value)) return value;
  throw new UsageError(`unknown format "${value}" (expected text, json, sarif or github)`);
}

export {
  REPORT_FORMATS,
  parseReportFormat
};
//# sourceMappingURL=chunk-CISVPPMV.js.map
