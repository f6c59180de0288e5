import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import YAML from 'yaml'
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
 * Renders production-dr as it looks after a failover: the overlay's kustomization with
 * the `dr-standby` component replaced by `dr-active`, built from a temporary directory
 * (relative paths back into the repository, since kustomize refuses absolute ones).
 */
export async function renderFailedOver(): Promise<KubernetesObject[]> {
  const overlay = resolve(REPO_ROOT, 'manifests/overlays/production-dr')
  const kustomization = YAML.parse(readFileSync(join(overlay, 'kustomization.yaml'), 'utf8')) as {
    resources: string[]
    components: string[]
  }
  const dir = mkdtempSync(join(tmpdir(), 'slipway-dr-active-'))
  try {
    const rebase = (path: string) => relative(dir, resolve(overlay, path))
    kustomization.resources = kustomization.resources.map(rebase)
    kustomization.components = kustomization.components.map((c) => rebase(c.replace(/dr-standby$/, 'dr-active')))
    writeFileSync(join(dir, 'kustomization.yaml'), YAML.stringify(kustomization))
    return await render(dir)
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
