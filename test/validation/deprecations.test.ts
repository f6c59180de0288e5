import { mkdtemp, rm } from 'node:fs/promises'
import { readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { registerValidateCommand } from '../../src/cli/validate.js'
import { refOf, type KubernetesObject, type Resource } from '../../src/manifests/resource.js'
import {
  API_DEPRECATIONS,
  API_INTRODUCTIONS,
  checkApiVersions,
  findIntroduction,
  parseMinor,
  prereleaseLifecycle,
} from '../../src/validation/deprecations/index.js'
import { UPSTREAM_DIR } from '../helpers/paths.js'

const resource = (apiVersion: string, kind: string, name = 'x'): Resource => {
  const object: KubernetesObject = { apiVersion, kind, metadata: { name, namespace: 'trading' } }
  return { ref: refOf(object), object, index: 0 }
}

describe('checkApiVersions', () => {
  test.each([
    // apiVersion, kind, target, expected rule, message fragments
    ['policy/v1beta1', 'PodSecurityPolicy', '1.31', 'removed-api', ['removed in 1.25', 'Pod Security Admission']],
    [
      'autoscaling/v2beta2',
      'HorizontalPodAutoscaler',
      '1.26',
      'removed-api',
      ['removed in 1.26', 'use autoscaling/v2'],
    ],
    ['extensions/v1beta1', 'Ingress', 'v1.28.3', 'removed-api', ['removed in 1.22', 'networking.k8s.io/v1']],
    [
      'flowcontrol.apiserver.k8s.io/v1beta3',
      'FlowSchema',
      '1.31',
      'deprecated-api',
      ['deprecated since 1.29', 'removed in 1.32'],
    ],
    ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.32', 'removed-api', ['removed in 1.32']],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.24', 'deprecated-api', ['removed in 1.26']],
    ['v1', 'Endpoints', '1.33', 'deprecated-api', ['discovery.k8s.io/v1 EndpointSlice']],
    // Kubernetes' lifecycle data (zz_generated.prerelease-lifecycle.go): introduced + 3 → deprecated, + 6 → removed.
    [
      'admissionregistration.k8s.io/v1beta1',
      'ValidatingAdmissionPolicy',
      '1.34',
      'removed-api',
      ['removed in 1.34', 'use admissionregistration.k8s.io/v1'],
    ],
    [
      'admissionregistration.k8s.io/v1beta1',
      'ValidatingAdmissionPolicyBinding',
      '1.33',
      'deprecated-api',
      ['deprecated since 1.31, removed in 1.34'],
    ],
    ['authentication.k8s.io/v1beta1', 'SelfSubjectReview', '1.30', 'deprecated-api', ['removed in 1.33']],
    ['resource.k8s.io/v1beta1', 'ResourceClaim', '1.35', 'deprecated-api', ['removed in 1.38', 'resource.k8s.io/v1']],
    ['resource.k8s.io/v1beta2', 'DeviceClass', '1.36', 'deprecated-api', ['deprecated since 1.36, removed in 1.39']],
    ['storage.k8s.io/v1beta1', 'VolumeAttributesClass', '1.34', 'deprecated-api', ['storage.k8s.io/v1']],
    ['storage.k8s.io/v1beta1', 'VolumeAttributesClass', '1.37', 'removed-api', ['removed in 1.37']],
    ['networking.k8s.io/v1beta1', 'ServiceCIDR', '1.34', 'deprecated-api', ['removed in 1.37', 'networking.k8s.io/v1']],
    ['coordination.k8s.io/v1beta1', 'LeaseCandidate', '1.36', 'deprecated-api', ['removed in 1.39']],
    ['certificates.k8s.io/v1beta1', 'ClusterTrustBundle', '1.36', 'deprecated-api', ['no GA version yet']],
    ['storage.k8s.io/v1beta1', 'CSINode', '1.17', 'deprecated-api', ['deprecated since 1.17']],
  ])('%s %s on %s → %s', (apiVersion, kind, version, rule, fragments) => {
    const findings = checkApiVersions([resource(apiVersion, kind)], version, 'production')
    expect(findings).toHaveLength(1)
    const finding = findings[0]!
    expect(finding.rule).toBe(rule)
    expect(finding.severity).toBe(rule === 'removed-api' ? 'error' : 'warning')
    expect(finding.environment).toBe('production')
    expect(finding.path).toBe('/apiVersion')
    for (const fragment of fragments) expect(finding.message).toContain(fragment)
  })

  test.each([
    ['autoscaling/v2', 'HorizontalPodAutoscaler', '1.31'],
    ['policy/v1', 'PodDisruptionBudget', '1.31'],
    ['v1', 'Endpoints', '1.32'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.22'],
    ['argoproj.io/v1alpha1', 'Application', '1.31'],
    // Not deprecated yet per the lifecycle data (the hand-kept table said 1.30 and 1.28).
    ['admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy', '1.30'],
    ['authentication.k8s.io/v1beta1', 'SelfSubjectReview', '1.29'],
    ['resource.k8s.io/v1beta2', 'ResourceClaim', '1.35'],
  ])('%s %s on %s passes', (apiVersion, kind, version) => {
    expect(checkApiVersions([resource(apiVersion, kind)], version, 'staging')).toEqual([])
  })

  test.each([
    // apiVersion, kind, target, message fragments
    [
      'autoscaling/v2',
      'HorizontalPodAutoscaler',
      '1.22',
      ['not served by Kubernetes 1.22 yet', 'introduced in 1.23', 'use autoscaling/v2beta2'],
    ],
    [
      'flowcontrol.apiserver.k8s.io/v1beta3',
      'FlowSchema',
      '1.25',
      ['introduced in 1.26', 'flowcontrol.apiserver.k8s.io/v1beta2'],
    ],
    ['flowcontrol.apiserver.k8s.io/v1', 'PriorityLevelConfiguration', '1.28', ['introduced in 1.29', 'v1beta3']],
    ['policy/v1', 'PodDisruptionBudget', '1.20', ['introduced in 1.21', 'use policy/v1beta1']],
    ['batch/v1', 'CronJob', 'v1.20.7', ['introduced in 1.21', 'use batch/v1beta1']],
    [
      'admissionregistration.k8s.io/v1',
      'ValidatingAdmissionPolicy',
      '1.29',
      ['introduced in 1.30', 'admissionregistration.k8s.io/v1beta1'],
    ],
    ['networking.k8s.io/v1', 'ServiceCIDR', '1.30', ['introduced in 1.33', 'upgrade the cluster']],
  ])('%s %s on %s is not served yet', (apiVersion, kind, version, fragments) => {
    const findings = checkApiVersions([resource(apiVersion, kind)], version, 'production')
    expect(findings.map((f) => [f.rule, f.severity, f.path])).toEqual([['api-not-yet-served', 'error', '/apiVersion']])
    for (const fragment of fragments) expect(findings[0]!.message).toContain(fragment)
  })

  test('checks.overrides change the API rules per environment, or switch them off', () => {
    const hpa = [resource('autoscaling/v2', 'HorizontalPodAutoscaler')]
    expect(checkApiVersions(hpa, '1.22', 'staging', { 'api-not-yet-served': 'off' })).toEqual([])
    expect(
      checkApiVersions(hpa, '1.22', 'staging', { 'api-not-yet-served': { environments: { staging: 'warning' } } }).map(
        (f) => f.severity,
      ),
    ).toEqual(['warning'])
    expect(
      checkApiVersions([resource('policy/v1beta1', 'PodSecurityPolicy')], '1.31', 'prod', {
        'removed-api': 'warning',
      }).map((f) => f.severity),
    ).toEqual(['warning'])
  })

  test('an unparseable version is a usage error naming it', () => {
    expect(() => checkApiVersions([], 'latest', 'x')).toThrow(/"latest"/)
  })
})

describe('prereleaseLifecycle (the rule of prerelease-lifecycle-gen)', () => {
  test.each([
    // introduced, explicit tags, expected [deprecated, removed]
    ['1.28', {}, ['1.31', '1.34']], // admissionregistration v1beta1 ValidatingAdmissionPolicy
    ['1.31', {}, ['1.34', '1.37']], // networking v1beta1 IPAddress
    ['1.12', { deprecated: '1.23' }, ['1.23', '1.26']], // autoscaling v2beta2: removed follows the deprecated tag
    ['1.9', { deprecated: '1.16', removed: '1.22' }, ['1.16', '1.22']],
  ])('introduced %s with %o → %o', (introduced, tags, [deprecatedIn, removedIn]) => {
    expect(prereleaseLifecycle(introduced, tags)).toEqual({ introducedIn: introduced, deprecatedIn, removedIn })
  })

  test('a tag that is not a version is a usage error naming it', () => {
    expect(() => prereleaseLifecycle('1.x')).toThrow(/"1\.x"/)
  })
})

describe('slipway validate on a ValidatingAdmissionPolicy v1beta1 (standard input)', () => {
  const POLICY = `apiVersion: admissionregistration.k8s.io/v1beta1
kind: ValidatingAdmissionPolicy
metadata:
  name: replicas
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [apps]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [deployments]
  validations:
    - expression: object.spec.replicas <= 5
`
  async function validateStdin(kubernetesVersion: string) {
    const cwd = await mkdtemp(join(tmpdir(), 'slipway-vap-'))
    try {
      const stdout = new PassThrough()
      let out = ''
      stdout.on('data', (chunk) => (out += chunk))
      const code = await runCli(
        ['validate', '-', '--kubernetes-version', kubernetesVersion, '--format', 'json'],
        [registerValidateCommand],
        { stdout, stderr: new PassThrough(), cwd, stdin: Readable.from([Buffer.from(POLICY)]) },
      )
      const report = JSON.parse(out) as { findings: Array<{ rule: string; severity: string; message: string }> }
      return {
        code,
        findings: report.findings.filter((f) => f.rule.endsWith('-api') || f.rule === 'api-not-yet-served'),
      }
    } finally {
      await rm(cwd, { recursive: true, force: true })
    }
  }

  test('is an error for Kubernetes 1.34 (removed), and the run fails', async () => {
    const { code, findings } = await validateStdin('1.34')
    expect(code).toBe(1)
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'removed-api',
        severity: 'error',
        message: expect.stringContaining('is not served by Kubernetes 1.34: removed in 1.34') as unknown,
      }),
    ])
  })

  test('is a warning for Kubernetes 1.33 (deprecated since 1.31)', async () => {
    const { findings } = await validateStdin('1.33')
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'deprecated-api',
        severity: 'warning',
        message: expect.stringContaining('deprecated since 1.31, removed in 1.34') as unknown,
      }),
    ])
  })
})

