import { Command, CommanderError } from 'commander'
import { ConfigError, UsageError, errorMessage } from '../errors.js'
import type { CliContext, RegisterCommands } from './command.js'

/**
 * Builds the `slipway` program from the domains' command registrations and runs it.
 *
 * @param argv arguments after the program name (`process.argv.slice(2)`).
 * @returns the exit code: 0 ok, 1 findings of severity error / failed operation, 2 usage or config error.
 *   Never throws: every error is printed to `context.stderr` as one line, without a stack trace
 *   (set `SLIPWAY_DEBUG=1` for the stack).
 */
export async function runCli(
  argv: string[],
  registrations: RegisterCommands[],
  io: Partial<Omit<CliContext, 'exitCode'>> = {},
): Promise<number> {
  // The process's streams are looked up when first used: creating `process.stdin` costs a
  // fresh process ~2 ms, and only `validate -` reads it (issue 13: start-up).
  const context: CliContext = {
    get stdout() {
      return io.stdout ?? process.stdout
    },
    get stderr() {
      return io.stderr ?? process.stderr
    },
    get stdin() {
      return io.stdin ?? process.stdin
    },
    cwd: io.cwd ?? process.cwd(),
    exitCode: 0,
  }
  const program = new Command('slipway')
    .description(
      'GitOps toolkit for Kubernetes on EKS: render and validate environments as Argo CD would, plan changes, publish images to ECR.',
    )
    .version(process.env.SLIPWAY_VERSION ?? '0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
  for (const register of registrations) register(program, context)
  for (const command of program.commands) applyDefaults(command)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return context.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; anything else commander rejects is usage.
      return error.exitCode === 0 ? 0 : 2
    }
    context.stderr.write(`slipway: ${errorMessage(error)}\n`)
    if (process.env.SLIPWAY_DEBUG && error instanceof Error && error.stack) context.stderr.write(`${error.stack}\n`)
    if (error instanceof UsageError || error instanceof ConfigError) return 2
    return 1
  }
}

function applyDefaults(command: Command): void {
  command.exitOverride()
  command.showHelpAfterError('(run with --help for usage)')
  for (const sub of command.commands) applyDefaults(sub)
}
