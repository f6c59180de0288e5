import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerMergeReportsCommand } from '../../src/cli/merge-reports.js'
import { registerPlanCommand } from '../../src/cli/plan.js'
import { registerValidateCommand } from '../../src/cli/validate.js'
import type { PlanJson } from '../../src/plan/format/json.js'
import { PLATFORM_ENTRIES, referenceRepo, type TestRepo } from '../helpers/repo.js'
import { runCommands } from '../helpers/cli.js'

const PRODUCTION_DR = 'manifests/overlays/production-dr/kustomization.yaml'
const PRODUCTION = 'manifests/overlays/production/kustomization.yaml'

let repo: TestRepo

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommands([registerPlanCommand, registerValidateCommand, registerMergeReportsCommand], args, {
    cwd: repo.dir,
  })
}

/** Runs `slipway plan --base base --head HEAD` with `args`, writing to `file` under the repo's temp root. */
async function plan(file: string, ...args: string[]): Promise<string> {
  const path = join(repo.root, file)
  const run = await cli([
    'plan',
    '--base',
    'base',
    '--head',
    'HEAD',
    '--quiet',
    '--output',
    path,
    '--full-diff',
    join(repo.root, `${file}.diff`),
    ...args,
  ])
  expect(run.stderr).not.toMatch(/error/i)
  expect(run.code).toBe(0)
  return path
}

const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as PlanJson
/** A copy of a shard's plan JSON with `change` applied, as another run would have written it. */
async function forged(file: string, name: string, change: (json: PlanJson) => void): Promise<string> {
  const json = await read(file)
  change(json)
  const path = join(repo.root, name)
  await writeFile(path, JSON.stringify(json))
  return path
}

let whole: { json: string; markdown: string; text: string }
let shards2: string[]
let shards3: string[]

beforeAll(async () => {
  repo = await referenceRepo({ entries: PLATFORM_ENTRIES, tag: 'base' })
  // Production scales settlement and bumps matching-engine's image; production-dr's generated
  // ConfigMap gets a new literal (a new hash-suffixed name, workloads roll out); staging is not touched.
  await repo.edit(PRODUCTION_DR, '- REGION=us-west-2', '- REGION=us-west-2\n      - DR_DRILL=monthly')
  await repo.edit(PRODUCTION, /- name: settlement\n(\s+)count: 3/, '- name: settlement\n$1count: 4')
  await repo.edit(PRODUCTION, /(trading\/matching-engine\n\s+newTag: )v1\.4\.2/, '$1v1.4.3')
  await repo.commitAll('scale staging and production, bump matching-engine')
  whole = {
    json: await readFile(await plan('whole.json', '--format', 'json'), 'utf8'),
    markdown: await readFile(await plan('whole.md', '--format', 'markdown'), 'utf8'),
    text: await readFile(await plan('whole.txt', '--format', 'text'), 'utf8'),
  }
  shards2 = await Promise.all([1, 2].map((i) => plan(`s${i}of2.json`, '--format', 'json', '--shard', `${i}/2`)))
  shards3 = await Promise.all([1, 2, 3].map((i) => plan(`s${i}of3.json`, '--format', 'json', '--shard', `${i}/3`)))
}, 240_000)
afterAll(async () => repo?.dispose())

