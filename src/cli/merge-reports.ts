import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Option } from 'commander'
import { UsageError } from '../errors.js'
import { writeJobSummary } from '../github/summary.js'
import { code } from '../github/markdown.js'
import { formatPlan, PLAN_FORMATS, renderFullDiff, type PlanFormat } from '../plan/format/index.js'
import { writeFullDiff } from '../plan/output.js'
import { GITHUB_COMMENT_LIMIT } from '../config/sections/plan.js'
import { parseMaxCommentChars } from '../plan/config.js'
import { isPlanJson, mergePlans } from '../plan/merge.js'
import type { PlanJson } from '../plan/format/json.js'
import { createReporter, REPORT_FORMATS } from '../report/index.js'
import type { ValidationReport } from '../validation/report.js'
import { mergeReports } from '../validation/shard.js'
import { action, type RegisterCommands } from './command.js'

interface MergeCliOptions {
  format?: string
  output?: string
  failOn: 'error' | 'warning' | 'never'
  maxCommentChars?: string
  fullDiff?: string
}

/**
 * `slipway merge-reports FILE...`: combines the `--format json` reports of the shards of one
 * `validate --shard I/N` run into the report the unsharded run gives, printed in any format
 * (one JSON report, one SARIF log, text, or GitHub annotations plus one job summary). Exit
 * codes as `validate`: 1 with errors (or warnings with `--fail-on warning`), 2 on bad input.
 *
 * Given the `--format json` plans of a `plan --shard I/N` run instead (recognised by their
 * top-level `totals`; a validate report has `summary`), it prints the unsharded plan as
 * json (the default), markdown (the PR comment) or text; exit 1 when an environment failed
 * to render, as `plan`. A mix of plans and validate reports is a usage error.
 */
export const registerMergeReportsCommand: RegisterCommands = (program, context) => {
  program
    .command('merge-reports')
    .description(
      'Combine the JSON reports of validate --shard I/N runs into one report (JSON, SARIF, text, or GitHub annotations + job summary), or the JSON plans of plan --shard I/N runs into one plan (JSON, markdown for the PR comment, text).',
    )
    .argument('<file...>', "the shards' validate --format json reports, or their plan --format json plans")
    .addOption(
      new Option(
        '-o, --format <format>',
        'output format (reports: text, json, sarif, github; plans: json, markdown, text) (default: "json")',
      ).choices([...new Set<string>([...REPORT_FORMATS, ...PLAN_FORMATS])]),
    )
    .option('--output <file>', 'write the merged report to this file instead of stdout')
    .option('--max-comment-chars <n>', 'plans only: markdown size budget, as plan (default: 65536)')
    .option('--full-diff <file>', "plans only: also write the merged plan's full diff to this file, as plan does")
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when findings of this severity (or worse) exist')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .action(
      action(context, async (files: string[], options: MergeCliOptions) => {
        const documents: unknown[] = []
        for (const file of files) {
          const text = await readFile(resolve(context.cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
          })
          try {
            documents.push(JSON.parse(text))
          } catch (error) {
            throw new UsageError(`${file} is not JSON: ${(error as Error).message}`)
          }
        }
        const format = options.format ?? 'json'
        const planAt = documents.findIndex(isPlanJson)
        if (planAt >= 0) {
          const reportAt = documents.findIndex((document) => !isPlanJson(document))
          if (reportAt >= 0)
            throw new UsageError(
              `${files[planAt]} is a plan but ${files[reportAt]} is not: merge the plans and the validate reports separately`,
            )
          if (!(PLAN_FORMATS as readonly string[]).includes(format))
            throw new UsageError(
              `--format ${format} is for validate reports; plans merge to ${PLAN_FORMATS.join(', ')}`,
            )
          const plan = mergePlans(documents as PlanJson[], files)
          const maxChars = parseMaxCommentChars(options.maxCommentChars, GITHUB_COMMENT_LIMIT, '--max-comment-chars')
          const fullDiffFile =
            options.fullDiff !== undefined
              ? await writeFullDiff(renderFullDiff(plan), options.fullDiff, context.cwd)
              : undefined
          const text = formatPlan(plan, format as PlanFormat, {
            maxChars,
            ...(fullDiffFile ? { fullDiffLocation: code(fullDiffFile) } : {}),
          })
          if (options.output) await writeFile(resolve(context.cwd, options.output), text)
          else context.stdout.write(text)
          if (options.failOn === 'never') return 0
          return plan.environments.some((env) => env.errors.length > 0) ? 1 : 0
        }
        for (const [flag, value] of [
          ['--max-comment-chars', options.maxCommentChars],
          ['--full-diff', options.fullDiff],
        ] as const)
          if (value !== undefined) throw new UsageError(`${flag} is for plans only`)
        if (!(REPORT_FORMATS as readonly string[]).includes(format))
          throw new UsageError(
            `--format ${format} is for plans; validate reports merge to ${REPORT_FORMATS.join(', ')}`,
          )
        const report = mergeReports(documents as ValidationReport[], files)
        const text = createReporter(format).render(report)
        if (options.output) await writeFile(resolve(context.cwd, options.output), text)
        else context.stdout.write(text)
        if (format === 'github') await writeJobSummary(createReporter('github').summary(report))
        if (options.failOn === 'never') return 0
        if (report.summary.errors > 0) return 1
        return options.failOn === 'warning' && report.summary.warnings > 0 ? 1 : 0
      }),
    )
}
