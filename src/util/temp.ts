/**
 * Temporary directories that an interrupted run must not leave behind: each one is created
 * fresh with `mkdtemp` (never a fixed path) as `slipway-<label>-XXXXXX` in the OS temp
 * directory, and registered until removed, so the CLI's signal handler can remove every
 * one still there ({@link removeAllTempDirs}).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const live = new Set<string>()

/**
 * Creates and registers a fresh temporary directory.
 *
 * @param label part of the name; characters other than letters, digits, `.`, `_`, `-` become `_`.
 * @returns its absolute path.
 */
export async function makeTempDir(label: string): Promise<string> {
  const safe = label.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'tmp'
  const dir = await mkdtemp(join(tmpdir(), `slipway-${safe}-`))
  live.add(dir)
  return dir
}

/** Removes a directory made by {@link makeTempDir} (recursively) and forgets it. Never throws. */
export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  live.delete(dir)
}

/** Removes every registered directory (the CLI's signal handler calls this). Never throws. */
export async function removeAllTempDirs(): Promise<void> {
  await Promise.allSettled([...live].map((dir) => removeTempDir(dir)))
}
