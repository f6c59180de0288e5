import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerValidateCommand } from '../../src/cli/validate.js'
import { importOpenApi } from '../../src/schemas/index.js'
import { validate } from '../../src/validation/validate.js'
import { REPO_ROOT, UPSTREAM_DIR } from '../helpers/paths.js'
import { fileTree } from '../helpers/repo.js'
import { runCommands } from '../helpers/cli.js'

let catalog: string
let work: string
const CRDS = join(UPSTREAM_DIR, 'crd-schemas/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json')

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'slipway-validate-test-'))
  catalog = join(work, 'catalog-1.33')
  await importOpenApi(join(UPSTREAM_DIR, 'kubernetes-openapi/v1.33.swagger.json'), catalog)
}, 120_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const repoWith = (files: Record<string, string>) => fileTree(work, files)

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommands([registerValidateCommand], args, { cwd })
}

const base = {
  'app/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'app/base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replica: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          ports:
            - containerPort: "8080"
`,
  'app/overlays/prod/kustomization.yaml': `resources:
  - ../../base
patches:
  - path: pull-policy.yaml
images:
  - name: registry.example.com/web
    newTag: 1.0.1
`,
  'app/overlays/prod/pull-policy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          imagePullPolicy: Sometimes
`,
}

describe('slipway validate on the reference platform', () => {
  it('renders staging, production and production-dr from the ApplicationSet with zero errors (offline fallback)', async () => {
    const report = await validate({ repoRoot: REPO_ROOT })
    expect(report.environments.map((env) => env.name)).toEqual(['staging', 'production', 'production-dr', 'argocd'])
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(report.summary).toMatchObject({ environments: 4, errors: 0 })
    expect(report.summary.resources).toBe(report.environments.reduce((sum, env) => sum + env.resources, 0))
    for (const env of report.environments.slice(0, 3)) expect(env.resources).toBeGreaterThan(50)
    // The ApplicationSet and AppProject themselves are validated as the `argocd` environment.
    expect(report.environments[3]).toMatchObject({ name: 'argocd', path: 'manifests/argocd', resources: 2 })
  })

  it('is clean against the strict Kubernetes 1.33 catalog and the CRD schemas', async () => {
    const report = await validate({ repoRoot: REPO_ROOT, schemaLocations: [catalog, CRDS] })
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    const sources = Object.keys(report.environments[0]!.schemaSources ?? {})
    expect(sources.some((source) => source.startsWith('catalog:'))).toBe(true)
  })
})

