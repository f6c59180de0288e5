import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/paths.js'

interface Step {
  id?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, string>
}

describe('actions/ecr-publish: the AWS region defaults to ecr.region of slipway.yaml', () => {
  let dir: string
  let steps: Step[]
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-ecr-action-'))
    await writeFile(
      join(dir, 'slipway.yaml'),
      'ecr:\n  region: eu-central-1\n  services:\n    api:\n      repository: team/api\n',
    )
    steps = (
      parse(await readFile(join(REPO_ROOT, 'actions/ecr-publish/action.yml'), 'utf8')) as { runs: { steps: Step[] } }
    ).runs.steps
  })
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** Runs the region step's script as the runner would, with the CLI from source (dist is built by the lead). */
  async function resolveRegion(input: string): Promise<{ status: number | null; output: string; stderr: string }> {
    const step = steps.find((s) => s.id === 'region')!
    const output = join(dir, `output-${Math.random().toString(36).slice(2)}`)
    await writeFile(output, '')
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
    const result = spawnSync('bash', ['-c', step.run!], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_OPTIONS: `--import ${tsx}`,
        GITHUB_OUTPUT: output,
        SLIPWAY_AWS_REGION: input,
        SLIPWAY_CONFIG: 'slipway.yaml',
        SLIPWAY_CLI: join(REPO_ROOT, 'src/cli.ts'),
      },
    })
    return { status: result.status, output: await readFile(output, 'utf8'), stderr: result.stderr }
  }

  test('the step reads inputs only through env, and the credentials and login steps use its output', () => {
    const step = steps.find((s) => s.id === 'region')!
    expect(step.run).not.toContain('${{')
    expect(step.env).toMatchObject({
      SLIPWAY_AWS_REGION: '${{ inputs.aws-region }}',
      SLIPWAY_CONFIG: '${{ inputs.config }}',
    })
    expect(steps.find((s) => s.with?.['role-to-assume'])?.with?.['aws-region']).toBe(
      '${{ steps.region.outputs.region }}',
    )
    expect(steps.find((s) => s.id === 'login')?.env?.AWS_REGION).toBe('${{ steps.region.outputs.region }}')
  })

  test('empty input: ecr.region of slipway.yaml', async () => {
    expect(await resolveRegion('')).toMatchObject({ status: 0, output: 'region=eu-central-1\n' })
  })

  test('the input wins over the config', async () => {
    expect(await resolveRegion('us-east-2')).toMatchObject({ status: 0, output: 'region=us-east-2\n' })
  })

  test('a value that is not a region fails without reaching GITHUB_OUTPUT', async () => {
    const result = await resolveRegion('eu-west-1\nimages=evil')
    expect(result.status).toBe(1)
    expect(result.output).toBe('')
    expect(result.stderr).toContain('::error::aws-region "eu-west-1?images?evil" is not an AWS region like eu-west-1')
  })
})
