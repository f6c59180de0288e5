import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends Error {
  constructor(message, file) {
    super(file && !message.includes(file) ? `${file}: ${message}` : message);
    this.file = file;
  }
  name = "ConfigError";
};
var ExecError = class extends Error {
  constructor(message, command, exitCode, stderr, timedOut = false) {
    super(message);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.timedOut = timedOut;
  }
  name = "ExecError";
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
var RenderError = class extends Error {
  constructor(message, file, line) {
    super(message);
    this.file = file;
    this.line = line;
  }
  name = "RenderError";
};

export {
  UsageError,
  ConfigError,
  ExecError,
  errorMessage,
  RenderError
};
//# sourceMappingURL=chunk-OAC4VE6L.js.map
