import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { discoverEnvironments, renderEnvironments } from '../../src/render/index.js'
import { resolveKustomize } from '../../src/render/kustomize.js'
import { parseImageOverride } from '../../src/render/overrides.js'
import { UPSTREAM_DIR } from '../helpers/paths.js'

let repo: string

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true })
    await writeFile(join(repo, path), content)
  }
}

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
`

/** An Application named `name` pointing at `path`, with `source` lines (indented 4) added to spec.source. */
function application(name: string, path: string, source = ''): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}}
spec:
  project: default
  source:
    repoURL: https://git.example.com/repo.git
    path: ${path}
${source}
  destination: {server: https://kubernetes.default.svc, namespace: ${name}}
`
}

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-render-test-'))
  await write({
    'apps/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'apps/base/deployment.yaml': deployment,
    'apps/overlays/dev/kustomization.yaml': 'resources: [../../base]\nnamespace: dev\n',
    'apps/overlays/prod/kustomization.yaml':
      'resources: [../../base]\nnamespace: prod\nreplicas: [{name: web, count: 3}]\n',
    'apps/components/debug/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
  })
})

afterEach(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('environment discovery', () => {
  it('falls back to Kustomize roots and skips Component folders when there is no Argo CD app', async () => {
    const { environments } = await discoverEnvironments({ repoRoot: repo, paths: ['apps'] })
    expect(environments.map((env) => env.path)).toEqual(['apps/base', 'apps/overlays/dev', 'apps/overlays/prod'])
  })

  it('uses manifests/overlays/* by default, named by folder', async () => {
    await write({
      'manifests/base/kustomization.yaml': 'resources: [d.yaml]\n',
      'manifests/base/d.yaml': deployment,
      'manifests/overlays/qa/kustomization.yaml': 'resources: [../../base]\n',
    })
    const { environments } = await discoverEnvironments({ repoRoot: repo })
    expect(environments.map((env) => [env.name, env.path, env.kubernetesVersion])).toEqual([
      ['qa', 'manifests/overlays/qa', '1.33'],
    ])
  })

  it('expands ApplicationSet list and git-directory generators (fasttemplate and goTemplate)', async () => {
    await write({
      'argocd/list.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: by-list, namespace: argocd}
spec:
  generators:
    - list:
        elements:
          - {env: dev, cluster: https://dev.example.com}
  template:
    metadata: {name: 'web-{{ env }}'}
    spec:
      project: default
      source: {repoURL: https://git.example.com/repo.git, path: 'apps/overlays/{{env}}', targetRevision: main}
      destination: {server: '{{cluster}}', namespace: '{{env}}'}
`,
      'argocd/git.yaml': `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: by-dir}
spec:
  goTemplate: true
  generators:
    - git:
        repoURL: https://git.example.com/repo.git
        directories:
          - path: apps/overlays/*
          - {path: apps/overlays/dev, exclude: true}
  template:
    metadata: {name: 'dir-{{ .path.basename }}'}
    spec:
      project: default
      source: {repoURL: https://git.example.com/repo.git, path: '{{ .path.path }}'}
      destination: {server: https://kubernetes.default.svc, namespace: '{{ index .path.segments 2 }}'}
`,
    })
    const { environments } = await discoverEnvironments({
      repoRoot: repo,
      config: { environments: { 'dir-prod': { kubernetesVersion: '1.31' } } },
    })
    expect(
      environments.map((env) => ({
        name: env.name,
        path: env.path,
        version: env.kubernetesVersion,
        ns: env.application?.destination.namespace,
        appSet: env.application?.applicationSet,
      })),
    ).toEqual([
      { name: 'dir-prod', path: 'apps/overlays/prod', version: '1.31', ns: 'prod', appSet: 'by-dir' },
      { name: 'web-dev', path: 'apps/overlays/dev', version: '1.33', ns: 'dev', appSet: 'by-list' },
    ])
  })

  it('refuses a path with nothing to render, saying Component folders are not buildable', async () => {
    await expect(discoverEnvironments({ repoRoot: repo, paths: ['apps/components/debug'] })).rejects.toThrow(
      /nothing to render at apps\/components\/debug: no Kustomize root \(kind: Component/,
    )
  })

  it('rejects an unknown --env with the known names', async () => {
    await expect(
      discoverEnvironments({ repoRoot: repo, paths: ['apps/overlays/dev'], environments: ['nope'] }),
    ).rejects.toThrow(/unknown environment "nope"; known: apps\/overlays\/dev/)
  })

  it('reports a Helm-chart Application as not rendered instead of failing', async () => {
    await write({
      'argocd/helm.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ingress}
spec:
  project: default
  source: {repoURL: https://charts.example.com, chart: ingress-nginx, targetRevision: 4.0.0}
  destination: {server: https://kubernetes.default.svc, namespace: ingress}
`,
    })
    const discovery = await discoverEnvironments({ repoRoot: repo })
    expect(discovery.environments).toEqual([])
    expect(discovery.skipped[0]).toMatchObject({
      severity: 'warning',
      rule: 'argocd-app-not-rendered',
      file: 'argocd/helm.yaml',
    })
    expect(discovery.skipped[0]?.message).toContain('Helm chart source "ingress-nginx"')
  })
})

describe('rendering', () => {
  it("applies spec.source.kustomize overrides as Argo CD does, without touching the user's files", async () => {
    await write({
      'argocd/app.yaml': application(
        'web-prod',
        'apps/overlays/prod',
        `    kustomize:
      namePrefix: blue-
      images: ['registry.example.com/web=registry.example.com/web:2.0.0@sha256:${'a'.repeat(64)}']
      replicas: [{name: web, count: '5'}]
      commonLabels: {team: payments}
      commonAnnotations: {owner: platform}
      namespace: prod-blue
      patches:
        - target: {kind: Deployment, name: web}
          patch: |-
            - op: add
              path: /spec/template/spec/containers/0/env
              value: [{name: MODE, value: blue}]`,
      ),
    })
    const before = await readFile(join(repo, 'apps/overlays/prod/kustomization.yaml'), 'utf8')
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.findings).toEqual([])
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a rendered object in assertions
    const web = result?.resources[0]?.object as Record<string, any>
    expect(web.metadata).toMatchObject({
      name: 'blue-web',
      namespace: 'prod-blue',
      labels: { team: 'payments' },
      annotations: { owner: 'platform' },
    })
    expect(web.spec.replicas).toBe(5)
    expect(web.spec.template.spec.containers[0].image).toBe(`registry.example.com/web:2.0.0@sha256:${'a'.repeat(64)}`)
    expect(web.spec.template.spec.containers[0].env).toEqual([{ name: 'MODE', value: 'blue' }])
    expect(await readFile(join(repo, 'apps/overlays/prod/kustomization.yaml'), 'utf8')).toBe(before)
  })

  it('reads a plain-directory Argo CD source as Argo CD does: top level only unless recurse, with include/exclude', async () => {
    const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`
    const app = (name: string, directory: string) => application(name, 'plain', directory)
    await write({
      'plain/top.yaml': cm('top'),
      'plain/nested/deep.yaml': cm('deep'),
      'plain/nested/skip.yaml': cm('skip'),
      'argocd/flat.yaml': app('flat', ''),
      'argocd/deep.yaml': app('deep', '    directory: {recurse: true, exclude: skip.yaml}'),
    })
    const results = await renderEnvironments({ repoRoot: repo })
    const names = Object.fromEntries(
      results.map((result) => [result.environment.name, result.resources.map((resource) => resource.ref.name).sort()]),
    )
    expect(names).toEqual({ flat: ['top'], deep: ['deep', 'top'] })
  })

  it.each([
    [
      "replaces the overlay's images: entry whole, as kustomize edit set image does",
      'registry.example.com/web:2.0.0',
      'registry.example.com/web:2.0.0',
    ],
    [
      'keeps a part given as *',
      'registry.example.com/web:2.0.0@*',
      `registry.example.com/web:2.0.0@sha256:${'c'.repeat(64)}`,
    ],
    [
      'expands $ARGOCD_APP_NAME in an image override',
      'registry.example.com/web:$ARGOCD_APP_NAME',
      'registry.example.com/web:web-prod',
    ],
  ])('%s', async (_title, override, expected) => {
    await write({
      'apps/overlays/prod/kustomization.yaml': `resources: [../../base]\nimages:\n  - name: registry.example.com/web\n    newTag: 1.1.0\n    digest: sha256:${'c'.repeat(64)}\n`,
      'argocd/app.yaml': application('web-prod', 'apps/overlays/prod', `    kustomize:\n      images: ['${override}']`),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.findings).toEqual([])
    const containers = (
      result?.resources[0]?.object.spec as { template: { spec: { containers: Array<{ image: string }> } } }
    ).template.spec.containers
    expect(containers[0]?.image).toBe(expected)
  })

  const sha = '0123456789abcdef0123456789abcdef01234567'
  it.each([
    [
      "expands ${ARGOCD_APP_REVISION_SHORT} to the pinned commit's 7-character SHA",
      `    targetRevision: ${sha}\n`,
      'registry.example.com/web:${ARGOCD_APP_REVISION_SHORT}',
      'registry.example.com/web:0123456',
    ],
    [
      'expands ${ARGOCD_APP_REVISION_SHORT_8} to 8 characters',
      `    targetRevision: ${sha}\n`,
      'registry.example.com/web:$ARGOCD_APP_REVISION_SHORT_8',
      'registry.example.com/web:01234567',
    ],
  ])('%s', async (_title, revision, override, expected) => {
    await write({
      'apps/overlays/prod/kustomization.yaml': 'resources: [../../base]\n',
      'argocd/app.yaml': application(
        'web-prod',
        'apps/overlays/prod',
        `${revision}    kustomize:\n      images: ['${override}']`,
      ),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.findings).toEqual([])
    const containers = (
      result?.resources[0]?.object.spec as { template: { spec: { containers: Array<{ image: string }> } } }
    ).template.spec.containers
    expect(containers[0]?.image).toBe(expected)
  })

  it("unescapes $$ in an envsubst'd annotation as Argo CD's envsubst (os.Expand) does", async () => {
    await write({
      'apps/overlays/prod/kustomization.yaml': 'resources: [../../base]\n',
      'argocd/app.yaml': application(
        'web-prod',
        'apps/overlays/prod',
        "    kustomize:\n      commonAnnotationsEnvsubst: true\n      commonAnnotations: {note: 'cost $$5 for $ARGOCD_APP_NAME'}",
      ),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.findings).toEqual([])
    expect(result?.resources[0]?.object.metadata?.annotations?.note).toBe('cost $5 for web-prod')
  })

  it('reports ${ARGOCD_APP_REVISION_SHORT} as unknown on a branch revision instead of expanding it to nothing', async () => {
    await write({
      'apps/overlays/prod/kustomization.yaml': 'resources: [../../base]\n',
      'argocd/app.yaml': application(
        'web-prod',
        'apps/overlays/prod',
        "    targetRevision: main\n    kustomize:\n      images: ['registry.example.com/web:${ARGOCD_APP_REVISION_SHORT}']",
      ),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.resources).toEqual([])
    expect(result?.findings).toHaveLength(1)
    expect(result?.findings[0]).toMatchObject({ severity: 'error', rule: 'render', environment: 'web-prod' })
    expect(result?.findings[0]?.message).toContain(
      'uses $ARGOCD_APP_REVISION_SHORT, but the revision being rendered is not a commit SHA',
    )
  })

  it('fails an Application whose explicit kustomize: block points at a directory without a kustomization, as Argo CD does', async () => {
    await write({
      'plain/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: plain}\n',
      'argocd/app.yaml': application('plain-app', 'plain', '    kustomize:\n      namePrefix: dropped-'),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.resources).toEqual([])
    expect(result?.findings).toHaveLength(1)
    expect(result?.findings[0]).toMatchObject({
      severity: 'error',
      rule: 'render',
      environment: 'plain-app',
      file: 'argocd/app.yaml',
    })
    expect(result?.findings[0]?.message).toContain(
      'Application plain-app sets spec.source.kustomize, but plain has no kustomization.yaml',
    )
  })

  it.each([
    [
      'a bare image name, which kustomize edit set image rejects',
      "images: ['bad']",
      'image override "bad" has no "=", ":" or "@"',
    ],
    [
      'a label key with two slashes',
      "commonLabels: {'a/b/c': x}",
      'key "a/b/c" is not a valid label key: at most one "/"',
    ],
    [
      'a label key with an uppercase prefix',
      "commonLabels: {'Example.com/team': x}",
      'prefix "Example.com" must be a lowercase DNS-1123 subdomain',
    ],
    [
      'a label key longer than 63 characters',
      `commonLabels: {'${'k'.repeat(64)}': x}`,
      'the name part must be at most 63 characters (has 64)',
    ],
    [
      'a label value with a space',
      "commonLabels: {team: 'web team'}",
      'value "web team" of label "team" is not a valid label value',
    ],
    [
      'a label value that expands to an invalid one',
      "commonLabels: {team: '-$ARGOCD_APP_NAME'}",
      'value "-web-prod" of label "team"',
    ],
    [
      'an annotation key starting with a dot',
      "commonAnnotations: {'.note': x}",
      'key ".note" is not a valid annotation key',
    ],
  ])('rejects %s, as kustomize or the API server would', async (_title, block, message) => {
    await write({
      'apps/overlays/prod/kustomization.yaml': 'resources: [../../base]\n',
      'argocd/app.yaml': application('web-prod', 'apps/overlays/prod', `    kustomize:\n      ${block}`),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.resources).toEqual([])
    expect(result?.findings).toHaveLength(1)
    expect(result?.findings[0]).toMatchObject({ severity: 'error', rule: 'render', environment: 'web-prod' })
    expect(result?.findings[0]?.message).toContain(message)
  })

  it('accepts valid prefixed label keys and an empty label value', async () => {
    await write({
      'apps/overlays/prod/kustomization.yaml': 'resources: [../../base]\n',
      'argocd/app.yaml': application(
        'web-prod',
        'apps/overlays/prod',
        "    kustomize:\n      commonLabels: {'app.kubernetes.io/part-of': shop, empty: ''}",
      ),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.findings).toEqual([])
    expect(result?.resources[0]?.object.metadata?.labels).toMatchObject({
      'app.kubernetes.io/part-of': 'shop',
      empty: '',
    })
  })

  it("merges .argocd-source.yaml, then .argocd-source-<app>.yaml, into the source as the repo-server does (Image Updater's write-back)", async () => {
    await write({
      'apps/overlays/prod/kustomization.yaml': 'resources: [../../base]\n',
      'apps/overlays/prod/.argocd-source.yaml':
        "kustomize:\n  images: ['registry.example.com/web:1.0.0']\n  namePrefix: shared-\n",
      'apps/overlays/prod/.argocd-source-web-prod.yaml': "kustomize:\n  images: ['registry.example.com/web:3.1.4']\n",
      'argocd/app.yaml': application('web-prod', 'apps/overlays/prod', '    kustomize:\n      nameSuffix: -x'),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.findings).toEqual([])
    expect(result?.resources[0]?.object.metadata?.name).toMatch(/^shared-.*-x$/)
    const containers = (
      result?.resources[0]?.object.spec as { template: { spec: { containers: Array<{ image: string }> } } }
    ).template.spec.containers
    expect(containers[0]?.image).toBe('registry.example.com/web:3.1.4')
  })

  it('refuses a commonLabels key the kustomization already sets, unless forceCommonLabels', async () => {
    await write({
      'apps/overlays/prod/kustomization.yaml': 'resources: [../../base]\ncommonLabels: {team: web}\n',
      'argocd/app.yaml': application(
        'web-prod',
        'apps/overlays/prod',
        '    kustomize:\n      commonLabels: {team: web}',
      ),
    })
    const [result] = await renderEnvironments({ repoRoot: repo })
    expect(result?.findings[0]?.message).toContain(
      'label "team" is already set in the kustomization (set forceCommonLabels: true to override)',
    )
  })

  it("turns a failed build into a render finding with Kustomize's message", async () => {
    await write({ 'apps/overlays/dev/kustomization.yaml': 'resources: [../../missing]\n' })
    const [result] = await renderEnvironments({ repoRoot: repo, paths: ['apps/overlays/dev'] })
    expect(result?.resources).toEqual([])
    expect(result?.findings).toHaveLength(1)
    expect(result?.findings[0]).toMatchObject({ severity: 'error', rule: 'render', environment: 'apps/overlays/dev' })
    expect(result?.findings[0]?.message).toMatch(/missing/)
  })

  it('refuses to read files outside the kustomization root (LoadRestrictionsRootOnly)', async () => {
    await write({ 'apps/overlays/dev/kustomization.yaml': 'resources: [../../base/deployment.yaml]\n' })
    const [result] = await renderEnvironments({ repoRoot: repo, paths: ['apps/overlays/dev'] })
    expect(result?.findings[0]?.message).toMatch(/security|outside|not in or below/i)
  })

  it('records build metadata origins relative to the repository and strips the annotations', async () => {
    const [result] = await renderEnvironments({ repoRoot: repo, paths: ['apps/overlays/prod'], buildMetadata: true })
    const resource = result!.resources[0]!
    expect(resource.origin?.path).toBe('apps/base/deployment.yaml')
    expect(resource.origin?.transformations).toContainEqual({
      configuredIn: 'apps/overlays/prod/kustomization.yaml',
      kind: 'ReplicaCountTransformer',
    })
    expect(resource.object.metadata?.annotations).toBeUndefined()
  })

  it('renders the real microservices-demo test overlays, skipping its Component folders', async () => {
    const corpus = join(UPSTREAM_DIR, 'corpora/microservices-demo/kustomize')
    const results = await renderEnvironments({ repoRoot: corpus, paths: ['.'] })
    expect(results.map((r) => r.environment.path)).toEqual(['.'])
    const tests = await renderEnvironments({ repoRoot: corpus, paths: ['tests'] })
    expect(tests.length).toBeGreaterThanOrEqual(3)
    for (const result of tests) {
      expect(result.findings).toEqual([])
      expect(result.resources.length).toBeGreaterThanOrEqual(35)
    }
    expect(tests.some((r) => r.environment.path.startsWith('components'))).toBe(false)
  })
})

describe('kustomize command', () => {
  it('honours an explicit "kubectl kustomize" and a plain binary', async () => {
    expect(await resolveKustomize('kubectl kustomize')).toEqual({
      program: 'kubectl',
      args: ['kustomize'],
      display: 'kubectl kustomize',
    })
    expect(await resolveKustomize('/opt/kustomize')).toEqual({
      program: '/opt/kustomize',
      args: ['build'],
      display: '/opt/kustomize',
    })
  })

  it.each([
    [
      'nginx=registry/nginx:1.2@sha256:' + 'b'.repeat(64),
      { name: 'nginx', newName: 'registry/nginx', newTag: '1.2', digest: 'sha256:' + 'b'.repeat(64) },
    ],
    ['nginx:1.25', { name: 'nginx', newTag: '1.25' }],
    ['registry:5000/app=other:5000/app', { name: 'registry:5000/app', newName: 'other:5000/app' }],
  ])('parses the kustomize edit set image argument %s', (spec, expected) => {
    expect(parseImageOverride(spec)).toEqual(expected)
  })
})
