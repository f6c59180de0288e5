import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderEnvironments } from '../../src/render/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { locateFindings } from '../../src/validation/locate.js'
import { buildOriginIndex } from '../../src/validation/origin-index.js'
import { validate } from '../../src/validation/validate.js'

let repo: string

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true })
    await writeFile(join(repo, path), content)
  }
}

const deployment = (name: string, image = 'nginx:1.0') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: app
          image: ${image}
`

/**
 * Locates the finding twice — from Kustomize's origin annotations, and from the static
 * origin index over a plain render (what validate does) — expects both to agree, and
 * returns the static one.
 */
async function locate(
  env: string,
  finding: Omit<Finding, 'severity' | 'rule' | 'message' | 'environment'>,
): Promise<Finding> {
  const annotated = await renderEnvironments({ repoRoot: repo, paths: [env], buildMetadata: true })
  const fromAnnotations: Finding = { severity: 'error', rule: 'test', message: 'test', environment: env, ...finding }
  await locateFindings([fromAnnotations], annotated, repo)
  const plain = await renderEnvironments({ repoRoot: repo, paths: [env] })
  for (const result of plain) {
    const index = await buildOriginIndex(repo, result.environment)
    for (const resource of result.resources) {
      resource.origin = index.originOf(resource)
      expect(resource.origin, `${resource.ref.kind}/${resource.ref.name} is in the static index`).toBeDefined()
    }
  }
  const fromIndex: Finding = { severity: 'error', rule: 'test', message: 'test', environment: env, ...finding }
  await locateFindings([fromIndex], plain, repo)
  expect(fromIndex).toEqual(fromAnnotations)
  return fromIndex
}

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-locate-'))
})
afterEach(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('source locations', () => {
  it('picks the replicas: entry that names the resource, not one whose name it merely contains', async () => {
    await write({
      'base/kustomization.yaml': 'resources: [web.yaml, worker.yaml]\n',
      'base/web.yaml': deployment('web'),
      'base/worker.yaml': deployment('web-worker'),
      'ov/kustomization.yaml':
        'resources: [../base]\nreplicas:\n  - name: web\n    count: 2\n  - name: web-worker\n    count: 1\n',
    })
    const found = await locate('ov', {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-worker' },
      path: '/spec/replicas',
    })
    expect(found).toMatchObject({ file: 'ov/kustomization.yaml', line: 6, column: 12 })
    expect(found.locationApproximate).toBeUndefined()
  })

  it('points a value set by replacements: at the target field path, not at the base line that holds another value', async () => {
    await write({
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': deployment('web'),
      'ov/kustomization.yaml': `resources: [../base]
configMapGenerator:
  - name: images
    literals: [web=busybox:latest]
replacements:
  - source: {kind: ConfigMap, name: images, fieldPath: data.web}
    targets:
      - select: {kind: Deployment, name: web}
        fieldPaths:
          - spec.template.spec.containers.[name=app].image
`,
    })
    const found = await locate('ov', {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      path: '/spec/template/spec/containers/0/image',
    })
    expect(found).toMatchObject({ file: 'ov/kustomization.yaml', line: 10 })
  })

  it('marks a base line that no longer holds the rendered value as approximate', async () => {
    await write({
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': deployment('web').replace(
        'labels: {app: web}\n    spec:',
        'labels: {app: web, tier: base}\n    spec:',
      ),
      // commonLabels rewrites the label; Slipway does not map the label transformer to a line.
      'ov/kustomization.yaml': 'resources: [../base]\ncommonLabels:\n  tier: overlay\n',
    })
    const found = await locate('ov', {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      path: '/spec/template/metadata/labels/tier',
    })
    expect(found).toMatchObject({ file: 'base/web.yaml', line: 10, locationApproximate: true })
    const unchanged = await locate('ov', {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      path: '/spec/template/spec/containers/0/image',
    })
    expect(unchanged).toMatchObject({ file: 'base/web.yaml', line: 14 })
    expect(unchanged.locationApproximate).toBeUndefined()
  })

  it('gives the column inside a block-scalar inline patch', async () => {
    await write({
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': deployment('web'),
      'ov/kustomization.yaml': `resources: [../base]
patches:
  - target: {kind: Deployment, name: web}
    patch: |-
      - op: add
        path: /spec/replicas
        value: 7
