import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/cli/command.ts
function action(context, handler) {
  return async (...args) => {
    const code = await handler(...args);
    context.exitCode = typeof code === "number" ? code : 0;
  };
}
function collect(value, previous) {
  return [...previous ?? [], value];
}

export {
  action,
  collect
};
//# sourceMappingURL=chunk-LR7QPOOY.js.map