describe('seeded defects', () => {
  it('reports each defect against the right resource, JSON pointer, file and line', async () => {
    const repo = await repoWith(base)
    const report = await validate({ repoRoot: repo, paths: ['app/overlays/prod'], schemaLocations: [catalog] })
    const byPath = Object.fromEntries(report.findings.map((finding) => [finding.path, finding]))
    expect(byPath['/spec/replica']).toMatchObject({
      severity: 'error',
      rule: 'schema',
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      file: 'app/base/deployment.yaml',
      line: 6,
    })
    expect(byPath['/spec/replica']?.message).toMatch(/replica/)
    // Wrong type, from the base file.
    expect(byPath['/spec/template/spec/containers/0/ports/0/containerPort']).toMatchObject({
      rule: 'schema',
      file: 'app/base/deployment.yaml',
      line: 19,
    })
    // Bad enum value, set by the overlay's patch: the finding points at the patch.
    expect(byPath['/spec/template/spec/containers/0/imagePullPolicy']).toMatchObject({
      rule: 'schema',
      file: 'app/overlays/prod/pull-policy.yaml',
      line: 10,
    })
    expect(byPath['/spec/template/spec/containers/0/imagePullPolicy']?.message).toMatch(/Always|IfNotPresent|Never/)
    expect(report.summary.errors).toBeGreaterThanOrEqual(3)
  })

  it('reports a missing required field at its parent', async () => {
    const repo = await repoWith({
      'svc.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers: []\n',
    })
    const report = await validate({ repoRoot: repo, paths: ['svc.yaml'], schemaLocations: [catalog] })
    const missing = report.findings.find((finding) => /selector/.test(finding.message))
    expect(missing).toMatchObject({ severity: 'error', path: '/spec', file: 'svc.yaml', line: 5 })
  })

  it('reports a typo in an Argo CD Application field', async () => {
    const repo = await repoWith({
      'apps/app.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: web
  namespace: argocd
spec:
  project: default
  sourc:
    repoURL: https://git.example.com/repo.git
    path: app
  destination:
    server: https://kubernetes.default.svc
    namespace: web
`,
    })
    const report = await validate({ repoRoot: repo, paths: ['apps'], schemaLocations: [catalog, CRDS] })
    const typo = report.findings.find((finding) => finding.path === '/spec/sourc')
    expect(typo).toMatchObject({
      severity: 'error',
      rule: 'schema',
      resource: { kind: 'Application', name: 'web' },
      file: 'apps/app.yaml',
      line: 8,
    })
  })

  it('validates the Argo CD objects themselves in a default run: a typo in an Application is an error at its line', async () => {
    const repo = await repoWith({
      ...base,
      'app/base/deployment.yaml': base['app/base/deployment.yaml']
        .replace('replica: 2', 'replicas: 2')
        .replace('"8080"', '8080'),
      'app/overlays/prod/pull-policy.yaml': base['app/overlays/prod/pull-policy.yaml'].replace('Sometimes', 'Always'),
      'argocd/apps.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: prod
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.example.com/repo.git
    path: app/overlays/prod
  destination:
    server: https://kubernetes.default.svc
    namespace: web
  syncPolicy:
    syncOptionz: [CreateNamespace=true]
`,
    })
    const report = await validate({ repoRoot: repo, schemaLocations: [catalog, CRDS] })
    expect(report.environments.map((env) => env.name)).toEqual(['prod', 'argocd'])
    const typo = report.findings.find((finding) => finding.path === '/spec/syncPolicy/syncOptionz')
    expect(typo).toMatchObject({
      severity: 'error',
      rule: 'schema',
      environment: 'argocd',
      resource: { kind: 'Application', name: 'prod' },
      file: 'argocd/apps.yaml',
      line: 15,
    })
  })

  it('points a policy finding on a value set by the kustomization images: field at that entry', async () => {
    const repo = await repoWith({
      ...base,
      'app/base/deployment.yaml': base['app/base/deployment.yaml']
        .replace('replica: 2', 'replicas: 2')
        .replace('"8080"', '8080'),
      'app/overlays/prod/kustomization.yaml': base['app/overlays/prod/kustomization.yaml']
        .replace('newTag: 1.0.1', 'newTag: latest')
        .replace('patches:\n  - path: pull-policy.yaml\n', ''),
      'policies/no-latest-tag.yaml': await readFile(join(REPO_ROOT, 'policies/no-latest-tag.yaml'), 'utf8'),
    })
    const report = await validate({ repoRoot: repo, paths: ['app/overlays/prod'], schemaLocations: [catalog] })
    const errors = report.findings.filter((finding) => finding.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      severity: 'error',
      rule: 'no-latest-tag',
      path: '/spec/template/spec/containers/0/image',
      file: 'app/overlays/prod/kustomization.yaml',
      line: 5,
    })
    expect(errors[0]?.message).toContain('registry.example.com/web:latest')
  })
})