describe('the removal table agrees with the Kubernetes OpenAPI catalogs', () => {
  // Every catalog in ../shared/upstream/kubernetes-openapi (v1.28 … v1.36 at present): a new
  // release's catalog dropped there is cross-checked without editing this test.
  const versions = readdirSync(join(UPSTREAM_DIR, 'kubernetes-openapi'))
    .map((name) => /^v(\d+\.\d+)\.swagger\.json$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .sort((a, b) => parseMinor(a) - parseMinor(b))
  // Every group/version/kind each catalog serves, from `x-kubernetes-group-version-kind`.
  // DeleteOptions/WatchEvent carry GVKs of every group version ever registered, so skip them.
  const served = new Map<string, Set<string>>()
  for (const version of versions) {
    const spec = JSON.parse(
      readFileSync(join(UPSTREAM_DIR, 'kubernetes-openapi', `v${version}.swagger.json`), 'utf8'),
    ) as {
      definitions: Record<
        string,
        { 'x-kubernetes-group-version-kind'?: Array<{ group: string; version: string; kind: string }> }
      >
    }
    const set = new Set<string>()
    for (const definition of Object.values(spec.definitions)) {
      for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
        if (gvk.kind === 'DeleteOptions' || gvk.kind === 'WatchEvent' || gvk.kind.endsWith('List')) continue
        set.add(`${gvk.group}/${gvk.version}/${gvk.kind}`)
      }
    }
    served.set(version, set)
  }
  const key = (group: string, version: string, kind: string) => `${group}/${version}/${kind}`

  test('there are catalogs to check against', () => {
    expect(versions.length).toBeGreaterThanOrEqual(2)
  })

  // An API listed as removedIn X is in no catalog >= X, and in every catalog < X from its
  // introduction on (and in none before it).
  test.each(API_DEPRECATIONS.map((entry) => [key(entry.group, entry.version, entry.kind), entry] as const))(
    '%s',
    (_name, entry) => {
      const gvk = key(entry.group, entry.version, entry.kind)
      const apiVersion = entry.group ? `${entry.group}/${entry.version}` : entry.version
      const introducedIn = entry.introducedIn ?? findIntroduction(apiVersion, entry.kind)?.availableSince
      for (const version of versions) {
        const set = served.get(version)!
        const removed = entry.removedIn !== undefined && parseMinor(version) >= parseMinor(entry.removedIn)
        const notYet = introducedIn !== undefined && parseMinor(version) < parseMinor(introducedIn)
        expect(
          set.has(gvk),
          `${gvk} in v${version} (introducedIn ${introducedIn ?? '-'}, removedIn ${entry.removedIn ?? '-'})`,
        ).toBe(!removed && !notYet)
        if (entry.replacement) {
          const { group, version: replacementVersion } = splitGroupVersion(entry.replacement.apiVersion)
          const available =
            entry.replacement.availableSince === undefined ||
            parseMinor(version) >= parseMinor(entry.replacement.availableSince)
          if (available)
            expect(
              set.has(key(group, replacementVersion, entry.replacement.kind)),
              `replacement of ${gvk} in v${version}`,
            ).toBe(true)
        }
      }
    },
  )

  test.each(
    API_INTRODUCTIONS.map(
      (entry) => [`${key(entry.group, entry.version, entry.kind)} since ${entry.availableSince}`, entry] as const,
    ),
  )('introduced: %s', (_name, entry) => {
    const gvk = key(entry.group, entry.version, entry.kind)
    const removedIn = API_DEPRECATIONS.find((e) => key(e.group, e.version, e.kind) === gvk)?.removedIn
    for (const version of versions) {
      const minor = parseMinor(version)
      const expected =
        minor >= parseMinor(entry.availableSince) && (removedIn === undefined || minor < parseMinor(removedIn))
      expect(served.get(version)!.has(gvk), `${gvk} in v${version}`).toBe(expected)
    }
  })

  test('every beta or GA API that appears between two catalogs is in the introductions table, within the bracket', () => {
    const missing: string[] = []
    for (let i = 1; i < versions.length; i++) {
      const before = served.get(versions[i - 1]!)!
      for (const gvk of served.get(versions[i]!)!) {
        if (before.has(gvk) || /\/v\d+alpha\d+\//.test(gvk)) continue
        const entry = API_INTRODUCTIONS.find((e) => key(e.group, e.version, e.kind) === gvk)
        const since = entry ? parseMinor(entry.availableSince) : undefined
        if (since === undefined || since > parseMinor(versions[i]!) || since <= parseMinor(versions[i - 1]!))
          missing.push(`${gvk} (new in v${versions[i]})`)
      }
    }
    expect(missing).toEqual([])
  })

  test('every beta or GA API that disappears between two catalogs is in the table', () => {
    const missing: string[] = []
    for (let i = 1; i < versions.length; i++) {
      const before = served.get(versions[i - 1]!)!
      const after = served.get(versions[i]!)!
      for (const gvk of before) {
        if (after.has(gvk) || /\/v\d+alpha\d+\//.test(gvk)) continue
        const entry = API_DEPRECATIONS.find((e) => key(e.group, e.version, e.kind) === gvk)
        if (
          !entry?.removedIn ||
          parseMinor(entry.removedIn) > parseMinor(versions[i]!) ||
          parseMinor(entry.removedIn) <= parseMinor(versions[i - 1]!)
        )
          missing.push(`${gvk} (gone in v${versions[i]})`)
      }
    }
    expect(missing).toEqual([])
  })
})

function splitGroupVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/')
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
}
