import { existsSync } from 'node:fs'
import { lstat, readFile, readlink, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExecError } from '../../src/errors.js'
import { exportCommit, liveWorktrees } from '../../src/git/worktree.js'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'

let repo: TestRepo
let first: string
let second: string

beforeAll(async () => {
  repo = await referenceRepo({ tag: 'base' })
  await symlink('../base/settlement/pdb.yaml', join(repo.dir, 'manifests/overlays/shared-pdb.yaml'))
  await repo.edit('manifests/base/risk-engine/deployment.yaml', 'replicas: 2', 'replicas: 7')
  first = (await repo.git('rev-parse', 'base')).trim()
  second = await repo.commitAll('seven risk engines, a symlink')
  // Uncommitted and staged work of the user's, which an export must not see or touch.
  await repo.edit('manifests/base/risk-engine/deployment.yaml', 'replicas: 7', 'replicas: 9')
  await repo.git('add', 'manifests/base/risk-engine/deployment.yaml')
})
afterAll(() => repo.dispose())

describe('exportCommit', () => {
  it("writes each commit's files, two at once, without registering anything in the repository", async () => {
    const worktreesBefore = await repo.git('worktree', 'list', '--porcelain')
    const [old, updated] = await Promise.all([
      exportCommit(repo.dir, first, 'export-old'),
      exportCommit(repo.dir, second, 'export-new', { untrusted: true }),
    ])
    try {
      const deployment = 'manifests/base/risk-engine/deployment.yaml'
      expect(await readFile(join(old.dir, deployment), 'utf8')).toBe(await repo.git('show', `${first}:${deployment}`))
      expect(await readFile(join(updated.dir, deployment), 'utf8')).toContain('replicas: 7')
      expect(await readFile(join(updated.dir, deployment), 'utf8')).not.toContain('replicas: 9')
      // The same file list as the commit's tree.
      const listed = (await repo.git('ls-tree', '-r', '--name-only', second)).trim().split('\n')
      for (const path of listed) expect(existsSync(join(updated.dir, path)), path).toBe(true)
      expect(existsSync(join(old.dir, 'manifests/overlays/shared-pdb.yaml'))).toBe(false)
      const link = join(updated.dir, 'manifests/overlays/shared-pdb.yaml')
      expect((await lstat(link)).isSymbolicLink()).toBe(true)
      expect(await readlink(link)).toBe('../base/settlement/pdb.yaml')
      expect(await repo.git('worktree', 'list', '--porcelain')).toBe(worktreesBefore)
      expect(liveWorktrees()).toEqual(expect.arrayContaining([old, updated]))
    } finally {
      await Promise.all([old.remove(), updated.remove()])
    }
    expect(existsSync(old.dir)).toBe(false)
    expect(existsSync(updated.dir)).toBe(false)
    expect(liveWorktrees()).not.toContain(old)
    // The user's staged change and working tree are as they were.
    expect(await repo.git('status', '--porcelain')).toBe('M  manifests/base/risk-engine/deployment.yaml\n')
  })

  it('fails on a commit that does not exist, leaving nothing behind', async () => {
    const live = liveWorktrees().length
    await expect(exportCommit(repo.dir, 'f'.repeat(40), 'export-missing')).rejects.toBeInstanceOf(ExecError)
    expect(liveWorktrees()).toHaveLength(live)
  })
})
