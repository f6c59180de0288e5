// actions/ecr-publish as the runner runs it: each bash step's `run:` line, with the bundle
// built from source into a temporary dist/ (dist/ itself is rebuilt by the lead) and the
// step's `env:` evaluated from the inputs given here, INPUT_* and all.
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { startRegistry, type LocalRegistry } from '../helpers/registry.js'

interface Step {
  id?: string
  name?: string
  run?: string
  uses?: string
  shell?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
interface Metadata {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: Step[] }
}

const source = await readFile(join(REPO_ROOT, 'actions/ecr-publish/action.yml'), 'utf8')
const metadata = parse(source) as Metadata
const steps = metadata.runs.steps
const step = (id: string) => steps.find((s) => s.id === id)!

let root: string
let actionPath: string
let workspace: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'slipway-ecr-action-'))
  // The step runs $GITHUB_ACTION_PATH/../../dist/…: lay the build out as the repository does.
  await execFile(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--outdir', join(root, 'dist')], {
    cwd: REPO_ROOT,
    timeoutMs: 120_000,
  })
  actionPath = join(root, 'actions', 'ecr-publish')
  await mkdir(actionPath, { recursive: true })
  workspace = join(root, 'workspace')
  await mkdir(workspace)
  await writeFile(
    join(workspace, 'slipway.yaml'),
    'ecr:\n  region: eu-central-1\n  services:\n    api:\n      repository: team/api\n      context: app\n',
  )
}, 180_000)
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

/** `${{ inputs.x }}` and `${{ steps.y.outputs.z }}`, as the runner evaluates a step's env. */
function evaluate(value: string, inputs: Record<string, string>, outputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression)?.[1]
    if (input !== undefined) return inputs[input] ?? metadata.inputs[input]?.default ?? ''
    if (expression in outputs) return outputs[expression]!
    throw new Error(`test cannot evaluate \${{ ${expression} }}`)
  })
}

interface StepResult {
  status: number | null
  /** GITHUB_OUTPUT as written. */
  output: string
  stdout: string
}

/**
 * The outputs of a GITHUB_OUTPUT file as the runner reads it: `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks (what `core.setOutput` writes).
 */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const block = /^([^=<]+)<<(.+)$/.exec(line)
    if (!block) {
      const [name, ...value] = line.split('=')
      outputs[name!] = value.join('=')
      continue
    }
    const end = lines.indexOf(block[2]!, i + 1)
    if (end < 0) throw new Error(`GITHUB_OUTPUT: ${block[1]} has no closing delimiter`)
    outputs[block[1]!] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

/** Runs one step's script with bash, as the runner does for `shell: bash`. */
async function runStep(
  id: string,
  inputs: Record<string, string> = {},
  outputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<StepResult> {
  const target = step(id)
  const output = join(root, `output-${Math.random().toString(36).slice(2)}`)
  await writeFile(output, '')
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && !key.startsWith('INPUT_') && !key.startsWith('GITHUB_')) env[key] = value
  for (const [key, value] of Object.entries(target.env ?? {})) env[key] = evaluate(value, inputs, outputs)
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', target.run!], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...env,
      ...extraEnv,
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: root,
    },
  })
  return { status: result.status, output: await readFile(output, 'utf8'), stdout: result.stdout }
}

