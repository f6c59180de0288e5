import { access, chmod, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExecError, UsageError } from '../../src/errors.js'
import { appendTrailers, commitChange } from '../../src/git/commit.js'
import {
  changedFiles,
  commitDate,
  currentBranch,
  headCommit,
  log,
  repositoryRoot,
  resolveCommit,
  showFile,
} from '../../src/git/repository.js'
import { git, gitInvocation } from '../../src/git/runner.js'
import { addWorktree, liveWorktrees, removeAllWorktrees, withWorktree } from '../../src/git/worktree.js'
import { initRepo, tempDir, writeFiles } from './helpers.js'

let tmp: { dir: string; dispose(): Promise<void> }
let repo: string
let first: string

beforeEach(async () => {
  tmp = await tempDir()
  repo = join(tmp.dir, 'repo')
  first = await initRepo(repo, { 'a.txt': 'a\n', 'dir/b.txt': 'b\n' })
})
afterEach(async () => {
  await removeAllWorktrees()
  await tmp.dispose()
})

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )
const worktreeCount = async () =>
  (await git(repo, ['worktree', 'list', '--porcelain'])).split('\n').filter((line) => line.startsWith('worktree '))
    .length

describe('runner', () => {
  it('runs git with hooks disabled: a post-checkout hook does not run', async () => {
    await writeFiles(repo, { 'hooks/post-checkout': `#!/bin/sh\ntouch "${join(tmp.dir, 'hook-ran')}"\n` })
    await chmod(join(repo, 'hooks/post-checkout'), 0o755)
    await git(repo, ['config', 'core.hooksPath', join(repo, 'hooks')])
    await withWorktree(repo, first, 'hooks', async () => undefined)
    expect(await exists(join(tmp.dir, 'hook-ran'))).toBe(false)
    // The same hook runs under plain git: the test above can fail.
    await git(repo, ['config', '--unset', 'core.hooksPath'])
    const { execFile } = await import('../../src/util/exec.js')
    await execFile(
      'git',
      ['-c', `core.hooksPath=${join(repo, 'hooks')}`, 'worktree', 'add', '--detach', join(tmp.dir, 'plain'), first],
      { cwd: repo },
    )
    expect(await exists(join(tmp.dir, 'hook-ran'))).toBe(true)
    await git(repo, ['worktree', 'remove', '--force', join(tmp.dir, 'plain')])
  })

  it('untrusted checkouts skip the LFS smudge filter program', async () => {
    const marker = join(tmp.dir, 'smudged')
    await writeFiles(repo, { '.gitattributes': '*.bin filter=lfs\n', 'blob.bin': 'pointer\n' })
    await git(repo, ['add', '-A'])
    await git(repo, ['commit', '-q', '-m', 'lfs'])
    await git(repo, ['config', 'filter.lfs.smudge', `sh -c 'touch ${marker}; cat'`])
    await git(repo, ['config', 'filter.lfs.required', 'true'])
    await withWorktree(
      repo,
      'HEAD',
      'pr',
      async (tree) => expect(await readFile(join(tree.dir, 'blob.bin'), 'utf8')).toBe('pointer\n'),
      { untrusted: true },
    )
    expect(await exists(marker)).toBe(false)
    await withWorktree(repo, 'HEAD', 'trusted', async () => undefined)
    expect(await exists(marker)).toBe(true)
    expect(gitInvocation(['status'], { untrusted: true }).env.GIT_LFS_SKIP_SMUDGE).toBe('1')
  })

  it('reports git failures as ExecError with git stderr, and a non-repository as UsageError', async () => {
    await expect(git(repo, ['rev-parse', '--verify', 'no-such-ref'])).rejects.toThrow(ExecError)
    const error = await git(repo, ['cat-file', 'blob', 'nope']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExecError)
    expect((error as ExecError).message).toMatch(
      /^git cat-file failed \(exit 128\): fatal: Not a valid object name nope/,
    )
    await expect(git(tmp.dir, ['status'])).rejects.toThrow(UsageError)
    await expect(git(join(tmp.dir, 'missing'), ['status'])).rejects.toThrow(UsageError)
  })
})

