import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { git } from '../../src/git/runner.js'

/** Identity and an empty global config, so the developer's own git config cannot leak in. */
export const GIT_TEST_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

for (const [key, value] of Object.entries(GIT_TEST_ENV)) process.env[key] = value

/** A temp directory removed by `dispose`. */
export async function tempDir(prefix = 'slipway-gittest-'): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) }
}

/** Writes files (repository-relative) below `dir`. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
}

/** `git init` on branch main with one commit of `files`. */
export async function initRepo(dir: string, files: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true })
  await git(dir, ['init', '--quiet', '--initial-branch=main'])
  await writeFiles(dir, files)
  await git(dir, ['add', '-A'])
  await git(dir, ['commit', '--quiet', '-m', 'initial'])
  return (await git(dir, ['rev-parse', 'HEAD'])).trim()
}

/** A bare remote holding `files` on main, in `<root>/remote.git`. */
export async function bareRemote(root: string, files: Record<string, string>): Promise<string> {
  const seed = join(root, 'seed')
  await initRepo(seed, files)
  const bare = join(root, 'remote.git')
  await git(root, ['clone', '--quiet', '--bare', seed, bare])
  return bare
}

/** A clone of `remote` in `<root>/<name>`. */
export async function cloneOf(root: string, remote: string, name: string): Promise<string> {
  const dir = join(root, name)
  await git(root, ['clone', '--quiet', remote, dir])
  return dir
}
