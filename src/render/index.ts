import { cp, readFile, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import jsYaml from 'js-yaml'
import { kubernetesVersionFor, type SlipwayConfig } from '../config/index.js'
import { ConfigError, RenderError, UsageError, errorMessage } from '../errors.js'
import type { KubernetesObject, Resource, ResourceOrigin } from '../manifests/resource.js'
import { parseYamlStream } from '../manifests/yaml-stream.js'
import type { Finding } from '../findings/finding.js'
import { discoverApplications, mergeArgocdSourceFiles, type DiscoveredApplication } from './argocd.js'
import type { Environment, RenderResult } from './environment.js'
import { isManifestFile, listFiles, readInputFile, toPosix } from './files.js'
import { kustomizeBuild, resolveKustomize, type KustomizeCommand } from './kustomize.js'
import { findKustomizationFile } from '../kustomize/kustomization-file.js'
import { makeTempDir, removeTempDir } from '../util/temp.js'
import { monotonicMs } from '../util/clock.js'
import { preflightKustomize } from './preflight.js'

export type { Environment, RenderResult } from './environment.js'

/** Options shared by {@link discoverEnvironments} and {@link renderEnvironments}. */
export interface RenderOptions {
  /** Absolute path of the repository (or of a git worktree of it). */
  repoRoot: string
  /** Keep only environments with these names. Unknown names are a {@link UsageError}. */
  environments?: string[]
  /** Render these Kustomize roots / YAML files or directories instead of discovered environments (relative to `cwd`). */
  paths?: string[]
  /** Directory `paths` are relative to. Default `repoRoot`. */
  cwd?: string
  config?: SlipwayConfig
  /** Overrides every environment's Kubernetes version (`X.Y`). */
  kubernetesVersion?: string
  /** Kustomize program (`--kustomize`); default `$KUSTOMIZE`, then `kustomize`, then `kubectl kustomize`. */
  kustomizeCommand?: string
  /** Per-build timeout, milliseconds. Default: config `render.timeoutSeconds`, else 60,000. */
  timeoutMs?: number
  /** Builds run at once. Default: config `render.concurrency`, else the CPU count. */
  concurrency?: number
  /** Ask Kustomize for origin/transformer build metadata and record it on each resource (`Resource.origin`). */
  buildMetadata?: boolean
  /**
   * Called when an environment has finished rendering, once the same worker's next build has
   * been spawned (so that the caller's work on it overlaps the builds; see {@link renderDiscovered}).
   */
  onRendered?: (result: RenderResult) => void
  /** Called each time a Kustomize build has been started (the process is running). */
  onBuildStarted?: () => void
  /**
   * Called when an environment's preflight has passed, before its scratch copy (Application
   * overrides) or its build: what follows is mostly waiting on the disk or on Kustomize.
   */
  onPreflightPassed?: () => void
}

/** What {@link discoverEnvironments} found, with what it could not render. */
export interface Discovery {
  environments: Environment[]
  /** Argo CD Applications found but not rendered (Helm chart source, other repository), as warnings. */
  skipped: Finding[]
  /** AppProject objects found in the repository, with their files. */
  projects: Array<{ object: KubernetesObject; file: string }>
  /** All Argo CD Applications found, rendered or not (for the Argo CD checks). */
  applications: DiscoveredApplication[]
  /** The Application, ApplicationSet and AppProject documents themselves, as written. */
  definitions: Resource[]
}

/**
 * Finds the environments to render.
 *
 * With `paths`: each Kustomize root (a directory with a kustomization that is not a
 * `kind: Component`), every such root below a directory without one, or plain YAML files
 * and directories. Without: the environments declared by Argo CD Applications and
 * ApplicationSets in the repository (names are the Application names), plus
 * `environments.<name>.path` entries of the config; when there are none, the Kustomize roots
 * under `manifests/overlays/`, else every Kustomize root in the repository.
 *
 * @throws {UsageError} when a path does not exist or `environments` names an unknown environment.
 * @throws {ConfigError} when an Argo CD manifest cannot be expanded.
 */
export async function discoverEnvironments(options: RenderOptions): Promise<Discovery> {
  const config = options.config ?? {}
  const versionFor = (name: string): string => kubernetesVersionFor(config, name, options.kubernetesVersion)
  const discovery: Discovery = { environments: [], skipped: [], projects: [], applications: [], definitions: [] }
  if (options.paths?.length) {
    const cwd = options.cwd ?? options.repoRoot
    for (const given of options.paths) {
      const absolute = resolve(cwd, given)
      const found = await environmentsAtPath(absolute)
      if (found.length === 0)
        throw new UsageError(
          `nothing to render at ${given}: no Kustomize root (kind: Component folders are not buildable on their own) and no YAML files`,
        )
      for (const root of found) {
        const path = displayPath(options.repoRoot, root.path)
        discovery.environments.push({ name: path, path, type: root.type, kubernetesVersion: versionFor(path) })
      }
    }
  } else {
    const argo = await discoverApplications(options.repoRoot, {
      paths: config.argocd?.paths,
      repoURLs: config.argocd?.repoURLs,
    })
    discovery.projects = argo.projects
    discovery.applications = argo.applications
    discovery.definitions = argo.definitions
    for (const app of argo.applications) {
      if (app.skipReason || app.path === undefined) {
        discovery.skipped.push({
          severity: 'warning',
          rule: 'argocd-app-not-rendered',
          message: `Application ${app.info.name} is not rendered: ${app.skipReason ?? 'no source path'}`,
          environment: app.info.name,
          file: app.info.file,
          resource: {
            apiVersion: 'argoproj.io/v1alpha1',
            kind: 'Application',
            name: app.info.name,
            ...(app.info.namespace ? { namespace: app.info.namespace } : {}),
          },
        })
        continue
      }
      await mergeArgocdSourceFiles(options.repoRoot, app)
      const isKustomize = (await findKustomizationFile(join(options.repoRoot, app.path))) !== undefined
      const environment: Environment = {
        name: app.info.name,
        path: app.path,
        type: isKustomize ? 'argocd-application' : 'yaml',
        kubernetesVersion: versionFor(app.info.name),
        application: app.info,
      }
      if (app.kustomize) environment.kustomize = app.kustomize
      if (!isKustomize) environment.directory = app.directory ?? {}
      discovery.environments.push(environment)
    }
    for (const [name, settings] of Object.entries(config.environments ?? {})) {
      if (!settings.path || discovery.environments.some((env) => env.name === name)) continue
      const isKustomize = (await findKustomizationFile(join(options.repoRoot, settings.path))) !== undefined
      discovery.environments.push({
        name,
        path: settings.path,
        type: isKustomize ? 'kustomize' : 'yaml',
        kubernetesVersion: versionFor(name),
      })
    }
    if (discovery.environments.length === 0 && argo.applications.length === 0) {
      const overlays = join(options.repoRoot, 'manifests', 'overlays')
      const start = (await exists(overlays)) ? overlays : options.repoRoot
      for (const found of await environmentsAtPath(start)) {
        if (found.type !== 'kustomize') continue
        const path = displayPath(options.repoRoot, found.path)
        const name = start === overlays ? (path.split('/').pop() ?? path) : path
        discovery.environments.push({ name, path, type: 'kustomize', kubernetesVersion: versionFor(name) })
      }
    }
  }
  if (options.environments?.length) discovery.environments = selectEnvironments(discovery, options.environments)
  return discovery
}

/**
 * Picks the named environments from a discovery (`--env`, `slipway render ENV...`, the
 * `environments` input).
 *
 * @param names environment names (Argo CD Application names, `environments.<name>` keys of
 *   `slipway.yaml`, or overlay directory names); duplicates are ignored. Empty: every environment.
 * @returns the selected environments in discovery order.
 * @throws {UsageError} naming each unknown name and listing the known ones; a name that is an
 *   Argo CD Application Slipway does not render (Helm chart source, another repository) says why.
 */
export function selectEnvironments(discovery: Discovery, names: readonly string[]): Environment[] {
  if (names.length === 0) return discovery.environments
  const known = new Set(discovery.environments.map((env) => env.name))
  for (const name of names) {
    if (known.has(name)) continue
    const skipped = discovery.skipped.find((finding) => finding.environment === name)
    if (skipped) throw new UsageError(`environment "${name}" cannot be rendered: ${skipped.message}`)
  }
  const unknown = [...new Set(names.filter((name) => !known.has(name)))]
  if (unknown.length > 0)
    throw new UsageError(
      `unknown environment ${unknown.map((name) => JSON.stringify(name)).join(', ')}; known: ${[...known].join(', ') || '(none)'}`,
    )
  return discovery.environments.filter((env) => names.includes(env.name))
}

/**
 * Discovers and renders every environment, builds in parallel bounded by the CPU count.
 * A failed build never throws: its result has no resources and one `render` finding with
 * Kustomize's message.
 *
 * @returns results in discovery order, each with `renderMs` (milliseconds).
 * @throws as {@link discoverEnvironments}; {@link ExecError} when no Kustomize is installed.
 */
export async function renderEnvironments(options: RenderOptions): Promise<RenderResult[]> {
  const { environments } = await discoverEnvironments(options)
  return renderDiscovered(environments, options)
}

/** Renders already discovered environments (see {@link renderEnvironments}). */
export async function renderDiscovered(environments: Environment[], options: RenderOptions): Promise<RenderResult[]> {
  const needsKustomize = environments.some((env) => env.type !== 'yaml')
  const command = needsKustomize
    ? await resolveKustomize(options.kustomizeCommand ?? options.config?.render?.kustomize ?? process.env.KUSTOMIZE)
    : undefined
  const limit = Math.max(1, options.concurrency ?? options.config?.render?.concurrency ?? availableParallelism())
  const results: RenderResult[] = new Array(environments.length)
  let next = 0
  const worker = async (underway: () => void) => {
    // A finished render is handed to `onRendered` once this worker's next build has been
    // spawned (or its next render has ended without one): whatever CPU work the caller does
    // with it (validate compiles schemas) then runs while Kustomize builds, instead of
    // holding the event loop between one build and the next.
    let held: RenderResult | undefined
    const release = () => {
      const result = held
      held = undefined
      if (result) options.onRendered?.(result)
    }
    const perBuild: RenderOptions = {
      ...options,
      onPreflightPassed: () => {
        options.onPreflightPassed?.()
        underway()
      },
      onBuildStarted: () => {
        options.onBuildStarted?.()
        release()
      },
    }
    while (next < environments.length) {
      const index = next++
      const result = await renderEnvironment(environments[index]!, command, perBuild)
      underway()
      release()
      results[index] = result
      held = result
    }
    release()
  }
  // Workers start one after another: the next starts once the previous one's first preflight
  // has passed (or its first render has ended). A preflight is CPU work on this thread, so
  // starting every worker at once would interleave their preflights and hold back the first
  // build by all of them (issue 13: first build ≤ 150 ms after launch); what follows a
  // preflight (a scratch copy, the build) waits on the disk or Kustomize, and overlaps the
  // next worker's preflight.
  const workers: Array<Promise<void>> = []
  const count = Math.min(limit, environments.length)
  while (workers.length < count) {
    let underway!: () => void
    const started = new Promise<void>((resolve) => (underway = resolve))
    const running = worker(underway)
    workers.push(running)
    await Promise.race([started, running.catch(noop)])
  }
  await Promise.all(workers)
  return results
}

function noop(): void {}

/**
 * Renders one environment: `kustomize build` (with the Argo CD Application's
 * `spec.source.kustomize` overrides applied to a scratch copy of the repository — the
 * user's files are never edited), or the plain YAML files of a path.
 *
 * @returns the resources, render time (ms), and `render`/`parse` findings; never throws for a failed build.
 */
export async function renderEnvironment(
  environment: Environment,
  command: KustomizeCommand | undefined,
  options: RenderOptions,
): Promise<RenderResult> {
  const started = monotonicMs()
  const findings: Finding[] = []
  let resources: Resource[] = []
  const absolute = resolve(options.repoRoot, environment.path)
  try {
    if (environment.type === 'yaml' && environment.kustomize && environment.application) {
      // An explicit `kustomize:` block makes the source type Kustomize whatever the directory
      // holds (argo-cd `reposerver/repository/repository.go` GetAppSourceType → ExplicitType),
      // so Argo CD runs `kustomize build` there and the build fails: no kustomization file.
      throw new ConfigError(
        `Application ${environment.application.name} sets spec.source.kustomize, but ${environment.path} has no kustomization.yaml: Argo CD fails this build instead of applying the directory as plain YAML`,
      )
    }
    if (environment.type === 'yaml') {
      const files = (await stat(absolute)).isDirectory()
        ? (await directoryFiles(absolute, environment.directory)).map((file) => join(absolute, file))
        : [absolute]
      for (const file of files) {
        const parsed = parseYamlStream(
          await readInputFile(file, displayPath(options.repoRoot, file)),
          displayPath(options.repoRoot, file),
        )
        resources.push(...parsed.resources)
        for (const error of parsed.errors)
          findings.push({
            severity: 'error',
            rule: 'parse',
            message: error.message,
            environment: environment.name,
            file: error.file,
            line: error.line,
            column: error.column,
          })
      }
    } else {
      if (!command) throw new UsageError('no Kustomize command')
      resources = await buildKustomize(environment, absolute, command, options, findings)
    }
  } catch (error) {
    // A RenderError names the file (and line) at fault; anything else is pinned on the environment.
    const cause = error instanceof RenderError ? error : undefined
    findings.push({
      severity: 'error',
      rule: 'render',
      message: `render failed: ${errorMessage(error)}`,
      environment: environment.name,
      file: cause?.file ?? environment.application?.file ?? environment.path,
      ...(cause?.line ? { line: cause.line } : {}),
    })
    resources = []
  }
  return { environment, resources, renderMs: Math.round(monotonicMs() - started), findings }
}

async function buildKustomize(
  environment: Environment,
  absolute: string,
  command: KustomizeCommand,
  options: RenderOptions,
  findings: Finding[],
): Promise<Resource[]> {
  const timeoutMs =
    options.timeoutMs ?? (options.config?.render?.timeoutSeconds ? options.config.render.timeoutSeconds * 1000 : 60_000)
  const buildOptions = {
    timeoutMs,
    enableHelm: options.config?.render?.enableHelm === true,
    repoRoot: options.repoRoot,
    environment: environment.name,
  }
  // Before anything is copied or built: the tree stays inside the repository and is bounded.
  const warnings = await preflightKustomize(absolute, {
    repoRoot: options.repoRoot,
    ...(environment.kustomize?.components?.length
      ? {
          components: {
            file: environment.application?.file ?? environment.path,
            entries: environment.kustomize.components,
          },
        }
      : {}),
  })
  options.onPreflightPassed?.()
  for (const warning of warnings)
    findings.push({
      severity: 'warning',
      rule: 'env-file',
      message: warning.message,
      environment: environment.name,
      file: warning.file,
      ...(warning.line ? { line: warning.line } : {}),
    })
  let scratch: string | undefined
  try {
    let buildDir = absolute
    // Origin paths in build metadata are relative to the directory that was built; map
    // them back to the repository through this pair.
    let originBase = absolute
    let scratchRepo: string | undefined
    if (environment.kustomize) {
      scratch = await makeTempDir('render')
      scratchRepo = join(scratch, 'repo')
      await cp(options.repoRoot, scratchRepo, {
        recursive: true,
        filter: (source) => !/(^|[/\\])(\.git|node_modules|dist)$/.test(source),
      })
      buildDir = join(scratchRepo, relative(options.repoRoot, absolute))
      originBase = buildDir
      // Imported here: the overrides edit kustomizations as `yaml` Documents, which an
      // environment without them never loads before its first build (issue 13).
      const { applyKustomizeOverrides } = await import('./overrides.js')
      await applyKustomizeOverrides(buildDir, environment.kustomize, {
        buildMetadata: options.buildMetadata,
        appName: environment.application?.name,
        buildEnv: buildEnvironment(environment),
      })
    } else if (options.buildMetadata) {
      const { BUILD_METADATA } = await import('./overrides.js')
      scratch = await makeTempDir('render')
      // A wrapper kustomization adds build metadata without touching the user's files;
      // Kustomize rejects absolute resource paths, so reference the root relatively.
      await writeFile(
        join(scratch, 'kustomization.yaml'),
        jsYaml.dump({ resources: [toPosix(relative(scratch, absolute))], buildMetadata: [...BUILD_METADATA] }),
      )
      buildDir = scratch
      originBase = scratch
    }
    const output = await kustomizeBuild(command, buildDir, {
      ...buildOptions,
      ...(scratchRepo ? { copyRoot: scratchRepo } : {}),
      ...(options.onBuildStarted ? { onStarted: options.onBuildStarted } : {}),
    })
    const parsed = parseYamlStream(output)
    for (const error of parsed.errors)
      findings.push({
        severity: 'error',
        rule: 'parse',
        message: `kustomize output: ${error.message}`,
        environment: environment.name,
      })
    const toRepo = (path: string): string => {
      const full = resolve(originBase, path)
      const inRepo =
        scratchRepo && full.startsWith(scratchRepo) ? join(options.repoRoot, relative(scratchRepo, full)) : full
      return displayPath(options.repoRoot, inRepo)
    }
    for (const resource of parsed.resources) {
      resource.file = environment.path
      if (options.buildMetadata) resource.origin = takeOrigin(resource.object, toRepo)
    }
    return parsed.resources
  } finally {
    if (scratch) await removeTempDir(scratch)
  }
}

/**
 * The build environment Argo CD's repo-server gives a source (argo-cd
 * `reposerver/repository/repository.go` `newEnv`: `ARGOCD_APP_NAME`, `_NAMESPACE`,
 * `_PROJECT_NAME`, `_REVISION`, `_REVISION_SHORT` (7), `_REVISION_SHORT_8`,
 * `_SOURCE_REPO_URL`, `_SOURCE_PATH`, `_SOURCE_TARGET_REVISION`; documented in
 * docs/user-guide/build-environment.md): values `$ARGOCD_APP_*` expand to.
 */
function buildEnvironment(environment: Environment): Record<string, string> {
  const app = environment.application
  const env: Record<string, string> = { KUBE_VERSION: `${environment.kubernetesVersion}.0` }
  if (!app) return env
  env.ARGOCD_APP_NAME = app.name
  env.ARGOCD_APP_NAMESPACE = app.destination.namespace ?? ''
  env.ARGOCD_APP_PROJECT_NAME = app.project
  env.ARGOCD_APP_SOURCE_PATH = environment.path
  env.ARGOCD_APP_SOURCE_REPO_URL = app.repoURL ?? ''
  env.ARGOCD_APP_SOURCE_TARGET_REVISION = app.targetRevision ?? ''
  env.ARGOCD_APP_REVISION = app.targetRevision ?? ''
  // newEnv shortens the resolved commit SHA to 7 and 8 characters; we only know it when the
  // Application pins a full commit SHA (otherwise envsubst reports the variable as unknown).
  if (/^[0-9a-f]{40}$/i.test(app.targetRevision ?? '')) {
    env.ARGOCD_APP_REVISION_SHORT = app.targetRevision!.slice(0, 7)
    env.ARGOCD_APP_REVISION_SHORT_8 = app.targetRevision!.slice(0, 8)
  }
  return env
}

const ORIGIN = 'config.kubernetes.io/origin'
const TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations'

/** Removes Kustomize's build-metadata annotations from the object and returns them as a {@link ResourceOrigin}. */
function takeOrigin(object: KubernetesObject, toRepo: (path: string) => string): ResourceOrigin {
  const origin: ResourceOrigin = { transformations: [] }
  const annotations = object.metadata?.annotations
  if (!annotations) return origin
  const rawOrigin = annotations[ORIGIN]
  const rawTransformations = annotations[TRANSFORMATIONS]
  delete annotations[ORIGIN]
  delete annotations[TRANSFORMATIONS]
  if (Object.keys(annotations).length === 0 && object.metadata) delete object.metadata.annotations
  try {
    const parsed = rawOrigin
      ? (jsYaml.load(rawOrigin) as {
          path?: string
          configuredIn?: string
          configuredBy?: { kind?: string }
          repo?: string
        })
      : undefined
    if (parsed?.path) origin.path = parsed.repo ? parsed.path : toRepo(parsed.path)
    if (parsed?.configuredIn) origin.configuredIn = toRepo(parsed.configuredIn)
    if (parsed?.configuredBy?.kind) origin.configuredBy = parsed.configuredBy.kind
    if (parsed?.repo) origin.repo = parsed.repo
    const transformations = rawTransformations
      ? (jsYaml.load(rawTransformations) as Array<{ configuredIn?: string; configuredBy?: { kind?: string } }>)
      : []
    for (const step of transformations ?? [])
      if (step.configuredIn)
        origin.transformations.push({ configuredIn: toRepo(step.configuredIn), kind: step.configuredBy?.kind ?? '' })
  } catch {
    // Malformed metadata only costs us the line mapping, never the render.
  }
  return origin
}

/**
 * Manifest files of a plain-YAML directory. For an Argo CD directory source, as Argo CD
 * reads it (`reposerver/repository/repository.go` findManifests): top level only unless
 * `recurse`, then `include`/`exclude` globs matched against the path relative to the source
 * directory. Without settings (a path given on the command line): every file, recursively.
 */
async function directoryFiles(dir: string, settings: Environment['directory']): Promise<string[]> {
  const files = await listFiles(dir, dir, isManifestFile)
  if (!settings) return files
  const { include, exclude } = settings
  const listed = files.filter((file) => settings.recurse || !file.includes('/'))
  if (!include && !exclude) return listed
  // Loaded only for a directory source with include/exclude globs (issue 13: not before the first build otherwise).
  const { minimatch } = await import('minimatch')
  return listed
    .filter((file) => !include || minimatch(file, include, { matchBase: !include.includes('/') }))
    .filter((file) => !exclude || !minimatch(file, exclude, { matchBase: !exclude.includes('/') }))
}

interface FoundPath {
  path: string
  type: 'kustomize' | 'yaml'
}

/** Kustomize roots at or below `absolute` (Component folders skipped), or the path itself as plain YAML. */
async function environmentsAtPath(absolute: string): Promise<FoundPath[]> {
  let info
  try {
    info = await stat(absolute)
  } catch {
    throw new UsageError(`path not found: ${absolute}`)
  }
  if (!info.isDirectory()) return [{ path: absolute, type: 'yaml' }]
  const own = await kustomizationKind(absolute)
  if (own === 'Kustomization') return [{ path: absolute, type: 'kustomize' }]
  if (own === 'Component') return []
  const files = await listFiles(absolute)
  const roots = new Set<string>()
  for (const file of files) {
    const name = file.split('/').pop() ?? ''
    if (name !== 'kustomization.yaml' && name !== 'kustomization.yml' && name !== 'Kustomization') continue
    const dir = join(absolute, dirname(file))
    if ((await kustomizationKind(dir)) === 'Kustomization') roots.add(dir)
  }
  if (roots.size > 0) return [...roots].sort().map((path) => ({ path, type: 'kustomize' as const }))
  return files.some(isManifestFile) ? [{ path: absolute, type: 'yaml' }] : []
}

/** `Kustomization`, `Component`, or undefined when the directory has no kustomization file. */
export async function kustomizationKind(dir: string): Promise<'Kustomization' | 'Component' | undefined> {
  const name = await findKustomizationFile(dir)
  if (!name) return undefined
  try {
    const content = jsYaml.load(await readFile(join(dir, name), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as {
      kind?: string
    } | null
    return content?.kind === 'Component' ? 'Component' : 'Kustomization'
  } catch {
    // A broken kustomization is still a root: building it reports Kustomize's error.
    return 'Kustomization'
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

function displayPath(repoRoot: string, path: string): string {
  const rel = toPosix(relative(repoRoot, path))
  return rel === '' ? '.' : isAbsolute(rel) ? toPosix(path) : rel
}
