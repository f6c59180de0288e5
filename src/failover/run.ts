/**
 * `slipway failover` / `slipway failback` / `slipway dr status`: the preflight on a scratch
 * worktree with the change applied, the plan diff of both overlays, the checklist against
 * the RTO, then — only with `--commit` or `--push` — one commit.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { ECRClient } from '@aws-sdk/client-ecr'
import { waitForRollout, type ArgoCdClient } from '../argocd/index.js'
import { loadConfig, type SlipwayConfig } from '../config/index.js'
import { parseDuration, type FailoverConfig } from '../config/sections/failover.js'
import { createPlan } from '../plan/plan.js'
import { ConfigError, UsageError } from '../errors.js'
import { commitChange } from '../git/commit.js'
import { pushWithRetry, type PushOptions } from '../git/push.js'
import {
  changedFiles,
  commitDate,
  currentBranch,
  headCommit,
  log,
  repositoryRoot,
  showFile,
} from '../git/repository.js'
import { git } from '../git/runner.js'
import { withWorktree } from '../git/worktree.js'
import {
  discoverEnvironments,
  renderDiscovered,
  type Discovery,
  type Environment,
  type RenderOptions,
} from '../render/index.js'
import { validate } from '../validation/validate.js'
import { dnsRecords } from './annotations.js'
import { buildChecklist } from './checklist.js'
import { applyEdit } from './edit.js'
import type { ActiveSide, Direction, DrStatus, FailoverResult, PreflightCheck } from './model.js'
import { digestsByService, runPreflight } from './preflight.js'
import { activeSide } from './swap.js'

/** Trailer keys of a failover or failback commit: history is the audit log. */
export const TRAILERS = {
  direction: 'Slipway-Failover',
  environment: 'Slipway-Environment',
  reason: 'Slipway-Reason',
  time: 'Slipway-Time',
} as const

/** Options of {@link runFailover}. */
export interface FailoverOptions {
  /** A directory inside the repository. */
  cwd: string
  direction: Direction
  /** The environment that serves traffic afterwards: the secondary for failover, the primary for failback. */
  to: string
  reason?: string
  /** `dry-run` writes nothing; `commit` makes one local commit; `push` commits and pushes, re-applying on a rejected push. */
  mode: 'dry-run' | 'commit' | 'push'
  /** Query ECR for the target's digests. Default true. */
  verifyImages?: boolean
  /** `slipway.yaml` path, absolute or relative to `cwd`; default the repository root's. */
  configFile?: string
  /** Remote and branch for `push`. Default `origin` and the current branch. */
  remote?: string
  branch?: string
  /** Push attempts and backoff (tests). */
  push?: Pick<PushOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs' | 'sleep' | 'random'>
  /** Wait for the target's Argo CD Application to be Synced at the commit and Healthy (needs `push`). */
  wait?: {
    client?: ArgoCdClient
    timeoutMs?: number
    pollMs?: number
    sleep?: (ms: number) => Promise<void>
    now?: () => number
  }
  /** The clock for `Slipway-Time`. Default now. */
  now?: () => Date
  /** ECR client per region (tests: aws-sdk-client-mock). */
  clientFor?: (region: string) => ECRClient
  kustomizeCommand?: string
  /** Called with progress lines (stderr in the CLI). */
  onProgress?: (line: string) => void
}

interface Context {
  repo: string
  config: SlipwayConfig
  failover: FailoverConfig
  discovery: Discovery
  primary: Environment
  secondary: Environment
}

async function context(
  cwd: string,
  configFile: string | undefined,
  kustomizeCommand: string | undefined,
): Promise<Context> {
  const repo = await repositoryRoot(cwd)
  const config = await loadConfig(repo, configFile === undefined ? undefined : resolve(cwd, configFile))
  const failover = config.failover
  if (!failover)
    throw new ConfigError(
      'no failover: section (primary, secondary, components, rto); see the README, "DR failover"',
      configFile ?? 'slipway.yaml',
    )
  parseDuration(failover.rto, 'failover.rto')
  if (failover.rpo) parseDuration(failover.rpo, 'failover.rpo')
  const discovery = await discoverEnvironments({
    repoRoot: repo,
    config,
    ...(kustomizeCommand ? { kustomizeCommand } : {}),
  })
  const find = (key: 'primary' | 'secondary'): Environment => {
    const name = failover[key].environment
    const env = discovery.environments.find((candidate) => candidate.name === name)
    if (!env)
      throw new ConfigError(
        `failover.${key}.environment: "${name}" is not an environment (known: ${discovery.environments.map((e) => e.name).join(', ') || 'none'})`,
        'slipway.yaml',
      )
    return env
  }
  return { repo, config, failover, discovery, primary: find('primary'), secondary: find('secondary') }
}

