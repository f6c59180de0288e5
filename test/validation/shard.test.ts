import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateRepository } from '../../bench/synthetic.js'
import { registerMergeReportsCommand } from '../../src/cli/merge-reports.js'
import { registerValidateCommand } from '../../src/cli/validate.js'
import { toJsonReport } from '../../src/report/json.js'
import type { ValidationReport } from '../../src/validation/report.js'
import { assignShards, mergeReports, parseShard, stableHash } from '../../src/validation/shard.js'
import { validate } from '../../src/validation/validate.js'
import { runCommands } from '../helpers/cli.js'

let repo: string

/** The report without wall times (they differ between any two runs). */
function timeless(report: ValidationReport): unknown {
  const json = toJsonReport(report) as ReturnType<typeof toJsonReport> & { shard?: unknown }
  delete json.shard
  return {
    ...json,
    summary: { ...json.summary, durationMs: 0 },
    environments: json.environments.map((env) => ({ ...env, renderMs: 0 })),
  }
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommands([registerValidateCommand, registerMergeReportsCommand], args, { cwd: repo })
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-shard-'))
  // 12 services in teams of 3: 12 overlays, findings (schema, dangling Service) in each.
  await generateRepository(repo, { services: 12, groupSize: 3, findings: true })
  await writeFile(join(repo, 'slipway.yaml'), 'kubernetesVersion: "1.33"\n')
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('--shard I/N and merge-reports', () => {
  it('splits the environments so that 4 shards merge into the unsharded report', async () => {
    const whole = await validate({ repoRoot: repo })
    expect(whole.summary.environments).toBe(12)
    expect(whole.summary.errors).toBeGreaterThan(0)
    expect(whole.findings.filter((finding) => finding.rule === 'render')).toEqual([])
    expect(new Set(whole.findings.map((finding) => finding.environment)).size).toBe(12)
    const shards = await Promise.all(
      [1, 2, 3, 4].map((index) => validate({ repoRoot: repo, shard: { index, count: 4 } })),
    )
    const sizes = shards.map((shard) => shard.environments.length)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(12)
    expect(new Set(shards.flatMap((shard) => shard.environments.map((env) => env.name))).size).toBe(12)
    expect(timeless(mergeReports([shards[2]!, shards[0]!, shards[3]!, shards[1]!]))).toEqual(timeless(whole))
    // Balanced by the last run's resource counts: every shard gets 3 of the 12 overlays of equal size.
    const weights = new Map(whole.environments.map((env) => [env.name, env.resources]))
    const balanced = await Promise.all(
      [1, 2, 3, 4].map((index) => validate({ repoRoot: repo, shard: { index, count: 4 }, shardWeights: weights })),
    )
    expect(balanced.map((shard) => shard.environments.length)).toEqual([3, 3, 3, 3])
    expect(timeless(mergeReports(balanced))).toEqual(timeless(whole))
  })

  it("merges the CLI's JSON outputs into one SARIF log, and rejects a missing shard", async () => {
    for (const index of [1, 2])
      expect(
        (await cli(['validate', '--shard', `${index}/2`, '--format', 'json', '--output', `s${index}.json`, '--quiet']))
          .code,
      ).toBe(1)
    const merged = await cli(['merge-reports', 's1.json', 's2.json', '--format', 'sarif'])
    expect(merged.code).toBe(1)
    const sarif = JSON.parse(merged.stdout) as { runs: Array<{ results: unknown[] }> }
    const whole = JSON.parse((await cli(['validate', '--format', 'sarif', '--quiet'])).stdout) as {
      runs: Array<{ results: unknown[] }>
    }
    expect(sarif.runs[0]!.results).toEqual(whole.runs[0]!.results)
    const one = await cli(['merge-reports', 's1.json'])
    expect(one).toMatchObject({ code: 2, stderr: 'slipway: shard 2/2 missing\n' })
    expect(JSON.parse(await readFile(join(repo, 's1.json'), 'utf8')).shard).toMatchObject({ index: 1, count: 2 })
  })

  it('assigns by a stable hash, and rejects a bad --shard', () => {
    expect(stableHash('production')).toBe(stableHash('production'))
    const names = ['a', 'b', 'c', 'd', 'e']
    expect(assignShards(names, 3)).toEqual(assignShards([...names].reverse(), 3))
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(() => parseShard('5/4')).toThrow('--shard 5/4: expected I/N with 1 ≤ I ≤ N ≤ 256, e.g. 2/4')
  })
})
