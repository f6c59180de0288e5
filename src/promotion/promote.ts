/**
 * `slipway promote`: move a release (one unit of digests) into an environment's overlay,
 * behind its gates, as one commit with `Slipway-*` trailers — or, without `--commit` or
 * `--push`, only say what would change.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SlipwayConfig } from '../config/index.js'
import type { EcrConfig } from '../config/sections/ecr.js'
import { requireEcrConfig } from '../ecr/config.js'
import { resolveTagDigests, verifyImages, type EcrClientFactory } from '../ecr/verify-images.js'
import { ConfigError, UsageError } from '../errors.js'
import { commitChange } from '../git/commit.js'
import { pushWithRetry, type PushChange } from '../git/push.js'
import { currentBranch, headCommit, showFile } from '../git/repository.js'
import { git } from '../git/runner.js'
import { pushPromotionBranch } from './pull-request.js'
import { withWorktree } from '../git/worktree.js'
import { findKustomizationFile } from '../kustomize/kustomization.js'
import { discoverEnvironments } from '../render/index.js'
import { validate } from '../validation/validate.js'
import { createPlan } from '../plan/plan.js'
import { renderText } from '../plan/format/index.js'
import { followersOf, resolvePromotionConfig, type ResolvedPromotionConfig } from './config.js'
import { evaluateGates, refusals, residencies, type EnvironmentRevision, type GateResult } from './gates.js'
import { TRAILERS, environmentHistory, isRollback, releaseTagDate } from './history.js'
import {
  applyRelease,
  defaultRegistryHost,
  overlayState,
  parseKustomizationText,
  regionOf,
  type ImageChange,
} from './overlay.js'
import { compareReleasesDesc, isEarlierRelease, loadImagesFile, parseReleaseName, type ReleaseUnit } from './release.js'

/** Where the release comes from. */
export type ReleaseSource =
  | { kind: 'images'; file: string; shownAs: string }
  | { kind: 'release'; name: string }
  | { kind: 'from'; environment: string }
  /** The newest release that ran in the target's `from` environment and passes its gates now. */
  | { kind: 'newest-eligible' }

/** What to do with the change. */
export type PromoteMode = 'dry-run' | 'commit' | 'push'

/** Options of {@link promote}. */
export interface PromoteOptions {
  /** Repository root (a clone; for `push`, with the remote configured). */
  repoRoot: string
  config: SlipwayConfig
  to: string
  source: ReleaseSource
  reason?: string
  emergency?: boolean
  mode: PromoteMode
  /** Check every digest in the target region's ECR (default true). */
  verifyImages?: boolean
  /** The clock, ms since the epoch. */
  nowMs: number
  /** Run by a workflow, not a person: never undo a rollback made after the release was tagged. */
  automatic?: boolean
  kustomizeCommand?: string
  schemaLocations?: string[]
  /** ECR clients (tests); default real clients per region. */
  ecrClientFor?: EcrClientFactory
  /** Opens the pull request in `promotion.mode: pull-request` (see `pull-request.ts`). */
  openPullRequest?: (request: PullRequestRequest) => Promise<{ number: number; url: string }>
  /** Push attempts in all. Default 15 (ten runners promoting at once must all land). */
  maxAttempts?: number
  /** Progress lines (stderr). */
  onProgress?: (line: string) => void
}

/** What the pull-request opener is given. */
export interface PullRequestRequest {
  head: string
  base: string
  title: string
  body: string
}

/** The outcome of {@link promote}: data for the CLI and the action to print. */
export interface PromotionResult {
  /** `refused`: a gate failed (exit 1); `no-op`: already there (exit 0). */
  status: 'refused' | 'no-op' | 'planned' | 'committed' | 'pushed' | 'pull-request'
  release: string
  environment: string
  /** Environments changed in the same commit (`production-dr`). */
  followers: string[]
  from?: string
  rollback: boolean
  emergency: boolean
  gates: GateResult[]
  changes: ImageChange[]
  /** Commit message (subject, body) and trailers, also for a dry run. */
  message: string
  trailers: Record<string, string>
  commit?: string
  attempts?: number
  branch?: string
  pullRequest?: { number: number; url: string }
  /** The plan of the target environment(s) (dry run and pull request), as text. */
  plan?: string
  /** Why nothing changed (`no-op`). */
  note?: string
}