describe('slipway merge-reports on the shards of plan --shard I/N', () => {
  it('the unsharded plan touches several environments, spread over the shards', async () => {
    const json = JSON.parse(whole.json)
    const names: string[] = json.environments.map((env: { name: string }) => env.name)
    expect([...names].sort()).toEqual(['production', 'production-dr'])
    expect(json.skipped.map((env: { name: string }) => env.name)).toEqual(['staging'])
    // The comment shows per-resource diffs, a renamed generated ConfigMap and what rolls out with it.
    expect(whole.markdown).toContain('```diff')
    expect(whole.markdown).toMatch(/\(was trading-platform-config-\w+\)/)
    expect(whole.markdown).toContain('rolls out')
    // Discovery order, as every shard records it.
    const { order } = (await read(shards2[0]!)).shard!
    expect(names).toEqual(order.filter((name) => names.includes(name)))
    expect(json.environments.flatMap((env: { images: unknown[] }) => env.images).length).toBeGreaterThan(0)
    for (const shards of [shards2, shards3]) {
      const planned = await Promise.all(shards.map(async (file) => (await read(file)).environments.length))
      expect(planned.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2)
    }
  })

  it('merges 2 and 3 shards (given in any order) into the unsharded JSON, markdown and text', async () => {
    for (const shards of [[...shards2].reverse(), shards3]) {
      const json = await cli(['merge-reports', ...shards])
      expect(json.stderr).toBe('')
      expect(json.code).toBe(0)
      // No field differs: the plan JSON carries no duration, and shard/fields/diff are in sharded JSON only.
      expect(JSON.parse(json.stdout)).toEqual(JSON.parse(whole.json))
      expect(json.stdout).toBe(whole.json)
      const markdown = await cli(['merge-reports', ...shards, '--format', 'markdown'])
      expect(markdown.code).toBe(0)
      expect(markdown.stdout).toBe(whole.markdown)
      expect((await cli(['merge-reports', ...shards, '--format', 'text'])).stdout).toBe(whole.text)
    }
  })

  it('--full-diff writes the full diff the unsharded plan writes', async () => {
    const file = join(repo.root, 'merged.diff')
    const run = await cli(['merge-reports', ...shards3, '--format', 'markdown', '--full-diff', file])
    expect(run.code).toBe(0)
    const diff = await readFile(file, 'utf8')
    expect(diff).toBe(await readFile(join(repo.root, 'whole.json.diff'), 'utf8'))
    expect(diff).toContain('diff --slipway a/production/')
  })

  it('a malformed plan file is an error naming the file and the key, not a stack trace', async () => {
    const bad = join(repo.root, 'bad.json')
    await writeFile(
      bad,
      JSON.stringify({
        base: { ref: 'base' },
        head: {},
        environments: [{ name: 'production', path: 'p', added: 0, changed: 0, removed: 0, resources: [null] }],
        skipped: [],
        totals: {},
        shard: { index: 1, count: 1, order: ['production'] },
      }),
    )
    const run = await cli(['merge-reports', bad])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `${bad} is not the JSON of slipway plan --shard I/N --format json: environments[0] lacks`,
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 1 when a shard has an environment that failed to render, as plan does; --fail-on never exits 0', async () => {
    const failed = await forged(shards2[0]!, 'failed.json', (json) => {
      json.environments[0]!.errors = ["render failed: resources entry 'nope.yaml' does not exist"]
    })
    const run = await cli(['merge-reports', failed, shards2[1]!, '--format', 'markdown'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("resources entry 'nope.yaml' does not exist")
    expect((await cli(['merge-reports', failed, shards2[1]!, '--fail-on', 'never'])).code).toBe(0)
  })

  it('a missing shard is an error naming it', async () => {
    const run = await cli(['merge-reports', shards3[0]!, shards3[2]!])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('shard 2/3 missing')
    expect(run.stdout).toBe('')
  })

  it('shards of different base or head commits are an error naming both files', async () => {
    const other = await forged(shards2[1]!, 'other-head.json', (json) => (json.head.commit = 'f'.repeat(40)))
    const run = await cli(['merge-reports', shards2[0]!, other])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${shards2[0]} and ${other} are plans of different head revisions`)
    const base = await forged(shards2[1]!, 'other-base.json', (json) => (json.base.commit = 'e'.repeat(40)))
    expect((await cli(['merge-reports', shards2[0]!, base])).stderr).toContain('different base revisions')
  })

  it('an environment in two shards is an error naming it', async () => {
    const first = await read(shards2[0]!)
    const name = [...first.environments, ...first.skipped][0]!.name
    const twice = await forged(shards2[0]!, 'twice.json', (json) => (json.shard!.index = 2))
    const run = await cli(['merge-reports', shards2[0]!, twice])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`environment "${name}" is in two shards: ${shards2[0]} and ${twice}`)
  })

  it('an unsharded plan, a mix of plans and validate reports, and a validate-only format are errors', async () => {
    const unsharded = join(repo.root, 'whole.json')
    expect((await cli(['merge-reports', unsharded])).stderr).toContain(
      `${unsharded} is not the JSON of slipway plan --shard I/N --format json: no "shard" in it`,
    )
    const report = join(repo.root, 'validate.json')
    await cli(['validate', '--shard', '1/2', '--format', 'json', '--output', report])
    expect(JSON.parse(await readFile(report, 'utf8'))).toHaveProperty('summary')
    const mixed = await cli(['merge-reports', shards2[0]!, report])
    expect(mixed.code).toBe(2)
    expect(mixed.stderr).toContain(`${shards2[0]} is a plan but ${report} is not`)
    const sarif = await cli(['merge-reports', ...shards2, '--format', 'sarif'])
    expect(sarif.code).toBe(2)
    expect(sarif.stderr).toContain('--format sarif is for validate reports')
  })
})
