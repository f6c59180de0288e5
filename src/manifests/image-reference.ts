/**
 * Container image references (`registry/name:tag@sha256:…`), the one owner of their
 * grammar: a lenient split (rendering's `kustomize edit set image`, the plan's image
 * changes, failover preflight) and a strict parse (the ECR in-use guard).
 *
 * Grammar: distribution/reference `reference.go` (the canonical form Docker and
 * Kubernetes use); digests are `algorithm:hex`.
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

/** The parts of an image reference. */
export interface ImageReference {
  /** The reference as written. */
  raw: string
  /** Registry host (with port), when the first path component looks like one. */
  registry?: string
  /** Repository path without the registry, e.g. `team/payments`; absent for a bare digest. */
  repository?: string
  tag?: string
  /** `sha256:…`. */
  digest?: string
}

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/
const TAG = /^[\w][\w.-]{0,127}$/
const PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/

/**
 * Parses an image reference. Accepts `name`, `name:tag`, `name@digest`, `name:tag@digest`
 * and a bare digest (`sha256:…`).
 *
 * @returns the parts, or `undefined` when the string is not a reference (empty, spaces, bad tag or digest).
 */
export function parseImageReference(raw: string): ImageReference | undefined {
  const value = raw.trim()
  if (value === '' || /\s/.test(value)) return undefined
  if (DIGEST.test(value) && !value.includes('/')) return { raw, digest: value }
  const parts = splitImageReference(value)
  let rest = parts.name
  const { tag, digest } = parts
  if (digest !== undefined && !DIGEST.test(digest)) return undefined
  if (tag !== undefined && !TAG.test(tag)) return undefined
  if (rest === '') return undefined
  let registry: string | undefined
  const firstSlash = rest.indexOf('/')
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash)
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first
      rest = rest.slice(firstSlash + 1)
    }
  }
  if (!PATH.test(rest) || (registry !== undefined && !HOST.test(registry))) return undefined
  const reference: ImageReference = { raw, repository: rest }
  if (registry !== undefined) reference.registry = registry
  if (tag !== undefined) reference.tag = tag
  if (digest !== undefined) reference.digest = digest
  return reference
}
