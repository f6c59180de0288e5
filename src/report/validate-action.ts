/**
 * The validate action's logic (actions/validate/main.ts is its glue), beside the reporters it
 * publishes with: the schema download
 * cache and its keys, the core `validate()`, and publishing the report as annotations,
 * the log, the job summary, SARIF and step outputs.
 *
 * A job matrix (issue 13; GitHub Actions runs the jobs, Slipway only splits and merges) uses
 * three modes: `shards` sizes the matrix from `ci.matrix`; `validate` with `shard: I/N`
 * (N > 1) validates one shard and uploads its JSON report as the artifact
 * `slipway-validate-shard-I-of-N`, publishing nothing else and never failing on findings;
 * `merge` reads the downloaded shard reports and publishes exactly what an unsharded run
 * publishes (annotations, the job summary, SARIF, outputs) and fails per `fail-on` — the one
 * verdict of the run.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { DEFAULT_KUBERNETES_VERSION, loadConfig, type SlipwayConfig } from '../config/index.js'
import { compareKubernetesVersions, minorVersion } from '../config/kubernetes-version.js'
import { errorMessage, UsageError } from '../errors.js'
import { writeJobSummary } from '../github/summary.js'
import { readJsonShards } from '../util/find-files.js'
import { computeShardMatrix, describeShardMatrix } from '../validation/matrix.js'
import type { ValidationReport } from '../validation/report.js'
import { mergeReports, shardArtifactName, type Shard } from '../validation/shard.js'
import type { ValidateOptions } from '../validation/validate.js'
import { GithubReporter } from './github.js'
import { plural } from './group.js'
import { JsonReporter } from './json.js'
import { toSarif } from './sarif.js'
import { TextReporter } from './text.js'

/** When the step fails: on any error (default), on any finding, or never. */
export const FAIL_ON = ['error', 'warning', 'never'] as const
/** One of {@link FAIL_ON}. */
export type FailOn = (typeof FAIL_ON)[number]

/**
 * What the action does: `validate` (default) renders and validates (one shard of it with
 * `shard`); `shards` prints the job matrix; `merge` publishes the merged shard reports.
 */
export const VALIDATE_MODES = ['validate', 'shards', 'merge'] as const
/** One of {@link VALIDATE_MODES}. */
export type ValidateMode = (typeof VALIDATE_MODES)[number]

/** Artifacts of the shard jobs are named `slipway-validate-shard-I-of-N`: this prefix, then the shard. */
export const VALIDATE_SHARD_ARTIFACT_PREFIX = 'slipway-validate-shard-'

/**
 * The artifact (and default report file name, without `.json`) of one shard:
 * `slipway-validate-shard-2-of-4`. Artifact names cannot hold `/`, hence `of`. The merge
 * job downloads them all with the pattern `slipway-validate-shard-*`.
 */
export function validateShardArtifactName(shard: Shard): string {
  return shardArtifactName(VALIDATE_SHARD_ARTIFACT_PREFIX, shard)
}

/** The validate action's inputs (`actions/validate/action.yml`), parsed and checked. */
export interface ValidateActionInputs {
  /** Default `validate`. */
  mode?: ValidateMode
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
  /** `validate` mode: validate only this shard; `1/1` (or none) is the unsharded run. */
  shard?: Shard
  /**
   * `validate` mode with a shard of N > 1: where to write its JSON report (relative to the
   * workspace); undefined: `$RUNNER_TEMP/slipway-validate-shard-I-of-N.json`.
   */
  reportFile?: string
  /** `merge` mode: a directory (searched for `*.json`) or a glob of the shards' JSON reports, relative to the workspace. */
  reports?: string
}

/** Restores and saves a directory across workflow runs (the schema download cache). */
export interface SchemaCache {
  /** @returns the key that was restored (the primary key or a restore key), undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

/** Uploads files as a workflow artifact (the shard reports); @actions/artifact in the action. */
export interface ArtifactUploader {
  /**
   * @param name the artifact name (`slipway-validate-shard-2-of-4`).
   * @param files absolute paths, each under `rootDirectory` (the artifact holds them relative to it).
   * @throws when the artifact service refuses the upload.
   */
  upload(name: string, files: string[], rootDirectory: string): Promise<void>
}

/** What the action needs from the outside world; tests pass fakes. */
export interface ValidateActionDeps {
  validate(options: ValidateOptions): Promise<ValidationReport>
  cache: SchemaCache
  artifacts: ArtifactUploader
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
 *
 * Matrix modes (see the module comment): with `shard` I/N, N > 1, the shard's JSON report is
 * written and uploaded through `deps.artifacts` instead of being published, and findings do
 * not fail the step; `mode: shards` sets `shard-count` and `shards` and validates nothing;
 * `mode: merge` publishes the merged `reports` as above, without validating or caching. A
 * failed upload, a missing or duplicated shard fails the step with a message naming it.
 */
export async function runValidateAction(inputs: ValidateActionInputs, deps: ValidateActionDeps): Promise<void> {
  try {
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
    if (inputs.mode === 'shards') return await publishShardMatrix(inputs, workspace)
    if (inputs.mode === 'merge') {
      const report = await core.group('Merge shard reports', () => readShardReports(inputs.reports, workspace))
      await publishReport(report, inputs, workspace)
      const failure = failureMessage(report.summary, inputs.failOn)
      if (failure) core.setFailed(failure)
      return
    }
    const { validate, cache } = deps
    // A shard of one is the unsharded run: same report, same publishing.
    const shard = inputs.shard && inputs.shard.count > 1 ? inputs.shard : undefined
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
      if (shard) options.shard = shard
      return validate(options)
    })

