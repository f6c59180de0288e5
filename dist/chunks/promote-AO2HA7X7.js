import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-UU5VBX4F.js";
import "./chunk-35QKQY2R.js";
import "./chunk-5BRTS56E.js";
import "./chunk-U2XEKS5I.js";
import "./chunk-XABRHHBP.js";
import "./chunk-TFUM7ACD.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-D4YNIM22.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-KBIM5CUI.js";
import "./chunk-KXVADN2C.js";
import "./chunk-XD7JW4PE.js";
import "./chunk-TWNUSABN.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-NJQO7S6P.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-DM5BIQMK.js";
import "./chunk-FUDDQNB7.js";
import "./chunk-55O2N4A6.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-6SW6MJ6T.js";
export {
  parseFormat,
  parseNow,
  registerPromoteCommand
};
//# sourceMappingURL=promote-AO2HA7X7.js.map
