import { resolve } from 'node:path'
import { Option } from 'commander'
import { drStatus } from '../failover/run.js'
import { renderStatusText } from '../failover/report.js'
import { action, type RegisterCommands } from './command.js'

/**
 * `slipway dr status [--format text|json] [--no-verify-images]`: which side is active,
 * digest parity and the failover preflight. Exit 0 when DR is ready, 1 when a blocking
 * check fails (drift), 2 for usage or config errors.
 */
export const registerDrCommands: RegisterCommands = (program, context) => {
  const dr = program.command('dr').description('Disaster recovery readiness.')
  dr.command('status')
    .description('Which side is active, digest parity per service, and every failover preflight check.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-verify-images', 'do not query ECR for the digests')
    .option('-c, --config <file>', "slipway.yaml to use (default: the repository root's)")
    .action(
      action(context, async (options: { format: 'text' | 'json'; verifyImages: boolean; config?: string }) => {
        const status = await drStatus({
          cwd: context.cwd,
          verifyImages: options.verifyImages,
          onProgress: (line) => context.stderr.write(`${line}\n`),
          ...(options.config ? { configFile: resolve(context.cwd, options.config) } : {}),
        })
        context.stdout.write(
          options.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : renderStatusText(status),
        )
        return status.ready ? 0 : 1
      }),
    )
}
