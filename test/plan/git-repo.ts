import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

/** A throwaway git repository holding a copy of the reference platform (`manifests/`). */
export interface TestRepo {
  dir: string
  git(...args: string[]): Promise<string>
  read(path: string): Promise<string>
  write(path: string, content: string): Promise<void>
  /** Replaces `from` by `to` in a file; fails the test when `from` is not there. */
  edit(path: string, from: string | RegExp, to: string): Promise<void>
  /** Discards working-tree changes and untracked files (back to HEAD). */
  reset(): Promise<void>
  dispose(): Promise<void>
}

/** Creates the repository with one commit (tagged `base`) of the reference platform plus `extra` files. */
export async function referenceRepo(extra: Record<string, string> = {}): Promise<TestRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-plan-test-'))
  const git = async (...args: string[]) => (await execFile('git', args, { cwd: dir, env: GIT_ENV })).stdout
  await cp(join(REPO_ROOT, 'manifests'), join(dir, 'manifests'), { recursive: true })
  const repo: TestRepo = {
    dir,
    git,
    read: (path) => readFile(join(dir, path), 'utf8'),
    write: async (path, content) => {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFile(join(dir, path), content)
    },
    edit: async (path, from, to) => {
      const text = await repo.read(path)
      const next = text.replace(from, to)
      if (next === text) throw new Error(`${path}: ${String(from)} not found`)
      await repo.write(path, next)
    },
    reset: async () => {
      await git('checkout', '-q', '--', '.')
      await git('clean', '-qfd')
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
  for (const [path, content] of Object.entries(extra)) await repo.write(path, content)
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git('commit', '-qm', 'reference platform')
  await git('tag', 'base')
  return repo
}
