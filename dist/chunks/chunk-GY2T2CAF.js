import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import{mkdtemp,rm}from"node:fs/promises";import{tmpdir}from"node:os";import{join}from"node:path";var live=new Set;async function makeTempDir(label){let safe=label.replace(/[^A-Za-z0-9._-]/g,"_").slice(0,40)||"tmp",dir=await mkdtemp(join(tmpdir(),`slipway-${safe}-`));return live.add(dir),dir}async function removeTempDir(dir){await rm(dir,{recursive:!0,force:!0}).catch(()=>{}),live.delete(dir)}async function removeAllTempDirs(){await Promise.allSettled([...live].map(dir=>removeTempDir(dir)))}export{makeTempDir,removeTempDir,removeAllTempDirs};
//# sourceMappingURL=chunk-GY2T2CAF.js.map
