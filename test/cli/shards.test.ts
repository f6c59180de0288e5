// `slipway shards`: the job matrix pr.yml runs validate and plan in, from `ci.matrix` of
// slipway.yaml and the environments validate discovers (a synthetic repository: 12
// services in teams of 3, so 4 teams × dev/staging/production = 12 overlays).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { generateRepository } from '../../bench/synthetic.js'
import { registerShardsCommand } from '../../src/cli/shards.js'
import { shardCount } from '../../src/validation/matrix.js'
import { runCommands } from '../helpers/cli.js'

let repo: string
const shards = (args: string[] = []) => runCommands([registerShardsCommand], ['shards', ...args], { cwd: repo })
const config = (text: string) => writeFile(join(repo, 'slipway.yaml'), text)

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-shards-'))
  await generateRepository(repo, { services: 12, groupSize: 3 })
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})
afterEach(() => {
  delete process.env.GITHUB_OUTPUT
})

describe('slipway shards', () => {
  test.each([
    ['no ci key: never split', 'kubernetesVersion: "1.33"\n', 1],
    ['12 environments, 5 per shard: ceil(12 / 5) = 3', 'ci:\n  matrix:\n    environmentsPerShard: 5\n', 3],
    ['12 per shard: not more than that, one job', 'ci:\n  matrix:\n    environmentsPerShard: 12\n', 1],
    ['11 per shard: 2', 'ci:\n  matrix:\n    environmentsPerShard: 11\n', 2],
    ['1 per shard, capped by maxShards 4', 'ci:\n  matrix:\n    environmentsPerShard: 1\n    maxShards: 4\n', 4],
    ['1 per shard, capped by the default maxShards 8', 'ci:\n  matrix:\n    environmentsPerShard: 1\n', 8],
  ])('%s', async (_, text, count) => {
    await config(text)
    const run = await shards()
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(run.stdout)).toEqual({
      count,
      shards: Array.from({ length: count }, (_, i) => `${i + 1}/${count}`),
      environments: 12,
    })
  })

  test('--format github writes count and shards (a JSON array) to $GITHUB_OUTPUT', async () => {
    await config('ci:\n  matrix:\n    environmentsPerShard: 5\n')
    const output = join(repo, 'github-output')
    await writeFile(output, 'earlier=1\n')
    process.env.GITHUB_OUTPUT = output
    const run = await shards(['--format', 'github'])
    expect(run).toEqual({ code: 0, stdout: '12 environments: 3 shards\n', stderr: '' })
    expect(await readFile(output, 'utf8')).toBe('earlier=1\ncount=3\nshards=["1/3","2/3","3/3"]\n')
  })

  test('--format github outside a workflow step is a usage error', async () => {
    await config('kubernetesVersion: "1.33"\n')
    expect(await shards(['--format', 'github'])).toMatchObject({
      code: 2,
      stderr: 'slipway: GITHUB_OUTPUT is not set: --format github runs inside a GitHub Actions step\n',
    })
  })

  test('--config reads another file', async () => {
    await config('kubernetesVersion: "1.33"\n')
    await writeFile(join(repo, 'ci.yaml'), 'ci:\n  matrix:\n    environmentsPerShard: 6\n')
    expect(JSON.parse((await shards(['--config', 'ci.yaml'])).stdout)).toMatchObject({ count: 2 })
  })

  test.each([
    [
      'ci:\n  matrix:\n    environmentsPerShard: 5\n    maxShards: 300\n',
      'ci.matrix.maxShards: must be <= 256 (got 300)',
    ],
    ['ci:\n  matrix:\n    environmentsPerShard: 5\n    maxShards: 0\n', 'ci.matrix.maxShards: must be >= 1 (got 0)'],
    [
      'ci:\n  matrix:\n    environmentsPerShard: 0\n',
      'ci.matrix.environmentsPerShard: must be an integer of at least 1 (got 0)',
    ],
    ['ci:\n  matrix:\n    maxShards: 4\n', 'ci.matrix.environmentsPerShard: is required'],
    ['ci:\n  matrix:\n    environmentsPerShard: 5\n    maxShard: 4\n', 'unknown key "ci.matrix.maxShard"'],
  ])('a bad ci.matrix is exit 2 naming the key: %j', async (text, message) => {
    await config(text)
    expect(await shards()).toEqual({ code: 2, stdout: '', stderr: `slipway: slipway.yaml: ${message}\n` })
  })
})

describe('shardCount', () => {
  test.each([
    [0, undefined, 1],
    [1000, undefined, 1],
    [0, { environmentsPerShard: 25 }, 1],
    [25, { environmentsPerShard: 25 }, 1],
    [26, { environmentsPerShard: 25 }, 2],
    [1000, { environmentsPerShard: 25 }, 8],
    [1000, { environmentsPerShard: 25, maxShards: 256 }, 40],
    [100_000, { environmentsPerShard: 1, maxShards: 256 }, 256],
  ])('%i environments with %j: %i jobs', (environments, matrix, count) => {
    expect(shardCount(environments, matrix)).toBe(count)
  })
})
