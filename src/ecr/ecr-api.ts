/**
 * The Amazon ECR calls Slipway makes, each retried on throttling, with pagination and
 * partial failures turned into data. Thin over @aws-sdk/client-ecr so tests can drive it
 * with aws-sdk-client-mock.
 */
import {
  BatchDeleteImageCommand,
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRegistryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetLifecyclePolicyPreviewCommand,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  PutReplicationConfigurationCommand,
  StartLifecyclePolicyPreviewCommand,
  type ImageDetail,
  type ReplicationConfiguration,
  type Repository,
} from '@aws-sdk/client-ecr'
import { MANIFEST_LIST_MEDIA_TYPES, parseRepositoryImages, type RepositoryImage } from './images.js'
import type { PreviewResult } from './lifecycle-simulate.js'
import { withAwsRetry, type RetryOptions } from './retry.js'

/** One image BatchDeleteImage could not delete. */
export interface DeleteFailure {
  imageDigest: string
  failureCode: string
  failureReason: string
}

/** Settings for a new repository. */
export interface NewRepository {
  repositoryName: string
  encryption: { type: 'AES256' | 'KMS'; kmsKey?: string }
}

/** Options of {@link createEcrApi}. */
export interface EcrApiOptions {
  region: string
  /** 12-digit registry (account) id; default: the caller's. */
  registryId?: string
  /** A client to use instead of a new one (tests, custom credentials). */
  client?: ECRClient
  retry?: RetryOptions
}

/** Thrown when a live lifecycle preview does not complete in time or fails. */
export class PreviewError extends Error {
  override name = 'PreviewError'
}

/**
 * Creates the ECR API wrapper. The SDK's own retries are turned off (`maxAttempts: 1`) so
 * that {@link withAwsRetry} is the single retry policy and is what the tests exercise.
 */
export function createEcrApi(options: EcrApiOptions): EcrApi {
  return new EcrApi(
    options.client ?? new ECRClient({ region: options.region, maxAttempts: 1 }),
    options.registryId,
    options.retry,
  )
}

/** ECR operations used by `ecr ensure`, lifecycle preview and publish. */
export class EcrApi {
  constructor(
    readonly client: ECRClient,
    readonly registryId?: string,
    private readonly retry: RetryOptions = {},
  ) {}

  private send<T>(operation: () => Promise<T>): Promise<T> {
    return withAwsRetry(operation, this.retry)
  }

  private get registry(): { registryId?: string } {
    return this.registryId ? { registryId: this.registryId } : {}
  }

  /** The repository, or `undefined` when it does not exist (RepositoryNotFoundException). */
  async describeRepository(repositoryName: string): Promise<Repository | undefined> {
    try {
      const response = await this.send(() =>
        this.client.send(new DescribeRepositoriesCommand({ ...this.registry, repositoryNames: [repositoryName] })),
      )
      return response.repositories?.[0]
    } catch (error) {
      if (errorName(error) === 'RepositoryNotFoundException') return undefined
      throw error
    }
  }

  /**
   * Creates a repository with immutable tags, scan on push and the given encryption.
   *
   * @returns `created: false` (and the existing repository) when RepositoryAlreadyExistsException
   *   says someone created it first.
   */
  async createRepository(request: NewRepository): Promise<{ created: boolean; repository?: Repository }> {
    try {
      const response = await this.send(() =>
        this.client.send(
          new CreateRepositoryCommand({
            ...this.registry,
            repositoryName: request.repositoryName,
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfiguration:
              request.encryption.type === 'KMS'
                ? { encryptionType: 'KMS', kmsKey: request.encryption.kmsKey }
                : { encryptionType: 'AES256' },
          }),
        ),
      )
      return { created: true, repository: response.repository }
    } catch (error) {
      if (errorName(error) !== 'RepositoryAlreadyExistsException') throw error
      return { created: false, repository: await this.describeRepository(request.repositoryName) }
    }
  }

  async setTagMutability(repositoryName: string, imageTagMutability: 'IMMUTABLE' | 'MUTABLE'): Promise<void> {
    await this.send(() =>
      this.client.send(new PutImageTagMutabilityCommand({ ...this.registry, repositoryName, imageTagMutability })),
    )
  }

