/**
 * The validate action's logic (actions/validate/main.ts is its glue), beside the reporters it
 * publishes with: the schema download
 * cache and its keys, the core `validate()`, and publishing the report as annotations,
 * the log, the job summary, SARIF and step outputs.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { DEFAULT_KUBERNETES_VERSION, loadConfig, type SlipwayConfig } from '../config/index.js'
import { compareKubernetesVersions, minorVersion } from '../config/kubernetes-version.js'
import { errorMessage } from '../errors.js'
import { writeJobSummary } from '../github/summary.js'
import type { ValidationReport } from '../validation/report.js'
import type { ValidateOptions } from '../validation/validate.js'
import { GithubReporter } from './github.js'
import { plural } from './group.js'
import { toSarif } from './sarif.js'
import { TextReporter } from './text.js'

/** When the step fails: on any error (default), on any finding, or never. */
export const FAIL_ON = ['error', 'warning', 'never'] as const
/** One of {@link FAIL_ON}. */
export type FailOn = (typeof FAIL_ON)[number]

/** The validate action's inputs (`actions/validate/action.yml`), parsed and checked. */
export interface ValidateActionInputs {
  /** `slipway.yaml` path relative to the workspace; undefined: the repository's own, if any. */
  config?: string
  /** Environment names to validate; empty: all. */
  environments: string[]
  /** Target Kubernetes minor version `X.Y`; undefined: from the config. */
  kubernetesVersion?: string
  /** Schema locations tried before the config's (directories, templates, URLs, `default`). */
  schemaLocations: string[]
  failOn: FailOn
  /** Where to write the SARIF log (relative to the workspace); undefined: no SARIF. */
  sarifFile?: string
}

