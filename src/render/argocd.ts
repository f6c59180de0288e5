import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError } from '../errors.js'
import type { KubernetesObject, Resource } from '../manifests/resource.js'
import { loadYaml, parseYamlStream } from '../manifests/yaml-stream.js'
import type { ApplicationInfo, KustomizeOverrides } from './environment.js'
import { isManifestFile, listFiles } from './files.js'

/** An Argo CD Application found in (or generated from) the repository. */
export interface DiscoveredApplication {
  info: ApplicationInfo
  /** The Application object (for generated ones, the rendered template). */
  object: KubernetesObject
  /** Repository-relative `spec.source.path`; undefined for Helm-chart or path-less sources. */
  path?: string
  kustomize?: KustomizeOverrides
  /** `spec.source.directory` settings for plain-YAML sources. */
  directory?: { recurse?: boolean; include?: string; exclude?: string }
  /** Why this Application cannot be rendered from the repository (Helm chart, other repository, …). */
  skipReason?: string
}

/** What {@link discoverApplications} found. */
export interface ArgoCdDiscovery {
  applications: DiscoveredApplication[]
  /** AppProject objects (for the destination and source-repository checks). */
  projects: Array<{ object: KubernetesObject; file: string }>
  /** Every Application, ApplicationSet and AppProject document as written, with file and line (to validate them). */
  definitions: Resource[]
}

/** Options of {@link discoverApplications}. */
export interface DiscoverApplicationsOptions {
  /** Repository-relative directories to search. Default: the whole repository. */
  paths?: string[]
  /** URLs that mean this repository; Applications with another `repoURL` are skipped. Default: accept any. */
  repoURLs?: string[]
}

/**
 * Finds Argo CD Applications, ApplicationSets and AppProjects in the repository's YAML
 * files and expands ApplicationSets into the Applications Argo CD would generate.
 *
 * Supported ApplicationSet generators (argoproj/argo-cd `applicationset/generators/`):
 * `list` (elements; `elementsYaml`), `git` with `directories` (glob, `exclude`) or `files`
 * (YAML/JSON files flattened into parameters), and `matrix` of two of those. Templates use
 * fasttemplate `{{param}}` (spaces trimmed) or, with `goTemplate: true`, `{{ .param.sub }}`
 * and `{{ index .path.segments N }}`. Other generators (clusters, pullRequest, scmProvider)
 * need a live Argo CD and are reported as skipped.
 *
 * @throws {ConfigError} naming the file when an ApplicationSet template cannot be expanded.
 */
export async function discoverApplications(
  repoRoot: string,
  options: DiscoverApplicationsOptions = {},
): Promise<ArgoCdDiscovery> {
  const roots = options.paths?.length ? options.paths : ['.']
  const files = new Set<string>()
  for (const root of roots)
    for (const file of await listFiles(repoRoot, join(repoRoot, root), isManifestFile)) files.add(file)
  const applications: DiscoveredApplication[] = []
  const projects: ArgoCdDiscovery['projects'] = []
  const definitions: Resource[] = []
  for (const file of [...files].sort()) {
    // Synchronous: a promise-based read is four thread-pool round trips per file, and this
    // reads every manifest of the repository before the first build (issue 13). Only a file
    // that names the API group is decoded to text.
    const bytes = readFileSync(join(repoRoot, file))
    if (!bytes.includes('argoproj.io')) continue
    const text = bytes.toString('utf8')
    const parsed = parseYamlStream(text, file)
    const refused = parsed.errors.find((error) => error.limit)
    if (refused) throw new ConfigError(`line ${refused.line}: ${refused.message}`, file)
    for (const resource of parsed.resources) {
      const { apiVersion, kind } = resource.object
      if (typeof apiVersion !== 'string' || !apiVersion.startsWith('argoproj.io/')) continue
      if (kind === 'Application' || kind === 'ApplicationSet' || kind === 'AppProject') definitions.push(resource)
      if (kind === 'Application') applications.push(fromApplication(resource.object, file, options))
      else if (kind === 'ApplicationSet')
        applications.push(...(await expandApplicationSet(repoRoot, resource.object, file, options)))
      else if (kind === 'AppProject') projects.push({ object: resource.object, file })
    }
  }
  return { applications, projects, definitions }
}

