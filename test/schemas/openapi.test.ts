import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createSchemaValidator, importOpenApi, type SchemaValidator } from '../../src/schemas/index.js'
import { UPSTREAM_DIR } from '../helpers/paths.js'
import { deployment, resourceOf, tempDir } from './helpers.js'

// Two real catalogs, imported once for the file: v1.28 and v1.36 side by side, laid out
// per version so one template location selects by Kubernetes version.
const temp = tempDir('openapi')
const catalog = (version: string) => join(temp.dir, `v${version}.0`)

beforeAll(async () => {
  for (const version of ['1.28', '1.36']) {
    await importOpenApi(join(UPSTREAM_DIR, 'kubernetes-openapi', `v${version}.swagger.json`), catalog(version))
  }
}, 60_000)
afterAll(() => temp.cleanup())

describe('import-openapi catalog', () => {
  test.each(['deployment-apps-v1.json', 'service-v1.json', 'ingress-networking-v1.json', 'horizontalpodautoscaler-autoscaling-v2.json', 'clusterrole-rbac-v1.json'])('writes %s as kubeconform names it', (name) => {
    expect(existsSync(join(catalog('1.36'), name))).toBe(true)
  })

  test('schemas are self-contained and closed', () => {
    const schema = JSON.parse(readFileSync(join(catalog('1.36'), 'deployment-apps-v1.json'), 'utf8'))
    const text = JSON.stringify(schema)
    for (const ref of text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)) expect(schema.definitions).toHaveProperty([ref[1] as string])
    expect(schema.additionalProperties).toBe(false)
    expect(schema.definitions['io.k8s.api.apps.v1.DeploymentSpec'].additionalProperties).toBe(false)
    expect(schema.properties.kind.enum).toContain('Deployment')
    expect(schema.definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString'].type).toEqual(['integer', 'string'])
  })
})

describe('validation against an imported catalog', () => {
  let validator: SchemaValidator
  beforeAll(() => {
    validator = createSchemaValidator({ kubernetesVersion: '1.36', locations: [catalog('1.36')] })
  })

  test('a valid Deployment (int-or-string, numeric quantity, null field) has no findings', async () => {
    const result = await validator.validate(deployment())
    expect(result.findings).toEqual([])
    expect(result.source).toBe(`catalog:${catalog('1.36')}`)
  })

  test.each([
    ['unknown field', { '/spec/replica': 3 }, '/spec/replica', 'unknown field "replica" (did you mean "replicas"?)'],
    ['wrong type', { '/spec/replicas': 'three' }, '/spec/replicas', 'expected integer, got string "three"'],
    ['bad enum value', { '/spec/template/spec/containers/0/imagePullPolicy': 'Alwayz' }, '/spec/template/spec/containers/0/imagePullPolicy', 'invalid value "Alwayz": must be one of "Always", "IfNotPresent", "Never"'],
    ['missing required field', { '/spec/selector': undefined }, '/spec', 'missing required field "selector"'],
    ['missing required nested field', { '/spec/template/spec/containers/0/name': undefined }, '/spec/template/spec/containers/0', 'missing required field "name"'],
    ['unknown field deep inside', { '/spec/template/spec/containers/0/resources/limit': { cpu: 1 } }, '/spec/template/spec/containers/0/resources/limit', 'unknown field "limit" (did you mean "limits"?)'],
    ['wrong kind for this file', { '/kind': 'Deployment', '/apiVersion': 'apps/v1', '/spec/strategy/type': 'Rolling' }, '/spec/strategy/type', 'invalid value "Rolling": must be one of "Recreate", "RollingUpdate"'],
  ])('%s', async (_name, changes, path, message) => {
    const { findings } = await validator.validate(deployment(changes))
    expect(findings).toEqual([{ severity: 'error', rule: 'schema', message, path, resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'trading', name: 'api-gateway' }, file: 'test.yaml' }])
  })

  test('strict: false leaves unknown fields alone but still checks types', async () => {
    const lenient = createSchemaValidator({ kubernetesVersion: '1.36', locations: [catalog('1.36')], strict: false })
    const { findings } = await lenient.validate(deployment({ '/spec/replica': 3, '/spec/replicas': 'x' }))
    expect(findings.map((finding) => finding.path)).toEqual(['/spec/replicas'])
  })
})

describe('Kubernetes version selection', () => {
  // Service.spec.trafficDistribution appeared in Kubernetes 1.30.
  const service = () =>
    resourceOf(`
apiVersion: v1
kind: Service
metadata: {name: api-gateway}
spec:
  selector: {app: api-gateway}
  ports: [{name: http, port: 80, targetPort: http}]
  trafficDistribution: PreferClose
`)
  const location = join(temp.dir, '{{ .NormalizedKubernetesVersion }}')

  test('1.36 knows spec.trafficDistribution', async () => {
    const { findings, source } = await createSchemaValidator({ kubernetesVersion: '1.36', locations: [location] }).validate(service())
    expect(findings).toEqual([])
    expect(source).toBe(`catalog:${location}`)
  })

  test('1.28 reports it as unknown', async () => {
    const { findings } = await createSchemaValidator({ kubernetesVersion: '1.28', locations: [location] }).validate(service())
    expect(findings.map((finding) => [finding.path, finding.message])).toEqual([['/spec/trafficDistribution', 'unknown field "trafficDistribution"']])
  })

  test('a kubeconform file template with a local path', async () => {
    const template = join(temp.dir, '{{ .NormalizedKubernetesVersion }}', '{{ .ResourceKind }}{{ .KindSuffix }}.json')
    const validator = createSchemaValidator({ kubernetesVersion: '1.28', locations: [template] })
    const { findings, source } = await validator.validate(service())
    expect(source).toBe(`catalog:${template}`)
    expect(findings.map((finding) => finding.path)).toEqual(['/spec/trafficDistribution'])
  })
})

describe('no schema anywhere', () => {
  const widget = () => resourceOf('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 3}\n')

  test.each([
    ['warning', [{ severity: 'warning', rule: 'no-schema' }]],
    ['error', [{ severity: 'error', rule: 'no-schema' }]],
    ['ignore', []],
  ] as const)('missingSchema %s', async (missingSchema, expected) => {
    const result = await createSchemaValidator({ kubernetesVersion: '1.36', locations: [catalog('1.36')], missingSchema }).validate(widget())
    expect(result.source).toBe('none')
    expect(result.findings).toMatchObject(expected)
    if (expected.length > 0) expect(result.findings[0]?.message).toContain('example.com/v1 Widget')
  })
})
