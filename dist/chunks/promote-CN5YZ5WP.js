import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  parseFormat,
  parseNow,
  registerPromoteCommand
} from "./chunk-NEBU5WRZ.js";
import "./chunk-EIBSQXDT.js";
import "./chunk-C2DYTCEV.js";
import "./chunk-2AYOUKJB.js";
import "./chunk-IYPEUBTL.js";
import "./chunk-RUNKRD2Z.js";
import "./chunk-STJL7J6R.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-ACIBVD56.js";
import "./chunk-Z6ZXRC5P.js";
import "./chunk-G3R6SUY4.js";
import "./chunk-TJ7Q3D6Q.js";
import "./chunk-BSJYH7DO.js";
import "./chunk-SA4AA5ZP.js";
import "./chunk-QO3JSAC5.js";
import "./chunk-CGJA7OZJ.js";
import "./chunk-AQMZRWGR.js";
import "./chunk-BHJCZ2AS.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-6SW6MJ6T.js";
export {
  parseFormat,
  parseNow,
  registerPromoteCommand
};
//# sourceMappingURL=promote-CN5YZ5WP.js.map