  async setScanOnPush(repositoryName: string, scanOnPush: boolean): Promise<void> {
    await this.send(() =>
      this.client.send(
        new PutImageScanningConfigurationCommand({
          ...this.registry,
          repositoryName,
          imageScanningConfiguration: { scanOnPush },
        }),
      ),
    )
  }

  /** The repository's lifecycle policy text, or `undefined` when it has none (LifecyclePolicyNotFoundException). */
  async getLifecyclePolicy(repositoryName: string): Promise<string | undefined> {
    try {
      const response = await this.send(() =>
        this.client.send(new GetLifecyclePolicyCommand({ ...this.registry, repositoryName })),
      )
      return response.lifecyclePolicyText
    } catch (error) {
      if (errorName(error) === 'LifecyclePolicyNotFoundException') return undefined
      throw error
    }
  }

  async putLifecyclePolicy(repositoryName: string, lifecyclePolicyText: string): Promise<void> {
    await this.send(() =>
      this.client.send(new PutLifecyclePolicyCommand({ ...this.registry, repositoryName, lifecyclePolicyText })),
    )
  }

  /** Registry id and replication rules (DescribeRegistry). */
  async describeRegistry(): Promise<{ registryId?: string; replication: ReplicationConfiguration }> {
    const response = await this.send(() => this.client.send(new DescribeRegistryCommand({})))
    return { registryId: response.registryId, replication: { rules: response.replicationConfiguration?.rules ?? [] } }
  }

  async putReplication(replicationConfiguration: ReplicationConfiguration): Promise<void> {
    await this.send(() => this.client.send(new PutReplicationConfigurationCommand({ replicationConfiguration })))
  }

  /**
   * Every image of a repository (DescribeImages, following `nextToken`), normalised; for
   * manifest lists / OCI indexes, `manifestDigests` is filled from BatchGetImage so the
   * simulator can keep their children.
   */
  async listImages(repositoryName: string): Promise<RepositoryImage[]> {
    const details: ImageDetail[] = []
    let nextToken: string | undefined
    do {
      const token = nextToken
      const page = await this.send(() =>
        this.client.send(
          new DescribeImagesCommand({ ...this.registry, repositoryName, maxResults: 1000, nextToken: token }),
        ),
      )
      details.push(...(page.imageDetails ?? []))
      nextToken = page.nextToken
    } while (nextToken)
    const images = parseRepositoryImages(details, `DescribeImages ${repositoryName}`)
    const lists = images.filter(
      (image) => image.imageManifestMediaType && MANIFEST_LIST_MEDIA_TYPES.has(image.imageManifestMediaType),
    )
    for (let i = 0; i < lists.length; i += 100) {
      const chunk = lists.slice(i, i + 100)
      const response = await this.send(() =>
        this.client.send(
          new BatchGetImageCommand({
            ...this.registry,
            repositoryName,
            imageIds: chunk.map((image) => ({ imageDigest: image.imageDigest })),
            acceptedMediaTypes: [...MANIFEST_LIST_MEDIA_TYPES],
          }),
        ),
      )
      for (const got of response.images ?? []) {
        const target = chunk.find((image) => image.imageDigest === got.imageId?.imageDigest)
        if (!target || !got.imageManifest) continue
        try {
          const manifest = JSON.parse(got.imageManifest) as { manifests?: Array<{ digest?: string }> }
          target.manifestDigests = (manifest.manifests ?? [])
            .map((entry) => entry.digest)
            .filter((d): d is string => typeof d === 'string')
        } catch {
          // An unreadable manifest keeps no children; ECR itself still protects them.
        }
      }
    }
    return images
  }

