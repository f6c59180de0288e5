import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/paths.js'
import { validateSarif } from '../report/sarif-schema.js'
import { actionStep, setInputs } from '../helpers/actions-io.js'

// The real action against the real core validate() and real kustomize, with the runner's
// environment files in a temp dir. The Actions cache service is absent here, so the real
// @actions/cache-backed schema cache must skip quietly.
const root = mkdtempSync(join(tmpdir(), 'slipway-action-e2e-'))
const outputFile = join(root, 'github_output')
const summaryFile = join(root, 'step_summary')
Object.assign(process.env, {
  RUNNER_TEMP: join(root, 'runner-temp'),
  RUNNER_OS: 'Linux',
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
})
for (const name of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN']) delete process.env[name]

let run: typeof import('../../actions/validate/main.js').run
beforeAll(async () => {
  ;({ run } = await import('../../actions/validate/main.js'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const { stdout, outputs: readOutputs } = actionStep(outputFile, summaryFile)

interface SarifOut {
  runs: Array<{
    results: Array<{
      level: string
      ruleId: string
      locations: Array<{ physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } } }>
    }>
  }>
}

describe('validate action end to end', () => {
  test('a seeded defect is annotated at its file and line, summarised, in SARIF, and fails the step', async () => {
    const repo = join(root, 'repo')
    mkdirSync(join(repo, 'deploy'), { recursive: true })
    writeFileSync(join(repo, 'slipway.yaml'), 'environments:\n  dev:\n    path: deploy\n')
    writeFileSync(
      join(repo, 'deploy/kustomization.yaml'),
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
    )
    writeFileSync(
      join(repo, 'deploy/deployment.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        '  namespace: demo',
        'spec:',
        '  replicas: two',
        '  selector:',
        '    matchLabels: {app: web}',
        '  template:',
        '    metadata:',
        '      labels: {app: web}',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx:1.27',
        '',
      ].join('\n'),
    )
    process.env.GITHUB_WORKSPACE = repo
    setInputs({ 'kubernetes-version': '1.31', 'sarif-file': 'slipway.sarif' })
    await run()

    expect(stdout()).toMatch(
      /^::error title=schema%3A Deployment\/demo\/web,file=deploy\/deployment\.yaml,line=7,col=3::.*\(environment dev, at \/spec\/replicas\)$/m,
    )
    expect(stdout()).toContain('::error::Slipway found 1 error and 1 warning (fail-on: error)')
    expect(process.exitCode).toBe(1)
    expect(readOutputs()).toEqual({ errors: '1', warnings: '1', 'sarif-file': join(repo, 'slipway.sarif') })

    const sarif = JSON.parse(readFileSync(join(repo, 'slipway.sarif'), 'utf8')) as SarifOut
    expect(validateSarif(sarif) ? [] : validateSarif.errors).toEqual([])
    // The schema error, plus the non-isolated-pod warning (no NetworkPolicy selects the pod).
    expect(sarif.runs[0]!.results).toHaveLength(2)
    expect(
      sarif.runs[0]!.results.find((result) => result.level === 'error')!.locations[0]!.physicalLocation,
    ).toMatchObject({ artifactLocation: { uri: 'deploy/deployment.yaml' }, region: { startLine: 7 } })

    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('| dev | deploy | 1.31 | 1 | 1 | 1 |')
    expect(summary).toContain('### dev: 1 error, 1 warning')
  })

  test('the reference platform validates with zero errors and the step passes', async () => {
    process.env.GITHUB_WORKSPACE = REPO_ROOT
    const sarifFile = join(root, 'reference.sarif')
    setInputs({ 'sarif-file': sarifFile })
    await run()

    expect(stdout()).not.toMatch(/^::error/m)
    expect(process.exitCode).toBeUndefined()
    const outputs = readOutputs()
    expect(outputs.errors).toBe('0')
    expect(outputs['sarif-file']).toBe(sarifFile)
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as SarifOut
    expect(validateSarif(sarif) ? [] : validateSarif.errors).toEqual([])
    expect(sarif.runs[0]!.results.filter((result) => result.level === 'warning')).toHaveLength(Number(outputs.warnings))
    const summary = readFileSync(summaryFile, 'utf8')
    for (const env of ['staging', 'production', 'production-dr'])
      expect(summary).toMatch(new RegExp(`^\\| ${env} \\| manifests/overlays/${env} \\|`, 'm'))
  })
})
