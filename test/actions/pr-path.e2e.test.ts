// The pull-request path end to end, as GitHub runs it: pr.yml's Plan step, then
// pr-comment.yml's "Plan the pull request and post the comment" step, each driven from the
// workflow file itself (its `with:` map, its `${{ }}` expressions evaluated against a
// synthetic event, the action.yml defaults) through the bundled action
// (`runs.main` of actions/plan/action.yml: dist/actions/plan/index.js, run by node as the
// runner runs a node24 action) against the fake GitHub API on 127.0.0.1, on a real git
// repository: the reference platform on `main` and a pull request that forges dist/, names
// its own Kustomize program (`./evil.sh`) in slipway.yaml and deletes a production PDB.
//
// On GitHub, pr.yml would run the pull request's own ./actions/plan (whatever its dist/
// holds); its output is the untrusted artifact and summary, never posted. Here that step runs
// the bundle under test on the PR's checkout, so its plan of a working-tree head is checked
// too. The comment job needs nothing of it: for a same-repository pull request the
// workflow_run event names the pull request (`pull_requests`), so no artifact is read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { tryExecFile, type ExecResult } from '../../src/util/exec.js'
import { REPO_ROOT, SHARED_DIR } from '../helpers/paths.js'
import { FakeGitHub } from '../github/fake-github.js'
import { PLATFORM_ENTRIES, referenceRepo, type TestRepo } from '../helpers/repo.js'

const PR = 7
const OWNER_REPO = 'o/r'
const TOKEN = 'ghs_e2e_token'
const FORGED = 'safe to merge'
const PRODUCTION = 'manifests/overlays/production/kustomization.yaml'
const DELETE_PDB = `patches:\n  - patch: |-\n      $patch: delete\n      apiVersion: policy/v1\n      kind: PodDisruptionBudget\n      metadata:\n        name: settlement\n        namespace: trading\n`

interface Step {
  name?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  name: string
  jobs: Record<string, { steps?: Step[] }>
}
interface ActionYaml {
  inputs: Record<string, { default?: unknown }>
  runs: { using: string; main: string }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

/** The workflow's name and its step called `name` (fails the test when there is none, or several). */
async function workflowStep(file: string, name: string): Promise<{ workflow: string; step: Step }> {
  const workflow = parse(await readFile(join(REPO_ROOT, '.github/workflows', file), 'utf8')) as Workflow
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
  const found = steps.filter((step) => step.name === name)
  if (found.length !== 1)
    throw new Error(`${file}: expected one step named ${JSON.stringify(name)}, found ${found.length}`)
  return { workflow: workflow.name, step: found[0]! }
}

/**
 * Replaces each `${{ a.b.c }}` of `value` by that property of `context`. Only property paths
 * (what the two steps use); anything else, or a path the context lacks, fails loudly.
 */
function evaluate(value: string, context: Record<string, unknown>, where: string): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expression))
      throw new Error(`${where}: \${{ ${expression} }} is not a property path; extend the test's evaluator`)
    let at: unknown = context
    for (const key of expression.split('.')) {
      if (at === null || typeof at !== 'object' || !(key in at))
        throw new Error(`${where}: \${{ ${expression} }}: the synthetic context has no ${JSON.stringify(key)}`)
      at = (at as Record<string, unknown>)[key]
    }
    if (at === null || typeof at === 'object')
      throw new Error(`${where}: \${{ ${expression} }} is not a scalar: ${JSON.stringify(at)}`)
    return String(at)
  })
}

/** What a step run left: the process's result, the job summary and the step outputs. */
interface StepRun extends ExecResult {
  summary: string
  outputs: string
}

/**
 * Runs the step's action (`uses: ./actions/plan`, resolved in this project) as the runner
 * does: `node <runs.main>` with one `INPUT_<NAME>` per declared input (the `with:` value,
 * else the action.yml default; expressions evaluated), the `GITHUB_*`/`RUNNER_*` variables
 * and the event written to `GITHUB_EVENT_PATH`.
 */
