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
export async function applyKustomizeOverrides(
  dir: string,
  overrides: KustomizeOverrides | undefined,
  options: { buildMetadata?: boolean; appName?: string; buildEnv?: Record<string, string> } = {},
): Promise<void> {
  const name = await findKustomizationFile(dir)
  if (!name) throw new ConfigError(`no kustomization.yaml in ${dir}`)
  const file = join(dir, name)
  const kustomization = await readKustomization(file)
  const where = options.appName ? `Application ${options.appName} spec.source.kustomize` : 'spec.source.kustomize'
  const env = options.buildEnv ?? {}
  if (overrides?.images?.length)
    setImages(
      kustomization,
      overrides.images.map((spec) => parseImageOverride(envsubst(String(spec), env), where)),
    )
  const document = parseDocument(kustomization.toString())
  if (overrides) await applyOverrides(document, overrides, dir, where, env)
  if (options.buildMetadata) {
    const existing = (document.get('buildMetadata') as { toJSON?: () => string[] } | undefined)?.toJSON?.() ?? []
    document.set('buildMetadata', [...new Set([...existing, ...BUILD_METADATA])])
  }
  await writeFile(file, document.toString())
}

async function applyOverrides(
  document: Document,
  overrides: KustomizeOverrides,
  dir: string,
  where: string,
  env: Record<string, string>,
): Promise<void> {
  const get = <T>(key: string): T | undefined =>
    (document.toJS() as Record<string, unknown> | null)?.[key] as T | undefined
  if (overrides.namePrefix) document.set('namePrefix', overrides.namePrefix)
  if (overrides.nameSuffix) document.set('nameSuffix', overrides.nameSuffix)
  if (overrides.replicas?.length) {
    const replicas = [...(get<Array<{ name: string; count: number }>>('replicas') ?? [])]
    for (const replica of overrides.replicas) {
      const count = typeof replica.count === 'number' ? replica.count : Number.parseInt(String(replica.count), 10)
      if (!Number.isInteger(count) || count < 0)
        throw new ConfigError(
          `${where}.replicas: count "${replica.count}" for ${replica.name} is not a non-negative integer`,
        )
      const existing = replicas.find((entry) => entry.name === replica.name)
      if (existing) existing.count = count
      else replicas.push({ name: replica.name, count })
    }
    document.set('replicas', replicas)
  }
  if (overrides.commonLabels && Object.keys(overrides.commonLabels).length > 0) {
    if (overrides.labelWithoutSelector) {
      const labels = [...(get<unknown[]>('labels') ?? [])]
      labels.push({
        pairs: checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
        includeSelectors: false,
        ...(overrides.labelIncludeTemplates ? { includeTemplates: true } : {}),
      })
      document.set('labels', labels)
    } else {
      document.set(
        'commonLabels',
        mergeMap(
          get<Record<string, string>>('commonLabels'),
          checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
          overrides.forceCommonLabels,
          `${where}.commonLabels`,
          'label',
        ),
      )
    }
  }
  if (overrides.commonAnnotations && Object.keys(overrides.commonAnnotations).length > 0) {
    const annotations = overrides.commonAnnotationsEnvsubst
      ? expandValues(overrides.commonAnnotations, env)
      : overrides.commonAnnotations
    for (const key of Object.keys(annotations)) {
      const problem = qualifiedNameProblem(key.toLowerCase())
      if (problem)
        throw new ConfigError(`${where}.commonAnnotations: key "${key}" is not a valid annotation key: ${problem}`)
    }
    document.set(
      'commonAnnotations',
      mergeMap(
        get<Record<string, string>>('commonAnnotations'),
        annotations,
        overrides.forceCommonAnnotations,
        `${where}.commonAnnotations`,
        'annotation',
      ),
    )
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

function mergeMap(
  current: Record<string, string> | undefined,
  added: Record<string, string>,
  force: boolean | undefined,
  where: string,
  what: string,
): Record<string, string> {
  const merged = { ...(current ?? {}) }
  for (const [key, value] of Object.entries(added)) {
    // `kustomize edit add label|annotation` refuses any key already present unless --force.
    if (key in merged && !force) {
      throw new ConfigError(
        `${where}: ${what} "${key}" is already set in the kustomization (set force${what === 'label' ? 'CommonLabels' : 'CommonAnnotations'}: true to override)`,
      )
    }
    merged[key] = String(value)
  }
  return merged
}

/**
 * Expands `$VAR` and `${VAR}` the way Argo CD's `Env.Envsubst` does (argo-cd
 * `pkg/apis/application/v1alpha1/types.go`, which calls Go's `os.Expand` with a mapping that
 * turns the name `$` back into `$`): `$$` is an escaped `$`, an unknown variable becomes empty.
 *
 * `ARGOCD_APP_REVISION_SHORT` and `ARGOCD_APP_REVISION_SHORT_8` are the exception: Argo CD
 * always knows the commit it renders, so when `env` lacks them (the revision is not a commit
 * SHA) expanding them to nothing would render something Argo CD never applies.
 *
 * @param text - the value to expand (an image override, a label or annotation value).
 * @param env - variable name → value (see `buildEnvironment` in `src/render/index.ts`).
 * @returns the expanded text.
 * @throws {ConfigError} when `text` references `ARGOCD_APP_REVISION_SHORT` or `_SHORT_8` and
 *   `env` has no value for it (the message names the variable and the value).
 */
export function envsubst(text: string, env: Record<string, string>): string {
  return text.replace(
    /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_match, dollar: string | undefined, braced: string | undefined, bare: string | undefined) => {
      if (dollar) return '$'
      const name = (braced ?? bare) as string
      const value = env[name]
      if (value === undefined && (name === 'ARGOCD_APP_REVISION_SHORT' || name === 'ARGOCD_APP_REVISION_SHORT_8')) {
        throw new ConfigError(
          `"${text}" uses $${name}, but the revision being rendered is not a commit SHA, so its short form is unknown (Argo CD expands it to the synced commit's short SHA)`,
        )
      }
      return value ?? ''
    },
  )
}

const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/**
 * Why `key` is not a qualified name (`[prefix/]name`, name at most 63 characters of
 * alphanumerics, `-`, `_`, `.` starting and ending alphanumeric; prefix a DNS-1123 subdomain of
 * at most 253 characters), or undefined when it is. Kubernetes' `IsQualifiedName`
 * (`k8s.io/apimachinery/pkg/util/validation/validation.go`), which the API server applies to
 * label and annotation keys.
 */
export function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split('/')
  if (parts.length > 2) return 'at most one "/" (prefix/name)'
  const name = parts.at(-1) ?? ''
  if (parts.length === 2) {
    const prefix = parts[0] ?? ''
    if (!prefix) return 'the prefix before "/" must not be empty'
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
      return `prefix "${prefix}" must be a lowercase DNS-1123 subdomain of at most 253 characters`
  }
  if (!name) return 'the name part must not be empty'
  if (name.length > 63) return `the name part must be at most 63 characters (has ${name.length})`
  if (!NAME_PART.test(name))
    return 'the name part must be alphanumerics, "-", "_" or "." and start and end with an alphanumeric'
  return undefined
}

