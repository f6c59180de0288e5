import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import{stat}from"node:fs/promises";import{dirname,join}from"node:path";async function findRepoRoot(cwd){let dir=cwd;for(;;){for(let marker of["slipway.yaml","slipway.yml",".git"])try{return await stat(join(dir,marker)),dir}catch{}let parent=dirname(dir);if(parent===dir)return cwd;dir=parent}}export{findRepoRoot};
//# sourceMappingURL=chunk-TLBTFM6A.js.map
