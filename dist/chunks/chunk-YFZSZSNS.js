import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import{UsageError}from"./chunk-FZKIVTCK.js";var REPORT_FORMATS=["text","json","sarif","github"];function parseReportFormat(value){if(REPORT_FORMATS.includes(value))return value;throw new UsageError(`unknown format "${value}" (expected text, json, sarif or github)`)}export{REPORT_FORMATS,parseReportFormat};
//# sourceMappingURL=chunk-YFZSZSNS.js.map
