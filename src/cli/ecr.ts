import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { loadConfig, type SlipwayConfig } from '../config/index.js'
import { ConfigError, UsageError } from '../errors.js'
import { DEFAULT_LIFECYCLE_POLICY, DEFAULT_ROLLBACK_RELEASES, type EcrConfig } from '../config/sections/ecr.js'
import { requireEcrConfig as ecrSectionOf } from '../ecr/config.js'
import { createEcrApi } from '../ecr/ecr-api.js'
import { ensureRepositories, formatEnsureReport } from '../ecr/ensure.js'
import { InUseIndex, type InUseImage } from '../ecr/in-use-index.js'
import { loadRepositoryImages, parseIsoTime, readJsonFile } from '../ecr/images.js'
import { collectInUseImages } from '../ecr/in-use.js'
import { formatPolicyProblem, loadLifecyclePolicy, validateLifecyclePolicy } from '../ecr/lifecycle-policy.js'
import { simulateLifecycle, type LifecyclePreview } from '../ecr/lifecycle-simulate.js'
import { describePublished } from '../ecr/publish.js'
import { publishRelease } from '../ecr/publish-release.js'
import { action, collect, type CliContext, type RegisterCommands } from './command.js'
import { findRepoRoot } from './repo.js'

interface InUseFlags {
  inUse?: string
  fromOverlays?: boolean
  config?: string
  kustomize?: string
}

/**
 * `slipway ecr …`: `ensure`, `lifecycle validate|simulate|preview`, `publish`.
 * Glue only: parse flags, call `src/ecr`, print, return the exit code.
 */
