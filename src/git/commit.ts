/**
 * One commit with trailers, or none. The commit is built on a private index
 * (`GIT_INDEX_FILE` in a temp dir, read from HEAD), so a failure at any step leaves the
 * repository's index, branch and working tree as they were; HEAD moves with a
 * compare-and-swap `git update-ref HEAD <new> <old>`.
 */
import { join } from 'node:path'
import { UsageError } from '../errors.js'
import { makeTempDir, removeTempDir } from '../util/temp.js'
import { git, tryGit } from './runner.js'

/** A person in a commit. */
export interface GitIdentity {
  name: string
  email: string
}

/** What {@link commitChange} commits. */
export interface CommitChange {
  /** The message (subject, blank line, body); trailers are appended to it. */
  message: string
  /** Trailers appended in this order; an array value adds the key once per value. */
  trailers?: Record<string, string | string[]>
  /** Repository-relative paths already written (or deleted) in the working tree. */
  files: string[]
  /** Author; default: git's configured user. */
  author?: GitIdentity
  /** Committer; default: `author` when given, else git's configured user. */
  committer?: GitIdentity
}

/** Trailer keys: letters, digits and `-` (git-interpret-trailers(1) token). */
const TRAILER_KEY = /^[A-Za-z0-9][A-Za-z0-9-]*$/

/**
 * Formats trailers as `git interpret-trailers` writes them: one `Key: value` line each.
 *
 * @throws {UsageError} for a key that is not a trailer token or a value with a line break.
 */
export function formatTrailers(trailers: Record<string, string | string[]>): string[] {
  const lines: string[] = []
  for (const [key, raw] of Object.entries(trailers)) {
    if (!TRAILER_KEY.test(key))
      throw new UsageError(`trailer key ${JSON.stringify(key)} must be letters, digits and "-"`)
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (/[\r\n]/.test(value)) throw new UsageError(`trailer ${key}: value ${JSON.stringify(value)} must be one line`)
      lines.push(`${key}: ${value}`)
    }
  }
  return lines
}

/**
 * Appends trailers to a message with `git interpret-trailers --trailer` (so an existing
 * trailer block is extended rather than a second one started).
 *
 * @returns the message ending in one newline.
 * @throws {UsageError} for an invalid trailer (see {@link formatTrailers}).
 */
export async function appendTrailers(
  repo: string,
  message: string,
  trailers: Record<string, string | string[]>,
): Promise<string> {
  const lines = formatTrailers(trailers)
  if (lines.length === 0) return message.endsWith('\n') ? message : `${message}\n`
  const args = ['interpret-trailers', '--where', 'end', '--if-exists', 'add', '--if-missing', 'add']
  for (const line of lines) args.push('--trailer', line)
  return git(repo, args, { input: message.endsWith('\n') ? message : `${message}\n` })
}

/**
 * Commits the changes of `files` in the working tree of `repo` on top of HEAD, as one
 * commit whose message ends with the trailers. Other staged or unstaged changes are not
 * included. Hooks do not run (`runner.ts`).
 *
 * @param repo the working tree (a clone or a worktree, HEAD attached or detached).
 * @returns the new commit SHA, or undefined when `files` do not differ from HEAD (no commit).
 * @throws {UsageError} for an empty message, no files, a path outside the repository or an
 *   invalid trailer; {@link ExecError} when git fails (for example no committer identity).
 *   On any error nothing is committed and the index is as it was.
 */
export async function commitChange(repo: string, change: CommitChange): Promise<string | undefined> {
  if (!change.message.trim()) throw new UsageError('commit message is empty')
  if (change.files.length === 0) throw new UsageError('commitChange: no files given')
  for (const file of change.files) {
    if (file.startsWith('/') || file.split('/').includes('..') || file.startsWith('-') || file === '')
      throw new UsageError(`commitChange: ${JSON.stringify(file)} is not a repository-relative path`)
  }
  const message = await appendTrailers(repo, change.message, change.trailers ?? {})
  const head = (await git(repo, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim()
  const scratch = await makeTempDir('index')
  try {
    const env = { GIT_INDEX_FILE: join(scratch, 'index'), ...identityEnv(change) }
    await git(repo, ['read-tree', head], { env })
    // -A stages deletions too; --ignore-errors is not used: a path git cannot add fails the commit.
    await git(repo, ['add', '-A', '--', ...change.files], { env })
    const tree = (await git(repo, ['write-tree'], { env })).trim()
    if (tree === (await git(repo, ['rev-parse', `${head}^{tree}`])).trim()) return undefined
    const commit = (await git(repo, ['commit-tree', tree, '-p', head, '-F', '-'], { env, input: message })).trim()
    const subject = change.message.trim().split('\n')[0] as string
    await git(repo, ['update-ref', '-m', `commit: ${subject}`, 'HEAD', commit, head])
    // The committed paths now match HEAD in the real index, as after `git commit`.
    await tryGit(repo, ['reset', '-q', commit, '--', ...change.files])
    return commit
  } finally {
    await removeTempDir(scratch)
  }
}

function identityEnv(change: CommitChange): Record<string, string> {
  const env: Record<string, string> = {}
  const committer = change.committer ?? change.author
  if (change.author) Object.assign(env, { GIT_AUTHOR_NAME: change.author.name, GIT_AUTHOR_EMAIL: change.author.email })
  if (committer) Object.assign(env, { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email })
  return env
}