/** The environment names `--to` must be for each direction. @throws {UsageError} naming the expected one. */
function checkTarget(ctx: Context, direction: Direction, to: string): void {
  const expected = direction === 'failover' ? ctx.failover.secondary.environment : ctx.failover.primary.environment
  if (to !== expected)
    throw new UsageError(
      `--to ${JSON.stringify(to)}: ${direction} goes to ${expected} (failover.${direction === 'failover' ? 'secondary' : 'primary'}.environment)`,
    )
}

/**
 * Makes the change in the checkout `dir` and returns the repository-relative files written.
 * A failover swaps the components. A failback finds the open failover commit (trailer
 * `Slipway-Failover: failover`, no failback after it) and, for each file it changed that is
 * still as that commit left it, restores the content of its parent byte for byte; files
 * changed since (a promotion while failed over) get the reverse swap instead.
 */
async function makeChange(dir: string, direction: Direction, ctx: Context): Promise<string[]> {
  if (direction === 'failover') return applyEdit(dir, 'failover', ctx.failover, ctx.secondary.path)
  if ((await activeSide(dir, join(dir, ctx.secondary.path), ctx.failover)) === 'primary') return []
  const failoverCommit = await openFailoverCommit(dir, ctx)
  const restored: string[] = []
  if (failoverCommit) {
    for (const file of await changedFiles(dir, `${failoverCommit}^`, failoverCommit)) {
      const atFailover = await showFile(dir, failoverCommit, file)
      const now = await readFile(join(dir, file), 'utf8').catch(() => undefined)
      if (now !== atFailover) continue
      const before = await showFile(dir, `${failoverCommit}^`, file)
      if (before === undefined) await rm(join(dir, file), { force: true })
      else {
        await mkdir(dirname(join(dir, file)), { recursive: true })
        await writeFile(join(dir, file), before)
      }
      restored.push(file)
    }
  }
  if ((await activeSide(dir, join(dir, ctx.secondary.path), ctx.failover)) === 'secondary')
    restored.push(...(await applyEdit(dir, 'failback', ctx.failover, ctx.secondary.path)))
  return [...new Set(restored)].sort()
}

/** The newest failover commit touching the overlays with no failback after it, if any. */
async function openFailoverCommit(dir: string, ctx: Context): Promise<string | undefined> {
  for (const entry of await log(dir, { paths: [ctx.secondary.path, ctx.primary.path], maxCount: 1000 })) {
    const direction = entry.trailers[TRAILERS.direction]?.[0]
    if (direction === 'failback') return undefined
    if (direction === 'failover') return entry.sha
  }
  return undefined
}

/**
 * Runs a failover or failback (see the module comment).
 *
 * @returns the {@link FailoverResult}: `no-op` when `--to` already serves traffic (nothing
 *   written), `refused` when a blocking preflight check fails (nothing written), `planned`
 *   for a dry run, else `committed` / `pushed` with the commit.
 * @throws {UsageError} for a wrong `--to`, `--wait` without `--push`, or files of the change
 *   with uncommitted edits; {@link ConfigError} for a missing or invalid `failover:` section;
 *   {@link PushError} when the push is rejected for good.
 */
