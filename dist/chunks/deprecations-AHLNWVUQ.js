import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  API_DEPRECATIONS,
  API_INTRODUCTIONS,
  API_RULES,
  DEPRECATED_API_RULE,
  K8S_API_ROOT,
  NOT_YET_SERVED_RULE,
  REMOVED_API_RULE,
  checkApiVersions,
  findDeprecation,
  findIntroduction,
  lifecycleFile,
  lifecycleTypesFile,
  parseMinor,
  prereleaseLifecycle
} from "./chunk-4PPEVRCK.js";
import "./chunk-DRXQ22C5.js";
import "./chunk-HSIQMUQJ.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";
export {
  API_DEPRECATIONS,
  API_INTRODUCTIONS,
  API_RULES,
  DEPRECATED_API_RULE,
  K8S_API_ROOT,
  NOT_YET_SERVED_RULE,
  REMOVED_API_RULE,
  checkApiVersions,
  findDeprecation,
  findIntroduction,
  lifecycleFile,
  lifecycleTypesFile,
  parseMinor,
  prereleaseLifecycle
};
//# sourceMappingURL=deprecations-AHLNWVUQ.js.map