describe('repository', () => {
  it('resolves the root, HEAD, branch, commits and changed files', async () => {
    expect(await repositoryRoot(join(repo, 'dir'))).toBe(repo)
    await expect(repositoryRoot(tmp.dir)).rejects.toThrow(UsageError)
    expect(await headCommit(repo)).toBe(first)
    expect(await currentBranch(repo)).toBe('main')
    await git(repo, ['checkout', '-q', '--detach'])
    expect(await currentBranch(repo)).toBeUndefined()
    await expect(resolveCommit(repo, '--output=x', '--base')).rejects.toThrow(/--base: invalid ref/)
    await expect(resolveCommit(repo, 'nope', '--base')).rejects.toThrow(/--base: "nope" is not a commit/)
    await writeFile(join(repo, 'a.txt'), 'changed\n')
    await writeFile(join(repo, 'new.txt'), 'new\n')
    expect(await changedFiles(repo, first)).toEqual(['a.txt', 'new.txt'])
  })

  it('shows a file at a commit, or undefined when it is not there', async () => {
    await writeFile(join(repo, 'a.txt'), 'second\n')
    await git(repo, ['commit', '-q', '-am', 'second'])
    expect(await showFile(repo, first, 'a.txt')).toBe('a\n')
    expect(await showFile(repo, 'HEAD', 'a.txt')).toBe('second\n')
    expect(await showFile(repo, first, 'missing.txt')).toBeUndefined()
    await expect(showFile(repo, 'no-such', 'a.txt')).rejects.toThrow(UsageError)
    await expect(showFile(repo, first, '../etc/passwd')).rejects.toThrow(UsageError)
  })

  it('reads the committer date', async () => {
    await writeFile(join(repo, 'a.txt'), 'dated\n')
    await git(repo, ['commit', '-q', '-am', 'dated'], { env: { GIT_COMMITTER_DATE: '2026-03-04T05:06:07Z' } })
    expect((await commitDate(repo, 'HEAD')).toISOString()).toBe('2026-03-04T05:06:07.000Z')
  })
})

