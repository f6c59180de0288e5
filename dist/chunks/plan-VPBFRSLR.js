import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseMaxCommentChars,
  registerPlanCommand
} from "./chunk-K4WH4IRN.js";
import "./chunk-H4K2JRBQ.js";
import "./chunk-Y7R3Z3TG.js";
import "./chunk-XD7JW4PE.js";
import "./chunk-TWNUSABN.js";
import "./chunk-BRJJTBYL.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-7EABELX7.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-SFRMHHDG.js";
import "./chunk-FUDDQNB7.js";
import "./chunk-3EMH6ESO.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";
export {
  parseMaxCommentChars,
  registerPlanCommand
};
//# sourceMappingURL=plan-VPBFRSLR.js.map
