/**
 * Container image references (`registry/name:tag@sha256:…`) and how an in-use reference
 * is matched against an ECR image.
 *
 * Grammar: distribution/reference `reference.go` (the canonical form Docker and
 * Kubernetes use); digests are `algorithm:hex`.
 */

import { splitImageReference } from '../manifests/image-reference.js'

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

/** An image reference found in use, with where it was found (for `blocked[].reason`). */
export interface InUseImage {
  reference: string
  /** E.g. `prod: Deployment/payments/api containers[api]` or `release v1.4.0`. */
  source?: string
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

/**
 * An index of in-use references for fast lookup by digest and by `repository:tag`.
 * A digest matches in any repository (digests are content addresses, so this errs on the
 * side of keeping). A tag matches when the reference's repository path equals the image's
 * repository name — or, when the image's repository is unknown, on the tag alone.
 */
export class InUseIndex {
  private readonly byDigest = new Map<string, InUseImage>()
  private readonly byRepoTag = new Map<string, InUseImage>()
  private readonly byTag = new Map<string, InUseImage>()
  /** References that could not be parsed; reported, never silently dropped. */
  readonly invalid: string[] = []

  constructor(images: readonly InUseImage[]) {
    for (const image of images) {
      const reference = parseImageReference(image.reference)
      if (!reference) {
        this.invalid.push(image.reference)
        continue
      }
      if (reference.digest) setFirst(this.byDigest, reference.digest.toLowerCase(), image)
      if (reference.tag && reference.repository) {
        setFirst(this.byRepoTag, `${reference.repository}:${reference.tag}`, image)
        setFirst(this.byTag, reference.tag, image)
      } else if (!reference.digest && reference.repository) {
        // `name` without tag or digest means `name:latest`.
        setFirst(this.byRepoTag, `${reference.repository}:latest`, image)
        setFirst(this.byTag, 'latest', image)
      }
    }
  }

  /** Number of valid references indexed. */
  get size(): number {
    return this.byDigest.size + this.byRepoTag.size
  }

  /**
   * The in-use reference that keeps this image, if any.
   *
   * @param repositoryName the image's ECR repository name (`team/payments`), when known.
   */
  find(imageDigest: string, imageTags: readonly string[], repositoryName?: string): InUseImage | undefined {
    const byDigest = this.byDigest.get(imageDigest.toLowerCase())
    if (byDigest) return byDigest
    for (const tag of imageTags) {
      const match = repositoryName !== undefined ? this.byRepoTag.get(`${repositoryName}:${tag}`) : this.byTag.get(tag)
      if (match) return match
    }
    return undefined
  }
}

function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value)
}
