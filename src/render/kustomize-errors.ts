/**
 * What a failed `kustomize build` says, as data: the file (and line) at fault and the cause,
 * without kubectl's klog prefix, without absolute paths of the machine, and without any
 * Secret content Kustomize quotes.
 *
 * Kustomize wraps an error once per level it descends (kustomize `api/internal/target/
 * kusttarget.go` accumulateResources/accumulateDirectory, `api/krusty/kustomizer.go`):
 * `accumulating resources: accumulation err='accumulating resources from '../base': '/abs/base'
 * must resolve to a file': recursed accumulation of path '/abs/base': …`. Reading those
 * prefixes from the left tells which kustomization was being built when the innermost error
 * happened; the innermost error names the file (`in File: cm.yaml`, `MalformedYAMLError:
 * yaml: line 4: …`, `evalsymlink failure on '…'` for a missing path, `trouble configuring
 * builtin PatchTransformer with config: …`).
 */
import { readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { parseDocument } from 'yaml'
import { SECRET_CONTENT_REMOVED, sanitizeRenderMessage } from '../manifests/secret-redaction.js'
import { toPosix } from './files.js'
import { findKustomizationFile } from '../kustomize/kustomization-file.js'

/** A failed build, explained. */
export interface KustomizeFailure {
  /** The cause in Kustomize's words, shortened; paths repository-relative; Secret content removed. */
  message: string
  /** Absolute path of the file at fault, when it could be told. */
  file?: string
  /** 1-based line in {@link KustomizeFailure.file}. */
  line?: number
}

/**
 * Removes kubectl's klog header (`E1201 10:38:52.329462 6791 run.go:72] "command failed"
 * err="…"`, or the multi-line `err=<` … `>` form) and standalone kustomize's `Error: `, and
 * drops Kustomize's `# Warning: …` lines. Go-quoted text is unquoted.
 */
export function stripKlogPrefix(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => !/^# Warning: /.test(line))
  const text = lines.join('\n').trim()
  const quoted = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err="((?:[^"\\]|\\.)*)"/m.exec(text)
  if (quoted?.[1] !== undefined) return unquoteGo(quoted[1])
  const block = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err=<\n([\s\S]*?)\n\s*>\s*$/m.exec(text)
  if (block?.[1] !== undefined)
    return block[1]
      .split('\n')
      .map((line) => line.replace(/^\t/, ''))
      .join('\n')
  // Any other klog line: keep what follows the header.
  return text.replace(/^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] /gm, '').replace(/^Error: /, '')
}

