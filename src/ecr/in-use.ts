/**
 * Which images the environments run: at HEAD and at the previous releases kept for
 * rollback. The lifecycle in-use guard never lets a policy expire one of them.
 */
import semver from 'semver'
import { loadConfig, type SlipwayConfig } from '../config/index.js'
import { formatRef, type KubernetesObject, type Resource } from '../manifests/resource.js'
import { podSpecOf } from '../manifests/workloads.js'
import { renderEnvironments } from '../render/index.js'
import type { RenderResult } from '../render/environment.js'
import { isShallow, listTags } from '../git/repository.js'
import { withWorktree } from '../git/worktree.js'
import type { InUseImage } from './in-use-index.js'

/** Kinds whose pod spec is at `spec.template.spec` (apps/v1, batch/v1, argoproj.io Rollout). */
/** Argo Workflows kinds: templates at `spec.templates` (CronWorkflow: `spec.workflowSpec.templates`). */
const WORKFLOW_KINDS = new Set(['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow'])
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const
/** Nesting limit of the generic walk; pod specs sit a few levels deep, manifests are not deeper than this. */
const MAX_WALK_DEPTH = 32

/** The guard could not establish what is in use (a render failed, git failed). */
export class InUseError extends Error {
  override name = 'InUseError'
}

/**
 * Lists the container images of workload resources:
 * - `containers`, `initContainers` and `ephemeralContainers` of Pods and of the pod templates
 *   of Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs, PodTemplates,
 *   Argo Rollouts (`spec.template`) and KEDA ScaledJobs (`spec.jobTargetRef.template`);
 * - Argo Workflows templates (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, and
 *   CronWorkflow under `spec.workflowSpec`): `container`, `script`, `initContainers`, `sidecars`
 *   and `containerSet.containers` of every `spec.templates[]` entry;
 * - and, so that an unknown CRD is not silently missed, any other object anywhere in a
 *   resource that has a `containers` array whose items carry a string `image`.
 *
 * @param resources rendered resources.
 * @param label prefix of each `source` (e.g. the environment name, `prod@v1.4.0`).
 * @returns one entry per container, in resource order; `source` names the resource and container.
 */
export function extractImageReferences(resources: readonly Resource[], label?: string): InUseImage[] {
  const found: InUseImage[] = []
  for (const resource of resources) {
    const at = formatRef(resource.ref)
    const add = (where: string, container: unknown) => {
      if (!isRecord(container) || typeof container.image !== 'string' || container.image.trim() === '') return
      const text = `${at} ${where}`
      found.push({ reference: container.image.trim(), source: label ? `${label}: ${text}` : text })
    }
    const named = (list: string, container: unknown) =>
      `${list}[${isRecord(container) && typeof container.name === 'string' ? container.name : '?'}]`
    /** Container holders already read, so the generic walk does not report them twice. */
    const seen = new Set<object>()
    const readLists = (holder: Record<string, unknown>, prefix: string, lists: readonly string[] = CONTAINER_LISTS) => {
      seen.add(holder)
      for (const list of lists) {
        const containers = holder[list]
        if (Array.isArray(containers))
          for (const container of containers) add(`${prefix}${named(list, container)}`, container)
      }
    }

    const podSpec = podSpecOf(resource.object)
    if (podSpec) readLists(podSpec, '')
    for (const { template, where } of workflowTemplatesOf(resource.object)) {
      if (isRecord(template.container)) add(`${where}.container`, template.container)
      if (isRecord(template.script)) add(`${where}.script`, template.script)
      readLists(template, `${where}.`, ['initContainers', 'sidecars'])
      if (isRecord(template.containerSet)) readLists(template.containerSet, `${where}.containerSet.`, ['containers'])
    }
    walk(resource.object, '', 0, new Set(), (holder, path) => {
      if (!seen.has(holder)) readLists(holder, path ? `${path}.` : '')
    })
  }
  return found
}

/** Calls `visit` for every object below `value` with a `containers` array of objects with a string `image`. */
function walk(
  value: unknown,
  path: string,
  depth: number,
  visited: Set<object>,
  visit: (holder: Record<string, unknown>, path: string) => void,
): void {
  if (depth > MAX_WALK_DEPTH || typeof value !== 'object' || value === null || visited.has(value)) return
  visited.add(value)
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, visited, visit))
    return
  }
  const record = value as Record<string, unknown>
  if (Array.isArray(record.containers) && record.containers.some((c) => isRecord(c) && typeof c.image === 'string'))
    visit(record, path)
  for (const [key, child] of Object.entries(record))
    walk(child, path ? `${path}.${key}` : key, depth + 1, visited, visit)
}

