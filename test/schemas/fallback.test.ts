import { describe, expect, test } from 'vitest'
import { createSchemaValidator } from '../../src/schemas/index.js'
import { deployment, resourceOf, withChanges } from './helpers.js'

describe('kubernetes-models fallback (no location)', () => {
  const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [] })

  test('says which package validated and that unknown fields are not checked', async () => {
    const result = await validator.validate(deployment())
    expect(result.findings).toEqual([])
    expect(result.source).toMatch(/^kubernetes-models:kubernetes-models@4\.\d+\.\d+ \(Kubernetes 1\.27 API\); unknown fields not checked$/)
  })

  test.each([
    ['wrong type', { '/spec/replicas': 'three' }, '/spec/replicas', 'expected integer, got string "three"'],
    ['missing required field', { '/spec/template/spec/containers/0/name': undefined }, '/spec/template/spec/containers/0', 'missing required field "name"'],
    ['bad enum value', { '/spec/template/spec/containers/0/imagePullPolicy': 'Alwayz' }, '/spec/template/spec/containers/0/imagePullPolicy', 'invalid value "Alwayz": must be one of "Always", "IfNotPresent", "Never"'],
  ])('finds %s', async (_name, changes, path, message) => {
    const { findings } = await validator.validate(deployment(changes))
    expect(findings.map((finding) => [finding.rule, finding.path, finding.message])).toEqual([['schema', path, message]])
  })

  test('cannot see an unknown field', async () => {
    expect((await validator.validate(deployment({ '/spec/replica': 3 }))).findings).toEqual([])
  })

  test('covers CRD families: an Argo CD Application without destination', async () => {
    const app = resourceOf('apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: a}\nspec: {project: default, source: {repoURL: x}}\n')
    const result = await validator.validate(app)
    expect(result.source).toContain('@kubernetes-models/argo-cd@')
    expect(result.findings.map((finding) => [finding.path, finding.message])).toEqual([['/spec', 'missing required field "destination"']])
  })

  test('a nested type with a kind-like name is not a resource', async () => {
    const result = await validator.validate(withChanges(resourceOf('apiVersion: apps/v1\nkind: DeploymentSpec\nmetadata: {name: x}\n'), {}))
    expect(result.source).toBe('none')
    expect(result.findings.map((finding) => finding.rule)).toEqual(['no-schema'])
  })
})

test('Istio v1 kinds are checked by the Istio model package, and the source says so', async () => {
  const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [] })
  const virtualService = resourceOf('apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: api}\nspec: {hosts: [api], http: [{retries: {attempts: three}}]}\n')
  const result = await validator.validate(virtualService)
  expect(result.source).toMatch(/^kubernetes-models:@kubernetes-models\/istio@/)
  expect(result.findings.map((finding) => [finding.path, finding.message])).toEqual([['/spec/http/0/retries/attempts', 'expected integer, got string "three"']])
})
