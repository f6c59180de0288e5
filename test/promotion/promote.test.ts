// Each gate alone refuses with its message; the ECR checks at the SDK boundary; rollbacks;
// emergency; pull-request mode against the fake GitHub API. Core calls on real git clones.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BatchGetImageCommand, DescribeImageReplicationStatusCommand, ECRClient } from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type SlipwayConfig } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/parse.js'
import { createGitHubClient } from '../../src/github/comment.js'
import { refusals } from '../../src/promotion/gates.js'
import { promote, type PromoteOptions } from '../../src/promotion/promote.js'
import { openPullRequest } from '../../src/promotion/pull-request.js'
import { FakeGitHub } from '../github/fake-github.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { PRODUCTION, SERVICES, STAGING, digestOf, gitEnv, platform, publishOutput, type Platform } from './platform.js'

const at = (iso: string) => Date.parse(iso)
const ecr = mockClient(ECRClient)
let p: Platform
const reference = readFileSync(join(REPO_ROOT, 'slipway.yaml'), 'utf8')
const withPromotion = (section: string): SlipwayConfig =>
  parseConfig(reference.replace(/\npromotion:\n[\s\S]*$/, `\npromotion:\n${section}`))
const config = parseConfig(reference)

/** Commits made in-process get these identities and, when set, this committer date. */
function useGitEnv(date?: string) {
  Object.assign(process.env, gitEnv(date))
  if (!date) {
    delete process.env.GIT_AUTHOR_DATE
    delete process.env.GIT_COMMITTER_DATE
  }
}

const run = (dir: string, options: Partial<PromoteOptions>) =>
  promote({
    repoRoot: dir,
    config,
    to: 'production',
    source: { kind: 'from', environment: 'staging' },
    mode: 'commit',
    verifyImages: false,
    nowMs: at('2026-12-06T03:30:00Z'),
    ...options,
  })