function unquoteGo(text: string): string {
  return text.replace(/\\(["\\nt])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch))
}

/**
 * Removes Secret content from a Kustomize message: everything {@link sanitizeRenderMessage}
 * removes (literal sources, dumps holding `data`/`stringData`), plus the env-file line
 * kustomize `api/kv/kv.go` prints raw and as a byte array when it is not valid UTF-8, keys in
 * `illegally repeats the key` that are not valid key names (a `KEY: value` line makes the
 * value part of the key), and go-yaml's quoted values (`cannot unmarshal !!str `…``).
 */
export function redactKustomizeMessage(message: string): string {
  let out = message
  out = out.replace(
    /line \[[\d ]*\] has invalid utf8 bytes : [^\n]*/g,
    `a line has invalid UTF-8 bytes: ${SECRET_CONTENT_REMOVED}`,
  )
  out = out.replace(/illegally repeats the key `([^`\n]*)`/g, (whole, key: string) =>
    /^[-._a-zA-Z0-9]+$/.test(key)
      ? whole
      : `illegally repeats a key that is not a valid key name (${SECRET_CONTENT_REMOVED})`,
  )
  out = out.replace(/cannot unmarshal (!!\w+) `[^`\n]*`/g, `cannot unmarshal $1 ${SECRET_CONTENT_REMOVED}`)
  return sanitizeRenderMessage(out)
}

/** Where the build ran, to read its paths back as repository paths. */
export interface BuildContext {
  /** Absolute directory that was built. */
  buildDir: string
  /** The repository the user sees; paths are reported relative to it. */
  repoRoot: string
  /** When the build ran on a copy of the repository: the copy's root (paths under it map to `repoRoot`). */
  copyRoot?: string
}

/**
 * Explains a failed build from Kustomize's stderr.
 *
 * @returns the cause (Secret content removed, paths relative to the repository) and, where
 *   it can be told, the absolute file (in the repository, not a scratch copy) and line — the
 *   line of a YAML syntax error counted from the top of the file, although Kustomize counts
 *   from the top of the failing document.
 */
export async function explainKustomizeFailure(stderr: string, context: BuildContext): Promise<KustomizeFailure> {
  const toRepo = (path: string): string =>
    context.copyRoot && isUnder(context.copyRoot, path)
      ? join(context.repoRoot, relative(context.copyRoot, path))
      : path
  const display = (path: string): string => {
    const inRepo = toRepo(path)
    const rel = toPosix(relative(context.repoRoot, inRepo))
    return rel === '' ? '.' : rel
  }
  const kustomizationOf = async (dir: string): Promise<string> => {
    const name = await findKustomizationFile(dir)
    return name ? join(dir, name) : dir
  }
  let rest = stripKlogPrefix(stderr)
  let dir = context.buildDir
  let file: string | undefined
  let message: string | undefined
  /** An entry of the kustomization `file` the cause is about: its line is looked up. */
  let entryText: string | undefined
  /** A top-level field of the kustomization `file` the cause is about. */
  let fieldName: string | undefined
  for (let guard = 0; guard < 100; guard++) {
    rest = rest.replace(/^(?:accumulating (?:resources|components): |accumulateDirectory: |")+/, '')
    const accumulation = /^accumulation err='accumulating resources from '([^']*)': /.exec(rest)
    if (accumulation) {
      const entry = accumulation[1] as string
      const after = rest.slice(accumulation[0].length)
      // The entry's own resources clash with those already accumulated: the entry is at fault.
      const merging = /^'[^']*' must resolve to a file': recursed merging from path '[^']*': /.exec(after)
      if (merging) {
        file = await kustomizationOf(dir)
        message = `resources entry '${entry}': ${after.slice(merging[0].length)}`
        entryText = entry
        break
      }
      const directory =
        /^'[^']*' must resolve to a file': (?:recursed accumulation of path|couldn't make target for path) '([^']*)': /.exec(
          after,
        )
      if (directory) {
        dir = directory[1] as string
        rest = after.slice(directory[0].length)
        continue
      }
      const cut = after.indexOf("': must build at directory: ")
      const fileError = cut >= 0 ? after.slice(0, cut) : after
      if (/^evalsymlink failure on /.test(fileError)) {
        file = await kustomizationOf(dir)
        message = `resources entry '${entry}' does not exist`
        entryText = entry
        break
      }
      file = resolve(dir, entry)
      rest = fileError
      break
    }
    // Another error while reading a file resource (`merging resources from 'cm.yaml': may not add
    // resource with an already registered id …`); what follows is the failed directory attempt.
    const other =
      /^accumulation err='((?:accumulating|merging) resources from '([^']*)': [\s\S]*?)': must build at directory: /.exec(
        rest,
      )
    if (other) {
      file = resolve(dir, other[2] as string)
      rest = other[1] as string
      break
    }
    const resource = /^accumulating resources from '([^']*)': /.exec(rest)
    if (resource) {
      file = resolve(dir, resource[1] as string)
      rest = rest.slice(resource[0].length)
      break
    }
    const descend = /^(?:recursed accumulation of path|couldn't make target for path) '([^']*)': /.exec(rest)
    if (descend) {
      dir = descend[1] as string
      rest = rest.slice(descend[0].length)
      continue
    }
    if (rest.startsWith('invalid Kustomization: ')) {
      file = await kustomizationOf(dir)
      const unknown = /json: unknown field "([^"]*)"/.exec(rest)
      if (unknown) fieldName = unknown[1]
      break
    }
    const builtin = /^trouble configuring builtin (\w+) with config: `[\s\S]*?`: /.exec(rest)
    if (builtin) {
      const plugin = builtin[1] as string
      const cause = rest.slice(builtin[0].length)
      const missing = /^failed to get the patch file from path\(([^)]*)\): evalsymlink failure/.exec(cause)
      const unparsable = /unable to parse SM or JSON patch from \[path: "([^"]*)"\]/.exec(cause)
      if (missing) {
        file = await kustomizationOf(dir)
        message = `${plugin}: patch file '${missing[1]}' does not exist`
        entryText = missing[1]
      } else if (unparsable) {
        file = resolve(dir, unparsable[1] as string)
        message = `${plugin}: not a strategic-merge patch or a JSON 6902 patch`
      } else rest = `${plugin}: ${cause}` // the config dump may hold an inline patch of a Secret: dropped
      break
    }
    const component = /expected kind 'Component' for path '([^']*)' but got '(\w+)'/.exec(rest)
    if (component) {
      file = await kustomizationOf(dir)
      message = `components entry '${display(component[1] as string)}' is a ${component[2]}, not a Component`
      entryText = toPosix(relative(dir, component[1] as string))
      break
    }
    break
  }
  const inFile = /\s+in File: (\S+)$/m.exec(rest)
  if (inFile) {
    file = resolve(dir, inFile[1] as string)
    rest = rest.replace(inFile[0], '')
  }
  file ??= await kustomizationOf(dir)
  const documentLine = /(?:^|\W)yaml: line (\d+):/.exec(rest)
  const line = documentLine
    ? await fileLine(toRepo(file), Number(documentLine[1]))
    : entryText
      ? await entryLine(toRepo(file), entryText)
      : fieldName
        ? await lineMatching(toRepo(file), new RegExp(`^${escapeRegExp(fieldName)}\\s*:`))
        : undefined
  // The location carries the line; go-yaml's own (counted per document) would mislead.
  if (documentLine && line) rest = rest.replace(/(?:MalformedYAMLError: )?yaml: line \d+: /, 'invalid YAML: ')
  const text = (message ?? rest)
    .replace(
      /evalsymlink failure on '([^']*)' : lstat [^:]*: no such file or directory/g,
      (_, path: string) => `'${display(path)}': no such file or directory`,
    )
    .replace(
      new RegExp(
        `(?:${[context.copyRoot, context.repoRoot]
          .filter(Boolean)
          .map((root) => escapeRegExp(`${root}`))
          .join('|')})/[^\\s'"\`,)\\]]*`,
        'g',
      ),
      (path) => display(path),
    )
  return { message: redactKustomizeMessage(text.trim()), file: toRepo(file), ...(line ? { line } : {}) }
}

