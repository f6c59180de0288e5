/** `slipway release status`: glue only. */
import { resolve } from 'node:path'
import { loadConfig } from '../config/index.js'
import { formatStatus } from '../promotion/format.js'
import { releaseStatus } from '../promotion/status.js'
import { action, type RegisterCommands } from './command.js'
import { parseFormat, parseNow } from './promote.js'
import { findRepoRoot } from './repo.js'

/**
 * Registers `slipway release status [--format text|json] [--now ISO-8601]`. Exit 0; 2 on
 * usage or config errors.
 */
export const registerReleaseCommands: RegisterCommands = (program, context) => {
  const release = program.command('release').description('Releases across environments.')
  release
    .command('status')
    .description(
      'For each environment: the release and digest per service, the promotion commit and when, how long it has soaked, and whether the next environment’s gates are open now.',
    )
    .option('--format <format>', 'text or json', 'text')
    .option('--now <iso-8601>', 'the time soak and windows are measured at (default: the clock)')
    .option('--config <file>', 'slipway.yaml (default: at the repository root)')
    .action(
      action(context, async (flags: { format: string; now?: string; config?: string }) => {
        const format = parseFormat(flags.format)
        const nowMs = parseNow(flags.now)
        const repoRoot = await findRepoRoot(context.cwd)
        const config = await loadConfig(
          repoRoot,
          flags.config === undefined ? undefined : resolve(context.cwd, flags.config),
        )
        const status = await releaseStatus(repoRoot, config, nowMs)
        context.stdout.write(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status))
        return 0
      }),
    )
}
