import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseDocument, type Document } from 'yaml'
import { ConfigError } from '../errors.js'
import { setImages, type KustomizeImage } from '../kustomize/images.js'
import { findKustomizationFile, readKustomization } from '../kustomize/kustomization.js'
import { splitImageReference } from '../manifests/image-reference.js'
import type { KustomizeOverrides } from './environment.js'

/** Build-time annotations Slipway asks Kustomize for, to map findings back to source lines. */
export const BUILD_METADATA = ['originAnnotations', 'transformerAnnotations'] as const

/**
 * Applies an Argo CD Application's `spec.source.kustomize` to the kustomization file in
 * `dir`, the way Argo CD's repo-server does before `kustomize build` — it runs `kustomize
 * edit` commands on its checkout (argoproj/argo-cd `util/kustomize/kustomize.go`, Build):
 *
 * - `namePrefix`/`nameSuffix` → `edit set nameprefix|namesuffix` (replaces the field);
 * - `images` → `edit set image`: {@link setImages} from `src/kustomize/images.ts` (an entry
 *   with the same name is replaced whole; a part given as `*` keeps the entry's old value —
 *   kustomize `commands/edit/set/setimage.go`);
 * - `replicas` → `edit set replicas` (merged into `replicas:` by name);
 * - `commonLabels` → `edit add label` (`--force` with forceCommonLabels; without it an existing
 *   key is an error; `--without-selector` with labelWithoutSelector writes a `labels:` entry);
 * - `commonAnnotations` → `edit add annotation` (`--force` with forceCommonAnnotations);
 * - images and label values are expanded with the Application's build environment
 *   (`$ARGOCD_APP_NAME`, `$ARGOCD_APP_NAMESPACE`, `$ARGOCD_APP_SOURCE_PATH`, …), and
 *   annotation values too with commonAnnotationsEnvsubst, as Argo CD's repo-server does;
 * - `namespace` → `edit set namespace`; `components` → `edit add component` (missing
 *   components are an error unless ignoreMissingComponents); `patches` are appended to `patches:`.
 *
 * Only call this on a scratch copy: it rewrites the file. `buildMetadata`, when given, is
 * added too (for source-line mapping).
 *
 * @throws {ConfigError} when `dir` has no kustomization, or an override conflicts as
 *   `kustomize edit` would refuse it (label already set without force, missing component).
 */
export async function applyKustomizeOverrides(dir: string, overrides: KustomizeOverrides | undefined, options: { buildMetadata?: boolean; appName?: string; buildEnv?: Record<string, string> } = {}): Promise<void> {
  const name = await findKustomizationFile(dir)
  if (!name) throw new ConfigError(`no kustomization.yaml in ${dir}`)
  const file = join(dir, name)
  const kustomization = await readKustomization(file)
  const where = options.appName ? `Application ${options.appName} spec.source.kustomize` : 'spec.source.kustomize'
  const env = options.buildEnv ?? {}
  if (overrides?.images?.length) setImages(kustomization, overrides.images.map((spec) => parseImageOverride(envsubst(String(spec), env), where)))
  const document = parseDocument(kustomization.toString())
  if (overrides) await applyOverrides(document, overrides, dir, where, env)
  if (options.buildMetadata) {
    const existing = (document.get('buildMetadata') as { toJSON?: () => string[] } | undefined)?.toJSON?.() ?? []
    document.set('buildMetadata', [...new Set([...existing, ...BUILD_METADATA])])
  }
  await writeFile(file, document.toString())
}

