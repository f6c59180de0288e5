import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
function action(context,handler){return async(...args)=>{let code=await handler(...args);context.exitCode=typeof code=="number"?code:0}}function collect(value,previous){return[...previous??[],value]}export{action,collect};
//# sourceMappingURL=chunk-7MWH45HJ.js.map
