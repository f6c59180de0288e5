// The validate action's job matrix end to end, as pr.yml runs it: `mode: shards` sizes the
// matrix from ci.matrix, three `shard: I/3` jobs run the real validate (real kustomize) on a
// synthetic repository with findings and upload their JSON reports (the artifact client is
// faked at its boundary: it copies each file into one directory, as actions/download-artifact
// with merge-multiple leaves them), and `mode: merge` publishes them. What the merge job
// publishes — annotations, job summary, SARIF, outputs, the step's failure — must be what
// one unsharded job publishes.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { generateRepository } from '../../bench/synthetic.js'
import type { ValidateActionDeps } from '../../src/report/validate-action.js'
import { validate } from '../../src/validation/validate.js'
import { actionStep, setInputs } from '../helpers/actions-io.js'

const root = mkdtempSync(join(tmpdir(), 'slipway-action-matrix-'))
const repo = join(root, 'repo')
const downloads = join(repo, 'shard-reports')
const outputFile = join(root, 'github_output')
const summaryFile = join(root, 'step_summary')
Object.assign(process.env, {
  RUNNER_TEMP: join(root, 'runner-temp'),
  RUNNER_OS: 'Linux',
  GITHUB_WORKSPACE: repo,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/platform',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
})
for (const name of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN']) delete process.env[name]

let action: typeof import('../../actions/validate/main.js')
const uploads: string[] = []
let deps: ValidateActionDeps
beforeAll(async () => {
  action = await import('../../actions/validate/main.js')
  // 12 services in teams of 3: 12 overlays (4 teams × dev/staging/production), each with a
  // schema error in a patch and a Service selecting no pod.
  await generateRepository(repo, { services: 12, groupSize: 3, findings: true })
  writeFileSync(join(repo, 'slipway.yaml'), 'ci:\n  matrix:\n    environmentsPerShard: 4\n')
  mkdirSync(downloads)
  deps = {
    validate,
    cache: action.actionsSchemaCache,
    artifacts: {
      upload: async (name, files) => {
        uploads.push(name)
        for (const file of files) copyFileSync(file, join(downloads, basename(file)))
      },
    },
  }
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const { stdout, outputs: readOutputs } = actionStep(outputFile, summaryFile)

/** What a step published: its annotations, job summary, outputs and exit code (wall times masked). */
interface Published {
  annotations: string[]
  summary: string
  outputs: Record<string, string>
  exitCode: number | string | null | undefined
}

async function runStep(inputs: Record<string, string>): Promise<Published> {
  setInputs(inputs)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const from = stdout().length
  process.exitCode = undefined
  await action.run(deps)
  const masked = (text: string) => text.replace(/\b\d+(\.\d)? (ms|s)\b/g, '<duration>')
  return {
    annotations: stdout()
      .slice(from)
      .split('\n')
      .filter((line) => /^::(error|warning|notice)\b/.test(line))
      .map(masked),
    summary: masked(readFileSync(summaryFile, 'utf8')),
    outputs: readOutputs(),
    exitCode: process.exitCode,
  }
}

/** A SARIF log with its wall times (each environment's `renderMs`, the run's `durationMs`) zeroed. */
function timeless(sarif: string): unknown {
  return JSON.parse(sarif, (key, value: unknown) => (key === 'renderMs' || key === 'durationMs' ? 0 : value))
}

let wholeAnnotations: string[] = []

describe('validate action: shards, three shard jobs and the merge job', () => {
  test('mode: shards sizes the matrix from ci.matrix (12 environments, 4 per shard)', async () => {
    const published = await runStep({ mode: 'shards' })
    expect(published.outputs).toEqual({ 'shard-count': '3', shards: '["1/3","2/3","3/3"]' })
    expect(published.annotations).toEqual([])
    expect(published.summary).toBe('')
    expect(published.exitCode).toBeUndefined()
  })

  test('the merge of three real shard reports publishes what the unsharded run publishes', async () => {
    const whole = await runStep({ 'sarif-file': 'whole.sarif' })
    expect(whole.exitCode).toBe(1)
    expect(Number(whole.outputs.errors)).toBeGreaterThan(0)
    expect(whole.annotations.length).toBeGreaterThan(10)

    let shardErrors = 0
    for (const shard of ['1/3', '2/3', '3/3']) {
      const published = await runStep({ shard, 'sarif-file': 'shard.sarif' })
      // A shard job publishes nothing for the pull request and does not fail on findings.
      expect(published.annotations, shard).toEqual([])
      expect(published.summary, shard).toBe('')
      expect(published.exitCode, shard).toBeUndefined()
      expect(published.outputs['sarif-file']).toBe('')
      shardErrors += Number(published.outputs.errors)
    }
    expect(shardErrors).toBe(Number(whole.outputs.errors))
    expect(uploads).toEqual([
      'slipway-validate-shard-1-of-3',
      'slipway-validate-shard-2-of-3',
      'slipway-validate-shard-3-of-3',
    ])

    const merged = await runStep({ mode: 'merge', reports: 'shard-reports', 'sarif-file': 'merged.sarif' })
    expect(merged.annotations).toEqual(whole.annotations)
    expect(merged.summary).toBe(whole.summary)
    expect(merged.exitCode).toBe(1)
    expect(merged.outputs).toEqual({ ...whole.outputs, 'sarif-file': join(repo, 'merged.sarif') })
    expect(timeless(readFileSync(join(repo, 'merged.sarif'), 'utf8'))).toEqual(
      timeless(readFileSync(join(repo, 'whole.sarif'), 'utf8')),
    )
    wholeAnnotations = whole.annotations
  })

  test('a glob finds the same reports; a missing shard fails the merge naming it', async () => {
    const glob = await runStep({ mode: 'merge', reports: 'shard-reports/*.json', 'fail-on': 'never' })
    expect(glob.exitCode).toBeUndefined()
    // The same annotations, without the step failure (fail-on: never).
    expect(glob.annotations).toEqual(wholeAnnotations.filter((line) => !line.startsWith('::error::Slipway found')))
    rmSync(join(downloads, 'slipway-validate-shard-2-of-3.json'))
    const missing = await runStep({ mode: 'merge', reports: 'shard-reports' })
    expect(missing.annotations).toEqual(['::error::shard 2/3 missing'])
    expect(missing.summary).toBe('')
    expect(missing.exitCode).toBe(1)
    const none = await runStep({ mode: 'merge', reports: 'no-such-dir/*.json' })
    expect(none.annotations).toEqual(['::error::reports: no JSON report at no-such-dir/*.json'])
  })
})
