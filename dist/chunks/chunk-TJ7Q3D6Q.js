import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/cli/repo.ts
import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
async function findRepoRoot(cwd) {
  let dir = cwd;
  for (; ; ) {
    for (const marker of ["slipway.yaml", "slipway.yml", ".git"]) {
      try {
        await stat(join(dir, marker));
        return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return cwd;
    dir = parent;
  }
}

export {
  findRepoRoot
};
//# sourceMappingURL=chunk-TJ7Q3D6Q.js.map
