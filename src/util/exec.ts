import { spawn } from 'node:child_process'
import { ExecError } from '../errors.js'

/** Options for {@link execFile}. */
export interface ExecOptions {
  cwd?: string
  /** Extra environment variables, merged over `process.env`. */
  env?: Record<string, string | undefined>
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
 * through here.
 *
 * @returns stdout/stderr as UTF-8 and exit code 0.
 * @throws {ExecError} when the program cannot start, exits non-zero, or times out; the
 *   error carries the exit code and stderr.
 */
export async function execFile(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
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
      env: { ...process.env, ...options.env },
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