  /**
   * Deletes images by digest in batches of 100 (the BatchDeleteImage limit).
   *
   * @returns the digests deleted and, per image, the failures ECR reported (partial
   *   failure is data, not an exception).
   */
  async deleteImages(
    repositoryName: string,
    imageDigests: readonly string[],
  ): Promise<{ deleted: string[]; failures: DeleteFailure[] }> {
    const deleted: string[] = []
    const failures: DeleteFailure[] = []
    for (let i = 0; i < imageDigests.length; i += 100) {
      const chunk = imageDigests.slice(i, i + 100)
      const response = await this.send(() =>
        this.client.send(
          new BatchDeleteImageCommand({
            ...this.registry,
            repositoryName,
            imageIds: chunk.map((imageDigest) => ({ imageDigest })),
          }),
        ),
      )
      for (const id of response.imageIds ?? [])
        if (id.imageDigest && !deleted.includes(id.imageDigest)) deleted.push(id.imageDigest)
      for (const failure of response.failures ?? []) {
        failures.push({
          imageDigest: failure.imageId?.imageDigest ?? failure.imageId?.imageTag ?? '?',
          failureCode: failure.failureCode ?? 'Unknown',
          failureReason: failure.failureReason ?? '',
        })
      }
    }
    return { deleted, failures }
  }

  /**
   * Runs ECR's own lifecycle preview for a policy text and waits for it to complete
   * (StartLifecyclePolicyPreview, then GetLifecyclePolicyPreview polled every `pollMs`).
   *
   * @returns the results in the simulator's shape (oldest first) and ECR's summary.
   * @throws {PreviewError} when the preview fails or is not complete after `timeoutMs`.
   */
  async previewLifecyclePolicy(
    repositoryName: string,
    lifecyclePolicyText: string,
    options: { pollMs?: number; timeoutMs?: number; sleep?: (ms: number) => Promise<void> } = {},
  ): Promise<{ previewResults: PreviewResult[]; expiringImageTotalCount: number }> {
    const pollMs = options.pollMs ?? 2000
    const timeoutMs = options.timeoutMs ?? 300_000
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
    await this.send(() =>
      this.client.send(
        new StartLifecyclePolicyPreviewCommand({ ...this.registry, repositoryName, lifecyclePolicyText }),
      ),
    )
    for (let waited = 0; ; waited += pollMs) {
      const first = await this.send(() =>
        this.client.send(new GetLifecyclePolicyPreviewCommand({ ...this.registry, repositoryName, maxResults: 100 })),
      )
      if (first.status === 'FAILED') throw new PreviewError(`ECR lifecycle preview for ${repositoryName} failed`)
      if (first.status === 'COMPLETE') {
        const raw = [...(first.previewResults ?? [])]
        let nextToken = first.nextToken
        while (nextToken) {
          const token = nextToken
          const page = await this.send(() =>
            this.client.send(
              new GetLifecyclePolicyPreviewCommand({
                ...this.registry,
                repositoryName,
                maxResults: 100,
                nextToken: token,
              }),
            ),
          )
          raw.push(...(page.previewResults ?? []))
          nextToken = page.nextToken
        }
        const previewResults = raw
          .map((result): PreviewResult => ({
            imageDigest: result.imageDigest ?? '',
            imageTags: result.imageTags ?? [],
            imagePushedAt: result.imagePushedAt ? new Date(result.imagePushedAt).toISOString() : '',
            action:
              result.action?.type === 'TRANSITION'
                ? { type: 'TRANSITION', targetStorageClass: 'ARCHIVE' }
                : { type: 'EXPIRE' },
            appliedRulePriority: result.appliedRulePriority ?? 0,
          }))
          .sort((a, b) => a.imagePushedAt.localeCompare(b.imagePushedAt) || a.imageDigest.localeCompare(b.imageDigest))
        return {
          previewResults,
          expiringImageTotalCount:
            first.summary?.expiringImageTotalCount ?? previewResults.filter((r) => r.action.type === 'EXPIRE').length,
        }
      }
      if (waited >= timeoutMs)
        throw new PreviewError(
          `ECR lifecycle preview for ${repositoryName} not complete after ${Math.round(timeoutMs / 1000)} s`,
        )
      await sleep(pollMs)
    }
  }
}

/** The exception name of an SDK error (`RepositoryNotFoundException`), or `''`. */
export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : ''
}
