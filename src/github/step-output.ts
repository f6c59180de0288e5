/**
 * Step outputs written by the CLI inside a workflow step (`$GITHUB_OUTPUT`), for commands
 * whose result a later job reads (`slipway shards --format github`). The actions use
 * `core.setOutput`; this is the same file, without @actions/core in the CLI's start-up.
 */
import { appendFile } from 'node:fs/promises'
import { UsageError } from '../errors.js'

/**
 * Appends `name=value` lines to the step's output file (GitHub docs "Setting an output
 * parameter"). Values must be single-line (JSON on one line is).
 *
 * @param outputs output name → value.
 * @param file the output file; default `process.env.GITHUB_OUTPUT`.
 * @throws {UsageError} when there is no output file (not in a workflow step) or a name or
 *   value is not single-line; the file system error when it cannot be written.
 */
export async function writeStepOutputs(
  outputs: Record<string, string>,
  file: string | undefined = process.env.GITHUB_OUTPUT,
): Promise<void> {
  if (!file) throw new UsageError('GITHUB_OUTPUT is not set: --format github runs inside a GitHub Actions step')
  for (const [name, value] of Object.entries(outputs))
    if (!/^[A-Za-z_][\w-]*$/.test(name) || /[\r\n]/.test(value))
      throw new UsageError(`step output ${JSON.stringify(name)} must be a name with a single-line value`)
  await appendFile(
    file,
    Object.entries(outputs)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
    'utf8',
  )
}
