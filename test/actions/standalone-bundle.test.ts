import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { execFile, tryExecFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'

// The built validate action, copied alone (dist/actions/validate: index.js and the schema
// catalogs beside it) into a directory with no node_modules anywhere above it, run by node
// the way the runner runs a node24 action: INPUT_* variables, GITHUB_WORKSPACE, GITHUB_OUTPUT.
const root = mkdtempSync(join(tmpdir(), 'slipway-standalone-'))
const action = join(root, 'action')
const repo = join(root, 'repo')
afterAll(() => rmSync(root, { recursive: true, force: true }))

beforeAll(async () => {
  const build = join(root, 'build')
  await execFile(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs'), '--outdir', build], {
    cwd: REPO_ROOT,
    timeoutMs: 120_000,
  })
  cpSync(join(build, 'actions', 'validate'), action, { recursive: true })
  mkdirSync(join(repo, 'deploy'), { recursive: true })
  writeFileSync(
    join(repo, 'deploy', 'kustomization.yaml'),
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: demo\nresources:\n  - deployment.yaml\n',
  )
  writeFileSync(
    join(repo, 'deploy', 'deployment.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector:',
      '    matchLabels: {app: web}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx:1.27',
      '          imagePullPolcy: Always',
      '',
    ].join('\n'),
  )
}, 180_000)

function nodeModulesAbove(dir: string): string[] {
  const found: string[] = []
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) found.push(join(at, 'node_modules'))
    if (dirname(at) === at) return found
  }
}

describe('the validate action bundle, copied alone', () => {
  test('holds its schemas and needs no node_modules', () => {
    expect(readdirSync(action).sort()).toEqual(['index.js', 'index.js.map', 'schemas'])
    expect(nodeModulesAbove(action)).toEqual([])
    expect(nodeModulesAbove(repo)).toEqual([])
  })

  test("validates an empty repository's kustomization strictly: the typo is an error at its file and line", async () => {
    const outputFile = join(root, 'github_output')
    writeFileSync(outputFile, '')
    const env: Record<string, string | undefined> = {
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: undefined,
      RUNNER_TEMP: join(root, 'runner-temp'),
      NODE_PATH: undefined,
      XDG_CACHE_HOME: join(root, 'cache'),
      INPUT_CONFIG: '',
      INPUT_ENVIRONMENTS: '',
      'INPUT_KUBERNETES-VERSION': '',
      'INPUT_SCHEMA-LOCATIONS': '',
      'INPUT_FAIL-ON': 'error',
      'INPUT_SARIF-FILE': '',
      ACTIONS_CACHE_URL: undefined,
      ACTIONS_RESULTS_URL: undefined,
      ACTIONS_RUNTIME_TOKEN: undefined,
    }
    const result = await tryExecFile(process.execPath, [join(action, 'index.js')], {
      cwd: repo,
      env,
      timeoutMs: 120_000,
    })
    expect(result.stdout).toMatch(
      /^::error title=schema%3A Deployment\/demo\/web,file=deploy\/deployment\.yaml,line=15,col=\d+::unknown field "imagePullPolcy" \(did you mean "imagePullPolicy"\?\)/m,
    )
    expect(result.stdout).toContain('builtin:Kubernetes 1.33 schemas')
    expect(result.stdout).not.toContain('no-schema')
    expect(result.exitCode).toBe(1)
    expect(readFileSync(outputFile, 'utf8')).toMatch(/^errors<<\S+\n1\n/m)
  })
})
