import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/json-pointer.ts
function pointerTokens(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function escapePointer(token) {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}
function resolvePointer(root, pointer) {
  if (root === void 0) return { found: false, value: void 0 };
  let value = root;
  for (const token of pointerTokens(pointer)) {
    if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, token))
      return { found: false, value: void 0 };
    value = value[token];
  }
  return { found: true, value };
}

export {
  pointerTokens,
  escapePointer,
  resolvePointer
};
//# sourceMappingURL=chunk-HYL7XOB6.js.map
