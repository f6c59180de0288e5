import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { createSchemaValidator, customResourceSchemas, findBuiltinCatalogDir, openBuiltinCatalog } from '../../src/schemas/index.js'
import { parseYamlStream } from '../../src/manifests/yaml-stream.js'
import type { Resource } from '../../src/manifests/resource.js'
import { REPO_ROOT, UPSTREAM_DIR } from '../helpers/paths.js'
import { deployment, resourceOf, tempDir, withChanges } from './helpers.js'

describe('schemas shipped with Slipway (no location)', () => {
  const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [] })

  test('say which Kubernetes version validated', async () => {
    const result = await validator.validate(deployment())
    expect(result).toEqual({ source: 'builtin:Kubernetes 1.33 schemas', findings: [] })
  })

  test.each([
    ['wrong type', { '/spec/replicas': 'three' }, '/spec/replicas', 'expected integer, got string "three"'],
    ['missing required field', { '/spec/template/spec/containers/0/name': undefined }, '/spec/template/spec/containers/0', 'missing required field "name"'],
    ['bad enum value', { '/spec/template/spec/containers/0/imagePullPolicy': 'Alwayz' }, '/spec/template/spec/containers/0/imagePullPolicy', 'invalid value "Alwayz": must be one of "Always", "IfNotPresent", "Never"'],
    ['unknown field, with a did-you-mean', { '/spec/template/spec/containers/0/imagePullPolcy': 'Always' }, '/spec/template/spec/containers/0/imagePullPolcy', 'unknown field "imagePullPolcy" (did you mean "imagePullPolicy"?)'],
  ])('find %s', async (_name, changes, path, message) => {
    const { findings } = await validator.validate(deployment(changes))
    expect(findings.map((finding) => [finding.rule, finding.path, finding.message])).toEqual([['schema', path, message]])
  })

  test('cover CRD families: an Argo CD Application without destination, and a typo in it', async () => {
    const app = resourceOf('apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: a}\nspec: {project: default, source: {repoURL: x, targetRevison: main}}\n')
    const result = await validator.validate(app)
    expect(result.source).toBe('builtin:CRD schemas')
    expect(result.findings.map((finding) => [finding.path, finding.message])).toEqual([
      ['/spec', 'missing required field "destination"'],
      ['/spec/source/targetRevison', 'unknown field "targetRevison" (did you mean "targetRevision"?)'],
    ])
  })

  test.each([
    ['networking.istio.io/v1', 'VirtualService', 'spec: {hosts: [api], http: [{retries: {attempts: three}}]}', '/spec/http/0/retries/attempts', 'expected integer, got string "three"'],
    ['keda.sh/v1alpha1', 'ScaledObject', 'spec: {scaleTargetRef: {name: api}, minReplicaCount: 2, triggers: [{type: cpu, metadata: {value: "60"}}], pollingInterval: often}', '/spec/pollingInterval', 'expected integer, got string "often"'],
    ['external-secrets.io/v1', 'ExternalSecret', 'spec: {secretStoreRef: {name: aws, kind: ClusterSecretStore}, refreshInterval: 1h, target: {name: x, creationPolcy: Owner}}', '/spec/target/creationPolcy', 'unknown field "creationPolcy" (did you mean "creationPolicy"?)'],
  ])('%s %s is checked strictly', async (apiVersion, kind, spec, path, message) => {
    const result = await validator.validate(resourceOf(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n${spec}\n`))
    expect(result.source).toBe('builtin:CRD schemas')
    expect(result.findings.map((finding) => [finding.path, finding.message])).toEqual([[path, message]])
  })

  test('a nested type with a kind-like name is not a resource', async () => {
    const result = await validator.validate(withChanges(resourceOf('apiVersion: apps/v1\nkind: DeploymentSpec\nmetadata: {name: x}\n'), {}))
    expect(result.source).toBe('none')
    expect(result.findings.map((finding) => finding.rule)).toEqual(['no-schema'])
  })

  test('a kind spelled in the wrong case is found, and its spelling reported', async () => {
    const result = await validator.validate(withChanges(deployment(), { '/kind': 'deployment' }))
    expect(result.findings.map((finding) => [finding.path, finding.message])).toEqual([['/kind', 'invalid value "deployment": must be one of "Deployment"']])
  })
})

describe('Kubernetes version selection', () => {
  const catalog = openBuiltinCatalog()!

  test('ships 1.28, 1.31, 1.33 and 1.36', () => {
    expect(catalog.kubernetesVersions).toEqual(['1.28', '1.31', '1.33', '1.36'])
  })

  test.each([
    ['1.33', 'builtin:Kubernetes 1.33 schemas'],
    ['v1.33.4-eks-1234', 'builtin:Kubernetes 1.33 schemas'],
    ['1.34', 'builtin:1.34 → using 1.33 schemas'],
    ['1.30', 'builtin:1.30 → using 1.28 schemas'],
    ['1.40', 'builtin:1.40 → using 1.36 schemas'],
    ['1.27', 'builtin:1.27 → using 1.28 schemas (the oldest shipped)'],
  ])('%s validates with %s', async (version, source) => {
    expect((await createSchemaValidator({ kubernetesVersion: version, locations: [] }).validate(deployment())).source).toBe(source)
  })

  test('the version matters: an API removed later is still known in an older release', async () => {
    const flowSchema = resourceOf('apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: x}\nspec: {priorityLevelConfiguration: {name: global-default}}\n')
    expect((await createSchemaValidator({ kubernetesVersion: '1.28', locations: [] }).validate(flowSchema)).findings).toEqual([])
    expect((await createSchemaValidator({ kubernetesVersion: '1.36', locations: [] }).validate(flowSchema)).findings.map((finding) => finding.rule)).toEqual(['no-schema'])
  })
})

describe('the shipped catalog on disk', () => {
  test('is found at the repository root from src/, and beside a bundle first', () => {
    expect(findBuiltinCatalogDir()).toBe(join(REPO_ROOT, 'schemas'))
    const temp = tempDir('catalog-beside')
    try {
      mkdirSync(join(temp.dir, 'dist', 'schemas'), { recursive: true })
      writeFileSync(join(temp.dir, 'dist', 'schemas', 'index.json.gz'), readFileSync(join(REPO_ROOT, 'schemas', 'index.json.gz')))
      expect(findBuiltinCatalogDir(pathToFileURL(join(temp.dir, 'dist', 'cli.js')).href)).toBe(join(temp.dir, 'dist', 'schemas'))
    } finally {
      temp.cleanup()
    }
  })

  test('keeps the CRD schemas\' MIT licence beside the data', () => {
    expect(readFileSync(join(REPO_ROOT, 'schemas', 'LICENSE-crd-schemas'), 'utf8')).toBe(readFileSync(join(UPSTREAM_DIR, 'crd-schemas', 'LICENSE'), 'utf8'))
  })
})

describe('CustomResourceDefinitions rendered in the same stream', () => {
  const temp = tempDir('stream-crd')
  afterAll(temp.cleanup)
  const stream = (text: string): Resource[] => parseYamlStream(text, 'stream.yaml').resources
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
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
              required: [size]
              properties:
                size: {type: integer}
                colour: {type: string, enum: [red, blue]}
`

  test('validate that environment\'s custom resources of their kind, and say so', async () => {
    const resources = stream(`${crd}---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: big, color: red}\n`)
    const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [] })
    const result = await validator.validate(resources[1]!, customResourceSchemas(resources))
    expect(result.source).toBe('crd:widgets.example.com')
    expect(result.findings.map((finding) => [finding.path, finding.message])).toEqual([
      ['/spec/color', 'unknown field "color" (did you mean "colour"?)'],
      ['/spec/size', 'expected integer, got string "big"'],
    ])
    // Without the CRD the kind has no schema.
    expect((await validator.validate(resources[1]!)).findings.map((finding) => finding.rule)).toEqual(['no-schema'])
  })

  test('a Flux HelmRelease of the flux2 example has no schema until its CRD is in the stream', async () => {
    const text = readFileSync(join(UPSTREAM_DIR, 'corpora/flux2-kustomize-helm-example/infrastructure/controllers/cert-manager.yaml'), 'utf8')
    const release = stream(text).find((resource) => resource.ref.kind === 'HelmRelease')!
    const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [] })
    expect((await validator.validate(release)).findings.map((finding) => finding.rule)).toEqual(['no-schema'])
    const helmReleaseCrd = stream(`apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: helmreleases.helm.toolkit.fluxcd.io}
spec:
  group: helm.toolkit.fluxcd.io
  names: {kind: HelmRelease, plural: helmreleases}
  scope: Namespaced
  versions:
    - name: ${release.ref.apiVersion.split('/')[1]}
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [interval]
              properties:
                interval: {type: string}
                chartRef: {type: object, x-kubernetes-preserve-unknown-fields: true}
                install: {type: object, x-kubernetes-preserve-unknown-fields: true}
                upgrade: {type: object, x-kubernetes-preserve-unknown-fields: true}
                values: {type: object, x-kubernetes-preserve-unknown-fields: true}
                releaseName: {type: string}
                targetNamespace: {type: string}
                timeout: {type: string}
`)
    const result = await validator.validate(release, customResourceSchemas(helmReleaseCrd))
    expect(result.source).toBe('crd:helmreleases.helm.toolkit.fluxcd.io')
    expect(result.findings).toEqual([])
    const typo = withChanges(release, { '/spec/intervall': '1h' })
    expect((await validator.validate(typo, customResourceSchemas(helmReleaseCrd))).findings.map((finding) => finding.message)).toEqual(['unknown field "intervall" (did you mean "interval"?)'])
  })
})
