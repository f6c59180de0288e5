import { chmod, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { log } from '../../src/git/repository.js'
import { classifyPushFailure, pushWithRetry, PushError } from '../../src/git/push.js'
import { git } from '../../src/git/runner.js'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { bareRemote, cloneOf, tempDir, writeFiles } from './helpers.js'

const WORKERS = 10
const SHARED = Array.from({ length: WORKERS }, (_, i) => `line ${i}: initial`).join('\n') + '\n'

let tmp: { dir: string; dispose(): Promise<void> }
let remote: string

beforeEach(async () => {
  tmp = await tempDir()
  remote = await bareRemote(tmp.dir, { 'shared.txt': SHARED, 'README.md': 'hello\n' })
})
afterEach(() => tmp.dispose())

const remoteLog = async () => (await git(remote, ['log', '--format=%H %s', 'main'])).trim().split('\n')
const noSleep = async () => undefined

/** A commit pushed straight to the remote from another clone, as a competing writer would. */
async function competingPush(name: string, file: string): Promise<string> {
  const other = await cloneOf(tmp.dir, remote, name)
  await writeFiles(other, { [file]: `${name}\n` })
  await git(other, ['add', file])
  await git(other, ['commit', '-q', '-m', `competing ${name}`])
  await git(other, ['push', '-q', 'origin', 'HEAD:main'])
  return (await git(other, ['rev-parse', 'HEAD'])).trim()
}

describe('pushWithRetry', () => {
  it(`lands every change of ${WORKERS} concurrent processes editing lines of the same file`, async () => {
    const clones = await Promise.all(Array.from({ length: WORKERS }, (_, i) => cloneOf(tmp.dir, remote, `clone-${i}`)))
    const worker = join(REPO_ROOT, 'test/git/fixtures/push-worker.ts')
    const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx')
    const results = await Promise.all(
      clones.map((clone, i) => execFile(tsx, [worker, clone, String(i)], { timeoutMs: 110_000 })),
    )
    const outcomes = results.map((result) => JSON.parse(result.stdout) as { status: string; attempts: number })
    expect(outcomes.every((outcome) => outcome.status === 'pushed')).toBe(true)
    const shared = await git(remote, ['show', 'main:shared.txt'])
    expect(shared).toBe(Array.from({ length: WORKERS }, (_, i) => `line ${i}: set by worker ${i}`).join('\n') + '\n')
    for (let i = 0; i < WORKERS; i++) expect(await git(remote, ['show', `main:workers/${i}.txt`])).toBe(`worker ${i}\n`)
    // One commit per worker on a linear history (no merges), each with its trailer.
    const history = await log(remote, { ref: 'main' })
    expect(history).toHaveLength(WORKERS + 1)
    expect(new Set(history.flatMap((entry) => entry.trailers['Slipway-Release'] ?? []))).toEqual(
      new Set(Array.from({ length: WORKERS }, (_, i) => `v1.0.${i}`)),
    )
    expect(await git(remote, ['rev-list', '--merges', '--count', 'main'])).toBe('0\n')
  }, 120_000)

  it('re-applies the change on a tip that moved, without losing the other commit', async () => {
    const repo = await cloneOf(tmp.dir, remote, 'mine')
    let calls = 0
    const result = await pushWithRetry({
      repo,
      branch: 'main',
      sleep: noSleep,
      apply: async (dir) => {
        calls++
        // The first time, someone else pushes while we are working.
        if (calls === 1) await competingPush('other', 'other.txt')
        await writeFile(join(dir, 'mine.txt'), 'mine\n')
        return { message: 'mine', trailers: { 'Slipway-Environment': 'staging' }, files: ['mine.txt'] }
      },
    })
    expect(result).toMatchObject({ status: 'pushed', attempts: 2 })
    expect(calls).toBe(2)
    expect((await remoteLog()).map((line) => line.split(' ').slice(1).join(' '))).toEqual([
      'mine',
      'competing other',
      'initial',
    ])
    expect(await git(remote, ['show', 'main:other.txt'])).toBe('other\n')
  })

  it('returns no-op when apply has nothing to change', async () => {
    const repo = await cloneOf(tmp.dir, remote, 'mine')
    const before = await remoteLog()
    const result = await pushWithRetry({ repo, branch: 'main', apply: async () => null })
    expect(result).toEqual({ status: 'no-op', commit: before[0]!.split(' ')[0], attempts: 1 })
    const unchanged = await pushWithRetry({
      repo,
      branch: 'main',
      apply: async (dir) => {
        // Writes the content the file already has: nothing to commit.
        await writeFile(join(dir, 'README.md'), 'hello\n')
        return { message: 'same', files: ['README.md'] }
      },
    })
    expect(unchanged.status).toBe('no-op')
    expect(await remoteLog()).toEqual(before)
  })

  it('throws a terminal PushError without retrying when a pre-receive hook declines', async () => {
    await writeFiles(remote, {
      'hooks/pre-receive': '#!/bin/sh\necho "policy: pushes to main are frozen" >&2\nexit 1\n',
    })
    await chmod(join(remote, 'hooks/pre-receive'), 0o755)
    const repo = await cloneOf(tmp.dir, remote, 'mine')
    let calls = 0
    const slept: number[] = []
    const error = await pushWithRetry({
      repo,
      branch: 'main',
      sleep: async (ms) => void slept.push(ms),
      apply: async (dir) => {
        calls++
        await writeFile(join(dir, 'mine.txt'), 'mine\n')
        return { message: 'mine', files: ['mine.txt'] }
      },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PushError)
    expect(error).toMatchObject({ reason: 'hook-declined', attempts: 1 })
    expect((error as PushError).message).toMatch(/pushes to main are frozen/)
    expect(calls).toBe(1)
    expect(slept).toEqual([])
    expect(await remoteLog()).toHaveLength(1)
  })

  it('never forces: when every attempt loses the race it gives up and the remote keeps every other commit', async () => {
    const repo = await cloneOf(tmp.dir, remote, 'mine')
    const competitors: string[] = []
    const slept: number[] = []
    const error = await pushWithRetry({
      repo,
      branch: 'main',
      maxAttempts: 3,
      baseDelayMs: 100,
      maxDelayMs: 150,
      random: () => 0.999,
      sleep: async (ms) => void slept.push(ms),
      apply: async (dir) => {
        competitors.push(await competingPush(`other-${competitors.length}`, `other-${competitors.length}.txt`))
        await writeFile(join(dir, 'mine.txt'), 'mine\n')
        return { message: 'mine', files: ['mine.txt'] }
      },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PushError)
    expect(error).toMatchObject({ reason: 'attempts-exhausted', attempts: 3 })
    expect((error as PushError).message).toMatch(/after 3 attempts/)
    // Full jitter below min(maxDelayMs, baseDelayMs * 2^(n-1)).
    expect(slept).toEqual([99, 149])
    const history = (await remoteLog()).map((line) => line.split(' ')[0])
    expect(history).toEqual([...competitors].reverse().concat(history.at(-1)!))
    expect(await readFile(join(repo, 'README.md'), 'utf8')).toBe('hello\n')
  })

  it('pushes over ssh:// with the GIT_SSH_COMMAND of the environment (the child env allow-list passes it to fetch and push)', async () => {
    const repo = await cloneOf(tmp.dir, remote, 'ssh-clone')
    const marker = join(tmp.dir, 'ssh-used')
    // A stand-in for ssh: records the call and runs the requested git-upload-pack/git-receive-pack locally.
    await writeFiles(tmp.dir, { 'fake-ssh': `#!/bin/sh\necho "$@" >> "${marker}"\nshift\nexec sh -c "$1"\n` })
    await chmod(join(tmp.dir, 'fake-ssh'), 0o755)
    await git(repo, ['remote', 'set-url', 'origin', `ssh://git.example.invalid${remote}`])
    const saved = process.env.GIT_SSH_COMMAND
    process.env.GIT_SSH_COMMAND = join(tmp.dir, 'fake-ssh')
    try {
      const result = await pushWithRetry({
        repo,
        branch: 'main',
        apply: async (dir) => {
          await writeFile(join(dir, 'over-ssh.txt'), 'ssh\n')
          return { message: 'over ssh', files: ['over-ssh.txt'] }
        },
      })
      expect(result.status).toBe('pushed')
    } finally {
      if (saved === undefined) delete process.env.GIT_SSH_COMMAND
      else process.env.GIT_SSH_COMMAND = saved
    }
    const calls = await readFile(marker, 'utf8')
    expect(calls).toMatch(/git-upload-pack/)
    expect(calls).toMatch(/git-receive-pack/)
    expect(await git(remote, ['show', 'main:over-ssh.txt'])).toBe('ssh\n')
  })

  it('rejects a missing branch and an invalid branch name', async () => {
    const repo = await cloneOf(tmp.dir, remote, 'mine')
    await expect(pushWithRetry({ repo, branch: 'nope', apply: async () => null })).rejects.toMatchObject({
      reason: 'not-found',
      attempts: 1,
    })
    await expect(pushWithRetry({ repo, branch: '--force', apply: async () => null })).rejects.toThrow(/invalid branch/)
    await expect(pushWithRetry({ repo, branch: 'a..b', apply: async () => null })).rejects.toThrow(
      /invalid branch name/,
    )
  })
})

describe('classifyPushFailure', () => {
  it.each([
    [' ! [rejected]        HEAD -> main (fetch first)', true, 'rejected'],
    ['!\tHEAD:refs/heads/main\t[rejected] (non-fast-forward)', true, 'rejected'],
    [
      "!\tHEAD:refs/heads/main\t[remote rejected] (cannot lock ref 'refs/heads/main': is at 1 but expected 2)",
      true,
      'rejected',
    ],
    ['!\tHEAD:refs/heads/main\t[rejected] (stale info)', true, 'rejected'],
    ['remote: error: GH006: Protected branch update failed for refs/heads/main.', false, 'protected-branch'],
    ['!\tHEAD:refs/heads/main\t[remote rejected] (pre-receive hook declined)', false, 'hook-declined'],
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled", false, 'auth'],
    ['remote: Permission to org/repo.git denied to bot.', false, 'auth'],
    ['remote: Repository not found.', false, 'not-found'],
    ['error: failed to push some refs (something new)', false, 'rejected'],
  ])('%s', (output, retry, reason) => {
    expect(classifyPushFailure(output)).toEqual({ retry, reason })
  })
})
