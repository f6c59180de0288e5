import { describe, expect, test } from 'vitest'
import { UsageError } from '../../src/errors.js'
import { catalogFileName, createSchemaSources, normalizeKubernetesVersion, normalizeSchema, renderTemplate, templateVariables } from '../../src/schemas/index.js'

describe('kubeconform template variables', () => {
  test.each([
    ['Deployment', 'apps/v1', { ResourceKind: 'deployment', Group: 'apps', ResourceAPIVersion: 'v1', KindSuffix: '-apps-v1' }],
    ['Service', 'v1', { ResourceKind: 'service', Group: 'v1', ResourceAPIVersion: 'v1', KindSuffix: '-v1' }],
    ['Ingress', 'networking.k8s.io/v1', { ResourceKind: 'ingress', Group: 'networking.k8s.io', ResourceAPIVersion: 'v1', KindSuffix: '-networking-v1' }],
    ['Application', 'argoproj.io/v1alpha1', { ResourceKind: 'application', Group: 'argoproj.io', ResourceAPIVersion: 'v1alpha1', KindSuffix: '-argoproj-v1alpha1' }],
  ])('%s %s', (kind, apiVersion, expected) => {
    expect(templateVariables(kind, apiVersion, '1.33', true)).toEqual({ NormalizedKubernetesVersion: 'v1.33.0', StrictSuffix: '-strict', ...expected })
    expect(templateVariables(kind, apiVersion, '1.33', false).StrictSuffix).toBe('')
  })

  test('renders the default URL as kubeconform does', () => {
    const url = renderTemplate(
      'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json',
      templateVariables('Deployment', 'apps/v1', '1.33', true),
    )
    expect(url).toBe('https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.33.0-standalone-strict/deployment-apps-v1.json')
  })

  test.each([
    ['1.33', 'v1.33.0'],
    ['v1.28.4', 'v1.28.4'],
    ['master', 'master'],
  ])('normalizes Kubernetes version %s', (input, expected) => expect(normalizeKubernetesVersion(input)).toBe(expected))

  test('bad versions and templates are usage errors naming the value', () => {
    expect(() => normalizeKubernetesVersion('latest')).toThrow(new UsageError('invalid Kubernetes version "latest" (expected X.Y, e.g. 1.33)'))
    expect(() => createSchemaSources(['/schemas/{{ .Kind }}.json'], { kubernetesVersion: '1.33', strict: true })).toThrow(/unknown template variable \{\{ \.Kind \}\}/)
  })

  test('a local location that does not exist is a source marked unreachable (the validator reports it), not an exception', () => {
    expect(createSchemaSources(['/does/not/exist'], { kubernetesVersion: '1.33', strict: true })).toMatchObject([{ location: '/does/not/exist', unreachable: 'no such directory or file' }])
  })

  test.each([
    ['Deployment', 'apps/v1', 'deployment-apps-v1.json'],
    ['Service', 'v1', 'service-v1.json'],
    ['ClusterRole', 'rbac.authorization.k8s.io/v1', 'clusterrole-rbac-v1.json'],
  ])('catalog file of %s %s', (kind, apiVersion, expected) => expect(catalogFileName(kind, apiVersion)).toBe(expected))
})

describe('normalizeSchema', () => {
  test('a property named like a keyword is a property', () => {
    const out = normalizeSchema({ type: 'object', properties: { type: { type: 'string' }, format: { type: 'string', format: 'int-or-string' }, properties: { type: 'object', properties: { a: { type: 'string' } } } } })
    expect(out).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: { type: { type: 'string' }, format: { type: ['integer', 'string'] }, properties: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false } },
    })
  })

  test('preserve-unknown-fields keeps that node open, not its declared children', () => {
    const out = normalizeSchema({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { child: { type: 'object', properties: { a: { type: 'string' } } } } })
    expect(out.additionalProperties).toBeUndefined()
    expect((out.properties as Record<string, { additionalProperties?: boolean }>).child?.additionalProperties).toBe(false)
  })

  test('CRD int-or-string, embedded resources, nullable, and combinator branches', () => {
    const out = normalizeSchema({
      type: 'object',
      properties: {
        port: { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
        template: { type: 'object', 'x-kubernetes-embedded-resource': true, properties: { spec: { type: 'object' } } },
        note: { type: 'string', nullable: true },
        choice: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, oneOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }] },
      },
    }) as { properties: Record<string, Record<string, unknown>> }
    expect(out.properties.port).toEqual({ type: ['integer', 'string'], 'x-kubernetes-int-or-string': true })
    expect(Object.keys(out.properties.template?.properties as object)).toEqual(['spec', 'apiVersion', 'kind', 'metadata'])
    expect(out.properties.note?.type).toEqual(['string', 'null'])
    expect((out.properties.choice?.oneOf as Record<string, unknown>[])[0]?.additionalProperties).toBeUndefined()
    expect(out.properties.choice?.additionalProperties).toBe(false)
  })
})
