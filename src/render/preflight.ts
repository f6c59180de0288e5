/**
 * Checks a Kustomize tree before it is built, so that what Kustomize is handed is bounded
 * and stays inside the repository:
 *
 * - **The repository is the boundary.** Every path a kustomization refers to (resources,
 *   bases, components, patches, generators' files and env files, replacements,
 *   configurations, crds, openapi, generators/transformers/validators, Helm chart homes and
 *   values files) must resolve — through `..` and symlinks — to a path inside the
 *   repository; absolute paths and `file://` URLs are refused. Kustomize's
 *   `--load-restrictor LoadRestrictionsRootOnly` does not cover this: it limits the files a
 *   kustomization reads to its own root, but lets `resources` name any directory. Remote
 *   entries — what Kustomize would download or clone (`https://…`, `git@host:org/repo`,
 *   `github.com/owner/repo//path?ref=…`; the rules are in `src/kustomize/remote.ts`) — are
 *   refused too, wherever the root is: during a PR render the PR would choose what this
 *   machine fetches, and the result would not be what the repository holds. There is no
 *   opt-in; vendor the base into the repository instead. (`helmCharts[].repo` is a separate
 *   matter, not checked here: Kustomize pulls charts only with `render.enableHelm`, which in
 *   `plan` is read from the base revision's configuration.)
 * - **Bounded input.** Every YAML file of the tree (kustomizations, resources, patches,
 *   inline patches) is within `MAX_INPUT_FILE_BYTES` (`files.ts`) and its aliases within
 *   {@link MAX_ALIAS_EXPANSION}; go-yaml in Kustomize would otherwise expand an alias bomb
 *   until the machine runs out of memory.
 * - **Secret hygiene.** Generator env files and literals are checked for the shapes on which
 *   Kustomize's error messages quote the content (kustomize `api/kv/kv.go`: a line with
 *   invalid UTF-8 is printed raw and as a byte array; `invalid literal source …` prints the
 *   literal): those are refused here, naming the file and line only. A `KEY: value` line,
 *   which Kustomize turns into a key named after the whole line, is a warning that never
 *   repeats the line.
 *
 * Field names follow kustomize `api/types/kustomization.go`.
 */
import { readFileSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { SECRET_CONTENT_REMOVED } from '../manifests/secret-redaction.js'
import { ConfigError, RenderError } from '../errors.js'
import { walkKustomization, type KustomizationReference } from '../kustomize/graph.js'
import { findKustomizationFile } from '../kustomize/kustomization-file.js'
import { LocalPaths } from '../util/local-fs.js'
import { remoteKind, type RemoteKind } from '../kustomize/remote.js'
import { parseYamlStream, YamlLimitError } from '../manifests/yaml-stream.js'
import { checkInputSize, readInputFile, toPosix } from './files.js'

/** A problem worth a warning, found without building. */
export interface PreflightWarning {
  message: string
  /** Repository-relative (POSIX) file. */
  file: string
  line?: number
}

/** Options of {@link preflightKustomize}. */
export interface PreflightOptions {
  /** The repository (or worktree) root: nothing may be read outside it. */
  repoRoot: string
  /** Extra components an Argo CD Application adds (`spec.source.kustomize.components`), relative to the root, and the file declaring them. */
  components?: { file: string; entries: string[] }
}

/** Keys (as `walkKustomization` names them) whose files Kustomize parses as YAML. */
const YAML_KEYS =
  /^(resources|bases|components|crds|configurations|patchesStrategicMerge|generators|transformers|validators|openapi\.path|(patches|patchesJson6902|replacements)\[\]\.path|helmCharts\[\]\.(valuesFile|additionalValuesFiles))$/

/** Keys of generator env files. */
const ENV_KEYS = /^(configMapGenerator|secretGenerator)\[\]\.envs?$/

/**
 * Walks the Kustomize tree at `root` and every kustomization it refers to (with
 * `walkKustomization`, `src/kustomize/graph.ts`) and checks it as described in the module
 * comment. Each path is checked before the walk goes on, so nothing outside the repository
 * is read; no program is run.
 *
 * @param root absolute directory holding the kustomization to build.
 * @returns warnings (`KEY: value` lines in env files).
 * @throws {RenderError} naming the kustomization and the entry (for a path outside the
 *   repository), the kustomization, line, key and entry (for a remote entry, before anything
 *   is fetched), or the file and line (for an alias bomb, an oversize file, an env file line
 *   with invalid UTF-8, a literal without `=`). A missing file or a YAML syntax error is left
 *   to Kustomize, whose message points at it.
 */
export async function preflightKustomize(root: string, options: PreflightOptions): Promise<PreflightWarning[]> {
  const repo = resolve(options.repoRoot)
  const repoReal = realpathSync.native(repo)
  const rel = (path: string): string => {
    const r = toPosix(relative(repo, path))
    return r === '' ? '.' : r.startsWith('..') ? toPosix(path) : r
  }
  const start = resolve(root)
  // A root given on the command line outside the repository is the user's choice, not PR content.
  const paths = new LocalPaths()
  const bounded = isInside(repo, start) && isInside(repoReal, paths.realpath(start) ?? start)
  const warnings: PreflightWarning[] = []
  const scanned = new Set<string>()

  /**
   * Refuses a path that leaves the repository; `where` names the entry of `holder`, `remote`
   * how Kustomize would fetch it (then `path` is undefined).
   */
  const checkPath = async (
    holder: string,
    where: string,
    value: string,
    path: string | undefined,
    remote?: RemoteKind,
  ): Promise<void> => {
    if (/^file:/i.test(value))
      throw new RenderError(
        `${where} is a file:// URL: a kustomization may only refer to paths inside the repository`,
        rel(holder),
      )
    if (remote)
      throw new RenderError(
        `${where} is ${REMOTE_WHAT[remote]}; Slipway renders only what is in the repository (a pull request must not choose what is fetched): vendor it into the repository and refer to it by a relative path`,
        rel(holder),
        // Imported for this error only (issue 13: it loads the `yaml` package).
        await (await import('./kustomize-errors.js')).entryLine(holder, value),
      )
    if (!bounded) return
    if (isAbsolute(value))
      throw new RenderError(
        `${where} is an absolute path: a kustomization may only refer to paths inside the repository`,
        rel(holder),
      )
    if (!path) return
    if (!isInside(repo, path)) throw new RenderError(`${where} is outside the repository`, rel(holder))
    const real = paths.realpath(path)
    if (real && !isInside(repoReal, real))
      throw new RenderError(`${where} leads outside the repository through a symlink`, rel(holder))
    const name = paths.stat(path)?.isDirectory() ? await findKustomizationFile(path) : undefined
    const kustomization = name ? paths.realpath(join(path, name)) : undefined
    if (name && kustomization && !isInside(repoReal, kustomization))
      throw new RenderError(
        `${where === '' ? '' : `${where}: its `}${name} leads outside the repository through a symlink`,
        rel(where === '' ? join(path, name) : holder),
      )
  }

  // Inline patches and literals are checked as each kustomization is read, before its entries are followed.
  const onKustomization = (file: string, data: Record<string, unknown>): void => {
    for (const inline of inlinePatches(data)) checkYamlText(inline.text, rel(file), inline.key)
    const literal = badLiteral(data)
    // Worded as Kustomize's own error (kustomize `api/kv/kv.go`), with the literals removed.
    if (literal)
      throw new RenderError(
        `${literal}: literal sources ${SECRET_CONTENT_REMOVED}: invalid literal source, expected key=value (the entry is not shown: it may hold a Secret value)`,
        rel(file),
      )
  }

  const check = async (ref: KustomizationReference): Promise<void> => {
    await checkPath(ref.from, `${ref.key} entry ${JSON.stringify(ref.value)}`, ref.value, ref.path, ref.remote)
    if (ref.kind !== 'file' || !ref.path || scanned.has(ref.path)) return
    scanned.add(ref.path)
    if (ENV_KEYS.test(ref.key))
      warnings.push(...(await checkEnvFile(ref.path, rel(ref.path), ref.key.startsWith('secret'))))
    else if (YAML_KEYS.test(ref.key)) {
      const text = readBounded(paths, ref.path, rel(ref.path))
      if (text !== undefined) checkYamlText(text, rel(ref.path))
    } else readBounded(paths, ref.path, rel(ref.path), false)
  }

  const walk = async (dir: string): Promise<void> => {
    try {
      // The generator walks into a reference only when resumed, i.e. after it was checked.
      for await (const ref of walkKustomization(dir, { boundary: repo, onKustomization })) await check(ref)
    } catch (error) {
      if (error instanceof YamlLimitError)
        throw new RenderError(
          error.message.slice(error.file ? error.file.length + 2 : 0),
          error.file ? rel(resolve(error.file)) : undefined,
        )
      // A kustomization that is not YAML, or a folder without one: Kustomize's error names it.
      if (error instanceof ConfigError) return
      throw error
    }
  }

  const components = options.components
  for (const [index, entry] of components?.entries.entries() ?? []) {
    const holder = resolve(repo, (components as { file: string }).file)
    const remote = remoteKind('components', entry)
    const path = remote || isAbsolute(entry) ? undefined : resolve(start, entry)
    await checkPath(
      holder,
      `spec.source.kustomize.components[${index}] entry ${JSON.stringify(entry)}`,
      entry,
      path,
      remote,
    )
    if (path && (await findKustomizationFile(path))) await walk(path)
  }
  await checkPath(start, '', '.', start)
  await walk(start)
  return warnings
}

/** How a remote entry is named in the error. */
const REMOTE_WHAT: Record<RemoteKind, string> = {
  http: 'a remote file (Kustomize would download it over HTTP)',
  git: 'a remote base (Kustomize would clone it with git)',
  oci: 'a remote base (Kustomize would pull it from an OCI registry)',
}

/** Inline patch texts of a kustomization (Kustomize parses them as YAML). */
function inlinePatches(k: Record<string, unknown>): Array<{ key: string; text: string }> {
  const out: Array<{ key: string; text: string }> = []
  for (const field of ['patches', 'patchesJson6902']) {
    ;(Array.isArray(k[field]) ? (k[field] as unknown[]) : []).forEach((entry, i) => {
      const patch = (entry as { patch?: unknown } | null)?.patch
      if (typeof patch === 'string') out.push({ key: `${field}[${i}].patch`, text: patch })
    })
  }
  ;(Array.isArray(k.patchesStrategicMerge) ? (k.patchesStrategicMerge as unknown[]) : []).forEach((entry, i) => {
    if (typeof entry === 'string' && entry.includes('\n')) out.push({ key: `patchesStrategicMerge[${i}]`, text: entry })
  })
  return out
}

/**
 * The first `secretGenerator`/`configMapGenerator` literal Kustomize would reject — and quote —
 * (kustomize `api/kv/kv.go` parseLiteralSource: no `=`, or `=` first), as its field path.
 */
function badLiteral(k: Record<string, unknown>): string | undefined {
  for (const field of ['secretGenerator', 'configMapGenerator']) {
    const generators = Array.isArray(k[field]) ? (k[field] as unknown[]) : []
    for (const [i, generator] of generators.entries()) {
      const literals = (generator as { literals?: unknown } | null)?.literals
      if (!Array.isArray(literals)) continue
      for (const [j, literal] of literals.entries()) {
        if (typeof literal === 'string' && literal.indexOf('=') <= 0) return `${field}[${i}].literals[${j}]`
      }
    }
  }
  return undefined
}

/** Rejects a YAML text whose aliases exceed the budget. */
function checkYamlText(text: string, file: string, key?: string): void {
  if (!text.includes('&')) return
  const refused = parseYamlStream(text, file).errors.find((error) => error.limit)
  if (!refused) return
  const message = refused.message.replace(/^YAML: /, '')
  throw new RenderError(key ? `${key}: ${message}` : message, file, key ? undefined : refused.line)
}

/**
 * Reads a file within the input size limit (its size from the walk's `stat`); `undefined`
 * when it is not a readable file (Kustomize will say why).
 *
 * @throws {RenderError} naming the file when it is larger than the limit.
 */
function readBounded(paths: LocalPaths, path: string, display: string, text = true): string | undefined {
  const info = paths.stat(path)
  if (!info?.isFile()) return undefined
  checkInputSize(info.size, display)
  if (!text) return undefined
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** A ConfigMap/Secret key as the API server accepts it (`IsConfigMapKey`, k8s.io/apimachinery `pkg/util/validation`). */
const VALID_KEY = /^[-._a-zA-Z0-9]+$/

/**
 * Checks an env file the way kustomize `api/kv/kv.go` keyValuesFromLine reads it: lines are
 * split on `\n` (a trailing `\r` is dropped), left-trimmed; blank lines and `#` comments are
 * skipped; the key is everything before the first `=`.
 *
 * @throws {RenderError} for a line that is not valid UTF-8 (Kustomize would print it).
 * @returns a warning per line whose key is not a valid key (a `KEY: value` typo makes the
 *   value part of the key name): file and line, never the content.
 */
async function checkEnvFile(path: string, display: string, secret: boolean): Promise<PreflightWarning[]> {
  const bytes = await readInputFile(path, display, null)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const warnings: PreflightWarning[] = []
  let start = 0
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start)
    if (end === -1) end = bytes.length
    let text: string
    try {
      text = decoder.decode(bytes.subarray(start, end))
    } catch {
      throw new RenderError(
        `line ${line} is not valid UTF-8; Kustomize would print the line${secret ? ', which holds a Secret value' : ''} (it is not shown here)`,
        display,
        line,
      )
    }
    start = end + 1
    const trimmed = text
      .replace(/\r$/, '')
      .replace(/^\s+/, '')
      .replace(/^\uFEFF/, '')
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const key = trimmed.includes('=') ? trimmed.slice(0, trimmed.indexOf('=')) : trimmed
    if (VALID_KEY.test(key)) continue
    const typo = /^[-._a-zA-Z0-9]+\s*:/.test(trimmed)
    warnings.push({
      file: display,
      line,
      message: typo
        ? `line ${line} looks like "KEY: value"; env files take KEY=VALUE, so the whole line becomes the key name${secret ? ' and the Secret value is exposed as a key' : ''} (the line is not shown)`
        : `line ${line}: the key is not a valid ${secret ? 'Secret' : 'ConfigMap'} key (letters, digits, "-", "_", "."); the line is not shown`,
    })
  }
  return warnings
}

/** True when `path` is `root` or below it. */
function isInside(root: string, path: string): boolean {
  const r = relative(root, path)
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r))
}
