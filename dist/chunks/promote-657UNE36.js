import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-ILCCCLE3.js";
import "./chunk-RK5O27ZI.js";
import "./chunk-JK7V4FDU.js";
import "./chunk-CO4IFW5A.js";
import "./chunk-3JPQGFXM.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-MA6YYLWU.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-RAVAQD2X.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-AL3TFSZH.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-QDMUXZ2O.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-AQCULI6G.js";
import "./chunk-LR7QPOOY.js";
import "./chunk-FUDDQNB7.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-WVJIADMF.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-PWWWP3CS.js";
import "./chunk-GEK42CFO.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-GKJJR7QI.js";
import "./chunk-6JA5DT7B.js";
import "./chunk-6SW6MJ6T.js";
export {
  parseFormat,
  parseNow,
  registerPromoteCommand
};
//# sourceMappingURL=promote-657UNE36.js.map