async function applyOverrides(document: Document, overrides: KustomizeOverrides, dir: string, where: string, env: Record<string, string>): Promise<void> {
  const get = <T>(key: string): T | undefined => (document.toJS() as Record<string, unknown> | null)?.[key] as T | undefined
  if (overrides.namePrefix) document.set('namePrefix', overrides.namePrefix)
  if (overrides.nameSuffix) document.set('nameSuffix', overrides.nameSuffix)
  if (overrides.replicas?.length) {
    const replicas = [...(get<Array<{ name: string; count: number }>>('replicas') ?? [])]
    for (const replica of overrides.replicas) {
      const count = typeof replica.count === 'number' ? replica.count : Number.parseInt(String(replica.count), 10)
      if (!Number.isInteger(count) || count < 0) throw new ConfigError(`${where}.replicas: count "${replica.count}" for ${replica.name} is not a non-negative integer`)
      const existing = replicas.find((entry) => entry.name === replica.name)
      if (existing) existing.count = count
      else replicas.push({ name: replica.name, count })
    }
    document.set('replicas', replicas)
  }
  if (overrides.commonLabels && Object.keys(overrides.commonLabels).length > 0) {
    if (overrides.labelWithoutSelector) {
      const labels = [...(get<unknown[]>('labels') ?? [])]
      labels.push({ pairs: expandValues(overrides.commonLabels, env), includeSelectors: false, ...(overrides.labelIncludeTemplates ? { includeTemplates: true } : {}) })
      document.set('labels', labels)
    } else {
      document.set('commonLabels', mergeMap(get<Record<string, string>>('commonLabels'), expandValues(overrides.commonLabels, env), overrides.forceCommonLabels, `${where}.commonLabels`, 'label'))
    }
  }
  if (overrides.commonAnnotations && Object.keys(overrides.commonAnnotations).length > 0) {
    const annotations = overrides.commonAnnotationsEnvsubst ? expandValues(overrides.commonAnnotations, env) : overrides.commonAnnotations
    document.set('commonAnnotations', mergeMap(get<Record<string, string>>('commonAnnotations'), annotations, overrides.forceCommonAnnotations, `${where}.commonAnnotations`, 'annotation'))
  }
  if (overrides.namespace) document.set('namespace', overrides.namespace)
  if (overrides.components?.length) {
    const components = [...(get<string[]>('components') ?? [])]
    for (const component of overrides.components) {
      if (!(await findKustomizationFile(join(dir, component)))) {
        if (overrides.ignoreMissingComponents) continue
        throw new ConfigError(`${where}.components: component "${component}" not found relative to the source path`)
      }
      if (!components.includes(component)) components.push(component)
    }
    document.set('components', components)
  }
  if (overrides.patches?.length) document.set('patches', [...(get<unknown[]>('patches') ?? []), ...overrides.patches])
}

function mergeMap(current: Record<string, string> | undefined, added: Record<string, string>, force: boolean | undefined, where: string, what: string): Record<string, string> {
  const merged = { ...(current ?? {}) }
  for (const [key, value] of Object.entries(added)) {
    // `kustomize edit add label|annotation` refuses any key already present unless --force.
    if (key in merged && !force) {
      throw new ConfigError(`${where}: ${what} "${key}" is already set in the kustomization (set force${what === 'label' ? 'CommonLabels' : 'CommonAnnotations'}: true to override)`)
    }
    merged[key] = String(value)
  }
  return merged
}

/** Expands `$VAR` and `${VAR}` the way Argo CD's `Env.Envsubst` does: unknown variables become empty. */
export function envsubst(text: string, env: Record<string, string>): string {
  return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_match, braced: string | undefined, bare: string | undefined) => env[(braced ?? bare) as string] ?? '')
}

function expandValues(values: Record<string, string>, env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, envsubst(String(value), env)]))
}

/**
 * Parses a `kustomize edit set image` argument: `name=newName:tag@digest`, `name:tag`,
 * `name@digest`, `name=newName` (kustomize `commands/edit/set/setimage.go`).
 *
 * @throws {ConfigError} for an empty name or a digest that is not `algo:hex`.
 */
export function parseImageOverride(spec: string, where = 'images'): KustomizeImage {
  const [left, right] = spec.includes('=') ? [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)] : [undefined, spec]
  const reference = splitImageReference(right ?? '')
  const name = left ?? reference.name
  if (!name) throw new ConfigError(`${where}: image override "${spec}" has no image name`)
  const out: KustomizeImage = { name }
  if (left !== undefined && reference.name) out.newName = reference.name
  if (reference.tag) out.newTag = reference.tag
  if (reference.digest) {
    if (reference.digest !== '*' && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(reference.digest)) throw new ConfigError(`${where}: "${reference.digest}" in "${spec}" is not a digest (expected sha256:<hex>)`)
    out.digest = reference.digest
  }
  return out
}