async function runStep(
  file: string,
  stepName: string,
  options: {
    workspace: string
    scratch: string
    event: Record<string, unknown>
    eventName: string
    sha: string
    apiUrl: string
    /** Inputs set over the workflow's (each one is a stated deviation from the workflow). */
    override?: Record<string, string>
    /** The job's `matrix` context (pr.yml's jobs run as a matrix of shards). */
    matrix?: Record<string, string>
  },
): Promise<StepRun> {
  const { workflow, step } = await workflowStep(file, stepName)
  if (step.uses !== './actions/plan') throw new Error(`${file}: step ${stepName} uses ${step.uses}, not ./actions/plan`)
  const action = parse(await readFile(join(REPO_ROOT, 'actions/plan/action.yml'), 'utf8')) as ActionYaml
  expect(action.runs.using).toBe('node24')
  const bundle = join(REPO_ROOT, 'actions/plan', action.runs.main)
  if (!(await exists(bundle)))
    throw new Error(`${bundle} is missing: run \`npm run build\` first (the action runs its bundle, not src/)`)
  const runId = file === 'pr.yml' ? '1001' : '1002'
  const github = { token: TOKEN, event: options.event, repository: OWNER_REPO, run_id: runId, sha: options.sha }
  for (const key of Object.keys(step.with ?? {}))
    if (!(key in action.inputs)) throw new Error(`${file}: step ${stepName} sets ${key}, not an input of the action`)
  const env: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    const raw = options.override?.[name] ?? step.with?.[name] ?? input.default
    if (raw === undefined) continue
    env[`INPUT_${name.toUpperCase()}`] = evaluate(
      String(raw),
      { github, ...(options.matrix ? { matrix: options.matrix } : {}) },
      `${file} ${stepName} ${name}`,
    )
  }
  const dir = await mkdtemp(join(options.scratch, `${file}-`))
  const paths = {
    event: join(dir, 'event.json'),
    summary: join(dir, 'summary.md'),
    outputs: join(dir, 'output'),
    temp: join(dir, 'runner-temp'),
  }
  await writeFile(paths.event, JSON.stringify(options.event))
  await writeFile(paths.summary, '')
  await writeFile(paths.outputs, '')
  await mkdir(paths.temp)
  const result = await tryExecFile(process.execPath, [bundle], {
    cwd: options.workspace,
    timeoutMs: 120_000,
    env: {
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKFLOW: workflow,
      GITHUB_REPOSITORY: OWNER_REPO,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_TOKEN: TOKEN,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_STEP_SUMMARY: paths.summary,
      GITHUB_OUTPUT: paths.outputs,
      GITHUB_SHA: options.sha,
      GITHUB_RUN_ID: runId,
      RUNNER_TEMP: paths.temp,
      SLIPWAY_SHARED_DIR: SHARED_DIR,
    },
  })
  return { ...result, summary: await readFile(paths.summary, 'utf8'), outputs: await readFile(paths.outputs, 'utf8') }
}

/** Fails with the step's log when the step failed (the runner would show it). */
function expectSucceeded(run: StepRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`)
}

const github = new FakeGitHub()
let repo: TestRepo
let scratch: string
let markers: string
let baseSha: string
let headSha: string

beforeAll(async () => {
  await github.start()
  scratch = await mkdtemp(join(tmpdir(), 'slipway-pr-path-'))
  markers = await mkdtemp(join(tmpdir(), 'slipway-pr-path-markers-'))
  repo = await referenceRepo({
    entries: PLATFORM_ENTRIES,
    tag: 'base',
    extra: {
      'actions/plan/action.yml': await readFile(join(REPO_ROOT, 'actions/plan/action.yml'), 'utf8'),
      'dist/actions/plan/index.js': '// the default branch bundle (stand-in)\n',
    },
  })
  baseSha = (await repo.git('rev-parse', 'HEAD')).trim()
  // The pull request: a forged bundle, its own Kustomize program, and production's settlement PDB deleted.
  await repo.write(
    'dist/actions/plan/index.js',
    `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(join(markers, 'dist-ran'))}, 'ran')\nconsole.log('### Slipway plan\\n\\n${FORGED}: 0 to destroy')\n`,
  )
  await repo.write('evil.sh', `#!/bin/sh\ntouch '${join(markers, 'evil-ran')}'\necho '${FORGED}'\n`)
  await chmod(join(repo.dir, 'evil.sh'), 0o755)
  await repo.write('slipway.yaml', `${await repo.read('slipway.yaml')}render:\n  kustomize: ./evil.sh\n`)
  await repo.edit(PRODUCTION, /^patches:\n/m, DELETE_PDB)
  await repo.git('add', '-A')
  await repo.git('commit', '-qm', 'pull request')
  headSha = (await repo.git('rev-parse', 'HEAD')).trim()
  github.pulls.set(PR, { head: { sha: headSha }, base: { ref: 'main', sha: baseSha } })
})
afterAll(async () => {
  await github.stop()
  await repo?.dispose()
  await rm(scratch, { recursive: true, force: true })
  await rm(markers, { recursive: true, force: true })
})

