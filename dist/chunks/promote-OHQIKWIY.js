import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-M6CNSY7X.js";
import "./chunk-X2NGNAJQ.js";
import "./chunk-6UWS2XYG.js";
import "./chunk-U2XEKS5I.js";
import "./chunk-EGHQFT2B.js";
import "./chunk-CVV2ICEV.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-MTMSODKJ.js";
import "./chunk-Y6ZLOKPD.js";
import "./chunk-XD7JW4PE.js";
import "./chunk-TWNUSABN.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-VPFAWLEM.js";
import "./chunk-FUDDQNB7.js";
import "./chunk-ZDQSU6GZ.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-AQMZRWGR.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-ACIBVD56.js";
import "./chunk-BHJCZ2AS.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-6SW6MJ6T.js";
export {
  parseFormat,
  parseNow,
  registerPromoteCommand
};
//# sourceMappingURL=promote-OHQIKWIY.js.map