/** Argo Workflows templates, each with a `templates[<name>]` label (argoproj.io/v1alpha1 WorkflowSpec.templates). */
function workflowTemplatesOf(object: KubernetesObject): Array<{ template: Record<string, unknown>; where: string }> {
  if (typeof object.kind !== 'string' || !WORKFLOW_KINDS.has(object.kind) || !isRecord(object.spec)) return []
  const spec = object.kind === 'CronWorkflow' ? object.spec.workflowSpec : object.spec
  if (!isRecord(spec) || !Array.isArray(spec.templates)) return []
  return spec.templates
    .filter(isRecord)
    .map((template, i) => ({ template, where: `templates[${typeof template.name === 'string' ? template.name : i}]` }))
}

/** Options of {@link collectInUseImages}. */
export interface CollectInUseOptions {
  /** Absolute repository root (a git work tree). */
  repoRoot: string
  config?: SlipwayConfig
  /** Previous release tags (`vX.Y.Z`, highest first) to render besides HEAD. Default 3. */
  releases?: number
  kustomizeCommand?: string
  /** Injected for tests; defaults to the render engine. */
  render?: (repoRoot: string, config: SlipwayConfig | undefined) => Promise<RenderResult[]>
}

/** What the guard found in use, and where it looked. */
export interface InUseCollection {
  images: InUseImage[]
  /** Revisions rendered: `HEAD` and the release tags. */
  revisions: string[]
  /** Why the guard may know less than asked (no release tags to render for rollback). */
  warnings: string[]
}

/**
 * Renders every environment at HEAD and at the `releases` highest release tags merged into
 * HEAD, and lists the images they run. Releases are checked out with `git worktree add`
 * into a temporary directory (removed afterwards); the user's checkout is never touched.
 *
 * @throws {InUseError} when an environment fails to render at any revision — the guard
 *   refuses to guess what is in use.
 * @throws {ExecError} when git fails.
 */
export async function collectInUseImages(options: CollectInUseOptions): Promise<InUseCollection> {
  const render =
    options.render ??
    ((repoRoot, config) => renderEnvironments({ repoRoot, config, kustomizeCommand: options.kustomizeCommand }))
  const images: InUseImage[] = []
  const revisions = ['HEAD']
  images.push(...fromResults(await render(options.repoRoot, options.config), 'HEAD'))
  const wanted = options.releases ?? 3
  const warnings: string[] = []
  const tags = await releaseTags(options.repoRoot, wanted)
  if (tags.length === 0) {
    if (wanted > 0) warnings.push(await noReleasesWarning(options.repoRoot, wanted))
    return { images, revisions, warnings }
  }
  for (const tag of tags) {
    // `tag` came from `git tag` and was validated as semver; it is checked out as refs/tags/<tag>.
    await withWorktree(options.repoRoot, `refs/tags/${tag}`, `release-${tag}`, async (tree) => {
      const config = await loadConfig(tree.dir).catch(() => options.config)
      images.push(...fromResults(await render(tree.dir, config), tag))
      revisions.push(tag)
    })
  }
  return { images, revisions, warnings }
}

async function noReleasesWarning(repoRoot: string, wanted: number): Promise<string> {
  const why = (await isShallow(repoRoot))
    ? ' (this is a shallow clone: fetch with tags and full history, e.g. actions/checkout fetch-depth: 0)'
    : ''
  return `rollback releases could not be found: no release tag vX.Y.Z before HEAD${why}; only HEAD's images are protected, not those of the ${wanted} previous release(s)`
}

/**
 * The `count` highest previous release tags (`vX.Y.Z`, semver order, no pre-releases):
 * merged into HEAD, but not pointing at HEAD itself — HEAD is rendered anyway, and counting
 * its tag would keep one release fewer for rollback.
 *
 * @throws {ExecError} when git fails (not a repository).
 */
export async function releaseTags(repoRoot: string, count: number): Promise<string[]> {
  if (count <= 0) return []
  const merged = await listTags(repoRoot, { pattern: 'v*', mergedInto: 'HEAD' })
  // --points-at also lists annotated tags whose tag object peels to HEAD.
  const atHead = new Set(await listTags(repoRoot, { pattern: 'v*', pointsAt: 'HEAD' }))
  return merged
    .filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag) && semver.valid(tag) !== null && !atHead.has(tag))
    .sort((a, b) => semver.rcompare(a, b))
    .slice(0, count)
}

function fromResults(results: RenderResult[], revision: string): InUseImage[] {
  const failed = results.filter((result) =>
    result.findings.some(
      (finding) => finding.severity === 'error' && (finding.rule === 'render' || finding.rule === 'parse'),
    ),
  )
  if (failed.length > 0) {
    const detail = failed
      .map(
        (result) =>
          `${result.environment.name}: ${result.findings.find((f) => f.severity === 'error')?.message ?? 'failed'}`,
      )
      .join('; ')
    throw new InUseError(`cannot tell which images are in use: rendering failed at ${revision} (${detail})`)
  }
  return results.flatMap((result) =>
    extractImageReferences(
      result.resources,
      revision === 'HEAD' ? result.environment.name : `${result.environment.name}@${revision}`,
    ),
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