`,
    })
    const found = await locate('ov', {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      path: '/spec/replicas',
    })
    expect(found).toMatchObject({ file: 'ov/kustomization.yaml', line: 5, column: 9 })
  })

  it('finds resources renamed by namePrefix, nameSuffix and namespace on their path, in components and generators, without a second build', async () => {
    await write({
      'base/kustomization.yaml':
        'namePrefix: team-\nresources: [web.yaml]\nconfigMapGenerator:\n  - name: settings\n    literals: [A=1]\n',
      'base/web.yaml': deployment('web'),
      'mid/kustomization.yaml': 'nameSuffix: -v2\nnamespace: shop\nresources: [../base]\ncomponents: [../extra]\n',
      'extra/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [job.yaml]\nimages:\n  - name: nginx\n    newTag: "2.0"\n',
      'extra/job.yaml':
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: app\n          image: nginx:1.0\n',
      'ov/kustomization.yaml': 'resources: [../mid]\n',
    })
    const image = await locate('ov', {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'team-web-v2' },
      path: '/spec/template/spec/containers/0/image',
    })
    expect(image).toMatchObject({ file: 'extra/kustomization.yaml', line: 6 })
    const job = await locate('ov', {
      resource: { apiVersion: 'batch/v1', kind: 'Job', namespace: 'shop', name: 'migrate-v2' },
      path: '/spec/template/spec/restartPolicy',
    })
    expect(job).toMatchObject({ file: 'extra/job.yaml', line: 8 })
    const namespace = await locate('ov', {
      resource: { apiVersion: 'batch/v1', kind: 'Job', namespace: 'shop', name: 'migrate-v2' },
      path: '/metadata/namespace',
    })
    expect(namespace).toMatchObject({ file: 'mid/kustomization.yaml', line: 2 })
    const plain = await renderEnvironments({ repoRoot: repo, paths: ['ov'] })
    const settings = plain[0]!.resources.find((resource) => resource.ref.kind === 'ConfigMap')!
    expect(settings.ref.name).toMatch(/^team-settings-v2-[a-z0-9]{10}$/)
    const config = await locate('ov', { resource: settings.ref, path: '/data/A' })
    expect(config).toMatchObject({ file: 'base/kustomization.yaml', line: 4, locationApproximate: true })
  })

  it('falls back to origin annotations for a resource the static index cannot find, and says so', async () => {
    await write({
      'app/kustomization.yaml':
        'resources: [web.yaml, svc.yaml]\npatches:\n  - target: {kind: Service, name: web}\n    patch: |-\n      - op: replace\n        path: /metadata/name\n        value: renamed\n',
      'app/web.yaml': deployment('web'),
      'app/svc.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: nobody}\n  ports: [{port: 80}]\n',
    })
    const report = await validate({ repoRoot: repo, paths: ['app'] })
    const dangling = report.findings.find((finding) => finding.rule === 'dangling-service')
    expect(dangling).toMatchObject({ resource: { kind: 'Service', name: 'renamed' }, file: 'app/svc.yaml', line: 6 })
    expect(report.notes).toEqual([
      expect.stringMatching(
        /^app: 1 resource with findings not in the static origin index; located with a second build with origin annotations$/,
      ),
    ])
  })

  it('places Argo CD check findings at the Application in its file', async () => {
    await write({
      'app/kustomization.yaml': 'resources: [web.yaml]\n',
      'app/web.yaml': deployment('web'),
      'argocd/project.yaml': `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata: {name: team, namespace: argocd}
spec:
  sourceRepos: ['*']
  destinations:
    - {server: https://kubernetes.default.svc, namespace: team}
`,
      'argocd/app.yaml': `# The team's app
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: web, namespace: argocd}
spec:
  project: team
  source: {repoURL: https://git.example.com/repo.git, path: app}
  destination: {server: https://kubernetes.default.svc, namespace: elsewhere}
`,
    })
    const report = await validate({ repoRoot: repo })
    const denied = report.findings.find((finding) => finding.rule === 'argocd-destination-not-permitted')
    expect(denied).toMatchObject({ file: 'argocd/app.yaml' })
    expect(denied?.line).toBeGreaterThanOrEqual(2)
  })
})