interface Target {
  name: string
  /** Repository-relative kustomization file. */
  file: string
  follower: boolean
}

/**
 * Promotes a release. Order: resolve the release; read the target (and the environments
 * that follow it) at HEAD; compute the edit; the `from`, `soak`, `window`, `freeze` gates
 * (and, for `automatic`, the rollback guard); then render and validate the edited
 * environments in a temporary worktree, and check the digests in ECR. Nothing is written
 * unless every gate passes (or is overridden by `emergency`). `push` re-applies the intent
 * on the newest tip (`pushWithRetry`), never forcing.
 *
 * @returns the result; `refused` lists the gates that failed, with their remaining time.
 * @throws {UsageError} for an unknown environment, an environment that follows another,
 *   `--emergency` without `--reason`, a bad release name or a dirty target file (`commit`).
 * @throws {ConfigError} for a bad `promotion:`/`ecr:` section, images file or overlay.
 * @throws {PushError} when the push is refused for good (protected branch: use
 *   `promotion.mode: pull-request`).
 */
export async function promote(options: PromoteOptions): Promise<PromotionResult> {
  const progress = options.onProgress ?? (() => undefined)
  const ecr = requireEcrConfig(options.config)
  const promotion = resolvePromotionConfig(options.config)
  const reason = checkReason(options.reason)
  if (options.emergency && !reason)
    throw new UsageError('--emergency needs --reason "…" (it is recorded in the commit)')
  const files = await environmentFiles(options.repoRoot, options.config)
  const gatesOf = promotion.environments[options.to]
  if (!files.has(options.to))
    throw new UsageError(
      `--to: unknown environment ${JSON.stringify(options.to)}; known: ${[...files.keys()].join(', ')}`,
    )
  if (gatesOf?.follows)
    throw new UsageError(
      `--to ${options.to}: it follows ${gatesOf.follows} and is promoted with it; promote ${gatesOf.follows}`,
    )
  const targets: Target[] = [{ name: options.to, file: files.get(options.to)!, follower: false }]
  for (const follower of followersOf(promotion, options.to)) {
    const file = files.get(follower)
    if (!file)
      throw new ConfigError(
        `promotion.environments.${follower}: follows ${options.to} but no such environment was found`,
        'slipway.yaml',
      )
    targets.push({ name: follower, file, follower: true })
  }
  const head = await headCommit(options.repoRoot)
  const histories = new Map<string, EnvironmentRevision[]>()
  const historyOf = async (environment: string): Promise<EnvironmentRevision[]> => {
    let history = histories.get(environment)
    if (!history) {
      const file = files.get(environment)
      history = file ? await environmentHistory(options.repoRoot, environment, file, ecr, head) : []
      histories.set(environment, history)
    }
    return history
  }

  let unit: ReleaseUnit
  let source = options.source
  if (source.kind === 'newest-eligible') {
    const picked = await newestEligible(options, promotion, ecr, historyOf)
    if (!picked) {
      const from = gatesOf?.from
      return emptyResult(
        options,
        from,
        `no release that ran in ${from ?? '(no from environment)'} is eligible for ${options.to} now`,
      )
    }
    unit = picked
    source = { kind: 'from', environment: gatesOf!.from! }
  } else unit = await resolveRelease(options, source, ecr, files)
  const fromName = source.kind === 'from' ? source.environment : gatesOf?.from
  progress(
    `release ${unit.name}: ${Object.entries(unit.images)
      .map(([s, i]) => `${s}@${i.digest.slice(7, 19)}`)
      .join(', ')}`,
  )

  // Current state and the edit, from HEAD.
  const current = await readTarget(options.repoRoot, head, targets[0]!.file, ecr)
  const rollback = current.version !== undefined && isEarlierRelease(unit.name, current.version)
  const trailers: Record<string, string> = {
    [TRAILERS.release]: unit.name,
    [TRAILERS.environment]: options.to,
    [TRAILERS.from]: fromName ?? (source.kind === 'images' ? 'ecr-publish' : 'ecr'),
    [TRAILERS.reason]: reason ?? (options.automatic ? 'automatic promotion' : 'none given'),
    [TRAILERS.emergency]: String(Boolean(options.emergency)),
    [TRAILERS.rollback]: String(rollback),
  }
  const apply = async (read: (file: string) => Promise<string | undefined>) => {
    const edits: Array<{ target: Target; text: string; changed: boolean }> = []
    const changes: ImageChange[] = []
    for (const target of targets) {
      const text = await read(target.file)
      if (text === undefined) throw new ConfigError('kustomization not found', target.file)
      const k = parseKustomizationText(target.file, text)
      const edit = applyRelease(k, target.name, unit, ecr, () =>
        defaultRegistryHost(options.config, ecr, target.name, target.follower),
      )
      edits.push({ target, text: edit.text, changed: edit.changed })
      changes.push(...edit.changes)
    }
    return { edits, changes }
  }
  const initial = await apply((file) => showFile(options.repoRoot, head, file))
  const message = commitMessage(unit, options.to, targets, initial.changes, rollback, options.emergency)
  const base: PromotionResult = {
    status: 'planned',
    release: unit.name,
    environment: options.to,
    followers: targets.slice(1).map((t) => t.name),
    ...(fromName ? { from: fromName } : {}),
    rollback,
    emergency: Boolean(options.emergency),
    gates: [],
    changes: initial.changes,
    message,
    trailers,
  }
  if (!initial.edits.some((e) => e.changed))
    return {
      ...base,
      status: 'no-op',
      note: `${options.to} already runs ${unit.name}${targets.length > 1 ? ` (and so do ${base.followers.join(', ')})` : ''}`,
    }

  // The cheap gates.
  const gates: GateResult[] = evaluateGates({
    config: promotion,
    target: gatesOf,
    targetName: options.to,
    release: unit.name,
    digests: Object.fromEntries(Object.entries(unit.images).map(([s, i]) => [s, i.digest])),
    fromHistory: gatesOf?.from ? await historyOf(gatesOf.from) : [],
    nowMs: options.nowMs,
    emergency: options.emergency,
    rollback,
  })
  if (options.automatic)
    gates.push(await rollbackGuard(options.repoRoot, unit.name, options.to, await historyOf(options.to)))
  if (refusals(gates).length > 0 && options.mode !== 'dry-run') return { ...base, status: 'refused', gates }

  // Render and validate the edited environments; the plan for a dry run or a pull request.
  progress(`validating ${targets.map((t) => t.name).join(', ')} with the new digests`)
  const wantPlan = options.mode === 'dry-run' || promotion.mode === 'pull-request'
  const checked = await withWorktree(options.repoRoot, head, 'promote', async (tree) => {
    for (const edit of initial.edits) if (edit.changed) await writeFile(join(tree.dir, edit.target.file), edit.text)
    const names = targets.map((t) => t.name)
    const report = await validate({
      repoRoot: tree.dir,
      config: options.config,
      environments: names,
      locate: false,
      ...(options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}),
      ...(options.schemaLocations?.length ? { schemaLocations: options.schemaLocations } : {}),
    })
    const errors = report.findings.filter(
      (f) => f.severity === 'error' && (f.environment === undefined || names.includes(f.environment)),
    )
    let plan: string | undefined
    if (wantPlan) {
      const run = await createPlan({
        cwd: tree.dir,
        base: head,
        environments: names,
        all: true,
        ...(options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}),
      })
      plan = renderText(run.plan)
    }
    return { errors, plan }
  })
  gates.push(
    checked.errors.length === 0
      ? {
          gate: 'validation',
          status: 'pass',
          message: `validation: ${targets.map((t) => t.name).join(', ')} render and validate with no errors`,
        }
      : {
          gate: 'validation',
          status: 'fail',
          message: `validation: ${checked.errors.length} error(s): ${checked.errors
            .slice(0, 5)
            .map((f) => `[${f.environment ?? '-'}] ${f.rule}: ${f.message}`)
            .join('; ')}${checked.errors.length > 5 ? '; …' : ''}`,
        },
  )
  if (options.verifyImages === false)
    gates.push({ gate: 'images', status: 'skipped', message: 'images: not checked in ECR (--no-verify-images)' })
  else gates.push(...(await imageGates(options, ecr, unit, targets)))
  const result: PromotionResult = { ...base, gates, ...(checked.plan !== undefined ? { plan: checked.plan } : {}) }
  if (refusals(gates).length > 0) return { ...result, status: 'refused' }
  if (options.mode === 'dry-run') return result

  if (options.mode === 'commit') {
    for (const edit of initial.edits) {
      if (!edit.changed) continue
      const status = (await git(options.repoRoot, ['status', '--porcelain', '--', edit.target.file])).trim()
      if (status)
        throw new UsageError(
          `${edit.target.file} has uncommitted changes; commit or stash them first (promote commits only its own edit)`,
        )
    }
    for (const edit of initial.edits)
      if (edit.changed) await writeFile(join(options.repoRoot, edit.target.file), edit.text)
    const commit = await commitChange(options.repoRoot, {
      message,
      trailers,
      files: initial.edits.filter((e) => e.changed).map((e) => e.target.file),
    })
    if (!commit) return { ...result, status: 'no-op', note: `${options.to} already runs ${unit.name}` }
    return { ...result, status: 'committed', commit }
  }

  // push (or a pull request in pull-request mode)
  const branch = promotion.branch ?? (await currentBranch(options.repoRoot)) ?? 'main'
  const intent = async (dir: string): Promise<PushChange | null> => {
    const again = await apply(async (file) => showFileFromDir(dir, file))
    const changed = again.edits.filter((e) => e.changed)
    if (changed.length === 0) return null
    for (const edit of changed) await writeFile(join(dir, edit.target.file), edit.text)
    return {
      message: commitMessage(unit, options.to, targets, again.changes, rollback, options.emergency),
      trailers,
      files: changed.map((e) => e.target.file),
    }
  }
  if (promotion.mode === 'pull-request') {
    if (!options.openPullRequest)
      throw new UsageError(
        'promotion.mode is pull-request: a GitHub token is needed (GITHUB_TOKEN) to open the pull request',
      )
    const headBranch = `slipway/promote-${options.to}-${unit.name}-${Math.floor(options.nowMs / 1000)}`
    const commit = await pushPromotionBranch({
      repo: options.repoRoot,
      remote: promotion.remote,
      base: branch,
      branch: headBranch,
      apply: intent,
    })
    if (!commit) return { ...result, status: 'no-op', note: `${branch} already has ${unit.name} in ${options.to}` }
    const pull = await options.openPullRequest({
      head: headBranch,
      base: branch,
      title: message.split('\n')[0]!,
      body: pullRequestBody(result, checked.plan),
    })
    return { ...result, status: 'pull-request', commit, branch: headBranch, pullRequest: pull }
  }
  // Bounded, with jittered backoff from 250 ms up to 8 s between attempts: a promotion may
  // wait; it must not lose the race for good while other runners push to the same branch.
  const pushed = await pushWithRetry({
    repo: options.repoRoot,
    remote: promotion.remote,
    branch,
    apply: intent,
    maxAttempts: options.maxAttempts ?? 15,
    baseDelayMs: 250,
    maxDelayMs: 8000,
  })
  if (pushed.status === 'no-op')
    return {
      ...result,
      status: 'no-op',
      note: `${promotion.remote}/${branch} already has ${unit.name} in ${options.to}`,
      attempts: pushed.attempts,
    }
  return { ...result, status: 'pushed', commit: pushed.commit, attempts: pushed.attempts, branch }
}