export async function runFailover(options: FailoverOptions): Promise<FailoverResult> {
  if (options.wait && options.mode !== 'push')
    throw new UsageError('--wait needs --push: Argo CD syncs what is on the remote')
  const progress = options.onProgress ?? (() => undefined)
  const ctx = await context(options.cwd, options.configFile, options.kustomizeCommand)
  checkTarget(ctx, options.direction, options.to)
  const { direction } = options
  const activeBefore = await activeSide(ctx.repo, join(ctx.repo, ctx.secondary.path), ctx.failover)
  const base: Omit<FailoverResult, 'outcome' | 'preflight' | 'checklist' | 'files'> = {
    direction,
    to: options.to,
    primary: ctx.primary.name,
    secondary: ctx.secondary.name,
    activeBefore,
  }
  if ((direction === 'failover') === (activeBefore === 'secondary')) {
    return {
      ...base,
      outcome: 'no-op',
      preflight: [],
      checklist: buildChecklist({ direction, failover: ctx.failover, hostnames: [] }),
      files: [],
    }
  }
  const head = await headCommit(ctx.repo)
  progress(`checking ${direction} to ${options.to} on a scratch worktree of ${head.slice(0, 12)}`)
  const prepared = await withWorktree(ctx.repo, head, direction, async (tree) => {
    const files = await makeChange(tree.dir, direction, ctx)
    const preflight = await preflightIn(tree.dir, ctx, direction, options)
    // A refused change is not planned: the refusal is what to act on.
    if (preflight.preflight.some((check) => check.blocking && check.status === 'fail')) return { files, ...preflight }
    progress('planning both overlays')
    const { plan } = await createPlan({
      cwd: tree.dir,
      base: head,
      environments: [ctx.primary.name, ctx.secondary.name],
      all: true,
      ...(options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}),
    })
    return { files, plan, ...preflight }
  })
  const checklist = buildChecklist({ direction, failover: ctx.failover, hostnames: prepared.hostnames })
  const result: FailoverResult = {
    ...base,
    outcome: 'planned',
    preflight: prepared.preflight,
    ...('plan' in prepared && prepared.plan ? { plan: prepared.plan } : {}),
    checklist,
    files: prepared.files,
  }
  if (prepared.preflight.some((check) => check.blocking && check.status === 'fail'))
    return { ...result, outcome: 'refused' }
  if (options.mode === 'dry-run') return result

  const time = (options.now ?? (() => new Date()))().toISOString()
  const trailers: Record<string, string> = {
    [TRAILERS.direction]: direction,
    [TRAILERS.environment]: options.to,
    [TRAILERS.reason]: oneLine(options.reason ?? `${direction} to ${options.to}`),
    [TRAILERS.time]: time,
  }
  const message = `${direction} to ${options.to}\n\n${direction === 'failover' ? `${ctx.secondary.name} takes production traffic: ${ctx.failover.components.standby} replaced by ${ctx.failover.components.active}.` : `${ctx.primary.name} takes production traffic again: ${ctx.secondary.name} back to ${ctx.failover.components.standby}.`}`
  if (options.mode === 'commit') {
    const dirty = (await git(ctx.repo, ['status', '--porcelain', '--', ...prepared.files])).trim()
    if (dirty) throw new UsageError(`uncommitted changes in ${prepared.files.join(', ')}; commit or stash them first`)
    const files = await makeChange(ctx.repo, direction, ctx)
    const commit = await commitChange(ctx.repo, { message, trailers, files })
    if (!commit) return { ...result, outcome: 'no-op' }
    return { ...result, outcome: 'committed', commit, files, trailers }
  }
  const branch = options.branch ?? (await currentBranch(ctx.repo))
  if (!branch) throw new UsageError('--push: HEAD is detached; name the branch with --branch')
  let files: string[] = prepared.files
  const pushed = await pushWithRetry({
    repo: ctx.repo,
    branch,
    ...(options.remote ? { remote: options.remote } : {}),
    ...(options.push ?? {}),
    apply: async (dir) => {
      files = await makeChange(dir, direction, ctx)
      return files.length > 0 ? { message, trailers, files } : null
    },
  })
  if (pushed.status === 'no-op') return { ...result, outcome: 'no-op', attempts: pushed.attempts }
  const done: FailoverResult = {
    ...result,
    outcome: 'pushed',
    commit: pushed.commit,
    attempts: pushed.attempts,
    files,
    trailers,
  }
  if (options.wait) {
    const application = applicationName(ctx, options.to)
    progress(`waiting for Argo CD Application ${application} to be Synced at ${pushed.commit.slice(0, 12)} and Healthy`)
    const rollout = await waitForRollout({
      application,
      revision: pushed.commit,
      timeoutMs: options.wait.timeoutMs ?? checklist.rtoMs,
      ...(options.wait.pollMs ? { pollMs: options.wait.pollMs } : {}),
      ...(options.wait.client ? { client: options.wait.client } : {}),
      ...(options.wait.sleep ? { sleep: options.wait.sleep } : {}),
      ...(options.wait.now ? { now: options.wait.now } : {}),
    })
    const committed = (await commitDate(ctx.repo, pushed.commit).catch(() => new Date(time))).getTime()
    const healthyAt = (options.wait.now ?? Date.now)()
    done.rollout = {
      ...rollout,
      ...(rollout.outcome === 'healthy'
        ? { commitToHealthyMs: Math.max(0, healthyAt - committed), withinRto: healthyAt - committed <= checklist.rtoMs }
        : {}),
    }
  }
  return done
}

