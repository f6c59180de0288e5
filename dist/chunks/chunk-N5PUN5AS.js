import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/crypto.ts
function nodeCrypto() {
  return process.getBuiltinModule("node:crypto");
}

export {
  nodeCrypto
};
//# sourceMappingURL=chunk-N5PUN5AS.js.map
