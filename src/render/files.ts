import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { RenderError } from '../errors.js'

/** Directories never searched: VCS metadata, dependencies, build output. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', '.slipway-cache'])

/**
 * Lists files under `dir` recursively, skipping `.git`, `node_modules`, `dist` and hidden
 * directories (except `.github`, which holds workflows).
 *
 * @returns paths relative to `root`, with forward slashes, sorted.
 */
export async function listFiles(
  root: string,
  dir: string = root,
  filter: (name: string) => boolean = () => true,
): Promise<string[]> {
  // Synchronous readdir: listing a repository is thousands of small local calls, each of
  // which costs several times the CPU as a promise (issue 13: discovery runs before the
  // first build).
  const out: string[] = []
  // Relative names are built as the walk descends (one `relative` for the start, not one per
  // file): the walk lists every file of the repository before the first build.
  const walk = (current: string, prefix: string): void => {
    let entries
    try {
      entries = readdirSync(current, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || (entry.name.startsWith('.') && entry.name !== '.github')) continue
        walk(join(current, entry.name), `${prefix}${entry.name}/`)
      } else if (entry.isFile() && filter(entry.name)) {
        out.push(prefix + entry.name)
      }
    }
  }
  const start = toPosix(relative(root, dir))
  walk(dir, start === '' ? '' : `${start}/`)
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

/**
 * Largest YAML or generator source file, in bytes (32 MiB), that Slipway reads or hands to
 * Kustomize. Real manifests, even large CRD bundles, are a few MiB; the cap keeps a
 * pull request from making a render hold gigabytes.
 */
export const MAX_INPUT_FILE_BYTES = 32 * 1024 * 1024

/**
 * Reads an input file (a manifest, a kustomization, a generator source) of at most
 * {@link MAX_INPUT_FILE_BYTES}, checking the size before reading.
 *
 * @param display the repository-relative name used in the error.
 * @returns the UTF-8 text, or the bytes with `encoding: null`.
 * @throws {RenderError} naming the file when it is larger; the `fs` error when it cannot be read.
 */
export async function readInputFile(path: string, display: string): Promise<string>
export async function readInputFile(path: string, display: string, encoding: null): Promise<Buffer>
export async function readInputFile(
  path: string,
  display: string,
  encoding: 'utf8' | null = 'utf8',
): Promise<string | Buffer> {
  // Synchronous: the input is bounded (checked first) and local; a promise-based read is four
  // thread-pool round trips per file, which dominates walks over many small manifests (issue 13).
  checkInputSize(statSync(path).size, display)
  return encoding === null ? readFileSync(path) : readFileSync(path, 'utf8')
}

/**
 * @param size bytes.
 * @throws {RenderError} naming the file when `size` exceeds {@link MAX_INPUT_FILE_BYTES}.
 */
export function checkInputSize(size: number, display: string): void {
  if (size > MAX_INPUT_FILE_BYTES)
    throw new RenderError(
      `${size.toLocaleString('en-US')} bytes, more than the ${MAX_INPUT_FILE_BYTES.toLocaleString('en-US')} allowed for one input file`,
      display,
    )
}
