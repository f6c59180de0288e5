import { resolve } from 'node:path'
import { Option } from 'commander'
import { writeStepOutputs } from '../github/step-output.js'
import { computeShardMatrix, describeShardMatrix } from '../validation/matrix.js'
import { action, type RegisterCommands } from './command.js'
import { findRepoRoot } from './repo.js'

interface ShardsCliOptions {
  config?: string
  format: 'json' | 'github'
}

/**
 * `slipway shards [--config FILE] [--format json|github]`: the job matrix of a sharded CI run.
 * Discovers the environments as `validate` does (nothing is rendered) and sizes the matrix
 * from `ci.matrix` of `slipway.yaml`. `json` prints `{"count":N,"shards":["1/N",…],"environments":E}`;
 * `github` writes the step outputs `count` and `shards` (a JSON array, for
 * `fromJSON(…)` in `strategy.matrix`) to `$GITHUB_OUTPUT` and prints one line. Exit 0, or
 * 2 on a usage or config error (naming the key).
 */
export const registerShardsCommand: RegisterCommands = (program, context) => {
  program
    .command('shards')
    .description(
      'Print the CI job matrix: how many shards validate and plan split into (ci.matrix of slipway.yaml), from the environments validate would discover. Nothing is rendered.',
    )
    .option('-c, --config <file>', "slipway.yaml to use (default: the repository root's)")
    .addOption(
      new Option(
        '-o, --format <format>',
        'json on stdout, or github: the step outputs count and shards in $GITHUB_OUTPUT',
      )
        .choices(['json', 'github'])
        .default('json'),
    )
    .action(
      action(context, async (options: ShardsCliOptions) => {
        const repoRoot = await findRepoRoot(context.cwd)
        const matrix = await computeShardMatrix({
          repoRoot,
          ...(options.config ? { configFile: resolve(context.cwd, options.config) } : {}),
        })
        if (options.format === 'github') {
          await writeStepOutputs({ count: String(matrix.count), shards: JSON.stringify(matrix.shards) })
          context.stdout.write(`${describeShardMatrix(matrix)}\n`)
        } else context.stdout.write(`${JSON.stringify(matrix)}\n`)
        return 0
      }),
    )
}
