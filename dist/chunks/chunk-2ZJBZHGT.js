import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
//# sourceMappingURL=chunk-2ZJBZHGT.js.map
