import { readdirSync } from 'node:fs'
import { glob, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'

/**
 * The files a merge job reads (the shard reports and plans its `actions/download-artifact`
 * step downloaded): every file ending in `extension` below a directory (recursively: a
 * download without `merge-multiple` puts each artifact in its own folder), or every file a
 * glob matches (`node:fs/promises` `glob`).
 *
 * @param pattern a directory or a glob, relative to `cwd` (or absolute).
 * @param cwd absolute directory `pattern` is relative to.
 * @param extension the suffix kept when `pattern` is a directory, e.g. `.json`.
 * @returns absolute paths, sorted; empty when nothing matches (the caller names the input).
 */
export async function findFiles(pattern: string, cwd: string, extension: string): Promise<string[]> {
  const path = resolve(cwd, pattern)
  const isDirectory = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  )
  if (isDirectory)
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
  const found: string[] = []
  for await (const match of glob(pattern, { cwd })) found.push(resolve(cwd, match))
  return found.sort()
}