/**
 * Why `value` is not a valid label value (empty, or at most 63 characters of alphanumerics,
 * `-`, `_`, `.` starting and ending alphanumeric), or undefined when it is: Kubernetes'
 * `IsValidLabelValue` (`k8s.io/apimachinery/pkg/util/validation/validation.go`).
 */
export function labelValueProblem(value: string): string | undefined {
  if (value === '') return undefined
  if (value.length > 63) return `at most 63 characters (has ${value.length})`
  if (!NAME_PART.test(value)) return 'alphanumerics, "-", "_" or "." starting and ending with an alphanumeric'
  return undefined
}

/** Rejects label keys and values the API server would refuse; returns `labels` unchanged. @throws {ConfigError} naming the key or value. */
function checkLabels(labels: Record<string, string>, where: string): Record<string, string> {
  for (const [key, value] of Object.entries(labels)) {
    const keyProblem = qualifiedNameProblem(key)
    if (keyProblem) throw new ConfigError(`${where}: key "${key}" is not a valid label key: ${keyProblem}`)
    const valueProblem = labelValueProblem(value)
    if (valueProblem)
      throw new ConfigError(`${where}: value "${value}" of label "${key}" is not a valid label value: ${valueProblem}`)
  }
  return labels
}

function expandValues(values: Record<string, string>, env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, envsubst(String(value), env)]))
}

/**
 * Parses a `kustomize edit set image` argument: `name=newName:tag@digest`, `name:tag`,
 * `name@digest`, `name=newName` (kustomize `commands/edit/set/setimage.go`).
 *
 * @throws {ConfigError} for a spec without `=`, `:` or `@`, an empty name or a digest that is not `algo:hex`.
 */
export function parseImageOverride(spec: string, where = 'images'): KustomizeImage {
  // `kustomize edit set image` accepts only name=newName…, name:tag or name@digest; a bare
  // name is "invalid format of image" (kustomize `commands/edit/set/setimage.go`).
  if (!/[=:@]/.test(spec))
    throw new ConfigError(
      `${where}: image override "${spec}" has no "=", ":" or "@" (expected name=newName:tag, name:tag or name@digest, as kustomize edit set image requires)`,
    )
  const [left, right] = spec.includes('=')
    ? [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)]
    : [undefined, spec]
  const reference = splitImageReference(right ?? '')
  const name = left ?? reference.name
  if (!name) throw new ConfigError(`${where}: image override "${spec}" has no image name`)
  const out: KustomizeImage = { name }
  if (left !== undefined && reference.name) out.newName = reference.name
  if (reference.tag) out.newTag = reference.tag
  if (reference.digest) {
    if (reference.digest !== '*' && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(reference.digest))
      throw new ConfigError(`${where}: "${reference.digest}" in "${spec}" is not a digest (expected sha256:<hex>)`)
    out.digest = reference.digest
  }
  return out
}
