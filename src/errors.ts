/**
 * Typed errors thrown by the core. Only entrypoints (the CLI and the actions) turn them
 * into exit codes or `core.setFailed`; the core never exits the process.
 */

/** Bad command-line usage or an invalid argument value. CLI exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * Invalid configuration (`slipway.yaml`, a policy file, an Argo CD manifest we must read)
 * or input file. The message names the file and, where known, the key or value.
 * CLI exit code 2.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(
    message: string,
    /** File the problem is in, repository-relative or absolute. */
    readonly file?: string,
  ) {
    super(file && !message.includes(file) ? `${file}: ${message}` : message)
  }
}

/** An external program (kustomize, git, buildah, …) failed or timed out. */
export class ExecError extends Error {
  override name = 'ExecError'
  constructor(
    message: string,
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly timedOut = false,
  ) {
    super(message)
  }
}

/** Returns the message of any thrown value, without a stack trace. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A render that failed, or was refused before Kustomize ran (a path outside the repository,
 * an alias bomb, an env file Kustomize would quote). Names the file at fault — the broken
 * file, or the kustomization holding the bad entry — and, where known, the 1-based line.
 * The message never quotes a Secret value. Rendering turns it into a `render` finding.
 */
export class RenderError extends Error {
  override name = 'RenderError'
  constructor(
    message: string,
    /** Repository-relative (POSIX) file at fault. */
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message)
  }
}
