/**
 * Temporary worktrees: a commit checked out (detached) into a fresh `mkdtemp` directory,
 * without touching the user's checkout, index or branches. Every live worktree is kept
 * in a module-level registry so that the CLI's signal handler can remove them all
 * ({@link removeAllWorktrees}) — an interrupted run never leaves a worktree registered in
 * the user's repository.
 */
import { join } from 'node:path'
import { UsageError } from '../errors.js'
import { makeTempDir, removeTempDir } from '../util/temp.js'
import { git } from './runner.js'

/** A commit checked out into a temporary directory; call {@link Worktree.remove} when done. */
export interface Worktree {
  /** Absolute path of the checkout. */
  dir: string
  /** The commit checked out (as given). */
  commit: string
  /** Removes the directory (and, for a git worktree, git's record of it: `worktree prune`); safe to call twice; never throws. */
  remove(): Promise<void>
}

/** Options of {@link addWorktree}. */
export interface WorktreeOptions {
  /** The commit comes from a pull request: check it out with LFS smudge off (see `runner.ts`). */
  untrusted?: boolean
}

const live = new Set<Worktree>()
/** `git worktree add` calls still running: {@link removeAllWorktrees} waits for them. */
const pending = new Set<Promise<unknown>>()
/** Repositories worktrees were added to: pruned at shutdown. */
const repos = new Set<string>()
let shuttingDown = false

/**
 * Checks out `commit` (detached) with `git worktree add --detach` into a new directory
 * below a fresh `mkdtemp` parent named `slipway-<label>-XXXXXX` in the OS temp dir.
 *
 * @param label a short name for the directory (`base`, `head`, `push`); characters other
 *   than letters, digits, `.`, `_` and `-` are replaced.
 * @throws {ExecError} when git cannot create the worktree (nothing is left behind).
 * @throws {UsageError} once {@link removeAllWorktrees} has been called (the process is shutting down).
 */
export async function addWorktree(
  repo: string,
  commit: string,
  label: string,
  options: WorktreeOptions = {},
): Promise<Worktree> {
  repos.add(repo)
  return checkout(commit, label, {
    create: (dir) =>
      git(repo, ['worktree', 'add', '--detach', '--quiet', dir, '--end-of-options', commit], {
        untrusted: options.untrusted ?? false,
      }).then(() => undefined),
    // Once the files are gone (removed, or never finished), prune drops git's record of the worktree.
    afterRemove: async () => void (await git(repo, ['worktree', 'prune']).catch(() => undefined)),
  })
}

/**
 * Writes the files of `commit` into a new directory below a fresh `mkdtemp` parent
 * (`slipway-<label>-XXXXXX`), for reading only: `git read-tree` into a temporary index file
 * inside that parent, then `git checkout-index --all` into the directory. Unlike
 * {@link addWorktree} nothing is registered in the repository (no `worktrees/` entry, no
 * `update-ref`/`reset --hard` subprocesses, no `worktree prune` afterwards), and
 * several exports run at once without contending for a lock (issue 13: a plan of a small
 * change paid more for its two worktrees than for its renders). Checkout rules are git's:
 * symlinks, `.gitattributes` eol and filters, submodules left empty.
 *
 * @param label as {@link addWorktree}.
 * @returns a {@link Worktree} whose `remove` deletes the directory; not a git worktree, so
 *   do not run git in it.
 * @throws {ExecError} when git cannot read the commit (nothing is left behind).
 * @throws {UsageError} once {@link removeAllWorktrees} has been called.
 */
export async function exportCommit(
  repo: string,
  commit: string,
  label: string,
  options: WorktreeOptions = {},
): Promise<Worktree> {
  return checkout(commit, label, {
    create: async (dir, parent) => {
      const gitOptions = { untrusted: options.untrusted ?? false, env: { GIT_INDEX_FILE: join(parent, 'index') } }
      await git(repo, ['read-tree', '--end-of-options', commit], gitOptions)
      await git(repo, ['checkout-index', '--all', '--force', `--prefix=${dir}/`], gitOptions)
    },
  })
}

/** How {@link checkout} makes a tree and, for a git worktree, drops git's record of it. */
interface CheckoutSteps {
  /** Writes the tree into `dir` (below the fresh temp dir `parent`). */
  create(dir: string, parent: string): Promise<void>
  /** After the temp dir is removed (also when creating failed): git-side clean-up. Never throws. */
  afterRemove?(): Promise<void>
}

/**
 * The lifecycle shared by worktrees and exports: a fresh temp dir, creation tracked in
 * `pending` (the signal handler waits for it), the temp dir removed when creation fails,
 * and a registered {@link Worktree} whose `remove` runs once.
 */
async function checkout(commit: string, label: string, steps: CheckoutSteps): Promise<Worktree> {
  if (shuttingDown) throw new UsageError('interrupted: not creating a new checkout')
  const parent = await makeTempDir(label)
  const dir = join(parent, 'tree')
  const creating = steps.create(dir, parent)
  pending.add(creating)
  try {
    await creating
  } catch (error) {
    await removeTempDir(parent)
    await steps.afterRemove?.()
    throw error
  } finally {
    pending.delete(creating)
  }
  let removing: Promise<void> | undefined
  const tree: Worktree = {
    dir,
    commit,
    remove: () => {
      removing ??= (async () => {
        await removeTempDir(parent)
        await steps.afterRemove?.()
        live.delete(tree)
      })()
      return removing
    },
  }
  live.add(tree)
  return tree
}

/**
 * Runs `fn` with `commit` checked out in a temporary worktree and removes the worktree
 * afterwards, whether `fn` resolves or throws.
 *
 * @returns what `fn` returns.
 * @throws whatever `addWorktree` or `fn` throws.
 */
export async function withWorktree<T>(
  repo: string,
  commit: string,
  label: string,
  fn: (tree: Worktree) => Promise<T>,
  options: WorktreeOptions = {},
): Promise<T> {
  const tree = await addWorktree(repo, commit, label, options)
  try {
    return await fn(tree)
  } finally {
    await tree.remove()
  }
}

/** The worktrees created by this process and not yet removed. */
export function liveWorktrees(): Worktree[] {
  return [...live]
}

/**
 * Removes every worktree this process created and has not removed yet, after waiting for
 * `git worktree add` calls still running, then prunes each repository's worktree list.
 * The CLI calls this from its SIGINT/SIGTERM handler. Never throws.
 *
 * @param options.final refuse new worktrees from now on (the signal handler passes true). Default false.
 */
export async function removeAllWorktrees(options: { final?: boolean } = {}): Promise<void> {
  if (options.final) shuttingDown = true
  await Promise.allSettled([...pending])
  await Promise.allSettled([...live].map((tree) => tree.remove()))
  await Promise.allSettled([...repos].map((repo) => git(repo, ['worktree', 'prune'])))
}
