import { describe, expect, test } from 'vitest'
import { UsageError } from '../../src/errors.js'
import {
  createReporter,
  GithubReporter,
  JsonReporter,
  parseReportFormat,
  SarifReporter,
  shouldUseColor,
  TextReporter,
} from '../../src/report/index.js'
import { apiGateway, mixedFindings, reportOf } from './fixtures.js'

describe('text reporter', () => {
  test('groups by environment then resource, with locations and totals', () => {
    const text = createReporter('text').render(reportOf(mixedFindings))
    expect(text).toBe(
      [
        'staging  manifests/overlays/staging  (Kubernetes 1.31, 42 resources, rendered in 850 ms)',
        '  Deployment/trading/api-gateway',
        '    error    schema          /spec/replica  unknown field "replica"  manifests/overlays/staging/patches/api-gateway.yaml:7:3',
        '    error    schema          /spec/template/spec/containers/0/ports/0/containerPort  must be integer',
        '  HorizontalPodAutoscaler/trading/api-gateway',
        '    warning  deprecated-api  autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated; use autoscaling/v2  manifests/base/api-gateway/hpa.yaml:1:1 (approximate)',
        '  Widget/w',
        '    warning  no-schema       no schema for example.com/v1 Widget',
        '  staging: 2 errors, 2 warnings',
        '',
        'production  manifests/overlays/production  (Kubernetes 1.31, 44 resources, rendered in 1.2 s)',
        '  no findings',
        '',
        'broken',
        '  (environment)',
        '    error    render  kustomize build failed:',
        '             Error: accumulating resources: missing.yaml: no such file',
        '  broken: 1 error, 0 warnings',
        '',
        '2 environments, 86 resources: 3 errors, 2 warnings in 1.9 s',
        '',
      ].join('\n'),
    )
  })

  test('a clean report says so for every environment, and names schema sources', () => {
    const report = reportOf([], {
      environments: [
        {
          name: 'staging',
          path: 'manifests/overlays/staging',
          resources: 3,
          renderMs: 10,
          kubernetesVersion: '1.33',
          schemaSources: { 'catalog:/schemas': 2, 'kubernetes-models': 1 },
        },
      ],
    })
    expect(new TextReporter().render(report)).toBe(
      [
        'staging  manifests/overlays/staging  (Kubernetes 1.33, 3 resources, rendered in 10 ms, schemas: catalog:/schemas 2, kubernetes-models 1)',
        '  no findings',
        '',
        '1 environment, 3 resources: 0 errors, 0 warnings in 1.9 s',
        '',
      ].join('\n'),
    )
  })

  test('findings with no environment get their own block', () => {
    const text = new TextReporter().render(
      reportOf([{ severity: 'error', rule: 'parse', message: 'bad YAML', file: 'x.yaml', line: 2 }], {
        environments: [],
      }),
    )
    expect(text).toContain(
      '(no environment)\n  (environment)\n    error    parse  bad YAML  x.yaml:2\n  no environment: 1 error, 0 warnings\n',
    )
  })

  test('colour only when asked', () => {
    const report = reportOf([
      { severity: 'error', rule: 'schema', message: 'm', environment: 'staging', resource: apiGateway },
    ])
    expect(new TextReporter().render(report)).not.toContain('\u001b[')
    const coloured = new TextReporter({ color: true }).render(report)
    expect(coloured).toContain('\u001b[31merror  \u001b[0m')
    expect(coloured).toContain('\u001b[1mstaging\u001b[0m')
  })

  test.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, true],
    [{ isTTY: true }, { FORCE_COLOR: '0' }, true],
    [{ isTTY: false }, { FORCE_COLOR: '0' }, false],
  ])('shouldUseColor(%o, %o) is %s', (stream, env, expected) => {
    expect(shouldUseColor(stream, env)).toBe(expected)
  })
})

describe('json reporter', () => {
  test('prints exactly the contract, keys in contract order, unknown values omitted', () => {
    const report = reportOf([mixedFindings[0]!, mixedFindings[3]!, mixedFindings[4]!])
    // Build the finding with keys in a scrambled order: the output order must not depend on it.
    report.findings[0] = {
      file: 'manifests/overlays/staging/patches/api-gateway.yaml',
      column: 3,
      line: 7,
      path: '/spec/replica',
      resource: { name: 'api-gateway', namespace: 'trading', kind: 'Deployment', apiVersion: 'apps/v1' },
      environment: 'staging',
      message: 'unknown field "replica"',
      rule: 'schema',
      severity: 'error',
    }
    const json = createReporter('json').render(report)
    expect(json.endsWith('}\n')).toBe(true)
    expect(json).toBe(
      `${JSON.stringify(
        {
          summary: { environments: 2, resources: 86, errors: 2, warnings: 1, durationMs: 1900 },
          environments: [
            {
              name: 'staging',
              path: 'manifests/overlays/staging',
              resources: 42,
              renderMs: 850,
              kubernetesVersion: '1.31',
            },
            {
              name: 'production',
              path: 'manifests/overlays/production',
              resources: 44,
              renderMs: 1234,
              kubernetesVersion: '1.31',
            },
          ],
          findings: [
            {
              severity: 'error',
              rule: 'schema',
              message: 'unknown field "replica"',
              environment: 'staging',
              resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'trading', name: 'api-gateway' },
              path: '/spec/replica',
              file: 'manifests/overlays/staging/patches/api-gateway.yaml',
              line: 7,
              column: 3,
            },
            {
              severity: 'error',
              rule: 'render',
              message: 'kustomize build failed:\nError: accumulating resources: missing.yaml: no such file',
              environment: 'broken',
            },
            {
              severity: 'warning',
              rule: 'no-schema',
              message: 'no schema for example.com/v1 Widget',
              environment: 'staging',
              resource: { apiVersion: 'example.com/v1', kind: 'Widget', name: 'w' },
            },
          ],
        },
        null,
        2,
      )}\n`,
    )
  })

  test('marks approximate locations', () => {
    const parsed = JSON.parse(new JsonReporter().render(reportOf([mixedFindings[1]!])))
    expect(parsed.findings[0]).toMatchObject({
      file: 'manifests/base/api-gateway/hpa.yaml',
      line: 1,
      column: 1,
      locationApproximate: true,
    })
  })
})

describe('createReporter', () => {
  test.each([
    ['text', TextReporter],
    ['json', JsonReporter],
    ['sarif', SarifReporter],
    ['github', GithubReporter],
  ] as const)('%s', (format, type) => {
    const reporter = createReporter(format)
    expect(reporter).toBeInstanceOf(type)
    expect(reporter.format).toBe(format)
  })

  test('an unknown format is a usage error naming it', () => {
    expect(() => createReporter('xml')).toThrow(UsageError)
    expect(() => parseReportFormat('Text')).toThrow('unknown format "Text" (expected text, json, sarif or github)')
  })
})
