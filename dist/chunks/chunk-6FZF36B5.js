import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
function createProgress(options){let env=options.env??process.env,tty=options.stream.isTTY===!0&&env.CI!=="true",mode=options.quiet?"quiet":tty?"tty":"lines",color=tty&&env.NO_COLOR===void 0,bold=text=>color?`\x1B[1m${text}\x1B[22m`:text,shown=!1;return{mode,rendered(event){let name=event.side?`${event.environment} (${event.side})`:event.environment;if(mode!=="quiet"){if(mode==="lines"){options.stream.write(`slipway: rendered ${name} in ${(event.renderMs/1e3).toFixed(2)} s (${event.resources} resources) [${event.done}/${event.total}]
`);return}shown=!0,options.stream.write(`\r${bold(`rendered ${event.done}/${event.total}`)} \xB7 ${name} (${(event.renderMs/1e3).toFixed(1)} s)\x1B[K`)}},done(){shown&&options.stream.write("\r\x1B[K"),shown=!1}}}export{createProgress};
//# sourceMappingURL=chunk-6FZF36B5.js.map
