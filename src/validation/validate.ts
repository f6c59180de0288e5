import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { isProductionEnvironment, kubernetesVersionFor, loadConfig, type SlipwayConfig } from '../config/index.js'
import { findKustomizationFile } from '../kustomize/kustomization-file.js'
import { refKey } from '../manifests/resource.js'
import { parseYamlStream } from '../manifests/yaml-stream.js'
import {
  discoverEnvironments,
  renderDiscovered,
  type Discovery,
  type Environment,
  type RenderOptions,
  type RenderResult,
} from '../render/index.js'
import type { SchemaValidator } from '../schemas/index.js'
import type { Policy } from './policies/index.js'
import { countBySeverity, type Finding } from '../findings/finding.js'
import { assignShards, sortFindings, stableHash, type Shard, type ShardInfo } from './shard.js'
import type { EnvironmentSummary, ValidationReport } from './report.js'
import { monotonicMs } from '../util/clock.js'

/** Options of {@link validate}. Rendering options are those of {@link RenderOptions}. */
export interface ValidateOptions extends Omit<RenderOptions, 'config' | 'buildMetadata' | 'onRendered'> {
  /** `slipway.yaml` path (absolute or relative to `repoRoot`); default: the repository's, if any. */
  configFile?: string
  /** Use this config instead of reading one. */
  config?: SlipwayConfig
  /** `--schema-location` values, tried in order before the config's. */
  schemaLocations?: string[]
  /** Schema download cache directory. */
  cacheDir?: string
  /** Validate only this shard's environments (`--shard I/N`); the report records the shard for `merge-reports`. */
  shard?: Shard
  /** Resources per environment from the last run, to balance shards (see {@link assignShards}). */
  shardWeights?: ReadonlyMap<string, number>
  /** Map each finding to the source file and line that introduced it (default true). */
  locate?: boolean
  /** Called after each environment is rendered (progress), with renders done and in total. */
  onRendered?: (result: RenderResult, progress: { done: number; total: number }) => void
  /**
   * A YAML stream read from standard input (`slipway validate -`), validated as one more
   * environment named `stdin` (plain YAML; findings at `<stdin>` and the stream's line).
   * With `stdin` and no `paths`, nothing else is discovered.
   */
  stdin?: string
}

/** The file name findings of a stream read from standard input carry. */
export const STDIN_FILE = '<stdin>'

/**
 * `slipway validate`: renders every environment as Argo CD would and validates each
 * resource: strict schemas for the environment's Kubernetes version (unknown fields and
 * duplicate keys are errors), removed and deprecated APIs, organisation policies
 * (`policies/`) and cross-resource checks. Render failures are findings, not exceptions.
 *
 * @returns the {@link ValidationReport} (the `--format json` contract); `durationMs` in milliseconds.
 * @throws {ConfigError} for an invalid `slipway.yaml` or policy file; {@link UsageError} for
 *   unknown environments, missing paths or a bad Kubernetes version.
 */
