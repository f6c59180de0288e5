/**
 * Reading a repository: its root, commits, changed files, file contents at a commit and
 * the log with its trailers. Nothing here writes to the repository or the working tree.
 */
import { ExecError, UsageError } from '../errors.js'
import { git, tryGit, type GitOptions } from './runner.js'

/**
 * The top-level directory of the repository containing `cwd`.
 *
 * @throws {UsageError} when `cwd` is not inside a git repository.
 */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim()
  } catch (error) {
    const detail =
      error instanceof ExecError ? error.stderr.trim() : error instanceof Error ? error.message : String(error)
    throw new UsageError(`${cwd} is not inside a git repository (slipway compares and edits git revisions): ${detail}`)
  }
}

/**
 * Resolves a ref (branch, tag, SHA, `HEAD~1`, `origin/main`) to a commit SHA.
 *
 * @param option what the error names as the source of the ref (a flag such as `--base`).
 * @returns the full 40- (or 64-) hex commit id.
 * @throws {UsageError} naming `option` and the ref when it starts with `-` or does not
 *   resolve to a commit.
 */
export async function resolveCommit(repo: string, ref: string, option = 'ref'): Promise<string> {
  assertRef(ref, option)
  try {
    return (await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim()
  } catch {
    throw new UsageError(
      `${option}: ${JSON.stringify(ref)} is not a commit in ${repo} (fetch it first, e.g. git fetch origin ${ref})`,
    )
  }
}

/**
 * The commit HEAD points at.
 *
 * @throws {UsageError} when `repo` is not a repository or HEAD has no commit yet.
 */
export function headCommit(repo: string): Promise<string> {
  return resolveCommit(repo, 'HEAD', 'HEAD')
}

/**
 * The branch HEAD is on (`main`, not `refs/heads/main`).
 *
 * @returns the short branch name, or undefined when HEAD is detached.
 * @throws {UsageError} when `repo` is not a repository.
 */
export async function currentBranch(repo: string): Promise<string | undefined> {
  const result = await tryGit(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'])
  if (result.exitCode === 0) return result.stdout.trim() || undefined
  if (/not a git repository/i.test(result.stderr))
    throw new UsageError(`${repo} is not inside a git repository: ${result.stderr.trim()}`)
  return undefined
}

/**
 * Repository-relative paths changed between `base` and `head`; with no `head`, between
 * `base` and the working tree, including staged, unstaged and untracked (not ignored) files.
 * Renames list both the old and the new path.
 *
 * @returns sorted POSIX paths.
 * @throws {ExecError} when git cannot diff the two commits.
 */
export async function changedFiles(repo: string, base: string, head?: string): Promise<string[]> {
  const files = new Set<string>()
  const diffArgs = [
    '-c',
    'core.quotePath=false',
    'diff',
    '--name-status',
    '--no-renames',
    '-z',
    '--end-of-options',
    base,
  ]
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

/**
 * The content of `path` at `commit` (`git cat-file blob <commit>:<path>`), as UTF-8.
 *
 * @param path repository-relative POSIX path (no leading `/`, no `..` segment).
 * @returns the content, or undefined when the file does not exist at that commit.
 * @throws {UsageError} for an absolute or escaping path, or when `commit` is not a commit.
 */
export async function showFile(
  repo: string,
  commit: string,
  path: string,
  options: GitOptions = {},
): Promise<string | undefined> {
  if (path.startsWith('/') || path.split('/').includes('..') || path === '')
    throw new UsageError(`showFile: ${JSON.stringify(path)} is not a repository-relative path`)
  assertRef(commit, 'commit')
  const result = await tryGit(repo, ['cat-file', 'blob', `${commit}:${path}`], options)
  if (result.exitCode === 0) return result.stdout
  await resolveCommit(repo, commit, 'commit')
  return undefined
}

/**
 * The committer date of a commit.
 *
 * @throws {UsageError} when `commit` is not a commit.
 */
export async function commitDate(repo: string, commit: string): Promise<Date> {
  const sha = await resolveCommit(repo, commit, 'commit')
  const seconds = Number((await git(repo, ['show', '-s', '--format=%ct', sha])).trim())
  return new Date(seconds * 1000)
}

/** One commit of {@link log}. */
export interface LogEntry {
  sha: string
  committerDate: Date
  /** First paragraph of the message, joined into one line (git's `%s`). */
  subject: string
  /** The rest of the message (git's `%b`), trailers included, trailing newlines removed. */
  body: string
  /**
   * Trailers of the message as `git interpret-trailers --parse` reads them (continuation
   * lines unfolded), by key as written; a key given twice has two values in order.
   * The promotion audit log uses `Slipway-Release`, `Slipway-Environment`, `Slipway-From`,
   * `Slipway-Reason`, `Slipway-Emergency` and `Slipway-Rollback`.
   */
  trailers: Record<string, string[]>
}

/** Options of {@link log}. */
export interface LogOptions {
  /** Only commits touching these repository-relative paths. */
  paths?: string[]
  /** At most this many commits. */
  maxCount?: number
  /** Start from this ref instead of HEAD. */
  ref?: string
}

// Fields are separated by NUL (commit messages cannot contain NUL); -z ends each commit with NUL too.
// Trailers: one "key\x1fvalue" per trailer, separated by \x1e (git-log(1) `%(trailers:...)`).
const LOG_FORMAT = '%H%x00%ct%x00%s%x00%b%x00%(trailers:only=true,unfold=true,separator=%x1e,key_value_separator=%x1f)'
const LOG_FIELDS = 5

/**
 * The history of `ref` (default HEAD), newest first, parsed from `git log -z`.
 *
 * @returns an empty array for a repository without commits.
 * @throws {UsageError} when `repo` is not a repository, `ref` is not a commit or
 *   `maxCount` is not a positive integer.
 */
export async function log(repo: string, options: LogOptions = {}): Promise<LogEntry[]> {
  const args = ['log', '-z', `--format=${LOG_FORMAT}`]
  if (options.maxCount !== undefined) {
    if (!Number.isInteger(options.maxCount) || options.maxCount < 1)
      throw new UsageError(`log: maxCount ${options.maxCount} is not a positive integer`)
    args.push(`--max-count=${options.maxCount}`)
  }
  if (options.ref !== undefined) args.push('--end-of-options', await resolveCommit(repo, options.ref, 'ref'))
  else {
    const head = await tryGit(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
    if (/not a git repository/i.test(head.stderr))
      throw new UsageError(`${repo} is not inside a git repository: ${head.stderr.trim()}`)
    if (!head.stdout.trim()) return []
  }
  args.push('--', ...(options.paths ?? []))
  const out = await git(repo, args)
  const fields = out.split('\0')
  const entries: LogEntry[] = []
  for (let i = 0; i + LOG_FIELDS <= fields.length; i += LOG_FIELDS) {
    const [sha, ct, subject, body, trailerText] = fields.slice(i, i + LOG_FIELDS) as [
      string,
      string,
      string,
      string,
      string,
    ]
    if (!sha) break
    const trailers: Record<string, string[]> = {}
    for (const trailer of trailerText.split('\x1e')) {
      const cut = trailer.indexOf('\x1f')
      if (cut <= 0) continue
      const key = trailer.slice(0, cut).trim()
      ;(trailers[key] ??= []).push(trailer.slice(cut + 1).trim())
    }
    entries.push({
      sha: sha.trim(),
      committerDate: new Date(Number(ct) * 1000),
      subject,
      body: body.replace(/\n+$/, ''),
      trailers,
    })
  }
  return entries
}

function assertRef(ref: string, option: string): void {
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref))
    throw new UsageError(`${option}: invalid ref ${JSON.stringify(ref)}`)
}

/** Options of {@link listTags}. */
export interface TagOptions {
  /** A `git tag --list` glob, e.g. `v*`. Default: all tags. */
  pattern?: string
  /** Only tags whose commit is an ancestor of (or is) this ref (`--merged`). */
  mergedInto?: string
  /** Only tags pointing at this ref, annotated tags peeled (`--points-at`). */
  pointsAt?: string
}

/**
 * Tag names (short, e.g. `v1.4.2`) of the repository, filtered as `git tag --list` does.
 *
 * @throws {UsageError} for an option-looking ref; {@link ExecError} when git fails.
 */
export async function listTags(repo: string, options: TagOptions = {}): Promise<string[]> {
  const args = ['tag', '--list']
  if (options.mergedInto !== undefined) {
    assertRef(options.mergedInto, 'mergedInto')
    args.push('--merged', options.mergedInto)
  }
  if (options.pointsAt !== undefined) {
    assertRef(options.pointsAt, 'pointsAt')
    args.push('--points-at', options.pointsAt)
  }
  if (options.pattern !== undefined) args.push('--', options.pattern)
  return (await git(repo, args))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

/** True when the repository is a shallow clone (`git rev-parse --is-shallow-repository`); false when git cannot tell. */
export async function isShallow(repo: string): Promise<boolean> {
  const result = await tryGit(repo, ['rev-parse', '--is-shallow-repository'])
  return result.exitCode === 0 && result.stdout.trim() === 'true'
}

/**
 * The URL of a remote (`git remote get-url`), as configured — it may hold credentials.
 *
 * @returns the URL, or undefined when there is no such remote.
 */
export async function remoteUrl(repo: string, remote = 'origin'): Promise<string | undefined> {
  if (remote.startsWith('-')) throw new UsageError(`invalid remote ${JSON.stringify(remote)}`)
  const result = await tryGit(repo, ['remote', 'get-url', remote])
  return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined
}