/** Restores and saves a directory across workflow runs (the schema download cache). */
export interface SchemaCache {
  /** @returns the key that was restored (the primary key or a restore key), undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

/** What the action needs from the outside world; tests pass fakes. */
export interface ValidateActionDeps {
  validate(options: ValidateOptions): Promise<ValidationReport>
  cache: SchemaCache
}

/** What the schema cache key depends on in `slipway.yaml`. */
export type CacheKeyConfig = Pick<SlipwayConfig, 'kubernetesVersion' | 'schemaLocations' | 'environments'>

/**
 * Cache key of the schema downloads. Schemas depend on the Kubernetes versions validated
 * against and on the schema locations, so both go into the key — from the inputs and from
 * `slipway.yaml` (its `kubernetesVersion`, every `environments.<name>.kubernetesVersion`,
 * its `schemaLocations`): e.g. `slipway-schemas-v2-Linux-1.31+1.33-3f2a…`.
 *
 * Saved entries carry a further suffix, a hash of the cache directory's file list
 * ({@link schemaCacheSaveKey}), because cache entries are immutable: a run that downloads
 * new schemas saves them under a new key. So `key` itself never matches exactly; the
 * restore keys find the newest entry for the same versions and locations, then for the
 * same versions, then any (entries are per URL, so extra files are harmless).
 *
 * @param inputs the action inputs; a `kubernetes-version` input overrides every version of the config.
 * @param config the parsed `slipway.yaml` ({} when there is none).
 */
export function schemaCacheKey(
  inputs: Pick<ValidateActionInputs, 'kubernetesVersion' | 'schemaLocations'>,
  config: CacheKeyConfig = {},
  env: NodeJS.ProcessEnv = process.env,
): { key: string; restoreKeys: string[] } {
  const versions = inputs.kubernetesVersion
    ? [inputs.kubernetesVersion]
    : [
        ...new Set(
          [
            config.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION,
            ...Object.values(config.environments ?? {}).flatMap((environment) =>
              environment?.kubernetesVersion ? [environment.kubernetesVersion] : [],
            ),
          ].map(minorVersion),
        ),
      ].sort(compareKubernetesVersions)
  const locations = [...inputs.schemaLocations, ...(config.schemaLocations ?? [])]
  const os = `slipway-schemas-v2-${env.RUNNER_OS ?? process.platform}-`
  const byVersion = `${os}${versions.join('+')}-`
  const key = `${byVersion}${shortHash(locations.join('\n'))}`
  return { key, restoreKeys: [`${key}-`, byVersion, os] }
}

/**
 * The key to save the cache directory under: {@link schemaCacheKey}'s `key` plus a hash of
 * the directory's file list, so new downloads make a new entry and an unchanged directory
 * the same one.
 *
 * @param files paths relative to the cache directory (see {@link listCacheFiles}).
 */
export function schemaCacheSaveKey(key: string, files: readonly string[]): string {
  return `${key}-${shortHash([...files].sort().join('\n'))}`
}

/** Files under the cache directory, relative to it (forward slashes); empty when it does not exist. */
export function listCacheFiles(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return []
  return readdirSync(cacheDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(cacheDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * `slipway.yaml` for the cache key. A config that cannot be read is left to `validate()`,
 * which reports it as the step's failure; the key then uses the inputs alone.
 */
async function configForCacheKey(workspace: string, file: string | undefined): Promise<CacheKeyConfig> {
  try {
    return await loadConfig(workspace, file)
  } catch (error) {
    core.debug(`Schema cache key without slipway.yaml: ${errorMessage(error)}`)
    return {}
  }
}

/**
 * Whether the step fails, and why: `error` fails on any error, `warning` on any finding,
 * `never` never.
 *
 * @returns the failure message, or undefined when the step passes.
 */
export function failureMessage(summary: ValidationReport['summary'], failOn: FailOn): string | undefined {
  const found = `Slipway found ${plural(summary.errors, 'error')} and ${plural(summary.warnings, 'warning')}`
  if (failOn === 'error' && summary.errors > 0) return `${found} (fail-on: error)`
  if (failOn === 'warning' && summary.errors + summary.warnings > 0) return `${found} (fail-on: warning)`
  return undefined
}

/**
 * The validate action (after typescript-action `src/main.ts`): reads the inputs, restores
 * the schema cache, runs the core `validate()`, then publishes the report — annotations
 * (at most 10 errors and 10 warnings, the limit GitHub shows per step), the full text
 * report in the log, a job summary with one table per environment, the SARIF file if
 * asked — sets the outputs `errors`, `warnings`, `sarif-file`, saves the schema cache and
 * fails the step according to `fail-on`. The cache is saved again under a new key
 * whenever the run downloaded schemas the restored entry lacked. Cache problems are warnings. Every thrown error
 * ends in the single `core.setFailed` here; the function itself never throws.
 */
export async function runValidateAction(inputs: ValidateActionInputs, deps: ValidateActionDeps): Promise<void> {
  try {
    const { validate, cache } = deps
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
    const cacheDir = join(process.env.RUNNER_TEMP ?? tmpdir(), 'slipway-schema-cache')
    const { key, restoreKeys } = schemaCacheKey(inputs, await configForCacheKey(workspace, inputs.config))

    const restoredKey = await core.group('Restore schema cache', async () => {
      try {
        const restored = await cache.restore([cacheDir], key, restoreKeys)
        core.info(restored ? `Restored schema cache ${restored}` : `No schema cache for ${key}`)
        return restored
      } catch (error) {
        core.warning(`Could not restore the schema cache: ${errorMessage(error)}`)
        return undefined
      }
    })

    const report = await core.group('Render and validate', async () => {
      const options: ValidateOptions = { repoRoot: workspace, schemaLocations: inputs.schemaLocations, cacheDir }
      if (inputs.config) options.configFile = inputs.config
      if (inputs.environments.length > 0) options.environments = inputs.environments
      if (inputs.kubernetesVersion) options.kubernetesVersion = inputs.kubernetesVersion
      return validate(options)
    })

    const sarifFile = await publish(report, inputs, workspace)
    core.setOutput('errors', report.summary.errors)
    core.setOutput('warnings', report.summary.warnings)
    core.setOutput('sarif-file', sarifFile ?? '')

    await core.group('Save schema cache', async () => {
      const files = listCacheFiles(cacheDir)
      if (files.length === 0) {
        core.info('Nothing downloaded; no schema cache to save.')
        return
      }
      const saveKey = schemaCacheSaveKey(key, files)
      if (restoredKey === saveKey) {
        core.info(`No new schemas since ${restoredKey}; nothing to save.`)
        return
      }
      try {
        await cache.save([cacheDir], saveKey)
        core.info(`Saved schema cache ${saveKey} (${plural(files.length, 'file')})`)
      } catch (error) {
        core.warning(`Could not save the schema cache: ${errorMessage(error)}`)
      }
    })

    const failure = failureMessage(report.summary, inputs.failOn)
    if (failure) core.setFailed(failure)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

/** Writes annotations, the log report, the job summary and the SARIF file; returns the SARIF path. */
async function publish(
  report: ValidationReport,
  inputs: ValidateActionInputs,
  workspace: string,
): Promise<string | undefined> {
  const {
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_SHA: sha,
    GITHUB_ACTION_REPOSITORY: actionRepository,
  } = process.env
  const reporter = new GithubReporter(
    serverUrl && repository && sha ? { sourceLink: { serverUrl, repository, sha } } : {},
  )

  const plan = reporter.plan(report)
  for (const annotation of plan.annotations) {
    const annotate =
      annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice
    annotate(annotation.message, annotation.properties)
  }
  await core.group('Report', async () => core.info(new TextReporter().render(report).trimEnd()))

  if (!(await writeJobSummary(reporter.summary(report))))
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.')

  if (!inputs.sarifFile) return undefined
  const sarifPath = resolve(workspace, inputs.sarifFile)
  const sarif = toSarif(report, {
    repoRoot: workspace,
    // The action's own repository (set when used as owner/repo@ref) is the tool's home page.
    ...(serverUrl && actionRepository ? { informationUri: `${serverUrl}/${actionRepository}` } : {}),
  })
  await mkdir(dirname(sarifPath), { recursive: true })
  await writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`, 'utf8')
  core.info(`Wrote SARIF (${plural(sarif.runs[0]!.results.length, 'result')}) to ${sarifPath}`)
  return sarifPath
}
