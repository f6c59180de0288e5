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
 *   resources (`https://…`, `git@…`, `github.com/owner/repo//path?ref=…`) are left to
 *   Kustomize, as before.
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
import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { RenderError } from '../errors.js'
import { loadYaml, parseYamlStream, YamlLimitError } from '../manifests/yaml-stream.js'
import { checkInputSize, readInputFile, toPosix } from './files.js'
import { findKustomizationFile } from './overrides.js'

/** How Kustomize uses a path it is given. */
export type ReferenceKind =
  /** `resources`, `bases`, `components`, generators/transformers/validators: a kustomization directory or a YAML file. */
  | 'resource'
  /** A YAML file Kustomize parses (patches, crds, configurations, replacements, openapi, Helm values). */
  | 'yaml'
  /** A generator `envs`/`env` file: `KEY=VALUE` lines. */
  | 'env'
  /** A generator `files` source: its content becomes a value as it is. */
  | 'data'
  /** A directory Kustomize reads from (a Helm chart home). */
  | 'directory'

/** One path a kustomization refers to. */
export interface KustomizeReference {
  /** The field holding it, e.g. `resources[2]`, `patches[0].path`, `secretGenerator[1].envs[0]`. */
  key: string
  /** The entry as written (for `files`, the path after `key=`). */
  entry: string
  kind: ReferenceKind
  /** Set for the sources of a `secretGenerator`. */
  secret?: boolean
}

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

/**
 * Walks the Kustomize tree at `root` (and every kustomization it refers to) and checks it as
 * described in the module comment. Reads only files inside the repository; never runs a
 * program.
 *
 * @param root absolute directory holding the kustomization to build.
 * @returns warnings (`KEY: value` lines in env files).
 * @throws {RenderError} naming the kustomization and the entry (for a path outside the
 *   repository), or the file and line (for an alias bomb, an oversize file, an env file line
 *   with invalid UTF-8, a literal without `=`). A missing file or a YAML syntax error is left
 *   to Kustomize, whose message points at it.
 */
export async function preflightKustomize(root: string, options: PreflightOptions): Promise<PreflightWarning[]> {
  const repo = resolve(options.repoRoot)
  const repoReal = await realpath(repo)
  const rel = (path: string): string => {
    const r = toPosix(relative(repo, path))
    return r === '' ? '.' : r.startsWith('..') ? toPosix(path) : r
  }
  const warnings: PreflightWarning[] = []
  // A root given on the command line outside the repository is the user's choice, not PR content.
  const bounded = isInside(repo, resolve(root)) && isInside(repoReal, await realpath(root).catch(() => resolve(root)))
  const seen = new Set<string>()
  const scanned = new Set<string>()

  /** Resolves an entry of `holder` (a kustomization or Application file) and checks it stays inside. */
  const locate = async (holder: string, base: string, ref: KustomizeReference): Promise<string | undefined> => {
    const where = `${ref.key} entry ${JSON.stringify(ref.entry)}`
    if (/^file:/i.test(ref.entry)) throw new RenderError(`${where} is a file:// URL: a kustomization may only refer to paths inside the repository`, rel(holder))
    if (isRemote(ref.entry)) return undefined
    if (!bounded) return resolve(base, ref.entry)
    if (isAbsolute(ref.entry)) throw new RenderError(`${where} is an absolute path: a kustomization may only refer to paths inside the repository`, rel(holder))
    const target = resolve(base, ref.entry)
    if (!isInside(repo, target)) throw new RenderError(`${where} is outside the repository`, rel(holder))
    let real: string
    try {
      real = await realpath(target)
    } catch {
      return undefined // missing: Kustomize reports it, naming the entry
    }
    if (!isInside(repoReal, real)) throw new RenderError(`${where} leads outside the repository through a symlink`, rel(holder))
    return target
  }

  const scanYaml = async (file: string): Promise<void> => {
    if (scanned.has(file)) return
    scanned.add(file)
    const text = await readBounded(file, rel(file))
    if (text !== undefined) checkYamlText(text, rel(file))
  }

  const visit = async (dir: string, via?: { holder: string; where: string }): Promise<void> => {
    if (seen.has(dir)) return
    seen.add(dir)
    const name = await findKustomizationFile(dir)
    if (!name) return // Kustomize: "must build at directory"
    const file = join(dir, name)
    if (bounded && !isInside(repoReal, await realpath(file))) {
      throw new RenderError(`${via ? `${via.where}: its ` : ''}${name} leads outside the repository through a symlink`, rel(via?.holder ?? file))
    }
    const text = await readBounded(file, rel(file))
    if (text === undefined) return
    let kustomization: unknown
    try {
      kustomization = loadYaml(text, rel(file))
    } catch (error) {
      if (error instanceof YamlLimitError) throw new RenderError(error.message.replace(`${rel(file)}: `, ''), rel(file))
      return // a syntax error: Kustomize reports it with the line
    }
    if (!kustomization || typeof kustomization !== 'object' || Array.isArray(kustomization)) return
    const k = kustomization as Record<string, unknown>
    for (const inline of inlinePatches(k)) checkYamlText(inline.text, rel(file), inline.key)
    const literal = badLiteral(k)
    if (literal) throw new RenderError(`${literal}: expected KEY=VALUE (the entry is not shown: it may hold a Secret value)`, rel(file))
    for (const ref of kustomizationReferences(k)) {
      const target = await locate(file, dir, ref)
      if (!target) continue
      const info = await stat(target).catch(() => undefined)
      if (!info) continue
      if (ref.kind === 'resource') {
        if (info.isDirectory()) await visit(target, { holder: file, where: `${ref.key} entry ${JSON.stringify(ref.entry)}` })
        else await scanYaml(target)
      } else if (ref.kind === 'yaml' && info.isFile()) await scanYaml(target)
      else if (ref.kind === 'env' && info.isFile()) warnings.push(...(await checkEnvFile(target, rel(target), ref.secret === true)))
      else if (ref.kind === 'data' && info.isFile()) await readBounded(target, rel(target), false)
    }
  }

  const start = resolve(root)
  if (options.components) {
    for (const [index, entry] of options.components.entries.entries()) {
      const holder = resolve(repo, options.components.file)
      const target = await locate(holder, start, { key: `spec.source.kustomize.components[${index}]`, entry, kind: 'resource' })
      if (target && (await stat(target).catch(() => undefined))?.isDirectory()) await visit(target, { holder, where: `spec.source.kustomize.components[${index}] entry ${JSON.stringify(entry)}` })
    }
  }
  await visit(start)
  return warnings
}

