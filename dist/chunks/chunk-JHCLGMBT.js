import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
function isProductionByName(environment){return/prod/i.test(environment)}export{isProductionByName};
//# sourceMappingURL=chunk-JHCLGMBT.js.map
