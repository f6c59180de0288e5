import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createSchemaValidator, crdsToCatalog, importCrds, type ImportSummary } from '../../src/schemas/index.js'
import { ConfigError } from '../../src/errors.js'
import { UPSTREAM_DIR } from '../helpers/paths.js'
import { resourceOf, withChanges, tempDir } from './helpers.js'

const ARGO_CRDS = ['application-crd.yaml', 'applicationset-crd.yaml', 'appproject-crd.yaml'].map((name) => join(UPSTREAM_DIR, 'crds-yaml', 'argo-cd', name))
const temp = tempDir('crd')
let summary: ImportSummary

beforeAll(async () => {
  summary = await importCrds(ARGO_CRDS, temp.dir)
}, 60_000)
afterAll(() => temp.cleanup())

const application = () =>
  resourceOf(`
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: api-gateway-staging, namespace: argocd}
spec:
  project: trading
  source:
    repoURL: https://github.com/example/slipway.git
    targetRevision: main
    path: manifests/overlays/staging
    helm:
      valuesObject: {anything: {goes: [1, 2]}}
  destination: {server: https://kubernetes.default.svc, namespace: trading}
  syncPolicy:
    automated: {prune: true, selfHeal: true}
    syncOptions: [CreateNamespace=true]
    retry: {limit: 5, backoff: {duration: 5s, factor: 2, maxDuration: 3m}}
`)

describe('import-crd', () => {
  test('writes {group}/{kind}_{version}.json for every served version', () => {
    expect(summary.kinds).toEqual(['argoproj.io/v1alpha1/AppProject', 'argoproj.io/v1alpha1/Application', 'argoproj.io/v1alpha1/ApplicationSet'])
    expect(summary.files.map((file) => file.slice(temp.dir.length + 1)).sort()).toEqual(['argoproj.io/application_v1alpha1.json', 'argoproj.io/applicationset_v1alpha1.json', 'argoproj.io/appproject_v1alpha1.json'])
  })

  test('skips versions that are not served and reads v1beta1 CRDs', () => {
    const yaml = `
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
  - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: {type: integer}}}}}}}
  - {name: v0, served: false, storage: false, schema: {openAPIV3Schema: {type: object}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: ignored}
---
apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata: {name: gadgets.example.com}
spec:
  group: example.com
  version: v1beta1
  names: {kind: Gadget}
  validation: {openAPIV3Schema: {type: object, properties: {spec: {type: object}}}}
`
    expect(crdsToCatalog(yaml, 'widgets.yaml').map((entry) => entry.path)).toEqual(['example.com/widget_v1.json', 'example.com/gadget_v1beta1.json'])
  })

  test('a CRD without group names the file and the CRD', () => {
    expect(() => crdsToCatalog('apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: bad.example.com}\nspec: {names: {kind: Bad}}\n', 'bad.yaml')).toThrow(
      new ConfigError('CustomResourceDefinition bad.example.com: spec.group and spec.names.kind are required', 'bad.yaml'),
    )
  })

  test('objects are closed except under x-kubernetes-preserve-unknown-fields', () => {
    const schema = JSON.parse(readFileSync(join(temp.dir, 'argoproj.io', 'application_v1alpha1.json'), 'utf8'))
    const source = schema.properties.spec.properties.source
    expect(schema.properties.spec.additionalProperties).toBe(false)
    expect(source.additionalProperties).toBe(false)
    expect(source.properties.helm.properties.valuesObject['x-kubernetes-preserve-unknown-fields']).toBe(true)
    expect(source.properties.helm.properties.valuesObject.additionalProperties).toBeUndefined()
  })
})

describe('validating Argo CD Applications', () => {
  // Our import, and the CRDs-catalog's published schema read through the same directory location, must agree.
  const locations = () => [
    ['imported catalog', temp.dir],
    ['CRDs-catalog (datree layout)', join(UPSTREAM_DIR, 'crd-schemas')],
  ]

  test.each(locations())('%s: a valid Application has no findings', async (_name, location) => {
    const result = await createSchemaValidator({ kubernetesVersion: '1.33', locations: [location as string] }).validate(application())
    expect(result).toEqual({ source: `catalog:${location}`, findings: [] })
  })

  test.each(locations())('%s: a typo spec.sourc is an unknown field at /spec/sourc', async (_name, location) => {
    const app = application()
    const spec = app.object.spec as Record<string, unknown>
    spec.sourc = spec.source
    delete spec.source
    const { findings } = await createSchemaValidator({ kubernetesVersion: '1.33', locations: [location as string] }).validate(app)
    expect(findings.map((finding) => [finding.rule, finding.path, finding.message])).toEqual([['schema', '/spec/sourc', 'unknown field "sourc" (did you mean "source"?)']])
  })

  test.each([
    ['missing destination', { '/spec/destination': undefined }, '/spec', 'missing required field "destination"'],
    ['wrong type', { '/spec/syncPolicy/automated/prune': 'yes' }, '/spec/syncPolicy/automated/prune', 'expected boolean, got string "yes"'],
    ['unknown field in syncPolicy', { '/spec/syncPolicy/automatic': { prune: true } }, '/spec/syncPolicy/automatic', 'unknown field "automatic" (did you mean "automated"?)'],
  ])('imported catalog: %s', async (_name, changes, path, message) => {
    const { findings } = await createSchemaValidator({ kubernetesVersion: '1.33', locations: [temp.dir] }).validate(withChanges(application(), changes))
    expect(findings.map((finding) => [finding.path, finding.message])).toEqual([[path, message]])
  })
})
