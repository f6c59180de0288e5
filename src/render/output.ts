/**
 * `slipway render`: the manifests Argo CD's repo-server generates for each environment, as
 * YAML streams for standard output or one file per environment. Rendering is the same as
 * `slipway validate`'s ({@link renderDiscovered}); this module selects the environments,
 * redacts Secret values, serialises the streams and writes the output tree.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import jsYaml from 'js-yaml'
import { loadConfig } from '../config/index.js'
import { UsageError, errorMessage } from '../errors.js'
import type { Finding } from '../findings/finding.js'
import type { KubernetesObject, Resource } from '../manifests/resource.js'
import { redactSecret } from '../manifests/secret-redaction.js'
import type { Environment } from './environment.js'
import { discoverEnvironments, renderDiscovered, type RenderOptions } from './index.js'

/** Options of {@link renderManifests}. */
export interface RenderManifestsOptions extends Pick<
  RenderOptions,
  'repoRoot' | 'kubernetesVersion' | 'kustomizeCommand' | 'timeoutMs' | 'concurrency'
> {
  /** `slipway.yaml` to read (absolute, or relative to `repoRoot`); default the repository root's. */
  configFile?: string
  /** Environment names to render, as `selectEnvironments` of the render core takes them; empty or absent: all. */
  environments?: string[]
  /** Print Secret `data`/`stringData`/`binaryData` values as rendered instead of `<redacted>`. Default false. */
  showSecrets?: boolean
}

/** One rendered environment: its YAML stream, as Kustomize prints it (documents separated by `---`). */
export interface RenderedEnvironment {
  environment: Environment
  /** The documents, each ending in a newline, joined by `---` lines; empty when it rendered no resources. */
  yaml: string
  /** Number of resources in {@link yaml}. */
  resources: number
}

/** Output of {@link renderManifests}: data until the CLI prints it. */
export interface RenderedManifests {
  /** The selected environments in discovery order; empty when any render failed. */
  environments: RenderedEnvironment[]
  /** Render and parse errors (Kustomize's message, Secret content removed), in discovery order. */
  errors: Finding[]
  /** Warnings: env-file problems, Argo CD Applications that are not rendered (when all environments are), empty renders. */
  warnings: Finding[]
}

/**
 * Renders environments as Argo CD's repo-server would (the same render as
 * `slipway validate`: `spec.source.kustomize` overrides, build options, plain-YAML directory
 * sources) and serialises each as a YAML stream. `slipway.yaml` is read once.
 *
 * The output is what `argocd app manifests --source git` shows: the application controller
 * then adds its tracking label or annotation and the destination namespace to namespaced
 * objects that have none.
 *
 * @returns the streams, or — when any environment fails to render — no stream and the errors.
 * @throws {ConfigError} for an invalid `slipway.yaml` or Argo CD manifest; {@link UsageError}
 *   for an unknown environment name or when no environment is found; {@link ExecError} when
 *   no Kustomize is installed.
 */
export async function renderManifests(options: RenderManifestsOptions): Promise<RenderedManifests> {
  const config = await loadConfig(options.repoRoot, options.configFile)
  const renderOptions: RenderOptions = { ...options, config, buildMetadata: false }
  const discovery = await discoverEnvironments(renderOptions)
  if (discovery.environments.length === 0)
    throw new UsageError(
      'nothing to render: no environment found (no Argo CD Application or ApplicationSet, no environments.<name>.path in slipway.yaml, no Kustomize root under manifests/overlays/)',
    )
  const results = await renderDiscovered(discovery.environments, renderOptions)
  const errors: Finding[] = []
  const warnings: Finding[] = options.environments?.length ? [] : [...discovery.skipped]
  for (const result of results) {
    for (const finding of result.findings) (finding.severity === 'error' ? errors : warnings).push(finding)
    if (result.resources.length === 0 && !result.findings.some((finding) => finding.severity === 'error'))
      warnings.push({
        severity: 'warning',
        rule: 'render',
        message: 'rendered no resources',
        environment: result.environment.name,
        file: result.environment.path,
      })
  }
  if (errors.length > 0) return { environments: [], errors, warnings }
  return {
    environments: results.map((result) => ({
      environment: result.environment,
      yaml: formatYamlStream(result.resources, { showSecrets: options.showSecrets === true }),
      resources: result.resources.length,
    })),
    errors,
    warnings,
  }
}

