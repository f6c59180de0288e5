/**
 * Which images the environments run: at HEAD and at the previous releases kept for
 * rollback. The lifecycle in-use guard never lets a policy expire one of them.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import semver from 'semver'
import { loadConfig, type SlipwayConfig } from '../config/index.js'
import { formatRef, type KubernetesObject, type Resource } from '../manifests/resource.js'
import { renderEnvironments } from '../render/index.js'
import type { RenderResult } from '../render/environment.js'
import { execFile } from '../util/exec.js'
import type { InUseImage } from './image-reference.js'

/** Kinds whose pod spec is at `spec.template.spec` (apps/v1, batch/v1, argoproj.io Rollout). */
const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Rollout', 'ReplicationController', 'PodTemplate'])
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const

/** The guard could not establish what is in use (a render failed, git failed). */
export class InUseError extends Error {
  override name = 'InUseError'
}

/**
 * Lists the container images of workload resources: `containers`, `initContainers` and
 * `ephemeralContainers` of Pods and of the pod templates of Deployments, StatefulSets,
 * DaemonSets, ReplicaSets, Jobs, CronJobs and Argo Rollouts.
 *
 * @param resources rendered resources.
 * @param label prefix of each `source` (e.g. the environment name, `prod@v1.4.0`).
 * @returns one entry per container, in resource order; `source` names the resource and container.
 */
export function extractImageReferences(resources: readonly Resource[], label?: string): InUseImage[] {
  const found: InUseImage[] = []
  for (const resource of resources) {
    const podSpec = podSpecOf(resource.object)
    if (!podSpec) continue
    for (const list of CONTAINER_LISTS) {
      const containers = podSpec[list]
      if (!Array.isArray(containers)) continue
      for (const container of containers) {
        if (!isRecord(container) || typeof container.image !== 'string' || container.image.trim() === '') continue
        const where = `${formatRef(resource.ref)} ${list}[${typeof container.name === 'string' ? container.name : '?'}]`
        found.push({ reference: container.image.trim(), source: label ? `${label}: ${where}` : where })
      }
    }
  }
  return found
}

function podSpecOf(object: KubernetesObject): Record<string, unknown> | undefined {
  const spec = isRecord(object.spec) ? object.spec : undefined
  if (!spec) return undefined
  if (object.kind === 'Pod') return spec
  if (object.kind === 'CronJob') {
    const jobTemplate = isRecord(spec.jobTemplate) ? spec.jobTemplate : undefined
    const jobSpec = jobTemplate && isRecord(jobTemplate.spec) ? jobTemplate.spec : undefined
    const template = jobSpec && isRecord(jobSpec.template) ? jobSpec.template : undefined
    return template && isRecord(template.spec) ? template.spec : undefined
  }
  if (typeof object.kind === 'string' && TEMPLATE_KINDS.has(object.kind)) {
    const template = object.kind === 'PodTemplate' ? object.template : spec.template
    return isRecord(template) && isRecord(template.spec) ? template.spec : undefined
  }
  return undefined
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
  const render = options.render ?? ((repoRoot, config) => renderEnvironments({ repoRoot, config, kustomizeCommand: options.kustomizeCommand }))
  const images: InUseImage[] = []
  const revisions = ['HEAD']
  images.push(...fromResults(await render(options.repoRoot, options.config), 'HEAD'))
  const tags = await releaseTags(options.repoRoot, options.releases ?? 3)
  if (tags.length === 0) return { images, revisions }
  const scratch = await mkdtemp(join(tmpdir(), 'slipway-releases-'))
  try {
    for (const tag of tags) {
      const tree = join(scratch, tag)
      // `--` ends options; `tag` came from `git tag` and was validated as semver, but never let it parse as a flag.
      await execFile('git', ['-C', options.repoRoot, 'worktree', 'add', '--detach', '--quiet', tree, `refs/tags/${tag}`], { timeoutMs: 120_000 })
      try {
        const config = await loadConfig(tree).catch(() => options.config)
        images.push(...fromResults(await render(tree, config), tag))
        revisions.push(tag)
      } finally {
        await execFile('git', ['-C', options.repoRoot, 'worktree', 'remove', '--force', tree], { timeoutMs: 60_000 }).catch(() => undefined)
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
    await execFile('git', ['-C', options.repoRoot, 'worktree', 'prune'], { timeoutMs: 60_000 }).catch(() => undefined)
  }
  return { images, revisions }
}

/**
 * The `count` highest release tags (`vX.Y.Z`, semver order, no pre-releases) merged into HEAD.
 *
 * @throws {ExecError} when git fails (not a repository).
 */
export async function releaseTags(repoRoot: string, count: number): Promise<string[]> {
  if (count <= 0) return []
  const { stdout } = await execFile('git', ['-C', repoRoot, 'tag', '--list', 'v*', '--merged', 'HEAD'], { timeoutMs: 60_000 })
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag) && semver.valid(tag) !== null)
    .sort((a, b) => semver.rcompare(a, b))
    .slice(0, count)
}

function fromResults(results: RenderResult[], revision: string): InUseImage[] {
  const failed = results.filter((result) => result.findings.some((finding) => finding.severity === 'error' && (finding.rule === 'render' || finding.rule === 'parse')))
  if (failed.length > 0) {
    const detail = failed.map((result) => `${result.environment.name}: ${result.findings.find((f) => f.severity === 'error')?.message ?? 'failed'}`).join('; ')
    throw new InUseError(`cannot tell which images are in use: rendering failed at ${revision} (${detail})`)
  }
  return results.flatMap((result) => extractImageReferences(result.resources, revision === 'HEAD' ? result.environment.name : `${result.environment.name}@${revision}`))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
