import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerValidateCommand } from '../../src/cli/validate.js'
import { execFile } from '../../src/util/exec.js'
import { validate } from '../../src/validation/validate.js'
import { fileTree } from '../helpers/repo.js'
import { runCommands } from '../helpers/cli.js'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'slipway-stdin-test-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const repoWith = (files: Record<string, string>) => fileTree(work, files)

async function cli(
  args: string[],
  cwd: string,
  input: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommands([registerValidateCommand], args, { cwd, stdin: Readable.from([Buffer.from(input)]) })
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: demo
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          imagePullPolcy: Always
`

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, listKind: WidgetList, plural: widgets, singular: widget}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size: {type: integer}
`

describe('slipway validate - (a YAML stream on standard input)', () => {
  it("validates what kustomize build prints, locating findings by the stream's line", async () => {
    const repo = await repoWith({
      'app/kustomization.yaml': 'resources:\n  - service.yaml\n  - deployment.yaml\n',
      'app/deployment.yaml': DEPLOYMENT,
      'app/service.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: demo}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n',
    })
    const { stdout: rendered } = await execFile('kubectl', ['kustomize', join(repo, 'app')])
    const line = rendered.split('\n').findIndex((text) => text.includes('imagePullPolcy')) + 1
    expect(line).toBeGreaterThan(1)
    const result = await cli(['validate', '-', '--format', 'json'], repo, rendered)
    expect(result.stderr.replace(/^slipway: rendered .*\n/gm, '')).toBe('')
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as {
      environments: Array<{ name: string; path: string; schemaSources: Record<string, number> }>
      findings: Array<Record<string, unknown>>
    }
    expect(report.environments).toMatchObject([
      { name: 'stdin', path: '-', schemaSources: { 'builtin:Kubernetes 1.33 schemas': 2 } },
    ])
    expect(report.findings.filter((finding) => finding.rule === 'schema')).toEqual([
      expect.objectContaining({
        severity: 'error',
        environment: 'stdin',
        file: '<stdin>',
        line,
        path: '/spec/template/spec/containers/0/imagePullPolcy',
        message: 'unknown field "imagePullPolcy" (did you mean "imagePullPolicy"?)',
      }),
    ])
  })

  it('reports YAML that does not parse at its line, and exits 1', async () => {
    const repo = await repoWith({})
    const result = await cli(
      ['validate', '-'],
      repo,
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\nkey: [unclosed\n',
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error\s+parse\s+YAML: .*<stdin>:6:1$/m)
  })
})

describe('CustomResourceDefinitions rendered in an environment', () => {
  it('validate its custom resources: a typo is found, and no no-schema warning', async () => {
    const repo = await repoWith({
      'app/kustomization.yaml': 'resources:\n  - crd.yaml\n  - widget.yaml\n',
      'app/crd.yaml': CRD,
      'app/widget.yaml':
        'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  namespace: demo\nspec:\n  size: 3\n  sise: 4\n',
    })
    const report = await validate({ repoRoot: repo, paths: ['app'] })
    expect(report.environments[0]!.schemaSources).toEqual({
      'builtin:Kubernetes 1.33 schemas': 1,
      'crd:widgets.example.com': 1,
    })
    expect(report.findings.filter((finding) => finding.rule === 'no-schema')).toEqual([])
    expect(report.findings.filter((finding) => finding.rule === 'schema')).toEqual([
      expect.objectContaining({
        file: 'app/widget.yaml',
        line: 8,
        path: '/spec/sise',
        message: 'unknown field "sise" (did you mean "size"?)',
      }),
    ])
  })

  it('in a stream on standard input too', async () => {
    const repo = await repoWith({})
    const result = await cli(
      ['validate', '-', '--format', 'json'],
      repo,
      `${CRD}---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: big}\n`,
    )
    const report = JSON.parse(result.stdout) as { findings: Array<Record<string, unknown>> }
    expect(report.findings.map((finding) => [finding.rule, finding.message, finding.line])).toEqual([
      ['schema', 'expected integer, got string "big"', 25],
    ])
  })
})

describe('a schema location that cannot be reached', () => {
  const files = {
    'app/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'app/deployment.yaml': DEPLOYMENT.replace('imagePullPolcy', 'imagePullPolicy'),
  }

  it('is an error finding by default, naming the location; validation goes on with the shipped schemas', async () => {
    const repo = await repoWith({ ...files, 'slipway.yaml': 'schemaLocations:\n  - schemas/missing\n' })
    const report = await validate({ repoRoot: repo, paths: ['app'] })
    expect(report.findings.filter((finding) => finding.rule !== 'non-isolated-pod')).toEqual([
      {
        severity: 'error',
        rule: 'schema-location-unreachable',
        message: `schema location "${join(repo, 'schemas/missing')}" cannot be reached: no such directory or file; resources are validated with the next location or the Kubernetes 1.33 schemas shipped with Slipway`,
        file: 'slipway.yaml',
        line: 2,
      },
    ])
    expect(report.environments[0]!.schemaSources).toEqual({ 'builtin:Kubernetes 1.33 schemas': 1 })
  })

  it('is a warning with unreachableSchemaLocation: warning', async () => {
    const repo = await repoWith({
      ...files,
      'slipway.yaml': 'schemaLocations:\n  - schemas/missing\nunreachableSchemaLocation: warning\n',
    })
    const report = await validate({ repoRoot: repo, paths: ['app'] })
    expect(
      report.findings
        .filter((finding) => finding.rule.startsWith('schema'))
        .map((finding) => [finding.severity, finding.rule]),
    ).toEqual([['warning', 'schema-location-unreachable']])
    expect(report.summary.errors).toBe(0)
  })
})
