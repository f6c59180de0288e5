import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from './paths.js'

/** The reference platform as a user's repository holds it. */
export const PLATFORM_ENTRIES = ['manifests', 'policies', 'slipway.yaml'] as const

/** A git identity and an empty global config, so the developer's own git config cannot leak in. */
export function gitTestEnv(date?: string): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  }
}

/** A throwaway git repository holding a copy of the reference platform (or part of it). */
export interface TestRepo {
  /** The temp directory holding the checkout (`work/`) and the bare remote, if any. */
  root: string
  /** The checkout, on `main`. */
  dir: string
  /** The bare remote `origin` (`origin.git`), when asked for. */
  remote?: string
  git(...args: string[]): Promise<string>
  read(path: string): Promise<string>
  write(path: string, content: string): Promise<void>
  /** Replaces `from` by `to` in a file; fails the test when `from` is not there. */
  edit(path: string, from: string | RegExp, to: string): Promise<void>
  /** Commits every change (one commit, empty allowed) and returns its SHA. */
  commitAll(message: string): Promise<string>
  /** Discards working-tree changes and untracked files (back to HEAD). */
  reset(): Promise<void>
  dispose(): Promise<void>
}

/** What {@link referenceRepo} copies and how it commits. */
export interface ReferenceRepoOptions {
  /** Top-level entries of this project copied in. Default `['manifests']`. */
  entries?: readonly string[]
  /** Further files (repository-relative path → content) in the first commit. */
  extra?: Record<string, string>
  /** Message of the first commit. Default `reference platform`. */
  message?: string
  /** Tag on the first commit (pushed with it when there is a remote). */
  tag?: string
  /** Author and committer date of the first commit (ISO 8601). */
  date?: string
  /** Creates a bare `origin` and pushes `main` (and the tag) to it. */
  remote?: boolean
}

/**
 * Creates a real git repository on `main` with one commit of a copy of the reference
 * platform: the shared builder of the plan, failover and promotion tests.
 */
export async function referenceRepo(options: ReferenceRepoOptions = {}): Promise<TestRepo> {
  const root = await mkdtemp(join(tmpdir(), 'slipway-test-repo-'))
  const dir = join(root, 'work')
  await mkdir(dir)
  const run = async (cwd: string, args: string[], date?: string) =>
    (await execFile('git', args, { cwd, env: gitTestEnv(date) })).stdout
  for (const entry of options.entries ?? ['manifests'])
    await cp(join(REPO_ROOT, entry), join(dir, entry), { recursive: true })
  const repo: TestRepo = {
    root,
    dir,
    git: (...args) => run(dir, args),
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
    commitAll: async (message) => {
      await run(dir, ['add', '-A'])
      await run(dir, ['commit', '-q', '--allow-empty', '-m', message])
      return (await run(dir, ['rev-parse', 'HEAD'])).trim()
    },
    reset: async () => {
      await run(dir, ['checkout', '-q', '--', '.'])
      await run(dir, ['clean', '-qfd'])
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  }
  for (const [path, content] of Object.entries(options.extra ?? {})) await repo.write(path, content)
  await run(dir, ['init', '-q', '-b', 'main'])
  await run(dir, ['add', '-A'])
  await run(dir, ['commit', '-qm', options.message ?? 'reference platform'], options.date)
  if (options.tag) await run(dir, ['tag', options.tag], options.date)
  if (options.remote) {
    repo.remote = join(root, 'origin.git')
    await run(root, ['init', '-q', '--bare', '-b', 'main', repo.remote])
    await run(dir, ['remote', 'add', 'origin', repo.remote])
    await run(dir, ['push', '-q', 'origin', 'main', ...(options.tag ? [options.tag] : [])])
  }
  return repo
}

/**
 * Writes `files` (repository-relative path → content) into a new directory below `parent`
 * and returns it: a plain tree for tests that need no git history.
 */
export async function fileTree(parent: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(parent, 'repo-'))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  return dir
}