export async function validate(options: ValidateOptions): Promise<ValidationReport> {
  const started = monotonicMs()
  const config = options.config ?? (await loadConfig(options.repoRoot, options.configFile))
  const renderOptions: RenderOptions = { ...options, config, buildMetadata: false, onRendered: undefined }
  const stdinOnly = options.stdin !== undefined && !options.paths?.length
  const discovery: Discovery = stdinOnly
    ? { environments: [], skipped: [], projects: [], applications: [], definitions: [] }
    : await discoverEnvironments(renderOptions)
  const definitionsName = definitionsEnvironmentName(discovery)
  const shard = options.shard && shardOf(discovery, options.shard, options.shardWeights, definitionsName)
  // Builds start first; everything else loads while they run (issue 13: first build ≤ 150 ms
  // after launch). The validation modules (Ajv, the schema catalogs, policies, checks) are
  // imported, and policies compiled, only once the first Kustomize process has been spawned
  // (or rendering has ended, when nothing needs Kustomize): that CPU work would otherwise
  // hold the event loop before the spawn.
  let done = 0
  const total = discovery.environments.length
  let buildStarted!: () => void
  const firstBuild = new Promise<void>((resolve) => (buildStarted = resolve))
  let renderingEnded!: () => void
  const renderingEnd = new Promise<void>((resolve) => (renderingEnded = resolve))
  const loading = (async () => {
    await Promise.race([firstBuild, renderingEnd])
    return validationStage(options, config)
  })()
  // Each environment is validated as soon as its render is handed over (see renderDiscovered:
  // after the worker's next build has been spawned), one at a time, so schema compiling and
  // validation overlap the remaining builds instead of following all of them.
  const validated = new Map<RenderResult, EnvironmentValidation>()
  let validating: Promise<unknown> = loading
  const enqueue = (result: RenderResult) => {
    validating = validating.then(async () => validated.set(result, await (await loading).validateResult(result)))
    // Observed here so that a failure is not unhandled while builds run; awaited below.
    validating.catch(noop)
  }
  const rendering = renderDiscovered(discovery.environments, {
    ...renderOptions,
    onBuildStarted: () => buildStarted(),
    onRendered: (result) => {
      options.onRendered?.(result, { done: ++done, total })
      enqueue(result)
    },
  }).finally(() => renderingEnded())
  // A bad policy file fails the run even while builds are running; do not leave the builds' promise unobserved.
  const [stage, rendered] = await Promise.all([loading, rendering])
  const results = [...rendered]
  // The Argo CD objects that declare the environments are validated too (a typo in an
  // Application is as real as one in a Deployment), as one more environment of plain YAML.
  if (discovery.definitions.length > 0 && (!shard || shard.definitions))
    results.push(argoCdDefinitions(discovery, config, options.kubernetesVersion, definitionsName))
  if (options.stdin !== undefined)
    results.push(stdinEnvironment(options.stdin, results, config, options.kubernetesVersion))
  // Every rendered environment was queued when it was handed over; these two are not renders.
  for (const result of results.slice(rendered.length)) enqueue(result)
  await validating
  const findings: Finding[] = [...discovery.skipped]
  const environments: EnvironmentSummary[] = []
  for (const result of results) {
    const outcome = validated.get(result)!
    findings.push(...result.findings, ...outcome.findings)
    environments.push(outcome.summary)
  }
  findings.push(...stage.locationFindings())
  findings.push(
    ...stage.modules.runChecks(
      { repoRoot: options.repoRoot, results, projects: discovery.projects.map((project) => project.object) },
      { overrides: config.checks?.overrides },
    ),
  )
  const notes: string[] = []
  const inMemory = options.stdin !== undefined ? new Map([[STDIN_FILE, options.stdin]]) : undefined
  if (options.locate !== false) {
    const located = await withOrigins(results, findings, renderOptions, stage.modules)
    notes.push(...located.notes)
    await stage.modules.locateFindings(findings, located.results, options.repoRoot, inMemory)
    notes.push(...(await markUnlocated(findings, results, options.repoRoot)))
  }
  sortFindings(findings)
  const { errors, warnings } = countBySeverity(findings)
  return {
    summary: {
      environments: environments.length,
      resources: environments.reduce((sum, env) => sum + env.resources, 0),
      errors,
      warnings,
      durationMs: Math.round(monotonicMs() - started),
    },
    environments,
    findings,
    ...(notes.length > 0 ? { notes } : {}),
    ...(shard ? { shard: shard.info } : {}),
  }
}

/** The modules that validate resources, imported by {@link loadValidationModules}. */
type ValidationModules = Pick<typeof import('../schemas/index.js'), 'createSchemaValidator' | 'customResourceSchemas'> &
  Pick<typeof import('./checks/index.js'), 'checkRuleIds' | 'runChecks'> &
  Pick<typeof import('./deprecations/index.js'), 'checkApiVersions'> &
  Pick<typeof import('./policies/index.js'), 'checkOverrideIds' | 'evaluatePolicies' | 'loadPolicies'> &
  Pick<typeof import('./locate.js'), 'locateFindings'> &
  Pick<typeof import('./origin-index.js'), 'buildOriginIndex' | 'createOriginIndexCache'>

/**
 * Imports the validation modules (Ajv and the schema catalogs, policies, checks, source
 * locations). Dynamic, so that the CLI parses and evaluates them after the first Kustomize
 * build has been spawned, not before (issue 13; the bundler splits them into their own chunks).
 */
