import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/temp.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var live = /* @__PURE__ */ new Set();
async function makeTempDir(label) {
  const safe = label.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40) || "tmp";
  const dir = await mkdtemp(join(tmpdir(), `slipway-${safe}-`));
  live.add(dir);
  return dir;
}
async function removeTempDir(dir) {
  await rm(dir, { recursive: true, force: true }).catch(() => void 0);
  live.delete(dir);
}
async function removeAllTempDirs() {
  await Promise.allSettled([...live].map((dir) => removeTempDir(dir)));
}

export {
  makeTempDir,
  removeTempDir,
  removeAllTempDirs
};
//# sourceMappingURL=chunk-VI375W5W.js.map