/**
 * Serialises resources as one YAML stream in `kustomize build`'s layout: one document per
 * object, separated by `---` lines, keys in the rendered order, sequences not indented under
 * their key, double quotes where quoting is needed, no anchors. Unlike kustomize (go-yaml),
 * long lines are never folded and a few strings are quoted differently; the values are the same.
 *
 * @param options.showSecrets keep Secret values; by default each Secret's values are
 *   replaced by `<redacted>` ({@link redactSecret}).
 * @returns the stream; `''` for no resources.
 */
export function formatYamlStream(resources: readonly Resource[], options: { showSecrets: boolean }): string {
  return resources
    .map((resource) => dumpObject(options.showSecrets ? resource.object : redactSecret(resource.object)))
    .join('---\n')
}

function dumpObject(object: KubernetesObject): string {
  return jsYaml.dump(object, { lineWidth: -1, noRefs: true, sortKeys: false, quotingType: '"', noArrayIndent: true })
}

/**
 * Joins environments into one stream for standard output, the way `helm template` marks
 * its sources: every environment starts with a `---` line and a `# Source: environment
 * <name>` comment, so `kubectl apply -f -` reads the whole stream and a reader (or `grep`)
 * finds where each environment begins. The header is there with one environment too.
 *
 * @returns the stream, ending in a newline.
 */
export function formatEnvironmentStreams(rendered: readonly RenderedEnvironment[]): string {
  return rendered.map((env) => `---\n# Source: environment ${env.environment.name}\n${env.yaml}`).join('')
}

/** What an environment name must look like to be a file name: no path separator, no leading dot or dash. */
const FILE_SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,249}$/

/**
 * The file an environment is written to under `--output`: `<name>.yaml`.
 *
 * @throws {UsageError} naming the environment when its name (from Argo CD or `slipway.yaml`)
 *   is not a plain file name: letters, digits, `.`, `_`, `-`, starting with a letter or
 *   digit, at most 250 characters — never a path or `..`.
 */
export function environmentFileName(name: string): string {
  if (!FILE_SAFE_NAME.test(name))
    throw new UsageError(
      `environment ${JSON.stringify(name)} cannot be written to a file: its name must be letters, digits, ".", "_" and "-", starting with a letter or digit (at most 250 characters)`,
    )
  return `${name}.yaml`
}

/**
 * Writes each environment's stream to `dir/<name>.yaml` ({@link environmentFileName}),
 * creating `dir` when missing. Every file is first written in full to a fresh temporary
 * file in `dir` (created exclusively, so an existing file or symlink there is never
 * followed), and only when all are written are they renamed into place: a reader never sees
 * a half-written file, and a write that fails (a full disk, no permission) leaves every
 * file as it was and no temporary file behind. Other files in `dir` are left alone.
 *
 * @param dir the output directory (absolute).
 * @returns the absolute paths written, in the order given.
 * @throws {UsageError} when a name is not a file name, two names differ only in case (they
 *   would overwrite each other on macOS and Windows), or `dir` cannot be written; nothing is
 *   then written.
 */
export async function writeEnvironmentFiles(dir: string, rendered: readonly RenderedEnvironment[]): Promise<string[]> {
  const root = resolve(dir)
  const targets: Array<{ file: string; yaml: string }> = []
  const seen = new Map<string, string>()
  for (const env of rendered) {
    const name = environmentFileName(env.environment.name)
    const other = seen.get(name.toLowerCase())
    if (other !== undefined)
      throw new UsageError(
        `environments "${other}" and "${env.environment.name}" would be written to the same file (names that differ only in case)`,
      )
    seen.set(name.toLowerCase(), env.environment.name)
    const file = join(root, name)
    // environmentFileName admits no separator; this holds the rule where it matters.
    if (dirname(file) !== root) throw new UsageError(`refusing to write outside ${dir}: ${file}`)
    targets.push({ file, yaml: env.yaml })
  }
  const cannotWrite = (error: unknown): UsageError => {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOTDIR' || code === 'EEXIST'
        ? 'not a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : errorMessage(error)
    return new UsageError(`cannot write --output ${dir}: ${reason}`)
  }
  await mkdir(root, { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(error)
  })
  if (!(await stat(root)).isDirectory()) throw cannotWrite(Object.assign(new Error(), { code: 'ENOTDIR' }))
  const temporaries: string[] = []
  try {
    for (const target of targets) {
      const temporary = join(root, `.${randomBytes(6).toString('hex')}.slipway-render.tmp`)
      temporaries.push(temporary)
      await writeFile(temporary, target.yaml, { flag: 'wx' })
    }
    for (const [index, target] of targets.entries()) await rename(temporaries[index]!, target.file)
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => rm(temporary, { force: true })))
    throw cannotWrite(error)
  }
  return targets.map((target) => target.file)
}