function applicationName(ctx: Context, environment: string): string {
  return ctx.discovery.applications.find((app) => app.info.name === environment)?.info.name ?? environment
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim() || '(none)'
}

/** Renders both sides in `dir` (the changed checkout) and runs the preflight there. */
async function preflightIn(
  dir: string,
  ctx: Context,
  direction: Direction,
  options: Pick<FailoverOptions, 'verifyImages' | 'clientFor' | 'kustomizeCommand' | 'onProgress'>,
): Promise<{ preflight: PreflightCheck[]; hostnames: string[]; parity: DrStatus['parity'] }> {
  const [target, other] = direction === 'failover' ? [ctx.secondary, ctx.primary] : [ctx.primary, ctx.secondary]
  const [targetSide, otherSide] =
    direction === 'failover'
      ? [ctx.failover.secondary, ctx.failover.primary]
      : [ctx.failover.primary, ctx.failover.secondary]
  const renderOptions: RenderOptions = {
    repoRoot: dir,
    config: ctx.config,
    concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
    ...(options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}),
  }
  options.onProgress?.(`rendering ${target.name} and ${other.name}`)
  const [targetResult, otherResult] = await renderDiscovered([target, other], renderOptions)
  const objects = (r: typeof targetResult) => (r?.resources ?? []).map((resource) => resource.object)
  const targetObjects = objects(targetResult)
  const otherObjects = objects(otherResult)
  options.onProgress?.('running the preflight checks')
  const preflight = await runPreflight({
    direction,
    config: ctx.config,
    failover: ctx.failover,
    target: { environment: target, region: targetSide.region, objects: targetObjects },
    other: { environment: other, region: otherSide.region, objects: otherObjects },
    applications: ctx.discovery.applications,
    definitions: ctx.discovery.definitions,
    verifyImages: options.verifyImages !== false,
    ...(options.clientFor ? { clientFor: options.clientFor } : {}),
    validateTarget: () =>
      validate({
        repoRoot: dir,
        config: ctx.config,
        environments: [target.name],
        locate: false,
        ...(options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}),
      }),
  })
  const hostnames = [...new Set(dnsRecords(targetObjects).flatMap((record) => record.hostnames))].sort()
  const primaryDigests = digestsByService(direction === 'failover' ? otherObjects : targetObjects, ctx.config)
  const secondaryDigests = digestsByService(direction === 'failover' ? targetObjects : otherObjects, ctx.config)
  const parity = [...new Set([...primaryDigests.keys(), ...secondaryDigests.keys()])].sort().map((service) => {
    const primary = primaryDigests.get(service)
    const secondary = secondaryDigests.get(service)
    return {
      service,
      ...(primary ? { primary } : {}),
      ...(secondary ? { secondary } : {}),
      equal: primary !== undefined && primary === secondary,
    }
  })
  return { preflight, hostnames, parity }
}

/** Options of {@link drStatus}. */
export type DrStatusOptions = Pick<
  FailoverOptions,
  'cwd' | 'configFile' | 'verifyImages' | 'clientFor' | 'kustomizeCommand' | 'onProgress'
>

/**
 * `slipway dr status`: which side is active, digest parity per service, and the failover
 * preflight run against the secondary as it would be after a failover (or as it is, when
 * it is already active). Nothing is written.
 *
 * @returns {@link DrStatus}; `ready` is false when a blocking check fails.
 * @throws {ConfigError} for a missing or invalid `failover:` section.
 */
export async function drStatus(options: DrStatusOptions): Promise<DrStatus> {
  const ctx = await context(options.cwd, options.configFile, options.kustomizeCommand)
  const active: ActiveSide = await activeSide(ctx.repo, join(ctx.repo, ctx.secondary.path), ctx.failover)
  const head = await headCommit(ctx.repo)
  const checked = await withWorktree(ctx.repo, head, 'dr-status', async (tree) => {
    await makeChange(tree.dir, 'failover', ctx)
    return preflightIn(tree.dir, ctx, 'failover', options)
  })
  return {
    primary: { ...ctx.failover.primary },
    secondary: { ...ctx.failover.secondary },
    active,
    parity: checked.parity,
    preflight: checked.preflight,
    ready: !checked.preflight.some((check) => check.blocking && check.status === 'fail'),
    checklist: buildChecklist({ direction: 'failover', failover: ctx.failover, hostnames: checked.hostnames }),
  }
}
