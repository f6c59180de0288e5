/**
 * Where `slipway plan` writes its full diff: by default a fresh directory per run
 * (`mkdtemp`, mode 0700) and the file created exclusively (`O_CREAT|O_EXCL`), so nothing
 * planted in the shared temp directory — a symlink at the old fixed path
 * `$TMPDIR/slipway-plan/full.diff`, a file owned by someone else — is ever followed or
 * overwritten. An explicit path is opened with `O_NOFOLLOW`: a symlink there is refused.
 */
import { constants } from 'node:fs'
import { mkdir, mkdtemp, open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { UsageError } from '../errors.js'

/** File name of the full diff inside the per-run directory. */
export const FULL_DIFF_NAME = 'full.diff'

/**
 * Writes `text` to the full-diff file.
 *
 * @param file explicit path (relative to `cwd`): created or truncated, never through a
 *   symlink; `undefined` = `full.diff` in a new `slipway-plan-XXXXXX` directory under `tmp`.
 * @returns the absolute path written.
 * @throws {UsageError} naming the path when it cannot be written (a symlink, a directory, no permission).
 */
export async function writeFullDiff(
  text: string,
  file: string | undefined,
  cwd: string,
  tmp: string = tmpdir(),
): Promise<string> {
  let path: string
  let flags: number
  if (file === undefined) {
    const dir = await mkdtemp(join(tmp, 'slipway-plan-'))
    path = join(dir, FULL_DIFF_NAME)
    flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
  } else {
    path = resolve(cwd, file)
    flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0)
  }
  try {
    if (file !== undefined) await mkdir(dirname(path), { recursive: true })
    const handle = await open(path, flags, 0o600)
    try {
      await handle.writeFile(text)
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ELOOP'
        ? 'is a symbolic link (not followed)'
        : code === 'EEXIST'
          ? 'already exists'
          : code === 'EISDIR'
            ? 'is a directory'
            : (error as Error).message
    throw new UsageError(`--full-diff: cannot write ${path}: ${why}`)
  }
  return path
}