async function loadValidationModules(): Promise<ValidationModules> {
  const [schemas, checks, deprecations, policies, locate, origin] = await Promise.all([
    import('../schemas/index.js'),
    import('./checks/index.js'),
    import('./deprecations/index.js'),
    import('./policies/index.js'),
    import('./locate.js'),
    import('./origin-index.js'),
  ])
  return { ...schemas, ...checks, ...deprecations, ...policies, ...locate, ...origin }
}

/** What validating one rendered environment gave: its findings (render findings excluded) and summary. */
interface EnvironmentValidation {
  findings: Finding[]
  summary: EnvironmentSummary
}

/** Validates rendered environments one by one; created once the modules and policies are loaded. */
interface ValidationStage {
  modules: ValidationModules
  /** Schemas, removed APIs and policies of one environment's resources. */
  validateResult(result: RenderResult): Promise<EnvironmentValidation>
  /** Unreachable schema locations, each once, across every Kubernetes version validated. */
  locationFindings(): Finding[]
}

/**
 * Loads the policies and prepares the per-version schema validators.
 *
 * @throws {ConfigError} for an invalid policy file or an override naming an unknown rule.
 */
async function validationStage(options: ValidateOptions, config: SlipwayConfig): Promise<ValidationStage> {
  const modules = await loadValidationModules()
  const policies: Policy[] = []
  for (const dir of config.policies?.paths ?? ['policies'])
    policies.push(...(await modules.loadPolicies(join(options.repoRoot, dir)).catch(ignoreMissingDir)))
  modules.checkOverrideIds(
    policies,
    modules.checkRuleIds(),
    config,
    config.file ? relative(options.repoRoot, config.file) : 'slipway.yaml',
  )
  const configuredAt = await schemaLocationLines(config, options.repoRoot)
  const validators = new Map<string, SchemaValidator>()
  const validatorFor = (kubernetesVersion: string): SchemaValidator => {
    let validator = validators.get(kubernetesVersion)
    if (!validator) {
      validator = modules.createSchemaValidator({
        kubernetesVersion,
        locations: [
          ...(options.schemaLocations ?? []),
          ...(config.schemaLocations ?? []).map((location) => fromRepoRoot(options.repoRoot, location)),
        ],
        cwd: options.cwd ?? options.repoRoot,
        cacheDir: options.cacheDir,
        strict: config.strict ?? true,
        missingSchema: config.missingSchema ?? 'warning',
        unreachableLocation: config.unreachableSchemaLocation ?? 'error',
        whereConfigured: configuredAt,
      })
      validators.set(kubernetesVersion, validator)
    }
    return validator
  }
  return {
    modules,
    async validateResult(result) {
      const { environment } = result
      const findings: Finding[] = []
      const validator = validatorFor(environment.kubernetesVersion)
      const schemaSources: Record<string, number> = {}
      // CRDs rendered in the environment validate its custom resources (no no-schema warnings for them).
      const customResources = modules.customResourceSchemas(result.resources)
      for (const resource of result.resources) {
        const outcome = await validator.validate(resource, customResources)
        schemaSources[outcome.source] = (schemaSources[outcome.source] ?? 0) + 1
        for (const finding of outcome.findings)
          findings.push({ ...finding, environment: environment.name, resource: finding.resource ?? resource.ref })
      }
      findings.push(
        ...modules.checkApiVersions(
          result.resources,
          environment.kubernetesVersion,
          environment.name,
          config.checks?.overrides,
        ),
      )
      const vars = { ...config.vars, ...config.environments?.[environment.name]?.vars }
      const production = isProductionEnvironment(config, environment.name)
      findings.push(
        ...modules.evaluatePolicies(policies, result.resources, {
          environment: environment.name,
          vars,
          overrides: config.policies?.overrides,
          production,
        }),
      )
      const summary: EnvironmentSummary = {
        name: environment.name,
        path: environment.path,
        resources: result.resources.length,
        renderMs: result.renderMs,
        kubernetesVersion: environment.kubernetesVersion,
        schemaSources,
      }
      return { findings, summary }
    },
    locationFindings() {
      const unreachable = new Map<string, Finding>()
      for (const validator of validators.values())
        for (const finding of validator.locationFindings())
          if (!unreachable.has(finding.message)) unreachable.set(finding.message, finding)
      return [...unreachable.values()]
    },
  }
}

