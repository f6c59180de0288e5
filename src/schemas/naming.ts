/**
 * Where a schema for a kind lives: kubeconform's template variables and the file names
 * of the catalogs Slipway reads and writes.
 */
import { parseKubernetesVersion } from '../config/kubernetes-version.js'
import { UsageError } from '../errors.js'
import { splitApiVersion } from '../manifests/resource.js'

/** The variables of a kubeconform schema-location template, for one resource. */
export interface TemplateVariables {
  /** `v1.33.0` for Kubernetes `1.33`; `master` stays `master`. */
  NormalizedKubernetesVersion: string
  /** `-strict` when strict validation is on, else `''`. */
  StrictSuffix: string
  /** The kind, lowercased: `deployment`. */
  ResourceKind: string
  /** The version part of apiVersion: `v1` for `apps/v1`. */
  ResourceAPIVersion: string
  /** The group part of apiVersion: `apps`; for the core group kubeconform uses the version (`v1`). */
  Group: string
  /** `-apps-v1` for `apps/v1`, `-networking-v1` for `networking.k8s.io/v1`, `-v1` for `v1`. */
  KindSuffix: string
}

const VARIABLES = new Set(['NormalizedKubernetesVersion', 'StrictSuffix', 'ResourceKind', 'ResourceAPIVersion', 'Group', 'KindSuffix'])
const PLACEHOLDER = /\{\{-?\s*\.(\w+)\s*-?\}\}/g

/**
 * Normalizes a Kubernetes version for templates and catalogs: `1.33` → `v1.33.0`,
 * `v1.33.2` → `v1.33.2`, `master` → `master`.
 *
 * @throws UsageError when the version is not `X.Y`, `X.Y.Z` (optionally with a leading `v`) or `master`.
 */
export function normalizeKubernetesVersion(version: string): string {
  if (version === 'master') return version
  const { major, minor, patch } = parseKubernetesVersion(version)
  return `v${major}.${minor}.${patch ?? 0}`
}

/**
 * Computes the template variables exactly as kubeconform `pkg/registry/registry.go`
 * `schemaPath` does (including its quirks: `Group` of a core kind is its version, and
 * `KindSuffix` keeps only the first dot-separated label of the group).
 *
 * @param kind resource kind, e.g. `Deployment`.
 * @param apiVersion e.g. `apps/v1`, `networking.k8s.io/v1`, `v1`.
 * @param kubernetesVersion `X.Y`, `X.Y.Z` or `master`.
 * @param strict whether `StrictSuffix` is `-strict`.
 * @throws UsageError on an invalid Kubernetes version.
 */
export function templateVariables(kind: string, apiVersion: string, kubernetesVersion: string, strict: boolean): TemplateVariables {
  const groupParts = apiVersion.split('/')
  const first = (groupParts[0] ?? '').split('.')[0] ?? ''
  let kindSuffix = `-${first.toLowerCase()}`
  if (groupParts.length > 1) kindSuffix += `-${(groupParts[1] ?? '').toLowerCase()}`
  return {
    NormalizedKubernetesVersion: normalizeKubernetesVersion(kubernetesVersion),
    StrictSuffix: strict ? '-strict' : '',
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: groupParts[groupParts.length - 1] ?? '',
    Group: groupParts[0] ?? '',
    KindSuffix: kindSuffix,
  }
}

/** True when `location` contains a `{{ .Variable }}` placeholder. */
export function isTemplate(location: string): boolean {
  return /\{\{.*\}\}/.test(location)
}

/**
 * Checks that every placeholder of a template names a known variable.
 *
 * @throws UsageError naming the template and the unknown variable.
 */
export function checkTemplate(template: string): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!VARIABLES.has(match[1] as string)) throw new UsageError(`schema location "${template}": unknown template variable {{ .${match[1]} }} (known: ${[...VARIABLES].join(', ')})`)
  }
  const stripped = template.replace(PLACEHOLDER, '')
  if (stripped.includes('{{') || stripped.includes('}}')) throw new UsageError(`schema location "${template}": malformed template placeholder (expected {{ .Variable }})`)
}

/** Substitutes `{{ .Variable }}` placeholders (Go text/template syntax, variables only). */
export function renderTemplate(template: string, variables: TemplateVariables): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (VARIABLES.has(name) ? variables[name as keyof TemplateVariables] : whole))
}

/**
 * File name of a kind in a kubeconform / kubernetes-json-schema catalog, the name
 * openapi2jsonschema `--expanded --kubernetes` writes: `deployment-apps-v1.json`,
 * `service-v1.json`, `ingress-networking-v1.json`.
 */
export function catalogFileName(kind: string, apiVersion: string): string {
  const { group, version } = splitApiVersion(apiVersion)
  const short = group.split('.')[0]?.toLowerCase() ?? ''
  return group === '' ? `${kind.toLowerCase()}-${version.toLowerCase()}.json` : `${kind.toLowerCase()}-${short}-${version.toLowerCase()}.json`
}

/**
 * Path of a kind in the CRDs-catalog (datreeio) layout, relative to its root:
 * `argoproj.io/application_v1alpha1.json`. Undefined for the core group, which the layout does not hold.
 */
export function crdCatalogPath(kind: string, apiVersion: string): string | undefined {
  const { group, version } = splitApiVersion(apiVersion)
  if (group === '') return undefined
  return `${group}/${kind.toLowerCase()}_${version}.json`
}
