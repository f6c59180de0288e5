import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/config/production.ts
function isProductionByName(environment) {
  return /prod/i.test(environment);
}

export {
  isProductionByName
};
//# sourceMappingURL=chunk-WVJIADMF.js.map