describe('actions/ecr-publish/action.yml', () => {
  test('keeps its inputs and outputs (a contract) and stays composite over the upstream actions', () => {
    expect(Object.keys(metadata.inputs)).toEqual([
      'role-to-assume',
      'aws-region',
      'registry-id',
      'tag',
      'services',
      'config',
      'builder',
    ])
    expect(Object.keys(metadata.outputs)).toEqual(['images', 'registry'])
    expect(metadata.runs.using).toBe('composite')
    expect(steps.map((s) => s.uses?.split('@')[0] ?? s.id)).toEqual([
      'region',
      'aws-actions/configure-aws-credentials',
      'aws-actions/amazon-ecr-login',
      'docker/setup-buildx-action',
      'publish',
    ])
  })

  test('its scripts only run the bundle with a phase; inputs reach it only through env, as INPUT_<NAME>', () => {
    for (const [id, phase] of [
      ['region', 'region'],
      ['publish', 'publish'],
    ] as const) {
      const target = step(id)
      expect(target.shell).toBe('bash')
      expect(target.run).toBe(`node "$GITHUB_ACTION_PATH/../../dist/actions/ecr-publish/index.js" ${phase}`)
      expect(target.run).not.toContain('${{')
      for (const [key, value] of Object.entries(target.env ?? {})) {
        const name = /^\$\{\{ (?:inputs|steps\.login\.outputs)\.([\w-]+) \}\}$/.exec(value)?.[1]
        expect(name, `${id}: ${key}`).toBeDefined()
        expect(key).toBe(`INPUT_${name!.toUpperCase()}`)
      }
    }
    expect(Object.keys(step('region').env!)).toEqual(['INPUT_AWS-REGION', 'INPUT_CONFIG'])
    expect(Object.keys(step('publish').env!)).toEqual([
      'INPUT_REGISTRY',
      'INPUT_TAG',
      'INPUT_SERVICES',
      'INPUT_CONFIG',
      'INPUT_BUILDER',
    ])
    expect(step('publish').env!.INPUT_REGISTRY).toBe('${{ steps.login.outputs.registry }}')
    expect(metadata.outputs.images!.value).toBe('${{ steps.publish.outputs.images }}')
  })

  test('the credentials and login steps use the region step’s output', () => {
    expect(steps.find((s) => s.with?.['role-to-assume'])?.with?.['aws-region']).toBe(
      '${{ steps.region.outputs.region }}',
    )
    expect(step('login').env?.AWS_REGION).toBe('${{ steps.region.outputs.region }}')
  })
})

describe('actions/ecr-publish: the region phase', () => {
  test('empty input: ecr.region of slipway.yaml', async () => {
    const result = await runStep('region')
    expect(result.status).toBe(0)
    expect(readOutputs(result.output)).toEqual({ region: 'eu-central-1' })
  })

  test('the input wins over the config', async () => {
    const result = await runStep('region', { 'aws-region': 'us-east-2' })
    expect(result.status).toBe(0)
    expect(readOutputs(result.output)).toEqual({ region: 'us-east-2' })
  })

  test('a value that is not a region fails without reaching GITHUB_OUTPUT, echoing only safe characters', async () => {
    const result = await runStep('region', { 'aws-region': 'eu-west-1\nimages=evil' })
    expect(result.status).toBe(1)
    expect(result.output).toBe('')
    expect(result.stdout).toContain('::error::aws-region "eu-west-1?images?evil" is not an AWS region like eu-west-1')
    expect(result.stdout).not.toContain('images=evil')
  })

  test('no input and no ecr: section fails naming the config file', async () => {
    await writeFile(join(workspace, 'other.yaml'), 'environments: {}\n')
    const result = await runStep('region', { config: 'other.yaml' })
    expect(result.status).toBe(1)
    expect(result.output).toBe('')
    expect(result.stdout).toMatch(/::error::.*other\.yaml.*no "ecr:" section/)
  })
})

describe('actions/ecr-publish: the publish phase, refusing bad inputs before any build', () => {
  test('no registry from the login step', async () => {
    const result = await runStep('publish', {}, { 'steps.login.outputs.registry': '' })
    expect(result).toMatchObject({ status: 1, output: '' })
    expect(result.stdout).toContain('::error::no registry input: the "Log in to Amazon ECR" step gave no registry host')
  })

  test('an unknown builder, named with the values allowed', async () => {
    const result = await runStep(
      'publish',
      { builder: 'kaniko' },
      { 'steps.login.outputs.registry': '123456789012.dkr.ecr.eu-central-1.amazonaws.com' },
    )
    expect(result).toMatchObject({ status: 1, output: '' })
    expect(result.stdout).toContain('::error::Invalid builder "kaniko": expected auto, buildx or buildah')
  })
})

const has = (program: string) => spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0
const missing = ['buildah', 'skopeo', 'docker-registry', 'git'].filter((program) => !has(program))

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Slipway Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