function fromApplication(
  object: KubernetesObject,
  file: string,
  options: DiscoverApplicationsOptions,
  applicationSet?: string,
): DiscoveredApplication {
  const spec = (object.spec ?? {}) as Record<string, unknown>
  const sources = Array.isArray(spec.sources)
    ? (spec.sources as Array<Record<string, unknown>>)
    : spec.source
      ? [spec.source as Record<string, unknown>]
      : []
  const source = sources.find((candidate) => typeof candidate.path === 'string') ?? sources[0] ?? {}
  const destination = (spec.destination ?? {}) as ApplicationInfo['destination']
  const info: ApplicationInfo = {
    name: String(object.metadata?.name ?? ''),
    namespace: object.metadata?.namespace,
    project: String(spec.project ?? 'default'),
    destination: { server: destination.server, name: destination.name, namespace: destination.namespace },
    repoURL: typeof source.repoURL === 'string' ? source.repoURL : undefined,
    targetRevision: typeof source.targetRevision === 'string' ? source.targetRevision : undefined,
    file,
    syncPolicy: spec.syncPolicy as Record<string, unknown> | undefined,
  }
  if (applicationSet) info.applicationSet = applicationSet
  const app: DiscoveredApplication = { info, object }
  if (typeof source.chart === 'string')
    app.skipReason = `Helm chart source "${source.chart}" is not rendered from this repository`
  else if (typeof source.path !== 'string') app.skipReason = 'source has no path'
  else if (
    info.repoURL &&
    options.repoURLs?.length &&
    !options.repoURLs.some((url) => sameRepo(url, info.repoURL as string))
  )
    app.skipReason = `source repoURL ${info.repoURL} is not this repository`
  if (typeof source.path === 'string') app.path = normalizeAppPath(source.path)
  if (source.kustomize && typeof source.kustomize === 'object') app.kustomize = source.kustomize as KustomizeOverrides
  if (source.directory && typeof source.directory === 'object')
    app.directory = source.directory as DiscoveredApplication['directory']
  return app
}

/** `./a/b/` → `a/b`; `.` and `` → `.` (Argo CD resolves `spec.source.path` against the repository root). */
function normalizeAppPath(path: string): string {
  const trimmed = path.replace(/^\.\/+/, '').replace(/\/+$/, '')
  return trimmed === '' ? '.' : trimmed
}

function sameRepo(a: string, b: string): boolean {
  const norm = (url: string) =>
    url
      .trim()
      .toLowerCase()
      .replace(/\.git$/, '')
      .replace(/\/$/, '')
  return norm(a) === norm(b)
}

type Params = Record<string, unknown>

async function expandApplicationSet(
  repoRoot: string,
  appSet: KubernetesObject,
  file: string,
  options: DiscoverApplicationsOptions,
): Promise<DiscoveredApplication[]> {
  const name = String(appSet.metadata?.name ?? '')
  const spec = (appSet.spec ?? {}) as Record<string, unknown>
  const goTemplate = spec.goTemplate === true
  const template = spec.template as KubernetesObject | undefined
  if (!template) throw new ConfigError(`ApplicationSet ${name}: spec.template is missing`, file)
  const generators = Array.isArray(spec.generators) ? (spec.generators as Params[]) : []
  const out: DiscoveredApplication[] = []
  for (const [index, generator] of generators.entries()) {
    const where = `ApplicationSet ${name} spec.generators[${index}]`
    const paramSets = await generate(repoRoot, generator, goTemplate, where, file)
    if (paramSets === undefined) continue
    for (const params of paramSets) {
      const rendered = renderTemplate(template, params, goTemplate, where, file) as KubernetesObject
      const application: KubernetesObject = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...rendered }
      application.metadata = {
        ...(rendered.metadata ?? {}),
        namespace: rendered.metadata?.namespace ?? appSet.metadata?.namespace,
      }
      out.push(fromApplication(application, file, options, name))
    }
  }
  return out
}

