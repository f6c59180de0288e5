/**
 * `slipway promote`: glue only — parse flags, call `src/promotion`, print, return the exit code.
 */
import { resolve } from 'node:path'
import { formatResource, waitForRollout, type RolloutResult } from '../argocd/index.js'
import { loadConfig } from '../config/index.js'
import { parseIsoTime } from '../ecr/images.js'
import { UsageError } from '../errors.js'
import { createGitHubClient } from '../github/comment.js'
import { resolvePromotionConfig } from '../promotion/config.js'
import { formatPromotion } from '../promotion/format.js'
import { promote, type PromoteMode, type PromotionResult, type ReleaseSource } from '../promotion/promote.js'
import { openPullRequest } from '../promotion/pull-request.js'
import { parseReleaseName } from '../promotion/release.js'
import { formatDuration, parseDuration } from '../promotion/schedule.js'
import { action, collect, type CliContext, type RegisterCommands } from './command.js'
import { findRepoRoot } from './repo.js'

interface PromoteFlags {
  to: string
  release?: string
  images?: string
  from?: string
  newestEligible?: boolean
  reason?: string
  emergency?: boolean
  commit?: boolean
  push?: boolean
  verifyImages: boolean
  now?: string
  format: string
  wait?: boolean
  waitTimeout: string
  automatic?: boolean
  config?: string
  kustomize?: string
  schemaLocation?: string[]
}

/**
 * Parses `--now` (ISO-8601 with a zone); default the clock.
 *
 * @throws {UsageError} naming the value.
 */
export function parseNow(value: string | undefined): number {
  if (value === undefined) return Date.now()
  const ms = parseIsoTime(value)
  if (ms === undefined)
    throw new UsageError(
      `--now ${JSON.stringify(value)} is not an ISO-8601 time with a time zone, like 2026-12-06T03:00:00Z`,
    )
  return ms
}

/** Parses `--format text|json`. @throws {UsageError} naming the value. */
export function parseFormat(value: string): 'text' | 'json' {
  if (value !== 'text' && value !== 'json')
    throw new UsageError(`--format: expected text or json, got ${JSON.stringify(value)}`)
  return value
}

/**
 * Registers `slipway promote --to ENV (--release vX.Y.Z | --images FILE | --from ENV |
 * --newest-eligible) [--reason TEXT] [--emergency] [--commit | --push] [--no-verify-images]
 * [--now ISO-8601] [--format text|json] [--wait] [--wait-timeout DURATION] [--automatic]`.
 * Exit 0: promoted, planned or nothing to do; 1: a gate refused or the rollout did not
 * become healthy; 2: usage or config error.
 */
export const registerPromoteCommand: RegisterCommands = (program, context) => {
  program
    .command('promote')
    .description(
      'Move a release (every service, by digest) into an environment’s overlay behind its gates (from, soak, window, freeze, validation, ECR), as one commit with Slipway-* trailers. Without --commit or --push nothing is written.',
    )
    .requiredOption('--to <env>', 'target environment, e.g. staging or production (production-dr follows production)')
    .option('--release <vX.Y.Z>', 'the release, resolved from ECR by tag for every service of ecr.services')
    .option('--images <file>', 'the release as printed by slipway ecr publish: {"<service>": {"image","tag","digest"}}')
    .option('--from <env>', 'the release another environment runs now')
    .option(
      '--newest-eligible',
      'the newest release that ran in the target’s promotion.environments.<env>.from and passes its gates now (scheduled promotions)',
    )
    .option('--reason <text>', 'why; recorded as the Slipway-Reason trailer (required with --emergency)')
    .option('--emergency', 'override soak, window and freeze (never validation); needs --reason')
    .option('--commit', 'make one local commit')
    .option('--push', 'commit and push (a rejected push re-applies the change on the new tip; never forced)')
    .option('--no-verify-images', 'do not check that every digest exists in the target region’s ECR')
    .option('--now <iso-8601>', 'the time gates are evaluated at (default: the clock)')
    .option('--format <format>', 'text or json', 'text')
    .option(
      '--wait',
      'after --push, wait until the environment’s Argo CD Application is Synced at the commit and Healthy (ARGOCD_SERVER, ARGOCD_AUTH_TOKEN)',
    )
    .option('--wait-timeout <duration>', 'how long --wait waits, e.g. 10m or 1h', '10m')
    .option('--automatic', 'run by a workflow: never undo a rollback made after the release was tagged')
    .option('--config <file>', 'slipway.yaml (default: at the repository root)')
    .option('--kustomize <command>', 'Kustomize program for the validation gate')
    .option('--schema-location <location>', 'schema location for the validation gate (repeatable)', collect)
    .action(action(context, (flags: PromoteFlags) => runPromote(context, flags)))
}

