// The plan action in a job matrix: two `shard: I/2` jobs plan their halves of the reference
// platform and write their plan JSON; the `merge` job publishes them. What the merge job
// publishes — job summary, risk annotations, the slipway-plan bundle (comment.md, plan.json,
// full.diff, meta.json), outputs — must be what one unsharded plan job publishes.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getInputs as getPlanActionInputs } from '../../actions/plan/inputs.js'
import { getRunContext, runPlanAction, type PlanActionResult } from '../../src/plan/action.js'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'
import { FakeGitHub } from '../github/fake-github.js'

const STAGING = 'manifests/overlays/staging/kustomization.yaml'
const PRODUCTION = 'manifests/overlays/production/kustomization.yaml'
const DELETE_PDB = `patches:\n  - patch: |-\n      $patch: delete\n      apiVersion: policy/v1\n      kind: PodDisruptionBudget\n      metadata:\n        name: settlement\n        namespace: trading\n`

let repo: TestRepo
let scratch: string
let event: unknown
let baseSha: string
let headSha: string
const saved = { ...process.env }
const github = new FakeGitHub()

/** What one step published: its result, job summary, annotations, outputs and bundle files. */
interface Published {
  result: PlanActionResult
  summary: string
  annotations: string[]
  outputs: string
  bundle: Record<string, string>
}

async function runStep(
  inputs: Record<string, string>,
  trigger: { event: unknown; name: string } = { event, name: 'pull_request' },
): Promise<Published> {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  const all = { comment: 'false', 'upload-artifact': 'false', 'working-directory': repo.dir, ...inputs }
  for (const [name, value] of Object.entries(all)) process.env[`INPUT_${name.toUpperCase()}`] = value
  const step = await mkdtemp(join(scratch, 'step-'))
  Object.assign(process.env, {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_WORKFLOW: 'PR',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_EVENT_NAME: trigger.name,
    GITHUB_API_URL: github.url,
    GITHUB_EVENT_PATH: join(step, 'event.json'),
    GITHUB_STEP_SUMMARY: join(step, 'summary.md'),
    GITHUB_OUTPUT: join(step, 'output'),
    RUNNER_TEMP: step,
  })
  await writeFile(join(step, 'event.json'), JSON.stringify(trigger.event))
  await writeFile(join(step, 'summary.md'), '')
  await writeFile(join(step, 'output'), '')
  let stdout = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  let result: PlanActionResult
  try {
    result = await runPlanAction(getPlanActionInputs(), getRunContext(), { sleep: async () => undefined })
  } finally {
    spy.mockRestore()
  }
  const bundle: Record<string, string> = {}
  for (const file of result.planDir ? await readdir(result.planDir) : [])
    bundle[file] = await readFile(join(result.planDir!, file), 'utf8')
  return {
    result,
    summary: await readFile(join(step, 'summary.md'), 'utf8'),
    annotations: stdout.split('\n').filter((line) => /^::(error|warning|notice)\b/.test(line)),
    // Output values only: the heredoc delimiters are random.
    outputs: (await readFile(join(step, 'output'), 'utf8')).replace(/ghadelimiter_[\w-]+/g, 'EOF'),
    bundle,
  }
}

beforeAll(async () => {
  await github.start()
  scratch = await mkdtemp(join(tmpdir(), 'slipway-plan-matrix-'))
  repo = await referenceRepo({ tag: 'base' })
  baseSha = (await repo.git('rev-parse', 'HEAD')).trim()
  await repo.edit(STAGING, /- name: risk-engine\n(\s+)count: 2/, '- name: risk-engine\n$1count: 3')
  await repo.edit(PRODUCTION, /^patches:\n/m, DELETE_PDB)
  await repo.git('commit', '-qam', 'scale staging risk-engine, delete the production settlement PDB')
  headSha = (await repo.git('rev-parse', 'HEAD')).trim()
  event = { pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } } }
})
afterAll(async () => {
  process.env = saved
  await github.stop()
  await repo?.dispose()
  await rm(scratch, { recursive: true, force: true })
})