export const registerEcrCommands: RegisterCommands = (program: Command, context: CliContext) => {
  const ecr = program
    .command('ecr')
    .description('Amazon ECR: repositories, lifecycle policies with an in-use guard, build and push.')
  const lifecycle = ecr.command('lifecycle').description('Validate, simulate and preview ECR lifecycle policies.')

  lifecycle
    .command('validate')
    .description(
      `Check lifecycle policy files against ECR's format and documented constraints (default: ${DEFAULT_LIFECYCLE_POLICY}).`,
    )
    .argument('[files...]', 'policy JSON files')
    .action(
      action(context, async (files: string[]) => {
        // Files named on the command line are relative to the cwd; the default is the repository's.
        const base = files.length > 0 ? context.cwd : await findRepoRoot(context.cwd)
        const targets = files.length > 0 ? files : [DEFAULT_LIFECYCLE_POLICY]
        let failed = false
        for (const file of targets) {
          let text: string
          try {
            text = await readFile(resolve(base, file), 'utf8')
          } catch (error) {
            throw new ConfigError(`cannot read lifecycle policy: ${(error as Error).message}`, file)
          }
          const problems = validateLifecyclePolicy(text)
          if (problems.length === 0) context.stdout.write(`${file}: valid\n`)
          for (const problem of problems) context.stdout.write(`${file}: error: ${formatPolicyProblem(problem)}\n`)
          failed ||= problems.length > 0
        }
        return failed ? 1 : 0
      }),
    )

  const withInUse = (command: Command) =>
    command
      .option('--in-use <file>', 'JSON array of image references in use (name:tag, name@sha256:…, or digests)')
      .option(
        '--from-overlays',
        'render every environment at HEAD and the previous releases (ecr.rollbackReleases) and keep the images they use',
      )
      .option('--config <file>', 'slipway.yaml (default: at the repository root)')
      .option('--kustomize <command>', 'kustomize program for --from-overlays')

  withInUse(
    lifecycle
      .command('simulate')
      .description(
        "Evaluate a policy offline against DescribeImages output, as ECR would; prints GetLifecyclePolicyPreview's shape plus `blocked`, and exits 1 when an image in use is blocked.",
      )
      .requiredOption('--policy <file>', 'lifecycle policy JSON')
      .requiredOption('--images <file>', 'DescribeImages output: the imageDetails array or the whole response')
      .option('--now <iso-8601>', 'evaluation time (default: now)')
      .option(
        '--repository <name>',
        'repository name, to match name:tag references when the images do not carry repositoryName',
      ),
  ).action(
    action(
      context,
      async (options: InUseFlags & { policy: string; images: string; now?: string; repository?: string }) => {
        const now = options.now === undefined ? Date.now() : parseIsoTime(options.now)
        if (now === undefined)
          throw new UsageError(
            `--now ${JSON.stringify(options.now)} is not an ISO-8601 time with a time zone, like 2025-06-30T12:00:00Z`,
          )
        const { policy } = await loadLifecyclePolicy(resolve(context.cwd, options.policy))
        const images = await loadRepositoryImages(resolve(context.cwd, options.images))
        const inUse = await inUseIndex(context, options)
        const preview = simulateLifecycle(policy, images, { now, inUse, repositoryName: options.repository })
        context.stdout.write(`${JSON.stringify(preview, null, 2)}\n`)
        return blockedExitCode(preview, context)
      },
    ),
  )

  withInUse(
    lifecycle
      .command('preview')
      .description(
        'Run ECR’s own lifecycle preview (StartLifecyclePolicyPreview) with AWS credentials; prints the same shape as simulate.',
      )
      .requiredOption('--policy <file>', 'lifecycle policy JSON')
      .requiredOption('--repository <name>', 'ECR repository name')
      .option('--region <region>', 'AWS region (default: ecr.region of the config, else AWS_REGION)'),
  ).action(
    action(context, async (options: InUseFlags & { policy: string; repository: string; region?: string }) => {
      const { text } = await loadLifecyclePolicy(resolve(context.cwd, options.policy))
      const slipway = await loadRepoConfig(context, options.config)
      const region = options.region ?? slipway.ecr?.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION
      if (!region) throw new UsageError('no AWS region: pass --region, set ecr.region in slipway.yaml, or AWS_REGION')
      const api = createEcrApi({ region, registryId: slipway.ecr?.registryId })
      const inUse = await inUseIndex(context, options, slipway, slipway.ecr)
      const live = await api.previewLifecyclePolicy(options.repository, text)
      const preview: LifecyclePreview = { previewResults: [], summary: { expiringImageTotalCount: 0 }, blocked: [] }
      for (const result of live.previewResults) {
        const keeper = inUse?.find(result.imageDigest, result.imageTags, options.repository)
        if (keeper) {
          preview.blocked.push({
            imageDigest: result.imageDigest,
            imageTags: result.imageTags,
            appliedRulePriority: result.appliedRulePriority,
            reason: `in use: ${keeper.reference}${keeper.source ? ` (${keeper.source})` : ''}`,
          })
        } else preview.previewResults.push(result)
      }
      preview.summary.expiringImageTotalCount = preview.previewResults.filter((r) => r.action.type === 'EXPIRE').length
      context.stdout.write(`${JSON.stringify(preview, null, 2)}\n`)
      return blockedExitCode(preview, context)
    }),
  )

  withInUse(
    ecr
      .command('ensure')
      .description(
        'Create or reconcile every service repository (IMMUTABLE tags, scan on push, encryption), put the lifecycle policy, and make registry replication cover the DR region. Idempotent. ' +
          'The in-use guard always runs: without --in-use, the images in use come from rendering the overlays (as --from-overlays), and ensure exits 1 when a policy — new or already in force — would expire one.',
      )
      .option(
        '--policy <file>',
        `lifecycle policy for every service (default: ecr.lifecyclePolicy, else ${DEFAULT_LIFECYCLE_POLICY})`,
      )
      .option('--allow-expiring-in-use', 'put a policy even though it would expire images in use (needs --reason)')
      .option('--reason <text>', 'why expiring in-use images is acceptable; printed in the report')
      .option('--dry-run', 'print the changes without making them'),
  ).action(
    action(
      context,
      async (
        options: InUseFlags & { policy?: string; allowExpiringInUse?: boolean; reason?: string; dryRun?: boolean },
      ) => {
        if (options.allowExpiringInUse && !options.reason?.trim())
          throw new UsageError('--allow-expiring-in-use needs --reason "…"')
        const repoRoot = await findRepoRoot(context.cwd)
        const { slipway, ecr: config } = await requireEcrConfig(context, options.config)
        const policies: Parameters<typeof ensureRepositories>[1]['policies'] = {}
        const loaded = new Map<string, Awaited<ReturnType<typeof loadLifecyclePolicy>>>()
        for (const [service, settings] of Object.entries(config.services)) {
          // --policy is relative to the cwd; paths from slipway.yaml are relative to the repository root.
          const file = options.policy ?? settings.lifecyclePolicy ?? config.lifecyclePolicy ?? DEFAULT_LIFECYCLE_POLICY
          let entry = loaded.get(file)
          if (!entry) {
            entry = await loadLifecyclePolicy(resolve(options.policy ? context.cwd : repoRoot, file))
            loaded.set(file, entry)
          }
          policies[service] = { ...entry, file }
        }
        // The guard is not optional: with neither --in-use nor --from-overlays, render the overlays.
        const inUse = await inUseIndex(
          context,
          { ...options, fromOverlays: options.fromOverlays || !options.inUse },
          slipway,
          config,
        )
        const api = createEcrApi({ region: config.region, registryId: config.registryId })
        const report = await ensureRepositories(api, {
          config,
          policies,
          inUse,
          allowExpiringInUse: options.allowExpiringInUse,
          reason: options.reason,
          dryRun: options.dryRun,
        })
        context.stdout.write(formatEnsureReport(report))
        return report.problems.some((problem) => problem.kind === 'in-use-guard') ? 1 : 0
      },
    ),
  )

  ecr
    .command('region')
    .description('Print ecr.region of slipway.yaml, e.g. eu-west-1.')
    .option('--config <file>', 'slipway.yaml (default: at the repository root)')
    .action(
      action(context, async (options: { config?: string }) => {
        const { ecr: config } = await requireEcrConfig(context, options.config)
        context.stdout.write(`${config.region}\n`)
        return 0
      }),
    )

  ecr
    .command('publish')
    .alias('build')
    .description(
      'Build and push every service image tagged vX.Y.Z (release tag at HEAD) and sha-<7>; prints {"<service>": {"image","tag","digest"}}.',
    )
    .option('--registry <host>', 'registry host (default: <ecr.registryId>.dkr.ecr.<ecr.region>.amazonaws.com)')
    .option('--tag <vX.Y.Z>', 'release tag to publish; must point at HEAD (default: the release tag at HEAD, if any)')
    .option('--service <name>', 'only this service (repeatable)', collect)
    .option('--builder <kind>', 'auto (buildx when a Docker engine runs, else buildah), buildx or buildah', 'auto')
    .option('--output <file>', 'also write the JSON to this file')
    .option('--insecure-registry', 'plain HTTP / no TLS verification (local test registries only)')
    .option('--config <file>', 'slipway.yaml (default: at the repository root)')
    .action(
      action(
        context,
        async (options: {
          registry?: string
          tag?: string
          service?: string[]
          builder: string
          output?: string
          insecureRegistry?: boolean
          config?: string
        }) => {
          const { ecr: config } = await requireEcrConfig(context, options.config)
          const output = await publishRelease({
            repoRoot: await findRepoRoot(context.cwd),
            config,
            registry: options.registry,
            tag: options.tag,
            services: options.service,
            builder: options.builder,
            insecureRegistry: options.insecureRegistry,
            onPublished: (service, image, detail) =>
              context.stderr.write(`${describePublished(service, image, detail)}\n`),
          })
          const json = JSON.stringify(output)
          if (options.output) await writeFile(resolve(context.cwd, options.output), `${json}\n`)
          context.stdout.write(`${json}\n`)
          return 0
        },
      ),
    )
}

