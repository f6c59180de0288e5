import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/local-fs.ts
import { lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function statIfAny(path) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function realpathIfAny(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return void 0;
  }
}
var LocalPaths = class {
  #entries = /* @__PURE__ */ new Map();
  #realDirs = /* @__PURE__ */ new Map();
  /** As {@link statIfAny}. */
  stat(path) {
    return this.#entry(path).stat;
  }
  /** As {@link realpathIfAny}. */
  realpath(path) {
    return this.#entry(path).real;
  }
  #entry(path) {
    let entry = this.#entries.get(path);
    if (entry) return entry;
    let link;
    try {
      link = lstatSync(path, { throwIfNoEntry: false });
    } catch {
      link = void 0;
    }
    const dir = dirname(path);
    if (!link) entry = { stat: void 0, real: void 0 };
    else if (link.isSymbolicLink() || dir === path) entry = { stat: statIfAny(path), real: realpathIfAny(path) };
    else entry = { stat: link, real: this.#realDir(dir, basename(path)) };
    this.#entries.set(path, entry);
    return entry;
  }
  #realDir(dir, name) {
    if (!this.#realDirs.has(dir)) this.#realDirs.set(dir, realpathIfAny(dir));
    const real = this.#realDirs.get(dir);
    return real === void 0 ? void 0 : join(real, name);
  }
};

export {
  statIfAny,
  realpathIfAny,
  LocalPaths
};
//# sourceMappingURL=chunk-PEXW4HFU.js.map
