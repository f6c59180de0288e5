import {
  BatchDeleteImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRegistryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  ECRServiceException,
  GetLifecyclePolicyCommand,
  GetLifecyclePolicyPreviewCommand,
  StartLifecyclePolicyPreviewCommand,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  PutReplicationConfigurationCommand,
  type Repository,
} from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import type { EcrConfig } from '../../src/config/sections/ecr.js'
import { createEcrApi } from '../../src/ecr/ecr-api.js'
import { ensureRepositories, formatEnsureReport } from '../../src/ecr/ensure.js'
import { InUseIndex } from '../../src/ecr/in-use-index.js'
import { parseLifecyclePolicy } from '../../src/ecr/lifecycle-policy.js'
import { REPO_ROOT } from '../helpers/paths.js'

const ecr = mockClient(ECRClient)
const sleeps: number[] = []
const api = () =>
  createEcrApi({
    region: 'eu-west-1',
    client: new ECRClient({ region: 'eu-west-1' }),
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 1 },
  })
const awsError = (name: string, status = 400) =>
  new ECRServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message: `${name} happened`,
  })
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`

beforeEach(() => {
  ecr.reset()
  sleeps.length = 0
})

describe('EcrApi', () => {
  test('listImages follows DescribeImages pagination', async () => {
    ecr
      .on(DescribeImagesCommand, { nextToken: undefined })
      .resolves({
        imageDetails: [{ imageDigest: digest(1), imageTags: ['a'], imagePushedAt: new Date('2025-01-01T00:00:00Z') }],
        nextToken: 'p2',
      })
      .on(DescribeImagesCommand, { nextToken: 'p2' })
      .resolves({
        imageDetails: [{ imageDigest: digest(2), imagePushedAt: new Date('2025-01-02T00:00:00Z') }],
        nextToken: 'p3',
      })
      .on(DescribeImagesCommand, { nextToken: 'p3' })
      .resolves({
        imageDetails: [{ imageDigest: digest(3), imageTags: ['c'], imagePushedAt: new Date('2025-01-03T00:00:00Z') }],
      })
    const images = await api().listImages('team/api')
    expect(images.map((image) => [image.imageDigest, image.imageTags])).toEqual([
      [digest(1), ['a']],
      [digest(2), []],
      [digest(3), ['c']],
    ])
    expect(ecr.commandCalls(DescribeImagesCommand)).toHaveLength(3)
  })

  test('throttled calls are retried with growing backoff, then succeed', async () => {
    ecr
      .on(DescribeImagesCommand)
      .rejectsOnce(awsError('ThrottlingException'))
      .rejectsOnce(awsError('ThrottlingException'))
      .rejectsOnce(awsError('ServiceUnavailableException', 503))
      .resolves({ imageDetails: [] })
    await expect(api().listImages('team/api')).resolves.toEqual([])
    expect(sleeps).toEqual([200, 400, 800])
  })

  test('non-retryable errors fail at once; persistent throttling gives up after 6 attempts', async () => {
    ecr.on(DescribeImagesCommand).rejects(awsError('AccessDeniedException'))
    await expect(api().listImages('team/api')).rejects.toThrow('AccessDeniedException happened')
    expect(sleeps).toEqual([])
    ecr.reset()
    ecr.on(DescribeImagesCommand).rejects(awsError('ThrottlingException'))
    await expect(api().listImages('team/api')).rejects.toThrow('ThrottlingException happened')
    expect(ecr.commandCalls(DescribeImagesCommand)).toHaveLength(6)
  })

  test('deleteImages batches by 100 and reports partial failures as data', async () => {
    const digests = Array.from({ length: 150 }, (_, i) => digest(i + 1))
    ecr.on(BatchDeleteImageCommand).callsFake((input: { imageIds: Array<{ imageDigest: string }> }) => ({
      imageIds: input.imageIds.filter((id) => id.imageDigest !== digest(7)),
      failures: input.imageIds.some((id) => id.imageDigest === digest(7))
        ? [
            {
              imageId: { imageDigest: digest(7) },
              failureCode: 'ImageReferencedByManifestList',
              failureReason: 'Requested image referenced by manifest list',
            },
          ]
        : [],
    }))
    const result = await api().deleteImages('team/api', digests)
    expect(ecr.commandCalls(BatchDeleteImageCommand).map((call) => call.args[0].input.imageIds?.length)).toEqual([
      100, 50,
    ])
    expect(result.deleted).toHaveLength(149)
    expect(result.failures).toEqual([
      {
        imageDigest: digest(7),
        failureCode: 'ImageReferencedByManifestList',
        failureReason: 'Requested image referenced by manifest list',
      },
    ])
  })
})

test('live preview polls until COMPLETE, follows pages and prints the simulator shape', async () => {
  ecr.on(StartLifecyclePolicyPreviewCommand).resolves({ status: 'IN_PROGRESS' })
  ecr
    .on(GetLifecyclePolicyPreviewCommand, { nextToken: undefined })
    .resolvesOnce({ status: 'IN_PROGRESS' })
    .resolves({
      status: 'COMPLETE',
      nextToken: 'p2',
      summary: { expiringImageTotalCount: 2 },
      previewResults: [
        {
          imageDigest: digest(2),
          imageTags: ['b'],
          imagePushedAt: new Date('2025-01-02T00:00:00Z'),
          action: { type: 'EXPIRE' },
          appliedRulePriority: 1,
        },
      ],
    })
    .on(GetLifecyclePolicyPreviewCommand, { nextToken: 'p2' })
    .resolves({
      status: 'COMPLETE',
      previewResults: [
        {
          imageDigest: digest(1),
          imagePushedAt: new Date('2025-01-01T00:00:00Z'),
          action: { type: 'EXPIRE' },
          appliedRulePriority: 2,
        },
      ],
    })
  const polls: number[] = []
  const result = await api().previewLifecyclePolicy('team/api', '{"rules":[]}', {
    pollMs: 5,
    sleep: async (ms) => void polls.push(ms),
  })
  expect(polls).toEqual([5])
  expect(result).toEqual({
    expiringImageTotalCount: 2,
    previewResults: [
      {
        imageDigest: digest(1),
        imageTags: [],
        imagePushedAt: '2025-01-01T00:00:00.000Z',
        action: { type: 'EXPIRE' },
        appliedRulePriority: 2,
      },
      {
        imageDigest: digest(2),
        imageTags: ['b'],
        imagePushedAt: '2025-01-02T00:00:00.000Z',
        action: { type: 'EXPIRE' },
        appliedRulePriority: 1,
      },
    ],
  })
  ecr.on(GetLifecyclePolicyPreviewCommand).resolves({ status: 'IN_PROGRESS' })
  await expect(
    api().previewLifecyclePolicy('team/api', '{}', { pollMs: 10, timeoutMs: 20, sleep: async () => undefined }),
  ).rejects.toThrow('ECR lifecycle preview for team/api not complete after 0 s')
})

describe('ensureRepositories', () => {
  const config: EcrConfig = {
    region: 'eu-west-1',
    drRegion: 'eu-central-1',
    services: { api: { repository: 'team/api' }, web: { repository: 'team/web' } },
  }
  let policies: Parameters<typeof ensureRepositories>[1]['policies']
  beforeEach(async () => {
    const text = await readFile(join(REPO_ROOT, 'policies/ecr-lifecycle.json'), 'utf8')
    const entry = {
      text,
      policy: parseLifecyclePolicy(text, 'policies/ecr-lifecycle.json'),
      file: 'policies/ecr-lifecycle.json',
    }
    policies = { api: entry, web: entry }
  })

  /** A fake registry: state that the mocked calls read and write, so a second run sees the first run's effects. */
  function fakeRegistry(
    initial: { repositories?: Record<string, Repository>; policies?: Record<string, string>; rules?: unknown[] } = {},
  ) {
    const repos: Record<string, Repository> = { ...initial.repositories }
    const lifecycle: Record<string, string> = { ...initial.policies }
    let rules = initial.rules ?? []
    ecr.on(DescribeRepositoriesCommand).callsFake(({ repositoryNames }: { repositoryNames: string[] }) => {
      const found = repos[repositoryNames[0]!]
      if (!found) throw awsError('RepositoryNotFoundException')
      return { repositories: [found] }
    })
    ecr.on(CreateRepositoryCommand).callsFake((input: Record<string, never> & { repositoryName: string }) => {
      const name = input.repositoryName
      repos[name] = {
        repositoryName: name,
        imageTagMutability: input.imageTagMutability,
        imageScanningConfiguration: input.imageScanningConfiguration,
        encryptionConfiguration: input.encryptionConfiguration,
      }
      return { repository: repos[name] }
    })
    ecr
      .on(PutImageTagMutabilityCommand)
      .callsFake(
        ({ repositoryName, imageTagMutability }) =>
          void (repos[repositoryName]!.imageTagMutability = imageTagMutability),
      )
    ecr
      .on(PutImageScanningConfigurationCommand)
      .callsFake(
        ({ repositoryName, imageScanningConfiguration }) =>
          void (repos[repositoryName]!.imageScanningConfiguration = imageScanningConfiguration),
      )
    ecr.on(GetLifecyclePolicyCommand).callsFake(({ repositoryName }: { repositoryName: string }) => {
      if (!(repositoryName in lifecycle)) throw awsError('LifecyclePolicyNotFoundException')
      return { lifecyclePolicyText: lifecycle[repositoryName] }
    })
    ecr
      .on(PutLifecyclePolicyCommand)
      .callsFake(({ repositoryName, lifecyclePolicyText }) => void (lifecycle[repositoryName] = lifecyclePolicyText))
    ecr
      .on(DescribeRegistryCommand)
      .callsFake(() => ({ registryId: '123456789012', replicationConfiguration: { rules } }))
    ecr
      .on(PutReplicationConfigurationCommand)
      .callsFake(({ replicationConfiguration }) => void (rules = replicationConfiguration.rules))
    ecr.on(DescribeImagesCommand).resolves({ imageDetails: [] })
    return { repos, lifecycle, rules: () => rules }
  }

  test('creates what is missing, then a second run changes nothing and says so', async () => {
    const otherTeam = {
      destinations: [{ region: 'us-east-1', registryId: '123456789012' }],
      repositoryFilters: [{ filter: 'other/', filterType: 'PREFIX_MATCH' }],
    }
    const state = fakeRegistry({ rules: [otherTeam] })
    const first = await ensureRepositories(api(), { config, policies })
    expect(first.changes.map((c) => `${c.target} ${c.action}`)).toEqual([
      'team/api create-repository',
      'team/api put-lifecycle-policy',
      'team/web create-repository',
      'team/web put-lifecycle-policy',
      '(registry) put-replication',
    ])
    expect(state.repos['team/api']).toMatchObject({
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    })
    expect(state.rules()).toEqual([
      otherTeam,
      {
        destinations: [{ region: 'eu-central-1', registryId: '123456789012' }],
        repositoryFilters: [
          { filter: 'team/api', filterType: 'PREFIX_MATCH' },
          { filter: 'team/web', filterType: 'PREFIX_MATCH' },
        ],
      },
    ])
    const second = await ensureRepositories(api(), { config, policies })
    expect(second.changes).toEqual([])
    expect(formatEnsureReport(second)).toBe('ecr ensure: no changes; everything already matches the config\n')
    expect(ecr.commandCalls(PutReplicationConfigurationCommand)).toHaveLength(1)
    expect(ecr.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(2)
  })

  test('reconciles mutability and scanning, reports encryption drift, handles RepositoryAlreadyExists', async () => {
    const text = policies.api!.text
    fakeRegistry({
      repositories: {
        'team/api': {
          repositoryName: 'team/api',
          imageTagMutability: 'MUTABLE',
          imageScanningConfiguration: { scanOnPush: false },
          encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'arn:aws:kms:eu-west-1:123456789012:key/abc' },
        },
      },
      policies: { 'team/api': text, 'team/web': text },
      rules: [{ destinations: [{ region: 'eu-central-1', registryId: '123456789012' }] }],
    })
    // team/web appears between DescribeRepositories and CreateRepository (another pipeline created it).
    ecr
      .on(DescribeRepositoriesCommand, { repositoryNames: ['team/web'] })
      .rejectsOnce(awsError('RepositoryNotFoundException'))
      .resolves({
        repositories: [
          {
            repositoryName: 'team/web',
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfiguration: { encryptionType: 'AES256' },
          },
        ],
      })
    ecr.on(CreateRepositoryCommand).rejects(awsError('RepositoryAlreadyExistsException'))
    const report = await ensureRepositories(api(), { config, policies })
    expect(report.changes.map((c) => `${c.target} ${c.action}`)).toEqual([
      'team/api set-tag-mutability',
      'team/api enable-scan-on-push',
    ])
    expect(report.problems).toEqual([
      {
        target: 'team/api',
        kind: 'encryption-drift',
        message:
          'encryption is KMS, config wants AES256; encryption cannot be changed in place — recreate the repository to change it',
      },
    ])
  })

  test('refuses a policy that would expire an in-use image, unless overridden with a reason', async () => {
    const naiveText = await readFile(join(REPO_ROOT, 'policies/ecr-lifecycle.naive.json'), 'utf8')
    const naive = { text: naiveText, policy: parseLifecyclePolicy(naiveText, 'naive.json'), file: 'naive.json' }
    const state = fakeRegistry({
      repositories: {
        'team/api': {
          repositoryName: 'team/api',
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: { scanOnPush: true },
        },
      },
    })
    ecr.on(DescribeImagesCommand).resolves({
      imageDetails: [
        { imageDigest: digest(1), imageTags: ['v1.0.0'], imagePushedAt: new Date(Date.now() - 60 * 86_400_000) },
      ],
    })
    const inUse = new InUseIndex([
      { reference: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.0.0', source: 'prod' },
    ])
    const single: EcrConfig = { region: 'eu-west-1', services: { api: { repository: 'team/api' } } }
    const refused = await ensureRepositories(api(), { config: single, policies: { api: naive }, inUse })
    expect(refused.problems.map((p) => p.message)).toEqual([
      'refusing to put naive.json: it would expire 1 image(s) in use now (v1.0.0); protect them with a higher-priority rule, or override with --allow-expiring-in-use --reason "…"',
    ])
    expect(state.lifecycle['team/api']).toBeUndefined()
    expect(ecr.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0)

    const withoutReason = await ensureRepositories(api(), {
      config: single,
      policies: { api: naive },
      inUse,
      allowExpiringInUse: true,
      reason: '  ',
    })
    expect(withoutReason.problems).toHaveLength(1)

    const overridden = await ensureRepositories(api(), {
      config: single,
      policies: { api: naive },
      inUse,
      allowExpiringInUse: true,
      reason: 'v1.0.0 retired, CHG-42',
    })
    expect(overridden.problems).toEqual([])
    expect(overridden.overrides.map((o) => o.reason)).toEqual(['v1.0.0 retired, CHG-42'])
    expect(state.lifecycle['team/api']).toBe(naiveText)
  })

  describe('the in-use guard looks ahead: no release may ship for a month', () => {
    const NOW = Date.parse('2025-06-30T00:00:00Z')
    const DAY = 86_400_000
    const single: EcrConfig = { region: 'eu-west-1', services: { api: { repository: 'team/api' } } }
    const existing = {
      'team/api': {
        repositoryName: 'team/api',
        imageTagMutability: 'IMMUTABLE' as const,
        imageScanningConfiguration: { scanOnPush: true },
      },
    }
    let naive: (typeof policies)[string]
    beforeEach(async () => {
      const text = await readFile(join(REPO_ROOT, 'policies/ecr-lifecycle.naive.json'), 'utf8')
      naive = { text, policy: parseLifecyclePolicy(text, 'naive.json'), file: 'naive.json' }
    })

    test('the naive 30-day policy is refused while production runs a 20-day-old image: it would expire within 31 days', async () => {
      const state = fakeRegistry({ repositories: existing })
      ecr.on(DescribeImagesCommand).resolves({
        imageDetails: [{ imageDigest: digest(1), imageTags: ['v1.4.1'], imagePushedAt: new Date(NOW - 20 * DAY) }],
      })
      const inUse = new InUseIndex([
        { reference: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.4.1', source: 'prod' },
      ])
      const report = await ensureRepositories(api(), { config: single, policies: { api: naive }, inUse, now: NOW })
      expect(report.problems.map((p) => [p.kind, p.message])).toEqual([
        [
          'in-use-guard',
          'refusing to put naive.json: it would expire 1 image(s) in use within 31 days, if no newer release ships (v1.4.1); protect them with a higher-priority rule, or override with --allow-expiring-in-use --reason "…"',
        ],
      ])
      expect(state.lifecycle['team/api']).toBeUndefined()
    })

    test('the shipped policy is put while production runs v1.4.2, pushed 60 days ago', async () => {
      const state = fakeRegistry({ repositories: existing })
      ecr.on(DescribeImagesCommand).resolves({
        imageDetails: [
          { imageDigest: digest(1), imageTags: ['v1.4.2', 'sha-1234567'], imagePushedAt: new Date(NOW - 60 * DAY) },
          { imageDigest: digest(2), imageTags: ['sha-89abcde'], imagePushedAt: new Date(NOW - 2 * DAY) },
        ],
      })
      const inUse = new InUseIndex([
        { reference: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.4.2', source: 'prod' },
      ])
      const report = await ensureRepositories(api(), {
        config: single,
        policies: { api: policies.api! },
        inUse,
        now: NOW,
      })
      expect(report.problems).toEqual([])
      expect(report.changes.map((c) => c.action)).toEqual(['put-lifecycle-policy'])
      expect(state.lifecycle['team/api']).toBe(policies.api!.text)
    })
  })

  test('dry run reports changes without making them', async () => {
    fakeRegistry()
    const report = await ensureRepositories(api(), { config, policies, dryRun: true })
    expect(report.changes.map((c) => c.action)).toEqual([
      'create-repository',
      'put-lifecycle-policy',
      'create-repository',
      'put-lifecycle-policy',
      'put-replication',
    ])
    expect(ecr.commandCalls(CreateRepositoryCommand)).toHaveLength(0)
    expect(ecr.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0)
    expect(ecr.commandCalls(PutReplicationConfigurationCommand)).toHaveLength(0)
  })
})
