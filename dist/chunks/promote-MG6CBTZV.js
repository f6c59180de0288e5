import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-4YDHTNNH.js";
import "./chunk-K45LOUMS.js";
import "./chunk-TQLLVMQE.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-HH46WBX6.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-NTEOURNR.js";
import "./chunk-M3UAY3CX.js";
import "./chunk-S2CQAO26.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-POLLFBIY.js";
import "./chunk-K3ZHAPP6.js";
import "./chunk-HI2CB3BG.js";
import "./chunk-LR7QPOOY.js";
import "./chunk-WVJIADMF.js";
import "./chunk-LDDIOIKT.js";
import "./chunk-4WFFHY5W.js";
import "./chunk-I5JGUYUF.js";
import "./chunk-VI375W5W.js";
import "./chunk-YGF2LCPS.js";
import "./chunk-ILDUC7BX.js";
import "./chunk-6A2SAIH4.js";
import "./chunk-HRSHY6RN.js";
import "./chunk-MBO2E76D.js";
import "./chunk-36EPN6MW.js";
import "./chunk-PEXW4HFU.js";
import "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-GKJJR7QI.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";
export {
  parseFormat,
  parseNow,
  registerPromoteCommand
};
//# sourceMappingURL=promote-MG6CBTZV.js.map
