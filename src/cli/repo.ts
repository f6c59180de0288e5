import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * The repository root for a working directory: the nearest ancestor holding `slipway.yaml`
 * or `.git`, else the directory itself.
 */
export async function findRepoRoot(cwd: string): Promise<string> {
  let dir = cwd
  for (;;) {
    for (const marker of ['slipway.yaml', 'slipway.yml', '.git']) {
      try {
        await stat(join(dir, marker))
        return dir
      } catch {
        // keep looking
      }
    }
    const parent = dirname(dir)
    if (parent === dir) return cwd
    dir = parent
  }
}