let images150: string
let images142: string
beforeAll(async () => {
  p = await platform()
  images150 = await p.writeJson('v1.5.0.json', publishOutput('v1.5.0'))
  // v1.4.2 as the reference overlays run it.
  const overlay = readFileSync(join(REPO_ROOT, PRODUCTION), 'utf8')
  const v142 = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      {
        image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/${service}`,
        tag: 'v1.4.2',
        digest: new RegExp(`trading/${service}\\n\\s+newTag: v1\\.4\\.2\\n\\s+digest: (sha256:[0-9a-f]{64})`).exec(
          overlay,
        )![1]!,
      },
    ]),
  )
  images142 = await p.writeJson('v1.4.2.json', v142)
  useGitEnv('2026-12-06T01:00:00Z')
  const staged = await promote({
    repoRoot: p.work,
    config,
    to: 'staging',
    source: { kind: 'images', file: images150, shownAs: 'v1.5.0.json' },
    mode: 'commit',
    verifyImages: false,
    nowMs: at('2026-12-06T01:00:00Z'),
  })
  expect(staged.status).toBe('committed')
  await p.git(p.work, ['push', '-q', 'origin', 'main'])
  useGitEnv()
})
afterAll(async () => {
  useGitEnv()
  ecr.restore()
  await p.dispose()
})

const refused = (result: Awaited<ReturnType<typeof promote>>) => refusals(result.gates).map((g) => g.message)

describe('each gate alone refuses with its message and writes nothing', () => {
  test('soak', async () => {
    const result = await run(p.work, { nowMs: at('2026-12-06T02:30:00Z') })
    expect(result.status).toBe('refused')
    expect(refused(result)).toEqual([
      'soak: 30m left (in staging since 2026-12-06T01:00Z, commit ' +
        (await p.git(p.work, ['rev-parse', '--short=7', 'HEAD'])).trim() +
        '; needs 2h)',
    ])
    expect(result.gates.find((g) => g.gate === 'soak')!.remainingMs).toBe(30 * 60_000)
  })

  test('window', async () => {
    const result = await run(p.work, { nowMs: at('2026-12-06T07:00:00Z') })
    expect(refused(result)).toEqual(['window: outside Sun 02:00-06:00 UTC; next opens 2026-12-13T02:00Z (in 6d19h)'])
  })

  test('freeze', async () => {
    const frozen = withPromotion(
      '  environments:\n    staging: {}\n    production: { from: staging, soak: 2h, window: "Sun 02:00-06:00 UTC" }\n    production-dr: { follows: production }\n  freeze: [{ from: "2026-12-06T00:00:00Z", to: "2026-12-07T00:00:00Z", reason: "exchange migration weekend" }]\n',
    )
    const result = await run(p.work, { config: frozen })
    expect(refused(result)).toEqual(['freeze: exchange migration weekend (until 2026-12-07T00:00Z, 20h30m left)'])
  })

  test('from', async () => {
    const open = withPromotion(
      '  environments:\n    staging: {}\n    production: { from: staging }\n    production-dr: { follows: production }\n',
    )
    const file = await p.writeJson('v1.6.0.json', publishOutput('v1.6.0'))
    const result = await run(p.work, { config: open, source: { kind: 'images', file, shownAs: 'v1.6.0.json' } })
    expect(refused(result)).toEqual(['from: v1.6.0 (these digests) has not been promoted to staging'])
  })

  test('validation: the target rendered with the new digests must validate with no errors', async () => {
    const dir = await p.clone('validation')
    await p.git(dir, ['checkout', '-q', 'main'])
    // One replica of matching-engine in production breaks the production-replicas policy.
    const text = (await p.read(dir, PRODUCTION)).replace(
      '  - name: matching-engine\n    count: 5',
      '  - name: matching-engine\n    count: 1',
    )
    await (await import('node:fs/promises')).writeFile(join(dir, PRODUCTION), text)
    await p.git(dir, ['commit', '-qam', 'production: matching-engine at 1 replica'], '2026-12-06T01:30:00Z')
    const head = await p.git(dir, ['rev-parse', 'HEAD'])
    const result = await run(dir, {})
    expect(result.status).toBe('refused')
    expect(refused(result)).toHaveLength(1)
    expect(refused(result)[0]).toMatch(/^validation: \d+ error\(s\): \[production\] production-replicas: /)
    expect(await p.git(dir, ['rev-parse', 'HEAD'])).toBe(head)
  })

  test('images: every digest in the target region’s ECR, and replication complete in the DR region', async () => {
    const incomplete = digestOf('settlement', 'v1.5.0')
    ecr.reset()
    ecr.on(BatchGetImageCommand).callsFake((input) => ({
      images: input.imageIds.map((id: { imageDigest: string }) => ({
        repositoryName: input.repositoryName,
        imageId: id,
      })),
      failures: [],
    }))
    ecr.on(DescribeImageReplicationStatusCommand).callsFake((input) => ({
      replicationStatuses: [
        {
          region: 'us-west-2',
          registryId: '123456789012',
          status: input.imageId.imageDigest === incomplete ? 'IN_PROGRESS' : 'COMPLETE',
        },
      ],
    }))
    const head = await p.git(p.work, ['rev-parse', 'HEAD'])
    const result = await run(p.work, { verifyImages: true })
    expect(result.status).toBe('refused')
    expect(refused(result)).toEqual([
      `images: production-dr: trading/settlement@${incomplete.slice(0, 19)}… replication from us-east-1 to us-west-2: IN_PROGRESS`,
    ])
    expect(result.gates.filter((g) => g.gate === 'images').map((g) => g.status)).toEqual(['pass', 'fail'])
    expect(await p.git(p.work, ['rev-parse', 'HEAD'])).toBe(head)
  })
})

describe('emergency, --release and rollback', () => {
  test('--emergency --reason overrides the window and is recorded in the trailers', async () => {
    const dir = await p.clone('emergency')
    await expect(run(dir, { emergency: true, nowMs: at('2026-12-06T07:00:00Z') })).rejects.toThrow(
      '--emergency needs --reason',
    )
    useGitEnv('2026-12-06T07:00:00Z')
    const result = await run(dir, {
      emergency: true,
      reason: 'INC-77 order entry down',
      nowMs: at('2026-12-06T07:00:00Z'),
    })
    useGitEnv()
    expect(result.status).toBe('committed')
    expect(result.gates.find((g) => g.gate === 'window')!.status).toBe('overridden')
    expect((await p.git(dir, ['log', '-1', '--format=%(trailers:only=true)'])).trim()).toContain(
      'Slipway-Reason: INC-77 order entry down\nSlipway-Emergency: true\nSlipway-Rollback: false',
    )
  })

  test('--release resolves every service’s digest from ECR by tag', async () => {
    const dir = await p.clone('release')
    ecr.reset()
    ecr.on(BatchGetImageCommand).callsFake((input) => ({
      images: [
        {
          repositoryName: input.repositoryName,
          imageId: {
            imageTag: input.imageIds[0].imageTag,
            imageDigest: digestOf(input.repositoryName.split('/')[1], input.imageIds[0].imageTag),
          },
        },
      ],
      failures: [],
    }))
    const result = await run(dir, { to: 'staging', source: { kind: 'release', name: 'v1.7.0' } })
    expect(result.status).toBe('committed')
    const staging = await p.read(dir, STAGING)
    for (const service of SERVICES)
      expect(staging).toContain(`newTag: v1.7.0\n    digest: ${digestOf(service, 'v1.7.0')}`)
  })

  test('a rollback is marked, needs no soak, and the automatic promotion does not undo it', async () => {
    const dir = await p.clone('rollback')
    useGitEnv('2026-12-06T03:30:00Z')
    expect((await run(dir, {})).status).toBe('committed')
    await p.git(dir, ['tag', '-a', 'v1.5.0', '-m', 'v1.5.0', 'HEAD~1'], '2026-12-06T00:30:00Z')
    useGitEnv('2026-12-06T04:00:00Z')
    const rollback = await run(dir, {
      source: { kind: 'images', file: images142, shownAs: 'v1.4.2.json' },
      reason: 'v1.5.0 breaks settlement',
      nowMs: at('2026-12-06T04:00:00Z'),
    })
    useGitEnv()
    expect(rollback.status).toBe('committed')
    expect(rollback.rollback).toBe(true)
    expect(rollback.gates.find((g) => g.gate === 'soak')!.message).toBe(
      'soak: not needed for a rollback (v1.4.2 ran before)',
    )
    expect((await p.git(dir, ['log', '-1', '--format=%(trailers:key=Slipway-Rollback)'])).trim()).toBe(
      'Slipway-Rollback: true',
    )
    const again = await run(dir, { automatic: true, reason: 'release workflow', nowMs: at('2026-12-06T04:30:00Z') })
    expect(again.status).toBe('refused')
    expect(refused(again)).toEqual([
      `rollback: production was rolled back to v1.4.2 by ${rollback.commit!.slice(0, 7)} (promote v1.4.2 to production) on 2026-12-06T04:00:00.000Z, after v1.5.0 was tagged; the automatic promotion does not undo it — promote by hand to override`,
    ])
    // The scheduled promotion (newest eligible) does not roll forward over it either.
    const scheduled = await run(dir, {
      source: { kind: 'newest-eligible' },
      automatic: true,
      nowMs: at('2026-12-06T04:30:00Z'),
    })
    expect(scheduled.status).not.toBe('committed')
  })
})

describe('promotion.mode: pull-request', () => {
  const github = new FakeGitHub()
  beforeAll(() => github.start())
  afterAll(() => github.stop())

  test('opens a pull request with the plan as its body instead of pushing to main', async () => {
    const dir = await p.clone('pull-request')
    const mainBefore = await p.git(p.bare, ['rev-parse', 'main'])
    const prMode = withPromotion(
      '  mode: pull-request\n  environments:\n    staging: {}\n    production: { from: staging, soak: 2h, window: "Sun 02:00-06:00 UTC" }\n    production-dr: { follows: production }\n',
    )
    const file = await p.writeJson('v1.8.0.json', publishOutput('v1.8.0', ['risk-engine']))
    const client = createGitHubClient('t0ken', github.url)
    const result = await run(dir, {
      config: prMode,
      to: 'staging',
      mode: 'push',
      source: { kind: 'images', file, shownAs: 'v1.8.0.json' },
      openPullRequest: (request) => openPullRequest(client, 'o/r', request),
    })
    expect(result.status).toBe('pull-request')
    expect(await p.git(p.bare, ['rev-parse', 'main'])).toBe(mainBefore)
    expect(github.created).toHaveLength(1)
    const pull = github.created[0]!
    expect(pull).toMatchObject({
      owner: 'o',
      repo: 'r',
      base: 'main',
      title: 'promote v1.8.0 to staging',
      head: result.branch,
    })
    expect(pull.body).toContain('| staging | risk-engine | v1.5.0 | v1.8.0 |')
    expect(pull.body).toMatch(/### Plan\n```\n[\s\S]*staging \(manifests\/overlays\/staging\)/)
    expect((await p.git(p.bare, ['show', '--format=%s', '--name-only', result.branch!])).trim()).toBe(
      `promote v1.8.0 to staging\n\n${STAGING}`,
    )
  })
})
