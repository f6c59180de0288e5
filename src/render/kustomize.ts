import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { ExecError } from '../errors.js'
import { execFile } from '../util/exec.js'

/** How to invoke Kustomize: the program and the arguments that precede the kustomization directory. */
export interface KustomizeCommand {
  program: string
  /** `['build']` for a standalone kustomize, `['kustomize']` for `kubectl kustomize`. */
  args: string[]
  /** What the user sees in messages, e.g. `kustomize` or `kubectl kustomize`. */
  display: string
}

/** Safety and behaviour options of one build. */
export interface KustomizeBuildOptions {
  /** Kill the build after this many milliseconds. Default 60,000. */
  timeoutMs?: number
  /** Pass `--enable-helm` (Helm chart inflation). Off unless the config enables it. */
  enableHelm?: boolean
}

export { KUSTOMIZATION_FILE_NAMES } from '../kustomize/kustomization.js'

/**
 * Chooses the Kustomize binary: an explicit command (`--kustomize` or `$KUSTOMIZE`), else
 * `kustomize` on PATH, else `kubectl kustomize` (kubectl embeds kustomize since 1.14).
 *
 * @param explicit a program name or path; may end in ` kustomize` for kubectl-style
 *   invocation (e.g. `kubectl kustomize` or `/usr/bin/oc kustomize`).
 * @throws {ExecError} when neither kustomize nor kubectl is on PATH.
 */
export async function resolveKustomize(explicit: string | undefined = process.env.KUSTOMIZE): Promise<KustomizeCommand> {
  const chosen = explicit?.trim()
  if (chosen) {
    const parts = chosen.split(/\s+/)
    const program = parts[0] as string
    if (parts.length > 1 && parts[1] === 'kustomize') return { program, args: ['kustomize'], display: chosen }
    return { program, args: ['build'], display: program }
  }
  if (await onPath('kustomize')) return { program: 'kustomize', args: ['build'], display: 'kustomize' }
  if (await onPath('kubectl')) return { program: 'kubectl', args: ['kustomize'], display: 'kubectl kustomize' }
  throw new ExecError('neither kustomize nor kubectl is on PATH; install one, or pass --kustomize PATH', 'kustomize', null, '')
}

/**
 * Runs `kustomize build DIR` with Argo CD-like safe defaults: `--load-restrictor
 * LoadRestrictionsRootOnly` (files may not be read from outside a kustomization's root),
 * no exec or alpha plugins (we never pass `--enable-alpha-plugins`/`--enable-exec`), Helm
 * inflation only when asked, and a timeout.
 *
 * @returns the rendered multi-document YAML stream.
 * @throws {ExecError} with Kustomize's own message when the build fails or times out.
 */
export async function kustomizeBuild(command: KustomizeCommand, dir: string, options: KustomizeBuildOptions = {}): Promise<string> {
  const args = [...command.args, dir, '--load-restrictor', 'LoadRestrictionsRootOnly']
  if (options.enableHelm) args.push('--enable-helm')
  try {
    const { stdout } = await execFile(command.program, args, { timeoutMs: options.timeoutMs ?? 60_000 })
    return stdout
  } catch (error) {
    if (error instanceof ExecError) {
      const message = error.timedOut
        ? `${command.display} build timed out after ${options.timeoutMs ?? 60_000} ms`
        : cleanKustomizeMessage(error.stderr) || error.message
      throw new ExecError(message, command.display, error.exitCode, error.stderr, error.timedOut)
    }
    throw error
  }
}

/** kubectl prefixes errors with a klog header (`E1121 10:38:52.329462 6791 run.go:72] "command failed" err=…`); keep what Kustomize said. */
function cleanKustomizeMessage(stderr: string): string {
  const text = stderr.trim()
  const klog = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(text)
  if (klog?.[1]) return klog[1].replace(/\\"/g, '"').replace(/\\n/g, '\n')
  return text.replace(/^Error: /, '')
}

async function onPath(program: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    try {
      await access(join(dir, program), constants.X_OK)
      return true
    } catch {
      // not in this directory
    }
  }
  return false
}
