/**
 * Do these digests exist in this region's ECR, and (for a DR region) has replication
 * finished? And which digest does a release tag name? Used by promotion (the
 * verify-images gate, `--release vX.Y.Z`) and by failover (DR preflight).
 *
 * Calls: BatchGetImage (per-image `failures` with `failureCode: ImageNotFound`, up to 100
 * image ids per call) and DescribeImageReplicationStatus (`replicationStatuses[].status`
 * `IN_PROGRESS | COMPLETE | FAILED`, asked in the source region) — Amazon ECR API
 * Reference, BatchGetImage and DescribeImageReplicationStatus. Replication copies only
 * images pushed after it was configured (aws/containers-roadmap#1289), which is why the
 * DR region is checked image by image.
 */
import {
  BatchGetImageCommand,
  DescribeImageReplicationStatusCommand,
  ECRClient,
  type ImageIdentifier,
} from '@aws-sdk/client-ecr'
import { errorName } from './ecr-api.js'
import { withAwsRetry, type RetryOptions } from './retry.js'

/** Manifest media types accepted from BatchGetImage, so that image indexes are found too. */
const ACCEPTED_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v1+json',
]
const BATCH = 100

/** Creates the ECR client of a region; tests pass a client mocked by aws-sdk-client-mock. */
export type EcrClientFactory = (region: string) => ECRClient

const defaultClient: EcrClientFactory = (region) => new ECRClient({ region, maxAttempts: 1 })

/** One image to check: repository name (`team/api`) and digest (`sha256:…`). */
export interface ImageToVerify {
  repository: string
  digest: string
}

/** Options of {@link verifyImages}. */
export interface VerifyImagesOptions {
  /** Region whose registry must hold the images, e.g. `us-west-2`. */
  region: string
  /** 12-digit registry (account) id; default: the caller's. */
  registryId?: string
  images: ImageToVerify[]
  /**
   * The region the images are replicated from. When set, each image must also report
   * replication to `region` as `COMPLETE` (DescribeImageReplicationStatus, asked there).
   */
  replicatedFrom?: string
  clientFor?: EcrClientFactory
  retry?: RetryOptions
}

/** The state of one image. */
export interface VerifiedImage extends ImageToVerify {
  /** The digest exists in `region`'s repository. */
  found: boolean
  /** With `replicatedFrom`: the status ECR reports for `region` (`NONE` when it lists none). */
  replication?: 'COMPLETE' | 'IN_PROGRESS' | 'FAILED' | 'NONE'
  /** Why it does not pass, for people: `not found in us-west-2`, `replication to us-west-2: IN_PROGRESS`. */
  problem?: string
}

/** Result of {@link verifyImages}. */
export interface VerifyImagesResult {
  region: string
  images: VerifiedImage[]
  /** True when every image was found (and, with `replicatedFrom`, replicated). */
  ok: boolean
}

/**
 * Checks that every digest exists in `region`'s ECR and, with `replicatedFrom`, that its
 * replication to `region` is complete. A missing repository counts as every image in it
 * missing. Throttling and 5xx are retried (`withAwsRetry`).
 *
 * @returns per-image results in input order; never throws for a missing image.
 * @throws the SDK error for anything else (access denied, bad credentials, invalid digest).
 */
export async function verifyImages(options: VerifyImagesOptions): Promise<VerifyImagesResult> {
  const clientFor = options.clientFor ?? defaultClient
  const client = clientFor(options.region)
  const registry = options.registryId ? { registryId: options.registryId } : {}
  const send = <T>(operation: () => Promise<T>) => withAwsRetry(operation, options.retry)
  const found = new Set<string>()
  const byRepository = new Map<string, string[]>()
  for (const image of options.images)
    byRepository.set(image.repository, [...new Set([...(byRepository.get(image.repository) ?? []), image.digest])])
  for (const [repository, digests] of byRepository) {
    for (let i = 0; i < digests.length; i += BATCH) {
      const imageIds: ImageIdentifier[] = digests.slice(i, i + BATCH).map((imageDigest) => ({ imageDigest }))
      try {
        const response = await send(() =>
          client.send(
            new BatchGetImageCommand({
              ...registry,
              repositoryName: repository,
              imageIds,
              acceptedMediaTypes: ACCEPTED_MEDIA_TYPES,
            }),
          ),
        )
        for (const image of response.images ?? [])
          if (image.imageId?.imageDigest) found.add(`${repository}@${image.imageId.imageDigest}`)
      } catch (error) {
        if (errorName(error) !== 'RepositoryNotFoundException') throw error
      }
    }
  }
  const source = options.replicatedFrom ? clientFor(options.replicatedFrom) : undefined
  const images: VerifiedImage[] = []
  for (const image of options.images) {
    const exists = found.has(`${image.repository}@${image.digest}`)
    const entry: VerifiedImage = { ...image, found: exists }
    if (source) {
      let status: VerifiedImage['replication'] = 'NONE'
      try {
        const response = await send(() =>
          source.send(
            new DescribeImageReplicationStatusCommand({
              ...registry,
              repositoryName: image.repository,
              imageId: { imageDigest: image.digest },
            }),
          ),
        )
        const match = (response.replicationStatuses ?? []).find(
          (s) =>
            s.region === options.region &&
            (!options.registryId || !s.registryId || s.registryId === options.registryId),
        )
        if (match?.status === 'COMPLETE' || match?.status === 'IN_PROGRESS' || match?.status === 'FAILED')
          status = match.status
      } catch (error) {
        if (!['ImageNotFoundException', 'RepositoryNotFoundException'].includes(errorName(error))) throw error
      }
      entry.replication = status
      if (status !== 'COMPLETE')
        entry.problem = `replication from ${options.replicatedFrom} to ${options.region}: ${status === 'NONE' ? 'not reported' : status}`
    }
    if (!exists) entry.problem = `not found in ${options.region}${entry.problem ? `; ${entry.problem}` : ''}`
    images.push(entry)
  }
  return { region: options.region, images, ok: images.every((image) => !image.problem) }
}

/** Options of {@link resolveTagDigests}. */
export interface ResolveTagOptions {
  region: string
  registryId?: string
  /** Repository names to look the tag up in. */
  repositories: string[]
  /** The tag, e.g. `v1.5.0`. */
  tag: string
  clientFor?: EcrClientFactory
  retry?: RetryOptions
}

/**
 * The digest a tag names in each repository (BatchGetImage by `imageTag`).
 *
 * @returns repository → digest; a repository without the tag (or without the repository)
 *   is absent from the map, for the caller to report.
 * @throws the SDK error for anything but a missing image or repository.
 */
export async function resolveTagDigests(options: ResolveTagOptions): Promise<Map<string, string>> {
  const client = (options.clientFor ?? defaultClient)(options.region)
  const registry = options.registryId ? { registryId: options.registryId } : {}
  const digests = new Map<string, string>()
  for (const repository of options.repositories) {
    try {
      const response = await withAwsRetry(
        () =>
          client.send(
            new BatchGetImageCommand({
              ...registry,
              repositoryName: repository,
              imageIds: [{ imageTag: options.tag }],
              acceptedMediaTypes: ACCEPTED_MEDIA_TYPES,
            }),
          ),
        options.retry,
      )
      const digest = response.images?.find((image) => image.imageId?.imageDigest)?.imageId?.imageDigest
      if (digest) digests.set(repository, digest)
    } catch (error) {
      if (errorName(error) !== 'RepositoryNotFoundException') throw error
    }
  }
  return digests
}
