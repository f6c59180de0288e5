import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
function nodeCrypto(){return process.getBuiltinModule("node:crypto")}export{nodeCrypto};
//# sourceMappingURL=chunk-K47QL3EX.js.map
