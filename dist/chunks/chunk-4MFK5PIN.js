import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/plan/output.ts
import { constants } from "node:fs";
import { mkdir, mkdtemp, open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
var FULL_DIFF_NAME = "full.diff";
async function writeFullDiff(text, file, cwd, tmp = tmpdir()) {
  let path;
  let flags;
  if (file === void 0) {
    const dir = await mkdtemp(join(tmp, "slipway-plan-"));
    path = join(dir, FULL_DIFF_NAME);
    flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  } else {
    path = resolve(cwd, file);
    flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  }
  try {
    if (file !== void 0) await mkdir(dirname(path), { recursive: true });
    const handle = await open(path, flags, 384);
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = error.code;
    const why = code === "ELOOP" ? "is a symbolic link (not followed)" : code === "EEXIST" ? "already exists" : code === "EISDIR" ? "is a directory" : error.message;
    throw new UsageError(`--full-diff: cannot write ${path}: ${why}`);
  }
  return path;
}

export {
  writeFullDiff
};
//# sourceMappingURL=chunk-4MFK5PIN.js.map
