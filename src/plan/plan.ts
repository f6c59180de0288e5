/**
 * `slipway plan`: render the affected environments at base and at head (exported into
 * temporary directories) and compare them resource by resource.
 */
import { availableParallelism } from 'node:os'
import { readFile, stat } from 'node:fs/promises'
import { realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { loadConfig, type SlipwayConfig } from '../config/index.js'
import { UsageError, errorMessage } from '../errors.js'
import type { KubernetesObject } from '../manifests/resource.js'
import type { Environment, RenderResult } from '../render/environment.js'
import { discoverEnvironments, renderDiscovered, type RenderOptions } from '../render/index.js'
import type { ProgressEvent } from '../report/progress.js'
import { assignShards, type Shard } from '../validation/shard.js'
import { dependencyGraph, isAffected, type DependencyGraph } from './affected.js'
import { compareEnvironment } from './compare.js'
import { resolvePlanConfig, type ResolvedPlanConfig } from './config.js'
import { changedFiles, repositoryRoot, resolveCommit } from '../git/repository.js'
import { exportCommit, type Worktree } from '../git/worktree.js'
import type { EnvironmentPlan, Plan, SkippedEnvironment } from './model.js'
import { SecretScrubber, sanitizeRenderMessage } from '../manifests/secret-redaction.js'
import { monotonicMs } from '../util/clock.js'

/** Options of {@link createPlan}. */
export interface PlanOptions {
  /** A directory inside the repository (the user's checkout). */
  cwd: string
  /** Base ref (branch, tag, SHA). */
  base: string
  /** Head ref; `undefined` = the working tree as it is. */
  head?: string
  /** Kustomize roots or YAML paths (relative to `cwd`) to plan instead of the discovered environments. */
  paths?: string[]
  /** Only these environments. */
  environments?: string[]
  /** Render every environment, even those no changed file affects. */
  all?: boolean
  /**
   * Config file, absolute or relative to `cwd` (as every command's `--config`); it must lie
   * inside the repository, since it is read at both revisions. Default `slipway.yaml` at
   * the repository root if present.
   */
  configFile?: string
  kustomizeCommand?: string
  kubernetesVersion?: string
  /** Per-build timeout, milliseconds. */
  timeoutMs?: number
  /** Plan only this shard's environments (`--shard I/N`, the split of `validate --shard`, see {@link assignShards}). */
  shard?: Shard
  /** Resources per environment from the last run, to balance shards. */
  shardWeights?: ReadonlyMap<string, number>
  /** Called after each render (base and head), for progress. */
  onRendered?: (event: ProgressEvent) => void
}

/** A plan and the scrubber that knows every Secret value seen while making it. */
export interface PlanRun {
  plan: Plan
  /** Apply to any text derived from the plan before printing or uploading it (defence in depth). */
  scrubber: SecretScrubber
  /** The resolved `plan:` config of the base revision (trusted: the head may be a pull request). */
  config: ResolvedPlanConfig
  /** Changed files the affected environments were chosen by (`undefined` with `all`). */
  changedFiles?: string[]
}

/** Files whose change may affect every environment's render. */
const GLOBAL_FILES = new Set(['slipway.yaml', 'slipway.yml'])

/**
 * Makes the plan. The base commit is exported into a temporary directory (as is the head
 * when a ref is given, with LFS smudge off: it is PR content) with `exportCommit` — read-only
 * checkouts, nothing registered in the repository; they are always removed, even on error.
 * On SIGINT/SIGTERM the CLI's handler removes them (`removeAllWorktrees`).
 *
 * @returns the plan with Secret values already scrubbed from every string in it.
 * @throws {UsageError} for a ref that is not a commit, a directory outside a git
 *   repository, or an environment name known on neither side.
 * Trust model: the head revision contributes manifests only; both revisions are discovered
 * and rendered with the base revision's `slipway.yaml` (render settings, discovery, plan
 * rules). A head that changes the config gets a note; a head that touches
 * {@link TOOLING_PATHS} is listed in `plan.toolingChanges`.
 */
export async function createPlan(options: PlanOptions): Promise<PlanRun> {
  const started = monotonicMs()
  const repo = await repositoryRoot(options.cwd)
  const baseCommit = await resolveCommit(repo, options.base, '--base')
  const headCommit = options.head ? await resolveCommit(repo, options.head, '--head') : undefined
  const worktrees: Worktree[] = []
  const keep = (tree: Worktree): Worktree => {
    worktrees.push(tree)
    return tree
  }
  try {
    // Both revisions are exported at once, read-only (no git worktree is registered).
    // Settled, not raced: a checkout that finishes after the other failed is still removed below.
    const [base, head] = await Promise.allSettled([
      exportCommit(repo, baseCommit, 'plan-base').then(keep),
      options.head ? exportCommit(repo, headCommit as string, 'plan-head', { untrusted: true }).then(keep) : undefined,
    ])
    if (base.status === 'rejected') throw base.reason
    if (head.status === 'rejected') throw head.reason
    const baseTree = base.value
    const headDir = head.value?.dir ?? repo
    // Trust model: the head contributes manifests only. Everything that decides what runs or
    // is fetched — the Kustomize program, Helm, timeouts, discovery (argocd, environments) —
    // and the plan rules (ignore, production, defaults) come from the base revision's config,
    // for both sides: a pull request must not be able to pick a program (`render.kustomize:
    // ./script.sh`), enable Helm, hide its own changes or un-mark production by editing it.
    const configPath =
      options.configFile === undefined ? undefined : repoRelativePath(repo, options.cwd, options.configFile)
    const configFile = configPath ?? 'slipway.yaml'
    const notes: string[] = []
    const baseConfig = await loadConfig(baseTree.dir, configPath).catch((error: unknown) => {
      notes.push(
        `${configFile} could not be read at base (${errorMessage(error)}); this plan uses the default settings and plan rules`,
      )
      return undefined
    })
    const headConfig = await loadConfig(headDir, configPath).catch((error: unknown) => {
      notes.push(`${configFile} is invalid at head (${errorMessage(error)}); it is not used`)
      return undefined
    })
    const trusted: SlipwayConfig = baseConfig ?? {}
    const planConfig = resolvePlanConfig(baseConfig ?? {}, configFile)
    if (baseConfig && headConfig) {
      if (planRules(baseConfig) !== planRules(headConfig))
        notes.push(
          `the head changes the plan rules in ${configFile} (plan, environments.*.production); this plan uses the base revision's rules`,
        )
      const changedSettings = changedSettingKeys(baseConfig, headConfig)
      if (changedSettings.length)
        notes.push(
          `the head changes ${changedSettings.join(', ')} in ${configFile}; both revisions are rendered with the base revision's settings (the head contributes manifests only)`,
        )
    }
    const relCwd = relative(repo, resolve(options.cwd))
    const renderOptions = (dir: string, config: SlipwayConfig): RenderOptions => ({
      repoRoot: dir,
      cwd: resolve(dir, relCwd),
      config,
      ...(options.paths?.length ? { paths: options.paths } : {}),
      ...(options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}),
      ...(options.kubernetesVersion ? { kubernetesVersion: options.kubernetesVersion } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
    })
    const baseOptions = renderOptions(baseTree.dir, trusted)
    const headOptions = renderOptions(headDir, trusted)
    const [baseEnvs, headEnvs] = await Promise.all([discoverSide(baseOptions), discoverSide(headOptions)])
    const names = unionNames(baseEnvs, headEnvs)
    if (options.paths?.length) await checkPaths(options.paths, [baseOptions, headOptions])
    if (options.environments?.length) {
      const unknown = options.environments.filter((name) => !names.includes(name))
      if (unknown.length)
        throw new UsageError(
          `--env: unknown environment ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${names.join(', ') || '(none)'}`,
        )
    }
    const shards = options.shard && assignShards(names, options.shard.count, options.shardWeights)
    const wanted = names.filter(
      (name) =>
        (!options.environments?.length || options.environments.includes(name)) &&
        (!shards || shards.get(name) === options.shard?.index),
    )
    const skipped: SkippedEnvironment[] = []
    let changed: string[] | undefined
    let selected = wanted
    const allChanged = await changedFiles(repo, baseCommit, options.head ? headCommit : undefined)
    const toolingChanges = allChanged.filter(isToolingPath)
    if (!options.all) {
      changed = allChanged
      if (!changed.some((file) => GLOBAL_FILES.has(file))) {
        selected = []
        for (const name of wanted) {
          const reason = await affectedReason(name, baseEnvs, headEnvs, baseTree.dir, headDir, changed)
          if (reason === undefined) {
            const env = (headEnvs.get(name) ?? baseEnvs.get(name)) as Environment
            skipped.push({ name, path: env.path, reason: 'no changed file is in its Kustomize dependency graph' })
          } else selected.push(name)
        }
      }
    }
    const pick = (envs: Map<string, Environment>) =>
      selected.map((name) => envs.get(name)).filter((env): env is Environment => env !== undefined)
    const total = pick(baseEnvs).length + pick(headEnvs).length
    let done = 0
    const progress = (side: 'base' | 'head') => (result: RenderResult) =>
      options.onRendered?.({
        done: ++done,
        total,
        environment: result.environment.name,
        side,
        renderMs: result.renderMs,
        resources: result.resources.length,
      })
    const [baseResults, headResults] = await Promise.all([
      renderDiscovered(pick(baseEnvs), { ...baseOptions, onRendered: progress('base') }),
      renderDiscovered(pick(headEnvs), { ...headOptions, onRendered: progress('head') }),
    ])
    const scrubber = new SecretScrubber()
    await addGeneratorSecrets(scrubber, selected, [
      [baseEnvs, baseTree.dir],
      [headEnvs, headDir],
    ])
    scrubber.protect(identifiers(selected, [baseEnvs, headEnvs], [...baseResults, ...headResults], changed ?? []))
    const byName = (results: RenderResult[]) => new Map(results.map((result) => [result.environment.name, result]))
    const baseByName = byName(baseResults)
    const headByName = byName(headResults)
    const environments: EnvironmentPlan[] = []
    for (const name of selected) {
      const before = baseByName.get(name)
      const after = headByName.get(name)
      const objects = (result: RenderResult | undefined): KubernetesObject[] | undefined =>
        result?.resources.map((resource) => resource.object)
      scrubber.addSecrets(objects(before) ?? [])
      scrubber.addSecrets(objects(after) ?? [])
      const errors = [
        ...(before?.findings ?? [])
          .filter((f) => f.severity === 'error')
          .map((f) => `base: ${sanitizeRenderMessage(f.message)}${where(f)}`),
        ...(after?.findings ?? [])
          .filter((f) => f.severity === 'error')
          .map((f) => `head: ${sanitizeRenderMessage(f.message)}${where(f)}`),
      ]
      // A failed render has no resources: diffing it would report every resource as deleted.
      const failed = errors.length > 0
      environments.push(
        compareEnvironment(
          {
            name,
            path: (after ?? before)!.environment.path,
            base: failed ? [] : objects(before),
            head: failed ? [] : objects(after),
            errors,
          },
          planConfig,
        ),
      )
    }
    const plan: Plan = {
      base: { ref: options.base, commit: baseCommit },
      head: options.head ? { ref: options.head, commit: headCommit } : {},
      environments,
      skipped,
      totals: planTotals(environments),
      durationMs: 0,
      ...(notes.length ? { notes } : {}),
      ...(toolingChanges.length ? { toolingChanges } : {}),
      ...(options.shard ? { shard: { ...options.shard, order: names } } : {}),
    }
    scrubPlan(plan, scrubber)
    plan.durationMs = Math.round(monotonicMs() - started)
    return { plan, scrubber, config: planConfig, ...(changed ? { changedFiles: changed } : {}) }
  } finally {
    for (const tree of worktrees) await tree.remove().catch(() => undefined)
  }
}

async function discoverSide(options: RenderOptions): Promise<Map<string, Environment>> {
  try {
    const { environments } = await discoverEnvironments(options)
    return new Map(environments.map((env) => [env.name, env]))
  } catch (error) {
    // A path given on the command line may not exist at base (new overlay): then nothing is there to compare.
    if (error instanceof UsageError && options.paths?.length) return new Map()
    throw error
  }
}

function unionNames(a: Map<string, Environment>, b: Map<string, Environment>): string[] {
  return [...new Set([...b.keys(), ...a.keys()])]
}

/** Why an environment must be rendered, or `undefined` when no changed file can affect it. */
async function affectedReason(
  name: string,
  base: Map<string, Environment>,
  head: Map<string, Environment>,
  baseDir: string,
  headDir: string,
  changed: string[],
): Promise<string | undefined> {
  const before = base.get(name)
  const after = head.get(name)
  if (!before || !after) return before ? 'removed at head' : 'new at head'
  if (JSON.stringify({ ...before, application: undefined }) !== JSON.stringify({ ...after, application: undefined }))
    return 'environment definition changed'
  const graphs = await Promise.all([dependencyGraph(baseDir, before), dependencyGraph(headDir, after)])
  for (const graph of graphs) {
    if (!graph.complete) return `dependency graph unknown (${graph.reason ?? 'unreadable'})`
    if (isAffected(graph, changed)) return 'changed files in its dependency graph'
  }
  return undefined
}

/**
 * Replaces known Secret values in the free-form text of the plan — render errors — in
 * place. Identifiers and diffs are never rewritten (Secret data is redacted structurally).
 */
function scrubPlan(plan: Plan, scrubber: SecretScrubber): void {
  if (scrubber.size === 0) return
  for (const env of plan.environments) env.errors = env.errors.map((error) => scrubber.scrub(error))
}

/** The plan's totals: resources to add, change and destroy, summed over its environments. */
export function planTotals(environments: readonly EnvironmentPlan[]): Plan['totals'] {
  return {
    added: environments.reduce((n, e) => n + e.added, 0),
    changed: environments.reduce((n, e) => n + e.changed, 0),
    removed: environments.reduce((n, e) => n + e.removed, 0),
  }
}

/**
 * Paths of Slipway's own tooling and settings: the bundled actions (`dist/`), their
 * metadata (`actions/`), the workflows (`.github/`), the config and the policies. A pull
 * request that changes one of them ran its own version of them in its own workflow run.
 */
export const TOOLING_PATHS = ['dist/', 'actions/', '.github/', 'slipway.yaml', 'slipway.yml', 'policies/'] as const

/** Whether a repository-relative path is one of {@link TOOLING_PATHS}. */
export function isToolingPath(file: string): boolean {
  return TOOLING_PATHS.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix))
}

