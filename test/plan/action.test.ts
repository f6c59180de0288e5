import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getInputs as getPlanActionInputs } from '../../actions/plan/inputs.js'
import { getRunContext, runPlanAction } from '../../src/plan/action.js'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'
import { FakeGitHub } from '../github/fake-github.js'
import { checkMarkdownStructure } from '../github/markdown-structure.js'

const STAGING = 'manifests/overlays/staging/kustomization.yaml'
const PASSWORD = 'Settlement-Db-Secret-5190'
const NEXT_PASSWORD = 'Settlement-Db-Secret-8264'

const github = new FakeGitHub()
let repo: TestRepo
let scratch: string
const saved = { ...process.env }
const retry = { sleep: async () => undefined }

function setEnv(inputs: Record<string, string>, event: unknown, eventName: string): Promise<void> {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(process.env, {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_WORKFLOW: 'PR',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: github.url,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(scratch, 'event.json'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    GITHUB_OUTPUT: join(scratch, 'output'),
    RUNNER_TEMP: scratch,
  })
  return writeFile(join(scratch, 'event.json'), JSON.stringify(event))
}

beforeAll(async () => {
  await github.start()
  scratch = await mkdtemp(join(tmpdir(), 'slipway-action-test-'))
  await writeFile(join(scratch, 'summary.md'), '')
  await writeFile(join(scratch, 'output'), '')
  repo = await referenceRepo({ tag: 'base' })
  await repo.edit(
    STAGING,
    /^configMapGenerator:/m,
    `secretGenerator:\n  - name: settlement-db\n    namespace: trading\n    literals:\n      - password=${PASSWORD}\nconfigMapGenerator:`,
  )
  await repo.git('commit', '-qam', 'settlement-db secret')
  await repo.git('tag', '-f', 'base')
})
afterAll(async () => {
  process.env = saved
  await github.stop()
  await repo?.dispose()
  await rm(scratch, { recursive: true, force: true })
})

describe('actions/plan', () => {
  let headSha: string
  let planDir: string

  test('plan mode: one sticky comment, created, and a re-run finds it instead of adding a second; summary and bundle carry no Secret value', async () => {
    await repo.edit(STAGING, PASSWORD, NEXT_PASSWORD)
    await repo.edit(STAGING, /- name: risk-engine\n(\s+)count: 2/, '- name: risk-engine\n$1count: 3')
    await repo.git('commit', '-qam', 'rotate password, scale risk-engine')
    headSha = (await repo.git('rev-parse', 'HEAD')).trim()
    const event = {
      pull_request: { number: 7, base: { sha: (await repo.git('rev-parse', 'base')).trim() }, head: { sha: headSha } },
    }
    await setEnv(
      { 'github-token': 'ghs_test', comment: 'true', 'upload-artifact': 'false', 'working-directory': repo.dir },
      event,
      'pull_request',
    )
    const first = await runPlanAction(getPlanActionInputs(), getRunContext(), retry)
    expect(first).toMatchObject({
      commentAction: 'created',
      totals: { added: 0, changed: 2, removed: 0 },
      failed: false,
    })
    const second = await runPlanAction(getPlanActionInputs(), getRunContext(), retry)
    expect(second.commentAction).toBe('unchanged')
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]!.body
    expect(body.startsWith('<!-- slipway-plan:PR -->\n### Slipway plan')).toBe(true)
    expect(body).toContain('- **staging**: 0 to add, 2 to change, 0 to destroy')
    expect(body).toContain('Secret keys changed password (values hidden)')
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(checkMarkdownStructure(body)).toEqual([])
    planDir = second.planDir!
    const files = await readdir(planDir)
    expect(files.sort()).toEqual(['comment.md', 'full.diff', 'meta.json', 'plan.json'])
    const texts = [
      body,
      await readFile(join(scratch, 'summary.md'), 'utf8'),
      ...(await Promise.all(files.map((f) => readFile(join(planDir, f), 'utf8')))),
    ]
    expect(texts[1]).toContain('### Slipway plan')
    for (const text of texts)
      for (const value of [PASSWORD, NEXT_PASSWORD]) {
        expect(text).not.toContain(value)
        expect(text).not.toContain(Buffer.from(value).toString('base64'))
      }
    expect(JSON.parse(await readFile(join(planDir, 'meta.json'), 'utf8'))).toEqual({
      pullRequest: 7,
      headSha,
      workflow: 'PR',
    })
  })

  /**
   * The trusted job's view: a bare remote whose main is the base and whose refs/pull/7/head is
   * the PR, and a checkout of main (the default branch) as the workspace.
   */
  async function defaultBranchCheckout(): Promise<string> {
    const remote = join(scratch, 'remote.git')
    const workspace = join(scratch, 'workspace')
    await rm(remote, { recursive: true, force: true })
    await rm(workspace, { recursive: true, force: true })
    await repo.git('clone', '-q', '--bare', repo.dir, remote)
    await repo.git('--git-dir', remote, 'update-ref', 'refs/pull/7/head', headSha)
    await repo.git('--git-dir', remote, 'update-ref', 'refs/heads/main', baseSha)
    await repo.git('clone', '-q', remote, workspace)
    return workspace
  }
  let baseSha: string

  test('comment mode: computes the plan from the fetched PR head and posts it into the same sticky comment after checking the PR head', async () => {
    baseSha = (await repo.git('rev-parse', 'base')).trim()
    const workspace = await defaultBranchCheckout()
    github.pulls.set(7, { head: { sha: headSha }, base: { ref: 'main', sha: baseSha } })
    github.comments[0]!.body = '<!-- slipway-plan:PR -->\nstale'
    await setEnv(
      { 'github-token': 'ghs_test', mode: 'comment', 'plan-dir': planDir, 'working-directory': workspace },
      { workflow_run: { id: 42, head_sha: headSha, name: 'PR' } },
      'workflow_run',
    )
    const result = await runPlanAction(getPlanActionInputs(), getRunContext(), retry)
    expect(result.commentAction).toBe('updated')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toContain('0 to add, 2 to change, 0 to destroy')
    expect(github.comments[0]!.body).toContain(
      `\`main\` (\`${baseSha.slice(0, 7)}\`) → \`#7\` (\`${headSha.slice(0, 7)}\`)`,
    )
    for (const value of [PASSWORD, NEXT_PASSWORD]) expect(github.comments[0]!.body).not.toContain(value)
    // The PR's commit was fetched as data into refs/slipway/, never checked out in the workspace.
    expect((await repo.git('-C', workspace, 'rev-parse', 'refs/slipway/pr-7/head')).trim()).toBe(headSha)
    expect((await repo.git('-C', workspace, 'rev-parse', 'HEAD')).trim()).toBe(baseSha)
    expect((await repo.git('-C', workspace, 'worktree', 'list')).trim().split('\n')).toHaveLength(1)
  })

  test("comment mode never posts the artifact's markdown: a forged comment.md changes nothing", async () => {
    const workspace = await defaultBranchCheckout()
    const forged = await mkdtemp(join(scratch, 'forged-'))
    await writeFile(join(forged, 'meta.json'), JSON.stringify({ pullRequest: 7, headSha, workflow: 'PR' }))
    await writeFile(
      join(forged, 'comment.md'),
      '### Slipway plan\n\n- **production**: 0 to add, 0 to change, 0 to destroy\n\n✅ safe to merge @team ![t](http://t/i.png) <!--',
    )
    github.comments[0]!.body = '<!-- slipway-plan:PR -->\nstale'
    await setEnv(
      { 'github-token': 'ghs_test', mode: 'comment', 'plan-dir': forged, 'working-directory': workspace },
      { workflow_run: { id: 42, head_sha: headSha, name: 'PR' } },
      'workflow_run',
    )
    await runPlanAction(getPlanActionInputs(), getRunContext(), retry)
    const body = github.comments[0]!.body
    expect(body).toContain('- **staging**: 0 to add, 2 to change, 0 to destroy')
    expect(body).not.toMatch(/safe to merge|@team|<!--(?! slipway-plan)|!\[t\]/)
  })

  test.each([
    [
      'a PR number that is not an integer',
      { pullRequest: '7; rm -rf /', headSha: 'HEAD', workflow: 'PR' },
      /pullRequest must be a positive integer, got "7; rm -rf \/"/,
    ],
    [
      'a head that is not a 40-hex SHA',
      { pullRequest: 7, headSha: 'main', workflow: 'PR' },
      /headSha must be a 40-character commit SHA, got "main"/,
    ],
    [
      "a head other than the run's",
      { pullRequest: 7, headSha: 'e'.repeat(40), workflow: 'PR' },
      /artifact is for commit e{40}, the workflow run for [0-9a-f]{40}; not commenting/,
    ],
  ])('comment mode refuses an artifact with %s', async (_, meta, message) => {
    const dir = await mkdtemp(join(scratch, 'meta-'))
    await writeFile(join(dir, 'meta.json'), JSON.stringify(meta))
    await setEnv(
      { 'github-token': 'ghs_test', mode: 'comment', 'plan-dir': dir },
      { workflow_run: { id: 42, head_sha: headSha, name: 'PR' } },
      'workflow_run',
    )
    await expect(runPlanAction(getPlanActionInputs(), getRunContext(), retry)).rejects.toThrow(message)
  })

  test('comment mode refuses an artifact whose PR head differs from the run', async () => {
    github.pulls.set(7, { head: { sha: 'f'.repeat(40) }, base: { ref: 'main', sha: baseSha } })
    await setEnv(
      { 'github-token': 'ghs_test', mode: 'comment', 'plan-dir': planDir },
      { workflow_run: { id: 42, head_sha: headSha, name: 'PR' } },
      'workflow_run',
    )
    await expect(runPlanAction(getPlanActionInputs(), getRunContext(), retry)).rejects.toThrow(/not commenting/)
  })

  test.each([
    [{ mode: 'publish' }, /mode: expected plan, comment or merge, got "publish"/],
    [{ 'max-comment-chars': '70000' }, /max-comment-chars: expected an integer from 1000 to 65536, got "70000"/],
    [{ comment: 'yes please' }, /comment/],
  ])('bad input %j is named in the error', async (inputs, message) => {
    await setEnv(inputs, {}, 'push')
    expect(() => getPlanActionInputs()).toThrow(message)
  })

  test('max-comment-chars left empty falls back to plan.maxCommentChars (no 65536 default shadowing it)', async () => {
    await setEnv({ 'github-token': 't' }, {}, 'pull_request')
    expect(getPlanActionInputs().maxCommentChars).toBeUndefined()
    await setEnv({ 'github-token': 't', 'max-comment-chars': '20000' }, {}, 'pull_request')
    expect(getPlanActionInputs().maxCommentChars).toBe(20000)
  })
})
