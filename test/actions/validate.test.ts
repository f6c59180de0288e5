import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { ConfigError } from '../../src/errors.js'
import type { Finding } from '../../src/findings/finding.js'
import type { ValidationReport } from '../../src/validation/report.js'
import type { ValidateOptions } from '../../src/validation/validate.js'
import { apiGateway, reportOf } from '../report/fixtures.js'
import { actionStep, setInputs } from '../helpers/actions-io.js'

// Real runner environment files in a temp dir, set before the action module is imported
// (after build-push-action __tests__/setup.unit.ts).
const root = mkdtempSync(join(tmpdir(), 'slipway-action-'))
const workspace = join(root, 'workspace')
const runnerTemp = join(root, 'runner-temp')
mkdirSync(workspace, { recursive: true })
mkdirSync(runnerTemp, { recursive: true })
const outputFile = join(root, 'github_output')
const summaryFile = join(root, 'step_summary')
Object.assign(process.env, {
  GITHUB_WORKSPACE: workspace,
  RUNNER_TEMP: runnerTemp,
  RUNNER_OS: 'Linux',
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/platform',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
})

let action: typeof import('../../actions/validate/main.js')
let inputsModule: typeof import('../../actions/validate/inputs.js')
beforeAll(async () => {
  action = await import('../../actions/validate/main.js')
  inputsModule = await import('../../actions/validate/inputs.js')
})

const { stdout, outputs: readOutputs } = actionStep(outputFile, summaryFile)
beforeEach(() => rmSync(join(runnerTemp, 'slipway-schema-cache'), { recursive: true, force: true }))

function lines(prefix: string): string[] {
  return stdout()
    .split('\n')
    .filter((line) => line.startsWith(prefix))
}

interface Fakes {
  calls: string[]
  validateOptions?: ValidateOptions
  deps: import('../../actions/validate/main.js').ValidateActionDeps
}

function fakes(
  report: ValidationReport | Error,
  cache: {
    restoreKey?: (key: string) => string | undefined
    restoreError?: Error
    saveError?: Error
    uploadError?: Error
  } = {},
): Fakes {
  const result: Fakes = {
    calls: [],
    deps: {
      validate: async (options) => {
        result.calls.push('validate')
        result.validateOptions = options
        // Simulate a schema download into the cache directory.
        mkdirSync(options.cacheDir!, { recursive: true })
        writeFileSync(join(options.cacheDir!, 'abc.json'), '{}')
        if (report instanceof Error) throw report
        return report
      },
      cache: {
        restore: async (paths, key, restoreKeys) => {
          result.calls.push(`restore ${paths.join()} ${key} ${restoreKeys.join()}`)
          if (cache.restoreError) throw cache.restoreError
          return cache.restoreKey?.(key)
        },
        save: async (paths, key) => {
          result.calls.push(`save ${paths.join()} ${key}`)
          if (cache.saveError) throw cache.saveError
        },
      },
      artifacts: {
        upload: async (name, files, rootDirectory) => {
          result.calls.push(`upload ${name} ${files.join()} ${rootDirectory}`)
          if (cache.uploadError) throw cache.uploadError
        },
      },
    },
  }
  return result
}

const errorAt = (i: number): Finding => ({
  severity: 'error',
  rule: 'schema',
  message: `unknown field "f${i}"`,
  environment: 'staging',
  resource: apiGateway,
  path: `/spec/f${i}`,
  file: 'manifests/base/api-gateway/deployment.yaml',
  line: 10 + i,
  column: 5,
})

