import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import{addWorktree,exportCommit,liveWorktrees,removeAllWorktrees,withWorktree}from"./chunk-DVG6IGMQ.js";import"./chunk-TDMEKWIU.js";import"./chunk-GY2T2CAF.js";import"./chunk-FZKIVTCK.js";import"./chunk-QYJ4WAMV.js";export{addWorktree,exportCommit,liveWorktrees,removeAllWorktrees,withWorktree};
//# sourceMappingURL=worktree-ZXHF34GF.js.map
