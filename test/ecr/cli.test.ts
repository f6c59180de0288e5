import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DescribeImagesCommand,
  DescribeRegistryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  PutLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { readFile } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { registerEcrCommands } from '../../src/cli/ecr.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { runCommands } from '../helpers/cli.js'

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommands([registerEcrCommands], argv, { cwd })
}

const DAY = 86_400_000
const NOW = '2025-06-30T00:00:00Z'
const at = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString()
const hex = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.com',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      initContainers:
        - name: migrate
          image: ${image}
      containers:
        - name: api
          image: ${image}
`

describe('slipway ecr lifecycle', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-ecr-cli-'))
    // DescribeImages as `aws ecr describe-images` prints it: the whole response.
    await writeFile(
      join(dir, 'images.json'),
      JSON.stringify({
        imageDetails: [
          { repositoryName: 'team/api', imageDigest: hex(1), imageTags: ['v1.0.0'], imagePushedAt: at(60) },
          { repositoryName: 'team/api', imageDigest: hex(2), imageTags: ['v1.1.0'], imagePushedAt: at(45) },
          { repositoryName: 'team/api', imageDigest: hex(3), imagePushedAt: at(8) },
          { repositoryName: 'team/api', imageDigest: hex(4), imageTags: ['sha-abcdef0'], imagePushedAt: at(1) },
        ],
      }),
    )
  })
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('validate: shipped policy is valid (exit 0), a bad one lists rule and field (exit 1)', async () => {
    expect(await run(['ecr', 'lifecycle', 'validate', 'policies/ecr-lifecycle.json'], REPO_ROOT)).toMatchObject({
      code: 0,
      stdout: 'policies/ecr-lifecycle.json: valid\n',
    })
    const bad = join(dir, 'bad.json')
    await writeFile(
      bad,
      JSON.stringify(
        {
          rules: [
            {
              rulePriority: 1,
              selection: { tagStatus: 'tagged', countType: 'imageCountMoreThan', countNumber: 5 },
              action: { type: 'expire' },
            },
          ],
        },
        null,
        2,
      ),
    )
    const result = await run(['ecr', 'lifecycle', 'validate', bad], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      `${bad}: error: rule rulePriority=1 (rules[0]) selection: tagged rules need tagPrefixList or tagPatternList\n`,
    )
  })

  test('simulate prints the preview shape, blocks images listed with --in-use and exits 1', async () => {
    await writeFile(
      join(dir, 'in-use.json'),
      JSON.stringify(['123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.1.0']),
    )
    const result = await run(
      [
        'ecr',
        'lifecycle',
        'simulate',
        '--policy',
        join(REPO_ROOT, 'policies/ecr-lifecycle.naive.json'),
        '--images',
        'images.json',
        '--now',
        NOW,
        '--in-use',
        'in-use.json',
      ],
      dir,
    )
    expect(result.stderr).toBe('the policy would expire 1 image(s) in use; see "blocked"\n')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual({
      previewResults: [
        {
          imageDigest: hex(1),
          imageTags: ['v1.0.0'],
          imagePushedAt: at(60).replace(/\.\d+Z$/, '.000Z'),
          action: { type: 'EXPIRE' },
          appliedRulePriority: 2,
        },
        {
          imageDigest: hex(3),
          imageTags: [],
          imagePushedAt: at(8).replace(/\.\d+Z$/, '.000Z'),
          action: { type: 'EXPIRE' },
          appliedRulePriority: 1,
        },
      ],
      summary: { expiringImageTotalCount: 2 },
      blocked: [
        {
          imageDigest: hex(2),
          imageTags: ['v1.1.0'],
          appliedRulePriority: 2,
          reason: 'in use: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.1.0 (in-use.json)',
        },
      ],
    })
  })

  test('simulate exits 0 when the policy expires no image in use', async () => {
    const result = await run(
      [
        'ecr',
        'lifecycle',
        'simulate',
        '--policy',
        join(REPO_ROOT, 'policies/ecr-lifecycle.naive.json'),
        '--images',
        'images.json',
        '--now',
        NOW,
      ],
      dir,
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(result.stdout)).toMatchObject({ blocked: [] })
  })

  test('bad input is a one-line error naming the file, exit 2', async () => {
    await writeFile(join(dir, 'broken.json'), '{"imageDetails": [{"imageDigest": "nope"}]}')
    const result = await run(
      [
        'ecr',
        'lifecycle',
        'simulate',
        '--policy',
        join(REPO_ROOT, 'policies/ecr-lifecycle.json'),
        '--images',
        'broken.json',
      ],
      dir,
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `slipway: ${join(dir, 'broken.json')}: imageDetails[0].imageDigest: expected sha256:<64 hex>, got "nope"\n`,
    )
    const now = await run(
      [
        'ecr',
        'lifecycle',
        'simulate',
        '--policy',
        join(REPO_ROOT, 'policies/ecr-lifecycle.json'),
        '--images',
        'images.json',
        '--now',
        'yesterday',
      ],
      dir,
    )
    expect(now).toMatchObject({
      code: 2,
      stderr: 'slipway: --now "yesterday" is not an ISO-8601 time with a time zone, like 2025-06-30T12:00:00Z\n',
    })
  })

  test.each(['1', '2025-06-30T00:00:00', '2025-06-30'])(
    '--now %j (a number, or no time zone) is refused, naming the value',
    async (value) => {
      const result = await run(
        [
          'ecr',
          'lifecycle',
          'simulate',
          '--policy',
          join(REPO_ROOT, 'policies/ecr-lifecycle.json'),
          '--images',
          'images.json',
          '--now',
          value,
        ],
        dir,
      )
      expect(result).toMatchObject({
        code: 2,
        stderr: `slipway: --now ${JSON.stringify(value)} is not an ISO-8601 time with a time zone, like 2025-06-30T12:00:00Z\n`,
      })
    },
  )

  test('imagePushedAt must name its time zone; epoch seconds (DescribeImages JSON) are fine', async () => {
    await writeFile(
      join(dir, 'zoneless.json'),
      JSON.stringify([
        { imageDigest: hex(1), imagePushedAt: 1751241600 },
        { imageDigest: hex(2), imagePushedAt: '2025-06-01T00:00:00' },
      ]),
    )
    const result = await run(
      [
        'ecr',
        'lifecycle',
        'simulate',
        '--policy',
        join(REPO_ROOT, 'policies/ecr-lifecycle.json'),
        '--images',
        'zoneless.json',
        '--now',
        NOW,
      ],
      dir,
    )
    expect(result).toMatchObject({
      code: 2,
      stderr: `slipway: ${join(dir, 'zoneless.json')}: imageDetails[1].imagePushedAt: expected an ISO-8601 time with a time zone (2025-06-30T12:00:00Z) or epoch seconds, got "2025-06-01T00:00:00"\n`,
    })
  })

  test('ensure without an ecr: section says what to add', async () => {
    const result = await run(['ecr', 'ensure'], dir)
    expect(result).toMatchObject({
      code: 2,
      stderr: 'slipway: slipway.yaml: no "ecr:" section; add ecr.region and ecr.services\n',
    })
  })
})

describe('slipway ecr lifecycle simulate --from-overlays', () => {
  let repo: string
  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'slipway-ecr-overlays-'))
    const registry = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api'
    await mkdir(join(repo, 'manifests/base'), { recursive: true })
    await mkdir(join(repo, 'manifests/overlays/prod'), { recursive: true })
    await writeFile(join(repo, 'manifests/base/deployment.yaml'), deployment(`${registry}:v0.0.0`))
    await writeFile(join(repo, 'manifests/base/kustomization.yaml'), 'resources:\n  - deployment.yaml\n')
    const overlay = (tag: string) => `resources:\n  - ../../base\nimages:\n  - name: ${registry}\n    newTag: ${tag}\n`
    await writeFile(
      join(repo, 'slipway.yaml'),
      'ecr:\n  region: eu-west-1\n  rollbackReleases: 1\n  services:\n    api:\n      repository: team/api\n',
    )
    await writeFile(join(repo, 'manifests/overlays/prod/kustomization.yaml'), overlay('v1.0.0'))
    git(repo, 'init', '--quiet', '--initial-branch=main')
    git(repo, 'add', '.')
    git(repo, 'commit', '--quiet', '-m', 'release 1.0.0')
    git(repo, 'tag', 'v1.0.0')
    await writeFile(join(repo, 'manifests/overlays/prod/kustomization.yaml'), overlay('v1.1.0'))
    git(repo, 'commit', '--quiet', '-am', 'prod runs 1.1.0')
    await writeFile(
      join(repo, 'images.json'),
      JSON.stringify([
        { imageDigest: hex(1), imageTags: ['v0.9.0'], imagePushedAt: at(90) },
        { imageDigest: hex(2), imageTags: ['v1.0.0'], imagePushedAt: at(60) },
        { imageDigest: hex(3), imageTags: ['v1.1.0'], imagePushedAt: at(45) },
      ]),
    )
  })
  afterAll(async () => {
    if (repo) await rm(repo, { recursive: true, force: true })
  })

  test('keeps the image prod runs at HEAD and the one of the previous release, without touching the checkout', async () => {
    const result = await run(
      [
        'ecr',
        'lifecycle',
        'simulate',
        '--policy',
        join(REPO_ROOT, 'policies/ecr-lifecycle.naive.json'),
        '--images',
        'images.json',
        '--now',
        NOW,
        '--repository',
        'team/api',
        '--from-overlays',
      ],
      repo,
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'in use: 4 image reference(s) from HEAD, v1.0.0\nthe policy would expire 2 image(s) in use; see "blocked"\n',
    )
    const preview = JSON.parse(result.stdout) as {
      previewResults: Array<{ imageTags: string[] }>
      blocked: Array<{ imageTags: string[]; reason: string }>
    }
    expect(preview.previewResults.map((r) => r.imageTags)).toEqual([['v0.9.0']])
    expect(preview.blocked.map((b) => [b.imageTags[0], b.reason])).toEqual([
      [
        'v1.0.0',
        'in use: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.0.0 (prod@v1.0.0: Deployment/api initContainers[migrate])',
      ],
      [
        'v1.1.0',
        'in use: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.1.0 (prod: Deployment/api initContainers[migrate])',
      ],
    ])
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).stdout
    expect(status).toBe('?? images.json\n')
    expect(
      spawnSync('git', ['worktree', 'list'], { cwd: repo, encoding: 'utf8' }).stdout.trim().split('\n'),
    ).toHaveLength(1)
  })
})

describe('slipway ecr ensure: the in-use guard runs without flags, from any directory of the repository', () => {
  const ecr = mockClient(ECRClient)
  let repo: string
  const registry = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api'
  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'slipway-ecr-ensure-'))
    await mkdir(join(repo, 'manifests/base'), { recursive: true })
    await mkdir(join(repo, 'manifests/overlays/prod'), { recursive: true })
    await writeFile(join(repo, 'manifests/base/deployment.yaml'), deployment(`${registry}:v0.0.0`))
    await writeFile(join(repo, 'manifests/base/kustomization.yaml'), 'resources:\n  - deployment.yaml\n')
    await writeFile(
      join(repo, 'manifests/overlays/prod/kustomization.yaml'),
      `resources:\n  - ../../base\nimages:\n  - name: ${registry}\n    newTag: v1.1.0\n`,
    )
    await mkdir(join(repo, 'policies'))
    await writeFile(
      join(repo, 'policies/lifecycle.json'),
      await readFile(join(REPO_ROOT, 'policies/ecr-lifecycle.naive.json'), 'utf8'),
    )
    await writeFile(
      join(repo, 'slipway.yaml'),
      'ecr:\n  region: eu-west-1\n  lifecyclePolicy: policies/lifecycle.json\n  services:\n    api:\n      repository: team/api\n',
    )
    git(repo, 'init', '--quiet', '--initial-branch=main')
    git(repo, 'add', '.')
    git(repo, 'commit', '--quiet', '-m', 'prod runs 1.1.0')
  })
  afterEach(() => ecr.reset())
  afterAll(async () => {
    ecr.restore()
    if (repo) await rm(repo, { recursive: true, force: true })
  })

  test('a second run with the naive policy already in force reports the guard problem and exits 1', async () => {
    const naive = await readFile(join(repo, 'policies/lifecycle.json'), 'utf8')
    ecr.on(DescribeRepositoriesCommand).resolves({
      repositories: [
        {
          repositoryName: 'team/api',
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: 'AES256' },
        },
      ],
    })
    ecr.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: naive })
    ecr.on(DescribeImagesCommand).resolves({
      imageDetails: [
        { imageDigest: hex(2), imageTags: ['v1.1.0'], imagePushedAt: new Date(Date.now() - 20 * DAY) },
        { imageDigest: hex(1), imageTags: ['v1.0.0'], imagePushedAt: new Date(Date.now() - 40 * DAY) },
      ],
    })
    ecr.on(DescribeRegistryCommand).resolves({ registryId: '123456789012', replicationConfiguration: { rules: [] } })
    const result = await run(['ecr', 'ensure'], join(repo, 'manifests/overlays'))
    expect(result.stderr).toBe(
      "warning: rollback releases could not be found: no release tag vX.Y.Z before HEAD; only HEAD's images are protected, not those of the 3 previous release(s)\n" +
        'in use: 2 image reference(s) from HEAD\n',
    )
    expect(result.stdout).toBe(
      'team/api: error: the current lifecycle policy would expire 1 image(s) in use within 31 days, if no newer release ships (v1.1.0); protect them with a higher-priority rule\n' +
        'ecr ensure: no changes; everything already matches the config\n',
    )
    expect(result.code).toBe(1)
    expect(ecr.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0)
  })

  test('ecr region prints ecr.region from a subdirectory', async () => {
    expect(await run(['ecr', 'region'], join(repo, 'manifests'))).toEqual({
      code: 0,
      stdout: 'eu-west-1\n',
      stderr: '',
    })
  })

  test('--help says the guard defaults to rendering the overlays', async () => {
    const result = await run(['ecr', 'ensure', '--help'], repo)
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'without --in-use, the images in use come from rendering the overlays (as --from-overlays)',
    )
  })
})