describe('getInputs', () => {
  test('reads and normalises every input', () => {
    setInputs({
      config: 'config/slipway.yaml',
      environments: 'staging, production\ndr\n',
      'kubernetes-version': 'v1.31.4',
      'schema-locations': 'schemas/\nhttps://example.com/{{.ResourceKind}},strict.json\n',
      'fail-on': 'warning',
      'sarif-file': 'out/slipway.sarif',
    })
    expect(inputsModule.getInputs()).toEqual({
      mode: 'validate',
      config: 'config/slipway.yaml',
      environments: ['staging', 'production', 'dr'],
      kubernetesVersion: '1.31',
      schemaLocations: ['schemas/', 'https://example.com/{{.ResourceKind}},strict.json'],
      failOn: 'warning',
      sarifFile: 'out/slipway.sarif',
    })
  })

  test('defaults when nothing is set', () => {
    setInputs({})
    expect(inputsModule.getInputs()).toEqual({
      mode: 'validate',
      config: undefined,
      environments: [],
      kubernetesVersion: undefined,
      schemaLocations: [],
      failOn: 'error',
      sarifFile: undefined,
    })
  })

  test.each([
    [{ 'fail-on': 'errors' }, 'Invalid fail-on "errors": expected error, warning or never'],
    [{ 'fail-on': 'Error' }, 'Invalid fail-on "Error": expected error, warning or never'],
    [{ 'kubernetes-version': 'latest' }, 'Invalid kubernetes-version "latest": expected a minor version such as 1.31'],
    [{ 'kubernetes-version': '1' }, 'Invalid kubernetes-version "1": expected a minor version such as 1.31'],
    [{ mode: 'split' }, 'Invalid mode "split": expected validate, shards or merge'],
    [{ shard: '0/3' }, 'Invalid shard "0/3": expected I/N with 1 ≤ I ≤ N ≤ 256, e.g. 2/4'],
    [{ shard: '4/3' }, 'Invalid shard "4/3": expected I/N with 1 ≤ I ≤ N ≤ 256, e.g. 2/4'],
    [{ shard: '1/300' }, 'Invalid shard "1/300": expected I/N with 1 ≤ I ≤ N ≤ 256, e.g. 2/4'],
    [{ mode: 'merge', shard: '1/2', reports: 'r' }, 'shard: 1/2 is only for mode: validate, not mode: merge'],
    [{ mode: 'merge' }, "reports: required with mode: merge (the downloaded shard reports' directory or a glob)"],
    [{ reports: 'r' }, 'reports: only for mode: merge, not mode: validate'],
  ])('%o is rejected with a message naming the value', (values, message) => {
    setInputs(values)
    expect(() => inputsModule.getInputs()).toThrow(message)
  })
})

describe('getInputs: matrix modes', () => {
  test('reads mode, shard, report-file and reports', () => {
    setInputs({ shard: ' 2/4 ', 'report-file': 'out/r.json' })
    expect(inputsModule.getInputs()).toMatchObject({
      mode: 'validate',
      shard: { index: 2, count: 4 },
      reportFile: 'out/r.json',
    })
    setInputs({ mode: 'merge', reports: 'shard-reports' })
    expect(inputsModule.getInputs()).toMatchObject({ mode: 'merge', reports: 'shard-reports', shard: undefined })
    setInputs({ mode: 'shards' })
    expect(inputsModule.getInputs()).toMatchObject({ mode: 'shards' })
  })
})

