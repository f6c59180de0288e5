import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-KZK563MA.js";
import "./chunk-X2NGNAJQ.js";
import "./chunk-5BRTS56E.js";
import "./chunk-U2XEKS5I.js";
import "./chunk-M2AB3HTJ.js";
import "./chunk-OBIJMMIZ.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-U23O7VB4.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-H4K2JRBQ.js";
import "./chunk-Y7R3Z3TG.js";
import "./chunk-XD7JW4PE.js";
import "./chunk-TWNUSABN.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-7EABELX7.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-SFRMHHDG.js";
import "./chunk-FUDDQNB7.js";
import "./chunk-3EMH6ESO.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-6SW6MJ6T.js";
export {
  parseFormat,
  parseNow,
  registerPromoteCommand
};
//# sourceMappingURL=promote-JBU5NBZG.js.map