/**
 * Narrows the discovery to one shard's environments. The Argo CD definitions
 * pseudo-environment is dealt like any other; findings about Applications that are not
 * rendered go with the shard their name hashes to.
 */
function shardOf(
  discovery: Discovery,
  shard: Shard,
  weights: ReadonlyMap<string, number> | undefined,
  definitionsName: string,
): { info: ShardInfo; definitions: boolean } {
  const definitions = discovery.definitions.length > 0 ? [definitionsName] : []
  const order = [...discovery.environments.map((env) => env.name), ...definitions]
  const assignment = assignShards(order, shard.count, weights)
  const mine = (name: string) => (assignment.get(name) ?? (stableHash(name) % shard.count) + 1) === shard.index
  discovery.environments = discovery.environments.filter((env) => mine(env.name))
  discovery.skipped = discovery.skipped.filter((finding) => mine(finding.environment ?? ''))
  return { info: { ...shard, order }, definitions: definitions.length > 0 && mine(definitions[0]!) }
}

/**
 * Gives the resources that findings name their origin, from the static origin index
 * ({@link buildOriginIndex}): no second build. Origin annotations (a second build with
 * `buildMetadata: [originAnnotations, transformerAnnotations]`, about 15× slower at 100
 * `images:` entries, issue 13) are asked for only for the environments where the index
 * cannot decide for some resource, and the report says so.
 *
 * @returns the results to locate against, and notes for the report.
 */
async function withOrigins(
  results: RenderResult[],
  findings: readonly Finding[],
  options: RenderOptions,
  { buildOriginIndex, createOriginIndexCache }: ValidationModules,
): Promise<{ results: RenderResult[]; notes: string[] }> {
  const wanted = new Map<string, Set<string>>()
  for (const finding of findings) {
    if (!finding.resource || finding.line !== undefined || !finding.environment) continue
    const keys = wanted.get(finding.environment) ?? new Set<string>()
    keys.add(refKey(finding.resource))
    wanted.set(finding.environment, keys)
  }
  const cache = createOriginIndexCache()
  const undecided = new Map<string, { count: number; gaps: string[] }>()
  for (const result of results) {
    const keys = wanted.get(result.environment.name)
    if (!keys || result.environment.type === 'yaml' || result.resources.length === 0) continue
    const index = await buildOriginIndex(options.repoRoot, result.environment, cache)
    let count = 0
    for (const resource of result.resources) {
      if (!keys.has(refKey(resource.ref))) continue
      const origin = index.originOf(resource)
      if (origin) resource.origin = origin
      else count++
    }
    if (count > 0) undecided.set(result.environment.name, { count, gaps: index.gaps })
  }
  if (undecided.size === 0) return { results, notes: [] }
  const again = results.filter((result) => undecided.has(result.environment.name))
  const rerendered = await renderDiscovered(
    again.map((result) => result.environment),
    { ...options, buildMetadata: true, onRendered: undefined },
  )
  const notes: string[] = []
  const byName = new Map<string, RenderResult>()
  for (const result of rerendered) {
    const { count, gaps } = undecided.get(result.environment.name)!
    const why = gaps.length > 0 ? ` (${gaps.slice(0, 3).join('; ')})` : ''
    const failed = result.findings.find((finding) => finding.rule === 'render')
    if (failed) {
      notes.push(
        `${result.environment.name}: ${plural(count, 'resource')} with findings not in the static origin index${why}, and the build with origin annotations failed: ${failed.message}`,
      )
      continue
    }
    notes.push(
      `${result.environment.name}: ${plural(count, 'resource')} with findings not in the static origin index${why}; located with a second build with origin annotations`,
    )
    byName.set(result.environment.name, result)
  }
  return { results: results.map((result) => byName.get(result.environment.name) ?? result), notes }
}

/**
 * Findings about a rendered resource that could not be placed at a line still point
 * somewhere: the environment's Application file or kustomization, with
 * `locationApproximate`. The report notes how many, per environment.
 */
