import { PassThrough, type Readable } from 'node:stream'
import type { RegisterCommands } from '../../src/cli/command.js'
import { runCli } from '../../src/cli/main.js'

/** What an in-process CLI run printed, and its exit code. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `slipway <args>` in process with only `commands` registered, in `cwd`, collecting
 * standard output and standard error (and feeding `stdin`, when given).
 */
export async function runCommands(
  commands: RegisterCommands[],
  args: string[],
  io: { cwd: string; stdin?: Readable },
): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer | string) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer | string) => (err += chunk.toString()))
  const code = await runCli(args, commands, { stdout, stderr, ...io })
  return { code, stdout: out, stderr: err }
}
