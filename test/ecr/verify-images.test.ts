import { BatchGetImageCommand, DescribeImageReplicationStatusCommand, ECRClient } from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { afterEach, describe, expect, test } from 'vitest'
import { resolveTagDigests, verifyImages } from '../../src/ecr/verify-images.js'

const ecr = mockClient(ECRClient)
afterEach(() => {
  ecr.reset()
  askedIn.length = 0
})

const digest = (c: string) => `sha256:${c.repeat(64)}`
const askedIn: string[] = []
const notFound = (name: string) => Object.assign(new Error(name), { name })

/** A fake registry per region: repository → digest → tags, and replication status per digest. */
function registries(
  regions: Record<string, Record<string, Record<string, string[]>>>,
  replication: Record<string, string> = {},
) {
  ecr.on(BatchGetImageCommand).callsFake(async (input, getClient) => {
    const region = await getClient().config.region()
    const repo = regions[region]?.[input.repositoryName]
    if (!repo) throw notFound('RepositoryNotFoundException')
    const images = []
    const failures = []
    for (const id of input.imageIds) {
      const hit = id.imageDigest
        ? repo[id.imageDigest]
          ? id.imageDigest
          : undefined
        : Object.keys(repo).find((d) => repo[d]!.includes(id.imageTag))
      if (hit)
        images.push({
          repositoryName: input.repositoryName,
          imageId: { imageDigest: hit, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
        })
      else failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' })
    }
    return { images, failures }
  })
  ecr.on(DescribeImageReplicationStatusCommand).callsFake(async (input, getClient) => {
    askedIn.push(await getClient().config.region())
    const status = replication[input.imageId.imageDigest]
    if (status === undefined) throw notFound('ImageNotFoundException')
    return {
      repositoryName: input.repositoryName,
      imageId: input.imageId,
      replicationStatuses: [{ region: 'us-west-2', registryId: '123456789012', status }],
    }
  })
}

describe('verifyImages', () => {
  test('every digest found in the region passes; a missing one is named with the region', async () => {
    registries({
      'us-east-1': { 'trading/api': { [digest('a')]: ['v1.5.0'] }, 'trading/risk': { [digest('b')]: ['v1.5.0'] } },
    })
    const result = await verifyImages({
      region: 'us-east-1',
      registryId: '123456789012',
      images: [
        { repository: 'trading/api', digest: digest('a') },
        { repository: 'trading/risk', digest: digest('c') },
        { repository: 'trading/gone', digest: digest('d') },
      ],
    })
    expect(result.ok).toBe(false)
    expect(result.images.map((i) => [i.repository, i.found, i.problem])).toEqual([
      ['trading/api', true, undefined],
      ['trading/risk', false, 'not found in us-east-1'],
      ['trading/gone', false, 'not found in us-east-1'],
    ])
    expect(ecr.commandCalls(BatchGetImageCommand)[0]!.args[0].input).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'trading/api',
      imageIds: [{ imageDigest: digest('a') }],
    })
  })

  test('in the DR region, an image present but still replicating does not pass', async () => {
    registries(
      { 'us-west-2': { 'trading/api': { [digest('a')]: [], [digest('b')]: [] } } },
      { [digest('a')]: 'COMPLETE', [digest('b')]: 'IN_PROGRESS' },
    )
    const result = await verifyImages({
      region: 'us-west-2',
      replicatedFrom: 'us-east-1',
      images: [
        { repository: 'trading/api', digest: digest('a') },
        { repository: 'trading/api', digest: digest('b') },
        { repository: 'trading/api', digest: digest('e') },
      ],
    })
    expect(result.images.map((i) => [i.replication, i.problem])).toEqual([
      ['COMPLETE', undefined],
      ['IN_PROGRESS', 'replication from us-east-1 to us-west-2: IN_PROGRESS'],
      ['NONE', 'not found in us-west-2; replication from us-east-1 to us-west-2: not reported'],
    ])
    // Replication status is asked in the source region.
    expect(askedIn).toEqual(['us-east-1', 'us-east-1', 'us-east-1'])
  })

  test('access denied is an error, not a missing image', async () => {
    ecr
      .on(BatchGetImageCommand)
      .rejects(
        Object.assign(new Error('not authorized to perform ecr:BatchGetImage'), { name: 'AccessDeniedException' }),
      )
    await expect(
      verifyImages({ region: 'us-east-1', images: [{ repository: 'trading/api', digest: digest('a') }] }),
    ).rejects.toThrow(/not authorized/)
  })
})

describe('resolveTagDigests', () => {
  test('maps each repository to the digest of the tag; repositories without it are absent', async () => {
    registries({
      'us-east-1': {
        'trading/api': { [digest('a')]: ['v1.5.0', 'sha-1234567'] },
        'trading/risk': { [digest('b')]: ['v1.4.0'] },
      },
    })
    const map = await resolveTagDigests({
      region: 'us-east-1',
      repositories: ['trading/api', 'trading/risk', 'trading/none'],
      tag: 'v1.5.0',
    })
    expect([...map]).toEqual([['trading/api', digest('a')]])
  })
})
