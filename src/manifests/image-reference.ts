/**
 * Splitting a container image reference into its parts, shared by rendering (Argo CD's
 * `kustomize edit set image`), the plan's image changes and the ECR in-use guard.
 */

/** An image reference split into name (registry and repository), tag and digest. */
export interface ImageParts {
  /** Everything before the tag and digest, e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/api`. */
  name: string
  tag?: string
  /** `algorithm:hex`, e.g. `sha256:…`. */
  digest?: string
}

/**
 * Splits `[host[:port]/]path[:tag][@digest]` (distribution/reference `reference.go`): the
 * digest follows the first `@`; a `:` after the last `/` starts the tag (so a registry port
 * is never taken for a tag). Lenient: it does not validate the parts.
 */
export function splitImageReference(reference: string): ImageParts {
  let rest = reference
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }
  const parts: ImageParts = { name: rest }
  if (tag !== undefined) parts.tag = tag
  if (digest !== undefined) parts.digest = digest
  return parts
}
