import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Option } from 'commander'
import { UsageError } from '../errors.js'
import { writeJobSummary } from '../github/summary.js'
import { REPORT_FORMATS } from '../report/format.js'
import { createProgress } from '../report/progress.js'
import type { ValidationReport } from '../validation/report.js'
import { parseShard, readShardWeights } from '../validation/shard.js'
import { validate } from '../validation/validate.js'
import { action, collect, type RegisterCommands } from './command.js'
import { findRepoRoot } from './repo.js'

interface ValidateCliOptions {
  config?: string
  env?: string[]
  kubernetesVersion?: string
  schemaLocation?: string[]
  format: string
  output?: string
  kustomize?: string
  cacheDir?: string
  failOn: 'error' | 'warning' | 'never'
  locate: boolean
  quiet?: boolean
  shard?: string
  shardWeights?: string
}

/**
 * `slipway validate [PATH...]`: render and validate environments. Exit 0 without errors,
 * 1 with findings of severity error (or warnings with `--fail-on warning`), 2 on a usage or
 * config error or when there is nothing to validate (see {@link nothingToValidate}).
 */
export const registerValidateCommand: RegisterCommands = (program, context) => {
  program
    .command('validate')
    .description(
      'Render every environment as Argo CD would and validate it: strict schemas, removed APIs, policies, cross-resource checks.',
    )
    .argument(
      '[path...]',
      'Kustomize roots, plain YAML files/directories, or - for a YAML stream on standard input (default: every environment from Argo CD apps / slipway.yaml)',
    )
    .option('-c, --config <file>', "slipway.yaml to use (default: the repository root's)")
    .option('-e, --env <name>', 'validate only this environment (repeatable)', collect)
    .option(
      '-k, --kubernetes-version <X.Y>',
      'target Kubernetes version for every environment (default: per environment in config, else 1.33)',
    )
    .option(
      '-s, --schema-location <loc>',
      'schema directory, kubeconform-style template, or "default" (repeatable, tried in order)',
      collect,
    )
    .addOption(new Option('-o, --format <format>', 'output format').choices([...REPORT_FORMATS]).default('text'))
    .option('--output <file>', 'write the report to this file instead of stdout')
    .option(
      '--kustomize <program>',
      'kustomize binary, or "kubectl kustomize" (default: $KUSTOMIZE, kustomize on PATH, kubectl kustomize)',
    )
    .option('--cache-dir <dir>', 'schema download cache directory')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when findings of this severity (or worse) exist')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .option('--no-locate', 'skip mapping findings to source lines')
    .option(
      '--shard <I/N>',
      'validate only shard I of N (environments split by a stable hash, or balanced with --shard-weights); combine the JSON outputs with slipway merge-reports',
    )
    .option(
      '--shard-weights <report.json>',
      'a previous --format json report: its resource counts balance the shards (ignored when missing)',
    )
    .option(
      '-q, --quiet',
      'no progress on stderr (default: a status line on a terminal, one line per environment in CI)',
    )
    .action(
      action(context, async (paths: string[], options: ValidateCliOptions) => {
        const repoRoot = await findRepoRoot(context.cwd)
        // `-` reads a YAML stream from standard input (`kustomize build … | slipway validate -`).
        const stdin = paths.includes('-')
          ? await readStream(context.stdin ?? process.stdin, MAX_STDIN_BYTES)
          : undefined
        const progress = createProgress({ stream: context.stderr, quiet: options.quiet })
        const shard = options.shard !== undefined ? parseShard(options.shard) : undefined
        const shardWeights = options.shardWeights
          ? await readShardWeights(resolve(context.cwd, options.shardWeights))
          : undefined
        const report = await validate({
          repoRoot,
          shard,
          shardWeights,
          cwd: context.cwd,
          paths: paths.filter((path) => path !== '-'),
          stdin,
          configFile: options.config ? resolve(context.cwd, options.config) : undefined,
          environments: options.env,
          kubernetesVersion: options.kubernetesVersion,
          schemaLocations: options.schemaLocation,
          kustomizeCommand: options.kustomize,
          cacheDir: options.cacheDir,
          locate: options.locate,
          onRendered: (result, { done, total }) =>
            progress.rendered({
              done,
              total,
              environment: result.environment.name,
              renderMs: result.renderMs,
              resources: result.resources.length,
            }),
        })
        progress.done()
        // A shard can be given no environment at all; only an unsharded run that validated nothing is a usage error.
        const nothing = shard ? undefined : nothingToValidate(report)
        if (nothing) throw new UsageError(nothing)
        // The reporters load once there is a report: nothing of theirs runs before the first build.
        const { createReporter, shouldUseColor } = await import('../report/index.js')
        const reporter = createReporter(options.format, {
          color: !options.output && shouldUseColor(context.stdout as NodeJS.WriteStream),
        })
        const text = reporter.render(report)
        if (options.output) {
          const file = resolve(context.cwd, options.output)
          await writeFile(file, text).catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(
              `cannot write --output ${options.output}: ${error.code === 'ENOENT' ? 'no such directory' : error.message}`,
            )
          })
        } else context.stdout.write(text)
        // In a workflow, `--format github` annotates only the first findings; the job summary has them all.
        if (options.format === 'github') await writeJobSummary(createReporter('github').summary(report))
        if (options.failOn === 'never') return 0
        if (report.summary.errors > 0) return 1
        if (options.failOn === 'warning' && report.summary.warnings > 0) return 1
        return 0
      }),
    )
}

/** The most `slipway validate -` reads from standard input: 512 MiB (as much as a Kustomize build may print). */
export const MAX_STDIN_BYTES = 512 * 1024 * 1024

/**
 * Reads a stream to its end as UTF-8.
 *
 * @throws UsageError when it holds more than `maxBytes` bytes, or cannot be read.
 */
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      size += buffer.length
      if (size > maxBytes)
        throw new UsageError(`standard input holds more than ${maxBytes} bytes; validate a directory instead`)
      chunks.push(buffer)
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`cannot read standard input: ${(error as Error).message}`)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Why a run validated nothing, or `undefined` when it validated something. A green run that
 * looked at no resource would pass a pipeline that checks nothing (a mistyped path in
 * `slipway.yaml`, an empty overlay), so it is a usage error (exit 2) instead.
 *
 * @returns the reason, naming the environments that rendered no resources; `undefined` when
 *   any resource was validated or any error was found (render failures exit 1 as findings).
 */
export function nothingToValidate(report: ValidationReport): string | undefined {
  if (report.summary.resources > 0 || report.summary.errors > 0) return undefined
  if (report.environments.length === 0) {
    return 'nothing to validate: no environment found (no Argo CD Application or ApplicationSet, no environments.<name>.path in slipway.yaml, no Kustomize root in the repository); pass a PATH or add one'
  }
  const names = report.environments.map((env) => `${env.name} (${env.path})`)
  return `nothing to validate: ${names.length === 1 ? 'the environment' : `all ${names.length} environments`} rendered no resources: ${names.join(', ')}`
}
