/**
 * The one way Slipway runs git. Every call:
 *
 * - passes an argument array through `src/util/exec.ts` (never a shell string);
 * - sets `GIT_TERMINAL_PROMPT=0` (a missing credential fails instead of waiting on a
 *   prompt, after actions/checkout `src/git-command-manager.ts`) and `GIT_OPTIONAL_LOCKS=0`
 *   (read-only commands such as `status` do not take the index lock, so concurrent runs and
 *   the user's own git do not collide);
 * - disables hooks with `-c core.hooksPath=/dev/null` (a repository's hooks never run code
 *   on Slipway's behalf);
 * - with `untrusted: true` (checking out PR content) also turns Git LFS smudging off:
 *   `GIT_LFS_SKIP_SMUDGE=1` and `-c filter.lfs.smudge= -c filter.lfs.process=
 *   -c filter.lfs.required=false`, so a checkout never downloads LFS objects or runs the
 *   LFS filter program (git-lfs `docs/man/git-lfs-config.adoc`, `GIT_LFS_SKIP_SMUDGE`);
 * - is killed after a timeout (default 120,000 ms).
 */
import { stat } from 'node:fs/promises'
import { ExecError, UsageError } from '../errors.js'
import { tryExecFile, type ExecResult } from '../util/exec.js'

/** Options of one git invocation. */
export interface GitOptions {
  /** Content from a pull request or another untrusted source: LFS smudge off. Default false. */
  untrusted?: boolean
  /** Kill git after this many milliseconds. Default 120,000. */
  timeoutMs?: number
  /** Extra environment variables (e.g. `GIT_INDEX_FILE`, `GIT_AUTHOR_NAME`). */
  env?: Record<string, string | undefined>
  /** Written to git's standard input. */
  input?: string
  /** More `process.env` names to pass to git (see `src/util/exec.ts` childEnvironment), e.g. {@link GIT_REMOTE_ENV}. */
  passEnv?: readonly string[]
}

/**
 * What git needs from `process.env` to reach a remote beyond the base environment: the SSH
 * agent and a custom SSH command (git(1) `GIT_SSH`, `GIT_SSH_COMMAND`). Passed by fetch and
 * push only. HTTPS credentials come from git config (actions/checkout persists them there).
 */
export const GIT_REMOTE_ENV: readonly string[] = ['SSH_AUTH_SOCK', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_SSH_VARIANT']

/** Default timeout of a git command, in milliseconds. */
export const GIT_TIMEOUT_MS = 120_000

const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null']
const UNTRUSTED_CONFIG = ['-c', 'filter.lfs.smudge=', '-c', 'filter.lfs.process=', '-c', 'filter.lfs.required=false']

/**
 * The full argument array and environment for `git args` in `repo` (exported for tests
 * and for callers that must show what would run).
 */
export function gitInvocation(
  args: readonly string[],
  options: GitOptions = {},
): { args: string[]; env: Record<string, string | undefined> } {
  return {
    args: [...SAFE_CONFIG, ...(options.untrusted ? UNTRUSTED_CONFIG : []), ...args],
    env: {
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      ...(options.untrusted ? { GIT_LFS_SKIP_SMUDGE: '1' } : {}),
      ...options.env,
    },
  }
}

/**
 * Runs `git args` with `repo` as working directory and resolves with whatever it printed,
 * whatever its exit code.
 *
 * @param repo a directory inside a repository (or any directory for `git init`/`clone`).
 * @throws {ExecError} only when git cannot be started or times out.
 */
export function tryGit(repo: string, args: readonly string[], options: GitOptions = {}): Promise<ExecResult> {
  const invocation = gitInvocation(args, options)
  return tryExecFile('git', invocation.args, {
    cwd: repo,
    env: invocation.env,
    timeoutMs: options.timeoutMs ?? GIT_TIMEOUT_MS,
    ...(options.passEnv ? { passEnv: options.passEnv } : {}),
    ...(options.input !== undefined ? { input: options.input } : {}),
  })
}

/**
 * Runs `git args` in `repo` and returns its standard output (UTF-8, untrimmed).
 *
 * @throws {UsageError} when `repo` is not inside a git repository (or does not exist).
 * @throws {ExecError} when git exits non-zero or times out; the message is
 *   `git <subcommand> failed (exit N): <git's stderr>` and `stderr` holds git's stderr.
 */
export async function git(repo: string, args: readonly string[], options: GitOptions = {}): Promise<string> {
  let result: ExecResult
  try {
    result = await tryGit(repo, args, options)
  } catch (error) {
    // spawn reports a missing working directory as ENOENT of the program.
    if (error instanceof ExecError && !error.timedOut && !(await isDirectory(repo)))
      throw new UsageError(`git: ${repo} is not a directory`)
    throw error
  }
  if (result.exitCode !== 0) {
    const stderr = result.stderr.trim()
    if (/not a git repository/i.test(stderr)) throw new UsageError(`${repo} is not inside a git repository: ${stderr}`)
    throw new ExecError(
      `git ${subcommand(args)} failed (exit ${result.exitCode})${stderr ? `: ${stderr}` : ''}`,
      'git',
      result.exitCode,
      result.stderr,
    )
  }
  return result.stdout
}

/** The git subcommand of an argument array (skipping `-c key=value` and `-C dir`). */
function subcommand(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '-c' || arg === '-C') i++
    else if (!arg.startsWith('-')) return arg
  }
  return args[0] ?? ''
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false
}