/**
 * Maps go-yaml's line (counted from the start of the failing document of a multi-document
 * file) to a line of the file: the first document the `yaml` package cannot parse either
 * is taken as the failing one.
 */
async function fileLine(file: string, documentLine: number): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return documentLine
  const lines = text.split('\n')
  let start = 0
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !/^---(?:\s.*)?$/.test(lines[i] as string)) continue
    const body = lines.slice(start, i).join('\n')
    if (parseDocument(body).errors.length > 0) return start + documentLine
    start = i + 1
  }
  return documentLine
}

/**
 * The 1-based line of a kustomization that lists `entry` (`- ../base`, `path: p.yaml`,
 * `- key=file.txt`): the first line holding it as a whole YAML scalar (or after a generator
 * file's `key=`), quoted or not.
 *
 * @param file the kustomization (absolute, or relative to the working directory).
 * @returns undefined when no line matches or the file cannot be read.
 */
export async function entryLine(file: string, entry: string): Promise<number | undefined> {
  return lineMatching(file, new RegExp(`(?:^|[\\s\\[,:=-])["']?${escapeRegExp(entry)}["']?\\s*(?:$|[,\\]#])`))
}

/** The 1-based line of the first line of `file` that matches. */
async function lineMatching(file: string, pattern: RegExp): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  const index = text.split('\n').findIndex((line) => pattern.test(line))
  return index >= 0 ? index + 1 : undefined
}

function isUnder(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
