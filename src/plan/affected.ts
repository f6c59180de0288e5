/**
 * Which environments a change can affect: the files each environment's render reads (the
 * dependency graph of its Kustomize root, `src/kustomize/graph.ts`, plus its Argo CD
 * Application file) matched against the changed files.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { addKustomizationToGraph, emptyGraph, toRepo, type DependencyGraph } from '../kustomize/graph.js'
import { findKustomizationFile } from '../kustomize/kustomization.js'
import type { Environment } from '../render/environment.js'

export type { DependencyGraph } from '../kustomize/graph.js'

/**
 * Builds the dependency graph of an environment in the tree at `repoRoot`.
 *
 * @param environment a discovered environment (its `path` is repository-relative).
 * @returns the graph; never throws — an unreadable kustomization or a path outside the
 *   repository makes it incomplete (`complete: false` with a `reason`).
 */
export async function dependencyGraph(repoRoot: string, environment: Environment): Promise<DependencyGraph> {
  const graph = emptyGraph()
  const root = join(repoRoot, environment.path)
  try {
    if (environment.application?.file) graph.files.add(toRepo(repoRoot, join(repoRoot, environment.application.file)))
    const info = await stat(root)
    if (!info.isDirectory()) graph.files.add(toRepo(repoRoot, root))
    else if (!(await findKustomizationFile(root))) graph.dirs.add(toRepo(repoRoot, root))
    else await addKustomizationToGraph(repoRoot, root, graph, environment.kustomize?.components ?? [])
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