async function generate(
  repoRoot: string,
  generator: Params,
  goTemplate: boolean,
  where: string,
  file: string,
): Promise<Params[] | undefined> {
  if (generator.list) {
    const list = generator.list as { elements?: unknown[]; elementsYaml?: string }
    const elements = list.elements ?? (list.elementsYaml ? (loadYaml(list.elementsYaml, file) as unknown[]) : [])
    return elements.map((element) => (goTemplate ? (element as Params) : flatten(element as Params)))
  }
  if (generator.git) {
    const git = generator.git as {
      directories?: Array<{ path: string; exclude?: boolean }>
      files?: Array<{ path: string }>
      pathParamPrefix?: string
    }
    const prefix = git.pathParamPrefix ? `${git.pathParamPrefix}.` : ''
    // Loaded only for a git generator (issue 13: discovery runs before the first build).
    const { minimatch } = await import('minimatch')
    if (git.directories) {
      const all = await listDirectories(repoRoot)
      const include = git.directories.filter((entry) => !entry.exclude).map((entry) => entry.path)
      const exclude = git.directories.filter((entry) => entry.exclude).map((entry) => entry.path)
      const matched = all.filter(
        (dir) => include.some((glob) => minimatch(dir, glob)) && !exclude.some((glob) => minimatch(dir, glob)),
      )
      return matched.map((dir) => pathParams(dir, goTemplate, prefix))
    }
    if (git.files) {
      const all = await listFiles(repoRoot)
      const out: Params[] = []
      for (const entry of git.files) {
        for (const match of all.filter((candidate) => minimatch(candidate, entry.path))) {
          const content = loadYaml(await readFile(join(repoRoot, match), 'utf8'), match)
          const items = Array.isArray(content) ? content : [content]
          for (const item of items) {
            const base = pathParams(match.split('/').slice(0, -1).join('/') || '.', goTemplate, prefix)
            const params = goTemplate ? { ...(item as Params), ...base } : { ...flatten(item as Params), ...base }
            if (goTemplate)
              (params as Params).path = {
                ...((params as Params).path as Params),
                filename: match.split('/').pop(),
                filenameNormalized: normalizeName(match.split('/').pop() ?? ''),
              }
            else
              Object.assign(params, {
                [`${prefix}path.filename`]: match.split('/').pop(),
                [`${prefix}path.filenameNormalized`]: normalizeName(match.split('/').pop() ?? ''),
              })
            out.push(params)
          }
        }
      }
      return out
    }
    throw new ConfigError(`${where}: git generator needs directories or files`, file)
  }
  if (generator.matrix) {
    const children = ((generator.matrix as Params).generators ?? []) as Params[]
    if (children.length !== 2) throw new ConfigError(`${where}: a matrix generator needs exactly two generators`, file)
    const left = await generate(repoRoot, children[0]!, goTemplate, `${where}.matrix[0]`, file)
    const right = await generate(repoRoot, children[1]!, goTemplate, `${where}.matrix[1]`, file)
    if (!left || !right) return undefined
    return left.flatMap((a) => right.map((b) => ({ ...a, ...b })))
  }
  // clusters, pullRequest, scmProvider, clusterDecisionResource, plugin: need a live Argo CD.
  return undefined
}

function pathParams(dir: string, goTemplate: boolean, prefix: string): Params {
  const segments = dir.split('/')
  const basename = segments[segments.length - 1] ?? dir
  if (goTemplate) return { path: { path: dir, basename, basenameNormalized: normalizeName(basename), segments } }
  const params: Params = {
    [`${prefix}path`]: dir,
    [`${prefix}path.basename`]: basename,
    [`${prefix}path.basenameNormalized`]: normalizeName(basename),
  }
  segments.forEach((segment, i) => (params[`${prefix}path[${i}]`] = segment))
  return params
}

/** Argo CD's `utils.SanitizeName`: lowercase, non-alphanumerics to `-`, trimmed to 63 characters. */
function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 63)
}

function flatten(value: Params, prefix = '', out: Params = {}): Params {
  for (const [key, inner] of Object.entries(value ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) flatten(inner as Params, name, out)
    else out[name] = inner
  }
  return out
}

async function listDirectories(repoRoot: string): Promise<string[]> {
  const dirs = new Set<string>()
  for (const file of await listFiles(repoRoot)) {
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
  }
  return [...dirs].sort()
}

function renderTemplate(value: unknown, params: Params, goTemplate: boolean, where: string, file: string): unknown {
  if (typeof value === 'string') return goTemplate ? renderGo(value, params, where, file) : renderFast(value, params)
  if (Array.isArray(value)) return value.map((item) => renderTemplate(item, params, goTemplate, where, file))
  if (value !== null && typeof value === 'object') {
    const out: Params = {}
    for (const [key, inner] of Object.entries(value))
      out[renderTemplate(key, params, goTemplate, where, file) as string] = renderTemplate(
        inner,
        params,
        goTemplate,
        where,
        file,
      )
    return out
  }
  return value
}

