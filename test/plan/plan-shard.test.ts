import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateRepository } from '../../bench/synthetic.js'
import { createPlan } from '../../src/plan/plan.js'
import { execFile } from '../../src/util/exec.js'

const GIT_ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
}
let repo: string

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-plan-shard-'))
  const git = (...args: string[]) => execFile('git', args, { cwd: repo, env: GIT_ENV })
  const options = { services: 3, groupSize: 1, environments: ['dev', 'prod'] }
  await generateRepository(repo, options)
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git('commit', '-qm', 'base')
  await generateRepository(repo, { ...options, tag: 'v2.0.0' })
  await git('commit', '-qam', 'release')
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('plan --shard I/N', () => {
  it('plans disjoint parts of the environments that together are the whole plan', async () => {
    const whole = await createPlan({ cwd: repo, base: 'HEAD~1', head: 'HEAD', all: true })
    expect(whole.plan.environments).toHaveLength(6)
    const shards = await Promise.all(
      [1, 2].map((index) =>
        createPlan({ cwd: repo, base: 'HEAD~1', head: 'HEAD', all: true, shard: { index, count: 2 } }),
      ),
    )
    const names = shards.flatMap((shard) => shard.plan.environments.map((env) => env.name))
    expect(names.sort()).toEqual(whole.plan.environments.map((env) => env.name).sort())
    expect(shards.every((shard) => shard.plan.environments.length > 0)).toBe(true)
    expect(shards.reduce((sum, shard) => sum + shard.plan.totals.changed, 0)).toBe(whole.plan.totals.changed)
  })
})
