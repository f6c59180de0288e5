/**
 * The plan as data: what each environment will change, resource by resource. Every
 * output format (markdown, json, text) and the GitHub action render this same model.
 * Secret values never enter it — Secret objects are redacted before they are diffed
 * (see `src/manifests/secret-redaction.ts`).
 */
import type { ResourceRef } from '../manifests/resource.js'
import type { SecretKeyChanges } from '../manifests/secret-redaction.js'
import type { ShardInfo } from '../validation/shard.js'

export type { SecretKeyChanges }

/** How a resource changes between base and head. */
export type ChangeKind = 'added' | 'changed' | 'removed'

/** One segment of a field path: an object key, an array index, or a list item matched by a key field (`containers[name=app]`). */
export type PathSegment = string | number | { key: string; value: string | number }

/** One field-level difference inside a resource. `before`/`after` are already redacted for Secrets. */
export interface FieldChange {
  path: PathSegment[]
  op: 'add' | 'remove' | 'replace'
  before?: unknown
  after?: unknown
}

/** One resource in an environment's plan. */
export interface ResourceChange {
  change: ChangeKind
  /** Head identity for `added`/`changed`, base identity for `removed`. */
  ref: ResourceRef
  /** Base name when a ConfigMap/Secret generator hash suffix changed (`app-config-5t2mbk8c9h` → `app-config-7bk6hbcmdb`). */
  previousName?: string
  /** Field-level differences (empty for `added`/`removed`). */
  fields: FieldChange[]
  /** Set for Secrets: the keys added/changed/removed. */
  secretKeys?: SecretKeyChanges
  /** Resources that reference the new generated name of this ConfigMap/Secret; Kubernetes rolls them out. */
  rollsOut?: ResourceRef[]
  /** Why a resource with no change of its own is listed, e.g. `rolls out: references the new generated name app-config-7bk6hbcmdb`. */
  reason?: string
  /** Unified diff of the redacted YAML (base → head), without the `---`/`+++` header. */
  diff: string
}

/**
 * An image reference as the plan's JSON carries it: `ImageParts` of
 * `src/manifests/image-reference.ts` (the one parser) plus the reference as written. The
 * field names are the plan JSON contract (`repository` is `ImageParts.name`).
 */
export interface ImageRef {
  /** Full reference as written in the manifest. */
  image: string
  /** Repository without tag or digest, e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com/api-gateway`. */
  repository: string
  tag?: string
  digest?: string
}

/** An image that changes in a workload's container (or is added/removed with it). */
export interface ImageChange {
  resource: ResourceRef
  container: string
  /** `undefined` when the container (or workload) is new. */
  before?: ImageRef
  /** `undefined` when the container (or workload) is removed. */
  after?: ImageRef
}

/** A change a reviewer must look at before approving. */
export interface Risk {
  /** Stable id, e.g. `production-deletion`, `replicas-zero`, `immutable-field`. */
  rule: string
  message: string
  resource: ResourceRef
}

/** The plan of one environment. */
export interface EnvironmentPlan {
  name: string
  /** Repository-relative Kustomize root or YAML path. */
  path: string
  added: number
  changed: number
  removed: number
  /** Sorted: removed, changed, added; then kind/namespace/name. Unchanged resources are not listed. */
  resources: ResourceChange[]
  images: ImageChange[]
  risks: Risk[]
  /** Render or parse errors at base or head; when non-empty the counts cannot be trusted. */
  errors: string[]
}

/** An environment that was not rendered and why. */
export interface SkippedEnvironment {
  name: string
  path: string
  reason: string
}

/** The result of `slipway plan`. */
export interface Plan {
  /** The base ref as given, and the commit it resolved to. */
  base: { ref: string; commit?: string }
  /** The head ref as given (`undefined` = the working tree), and its commit. */
  head: { ref?: string; commit?: string }
  environments: EnvironmentPlan[]
  /** Environments not rendered because no changed file is in their Kustomize dependency graph. */
  skipped: SkippedEnvironment[]
  totals: { added: number; changed: number; removed: number }
  /** Wall time of the whole plan, milliseconds. */
  durationMs: number
  /** Things the reader must know about how the plan was made, e.g. that the head changes the plan rules (which are read from the base). */
  notes?: string[]
  /**
   * Changed files among Slipway's tooling and settings (`dist/`, `actions/`, `.github/`,
   * `slipway.yaml`, `policies/`): the pull request's own checks ran its version of them.
   */
  toolingChanges?: string[]
  /** Set by a `--shard I/N` run: which shard, and every environment of the run in discovery order (for `merge-reports`). */
  shard?: ShardInfo
}