/** fasttemplate as used by Argo CD (`applicationset/utils/utils.go`): `{{ key }}` replaced when the key exists, left as is otherwise. */
function renderFast(text: string, params: Params): string {
  return text.replace(/\{\{([^{}]*)\}\}/g, (whole, raw: string) => {
    const key = raw.trim()
    return key in params ? String(params[key]) : whole
  })
}

/** A subset of Go templates: `{{ .a.b }}`, `{{ index .a.b N }}`, `{{ .a | default "x" }}`. */
function renderGo(text: string, params: Params, where: string, file: string): string {
  return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_whole, expression: string) => {
    const [head, ...pipes] = expression.split('|').map((part) => part.trim())
    let value = evaluateGo(head ?? '', params)
    for (const pipe of pipes) {
      const fallback = /^default\s+"([^"]*)"$/.exec(pipe)
      if (fallback && (value === undefined || value === '')) value = fallback[1]
      else if (pipe === 'lower') value = String(value ?? '').toLowerCase()
      else if (pipe === 'upper') value = String(value ?? '').toUpperCase()
      else if (!fallback)
        throw new ConfigError(`${where}: unsupported Go template function in "{{ ${expression} }}"`, file)
    }
    if (value === undefined)
      throw new ConfigError(`${where}: template parameter "${head}" is not set (in "{{ ${expression} }}")`, file)
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
  })
}

function evaluateGo(expression: string, params: Params): unknown {
  const index = /^index\s+(\.[\w.]+)\s+(\d+)$/.exec(expression)
  if (index) {
    const list = lookupPath(params, index[1] as string)
    return Array.isArray(list) ? list[Number(index[2])] : undefined
  }
  const quoted = /^"([^"]*)"$/.exec(expression)
  if (quoted) return quoted[1]
  if (expression.startsWith('.')) return lookupPath(params, expression)
  return undefined
}

function lookupPath(params: Params, dotted: string): unknown {
  let current: unknown = params
  for (const part of dotted.slice(1).split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Params)[part]
  }
  return current
}

/**
 * Merges `.argocd-source.yaml`, then `.argocd-source-<app name>.yaml`, from the Application's
 * source path into its `kustomize` and `directory` settings, as Argo CD's repo-server does before
 * building (argo-cd `reposerver/repository/repository.go` mergeSourceParameters: each file is a
 * JSON merge patch, RFC 7386, over the source; Argo CD Image Updater writes these files).
 * A missing file is skipped; `null` deletes a key; arrays are replaced whole.
 *
 * @param repoRoot - absolute repository root; `app.path` is relative to it.
 * @param app - a discovered Application with a source path; updated in place.
 * @throws {ConfigError} naming the file when it is not a YAML mapping.
 */
export async function mergeArgocdSourceFiles(repoRoot: string, app: DiscoveredApplication): Promise<void> {
  if (app.path === undefined) return
  for (const name of ['.argocd-source.yaml', `.argocd-source-${app.info.name}.yaml`]) {
    const file = join(repoRoot, app.path, name)
    // Synchronous, and looked up before it is read: most sources have no such file, and a
    // failed promise-based read costs a thread-pool round trip and an error (issue 13).
    if (!existsSync(file)) continue
    const text = readFileSync(file, 'utf8')
    const display = join(app.path, name)
    let patch: unknown
    try {
      patch = loadYaml(text)
    } catch (error) {
      throw new ConfigError(`not valid YAML: ${(error as Error).message}`, display)
    }
    if (patch === null || patch === undefined) continue
    if (typeof patch !== 'object' || Array.isArray(patch))
      throw new ConfigError('expected a mapping of source fields (kustomize:, directory:, …)', display)
    const merged = mergePatch({ kustomize: app.kustomize, directory: app.directory }, patch) as {
      kustomize?: KustomizeOverrides
      directory?: DiscoveredApplication['directory']
    }
    if (merged.kustomize && typeof merged.kustomize === 'object') app.kustomize = merged.kustomize
    else delete app.kustomize
    if (merged.directory && typeof merged.directory === 'object') app.directory = merged.directory
    else delete app.directory
  }
}

/** RFC 7386 JSON merge patch of `patch` over `target` (new objects; inputs untouched). */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch
  const out: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {}
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete out[key]
    else out[key] = mergePatch(out[key], value)
  }
  return out
}