describe('commitChange and log', () => {
  it('round-trips the promotion trailers through log', async () => {
    await writeFile(join(repo, 'a.txt'), 'promoted\n')
    const trailers = {
      'Slipway-Release': 'v1.4.3',
      'Slipway-Environment': 'production',
      'Slipway-From': 'staging',
      'Slipway-Reason': 'CVE-2026-1234: patch: urgent',
      'Slipway-Emergency': 'true',
      'Slipway-Rollback': ['v1.4.2', 'v1.4.1'],
    }
    const sha = await commitChange(repo, {
      message: 'promote v1.4.3 to production\n\nSoaked 24 h in staging.',
      trailers,
      files: ['a.txt'],
      author: { name: 'Release Bot', email: 'bot@example.com' },
    })
    expect(sha).toMatch(/^[0-9a-f]{40}$/)
    const [entry, older] = await log(repo)
    expect(entry).toMatchObject({ sha, subject: 'promote v1.4.3 to production' })
    expect(entry!.body).toMatch(/^Soaked 24 h in staging\.\n\nSlipway-Release: v1.4.3\n/)
    expect(entry!.trailers).toEqual({
      ...trailers,
      'Slipway-Rollback': ['v1.4.2', 'v1.4.1'],
      'Slipway-Release': ['v1.4.3'],
      'Slipway-Environment': ['production'],
      'Slipway-From': ['staging'],
      'Slipway-Reason': ['CVE-2026-1234: patch: urgent'],
      'Slipway-Emergency': ['true'],
    })
    expect(entry!.committerDate).toBeInstanceOf(Date)
    expect(older).toMatchObject({ sha: first, subject: 'initial', body: '', trailers: {} })
    expect(await git(repo, ['log', '-1', '--format=%an <%ae>'])).toBe('Release Bot <bot@example.com>\n')
    // git itself reads the same trailers.
    expect(await git(repo, ['log', '-1', '--format=%(trailers:key=Slipway-Rollback,valueonly)'])).toBe(
      'v1.4.2\nv1.4.1\n\n',
    )
  })

  it('filters log by path, count and ref', async () => {
    await writeFile(join(repo, 'a.txt'), 'x\n')
    const a = await commitChange(repo, { message: 'touch a', files: ['a.txt'] })
    await writeFile(join(repo, 'dir/b.txt'), 'y\n')
    const b = await commitChange(repo, { message: 'touch b', files: ['dir/b.txt'] })
    expect((await log(repo, { paths: ['a.txt'] })).map((e) => e.sha)).toEqual([a, first])
    expect((await log(repo, { maxCount: 1 })).map((e) => e.sha)).toEqual([b])
    expect((await log(repo, { ref: a! })).map((e) => e.sha)).toEqual([a, first])
    await expect(log(repo, { ref: 'nope' })).rejects.toThrow(UsageError)
    await expect(log(tmp.dir)).rejects.toThrow(UsageError)
    const empty = join(tmp.dir, 'empty')
    await git(tmp.dir, ['init', '-q', empty])
    expect(await log(empty)).toEqual([])
  })

  it('commits only the named files and leaves other staged changes staged', async () => {
    await writeFile(join(repo, 'dir/b.txt'), 'staged elsewhere\n')
    await git(repo, ['add', 'dir/b.txt'])
    await writeFile(join(repo, 'a.txt'), 'mine\n')
    const sha = await commitChange(repo, { message: 'only a', files: ['a.txt'] })
    expect(await git(repo, ['show', '--name-only', '--format=', sha!])).toBe('a.txt\n')
    expect(await git(repo, ['diff', '--cached', '--name-only'])).toBe('dir/b.txt\n')
    expect(await git(repo, ['status', '--porcelain'])).toBe('M  dir/b.txt\n')
  })

  it('makes no commit when nothing changed, and on failure leaves HEAD and the index as they were', async () => {
    expect(await commitChange(repo, { message: 'nothing', files: ['a.txt'] })).toBeUndefined()
    await writeFile(join(repo, 'dir/b.txt'), 'staged\n')
    await git(repo, ['add', 'dir/b.txt'])
    await writeFile(join(repo, 'a.txt'), 'changed\n')
    const index = await git(repo, ['ls-files', '--stage'])
    await expect(commitChange(repo, { message: 'bad', files: ['a.txt', 'missing.txt'] })).rejects.toThrow(ExecError)
    await expect(
      commitChange(repo, { message: 'bad', trailers: { 'Bad Key': 'x' }, files: ['a.txt'] }),
    ).rejects.toThrow(UsageError)
    await expect(
      commitChange(repo, { message: 'bad', trailers: { Key: 'two\nlines' }, files: ['a.txt'] }),
    ).rejects.toThrow(UsageError)
    await expect(commitChange(repo, { message: 'bad', files: ['../outside'] })).rejects.toThrow(UsageError)
    expect(await headCommit(repo)).toBe(first)
    expect(await git(repo, ['ls-files', '--stage'])).toBe(index)
  })

  it('appends to an existing trailer block', async () => {
    expect(
      await appendTrailers(repo, 'subject\n\nSigned-off-by: A <a@example.com>\n', { 'Slipway-Release': 'v1' }),
    ).toBe('subject\n\nSigned-off-by: A <a@example.com>\nSlipway-Release: v1\n')
  })
})

describe('worktrees', () => {
  it('removes the worktree when the callback throws', async () => {
    let dir = ''
    await expect(
      withWorktree(repo, first, 'boom', async (tree) => {
        dir = tree.dir
        expect(await readFile(join(tree.dir, 'a.txt'), 'utf8')).toBe('a\n')
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await exists(dir)).toBe(false)
    expect(await worktreeCount()).toBe(1)
    expect(liveWorktrees()).toHaveLength(0)
  })

  it('removeAllWorktrees removes every live worktree and its temp dir', async () => {
    const trees = await Promise.all([addWorktree(repo, first, 'one'), addWorktree(repo, first, 'two/../evil')])
    expect(trees[1]!.dir).toMatch(/slipway-two_.._evil-/)
    expect(await worktreeCount()).toBe(3)
    expect(liveWorktrees()).toHaveLength(2)
    await removeAllWorktrees()
    expect(await worktreeCount()).toBe(1)
    for (const tree of trees) expect(await exists(join(tree.dir, '..'))).toBe(false)
    expect(liveWorktrees()).toHaveLength(0)
  })

  it('refuses an option-looking commit', async () => {
    await expect(addWorktree(repo, '--orphan', 'x')).rejects.toThrow(ExecError)
    expect(await worktreeCount()).toBe(1)
  })
})
