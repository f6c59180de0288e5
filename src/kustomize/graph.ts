/**
 * The files a Kustomize root reads: every path its kustomization references, and the
 * kustomizations those reference in turn. Fields read follow kustomize
 * `api/types/kustomization.go`: resources, bases, components, crds, patches[].path,
 * patchesStrategicMerge, patchesJson6902[].path, configMapGenerator/secretGenerator
 * files/envs/env, replacements[].path, configurations, openapi.path,
 * generators/transformers/validators, helmCharts (the chart home directory and values files).
 */
import { basename, dirname, isAbsolute, join, normalize, relative, sep } from 'node:path'
import { ConfigError } from '../errors.js'
import { findKustomizationFile, readKustomizationData } from './kustomization-file.js'
import { realpathIfAny, statIfAny } from '../util/local-fs.js'
import { remoteKind, type RemoteKind } from './remote.js'

/** One path a kustomization references. */
export interface KustomizationReference {
  /** The kustomization file holding the reference (absolute). */
  from: string
  /** Where in it: `resources`, `components`, `patches[].path`, `configMapGenerator[].files`, `helmGlobals.chartHome`, … */
  key: string
  /** The path as written (for `files`, the part after `key=`). */
  value: string
  /**
   * `kustomization`: a directory that is walked into; `file`; `directory`: a directory read
   * whole (a Helm chart home); `missing`: nothing is there (yet); `remote`: a URL or
   * remote-base spec, not resolved.
   */
  kind: 'kustomization' | 'file' | 'directory' | 'missing' | 'remote'
  /** For `remote`: how Kustomize would fetch it (see `src/kustomize/remote.ts`). */
  remote?: RemoteKind
  /** Absolute, normalised path (lexical: symlinks not resolved); undefined for `remote`. */
  path?: string
  /** Outside `options.boundary` (then a kustomization there is not walked into). */
  outside: boolean
}

/** Options of {@link walkKustomization}. */
export interface WalkOptions {
  /** A directory (absolute): references outside it are yielded with `outside: true` and not followed. */
  boundary?: string
  /** Called with each kustomization walked (the root first) and its plain data. */
  onKustomization?: (file: string, data: Record<string, unknown>) => void
}

function isInside(boundary: string | undefined, path: string): boolean {
  if (!boundary) return true
  const rel = relative(boundary, path)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))
}

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : []
const pathsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .map((v) => (v && typeof v === 'object' ? (v as { path?: unknown }).path : undefined))
        .filter((p): p is string => typeof p === 'string')
    : []

/**
 * Walks the kustomization in `dir` and every kustomization it references (each once),
 * yielding every path referenced, with the referencing file and key. A directory
 * referenced from `resources`/`bases`/`components`/`crds`/… is walked into when it is
 * inside `options.boundary`.
 *
 * @param dir the directory of the root kustomization (absolute).
 * @throws {ConfigError} naming the file when a walked directory has no kustomization or a
 *   kustomization is not valid YAML / not a mapping.
 */
export async function* walkKustomization(
  dir: string,
  options: WalkOptions = {},
  seen = new Set<string>(),
): AsyncGenerator<KustomizationReference> {
  if (seen.has(dir)) return
  seen.add(dir)
  const name = await findKustomizationFile(dir)
  if (!name) throw new ConfigError(`no kustomization in ${dir}`, dir)
  const file = join(dir, name)
  const k = readKustomizationData(file)
  options.onKustomization?.(file, k)
  const reference = async (key: string, value: string, walk: boolean): Promise<KustomizationReference> => {
    const path = normalize(join(dir, value))
    const info = statIfAny(path)
    // Kustomize reads a `resources` entry that is a local file, whatever its name looks like.
    const remote = remoteKind(key, value, info?.isFile() === true)
    if (remote) return { from: file, key, value, kind: 'remote', remote, outside: true }
    const outside = !isInside(options.boundary, path)
    const kind = !info ? 'missing' : info.isDirectory() ? (walk ? 'kustomization' : 'directory') : 'file'
    return { from: file, key, value, kind, path, outside }
  }
  const follow = async function* (ref: KustomizationReference): AsyncGenerator<KustomizationReference> {
    yield ref
    if (ref.kind === 'kustomization' && !ref.outside) yield* walkKustomization(ref.path as string, options, seen)
  }
  for (const key of ['resources', 'bases', 'components', 'crds'])
    for (const value of strings(k[key])) yield* follow(await reference(key, value, true))
  for (const key of ['patches', 'patchesJson6902', 'replacements'])
    for (const value of pathsOf(k[key])) yield await reference(`${key}[].path`, value, false)
  // patchesStrategicMerge / generators / transformers / validators entries are a file path or an inline document.
  for (const key of ['patchesStrategicMerge', 'generators', 'transformers', 'validators', 'configurations']) {
    for (const value of strings(k[key])) if (!value.includes('\n')) yield* follow(await reference(key, value, true))
  }
  const openapi = k.openapi as { path?: unknown } | undefined
  if (typeof openapi?.path === 'string') yield await reference('openapi.path', openapi.path, false)
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    const generators = Array.isArray(k[key]) ? (k[key] as Array<Record<string, unknown>>) : []
    for (const generator of generators) {
      if (!generator || typeof generator !== 'object') continue
      for (const entry of strings(generator.files))
        yield await reference(
          `${key}[].files`,
          entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry,
          false,
        )
      for (const entry of strings(generator.envs)) yield await reference(`${key}[].envs`, entry, false)
      for (const entry of strings(generator.env)) yield await reference(`${key}[].env`, entry, false)
    }
  }
  if (Array.isArray(k.helmCharts) && k.helmCharts.length > 0) {
    const home = (k.helmGlobals as { chartHome?: unknown } | undefined)?.chartHome
    yield await reference('helmGlobals.chartHome', typeof home === 'string' ? home : 'charts', false)
    for (const chart of k.helmCharts as Array<{ valuesFile?: unknown; additionalValuesFiles?: unknown }>) {
      if (typeof chart?.valuesFile === 'string')
        yield await reference('helmCharts[].valuesFile', chart.valuesFile, false)
      for (const extra of strings(chart?.additionalValuesFiles))
        yield await reference('helmCharts[].additionalValuesFiles', extra, false)
    }
  }
}

