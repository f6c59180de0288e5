import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/report/progress.ts
function createProgress(options) {
  const env = options.env ?? process.env;
  const tty = options.stream.isTTY === true && env.CI !== "true";
  const mode = options.quiet ? "quiet" : tty ? "tty" : "lines";
  const color = tty && env.NO_COLOR === void 0;
  const bold = (text) => color ? `\x1B[1m${text}\x1B[22m` : text;
  let shown = false;
  return {
    mode,
    rendered(event) {
      const name = event.side ? `${event.environment} (${event.side})` : event.environment;
      if (mode === "quiet") return;
      if (mode === "lines") {
        options.stream.write(
          `slipway: rendered ${name} in ${(event.renderMs / 1e3).toFixed(2)} s (${event.resources} resources) [${event.done}/${event.total}]
`
        );
        return;
      }
      shown = true;
      options.stream.write(
        `\r${bold(`rendered ${event.done}/${event.total}`)} \xB7 ${name} (${(event.renderMs / 1e3).toFixed(1)} s)\x1B[K`
      );
    },
    done() {
      if (shown) options.stream.write("\r\x1B[K");
      shown = false;
    }
  };
}

export {
  createProgress
};
//# sourceMappingURL=chunk-BRJJTBYL.js.map