async function runPromote(context: CliContext, flags: PromoteFlags): Promise<number> {
  const format = parseFormat(flags.format)
  const sources = [
    flags.release !== undefined,
    flags.images !== undefined,
    flags.from !== undefined,
    Boolean(flags.newestEligible),
  ].filter(Boolean).length
  if (sources !== 1)
    throw new UsageError('give exactly one of --release vX.Y.Z, --images FILE, --from ENV or --newest-eligible')
  if (flags.commit && flags.push) throw new UsageError('use --commit or --push, not both')
  if (flags.wait && !flags.push) throw new UsageError('--wait needs --push (it waits for the pushed commit)')
  const waitTimeoutMs = parseDuration(flags.waitTimeout, '--wait-timeout')
  const nowMs = parseNow(flags.now)
  const source: ReleaseSource =
    flags.release !== undefined
      ? { kind: 'release', name: parseReleaseName(flags.release) }
      : flags.images !== undefined
        ? { kind: 'images', file: resolve(context.cwd, flags.images), shownAs: flags.images }
        : flags.from !== undefined
          ? { kind: 'from', environment: flags.from }
          : { kind: 'newest-eligible' }
  const mode: PromoteMode = flags.push ? 'push' : flags.commit ? 'commit' : 'dry-run'
  const repoRoot = await findRepoRoot(context.cwd)
  const config = await loadConfig(repoRoot, flags.config === undefined ? undefined : resolve(context.cwd, flags.config))
  const promotion = resolvePromotionConfig(config)
  const result = await promote({
    repoRoot,
    config,
    to: flags.to,
    source,
    mode,
    nowMs,
    verifyImages: flags.verifyImages,
    ...(flags.reason !== undefined ? { reason: flags.reason } : {}),
    ...(flags.emergency ? { emergency: true } : {}),
    ...(flags.automatic ? { automatic: true } : {}),
    ...(flags.kustomize ? { kustomizeCommand: flags.kustomize } : {}),
    ...(flags.schemaLocation?.length ? { schemaLocations: flags.schemaLocation } : {}),
    ...(promotion.mode === 'pull-request' && mode === 'push' ? { openPullRequest: pullRequestOpener() } : {}),
    onProgress: (line) => context.stderr.write(`slipway promote: ${line}\n`),
  })
  let rollouts: RolloutResult[] | undefined
  if (flags.wait && result.status === 'pushed' && result.commit) {
    rollouts = []
    for (const environment of [result.environment, ...result.followers]) {
      const application = promotion.environments[environment]?.application ?? environment
      context.stderr.write(
        `slipway promote: waiting for Argo CD Application ${application} to be Synced at ${result.commit.slice(0, 7)} and Healthy (up to ${formatDuration(waitTimeoutMs)})\n`,
      )
      rollouts.push(
        await waitForRollout({ application, revision: result.commit, timeoutMs: waitTimeoutMs, pollMs: 10_000 }),
      )
    }
  }
  if (format === 'json')
    context.stdout.write(`${JSON.stringify({ ...result, ...(rollouts ? { rollouts } : {}) }, null, 2)}\n`)
  else {
    context.stdout.write(formatPromotion(result))
    for (const rollout of rollouts ?? []) context.stdout.write(formatRollout(rollout))
  }
  return exitCode(result, rollouts)
}

function exitCode(result: PromotionResult, rollouts: RolloutResult[] | undefined): number {
  if (result.status === 'refused') return 1
  if (rollouts?.some((r) => r.outcome !== 'healthy')) return 1
  return 0
}

function formatRollout(rollout: RolloutResult): string {
  const lines = [
    `\nRollout of ${rollout.application}: ${rollout.outcome} after ${formatDuration(rollout.elapsedMs)} (${rollout.last ? `${rollout.last.sync}, ${rollout.last.health}` : 'no answer'}${rollout.error ? `; ${rollout.error}` : ''})`,
  ]
  for (const resource of rollout.unhealthy) lines.push(`  ${formatResource(resource)}`)
  return `${lines.join('\n')}\n`
}

function pullRequestOpener() {
  const token = process.env.GITHUB_TOKEN
  const repository = process.env.GITHUB_REPOSITORY
  if (!token || !repository) return undefined
  const client = createGitHubClient(token)
  return (request: { head: string; base: string; title: string; body: string }) =>
    openPullRequest(client, repository, request)
}
