import { spawn } from 'node:child_process'
import { ExecError } from '../errors.js'

/**
 * Variables of `process.env` every child process gets (exact names, or a prefix ending in
 * `*`): the program search path, home and temp directories, locale, time zone, proxy and CA
 * settings, the kubeconfig, git's author identity and config-file switches. Nothing else —
 * in particular no `GITHUB_TOKEN`, `ACTIONS_*` (runtime token, cache and results URLs),
 * `INPUT_*` (action inputs, e.g. `github-token`) or `AWS_*` credentials: children may run
 * pull-request content (kustomize, Helm, plugins).
 */
export const BASE_ENV: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LANGUAGE',
  'LC_*',
  'TZ',
  'KUBECONFIG',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NODE_EXTRA_CA_CERTS',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
  'GIT_CONFIG_NOSYSTEM',
  // Windows needs these to start any program.
  'SystemRoot',
  'SYSTEMROOT',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'WINDIR',
]

/** AWS credentials and settings (`AWS_*`), for a call that asks for them ({@link ExecOptions.passEnv}). */
export const AWS_ENV: readonly string[] = ['AWS_*']

/** Container tools' settings (docker, buildah, skopeo: auth files, storage, runtime dir), for the image builders. */
export const CONTAINER_ENV: readonly string[] = [
  'DOCKER_*',
  'BUILDAH_*',
  'BUILDKIT_*',
  'CONTAINERS_*',
  'REGISTRY_AUTH_FILE',
  'STORAGE_DRIVER',
  'XDG_*',
]

/**
 * The environment of a child: the {@link BASE_ENV} and `passEnv` variables of `process.env`,
 * then `env` over them (an `undefined` value removes a variable).
 */
export function childEnvironment(
  options: Pick<ExecOptions, 'env' | 'passEnv'> = {},
  from: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const patterns = [...BASE_ENV, ...(options.passEnv ?? [])]
  const allowed = (name: string) =>
    patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern))
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(from)) if (value !== undefined && allowed(name)) env[name] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

/** Options for {@link execFile}. */
export interface ExecOptions {
  cwd?: string
  /** Extra environment variables, set over the allow-listed ones (see {@link childEnvironment}). */
  env?: Record<string, string | undefined>
  /** More `process.env` names (or `PREFIX_*`) to pass on, e.g. {@link AWS_ENV} for a registry push. */
  passEnv?: readonly string[]
  /** Kill the process after this many milliseconds (SIGKILL) and throw. Default: none. */
  timeoutMs?: number
  /** Data written to the process's standard input. */
  input?: string | Buffer
  /** Maximum bytes kept of stdout before the process is killed. Default 512 MiB. */
  maxBuffer?: number
}

/** What a finished process printed. */
export interface ExecResult {
  stdout: string
  stderr: string
  exitCode: number
}

/**
 * Runs a program with an argument array — never through a shell, so untrusted values
 * (PR content, tag names, dispatch inputs) cannot be interpreted as shell syntax.
 * Every external program Slipway runs (kustomize, kubectl, git, buildah, skopeo) goes
 * through here, with a minimal environment ({@link childEnvironment}): no job or runtime
 * token, no action inputs, no AWS credentials unless the call passes {@link AWS_ENV}.
 *
 * @returns stdout/stderr as UTF-8 and exit code 0.
 * @throws {ExecError} when the program cannot start, exits non-zero, or times out; the
 *   error carries the exit code and stderr.
 */
export async function execFile(
  command: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const result = await tryExecFile(command, args, options)
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim() || result.stdout.trim()
    throw new ExecError(
      `${command} ${args[0] ?? ''} failed (exit ${result.exitCode})${detail ? `: ${detail}` : ''}`,
      command,
      result.exitCode,
      result.stderr,
    )
  }
  return result
}

/**
 * Like {@link execFile} but resolves with a non-zero exit code instead of throwing.
 * Still throws {@link ExecError} when the program cannot be started or times out.
 */
export function tryExecFile(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const maxBuffer = options.maxBuffer ?? 512 * 1024 * 1024
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnvironment(options),
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outBytes = 0
    let timedOut = false
    let overflow = false
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
        : undefined
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length
      if (outBytes > maxBuffer) {
        overflow = true
        child.kill('SIGKILL')
        return
      }
      out.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer)
      const reason = error.code === 'ENOENT' ? `${command}: command not found` : `${command}: ${error.message}`
      reject(new ExecError(reason, command, null, ''))
    })
    child.on('close', (code) => {
      if (timer) clearTimeout(timer)
      const stderr = Buffer.concat(err).toString('utf8')
      if (timedOut) {
        reject(new ExecError(`${command} timed out after ${options.timeoutMs} ms`, command, null, stderr, true))
        return
      }
      if (overflow) {
        reject(new ExecError(`${command} printed more than ${maxBuffer} bytes`, command, null, stderr))
        return
      }
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr, exitCode: code ?? 1 })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}