describe('the CLI contract', () => {
  it('exits 1 with findings of severity error and prints the JSON contract', async () => {
    const repo = await repoWith(base)
    const result = await cli(['validate', 'app/overlays/prod', '--format', 'json', '--schema-location', catalog], repo)
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout)
    expect(Object.keys(json.summary).sort()).toEqual(['durationMs', 'environments', 'errors', 'resources', 'warnings'])
    expect(json.environments[0]).toMatchObject({ name: 'app/overlays/prod', path: 'app/overlays/prod', resources: 1 })
    expect(typeof json.environments[0].renderMs).toBe('number')
    expect(json.findings[0]).toMatchObject({
      severity: 'error',
      environment: 'app/overlays/prod',
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    })
    expect(json.findings[0]).toHaveProperty('rule')
    expect(json.findings[0]).toHaveProperty('path')
  })

  it('exits 0 on a clean environment and 2 on a bad config key, naming it', async () => {
    const clean = await repoWith({
      'ok/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  a: b\n',
    })
    expect((await cli(['validate', 'ok', '--schema-location', catalog], clean)).code).toBe(0)
    const broken = await repoWith({
      'slipway.yaml': 'kubernetesVerison: "1.33"\n',
      'ok/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n',
    })
    const result = await cli(['validate', 'ok'], broken)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown key "kubernetesVerison"')
    expect(result.stderr).toContain('slipway.yaml')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('--format github prints annotations and, in a workflow, writes every finding to the job summary', async () => {
    const repo = await repoWith(base)
    const summary = join(repo, 'step-summary.md')
    await writeFile(summary, '')
    process.env.GITHUB_STEP_SUMMARY = summary
    try {
      const result = await cli(
        ['validate', 'app/overlays/prod', '--format', 'github', '--schema-location', catalog],
        repo,
      )
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(
        /^::error title=schema%3A Deployment\/web,file=app\/base\/deployment\.yaml,line=6,col=3::/m,
      )
      const markdown = await readFile(summary, 'utf8')
      expect(markdown).toContain('app/overlays/prod')
      expect(markdown).toContain('unknown field')
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
    }
  })

  it('exits 2, naming the file, when --output cannot be written', async () => {
    const clean = await repoWith({ 'ok/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n' })
    const result = await cli(['validate', 'ok', '--output', 'missing-dir/report.json'], clean)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('cannot write --output missing-dir/report.json: no such directory')
  })

  it.each([
    [
      'a repository with no environment',
      { 'README.md': '# empty\n' },
      [],
      'slipway: nothing to validate: no environment found (no Argo CD Application or ApplicationSet, no environments.<name>.path in slipway.yaml, no Kustomize root in the repository); pass a PATH or add one\n',
    ],
    [
      'an overlay that renders no resources',
      { 'overlays/dev/kustomization.yaml': 'resources: []\n' },
      ['overlays/dev'],
      'slipway: nothing to validate: the environment rendered no resources: overlays/dev (overlays/dev)\n',
    ],
  ])('exits 2 with the reason on %s, and writes no report', async (_, files, paths, message) => {
    const repo = await repoWith(files)
    const result = await cli(['validate', ...paths, '--output', 'report.json', '--schema-location', catalog], repo)
    // The progress line on a pipe comes first; then the reason, and nothing else.
    expect({ ...result, stderr: result.stderr.replace(/^slipway: rendered .*\n/gm, '') }).toEqual({
      code: 2,
      stdout: '',
      stderr: message,
    })
    await expect(readFile(join(repo, 'report.json'))).rejects.toThrow('ENOENT')
  })

  it('exits 2 on an unknown option value and a bad Kubernetes version', async () => {
    const clean = await repoWith({ 'ok/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n' })
    expect((await cli(['validate', 'ok', '--format', 'yaml'], clean)).code).toBe(2)
    const result = await cli(['validate', 'ok', '--kubernetes-version', 'latest'], clean)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('"latest"')
  })
})

describe('real Kustomize corpora', () => {
  it.each([
    ['microservices-demo test overlays', 'corpora/microservices-demo/kustomize/tests'],
    ['kustomize examples', 'corpora/kustomize-examples/examples'],
    ['podinfo', 'corpora/podinfo/kustomize'],
  ])('%s render and validate without errors', async (_name, path) => {
    // The corpus's repository is the boundary: its overlays refer to bases above the tested folder.
    const repoRoot = join(UPSTREAM_DIR, path.split('/').slice(0, 2).join('/'))
    const report = await validate({
      repoRoot,
      cwd: join(UPSTREAM_DIR, path),
      paths: ['.'],
      schemaLocations: [catalog, CRDS],
    })
    expect(report.environments.length).toBeGreaterThan(0)
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(report.environments.every((env) => !env.path.includes('components/'))).toBe(true)
  })

  it('flux example apps render; Flux CRDs without a schema are warnings, not errors', async () => {
    const report = await validate({
      repoRoot: join(UPSTREAM_DIR, 'corpora/flux2-kustomize-helm-example'),
      paths: ['apps'],
      schemaLocations: [catalog, CRDS],
    })
    expect(report.environments.map((env) => env.path)).toEqual(['apps/base/podinfo', 'apps/production', 'apps/staging'])
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(
      report.findings.some((finding) => finding.rule === 'no-schema' && finding.resource?.kind === 'HelmRelease'),
    ).toBe(true)
  })
})