describe('run (validate faked)', () => {
  test('annotates, summarises, writes SARIF, sets outputs, caches and fails on errors', async () => {
    setInputs({
      environments: 'staging',
      'kubernetes-version': '1.31',
      'schema-locations': 'default',
      'sarif-file': 'out/slipway.sarif',
      config: 'slipway.yaml',
    })
    const report = reportOf([
      ...Array.from({ length: 12 }, (_, i) => errorAt(i)),
      { severity: 'warning', rule: 'no-schema', message: 'no schema, for: 100% sure', environment: 'production' },
    ])
    const fake = fakes(report)
    await action.run(fake.deps)

    const cacheDir = join(runnerTemp, 'slipway-schema-cache')
    const { key } = action.schemaCacheKey({ kubernetesVersion: '1.31', schemaLocations: ['default'] })
    expect(key).toMatch(/^slipway-schemas-v2-Linux-1\.31-[0-9a-f]{16}$/)
    const saveKey = action.schemaCacheSaveKey(key, ['abc.json'])
    expect(saveKey).toMatch(new RegExp(`^${key}-[0-9a-f]{16}$`))
    expect(fake.calls).toEqual([
      `restore ${cacheDir} ${key} ${key}-,slipway-schemas-v2-Linux-1.31-,slipway-schemas-v2-Linux-`,
      'validate',
      `save ${cacheDir} ${saveKey}`,
    ])
    expect(fake.validateOptions).toEqual({
      repoRoot: workspace,
      configFile: 'slipway.yaml',
      environments: ['staging'],
      kubernetesVersion: '1.31',
      schemaLocations: ['default'],
      cacheDir,
    })

    // GitHub shows 10 errors per step: exactly those are annotated, plus the step failure.
    const annotations = lines('::error title=')
    expect(annotations).toHaveLength(10)
    expect(annotations[0]).toBe(
      '::error title=schema%3A Deployment/trading/api-gateway,file=manifests/base/api-gateway/deployment.yaml,line=10,col=5::unknown field "f0" (environment staging, at /spec/f0)',
    )
    expect(lines('::warning ')).toEqual([
      '::warning title=no-schema::no schema, for: 100%25 sure (environment production)',
    ])
    expect(lines('::error::')).toEqual(['::error::Slipway found 12 errors and 1 warning (fail-on: error)'])
    expect(process.exitCode).toBe(1)

    const sarifPath = join(workspace, 'out/slipway.sarif')
    expect(readOutputs()).toEqual({ errors: '12', warnings: '1', 'sarif-file': sarifPath })
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'))
    expect(sarif.runs[0].results).toHaveLength(13)

    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('## ❌ Slipway validate: 12 errors, 1 warning')
    expect(summary).toContain('> 2 errors and 0 warnings were not annotated')
    expect(summary.match(/^### /gm)).toHaveLength(2)
    // All 12 errors are in the summary even though only 10 were annotated, linked to the commit.
    expect(summary.match(/\| ❌ error \|/g)).toHaveLength(12)
    expect(summary).toContain(
      '(https://github.com/acme/platform/blob/0123456789abcdef0123456789abcdef01234567/manifests/base/api-gateway/deployment.yaml#L21)',
    )
  })

  test.each([
    ['never', [errorAt(0)], undefined],
    ['error', [{ severity: 'warning', rule: 'no-schema', message: 'w', environment: 'staging' } as Finding], undefined],
    ['warning', [{ severity: 'warning', rule: 'no-schema', message: 'w', environment: 'staging' } as Finding], 1],
    ['error', [], undefined],
  ])('fail-on %s with %j fails: %s', async (failOn, findings, exitCode) => {
    setInputs({ 'fail-on': failOn })
    await action.run(fakes(reportOf(findings)).deps)
    expect(process.exitCode).toBe(exitCode)
    expect(readOutputs()['sarif-file']).toBe('')
  })

  test('cache failures are warnings, never fatal', async () => {
    setInputs({})
    await action.run(
      fakes(reportOf([]), {
        restoreError: new Error('cache service down'),
        saveError: new Error('Unable to reserve cache'),
      }).deps,
    )
    expect(lines('::warning::')).toEqual([
      '::warning::Could not restore the schema cache: cache service down',
      '::warning::Could not save the schema cache: Unable to reserve cache',
    ])
    expect(process.exitCode).toBeUndefined()
    expect(readOutputs()).toMatchObject({ errors: '0', warnings: '0' })
  })

  test('a restored entry with the same files is not saved again', async () => {
    setInputs({})
    const fake = fakes(reportOf([]), { restoreKey: (key) => action.schemaCacheSaveKey(key, ['abc.json']) })
    await action.run(fake.deps)
    expect(fake.calls.some((call) => call.startsWith('save'))).toBe(false)
  })

  test('schemas downloaded after a restore are saved under a new key', async () => {
    setInputs({})
    // The restored entry had one schema; this run downloads another (abc.json).
    const cacheDir = join(runnerTemp, 'slipway-schema-cache')
    mkdirSync(join(cacheDir, 'sub'), { recursive: true })
    writeFileSync(join(cacheDir, 'sub', 'old.json'), '{}')
    let restored = ''
    const fake = fakes(reportOf([]), {
      restoreKey: (key) => (restored = action.schemaCacheSaveKey(key, ['sub/old.json'])),
    })
    await action.run(fake.deps)
    const { key } = action.schemaCacheKey({ schemaLocations: [] })
    const saveKey = action.schemaCacheSaveKey(key, ['abc.json', 'sub/old.json'])
    expect(action.listCacheFiles(cacheDir)).toEqual(['abc.json', 'sub/old.json'])
    expect(saveKey).not.toBe(restored)
    expect(fake.calls.at(-1)).toBe(`save ${cacheDir} ${saveKey}`)
  })

  test('the cache key follows the Kubernetes versions and schema locations of slipway.yaml', async () => {
    const configFile = join(workspace, 'slipway.yaml')
    const keyFor = async (config: string | undefined, inputs: Record<string, string> = {}) => {
      if (config === undefined) rmSync(configFile, { force: true })
      else writeFileSync(configFile, config)
      setInputs(inputs)
      const fake = fakes(reportOf([]))
      await action.run(fake.deps)
      return fake.calls[0]!.split(' ')[2]!
    }
    try {
      const none = await keyFor(undefined)
      expect(none).toMatch(/^slipway-schemas-v2-Linux-1\.33-/)
      const versions = await keyFor(
        'kubernetesVersion: "1.31"\nenvironments:\n  production: { kubernetesVersion: "1.30" }\n  staging: {}\n',
      )
      expect(versions).toMatch(/^slipway-schemas-v2-Linux-1\.30\+1\.31-[0-9a-f]{16}$/)
      const locations = await keyFor(
        'kubernetesVersion: "1.31"\nenvironments:\n  production: { kubernetesVersion: "1.30" }\nschemaLocations: [schemas/]\n',
      )
      expect(locations).toMatch(/^slipway-schemas-v2-Linux-1\.30\+1\.31-/)
      expect(locations).not.toBe(versions)
      // The kubernetes-version input overrides every version of the config.
      expect(await keyFor('kubernetesVersion: "1.31"\n', { 'kubernetes-version': '1.29' })).toMatch(
        /^slipway-schemas-v2-Linux-1\.29-/,
      )
      // An unreadable config is left to validate() (which fails the step); the key uses the inputs.
      expect(await keyFor('kubernetesVersion: [', {})).toBe(none)
    } finally {
      rmSync(configFile, { force: true })
    }
  })

  test('a config error fails the step with its message, not a stack trace', async () => {
    setInputs({ config: 'missing.yaml' })
    await action.run(fakes(new ConfigError('file not found', 'missing.yaml')).deps)
    expect(lines('::error::')).toEqual(['::error::missing.yaml: file not found'])
    expect(stdout()).not.toContain('    at ')
    expect(process.exitCode).toBe(1)
  })

  test('a bad input fails before anything runs', async () => {
    setInputs({ 'fail-on': 'sometimes' })
    const fake = fakes(reportOf([]))
    await action.run(fake.deps)
    expect(fake.calls).toEqual([])
    expect(lines('::error::')).toEqual(['::error::Invalid fail-on "sometimes": expected error, warning or never'])
  })
})

describe('run: one shard of a job matrix (validate and artifact client faked)', () => {
  const twelveErrors = () => reportOf(Array.from({ length: 12 }, (_, i) => errorAt(i)))

  test('shard 2/3 writes its JSON report and uploads it as slipway-validate-shard-2-of-3; nothing annotated, summarised or failed', async () => {
    setInputs({ shard: '2/3', 'sarif-file': 'shard.sarif', environments: 'staging' })
    const fake = fakes(twelveErrors())
    await action.run(fake.deps)

    const reportFile = join(runnerTemp, 'slipway-validate-shard-2-of-3.json')
    expect(fake.validateOptions).toMatchObject({ shard: { index: 2, count: 3 }, environments: ['staging'] })
    expect(fake.calls.filter((call) => call.startsWith('upload'))).toEqual([
      `upload slipway-validate-shard-2-of-3 ${reportFile} ${runnerTemp}`,
    ])
    const written = JSON.parse(readFileSync(reportFile, 'utf8')) as ValidationReport
    expect(written.summary).toMatchObject({ errors: 12, warnings: 0 })
    expect(written.findings).toHaveLength(12)
    // The merge job is the one place that annotates, summarises, writes SARIF and fails.
    expect(lines('::error')).toEqual([])
    expect(lines('::warning')).toEqual([])
    expect(readFileSync(summaryFile, 'utf8')).toBe('')
    expect(() => readFileSync(join(workspace, 'shard.sarif'))).toThrow(/ENOENT/)
    expect(process.exitCode).toBeUndefined()
    expect(readOutputs()).toEqual({ errors: '12', warnings: '0', 'sarif-file': '', 'report-file': reportFile })
    // The findings are still in the log.
    expect(stdout()).toContain('unknown field "f0"')
  })

  test('report-file puts the report where asked (relative to the workspace)', async () => {
    setInputs({ shard: '1/2', 'report-file': 'reports/one.json' })
    const fake = fakes(reportOf([]))
    await action.run(fake.deps)
    const file = join(workspace, 'reports/one.json')
    expect(JSON.parse(readFileSync(file, 'utf8')).summary.errors).toBe(0)
    expect(fake.calls).toContain(`upload slipway-validate-shard-1-of-2 ${file} ${join(workspace, 'reports')}`)
  })

  test('shard 1/1 is the unsharded run: no shard passed, annotations, summary, SARIF, fail-on, no upload', async () => {
    setInputs({ shard: '1/1', 'sarif-file': 'one.sarif' })
    const fake = fakes(twelveErrors())
    await action.run(fake.deps)
    expect(fake.validateOptions?.shard).toBeUndefined()
    expect(fake.calls.some((call) => call.startsWith('upload'))).toBe(false)
    expect(lines('::error title=')).toHaveLength(10)
    expect(readFileSync(summaryFile, 'utf8')).toContain('## ❌ Slipway validate: 12 errors')
    expect(readOutputs()['sarif-file']).toBe(join(workspace, 'one.sarif'))
    expect(process.exitCode).toBe(1)
  })

  test('a failed upload fails the step, naming the cause (the merge job would miss the shard)', async () => {
    setInputs({ shard: '3/3' })
    await action.run(fakes(reportOf([]), { uploadError: new Error('artifact service unavailable') }).deps)
    expect(lines('::error::')).toEqual([
      '::error::Could not upload the artifact slipway-validate-shard-3-of-3: artifact service unavailable',
    ])
    expect(process.exitCode).toBe(1)
  })
})
