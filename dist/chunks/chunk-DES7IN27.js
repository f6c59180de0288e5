import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import{appendFile}from"node:fs/promises";var STEP_SUMMARY_LIMIT_BYTES=1024*1024-4*1024;async function writeJobSummary(markdown,file=process.env.GITHUB_STEP_SUMMARY){return file?(await appendFile(file,markdown.endsWith(`
`)?markdown:`${markdown}
`,"utf8"),!0):!1}export{STEP_SUMMARY_LIMIT_BYTES,writeJobSummary};
//# sourceMappingURL=chunk-DES7IN27.js.map
