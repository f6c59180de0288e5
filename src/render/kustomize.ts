import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { delimiter, join, relative } from 'node:path'
import { ExecError, RenderError } from '../errors.js'
import { walkKustomization } from '../kustomize/graph.js'
import { tryExecFile } from '../util/exec.js'
import { toPosix } from './files.js'

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
  /** The repository the build belongs to: files named in errors are relative to it. Default: the built directory. */
  repoRoot?: string
  /** When the build runs on a scratch copy of the repository, the copy's root (its paths are reported as `repoRoot`'s). */
  copyRoot?: string
  /** Environment being built, named in a timeout message. */
  environment?: string
  /** Called once the Kustomize process has been started (before it finishes). */
  onStarted?: () => void
}

export { KUSTOMIZATION_FILE_NAMES } from '../kustomize/kustomization-file.js'

/**
 * Chooses the Kustomize binary: an explicit command (`--kustomize` or `$KUSTOMIZE`), else
 * `kustomize` on PATH, else `kubectl kustomize` (kubectl embeds kustomize since 1.14).
 *
 * @param explicit a program name or path; may end in ` kustomize` for kubectl-style
 *   invocation (e.g. `kubectl kustomize` or `/usr/bin/oc kustomize`).
 * @throws {ExecError} when neither kustomize nor kubectl is on PATH.
 */
export async function resolveKustomize(
  explicit: string | undefined = process.env.KUSTOMIZE,
): Promise<KustomizeCommand> {
  const chosen = explicit?.trim()
  if (chosen) {
    const parts = chosen.split(/\s+/)
    const program = parts[0] as string
    if (parts.length > 1 && parts[1] === 'kustomize') return { program, args: ['kustomize'], display: chosen }
    return { program, args: ['build'], display: program }
  }
  if (await onPath('kustomize')) return { program: 'kustomize', args: ['build'], display: 'kustomize' }
  if (await onPath('kubectl')) return { program: 'kubectl', args: ['kustomize'], display: 'kubectl kustomize' }
  throw new ExecError(
    'neither kustomize nor kubectl is on PATH; install one, or pass --kustomize PATH',
    'kustomize',
    null,
    '',
  )
}

/** Most bytes of rendered output kept (256 MiB); a build printing more is stopped. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024

/**
 * Runs `kustomize build DIR` with Argo CD-like safe defaults: `--load-restrictor
 * LoadRestrictionsRootOnly` (files may not be read from outside a kustomization's root),
 * no exec or alpha plugins (we never pass `--enable-alpha-plugins`/`--enable-exec`), Helm
 * inflation only when asked, a timeout and a cap on the output. Run
 * {@link preflightKustomize} first: Kustomize itself lets `resources` leave the repository
 * and expands YAML aliases without bound.
 *
 * @returns the rendered multi-document YAML stream.
 * @throws {RenderError} when the build fails or times out: the file (repository-relative)
 *   and line Kustomize failed on, and its message without kubectl's log prefix, absolute
 *   paths or Secret content (see {@link explainKustomizeFailure}). The raw stderr is not kept.
 * @throws {ExecError} when the program cannot be started.
 */
export async function kustomizeBuild(
  command: KustomizeCommand,
  dir: string,
  options: KustomizeBuildOptions = {},
): Promise<string> {
  const args = [...command.args, dir, '--load-restrictor', 'LoadRestrictionsRootOnly']
  if (options.enableHelm) args.push('--enable-helm')
  const timeoutMs = options.timeoutMs ?? 60_000
  const repoRoot = options.repoRoot ?? dir
  const display = (file: string): string => {
    const rel = toPosix(relative(repoRoot, file))
    return rel === '' ? '.' : rel.startsWith('..') ? toPosix(file) : rel
  }
  const running = tryExecFile(command.program, args, { timeoutMs, maxBuffer: MAX_OUTPUT_BYTES })
  options.onStarted?.()
  const result = await running.catch(async (error: unknown) => {
    // Not started at all (no such program): the ExecError says so.
    if (!(error instanceof ExecError) || !(error.timedOut || /printed more than/.test(error.message))) throw error
    const inRepo = options.copyRoot ? join(repoRoot, relative(options.copyRoot, dir)) : dir
    throw new RenderError(
      error.timedOut
        ? await timeoutMessage(command, dir, display(inRepo), options)
        : `${command.display} build printed more than ${MAX_OUTPUT_BYTES} bytes`,
      display(join(inRepo, 'kustomization.yaml')),
    )
  })
  if (result.exitCode === 0) return result.stdout
  // Imported on a failure only: it reads kustomizations as `yaml` Documents (issue 13).
  const { explainKustomizeFailure } = await import('./kustomize-errors.js')
  const failure = await explainKustomizeFailure(result.stderr || result.stdout, {
    buildDir: dir,
    repoRoot,
    copyRoot: options.copyRoot,
  })
  throw new RenderError(
    failure.message || `${command.display} build failed (exit ${result.exitCode})`,
    failure.file ? display(failure.file) : undefined,
    failure.line,
  )
}

/**
 * Why a build stopped: the environment, how much it reads (Kustomize prints nothing before
 * it has built everything, so the input is the size known), and the setting to raise.
 */
async function timeoutMessage(
  command: KustomizeCommand,
  dir: string,
  shown: string,
  options: KustomizeBuildOptions,
): Promise<string> {
  const seconds = (options.timeoutMs ?? 60_000) / 1000
  const what = options.environment ? `environment ${options.environment} (${shown})` : shown
  let size = ''
  try {
    let kustomizations = 1
    let files = 0
    let bytes = 0
    for await (const ref of walkKustomization(dir)) {
      if (ref.kind === 'kustomization') kustomizations++
      else if (ref.kind === 'file' && ref.path) {
        files++
        bytes += (await stat(ref.path)).size
      }
    }
    size = `; it reads ${files} files (${(bytes / 1024).toFixed(0)} KiB) through ${kustomizations} kustomizations`
  } catch {
    // The size is a hint; the timeout is the message.
  }
  return `${command.display} build of ${what} timed out after ${seconds} s${size}. Raise render.timeoutSeconds in slipway.yaml (now ${seconds}) or split the overlay`
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
