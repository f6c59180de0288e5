import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  BUILTIN_RULES,
  FINGERPRINT_KEY,
  GithubReporter,
  JsonReporter,
  SARIF_SCHEMA_URI,
  SARIF_SRCROOT,
  SarifReporter,
  TextReporter,
  createReporter,
  escapeData,
  escapeProperty,
  formatAnnotation,
  omittedNotice,
  planAnnotations,
  renderJobSummary,
  ruleMetadata,
  shouldUseColor,
  toAnnotation,
  toArtifactUri,
  toJsonReport,
  toSarif
} from "./chunk-HJRR4NWN.js";
import {
  REPORT_FORMATS,
  parseReportFormat
} from "./chunk-CISVPPMV.js";
import {
  STEP_SUMMARY_LIMIT_BYTES
} from "./chunk-3OFZHWTP.js";
import {
  groupFindings
} from "./chunk-FLTQMEEW.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";
export {
  ANNOTATIONS_PER_LEVEL,
  BUILTIN_RULES,
  FINGERPRINT_KEY,
  GithubReporter,
  JsonReporter,
  REPORT_FORMATS,
  SARIF_SCHEMA_URI,
  SARIF_SRCROOT,
  STEP_SUMMARY_LIMIT_BYTES,
  SarifReporter,
  TextReporter,
  createReporter,
  escapeData,
  escapeProperty,
  formatAnnotation,
  groupFindings,
  omittedNotice,
  parseReportFormat,
  planAnnotations,
  renderJobSummary,
  ruleMetadata,
  shouldUseColor,
  toAnnotation,
  toArtifactUri,
  toJsonReport,
  toSarif
};
//# sourceMappingURL=report-6AKHKY5H.js.map