/** slipway.yaml of the repository holding the cwd; `--config` is relative to the cwd. */
async function loadRepoConfig(context: CliContext, file?: string): Promise<SlipwayConfig> {
  return loadConfig(await findRepoRoot(context.cwd), file === undefined ? undefined : resolve(context.cwd, file))
}

async function requireEcrConfig(
  context: CliContext,
  file?: string,
): Promise<{ slipway: SlipwayConfig; ecr: EcrConfig }> {
  const slipway = await loadRepoConfig(context, file)
  return { slipway, ecr: ecrSectionOf(slipway) }
}

async function inUseIndex(
  context: CliContext,
  options: InUseFlags,
  slipway?: SlipwayConfig,
  ecr?: EcrConfig,
): Promise<InUseIndex | undefined> {
  if (options.inUse && options.fromOverlays) throw new UsageError('use --in-use or --from-overlays, not both')
  let images: InUseImage[] | undefined
  if (options.inUse) images = parseInUseFile(await readJsonFile(resolve(context.cwd, options.inUse)), options.inUse)
  if (options.fromOverlays) {
    const config = slipway ?? (await loadRepoConfig(context, options.config))
    const releases = ecr?.rollbackReleases ?? config.ecr?.rollbackReleases ?? DEFAULT_ROLLBACK_RELEASES
    const collection = await collectInUseImages({
      repoRoot: await findRepoRoot(context.cwd),
      config,
      releases,
      kustomizeCommand: options.kustomize,
    })
    for (const warning of collection.warnings) context.stderr.write(`warning: ${warning}\n`)
    context.stderr.write(
      `in use: ${collection.images.length} image reference(s) from ${collection.revisions.join(', ')}\n`,
    )
    images = collection.images
  }
  if (!images) return undefined
  const index = new InUseIndex(images)
  if (index.invalid.length > 0) {
    const list = index.invalid.map((ref) => JSON.stringify(ref)).join(', ')
    // A file the user wrote must be right; a rendered manifest may hold placeholders, which cannot name an ECR image anyway.
    if (options.inUse) throw new ConfigError(`not image references: ${list}`, options.inUse)
    context.stderr.write(`warning: ignored values that are not image references: ${list}\n`)
  }
  return index
}

function parseInUseFile(value: unknown, file: string): InUseImage[] {
  if (!Array.isArray(value)) throw new ConfigError('expected a JSON array of image references', file)
  return value.map((entry, index) => {
    if (typeof entry === 'string') return { reference: entry, source: file }
    if (entry && typeof entry === 'object' && typeof (entry as { reference?: unknown }).reference === 'string')
      return entry as InUseImage
    throw new ConfigError(`[${index}]: expected a string like "team/api:v1.2.3" or {"reference": …}`, file)
  })
}

/**
 * Exit code of `lifecycle simulate`/`preview`: 1 when the policy would expire an image in use
 * (the guard blocked it, so the policy must not be applied as it is), else 0. The preview on
 * stdout stays complete either way; stderr says why the exit is non-zero.
 */
function blockedExitCode(preview: LifecyclePreview, context: CliContext): number {
  if (preview.blocked.length === 0) return 0
  context.stderr.write(`the policy would expire ${preview.blocked.length} image(s) in use; see "blocked"\n`)
  return 1
}
