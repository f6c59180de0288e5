import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-4UGEZX2P.js";
import "./chunk-X2NGNAJQ.js";
import "./chunk-6UWS2XYG.js";
import "./chunk-U2XEKS5I.js";
import "./chunk-DCBG4ELA.js";
import "./chunk-2NX2VEQM.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-N5TRED52.js";
import "./chunk-VL7H5VHI.js";
import "./chunk-XD7JW4PE.js";
import "./chunk-TWNUSABN.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-WGNS4J2L.js";
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
//# sourceMappingURL=promote-A57FZME7.js.map
