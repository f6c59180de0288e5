/**
 * The Kubernetes resource model shared by rendering, validation, plan and ECR.
 */

/** A Kubernetes object as parsed from YAML/JSON. */
export interface KubernetesObject {
  apiVersion?: string
  kind?: string
  metadata?: ObjectMeta
  [field: string]: unknown
}

/** The subset of ObjectMeta Slipway reads. */
export interface ObjectMeta {
  name?: string
  generateName?: string
  namespace?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  [field: string]: unknown
}

/** Identity of a resource: apiVersion/kind/namespace/name (namespace omitted when cluster-scoped or unset). */
export interface ResourceRef {
  apiVersion: string
  kind: string
  namespace?: string
  name: string
}

/** One resource of a rendered environment or of a plain YAML file. */
export interface Resource {
  ref: ResourceRef
  object: KubernetesObject
  /** Where the resource came from: the YAML file it was read from, or the Kustomize root that rendered it (repository-relative). */
  file?: string
  /** 0-based index of the document in its stream/file. */
  index: number
  /** 1-based line of the document's first line in {@link Resource.file}, when read from a file directly. */
  line?: number
  /** Where Kustomize says the resource came from (build metadata), when the render asked for it. */
  origin?: ResourceOrigin
}

/**
 * Kustomize build metadata of a rendered resource (`config.kubernetes.io/origin` and
 * `alpha.config.kubernetes.io/transformations` annotations), with paths made
 * repository-relative. See kustomize `api/resource/origin.go`.
 */
export interface ResourceOrigin {
  /** File the resource was read from (for resources listed under `resources:`). */
  path?: string
  /** Kustomization file whose generator made the resource (configMapGenerator, secretGenerator, helmCharts). */
  configuredIn?: string
  /** Generator kind, e.g. `ConfigMapGenerator`. */
  configuredBy?: string
  /** Remote repository of a remote resource. */
  repo?: string
  /** Transformers that changed the resource, in order: the kustomization that configured each and its kind (`ImageTagTransformer`, `PatchTransformer`, `ReplicaCountTransformer`, …). */
  transformations: Array<{ configuredIn: string; kind: string }>
}

/** Builds the identity of an object; missing fields become empty strings. */
export function refOf(object: KubernetesObject): ResourceRef {
  const ref: ResourceRef = {
    apiVersion: String(object.apiVersion ?? ''),
    kind: String(object.kind ?? ''),
    name: String(object.metadata?.name ?? object.metadata?.generateName ?? ''),
  }
  const namespace = object.metadata?.namespace
  if (typeof namespace === 'string' && namespace !== '') ref.namespace = namespace
  return ref
}

/** `kind/namespace/name` (or `kind/name`) — how resources are named in reports. */
export function formatRef(ref: ResourceRef): string {
  return ref.namespace ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`
}

/** A stable key for maps: `apiVersion|kind|namespace|name`. */
export function refKey(ref: ResourceRef): string {
  return `${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ''}|${ref.name}`
}

/** Splits `group/version` into its parts; the core group is `''`. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/')
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
}

/** Returns true for kinds whose objects are lists of other objects (`v1 List`, `*List`). */
export function isListKind(object: KubernetesObject): boolean {
  return typeof object.kind === 'string' && object.kind.endsWith('List') && Array.isArray(object.items)
}
