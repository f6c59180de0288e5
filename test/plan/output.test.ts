import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { lstat, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { writeFullDiff } from '../../src/plan/output.js'
import { UsageError } from '../../src/errors.js'
import { runCli } from '../../src/cli/main.js'
import { registerPlanCommand } from '../../src/cli/plan.js'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'

let scratch: string
let victim: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'slipway-full-diff-test-'))
  victim = join(scratch, 'victim.txt')
  await writeFile(victim, 'precious\n')
})
afterAll(() => rm(scratch, { recursive: true, force: true }))

describe('the full-diff file', () => {
  test('defaults to a fresh per-run directory; a symlink planted at the old fixed path is not followed', async () => {
    const tmp = join(scratch, 'tmp')
    await mkdir(join(tmp, 'slipway-plan'), { recursive: true })
    await symlink(victim, join(tmp, 'slipway-plan', 'full.diff'))
    const first = await writeFullDiff('diff one\n', undefined, scratch, tmp)
    const second = await writeFullDiff('diff two\n', undefined, scratch, tmp)
    expect(dirname(first)).not.toBe(dirname(second))
    expect(first).toMatch(new RegExp(`^${tmp}/slipway-plan-\\w{6}/full\\.diff$`))
    expect(await readFile(first, 'utf8')).toBe('diff one\n')
    expect((await stat(first)).mode & 0o777).toBe(0o600)
    expect((await stat(dirname(first))).mode & 0o777).toBe(0o700)
    expect(await readFile(victim, 'utf8')).toBe('precious\n')
  })

  test('an explicit path that is a planted symlink is refused, naming it; the target is untouched', async () => {
    const planted = join(scratch, 'planted.diff')
    await symlink(victim, planted)
    const error = await writeFullDiff('secret-free diff\n', 'planted.diff', scratch).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(`--full-diff: cannot write ${planted}: is a symbolic link (not followed)`)
    expect(await readFile(victim, 'utf8')).toBe('precious\n')
    expect((await lstat(planted)).isSymbolicLink()).toBe(true)
  })

  test('an explicit regular file is replaced', async () => {
    await writeFile(join(scratch, 'old.diff'), 'old content that is longer\n')
    await writeFullDiff('new\n', 'old.diff', scratch)
    expect(await readFile(join(scratch, 'old.diff'), 'utf8')).toBe('new\n')
  })
})

describe('slipway plan --full-diff through a planted symlink', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await referenceRepo({ tag: 'base' })
  })
  afterAll(() => repo?.dispose())

  test('exit 2, the reason on stderr, the symlink target unchanged', async () => {
    await symlink(victim, join(repo.dir, 'full.diff'))
    const err: string[] = []
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, cwd: repo.dir } as never
    const code = await runCli(
      ['plan', '--base', 'base', '--all', '--env', 'staging', '--full-diff', 'full.diff'],
      [registerPlanCommand],
      io,
    )
    expect(code).toBe(2)
    expect(err.join('')).toContain(
      `--full-diff: cannot write ${join(repo.dir, 'full.diff')}: is a symbolic link (not followed)`,
    )
    expect(await readFile(victim, 'utf8')).toBe('precious\n')
  })
})