describe('actions/plan in a job matrix', () => {
  test('two shards merged publish the unsharded plan job’s summary, annotations, bundle and outputs', async () => {
    const whole = await runStep({})
    expect(whole.summary).toContain('- **production**: 0 to add, 0 to change, 1 to destroy')
    expect(whole.summary).toContain('- **staging**: 0 to add, 1 to change, 0 to destroy')
    expect(whole.annotations.length).toBeGreaterThan(0)

    const downloads = join(scratch, 'plan-shards')
    await mkdir(downloads)
    const planned: string[] = []
    for (const shard of ['1/2', '2/2']) {
      const published = await runStep({ shard })
      // A shard publishes nothing for the pull request: its plan JSON is for the merge job.
      expect(published.summary, shard).toBe('')
      expect(published.annotations, shard).toEqual([])
      const name = `slipway-plan-shard-${shard.replace('/', '-of-')}.json`
      expect(Object.keys(published.bundle), shard).toEqual([name])
      const json = JSON.parse(published.bundle[name]!) as { shard: unknown; environments: Array<{ name: string }> }
      expect(json.shard).toMatchObject({ index: Number(shard[0]), count: 2 })
      planned.push(...json.environments.map((env) => env.name))
      await copyFile(join(published.result.planDir!, name), join(downloads, name))
    }
    expect(planned.sort()).toEqual(['production', 'staging'])

    const merged = await runStep({ mode: 'merge', plans: downloads, 'max-comment-chars': '65536' })
    expect(merged.summary).toBe(whole.summary)
    expect(merged.annotations).toEqual(whole.annotations)
    expect(merged.outputs.replace(/^plan-dir<<EOF\n.*\nEOF\n/m, '').replace(/^full-diff<<EOF\n.*\nEOF\n/m, '')).toBe(
      whole.outputs.replace(/^plan-dir<<EOF\n.*\nEOF\n/m, '').replace(/^full-diff<<EOF\n.*\nEOF\n/m, ''),
    )
    expect(Object.keys(merged.bundle).sort()).toEqual(['comment.md', 'full.diff', 'meta.json', 'plan.json'])
    // meta.json is what pr-comment.yml reads (the pull request of a fork).
    expect(merged.bundle['meta.json']).toBe(whole.bundle['meta.json'])
    expect(merged.bundle['comment.md']).toBe(whole.bundle['comment.md'])
    expect(merged.bundle['full.diff']).toBe(whole.bundle['full.diff'])
    expect(JSON.parse(merged.bundle['plan.json']!)).toEqual(JSON.parse(whole.bundle['plan.json']!))
  })

  test.each([
    [{ mode: 'merge' }, "plans: required with mode: merge (the downloaded plan shards' directory)"],
    [{ mode: 'merge', plans: 'nowhere/*.json' }, 'plans: no plan JSON at nowhere/*.json'],
    [{ shard: '3/2' }, 'shard: expected I/N with 1 ≤ I ≤ N ≤ 256 (e.g. 2/4), got "3/2"'],
    [{ mode: 'merge', shard: '1/2', plans: 'p' }, 'shard: 1/2 is not for mode: merge'],
    [{ plans: 'p' }, 'plans: only for mode: merge or comment, not mode: plan'],
    [{ mode: 'comment', plans: 'p', shard: '1/2' }, 'plans and shard: merge the shards, or plan one, not both'],
  ])('%j is refused naming the input', async (inputs, message) => {
    await expect(runStep(inputs)).rejects.toThrow(message)
  })
})

describe('pr-comment.yml in a job matrix: comment mode', () => {
  test('two comment-mode shards post nothing; the final job merges them into the one sticky comment the unsharded job posts', async () => {
    // The trusted job's view: a bare remote whose main is the base and refs/pull/7/head the PR, main checked out.
    const remote = join(scratch, 'remote.git')
    const workspace = join(scratch, 'workspace')
    await repo.git('clone', '-q', '--bare', repo.dir, remote)
    await repo.git('--git-dir', remote, 'update-ref', 'refs/pull/7/head', headSha)
    await repo.git('--git-dir', remote, 'update-ref', 'refs/heads/main', baseSha)
    await repo.git('clone', '-q', remote, workspace)
    github.pulls.set(7, { head: { sha: headSha }, base: { ref: 'main', sha: baseSha } })
    const trigger = {
      name: 'workflow_run',
      event: {
        workflow_run: {
          id: 42,
          name: 'PR',
          head_sha: headSha,
          pull_requests: [{ number: 7, head: { sha: headSha } }],
        },
      },
    }
    const comment = { 'github-token': 'ghs_test', mode: 'comment', 'working-directory': workspace }

    const whole = await runStep(comment, trigger)
    expect(whole.result.commentAction).toBe('created')
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]!.body
    expect(body).toContain('- **production**: 0 to add, 0 to change, 1 to destroy')
    expect(body).toContain('- **staging**: 0 to add, 1 to change, 0 to destroy')

    const downloads = join(scratch, 'comment-shards')
    await mkdir(downloads)
    const writes = () => github.requests.filter((request) => request.method !== 'GET').length
    const before = writes()
    for (const shard of ['1/2', '2/2']) {
      const published = await runStep({ ...comment, shard }, trigger)
      expect(published.result.commentUrl, shard).toBeUndefined()
      const name = `slipway-plan-shard-${shard.replace('/', '-of-')}.json`
      await copyFile(join(published.result.planDir!, name), join(downloads, name))
    }
    // The shard jobs wrote nothing to GitHub.
    expect(writes()).toBe(before)

    const merged = await runStep({ ...comment, plans: downloads }, trigger)
    // Byte for byte the unsharded comment: the sticky comment is found and left unchanged.
    expect(merged.result.commentAction).toBe('unchanged')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toBe(body)
    expect(merged.summary).toBe(whole.summary)

    // Shards of another head commit are refused: nothing is posted for a commit the run did not plan.
    for (const file of await readdir(downloads)) {
      const json = JSON.parse(await readFile(join(downloads, file), 'utf8')) as { head: { commit: string } }
      json.head.commit = 'e'.repeat(40)
      await writeFile(join(downloads, file), JSON.stringify(json))
    }
    await expect(runStep({ ...comment, plans: downloads }, trigger)).rejects.toThrow(
      `plans: the shards planned commit ${'e'.repeat(40)}, the workflow run ${headSha}; not commenting`,
    )
  })
})
