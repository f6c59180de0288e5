import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  addWorktree,
  exportCommit,
  liveWorktrees,
  removeAllWorktrees,
  withWorktree
} from "./chunk-4WFFHY5W.js";
import "./chunk-I5JGUYUF.js";
import "./chunk-VI375W5W.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";
export {
  addWorktree,
  exportCommit,
  liveWorktrees,
  removeAllWorktrees,
  withWorktree
};
//# sourceMappingURL=worktree-GAVOMWJF.js.map
