import { readdirSync } from 'node:fs'
import { glob, readFile, stat } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { errorMessage, UsageError } from '../errors.js'

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

/** What {@link readJsonShards} reads: the merge input and how its files are told apart. */
export interface JsonShardsInput<T> {
  /** The input's name, opening every message (`reports`, `plans`). */
  input: string
  /** Its value: a directory or glob, relative to `cwd`. */
  pattern: string
  /** Absolute directory `pattern` is relative to. */
  cwd: string
  /** What a file should be, for `no … at` (`JSON report`, `plan JSON`). */
  noun: string
  /** What a file should be, for `… is not …` (`a slipway validate JSON report`). */
  kind: string
  /** True for a document of that kind. */
  is: (document: unknown) => document is T
}

/**
 * Reads the shard files a merge job downloaded (validate reports or plans): every `.json`
 * file {@link findFiles} finds for the input, parsed and checked to be of the kind asked.
 *
 * @returns the documents and their names (relative to `cwd`), in file order.
 * @throws {UsageError} naming the input and the file: nothing found, a file that is not JSON
 *   or not of the kind.
 */
export async function readJsonShards<T>(options: JsonShardsInput<T>): Promise<{ documents: T[]; names: string[] }> {
  const { input, pattern, cwd } = options
  const files = await findFiles(pattern, cwd, '.json')
  if (files.length === 0) throw new UsageError(`${input}: no ${options.noun} at ${pattern}`)
  const names = files.map((file) => relative(cwd, file) || basename(file))
  const documents = await Promise.all(
    files.map(async (file, i) => {
      let document: unknown
      try {
        document = JSON.parse(await readFile(file, 'utf8'))
      } catch (error) {
        throw new UsageError(`${input}: ${names[i]} is not JSON: ${errorMessage(error)}`)
      }
      if (!options.is(document)) throw new UsageError(`${input}: ${names[i]} is not ${options.kind}`)
      return document
    }),
  )
  return { documents, names }
}