    if (shard) await publishShard(report, shard, inputs, workspace, deps.artifacts)
    else await publishReport(report, inputs, workspace)

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

    // A shard's findings are judged once, by the merge job, with every shard's.
    const failure = shard ? undefined : failureMessage(report.summary, inputs.failOn)
    if (failure) core.setFailed(failure)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

/** Publishes a whole report (unsharded or merged) and sets the outputs `errors`, `warnings`, `sarif-file`. */
async function publishReport(report: ValidationReport, inputs: ValidateActionInputs, workspace: string): Promise<void> {
  const sarifFile = await publish(report, inputs, workspace)
  core.setOutput('errors', report.summary.errors)
  core.setOutput('warnings', report.summary.warnings)
  core.setOutput('sarif-file', sarifFile ?? '')
}

/**
 * `mode: shards`: sizes the job matrix from `ci.matrix` and the environments (discovered, not
 * rendered) and sets the outputs `shard-count` (`3`) and `shards` (`["1/3","2/3","3/3"]`).
 */
async function publishShardMatrix(inputs: ValidateActionInputs, workspace: string): Promise<void> {
  const matrix = await computeShardMatrix({
    repoRoot: workspace,
    ...(inputs.config ? { configFile: inputs.config } : {}),
  })
  core.info(describeShardMatrix(matrix))
  core.setOutput('shard-count', matrix.count)
  core.setOutput('shards', JSON.stringify(matrix.shards))
}

/**
 * One shard of a matrix (N > 1): writes its JSON report (the `merge-reports` input) and
 * uploads it as the artifact `slipway-validate-shard-I-of-N`, logs the text report, and sets
 * `errors`, `warnings` (this shard's), `sarif-file` (empty) and `report-file`. No
 * annotation, job summary or SARIF: the merge job publishes those once for the whole run.
 */
async function publishShard(
  report: ValidationReport,
  shard: Shard,
  inputs: ValidateActionInputs,
  workspace: string,
  artifacts: ArtifactUploader,
): Promise<void> {
  const name = validateShardArtifactName(shard)
  const file = inputs.reportFile
    ? resolve(workspace, inputs.reportFile)
    : join(process.env.RUNNER_TEMP ?? tmpdir(), `${name}.json`)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, new JsonReporter().render(report), 'utf8')
  await core.group(`Report (shard ${shard.index}/${shard.count})`, async () =>
    core.info(new TextReporter().render(report).trimEnd()),
  )
  core.info(
    `Shard ${shard.index}/${shard.count}: ${plural(report.summary.errors, 'error')} and ${plural(report.summary.warnings, 'warning')}; the merge job annotates them and applies fail-on.`,
  )
  await core.group(`Upload ${name}`, async () => {
    try {
      await artifacts.upload(name, [file], dirname(file))
    } catch (error) {
      // Without it the merge job reports this shard missing; say why here.
      throw new Error(`Could not upload the artifact ${name}: ${errorMessage(error)}`)
    }
    core.info(`Uploaded ${file} as the artifact ${name}`)
  })
  core.setOutput('errors', report.summary.errors)
  core.setOutput('warnings', report.summary.warnings)
  core.setOutput('sarif-file', '')
  core.setOutput('report-file', file)
}

/**
 * `mode: merge`: reads every shard's JSON report under `reports` (a directory, searched
 * recursively for `*.json`, or a glob) and merges them into the unsharded run's report.
 *
 * @throws {UsageError} naming the input or file: `reports` unset, nothing found, a file that
 *   is not a validate JSON report, or shards that do not make one run (missing, twice, another run).
 */
async function readShardReports(reports: string | undefined, workspace: string): Promise<ValidationReport> {
  if (!reports)
    throw new UsageError("reports: required with mode: merge (the downloaded shard reports' directory or a glob)")
  const { documents, names } = await readJsonShards({
    input: 'reports',
    pattern: reports,
    cwd: workspace,
    noun: 'JSON report',
    kind: 'a slipway validate JSON report',
    is: (document): document is ValidationReport =>
      typeof (document as Partial<ValidationReport> | null)?.summary === 'object' &&
      Array.isArray((document as Partial<ValidationReport>).environments),
  })
  core.info(`Merging ${plural(names.length, 'shard report')}: ${names.join(', ')}`)
  return mergeReports(documents, names)
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
