/**
 * Which environments a change can affect: the files each Kustomize root reads, found by
 * walking its kustomization (and every kustomization it references), matched against the
 * changed files. Fields read follow kustomize `api/types/kustomization.go`: resources,
 * bases, components, crds, patches[].path, patchesStrategicMerge, patchesJson6902[].path,
 * configMapGenerator/secretGenerator files/envs/env, replacements[].path, configurations,
 * openapi.path, generators/transformers/validators, helmCharts (the chart home directory).
 */
import { readFile, stat } from 'node:fs/promises'
import { join, normalize, relative, sep } from 'node:path'
import jsYaml from 'js-yaml'
import type { Environment } from '../render/environment.js'
import { findKustomizationFile } from '../render/overrides.js'

/** The files an environment's render reads. */
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

/**
 * Builds the dependency graph of an environment in the tree at `repoRoot`.
 *
 * @param environment a discovered environment (its `path` is repository-relative).
 * @returns the graph; never throws — an unreadable kustomization makes it incomplete.
 */
export async function dependencyGraph(repoRoot: string, environment: Environment): Promise<DependencyGraph> {
  const graph: DependencyGraph = { files: new Set(), dirs: new Set(), complete: true, secretLiterals: [], secretFiles: new Set() }
  if (environment.application?.file) graph.files.add(toRepo(repoRoot, join(repoRoot, environment.application.file)))
  const root = join(repoRoot, environment.path)
  try {
    const info = await stat(root)
    if (!info.isDirectory()) graph.files.add(toRepo(repoRoot, root))
    else if (!(await findKustomizationFile(root))) graph.dirs.add(toRepo(repoRoot, root))
    else {
      await walkKustomization(repoRoot, root, graph, new Set())
      for (const component of environment.kustomize?.components ?? []) await addPath(repoRoot, root, component, graph, new Set())
    }
  } catch (error) {
    graph.complete = false
    graph.reason = (error as Error).message
  }
  return graph
}

/**
 * True when a changed file is in the graph.
 *
 * @param changed repository-relative POSIX paths.
 */
export function isAffected(graph: DependencyGraph, changed: Iterable<string>): boolean {
  for (const file of changed) {
    if (graph.files.has(file)) return true
    for (const dir of graph.dirs) if (dir === '.' || file.startsWith(`${dir}/`)) return true
  }
  return false
}

/** kustomize `api/kv/kv.go` parseLiteralSource: `KEY=VALUE`, surrounding quotes removed. */
function literalValue(literal: string): string {
  const value = literal.includes('=') ? literal.slice(literal.indexOf('=') + 1) : literal
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]) ? value.slice(1, -1) : value
}

function isRemote(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path) || /^(github|gitlab|bitbucket)\.(com|org)\//.test(path)
}

async function walkKustomization(repoRoot: string, dir: string, graph: DependencyGraph, seen: Set<string>): Promise<void> {
  if (seen.has(dir)) return
  seen.add(dir)
  const name = await findKustomizationFile(dir)
  if (!name) throw new Error(`no kustomization in ${toRepo(repoRoot, dir)}`)
  const file = join(dir, name)
  graph.files.add(toRepo(repoRoot, file))
  const k = (jsYaml.load(await readFile(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>
  if (typeof k !== 'object') throw new Error(`${toRepo(repoRoot, file)} is not a mapping`)
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [])
  const pathsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' ? (v as { path?: unknown }).path : undefined)).filter((p): p is string => typeof p === 'string') : [])
  for (const field of ['resources', 'bases', 'components', 'crds']) for (const path of strings(k[field])) await addPath(repoRoot, dir, path, graph, seen)
  for (const field of ['patches', 'patchesJson6902', 'replacements']) for (const path of pathsOf(k[field])) addFile(repoRoot, dir, path, graph)
  // patchesStrategicMerge / generators / transformers / validators entries are a file path or an inline document.
  for (const field of ['patchesStrategicMerge', 'generators', 'transformers', 'validators', 'configurations']) {
    for (const entry of strings(k[field])) if (!entry.includes('\n')) await addPath(repoRoot, dir, entry, graph, seen)
  }
  const openapi = k.openapi as { path?: unknown } | undefined
  if (typeof openapi?.path === 'string') addFile(repoRoot, dir, openapi.path, graph)
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    const generators = Array.isArray(k[field]) ? (k[field] as Array<Record<string, unknown>>) : []
    for (const generator of generators) {
      if (!generator || typeof generator !== 'object') continue
      const sources = [...strings(generator.files).map((entry) => (entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry)), ...strings(generator.envs), ...strings(generator.env)]
      for (const entry of sources) addFile(repoRoot, dir, entry, graph)
      if (field !== 'secretGenerator') continue
      for (const literal of strings(generator.literals)) graph.secretLiterals.push(literalValue(literal))
      for (const entry of sources) if (!isRemote(entry)) graph.secretFiles.add(toRepo(repoRoot, normalize(join(dir, entry))))
    }
  }
  if (Array.isArray(k.helmCharts) && k.helmCharts.length > 0) {
    const home = (k.helmGlobals as { chartHome?: unknown } | undefined)?.chartHome
    addDir(repoRoot, join(dir, typeof home === 'string' ? home : 'charts'), graph)
    for (const chart of k.helmCharts as Array<{ valuesFile?: unknown; additionalValuesFiles?: unknown }>) {
      if (typeof chart?.valuesFile === 'string') addFile(repoRoot, dir, chart.valuesFile, graph)
      for (const extra of strings(chart?.additionalValuesFiles)) addFile(repoRoot, dir, extra, graph)
    }
  }
}

async function addPath(repoRoot: string, dir: string, path: string, graph: DependencyGraph, seen: Set<string>): Promise<void> {
  if (isRemote(path)) return
  const full = normalize(join(dir, path))
  let info
  try {
    info = await stat(full)
  } catch {
    // Missing: kustomize will fail on it; a file appearing there must still count.
    graph.files.add(toRepo(repoRoot, full))
    return
  }
  if (info.isDirectory()) await walkKustomization(repoRoot, full, graph, seen)
  else graph.files.add(toRepo(repoRoot, full))
}

function addFile(repoRoot: string, dir: string, path: string, graph: DependencyGraph): void {
  if (!isRemote(path)) graph.files.add(toRepo(repoRoot, normalize(join(dir, path))))
}

function addDir(repoRoot: string, full: string, graph: DependencyGraph): void {
  graph.dirs.add(toRepo(repoRoot, full))
}

function toRepo(repoRoot: string, full: string): string {
  const rel = relative(repoRoot, full)
  if (rel.startsWith('..')) throw new Error(`${full} is outside the repository`)
  return (rel === '' ? '.' : rel).split(sep).join('/')
}
