import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-5VBYOCLH.js";
import "./chunk-AKHTQWBS.js";
import "./chunk-ITIW2YEX.js";
import "./chunk-26G75754.js";
import "./chunk-YG7HAGNH.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-P2ZH7NOG.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-XSUEAX6I.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-BQDKYLJL.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-Z6FARMIB.js";
import "./chunk-K3ZHAPP6.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-PO45RDQT.js";
import "./chunk-LR7QPOOY.js";
import "./chunk-FUDDQNB7.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-WVJIADMF.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-XQAWCN3F.js";
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
//# sourceMappingURL=promote-EQJWKHXE.js.map