describe('the pull-request path (pr.yml, then pr-comment.yml) through the bundled plan action', () => {
  test('the markers can be written: the forged bundle and evil.sh leave them when run (the test can fail)', async () => {
    expect((await tryExecFile('./evil.sh', [], { cwd: repo.dir })).exitCode).toBe(0)
    expect((await tryExecFile(process.execPath, ['dist/actions/plan/index.js'], { cwd: repo.dir })).exitCode).toBe(0)
    expect(await exists(join(markers, 'evil-ran'))).toBe(true)
    expect(await exists(join(markers, 'dist-ran'))).toBe(true)
    await rm(join(markers, 'evil-ran'))
    await rm(join(markers, 'dist-ran'))
  })

  test('pr.yml Plan: plans the checked-out PR head, posts nothing, runs none of its programs', async () => {
    // The PR's checkout (the Plan job's fetch-depth: 0 keeps the base commit).
    const event = {
      number: PR,
      pull_request: {
        number: PR,
        base: { ref: 'main', sha: baseSha },
        head: { ref: 'feature', sha: headSha },
      },
      repository: { full_name: OWNER_REPO, default_branch: 'main' },
    }
    const run = await runStep('pr.yml', 'Plan', {
      workspace: repo.dir,
      scratch,
      event,
      eventName: 'pull_request',
      sha: headSha,
      apiUrl: github.url,
      // The fake has no artifact service (ACTIONS_RESULTS_URL); the comment job reads no artifact here.
      override: { 'upload-artifact': 'false' },
      // The reference platform has no ci.matrix: the shards job gives the one shard 1/1.
      matrix: { shard: '1/1' },
    })
    expectSucceeded(run, 'pr.yml Plan')
    expect(run.stdout).toContain('production: 0 to add, 0 to change, 1 to destroy')
    expect(run.summary).toContain('- **production**: 0 to add, 0 to change, 1 to destroy')
    expect(run.outputs).toMatch(/^removed<<\S+\n1\n/m)
    expect(github.comments).toEqual([])
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(await exists(join(markers, 'evil-ran'))).toBe(false)
    expect(await exists(join(markers, 'dist-ran'))).toBe(false)
  })

  test('pr-comment.yml: one sticky comment, from main’s code: the tooling banner, the production PDB deletion, no forged text', async () => {
    // The trusted job's view: a remote whose main is the base and whose refs/pull/7/head is
    // the PR, and a checkout of the default branch as the workspace.
    const remote = join(scratch, 'remote.git')
    const workspace = join(scratch, 'workspace')
    await repo.git('clone', '-q', '--bare', repo.dir, remote)
    await repo.git('--git-dir', remote, 'update-ref', `refs/pull/${PR}/head`, headSha)
    await repo.git('--git-dir', remote, 'update-ref', 'refs/heads/main', baseSha)
    await repo.git('clone', '-q', '--branch', 'main', remote, workspace)
    const event = {
      workflow_run: {
        id: 1001,
        name: 'PR',
        event: 'pull_request',
        conclusion: 'success',
        head_sha: headSha,
        head_branch: 'feature',
        pull_requests: [{ number: PR, head: { ref: 'feature', sha: headSha }, base: { ref: 'main', sha: baseSha } }],
      },
      repository: { full_name: OWNER_REPO, default_branch: 'main' },
    }
    const run = await runStep('pr-comment.yml', 'Plan the pull request and post the comment', {
      workspace,
      scratch,
      event,
      eventName: 'workflow_run',
      sha: baseSha,
      apiUrl: github.url,
      matrix: { shard: '1/1' },
    })
    expectSucceeded(run, 'pr-comment.yml Plan the pull request and post the comment')
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]!.body
    expect(body.split('\n').slice(0, 3)).toEqual([
      '<!-- slipway-plan:PR -->',
      '> [!WARNING]',
      "> **Tooling changed**: this change touches 2 files of Slipway's tooling or settings (dist/, actions/, .github/, slipway.yaml, policies/): `dist/actions/plan/index.js`, `slipway.yaml`.",
    ])
    expect(body).toContain('- **production**: 0 to add, 0 to change, 1 to destroy')
    expect(body).toContain('| production | `manifests/overlays/production` | 0 | 0 | 1 | 2 | 0 |')
    expect(body).toContain('**`-` PodDisruptionBudget/trading/settlement**')
    expect(body).toContain(
      '- **production** `pdb-removed` PodDisruptionBudget/trading/settlement: PodDisruptionBudget removed: voluntary disruptions no longer limited',
    )
    expect(body).toContain(`\`main\` (\`${baseSha.slice(0, 7)}\`) → \`#${PR}\` (\`${headSha.slice(0, 7)}\`)`)
    expect(body).not.toContain(FORGED)
    expect(body).not.toContain(TOKEN)
    expect(await exists(join(markers, 'evil-ran'))).toBe(false)
    expect(await exists(join(markers, 'dist-ran'))).toBe(false)
    // The PR was fetched as data, never checked out; the workspace is still main.
    expect((await repo.git('-C', workspace, 'rev-parse', 'HEAD')).trim()).toBe(baseSha)
    expect(await exists(join(workspace, 'evil.sh'))).toBe(false)
    expect(run.outputs).toContain(github.comments[0]!.html_url)

    // A second completed PR run (a re-run) finds the sticky comment instead of adding one.
    const again = await runStep('pr-comment.yml', 'Plan the pull request and post the comment', {
      workspace,
      scratch,
      event,
      eventName: 'workflow_run',
      sha: baseSha,
      apiUrl: github.url,
      matrix: { shard: '1/1' },
    })
    expectSucceeded(again, 'pr-comment.yml re-run')
    expect(again.stdout).toContain('Comment unchanged')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toBe(body)
  })
})
