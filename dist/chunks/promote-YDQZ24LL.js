import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-HNGE5MNN.js";
import "./chunk-AKHTQWBS.js";
import "./chunk-H4UPTOKZ.js";
import "./chunk-XMGFWAAP.js";
import "./chunk-YG7HAGNH.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-P2ZH7NOG.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-XSUEAX6I.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-WCZPVMHO.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-QDMUXZ2O.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-WW5JL5TU.js";
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
//# sourceMappingURL=promote-YDQZ24LL.js.map
