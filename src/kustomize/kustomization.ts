/**
 * A kustomization file read for editing. The text is the source of truth: every edit
 * splices the original bytes at the edited node (see `source-edit.ts`), so comments, key
 * order, quoting, indentation and flow/block style of everything not edited stay byte for
 * byte; `toString()` of an unedited kustomization is the file as read. The `yaml`
 * Document (`parseDocument`, comments kept) is re-parsed after each edit and is the
 * read-only view for lookups.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { isMap, parseDocument, type Document } from 'yaml'
import { ConfigError } from '../errors.js'
import { nodeCrypto } from '../util/crypto.js'
import { statIfAny } from '../util/local-fs.js'
import { documentToJs } from '../manifests/yaml-stream.js'
import { findKustomizationFile, KUSTOMIZATION_FILE_NAMES, readKustomizationText } from './kustomization-file.js'

export { findKustomizationFile, KUSTOMIZATION_FILE_NAMES, readKustomizationData } from './kustomization-file.js'

/** A kustomization file's text and its parsed `yaml` Document. */
export class Kustomization {
  #text: string
  #document: Document.Parsed
  readonly #original: string

  /**
   * @param path the file (absolute or relative to the working directory); used in errors
   *   and by {@link writeKustomization}.
   * @param text the file's content.
   * @throws {ConfigError} naming the file when the text is not YAML or not a mapping.
   */
  constructor(
    readonly path: string,
    text: string,
  ) {
    this.#original = text
    this.#text = text
    this.#document = parseKustomization(path, text)
  }

  /** The directory holding the file: paths in the kustomization are relative to it. */
  get dir(): string {
    return dirname(this.path)
  }

  /** The parsed document — a view: edit through the `src/kustomize` functions, not on it. */
  get document(): Document.Parsed {
    return this.#document
  }

  /** True when the text differs from what was read. */
  get edited(): boolean {
    return this.#text !== this.#original
  }

  /**
   * The plain data (`toJS`) of the kustomization; `{}` for an empty file.
   *
   * @throws {YamlLimitError} naming the file when its aliases exceed the budget (an alias bomb).
   */
  toJS(): Record<string, unknown> {
    return (documentToJs(this.#document, this.path) as Record<string, unknown> | null) ?? {}
  }

  /** The file's text: byte-identical to what was read when nothing was edited. */
  toString(): string {
    return this.#text
  }

  /**
   * Replaces the text (one edit) and re-parses it. Internal to `src/kustomize`.
   *
   * @throws {ConfigError} when the edit produced invalid YAML — a bug; the text is kept as before.
   */
  replaceText(next: string): void {
    const document = parseKustomization(this.path, next)
    this.#text = next
    this.#document = document
  }
}

function parseKustomization(path: string, text: string): Document.Parsed {
  const document = parseDocument(text, { keepSourceTokens: false, prettyErrors: true, uniqueKeys: true })
  if (document.errors.length > 0) {
    const first = document.errors[0]!
    const where = first.linePos ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : ''
    throw new ConfigError(`invalid YAML${where}: ${first.message.split('\n')[0]}`, path)
  }
  if (document.contents !== null && !isMap(document.contents))
    throw new ConfigError('a kustomization must be a YAML mapping', path)
  return document
}

/**
 * Reads a kustomization file for editing.
 *
 * @param path a kustomization file, or a directory (its kustomization file is found with
 *   {@link findKustomizationFile}).
 * @throws {ConfigError} naming the file when it is missing, not YAML, or not a mapping.
 */
export async function readKustomization(path: string): Promise<Kustomization> {
  let file = path
  if (statIfAny(path)?.isDirectory()) {
    const name = await findKustomizationFile(path)
    if (!name) throw new ConfigError(`no kustomization file (${KUSTOMIZATION_FILE_NAMES.join(', ')}) in ${path}`, path)
    file = join(path, name)
  }
  return new Kustomization(file, readKustomizationText(file))
}

/**
 * Writes a kustomization back to its file atomically: the text goes to a temporary file in
 * the same directory, which is then renamed over the file (a reader never sees half a
 * file). The file's permission bits are kept.
 *
 * @throws {ConfigError} naming the file when it cannot be written (the original is untouched).
 */
export async function writeKustomization(k: Kustomization): Promise<void> {
  const temp = join(k.dir, `.${basename(k.path)}.slipway-${nodeCrypto().randomBytes(6).toString('hex')}`)
  const mode = (await stat(k.path).catch(() => undefined))?.mode
  try {
    await writeFile(temp, k.toString(), { flag: 'wx', ...(mode !== undefined ? { mode: mode & 0o7777 } : {}) })
    await rename(temp, k.path)
  } catch (error) {
    await rm(temp, { force: true })
    throw new ConfigError(`cannot write kustomization: ${(error as Error).message}`, k.path)
  }
}
