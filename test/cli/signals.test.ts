import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'
import { REPO_ROOT } from '../helpers/paths.js'

// The real CLI (src/cli.ts under tsx's loader, one node process) running `slipway plan` on a
// real repository, interrupted at several points. Its TMPDIR is private, so every temp dir
// it makes is visible here.
const TSX = pathToFileURL(join(REPO_ROOT, 'node_modules/tsx/dist/esm/index.mjs')).href
const CLI = join(REPO_ROOT, 'src/cli.ts')

let repo: TestRepo
beforeAll(async () => {
  repo = await referenceRepo({ tag: 'base' })
  // A base change affects every environment: the plan renders all of them (seconds of work).
  await repo.edit('manifests/base/risk-engine/deployment.yaml', 'replicas: 2', 'replicas: 7')
})
afterAll(() => repo.dispose())

const worktrees = async () =>
  (await repo.git('worktree', 'list', '--porcelain')).split('\n').filter((line) => line.startsWith('worktree ')).length
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (await condition()) return
    await sleep(10)
  }
  throw new Error(`timed out waiting for ${what}`)
}

async function interrupt(
  signal: NodeJS.Signals,
  when: (tmp: string) => Promise<boolean>,
): Promise<{ code: number | null; stderr: string; leftovers: string[] }> {
  const tmp = await mkdtemp(join(tmpdir(), 'signal-test-'))
  try {
    const child = spawn(
      process.execPath,
      ['--import', TSX, CLI, 'plan', '--base', 'base', '--all', '--format', 'json'],
      { cwd: repo.dir, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    let done = false
    void exited.then(() => (done = true))
    await until(async () => done || (await when(tmp)), 'the interrupt point')
    expect(done, `the plan finished before the interrupt point: ${stderr}`).toBe(false)
    child.kill(signal)
    const code = await exited
    const leftovers = (await readdir(tmp)).filter((name) => name.startsWith('slipway-'))
    return { code, stderr, leftovers }
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
}

const slipwayDirs = async (tmp: string) => (await readdir(tmp)).filter((name) => name.startsWith('slipway-'))
// The base commit's files are written: slipway-plan-base-XXXXXX/tree/manifests exists.
const exported = async (tmp: string) => {
  for (const name of await slipwayDirs(tmp))
    if (name.startsWith('slipway-plan-base-') && existsSync(join(tmp, name, 'tree', 'manifests'))) return true
  return false
}

describe('slipway plan interrupted', () => {
  it('SIGINT as soon as its first temp dir exists (the base commit being exported): exit 130, nothing left', async () => {
    const result = await interrupt('SIGINT', async (tmp) => (await slipwayDirs(tmp)).length > 0)
    expect(result.code, result.stderr).toBe(130)
    expect(result.leftovers).toEqual([])
    expect(await worktrees()).toBe(1)
  })

  it('SIGINT once the base commit is checked out: exit 130, no temp dir, no worktree ever registered', async () => {
    const result = await interrupt('SIGINT', exported)
    expect(result.code, result.stderr).toBe(130)
    expect(result.leftovers).toEqual([])
    expect(await worktrees()).toBe(1)
    expect(await repo.git('worktree', 'list')).not.toMatch(/prunable/)
  })

  it('SIGTERM while it renders: exit 143, nothing left', async () => {
    let seen = 0
    const result = await interrupt('SIGTERM', async (tmp) => (await exported(tmp)) && ++seen > 20)
    expect(result.code, result.stderr).toBe(143)
    expect(result.leftovers).toEqual([])
    expect(await worktrees()).toBe(1)
  })

  it('the user checkout is untouched', async () => {
    expect(await repo.git('status', '--porcelain')).toBe(' M manifests/base/risk-engine/deployment.yaml\n')
  })
})
