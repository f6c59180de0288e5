/**
 * Kubernetes' own lifecycle data for prerelease (alpha/beta) API types, and the rule that
 * computes it.
 *
 * Every beta package in k8s.io/api (kubernetes/kubernetes `staging/src/k8s.io/api/<group>/<version>`)
 * carries a generated `zz_generated.prerelease-lifecycle.go` with four methods per type:
 * `APILifecycleIntroduced`, `APILifecycleDeprecated`, `APILifecycleRemoved` (each a
 * `major, minor` pair) and, when tagged, `APILifecycleReplacement` (a group/version/kind).
 * The API server stops serving a beta type from its `APILifecycleRemoved` release on
 * (k8s.io/apiserver `pkg/server/deleted_kinds.go`, `ShouldServeForVersion`; a cluster admin
 * can keep it one release longer with `KUBE_APISERVER_SERVE_REMOVED_APIS_FOR_ONE_RELEASE`). The tables in `removed-apis.ts` and
 * `introduced-apis.ts` record, per entry, which of these files their numbers come from.
 */
import { parseKubernetesVersion } from '../../config/kubernetes-version.js'

/** kubernetes/kubernetes folder that holds the k8s.io/api module (mirrored as the kubernetes/api repository). */
export const K8S_API_ROOT = 'staging/src/k8s.io/api'

/**
 * The generated lifecycle file of one k8s.io/api package.
 *
 * @param pkg package path under k8s.io/api, `<group>/<version>` with the group's short
 *   name (`admissionregistration/v1beta1`, `storage/v1beta1`).
 * @returns its path in kubernetes/kubernetes,
 *   `staging/src/k8s.io/api/<pkg>/zz_generated.prerelease-lifecycle.go`.
 */
export function lifecycleFile(pkg: string): string {
  return `${K8S_API_ROOT}/${pkg}/zz_generated.prerelease-lifecycle.go`
}

/**
 * The `types.go` of one k8s.io/api package: the source of the `+k8s:prerelease-lifecycle-gen`
 * tags, used for kinds that no stored generated file lists yet (their numbers are then
 * computed with {@link prereleaseLifecycle}).
 *
 * @param pkg package path under k8s.io/api, as for {@link lifecycleFile}.
 * @returns `staging/src/k8s.io/api/<pkg>/types.go`.
 */
export function lifecycleTypesFile(pkg: string): string {
  return `${K8S_API_ROOT}/${pkg}/types.go`
}

/** The three releases prerelease-lifecycle-gen writes for one type, each `1.N`. */
export interface PrereleaseLifecycle {
  introducedIn: string
  deprecatedIn: string
  removedIn: string
}

/**
 * The releases prerelease-lifecycle-gen generates for a type from its tags: deprecated is the
 * `+k8s:prerelease-lifecycle-gen:deprecated=` tag, else introduced plus 3 minors; removed is the
 * `+k8s:prerelease-lifecycle-gen:removed=` tag, else deprecated plus 3 minors (so introduced
 * plus 6 when neither tag is set).
 *
 * Rule: kubernetes/kubernetes
 * `staging/src/k8s.io/code-generator/cmd/prerelease-lifecycle-gen/prerelease-lifecycle-generators/status.go`
 * (`argsFromType`).
 *
 * @param introduced the `+k8s:prerelease-lifecycle-gen:introduced=` tag, `1.N`.
 * @param tags the explicit `deprecated` / `removed` tags, `1.N`, when the type has them.
 * @returns the three releases as `major.minor` strings.
 * @throws {UsageError} when a value is not a Kubernetes version, naming it.
 */
export function prereleaseLifecycle(
  introduced: string,
  tags: { deprecated?: string; removed?: string } = {},
): PrereleaseLifecycle {
  const release = (text: string) => parseKubernetesVersion(text)
  const plusThree = ({ major, minor }: { major: number; minor: number }) => ({ major, minor: minor + 3 })
  const format = ({ major, minor }: { major: number; minor: number }) => `${major}.${minor}`
  const from = release(introduced)
  const deprecated = tags.deprecated !== undefined ? release(tags.deprecated) : plusThree(from)
  const removed = tags.removed !== undefined ? release(tags.removed) : plusThree(deprecated)
  return { introducedIn: format(from), deprecatedIn: format(deprecated), removedIn: format(removed) }
}