// As test/ecr/publish.e2e.test.ts: buildah builds FROM scratch and pushes to Debian's
// docker-registry on 127.0.0.1. The action has no insecure-registry input (ECR is HTTPS), so
// the containers registries.conf marks the local registry insecure for buildah and skopeo.
describe.skipIf(missing.length > 0)('actions/ecr-publish: the publish phase against a real registry', () => {
  let registry: LocalRegistry | undefined
  let host: string
  let containersEnv: Record<string, string>

  beforeAll(async () => {
    registry = await startRegistry(root)
    host = registry.host
    await writeFile(join(root, 'registries.conf'), `[[registry]]\nlocation = "${host}"\ninsecure = true\n`)
    await writeFile(
      join(root, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${join(root, 'storage')}"\nrunroot = "${join(root, 'run')}"\n`,
    )
    // skopeo 1.9 (Debian 12) ignores CONTAINERS_REGISTRIES_CONF, which buildah and later
    // skopeo read; a skopeo first on PATH passes the same file as --registries-conf.
    const skopeo = spawnSync('sh', ['-c', 'command -v skopeo'], { encoding: 'utf8' }).stdout.trim()
    await mkdir(join(root, 'bin'))
    await writeFile(
      join(root, 'bin', 'skopeo'),
      `#!/bin/sh\nexec ${skopeo} --registries-conf "$CONTAINERS_REGISTRIES_CONF" "$@"\n`,
      { mode: 0o755 },
    )
    containersEnv = {
      PATH: `${join(root, 'bin')}:${process.env.PATH ?? ''}`,
      CONTAINERS_REGISTRIES_CONF: join(root, 'registries.conf'),
      CONTAINERS_STORAGE_CONF: join(root, 'storage.conf'),
    }
    await mkdir(join(workspace, 'app'))
    await writeFile(join(workspace, 'app', 'hello.txt'), 'hello from slipway\n')
    await writeFile(join(workspace, 'app', 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n')
    git(workspace, 'init', '--quiet', '--initial-branch=main')
    git(workspace, 'add', '.')
    git(workspace, 'commit', '--quiet', '-m', 'first')
    git(workspace, 'tag', 'v1.2.3')
  }, 60_000)
  afterAll(() => {
    registry?.stop()
  })

  test('builds and pushes the tag, and sets images to the JSON of the digest the registry serves', async () => {
    const result = await runStep(
      'publish',
      { tag: 'v1.2.3', services: 'api', builder: 'buildah' },
      { 'steps.login.outputs.registry': host },
      containersEnv,
    )
    expect(result.stdout).not.toContain('::error::')
    expect(result.status).toBe(0)
    // @actions/core writes a multiline-safe `images<<ghadelimiter_<uuid>` block.
    expect(result.output).toMatch(/^images<<ghadelimiter_[0-9a-f-]+\n/)
    const outputs = readOutputs(result.output)
    expect(Object.keys(outputs)).toEqual(['images'])
    const images = JSON.parse(outputs.images!) as Record<string, { image: string; tag: string; digest: string }>
    expect(Object.keys(images)).toEqual(['api'])
    expect(images.api).toMatchObject({ image: `${host}/team/api`, tag: 'v1.2.3' })
    const response = await fetch(`http://${host}/v2/team/api/manifests/v1.2.3`, {
      method: 'HEAD',
      headers: {
        Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('docker-content-digest')).toBe(images.api!.digest)
    expect(result.stdout).toContain(`api: pushed ${host}/team/api:v1.2.3@${images.api!.digest}`)
  }, 180_000)

  test('a tag that does not point at HEAD fails naming it, and sets no output', async () => {
    const result = await runStep(
      'publish',
      { tag: 'v9.9.9', builder: 'buildah' },
      { 'steps.login.outputs.registry': host },
      containersEnv,
    )
    expect(result).toMatchObject({ status: 1, output: '' })
    expect(result.stdout).toMatch(/::error::tag v9\.9\.9 does not point at HEAD/)
  }, 60_000)
})
