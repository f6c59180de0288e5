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