function showFileFromDir(dir: string, file: string): Promise<string | undefined> {
  return readFile(join(dir, file), 'utf8').catch(() => undefined)
}

function emptyResult(options: PromoteOptions, from: string | undefined, note: string): PromotionResult {
  return {
    status: 'no-op',
    release: '',
    environment: options.to,
    followers: [],
    ...(from ? { from } : {}),
    rollback: false,
    emergency: false,
    gates: [],
    changes: [],
    message: '',
    trailers: {},
    note,
  }
}

/** `--reason`: one line, at most 500 characters; undefined when empty. @throws {UsageError} otherwise. */
function checkReason(reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined
  const trimmed = reason.trim()
  if (!trimmed) return undefined
  if ([...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    throw new UsageError('--reason must be one line of text (no line breaks or control characters)')
  if (trimmed.length > 500) throw new UsageError(`--reason is ${trimmed.length} characters; at most 500`)
  return trimmed
}

/** Kustomization file of every environment: discovered (Argo CD Applications, config paths, overlays). */
async function environmentFiles(repoRoot: string, config: SlipwayConfig): Promise<Map<string, string>> {
  const { environments } = await discoverEnvironments({ repoRoot, config })
  const files = new Map<string, string>()
  for (const env of environments) {
    if (env.type === 'yaml') continue
    const name = await findKustomizationFile(join(repoRoot, env.path))
    if (name) files.set(env.name, env.path === '.' ? name : `${env.path}/${name}`)
  }
  return files
}

async function readTarget(repoRoot: string, commit: string, file: string, ecr: EcrConfig) {
  const text = await showFile(repoRoot, commit, file)
  if (text === undefined) throw new ConfigError('kustomization not found at HEAD', file)
  return overlayState(parseKustomizationText(file, text), ecr)
}

async function resolveRelease(
  options: PromoteOptions,
  source: Exclude<ReleaseSource, { kind: 'newest-eligible' }>,
  ecr: EcrConfig,
  files: Map<string, string>,
): Promise<ReleaseUnit> {
  if (source.kind === 'images') return loadImagesFile(source.file, source.shownAs, ecr)
  if (source.kind === 'release') {
    const name = parseReleaseName(source.name)
    const repositories = Object.values(ecr.services).map((s) => s.repository)
    const digests = await resolveTagDigests({
      region: ecr.region,
      ...(ecr.registryId ? { registryId: ecr.registryId } : {}),
      repositories,
      tag: name,
      ...(options.ecrClientFor ? { clientFor: options.ecrClientFor } : {}),
    })
    const missing = Object.entries(ecr.services).filter(([, s]) => !digests.has(s.repository))
    if (missing.length > 0)
      throw new UsageError(
        `--release ${name}: no image tagged ${name} in ECR (${ecr.region}) for ${missing.map(([service, s]) => `${service} (${s.repository})`).join(', ')}`,
      )
    return {
      name,
      images: Object.fromEntries(
        Object.entries(ecr.services).map(([service, s]) => [
          service,
          { repository: s.repository, tag: name, digest: digests.get(s.repository)! },
        ]),
      ),
    }
  }
  const file = files.get(source.environment)
  if (!file)
    throw new UsageError(
      `--from: unknown environment ${JSON.stringify(source.environment)}; known: ${[...files.keys()].join(', ')}`,
    )
  if (source.environment === options.to) throw new UsageError('--from and --to name the same environment')
  const state = await readTarget(options.repoRoot, await headCommit(options.repoRoot), file, ecr)
  const images: ReleaseUnit['images'] = {}
  for (const [service, image] of Object.entries(state.images)) {
    if (!image.digest || !image.tag)
      throw new ConfigError(`${service}: the images: entry has no digest and tag to promote`, file)
    images[service] = { repository: ecr.services[service]!.repository, tag: image.tag, digest: image.digest }
  }
  const tags = new Set(Object.values(images).map((i) => i.tag))
  const name = state.version ?? (tags.size === 1 ? [...tags][0]! : undefined)
  if (!name)
    throw new ConfigError(
      `cannot tell which release ${source.environment} runs (no ${'app.kubernetes.io/version'} label and the services have different tags)`,
      file,
    )
  return { name: parseReleaseName(name, `${file}: release`), images }
}

/** The newest release (by semver) that ran in `from`, is not older than the target's, and passes the cheap gates now. */
async function newestEligible(
  options: PromoteOptions,
  promotion: ResolvedPromotionConfig,
  ecr: EcrConfig,
  historyOf: (env: string) => Promise<EnvironmentRevision[]>,
): Promise<ReleaseUnit | undefined> {
  const gatesOf = promotion.environments[options.to]
  if (!gatesOf?.from) throw new UsageError(`--newest-eligible: promotion.environments.${options.to}.from is not set`)
  const history = await historyOf(gatesOf.from)
  const target = (await historyOf(options.to)).at(-1)
  const candidates = new Map<string, EnvironmentRevision>()
  for (const revision of history)
    if (revision.release && !candidates.has(revision.release)) candidates.set(revision.release, revision)
  for (const [name, revision] of [...candidates].sort(([a], [b]) => compareReleasesDesc(a, b))) {
    if (target?.release && (name === target.release || isEarlierRelease(name, target.release))) return undefined
    const digests = revision.digests
    const gates = evaluateGates({
      config: promotion,
      target: gatesOf,
      targetName: options.to,
      release: name,
      digests,
      fromHistory: history,
      nowMs: options.nowMs,
    })
    if (refusals(gates).length > 0 || residencies(history, digests).length === 0) continue
    const images: ReleaseUnit['images'] = {}
    for (const [service, digest] of Object.entries(digests))
      if (ecr.services[service])
        images[service] = { repository: ecr.services[service].repository, tag: revision.tags[service] ?? name, digest }
    return { name, images }
  }
  return undefined
}

/**
 * The automatic promotion never undoes a rollback: when the target's latest change is a
 * rollback commit made after the release was tagged (or the tag is unknown), refuse and
 * name the commit.
 */
async function rollbackGuard(
  repoRoot: string,
  release: string,
  environment: string,
  history: readonly EnvironmentRevision[],
): Promise<GateResult> {
  const latest = history.at(-1)
  if (!latest || !isRollback(latest, environment))
    return { gate: 'rollback', status: 'pass', message: `rollback: ${environment} is not rolled back` }
  const tagged = await releaseTagDate(repoRoot, release)
  if (tagged !== undefined && tagged > latest.dateMs)
    return {
      gate: 'rollback',
      status: 'pass',
      message: `rollback: ${release} was tagged after the rollback ${latest.commit.slice(0, 7)}`,
    }
  return {
    gate: 'rollback',
    status: 'fail',
    message: `rollback: ${environment} was rolled back to ${latest.release ?? '?'} by ${latest.commit.slice(0, 7)} (${latest.subject}) on ${new Date(latest.dateMs).toISOString()}${tagged !== undefined ? `, after ${release} was tagged` : ''}; the automatic promotion does not undo it — promote by hand to override`,
  }
}

async function imageGates(
  options: PromoteOptions,
  ecr: EcrConfig,
  unit: ReleaseUnit,
  targets: Target[],
): Promise<GateResult[]> {
  const images = Object.values(unit.images).map((i) => ({ repository: i.repository, digest: i.digest }))
  const results: GateResult[] = []
  const primary = regionOf(options.config, ecr, options.to, false)
  for (const target of targets) {
    const region = regionOf(options.config, ecr, target.name, target.follower)
    const verified = await verifyImages({
      region,
      ...(ecr.registryId ? { registryId: ecr.registryId } : {}),
      images,
      ...(target.follower && region !== primary ? { replicatedFrom: primary } : {}),
      ...(options.ecrClientFor ? { clientFor: options.ecrClientFor } : {}),
    })
    const bad = verified.images.filter((i) => i.problem)
    results.push(
      bad.length === 0
        ? {
            gate: 'images',
            status: 'pass',
            message: `images: ${images.length} digest(s) present in ${region}${target.follower ? ' (replication complete)' : ''} for ${target.name}`,
          }
        : {
            gate: 'images',
            status: 'fail',
            message: `images: ${target.name}: ${bad.map((i) => `${i.repository}@${i.digest.slice(0, 19)}… ${i.problem}`).join('; ')}`,
          },
    )
  }
  return results
}

function commitMessage(
  unit: ReleaseUnit,
  to: string,
  targets: Target[],
  changes: ImageChange[],
  rollback: boolean,
  emergency?: boolean,
): string {
  const lines = [`promote ${unit.name} to ${to}`, '']
  if (rollback) lines.push(`Rollback of ${to} to ${unit.name}.`)
  if (emergency) lines.push('Emergency promotion: soak, window and freeze were overridden.')
  for (const target of targets) {
    const own = changes.filter((c) => c.environment === target.name)
    if (own.length === 0) continue
    lines.push(target.follower ? `${target.name} follows ${to}:` : `${target.name}:`)
    for (const change of own)
      lines.push(`- ${change.service}: ${change.from?.tag ?? '(none)'} → ${change.to.tag} ${change.to.digest}`)
  }
  return lines.join('\n')
}

function pullRequestBody(result: PromotionResult, plan: string | undefined): string {
  const gates = result.gates
    .map((g) => `- ${g.status === 'pass' ? '✅' : g.status === 'fail' ? '❌' : '⚠️'} ${g.message}`)
    .join('\n')
  const changes = result.changes
    .map((c) => `| ${c.environment} | ${c.service} | ${c.from?.tag ?? ''} | ${c.to.tag} | \`${c.to.digest}\` |`)
    .join('\n')
  return [
    `Promote **${result.release}** to **${result.environment}**${result.followers.length ? ` (and ${result.followers.join(', ')})` : ''}.`,
    '',
    '| environment | service | from | to | digest |',
    '|---|---|---|---|---|',
    changes,
    '',
    '### Gates',
    gates,
    '',
    '### Plan',
    '```',
    (plan ?? '').slice(0, 50_000),
    '```',
  ].join('\n')
}
