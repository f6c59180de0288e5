import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** Directories never searched: VCS metadata, dependencies, build output. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', '.slipway-cache'])

/**
 * Lists files under `dir` recursively, skipping `.git`, `node_modules`, `dist` and hidden
 * directories (except `.github`, which holds workflows).
 *
 * @returns paths relative to `root`, with forward slashes, sorted.
 */
export async function listFiles(root: string, dir: string = root, filter: (name: string) => boolean = () => true): Promise<string[]> {
  const out: string[] = []
  const walk = async (current: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(current, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const full = join(current, entry.name)
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || (entry.name.startsWith('.') && entry.name !== '.github')) continue
        await walk(full)
      } else if (entry.isFile() && filter(entry.name)) {
        out.push(toPosix(relative(root, full)))
      }
    }
  }
  await walk(dir)
  return out.sort()
}

/** Converts an OS path to forward slashes (repository-relative paths in reports are always POSIX). */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

/** True for `.yaml`, `.yml` and `.json` file names. */
export function isManifestFile(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name)
}
