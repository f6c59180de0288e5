import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Option } from 'commander'
import { UsageError } from '../errors.js'
import { writeJobSummary } from '../github/summary.js'
import { createReporter, REPORT_FORMATS } from '../report/index.js'
import type { ValidationReport } from '../validation/report.js'
import { mergeReports } from '../validation/shard.js'
import { action, type RegisterCommands } from './command.js'

interface MergeCliOptions {
  format: string
  output?: string
  failOn: 'error' | 'warning' | 'never'
}

/**
 * `slipway merge-reports FILE...`: combines the `--format json` reports of the shards of one
 * `validate --shard I/N` run into the report the unsharded run gives, printed in any format
 * (one JSON report, one SARIF log, text, or GitHub annotations plus one job summary). Exit
 * codes as `validate`: 1 with errors (or warnings with `--fail-on warning`), 2 on bad input.
 */
export const registerMergeReportsCommand: RegisterCommands = (program, context) => {
  program
    .command('merge-reports')
    .description(
      'Combine the JSON reports of validate --shard I/N runs into one report (JSON, SARIF, text, or GitHub annotations + job summary).',
    )
    .argument('<file...>', "the shards' validate --format json reports")
    .addOption(new Option('-o, --format <format>', 'output format').choices([...REPORT_FORMATS]).default('json'))
    .option('--output <file>', 'write the merged report to this file instead of stdout')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when findings of this severity (or worse) exist')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .action(
      action(context, async (files: string[], options: MergeCliOptions) => {
        const reports: ValidationReport[] = []
        for (const file of files) {
          const text = await readFile(resolve(context.cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
          })
          try {
            reports.push(JSON.parse(text) as ValidationReport)
          } catch (error) {
            throw new UsageError(`${file} is not JSON: ${(error as Error).message}`)
          }
        }
        const report = mergeReports(reports, files)
        const text = createReporter(options.format).render(report)
        if (options.output) await writeFile(resolve(context.cwd, options.output), text)
        else context.stdout.write(text)
        if (options.format === 'github' && process.env.GITHUB_STEP_SUMMARY)
          await writeJobSummary(createReporter('github').summary(report))
        if (options.failOn === 'never') return 0
        if (report.summary.errors > 0) return 1
        return options.failOn === 'warning' && report.summary.warnings > 0 ? 1 : 0
      }),
    )
}
