import type { Command } from 'commander'

/**
 * What a command's action resolves to: the process exit code (0 success, 1 findings of
 * severity error or a failed operation, 2 usage or config error). `void` means 0.
 */
export type ExitCode = number | void

/** Options passed to every command registration: where output goes. */
export interface CliContext {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  /** Standard input (`slipway validate -` reads a YAML stream from it). Default: `process.stdin`. */
  stdin?: NodeJS.ReadableStream
  /** Working directory commands resolve relative paths against. */
  cwd: string
  /** Set by an action handler; read by {@link runCli}. */
  exitCode: number
}

/** A function that adds a command (or group) to the program. Each domain's CLI module exports one. */
export type RegisterCommands = (program: Command, context: CliContext) => void

/**
 * Wraps an async action so its exit code lands in the context; thrown errors propagate to
 * {@link runCli}, which prints the message (no stack trace) and maps the error type to an exit code.
 */
export function action<Args extends unknown[]>(
  context: CliContext,
  handler: (...args: Args) => Promise<ExitCode>,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    const code = await handler(...args)
    context.exitCode = typeof code === 'number' ? code : 0
  }
}

/** Collects a repeatable option (`--env a --env b`) into an array; use as commander's argParser. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}
