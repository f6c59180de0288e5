import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
function pointerTokens(pointer){return pointer===""?[]:pointer.slice(1).split("/").map(token=>token.replace(/~1/g,"/").replace(/~0/g,"~"))}function escapePointer(token){return String(token).replace(/~/g,"~0").replace(/\//g,"~1")}function resolvePointer(root,pointer){if(root===void 0)return{found:!1,value:void 0};let value=root;for(let token of pointerTokens(pointer)){if(typeof value!="object"||value===null||!Object.prototype.hasOwnProperty.call(value,token))return{found:!1,value:void 0};value=value[token]}return{found:!0,value}}export{pointerTokens,escapePointer,resolvePointer};
//# sourceMappingURL=chunk-F7BUHHJM.js.map
