import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/config/sections/ci.ts
var MAX_SHARDS = 256;
var ciSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    matrix: {
      type: "object",
      additionalProperties: false,
      required: ["environmentsPerShard"],
      properties: {
        environmentsPerShard: {
          type: "integer",
          minimum: 1,
          errorMessage: "must be an integer of at least 1"
        },
        maxShards: {
          type: "integer",
          minimum: 1,
          maximum: MAX_SHARDS,
          errorMessage: {
            type: `must be an integer from 1 to ${MAX_SHARDS}`,
            minimum: "must be >= 1",
            maximum: `must be <= ${MAX_SHARDS}`
          }
        }
      }
    }
  }
};

export {
  MAX_SHARDS
};
//# sourceMappingURL=chunk-K3ZHAPP6.js.map
