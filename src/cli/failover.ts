import { resolve } from 'node:path'
import { Option } from 'commander'
import { UsageError } from '../errors.js'
import { runFailover, type FailoverOptions } from '../failover/run.js'
import { renderResultJson, renderResultMarkdown, renderResultText } from '../failover/report.js'
import type { Direction } from '../failover/model.js'
import { writeJobSummary } from '../github/summary.js'
import { action, type RegisterCommands } from './command.js'

interface FailoverCliOptions {
  to: string
  reason?: string
  commit?: boolean
  push?: boolean
  verifyImages: boolean
  wait?: boolean
  format: 'text' | 'json'
  config?: string
  remote?: string
  branch?: string
}

/**
 * `slipway failover --to ENV` and `slipway failback --to ENV`
 * `[--reason TEXT] [--commit | --push] [--no-verify-images] [--wait] [--format text|json]`.
 * Exit 0 when planned, committed, pushed or already done (with `--wait`: Healthy); 1 when a
 * preflight check refuses or the rollout does not turn Healthy; 2 for usage or config errors.
 */
export const registerFailoverCommands: RegisterCommands = (program, context) => {
  for (const direction of ['failover', 'failback'] as const) {
    program
      .command(direction)
      .description(
        direction === 'failover'
          ? 'Fail over to the DR environment: preflight, plan diff of both overlays and checklist; one commit swaps the standby component for the active one.'
          : 'Fail back to the primary: restores both overlays byte for byte to their state before the failover.',
      )
      .requiredOption(
        '--to <env>',
        direction === 'failover'
          ? 'the secondary environment (failover.secondary.environment)'
          : 'the primary environment (failover.primary.environment)',
      )
      .option('--reason <text>', 'why, recorded in the Slipway-Reason trailer')
      .option('--commit', 'make one local commit')
      .option('--push', 'commit and push; a rejected push re-applies the change on the new tip')
      .option('--no-verify-images', 'do not query ECR for the digests')
      .option(
        '--wait',
        "with --push: wait for the target's Argo CD Application to be Synced and Healthy, and print commit → Healthy against the RTO",
      )
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .option('-c, --config <file>', "slipway.yaml to use (default: the repository root's)")
      .option('--remote <name>', 'remote for --push (default origin)')
      .option('--branch <name>', 'branch for --push (default the current branch)')
      .action(action(context, async (options: FailoverCliOptions) => run(direction, options, context)))
  }
}

async function run(
  direction: Direction,
  options: FailoverCliOptions,
  context: Parameters<RegisterCommands>[1],
): Promise<number> {
  if (options.commit && options.push) throw new UsageError('--commit and --push are exclusive (--push also commits)')
  const request: FailoverOptions = {
    cwd: context.cwd,
    direction,
    to: options.to,
    mode: options.push ? 'push' : options.commit ? 'commit' : 'dry-run',
    verifyImages: options.verifyImages,
    onProgress: (line) => context.stderr.write(`${line}\n`),
    ...(options.reason !== undefined ? { reason: options.reason } : {}),
    ...(options.config ? { configFile: resolve(context.cwd, options.config) } : {}),
    ...(options.remote ? { remote: options.remote } : {}),
    ...(options.branch ? { branch: options.branch } : {}),
    ...(options.wait ? { wait: {} } : {}),
  }
  const result = await runFailover(request)
  context.stdout.write(options.format === 'json' ? renderResultJson(result) : renderResultText(result))
  await writeJobSummary(renderResultMarkdown(result))
  if (result.outcome === 'refused') return 1
  if (result.rollout && result.rollout.outcome !== 'healthy') return 1
  return 0
}