/**
 * Every path a kustomization refers to, with its field and how Kustomize uses it
 * (kustomize `api/types/kustomization.go`, `api/types/helmchartargs.go`,
 * `api/types/generatorargs.go`). Inline entries (patch text, inline generator configs) are
 * not paths and are skipped.
 *
 * @param k the parsed kustomization.
 */
export function kustomizationReferences(k: Record<string, unknown>): KustomizeReference[] {
  const refs: KustomizeReference[] = []
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
  const isPath = (value: unknown): value is string => typeof value === 'string' && value !== '' && !value.includes('\n')
  for (const field of ['resources', 'bases', 'components', 'generators', 'transformers', 'validators']) {
    list(k[field]).forEach((entry, i) => isPath(entry) && refs.push({ key: `${field}[${i}]`, entry, kind: 'resource' }))
  }
  for (const field of ['crds', 'configurations', 'patchesStrategicMerge']) {
    list(k[field]).forEach((entry, i) => isPath(entry) && refs.push({ key: `${field}[${i}]`, entry, kind: 'yaml' }))
  }
  for (const field of ['patches', 'patchesJson6902', 'replacements']) {
    list(k[field]).forEach((entry, i) => {
      const path = (entry as { path?: unknown } | null)?.path
      if (isPath(path)) refs.push({ key: `${field}[${i}].path`, entry: path, kind: 'yaml' })
    })
  }
  const openapi = (k.openapi as { path?: unknown } | undefined)?.path
  if (isPath(openapi)) refs.push({ key: 'openapi.path', entry: openapi, kind: 'yaml' })
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    const secret = field === 'secretGenerator'
    list(k[field]).forEach((generator, i) => {
      if (!generator || typeof generator !== 'object') return
      const g = generator as Record<string, unknown>
      list(g.files).forEach((source, j) => {
        if (typeof source !== 'string') return
        // kustomize generators.ParseFileSource: `[key=]path`.
        const path = source.includes('=') ? source.slice(source.indexOf('=') + 1) : source
        if (isPath(path)) refs.push({ key: `${field}[${i}].files[${j}]`, entry: path, kind: 'data', secret })
      })
      list(g.envs).forEach((path, j) => isPath(path) && refs.push({ key: `${field}[${i}].envs[${j}]`, entry: path, kind: 'env', secret }))
      if (isPath(g.env)) refs.push({ key: `${field}[${i}].env`, entry: g.env, kind: 'env', secret })
    })
  }
  const helmHome = (k.helmGlobals as { chartHome?: unknown } | undefined)?.chartHome
  if (isPath(helmHome)) refs.push({ key: 'helmGlobals.chartHome', entry: helmHome, kind: 'directory' })
  list(k.helmCharts).forEach((chart, i) => {
    const c = (chart ?? {}) as Record<string, unknown>
    if (isPath(c.valuesFile)) refs.push({ key: `helmCharts[${i}].valuesFile`, entry: c.valuesFile, kind: 'yaml' })
    list(c.additionalValuesFiles).forEach((path, j) => isPath(path) && refs.push({ key: `helmCharts[${i}].additionalValuesFiles[${j}]`, entry: path, kind: 'yaml' }))
  })
  list(k.helmChartInflationGenerator).forEach((chart, i) => {
    const c = (chart ?? {}) as Record<string, unknown>
    if (isPath(c.chartHome)) refs.push({ key: `helmChartInflationGenerator[${i}].chartHome`, entry: c.chartHome, kind: 'directory' })
    if (isPath(c.values)) refs.push({ key: `helmChartInflationGenerator[${i}].values`, entry: c.values, kind: 'yaml' })
  })
  return refs
}

/**
 * True for what Kustomize fetches instead of reading from disk: URLs (`https://`, `ssh://`,
 * `git::…`), scp-like `git@host:…`, and `host/owner/repo…` shorthands of the common forges
 * (kustomize `api/internal/git/repospec.go`). `file://` is not remote: it reads the local disk.
 */
export function isRemote(entry: string): boolean {
  if (/^file:/i.test(entry)) return false
  return /^[a-z][a-z0-9+.-]*::/i.test(entry) || /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[\w.-]+@[\w.-]+:/.test(entry) || /^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(entry)
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

/** Reads a file within the input size limit; `undefined` when it is not a readable file (Kustomize will say why). */
async function readBounded(path: string, display: string, text = true): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) return undefined
  checkInputSize(info.size, display)
  if (!text) return undefined
  return readInputFile(path, display).catch((error: unknown) => {
    if (error instanceof RenderError) throw error
    return undefined
  })
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
      throw new RenderError(`line ${line} is not valid UTF-8; Kustomize would print the line${secret ? ', which holds a Secret value' : ''} (it is not shown here)`, display, line)
    }
    start = end + 1
    const trimmed = text.replace(/\r$/, '').replace(/^\s+/, '').replace(/^\uFEFF/, '')
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
