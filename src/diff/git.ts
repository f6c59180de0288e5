/**
 * The git operations a plan needs: resolve refs, list changed files, and check out a ref
 * into a temporary worktree — never touching the user's checkout. Every call goes through
 * one function that sets `GIT_TERMINAL_PROMPT=0` (after actions/checkout
 * `git-command-manager.ts`).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ExecError, UsageError } from '../errors.js'
import { execFile } from '../util/exec.js'

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFile('git', args, { cwd, env: { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }, timeoutMs: 120_000 })
  return stdout
}

/**
 * The top-level directory of the repository containing `cwd`.
 *
 * @throws {UsageError} when `cwd` is not inside a git repository.
 */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim()
  } catch (error) {
    throw new UsageError(`${cwd} is not inside a git repository (slipway plan compares two git revisions): ${error instanceof ExecError ? error.stderr.trim() : String(error)}`)
  }
}

/**
 * Resolves a ref (branch, tag, SHA, `HEAD~1`, `origin/main`) to a commit SHA.
 *
 * @param option the flag named in the error (`--base`).
 * @throws {UsageError} naming the flag and the ref when it does not resolve to a commit.
 */
export async function resolveCommit(repo: string, ref: string, option: string): Promise<string> {
  if (ref.startsWith('-')) throw new UsageError(`${option}: invalid ref ${JSON.stringify(ref)}`)
  try {
    return (await git(repo, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).trim()
  } catch {
    throw new UsageError(`${option}: ${JSON.stringify(ref)} is not a commit in ${repo} (fetch it first, e.g. git fetch origin ${ref})`)
  }
}

/**
 * Repository-relative paths changed between `base` and `head`; with no `head`, between
 * `base` and the working tree, including staged, unstaged and untracked (not ignored) files.
 * Renames list both the old and the new path.
 */
export async function changedFiles(repo: string, base: string, head?: string): Promise<string[]> {
  const files = new Set<string>()
  const diffArgs = ['-c', 'core.quotePath=false', 'diff', '--name-status', '--no-renames', '-z', base]
  if (head) diffArgs.push(head)
  diffArgs.push('--')
  const out = await git(repo, diffArgs)
  const parts = out.split('\0').filter(Boolean)
  for (let i = 0; i + 1 < parts.length; i += 2) files.add(parts[i + 1] as string)
  if (!head) {
    const untracked = await git(repo, ['ls-files', '--others', '--exclude-standard', '-z'])
    for (const file of untracked.split('\0')) if (file) files.add(file)
  }
  return [...files].sort()
}

/** A ref checked out into a temporary directory; call {@link Worktree.remove} when done. */
export interface Worktree {
  dir: string
  commit: string
  remove(): Promise<void>
}

/**
 * Checks out `commit` (detached) into a new temporary directory with
 * `git worktree add --detach`. The user's checkout, index and branches are not touched.
 *
 * @throws {ExecError} when git cannot create the worktree.
 */
export async function addWorktree(repo: string, commit: string, label: string): Promise<Worktree> {
  const parent = await mkdtemp(join(tmpdir(), `slipway-plan-${label}-`))
  const dir = join(parent, 'tree')
  try {
    await git(repo, ['worktree', 'add', '--detach', '--quiet', dir, commit])
  } catch (error) {
    await rm(parent, { recursive: true, force: true })
    throw error
  }
  return {
    dir,
    commit,
    remove: async () => {
      try {
        await git(repo, ['worktree', 'remove', '--force', dir])
      } catch {
        // Removed below; prune drops git's record of it.
      }
      await rm(parent, { recursive: true, force: true })
      await git(repo, ['worktree', 'prune']).catch(() => undefined)
    },
  }
}
