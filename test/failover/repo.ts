import { BatchGetImageCommand, DescribeImageReplicationStatusCommand, ECRClient } from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { gitTestEnv, PLATFORM_ENTRIES, referenceRepo, type TestRepo } from '../helpers/repo.js'

/** The git identity and config of the test repositories. */
export const GIT_ENV = gitTestEnv()

/** A real git repository holding a copy of the reference platform, with a bare `origin`. */
export type PlatformRepo = TestRepo & { remote: string }

/**
 * Copies the reference platform (`manifests/`, `policies/`, `slipway.yaml`) into a new
 * repository on `main` with one commit, pushed to a bare remote `origin` (the shared
 * builder, test/helpers/repo.ts).
 */
export async function platformRepo(): Promise<PlatformRepo> {
  return (await referenceRepo({ entries: PLATFORM_ENTRIES, remote: true })) as PlatformRepo
}

/** Sets the git identity for the core's own git calls (commitChange, pushWithRetry). */
export function useGitIdentity(): void {
  Object.assign(process.env, GIT_ENV)
}

export const DR_OVERLAY = 'manifests/overlays/production-dr/kustomization.yaml'
export const PRIMARY_OVERLAY = 'manifests/overlays/production/kustomization.yaml'

/** The reference platform's production digests, by ECR repository. */
export async function referenceDigests(repo: PlatformRepo): Promise<Record<string, string>> {
  const text = await repo.read(PRIMARY_OVERLAY)
  const digests: Record<string, string> = {}
  for (const match of text.matchAll(
    /amazonaws\.com\/(trading\/[a-z-]+)\n\s+newTag: \S+\n\s+digest: (sha256:[0-9a-f]{64})/g,
  ))
    digests[match[1]!] = match[2]!
  return digests
}

const notFound = (name: string) => Object.assign(new Error(name), { name })

/**
 * Fakes Amazon ECR at the SDK boundary (aws-sdk-client-mock): per region, the digests each
 * repository holds; per digest, the replication status us-east-1 reports for us-west-2.
 */
export function fakeEcr(regions: Record<string, Record<string, string[]>>, replication: Record<string, string>) {
  const ecr = mockClient(ECRClient)
  ecr.on(BatchGetImageCommand).callsFake(async (input, getClient) => {
    const region = await getClient().config.region()
    const held = regions[region]?.[input.repositoryName]
    if (!held) throw notFound('RepositoryNotFoundException')
    const images = []
    const failures = []
    for (const id of input.imageIds) {
      if (id.imageDigest && held.includes(id.imageDigest))
        images.push({ repositoryName: input.repositoryName, imageId: { imageDigest: id.imageDigest } })
      else failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' })
    }
    return { images, failures }
  })
  ecr.on(DescribeImageReplicationStatusCommand).callsFake(async (input) => {
    const status = replication[input.imageId.imageDigest]
    if (status === undefined) throw notFound('ImageNotFoundException')
    return {
      repositoryName: input.repositoryName,
      imageId: input.imageId,
      replicationStatuses: [{ region: 'us-west-2', registryId: '123456789012', status }],
    }
  })
  return ecr
}
