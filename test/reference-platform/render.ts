import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadConfig } from '../../src/config/index.js'
import { applyEdit } from '../../src/failover/edit.js'
import type { KubernetesObject } from '../../src/manifests/resource.js'
import { parseYamlStream } from '../../src/manifests/yaml-stream.js'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'

/** The reference platform's overlays, which are also the Argo CD environment names. */
export const ENVIRONMENTS = ['staging', 'production', 'production-dr'] as const
export type EnvironmentName = (typeof ENVIRONMENTS)[number]

export const SERVICES = [
  'api-gateway',
  'websocket-gateway',
  'matching-engine',
  'risk-engine',
  'settlement',
  'market-data',
  'ml-inference',
] as const

/** Deployments sized by a HorizontalPodAutoscaler (never given `spec.replicas`). */
export const HPA_SERVICES = ['api-gateway', 'websocket-gateway'] as const

/**
 * Renders a Kustomize root with the real `kubectl kustomize` (default load restrictions,
 * as Argo CD builds it) and parses the stream.
 *
 * @param dir absolute path of the Kustomize root.
 * @throws {Error} when the build fails or the output has an unparseable document.
 */
export async function render(dir: string): Promise<KubernetesObject[]> {
  const { stdout } = await execFile('kubectl', ['kustomize', dir], { timeoutMs: 30_000 })
  const parsed = parseYamlStream(stdout, dir)
  if (parsed.errors.length > 0) throw new Error(`${dir}: ${parsed.errors.map((e) => e.message).join('; ')}`)
  return parsed.resources.map((resource) => resource.object)
}

/** Renders `manifests/overlays/<env>`. */
export function renderOverlay(env: EnvironmentName): Promise<KubernetesObject[]> {
  return render(resolve(REPO_ROOT, 'manifests/overlays', env))
}

/**
 * Renders production-dr as it looks after a failover: the failover core's edit
 * (`applyEdit`, the same one `slipway failover --commit` makes) applied to a temporary copy
 * of the reference platform, then built with `kubectl kustomize`.
 */
export async function renderFailedOver(): Promise<KubernetesObject[]> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-dr-active-'))
  try {
    cpSync(resolve(REPO_ROOT, 'manifests'), join(dir, 'manifests'), { recursive: true })
    const config = await loadConfig(REPO_ROOT)
    if (!config.failover) throw new Error('slipway.yaml has no failover: section')
    const files = await applyEdit(dir, 'failover', config.failover, 'manifests/overlays/production-dr')
    if (files.length !== 1) throw new Error(`expected one changed kustomization, got ${files.join(', ') || 'none'}`)
    return await render(join(dir, 'manifests/overlays/production-dr'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Objects of one kind, by name. */
export function byName(objects: readonly KubernetesObject[], kind: string): Map<string, KubernetesObject> {
  return new Map(objects.filter((o) => o.kind === kind).map((o) => [String(o.metadata?.name), o]))
}

/** Reads a nested value (`get(o, 'spec', 'template')`) from parsed YAML without casts at each step. */
export function get(value: unknown, ...path: Array<string | number>): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

/** Containers of a Deployment's pod template. */
export function containersOf(deployment: KubernetesObject): Array<Record<string, unknown>> {
  return (get(deployment, 'spec', 'template', 'spec', 'containers') as Array<Record<string, unknown>> | undefined) ?? []
}
