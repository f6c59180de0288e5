import { describe, expect, test } from 'vitest'
import { FINGERPRINT_KEY, SARIF_SCHEMA_URI, toArtifactUri, toSarif } from '../../src/report/index.js'
import type { SarifLog } from '../../src/report/index.js'
import { apiGateway, mixedFindings, reportOf } from './fixtures.js'
import { validateSarif } from './sarif-schema.js'

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log)
  expect(valid ? [] : validateSarif.errors).toEqual([])
}

describe('sarif reporter', () => {
  const log = toSarif(reportOf(mixedFindings), {
    toolVersion: '0.1.0',
    informationUri: 'https://github.com/example/slipway',
  })
  const run = log.runs[0]!

  test('the log validates against the SARIF 2.1.0 schema', () => {
    expectValidSarif(log)
    expectValidSarif(toSarif(reportOf([])))
  })

  test('the schema check can fail: a result without a message is rejected', () => {
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> }
    delete broken.runs[0]!.results[0]!.message
    expect(validateSarif(broken)).toBe(false)
  })

  test('driver lists each rule once, sorted, with description, level and help', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA_URI)
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({
      name: 'slipway',
      version: '0.1.0',
      informationUri: 'https://github.com/example/slipway',
    })
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['deprecated-api', 'no-schema', 'render', 'schema'])
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'deprecated-api',
      shortDescription: { text: 'The apiVersion and kind are deprecated in the target Kubernetes version' },
      defaultConfiguration: { level: 'warning' },
      helpUri: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
    })
  })

  test('results point at their rule and file, relative to %SRCROOT%', () => {
    const [first, approximate, noFile] = run.results
    expect(first).toMatchObject({
      ruleId: 'schema',
      ruleIndex: 3,
      level: 'error',
      message: { text: 'unknown field "replica" (staging Deployment/trading/api-gateway /spec/replica)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'manifests/overlays/staging/patches/api-gateway.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 3 },
          },
        },
      ],
    })
    expect(run.tool.driver.rules[first!.ruleIndex]!.id).toBe(first!.ruleId)
    expect(approximate).toMatchObject({ level: 'warning', properties: { locationApproximate: true } })
    expect(approximate!.locations[0]!.message?.text).toContain('first line of the resource')
    expect(noFile!.locations).toEqual([
      {
        logicalLocations: [
          { name: 'api-gateway', fullyQualifiedName: 'staging/Deployment/trading/api-gateway', kind: 'resource' },
        ],
      },
    ])
  })

  test('unknown rules get a generic description and the most severe level seen', () => {
    const custom = toSarif(
      reportOf([
        { severity: 'warning', rule: 'org-policy', message: 'a', environment: 'staging' },
        { severity: 'error', rule: 'org-policy', message: 'b', environment: 'production' },
      ]),
    )
    expect(custom.runs[0]!.tool.driver.rules).toEqual([
      {
        id: 'org-policy',
        shortDescription: { text: 'Slipway rule org-policy' },
        defaultConfiguration: { level: 'error' },
      },
    ])
    const withMeta = toSarif(reportOf([{ severity: 'warning', rule: 'org-policy', message: 'a' }]), {
      rules: {
        'org-policy': {
          id: 'org-policy',
          description: 'Images come from ECR',
          defaultSeverity: 'warning',
          helpUri: 'https://example.com/p',
        },
      },
    })
    expect(withMeta.runs[0]!.tool.driver.rules[0]).toMatchObject({
      shortDescription: { text: 'Images come from ECR' },
      helpUri: 'https://example.com/p',
    })
    expectValidSarif(withMeta)
  })

  test('fingerprints are stable when only the line moves, and differ between findings', () => {
    const fingerprintOf = (sarif: SarifLog, index: number) =>
      sarif.runs[0]!.results[index]!.partialFingerprints[FINGERPRINT_KEY]
    const moved = toSarif(reportOf([{ ...mixedFindings[0]!, line: 40, column: 9 }]))
    expect(fingerprintOf(moved, 0)).toBe(fingerprintOf(log, 0))
    expect(fingerprintOf(moved, 0)).toMatch(/^[0-9a-f]{64}$/)
    const fingerprints = new Set(run.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]))
    expect(fingerprints.size).toBe(run.results.length)
    const otherEnv = toSarif(reportOf([{ ...mixedFindings[0]!, environment: 'production' }]))
    expect(fingerprintOf(otherEnv, 0)).not.toBe(fingerprintOf(log, 0))
  })

  test.each([
    ['manifests/base/deploy.yaml', undefined, 'manifests/base/deploy.yaml'],
    ['./manifests/base/deploy.yaml', undefined, 'manifests/base/deploy.yaml'],
    ['manifests\\overlays\\prod\\kustomization.yaml', undefined, 'manifests/overlays/prod/kustomization.yaml'],
    ['manifests/my app/#1.yaml', undefined, 'manifests/my%20app/%231.yaml'],
    ['/work/repo/manifests/base/a.yaml', '/work/repo', 'manifests/base/a.yaml'],
    ['/elsewhere/a.yaml', '/work/repo', 'file:///elsewhere/a.yaml'],
  ])('artifact uri of %s (root %s) is %s', (file, root, uri) => {
    expect(toArtifactUri(file, root)).toBe(uri)
  })

  test('absolute files outside the repository carry no uriBaseId and still validate', () => {
    const sarif = toSarif(
      reportOf([
        { severity: 'error', rule: 'parse', message: 'x', file: '/tmp/x.yaml', line: 1, resource: apiGateway },
      ]),
      { repoRoot: '/work/repo' },
    )
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'file:///tmp/x.yaml',
    })
    expectValidSarif(sarif)
  })
})