/** Top-level config keys (other than the plan rules) whose value differs between base and head. */
function changedSettingKeys(base: SlipwayConfig, head: SlipwayConfig): string[] {
  const strip = (config: SlipwayConfig): Record<string, unknown> => {
    const { file: _file, plan: _plan, environments, ...rest } = config
    const envs = Object.fromEntries(
      Object.entries(environments ?? {}).map(([name, env]) => [name, { ...env, production: undefined }]),
    )
    return { ...rest, ...(Object.keys(envs).length ? { environments: envs } : {}) }
  }
  const a = strip(base)
  const b = strip(head)
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .sort()
}

/** The settings that decide the plan rules, as comparable text. */
function planRules(config: SlipwayConfig): string {
  const production = Object.fromEntries(
    Object.entries(config.environments ?? {}).map(([name, env]) => [
      name,
      (env as { production?: boolean }).production,
    ]),
  )
  return JSON.stringify({ plan: config.plan ?? null, production })
}

/**
 * Remembers the raw `secretGenerator` literals and the contents of their `files`/`envs` of
 * the selected environments on both sides, so an error message quoting one is scrubbed.
 */
async function addGeneratorSecrets(
  scrubber: SecretScrubber,
  selected: string[],
  sides: Array<[Map<string, Environment>, string]>,
): Promise<void> {
  for (const [envs, dir] of sides) {
    const graphs: DependencyGraph[] = await Promise.all(
      selected
        .map((name) => envs.get(name))
        .filter((env): env is Environment => env !== undefined)
        .map((env) => dependencyGraph(dir, env)),
    )
    const files = new Set<string>()
    for (const graph of graphs) {
      for (const literal of graph.secretLiterals) scrubber.addValue(literal)
      for (const file of graph.secretFiles) files.add(file)
    }
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8').catch(() => undefined)
      if (text === undefined) continue
      scrubber.addValue(text)
      // Env files: each value after `KEY=`.
      for (const line of text.split('\n'))
        if (line.includes('=')) scrubber.addValue(line.slice(line.indexOf('=') + 1).trim())
    }
  }
}