/** The files a Kustomize root reads. */
export interface DependencyGraph {
  /** Repository-relative files (POSIX). */
  files: Set<string>
  /** Repository-relative directories: any file below one counts (plain YAML dirs, Helm chart homes). */
  dirs: Set<string>
  /** False when the graph could not be determined (unreadable kustomization, path outside the repo); render the environment. */
  complete: boolean
  /** Why the graph is incomplete. */
  reason?: string
  /** Values of `secretGenerator` literals (`KEY=VALUE` → `VALUE`, quotes removed) — raw Secret values. */
  secretLiterals: string[]
  /** Repository-relative `secretGenerator` `files`/`envs`/`env` sources — their contents are Secret values. */
  secretFiles: Set<string>
}

/** An empty, complete graph. */
export function emptyGraph(): DependencyGraph {
  return { files: new Set(), dirs: new Set(), complete: true, secretLiterals: [], secretFiles: new Set() }
}

/** kustomize `api/kv/kv.go` parseLiteralSource: `KEY=VALUE`, surrounding quotes removed. */
function literalValue(literal: string): string {
  const value = literal.includes('=') ? literal.slice(literal.indexOf('=') + 1) : literal
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])
    ? value.slice(1, -1)
    : value
}

/**
 * Adds what the kustomization in `dir` reads (and `extra` paths referenced from it, such as
 * an Argo CD Application's `kustomize.components`) to `graph`.
 *
 * @param repoRoot absolute repository root: paths in the graph are relative to it.
 * @throws {Error} when a referenced path is outside `repoRoot`; {@link ConfigError} for an
 *   unreadable kustomization (see {@link walkKustomization}).
 */
export async function addKustomizationToGraph(
  repoRoot: string,
  dir: string,
  graph: DependencyGraph,
  extra: string[] = [],
): Promise<void> {
  const seen = new Set<string>()
  const onKustomization = (file: string, data: Record<string, unknown>) => {
    graph.files.add(toRepo(repoRoot, file))
    const generators = Array.isArray(data.secretGenerator)
      ? (data.secretGenerator as Array<Record<string, unknown>>)
      : []
    for (const generator of generators)
      if (generator && typeof generator === 'object')
        for (const literal of strings(generator.literals)) graph.secretLiterals.push(literalValue(literal))
  }
  const add = (ref: KustomizationReference) => {
    if (ref.kind === 'remote' || !ref.path) return
    const rel = toRepo(repoRoot, ref.path)
    // A chart home counts as a directory even before it exists.
    if (ref.kind === 'directory' || ref.key === 'helmGlobals.chartHome') graph.dirs.add(rel)
    else if (ref.kind !== 'kustomization') graph.files.add(rel)
    if (ref.key.startsWith('secretGenerator[]')) graph.secretFiles.add(rel)
  }
  for await (const ref of walkKustomization(dir, { onKustomization }, seen)) add(ref)
  for (const component of extra) {
    if (remoteKind('components', component)) continue
    const path = normalize(join(dir, component))
    const info = statIfAny(path)
    if (info?.isDirectory()) for await (const ref of walkKustomization(path, { onKustomization }, seen)) add(ref)
    else graph.files.add(toRepo(repoRoot, path))
  }
  await addResolvedPaths(repoRoot, graph)
}

/**
 * Adds, for every path of the graph reached through a symlink, the path it resolves to —
 * git reports a change at the symlink's target (`manifests/base/pdb.yaml`), not at the
 * path the kustomization names (`manifests/overlays/prod/shared/pdb.yaml`). A path that no
 * longer exists (a deleted file) is resolved through its nearest existing parent. Targets
 * outside the repository are not added (rendering refuses them).
 */
async function addResolvedPaths(repoRoot: string, graph: DependencyGraph): Promise<void> {
  const root = realpathIfAny(repoRoot) ?? repoRoot
  const resolveRel = async (rel: string): Promise<string | undefined> => {
    let existing = join(repoRoot, rel)
    const rest: string[] = []
    for (;;) {
      const real = realpathIfAny(existing)
      if (real !== undefined) {
        const full = join(real, ...rest)
        const inside = relative(root, full)
        return inside.startsWith('..') || isAbsolute(inside)
          ? undefined
          : (inside === '' ? '.' : inside).split(sep).join('/')
      }
      if (dirname(existing) === existing) return undefined
      rest.unshift(basename(existing))
      existing = dirname(existing)
    }
  }
  for (const set of [graph.files, graph.dirs, graph.secretFiles]) {
    for (const rel of [...set]) {
      const resolved = await resolveRel(rel)
      if (resolved !== undefined) set.add(resolved)
    }
  }
}

/**
 * A path relative to the repository root, POSIX-style (`.` for the root itself).
 *
 * @throws {Error} when `full` is outside `repoRoot`.
 */
export function toRepo(repoRoot: string, full: string): string {
  const rel = relative(repoRoot, full)
  if (rel.startsWith('..')) throw new Error(`${full} is outside the repository`)
  return (rel === '' ? '.' : rel).split(sep).join('/')
}