async function markUnlocated(
  findings: Finding[],
  results: readonly RenderResult[],
  repoRoot: string,
): Promise<string[]> {
  const environments = new Map(results.map((result) => [result.environment.name, result.environment]))
  const counts = new Map<string, number>()
  for (const finding of findings) {
    if (finding.line !== undefined || !finding.resource || !finding.environment) continue
    const environment = environments.get(finding.environment)
    if (!environment || environment.type === 'yaml') continue
    if (!finding.file || finding.file === environment.path) {
      const name = await findKustomizationFile(join(repoRoot, environment.path))
      finding.file = environment.application?.file ?? (name ? `${environment.path}/${name}` : environment.path)
    }
    finding.locationApproximate = true
    counts.set(environment.name, (counts.get(environment.name) ?? 0) + 1)
  }
  return [...counts].map(
    ([name, count]) =>
      `${name}: the source line of ${plural(count, 'finding')} could not be determined; they point at ${environments.get(name)?.application ? 'the Application' : 'the kustomization'}`,
  )
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Name of the pseudo-environment holding the Argo CD Applications, ApplicationSets and AppProjects. */
export const ARGOCD_ENVIRONMENT = 'argocd'

function definitionsEnvironmentName(discovery: Discovery): string {
  const taken = new Set(discovery.environments.map((env) => env.name))
  return taken.has(ARGOCD_ENVIRONMENT) ? `${ARGOCD_ENVIRONMENT}-definitions` : ARGOCD_ENVIRONMENT
}

function argoCdDefinitions(
  discovery: Discovery,
  config: SlipwayConfig,
  kubernetesVersion: string | undefined,
  name: string,
): RenderResult {
  const dirs = [
    ...new Set(discovery.definitions.map((resource) => (resource.file ?? '').split('/').slice(0, -1).join('/') || '.')),
  ]
  const environment: Environment = {
    name,
    path: dirs.length === 1 ? (dirs[0] as string) : dirs.join(', '),
    type: 'yaml',
    kubernetesVersion: kubernetesVersionFor(config, name, kubernetesVersion),
  }
  return { environment, resources: discovery.definitions, renderMs: 0, findings: [] }
}

function stdinEnvironment(
  text: string,
  results: readonly RenderResult[],
  config: SlipwayConfig,
  kubernetesVersion: string | undefined,
): RenderResult {
  const taken = new Set(results.map((result) => result.environment.name))
  const name = taken.has('stdin') ? '<stdin>' : 'stdin'
  const environment: Environment = {
    name,
    path: '-',
    type: 'yaml',
    kubernetesVersion: kubernetesVersionFor(config, name, kubernetesVersion),
  }
  const started = monotonicMs()
  const parsed = parseYamlStream(text, STDIN_FILE)
  const findings: Finding[] = parsed.errors.map((error) => ({
    severity: 'error',
    rule: 'parse',
    message: error.message,
    environment: name,
    file: error.file ?? STDIN_FILE,
    line: error.line,
    column: error.column,
  }))
  return { environment, resources: parsed.resources, renderMs: Math.round(monotonicMs() - started), findings }
}

/** A repository without a `policies/` directory simply has no policies. */
function ignoreMissingDir(error: unknown): Policy[] {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
  throw error
}

/**
 * Maps a `schemaLocations` entry of the config (as resolved by {@link fromRepoRoot}) to
 * `slipway.yaml` and the line that lists it, so an unreachable location is reported where
 * it is configured.
 */
async function schemaLocationLines(
  config: SlipwayConfig,
  repoRoot: string,
): Promise<(location: string) => { file: string; line?: number } | undefined> {
  const entries = config.schemaLocations ?? []
  if (!config.file || entries.length === 0) return () => undefined
  const file = relative(repoRoot, config.file)
  const lines = await readFile(config.file, 'utf8').then(
    (text) => text.split('\n'),
    () => [] as string[],
  )
  const byResolved = new Map<string, { file: string; line?: number }>()
  for (const entry of entries) {
    const at = lines.findIndex((text) => /^\s*-\s/.test(text) && text.includes(entry))
    byResolved.set(fromRepoRoot(repoRoot, entry), at >= 0 ? { file, line: at + 1 } : { file })
  }
  return (location) => byResolved.get(location)
}

/** Config schema locations are relative to the repository root; flags to the working directory. */
function fromRepoRoot(repoRoot: string, location: string): string {
  return location === 'default' || /^[a-z]+:\/\//i.test(location) || isAbsolute(location)
    ? location
    : join(repoRoot, location)
}

function noop(): void {}