/** Strings the scrubber must never rewrite: environment names and paths, and every rendered resource's kind, namespace and name. */
function identifiers(
  selected: string[],
  sides: Array<Map<string, Environment>>,
  results: RenderResult[],
  changed: string[],
): string[] {
  const ids = new Set<string>([...selected, ...changed])
  for (const envs of sides) for (const env of envs.values()) ids.add(env.path)
  for (const result of results) {
    for (const resource of result.resources) {
      const object = resource.object
      for (const value of [object.kind, object.apiVersion, object.metadata?.name, object.metadata?.namespace])
        if (typeof value === 'string') ids.add(value)
    }
  }
  return [...ids]
}

/**
 * Every PATH given on the command line must exist at base or at head.
 *
 * @throws {UsageError} naming the path that exists at neither revision.
 */
async function checkPaths(paths: string[], sides: RenderOptions[]): Promise<void> {
  for (const path of paths) {
    let found = false
    for (const side of sides) {
      if (
        await stat(resolve(side.cwd ?? side.repoRoot, path)).then(
          () => true,
          () => false,
        )
      )
        found = true
    }
    if (!found) throw new UsageError(`${path}: no such file or directory at the base or the head revision`)
  }
}

/** ` (file:line)` of a render finding: the file Kustomize failed on, or the kustomization holding a refused entry. */
function where(finding: { file?: string; line?: number }): string {
  return finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : ''
}

/**
 * A `--config` path (absolute or relative to `cwd`) as a path relative to the repository
 * root, so that it can be read at both revisions.
 *
 * @throws {UsageError} naming the path when it lies outside the repository.
 */
function repoRelativePath(repo: string, cwd: string, file: string): string {
  const absolute = resolve(cwd, file)
  let inRepo = relative(repo, absolute)
  // The repository root comes from git, symlinks resolved; `cwd` may hold one.
  if (inRepo.startsWith('..')) inRepo = relative(repo, join(realpathOrSelf(dirname(absolute)), basename(absolute)))
  if (inRepo === '' || inRepo.startsWith('..') || isAbsolute(inRepo))
    throw new UsageError(
      `--config ${file}: the config file must be inside the repository (${repo}), since it is read at both revisions`,
    )
  return inRepo
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
