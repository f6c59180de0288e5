/**
 * The ECR in-use guard's index: how an image reference found in use (in a rendered
 * environment, a release, `--in-use`) is matched against an image in an ECR repository.
 */
import { parseImageReference } from '../manifests/image-reference.js'

/** An image reference found in use, with where it was found (for `blocked[].reason`). */
export interface InUseImage {
  reference: string
  /** E.g. `prod: Deployment/payments/api containers[api]` or `release v1.4.0`. */
  source?: string
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
