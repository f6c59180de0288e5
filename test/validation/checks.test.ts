import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { KubernetesObject } from '../../src/manifests/resource.js'
import type { ApplicationInfo, RenderResult } from '../../src/render/environment.js'
import {
  ALL_CHECKS,
  globMatch,
  isDestinationPermitted,
  isSourcePermitted,
  runChecks,
  runChecksWith,
  type CheckContext,
} from '../../src/validation/checks/index.js'
import { deployment, hpa, modified, resources, scaledObject } from './fixtures/build.js'

const repoRoot = mkdtempSync(join(tmpdir(), 'slipway-checks-'))
mkdirSync(join(repoRoot, 'manifests/overlays/production'), { recursive: true })
afterAll(() => rmSync(repoRoot, { recursive: true, force: true }))

function result(
  objects: KubernetesObject[],
  name = 'production',
  application?: Partial<ApplicationInfo>,
  path = 'manifests/overlays/production',
): RenderResult {
  const app: ApplicationInfo | undefined = application && {
    name,
    namespace: 'argocd',
    project: 'trading',
    destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' },
    repoURL: 'https://github.com/acme/gitops.git',
    file: 'manifests/argocd/apps.yaml',
    ...application,
  }
  return {
    environment: {
      name,
      path,
      type: app ? 'argocd-application' : 'kustomize',
      kubernetesVersion: '1.33',
      ...(app ? { application: app } : {}),
    },
    resources: resources(...objects),
    renderMs: 1,
    findings: [],
  }
}

const service = (
  name = 'web',
  selector: Record<string, string> = { 'app.kubernetes.io/name': name },
  labels: Record<string, string> = { 'app.kubernetes.io/name': name },
): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop', labels },
  spec: { selector, ports: [{ name: 'http-metrics', port: 9090 }] },
})
const serviceAccount = (name = 'web'): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace: 'shop' },
})
const pdb = (spec: Record<string, unknown>, name = 'web'): KubernetesObject => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name, namespace: 'shop' },
  spec: { selector: { matchLabels: { 'app.kubernetes.io/name': name } }, ...spec },
})
const networkPolicy = (podSelector: Record<string, unknown>): KubernetesObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'np', namespace: 'shop' },
  spec: { podSelector, policyTypes: ['Ingress'] },
})
const configMap = (name: string, data: Record<string, string>): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'shop' },
  data,
})
const externalSecret = (name: string, spec: Record<string, unknown>): KubernetesObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name, namespace: 'shop' },
  spec: { secretStoreRef: { name: 'aws', kind: 'SecretStore' }, ...spec },
})
const secretStore = (kind = 'SecretStore', name = 'aws'): KubernetesObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind,
  metadata: kind === 'SecretStore' ? { name, namespace: 'shop' } : { name },
  spec: {},
})
const virtualService = (spec: Record<string, unknown>): KubernetesObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name: 'web', namespace: 'shop' },
  spec,
})
const destinationRule = (host: string): KubernetesObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'DestinationRule',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { host },
})
const serviceMonitor = (spec: Record<string, unknown>): KubernetesObject => ({
  apiVersion: 'monitoring.coreos.com/v1',
  kind: 'ServiceMonitor',
  metadata: { name: 'web', namespace: 'shop' },
  spec,
})
const project = (spec: Record<string, unknown>, name = 'trading'): KubernetesObject => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'AppProject',
  metadata: { name, namespace: 'argocd' },
  spec,
})

const withEnv = (d: KubernetesObject, env: unknown[], extra: Record<string, unknown> = {}) =>
  modified(d, (copy) => {
    copy.spec.template.spec.containers[0].env = env
    Object.assign(copy.spec.template.spec, extra)
  })
const C0 = '/spec/template/spec/containers/0'

// check id, case, context, expected JSON pointers (empty = passes)
type Case = [string, string, Partial<CheckContext> & { results: RenderResult[] }, string[]]
const cases: Case[] = [
  ['dangling-service', 'selector matches a pod template', { results: [result([deployment(), service()])] }, []],
  [
    'dangling-service',
    'selector matches nothing',
    { results: [result([deployment(), service('web', { 'app.kubernetes.io/name': 'wbe' })])] },
    ['/spec/selector'],
  ],
  [
    'dangling-service',
    'pods in another namespace',
    { results: [result([deployment('web', { namespace: 'other' }), service()])] },
    ['/spec/selector'],
  ],
  [
    'dangling-hpa',
    'target rendered',
    { results: [result([deployment('web', { replicas: undefined }), hpa('web', 3)])] },
    [],
  ],
  ['dangling-hpa', 'target missing', { results: [result([hpa('web', 3)])] }, ['/spec/scaleTargetRef/name']],
  [
    'hpa-min-above-max',
    'min 3 max 10',
    { results: [result([deployment('web', { replicas: undefined }), hpa('web', 3, 10)])] },
    [],
  ],
  [
    'hpa-min-above-max',
    'min 5 max 3',
    { results: [result([deployment('web', { replicas: undefined }), hpa('web', 5, 3)])] },
    ['/spec/minReplicas'],
  ],
  [
    'hpa-replicas-conflict',
    'HPA and no replicas',
    { results: [result([deployment('web', { replicas: undefined }), hpa('web', 3)])] },
    [],
  ],
  [
    'hpa-replicas-conflict',
    'HPA and replicas',
    { results: [result([deployment('web', { replicas: 5 }), hpa('web', 3)])] },
    ['/spec/replicas'],
  ],
  ['pdb-blocks-eviction', 'minAvailable 2 of 3', { results: [result([deployment(), pdb({ minAvailable: 2 })])] }, []],
  [
    'pdb-blocks-eviction',
    'minAvailable 3 of 3',
    { results: [result([deployment(), pdb({ minAvailable: 3 })])] },
    ['/spec/minAvailable'],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 100%',
    { results: [result([deployment(), pdb({ minAvailable: '100%' })])] },
    ['/spec/minAvailable'],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 50% of 1',
    { results: [result([deployment('web', { replicas: 1 }), pdb({ minAvailable: '50%' })])] },
    ['/spec/minAvailable'],
  ],
  [
    'pdb-blocks-eviction',
    'maxUnavailable 0',
    { results: [result([deployment(), pdb({ maxUnavailable: 0 })])] },
    ['/spec/maxUnavailable'],
  ],
  [
    'pdb-blocks-eviction',
    'maxUnavailable "0%"',
    { results: [result([deployment(), pdb({ maxUnavailable: '0%' })])] },
    ['/spec/maxUnavailable'],
  ],
  ['pdb-blocks-eviction', 'maxUnavailable 1', { results: [result([deployment(), pdb({ maxUnavailable: 1 })])] }, []],
  [
    'pdb-blocks-eviction',
    'minAvailable 2, replicas unset, HPA min 2',
    { results: [result([deployment('web', { replicas: undefined }), hpa('web', 2), pdb({ minAvailable: 2 })])] },
    ['/spec/minAvailable'],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 2, replicas unset, HPA min 3',
    { results: [result([deployment('web', { replicas: undefined }), hpa('web', 3), pdb({ minAvailable: 2 })])] },
    [],
  ],
  // Autoscaled workloads are judged by their autoscaler's minimum, not spec.replicas (kube-linter pdb-min-available).
  [
    'pdb-blocks-eviction',
    'minAvailable 1, replicas 1, KEDA minReplicaCount 2',
    {
      results: [result([deployment('web', { replicas: 1 }), scaledObject('web', 2), pdb({ minAvailable: 1 })])],
    },
    [],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 1, replicas 3, KEDA minReplicaCount 1',
    {
      results: [result([deployment('web', { replicas: 3 }), scaledObject('web', 1), pdb({ minAvailable: 1 })])],
    },
    ['/spec/minAvailable'],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 1, replicas 3, KEDA minReplicaCount unset (0)',
    {
      results: [result([deployment('web', { replicas: 3 }), scaledObject('web', undefined), pdb({ minAvailable: 1 })])],
    },
    ['/spec/minAvailable'],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 50%, KEDA minReplicaCount 4',
    {
      results: [
        result([deployment('web', { replicas: undefined }), scaledObject('web', 4), pdb({ minAvailable: '50%' })]),
      ],
    },
    [],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 1, replicas 1, HPA min 2',
    { results: [result([deployment('web', { replicas: 1 }), hpa('web', 2), pdb({ minAvailable: 1 })])] },
    [],
  ],
  [
    'pdb-blocks-eviction',
    'minAvailable 1, replicas 3, HPA minReplicas unset (1)',
    { results: [result([deployment('web', { replicas: 3 }), hpa('web', undefined), pdb({ minAvailable: 1 })])] },
    ['/spec/minAvailable'],
  ],
  [
    'pdb-blocks-eviction',
    'ScaledObject in another namespace does not count',
    {
      results: [
        result([deployment('web', { replicas: 3 }), scaledObject('web', 1, 'other'), pdb({ minAvailable: 1 })]),
      ],
    },
    [],
  ],
  [
    'hpa-replicas-conflict',
    'KEDA ScaledObject and replicas',
    { results: [result([deployment('web', { replicas: 2 }), scaledObject('web', 2)])] },
    ['/spec/replicas'],
  ],
  [
    'hpa-replicas-conflict',
    'KEDA ScaledObject and no replicas',
    { results: [result([deployment('web', { replicas: undefined }), scaledObject('web', 2)])] },
    [],
  ],
  ['non-isolated-pod', 'default-deny selects all', { results: [result([deployment(), networkPolicy({})])] }, []],
  [
    'non-isolated-pod',
    'policy selects other pods',
    { results: [result([deployment(), networkPolicy({ matchLabels: { 'app.kubernetes.io/name': 'db' } })])] },
    ['/spec/template/metadata/labels'],
  ],
  ['non-isolated-pod', 'no policy', { results: [result([deployment()])] }, ['/spec/template/metadata/labels']],
  ['non-existent-service-account', 'rendered', { results: [result([deployment(), serviceAccount()])] }, []],
  [
    'non-existent-service-account',
    'missing',
    { results: [result([deployment()])] },
    ['/spec/template/spec/serviceAccountName'],
  ],
  [
    'non-existent-service-account',
    'default',
    { results: [result([modified(deployment(), (d) => (d.spec.template.spec.serviceAccountName = 'default'))])] },
    [],
  ],
  [
    'missing-config-ref',
    'configMapKeyRef present',
    {
      results: [
        result([
          withEnv(deployment(), [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'LOG_LEVEL' } } }]),
          configMap('cfg', { LOG_LEVEL: 'info' }),
        ]),
      ],
    },
    [],
  ],
  [
    'missing-config-ref',
    'configMapKeyRef missing key',
    {
      results: [
        result([
          withEnv(deployment(), [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'LOG_LVL' } } }]),
          configMap('cfg', { LOG_LEVEL: 'info' }),
        ]),
      ],
    },
    [`${C0}/env/0/valueFrom/configMapKeyRef/key`],
  ],
  [
    'missing-config-ref',
    'secretKeyRef not rendered',
    {
      results: [
        result([withEnv(deployment(), [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'TOKEN' } } }])]),
      ],
    },
    [`${C0}/env/0/valueFrom/secretKeyRef/name`],
  ],
  [
    'missing-config-ref',
    'secretKeyRef optional',
    {
      results: [
        result([
          withEnv(deployment(), [
            { name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'TOKEN', optional: true } } },
          ]),
        ]),
      ],
    },
    [],
  ],
  [
    'missing-config-ref',
    'secret from ExternalSecret target.name with that secretKey',
    {
      results: [
        result([
          withEnv(deployment(), [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'TOKEN' } } }]),
          externalSecret('es', {
            target: { name: 'creds' },
            data: [{ secretKey: 'TOKEN', remoteRef: { key: 'prod/web' } }],
          }),
          secretStore(),
        ]),
      ],
    },
    [],
  ],
  [
    'missing-config-ref',
    'ExternalSecret lacks the secretKey',
    {
      results: [
        result([
          withEnv(deployment(), [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'TOKEN' } } }]),
          externalSecret('creds', { data: [{ secretKey: 'PASSWORD', remoteRef: { key: 'prod/web' } }] }),
          secretStore(),
        ]),
      ],
    },
    [`${C0}/env/0/valueFrom/secretKeyRef/key`],
  ],
  [
    'missing-config-ref',
    'ExternalSecret dataFrom provides any key',
    {
      results: [
        result([
          withEnv(deployment(), [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'TOKEN' } } }]),
          externalSecret('creds', { dataFrom: [{ extract: { key: 'prod/web' } }] }),
          secretStore(),
        ]),
      ],
    },
    [],
  ],
  [
    'missing-config-ref',
    'envFrom configMapRef missing',
    {
      results: [
        result([
          modified(
            deployment(),
            (d) => (d.spec.template.spec.containers[0].envFrom = [{ configMapRef: { name: 'platform' } }]),
          ),
        ]),
      ],
    },
    [`${C0}/envFrom/0/configMapRef/name`],
  ],
  [
    'missing-config-ref',
    'volume secret missing',
    {
      results: [
        result([
          modified(
            deployment(),
            (d) => (d.spec.template.spec.volumes = [{ name: 'tls', secret: { secretName: 'tls' } }]),
          ),
        ]),
      ],
    },
    ['/spec/template/spec/volumes/0/secret/secretName'],
  ],
  [
    'missing-config-ref',
    'projected configMap item key missing',
    {
      results: [
        result([
          modified(
            deployment(),
            (d) =>
              (d.spec.template.spec.volumes = [
                {
                  name: 'p',
                  projected: { sources: [{ configMap: { name: 'cfg', items: [{ key: 'x.yaml', path: 'x.yaml' }] } }] },
                },
              ]),
          ),
          configMap('cfg', { 'y.yaml': '' }),
        ]),
      ],
    },
    ['/spec/template/spec/volumes/0/projected/sources/0/configMap/items/0/key'],
  ],
  [
    'externalsecret-store-missing',
    'SecretStore rendered',
    { results: [result([externalSecret('creds', {}), secretStore()])] },
    [],
  ],
  [
    'externalsecret-store-missing',
    'SecretStore missing',
    { results: [result([externalSecret('creds', {})])] },
    ['/spec/secretStoreRef/name'],
  ],
  [
    'externalsecret-store-missing',
    'ClusterSecretStore rendered',
    {
      results: [
        result([
          externalSecret('creds', { secretStoreRef: { name: 'aws', kind: 'ClusterSecretStore' } }),
          secretStore('ClusterSecretStore'),
        ]),
      ],
    },
    [],
  ],
  [
    'externalsecret-store-missing',
    'SecretStore of that name does not satisfy ClusterSecretStore',
    {
      results: [
        result([
          externalSecret('creds', { secretStoreRef: { name: 'aws', kind: 'ClusterSecretStore' } }),
          secretStore(),
        ]),
      ],
    },
    ['/spec/secretStoreRef/name'],
  ],
  [
    'istio-host-unknown',
    'short host with Service',
    {
      results: [
        result([
          service(),
          deployment(),
          virtualService({ hosts: ['web'], http: [{ route: [{ destination: { host: 'web' } }] }] }),
          destinationRule('web.shop.svc.cluster.local'),
        ]),
      ],
    },
    [],
  ],
  [
    'istio-host-unknown',
    'route to a missing Service',
    {
      results: [
        result([service(), virtualService({ hosts: ['web'], http: [{ route: [{ destination: { host: 'webb' } }] }] })]),
      ],
    },
    ['/spec/http/0/route/0/destination/host'],
  ],
  [
    'istio-host-unknown',
    'DestinationRule FQDN in another namespace',
    { results: [result([service(), destinationRule('web.other.svc.cluster.local')])] },
    ['/spec/host'],
  ],
  [
    'istio-host-unknown',
    'external host is not checked',
    {
      results: [
        result([
          virtualService({
            hosts: ['api.example.com'],
            gateways: ['gw'],
            http: [{ route: [{ destination: { host: 'web' } }] }],
          }),
          service(),
        ]),
      ],
    },
    [],
  ],
  [
    'servicemonitor-selects-nothing',
    'selects a Service with the port',
    {
      results: [
        result([
          service(),
          serviceMonitor({
            selector: { matchLabels: { 'app.kubernetes.io/name': 'web' } },
            endpoints: [{ port: 'http-metrics' }],
          }),
        ]),
      ],
    },
    [],
  ],
  [
    'servicemonitor-selects-nothing',
    'selects nothing',
    {
      results: [
        result([
          service(),
          serviceMonitor({ selector: { matchLabels: { app: 'web' } }, endpoints: [{ port: 'http-metrics' }] }),
        ]),
      ],
    },
    ['/spec/selector'],
  ],
  [
    'servicemonitor-selects-nothing',
    'port name not on the Service',
    {
      results: [
        result([
          service(),
          serviceMonitor({
            selector: { matchLabels: { 'app.kubernetes.io/name': 'web' } },
            endpoints: [{ port: 'metrics' }],
          }),
        ]),
      ],
    },
    ['/spec/endpoints/0/port'],
  ],
  [
    'duplicate-resource-across-apps',
    'two apps, two clusters',
    {
      results: [
        result([deployment()], 'production', {}),
        result([deployment()], 'production-dr', {
          destination: { server: 'https://dr.example.com', namespace: 'shop' },
        }),
      ],
    },
    [],
  ],
  [
    'duplicate-resource-across-apps',
    'two apps, same cluster',
    {
      results: [
        result([deployment()], 'production', {}),
        result([modified(deployment(), (d) => delete d.metadata.namespace)], 'production-copy', {}),
      ],
    },
    [''],
  ],
  ['argocd-app-path-missing', 'path exists', { results: [result([], 'production', {})] }, []],
  [
    'argocd-app-path-missing',
    'path missing',
    { results: [result([], 'production', {}, 'manifests/overlays/prod')] },
    ['/spec/source/path'],
  ],
  [
    'argocd-destination-not-permitted',
    'permitted by glob',
    {
      results: [result([deployment()], 'production', {})],
      projects: [
        project({ sourceRepos: ['https://github.com/acme/*'], destinations: [{ server: '*', namespace: 'sh*' }] }),
      ],
    },
    [],
  ],
  [
    'argocd-destination-not-permitted',
    'namespace not permitted',
    {
      results: [result([deployment()], 'production', {})],
      projects: [
        project({
          sourceRepos: ['*'],
          destinations: [{ server: 'https://kubernetes.default.svc', namespace: 'payments' }],
        }),
      ],
    },
    ['/spec/destination'],
  ],
  [
    'argocd-destination-not-permitted',
    'denied by !',
    {
      results: [result([deployment()], 'production', {})],
      projects: [
        project({
          sourceRepos: ['*'],
          destinations: [
            { server: '*', namespace: '*' },
            { server: '*', namespace: '!shop' },
          ],
        }),
      ],
    },
    ['/spec/destination'],
  ],
  [
    'argocd-destination-not-permitted',
    'resource namespace not permitted',
    {
      results: [result([deployment('web', { namespace: 'kube-system' })], 'production', {})],
      projects: [project({ sourceRepos: ['*'], destinations: [{ server: '*', namespace: 'shop' }] })],
    },
    ['/spec/destination'],
  ],
  [
    'argocd-destination-not-permitted',
    'source repo not permitted',
    {
      results: [result([deployment()], 'production', {})],
      projects: [
        project({ sourceRepos: ['https://github.com/other/*'], destinations: [{ server: '*', namespace: '*' }] }),
      ],
    },
    ['/spec/source/repoURL'],
  ],
  [
    'argocd-destination-not-permitted',
    'project not declared',
    { results: [result([deployment()], 'production', {})], projects: [] },
    ['/spec/project'],
  ],
]

describe('cross-resource checks', () => {
  test('every check has a failing and a passing case', () => {
    for (const check of ALL_CHECKS) {
      expect(
        cases.some((c) => c[0] === check.id && c[3].length > 0),
        `failing case for ${check.id}`,
      ).toBe(true)
      expect(
        cases.some((c) => c[0] === check.id && c[3].length === 0),
        `passing case for ${check.id}`,
      ).toBe(true)
    }
  })

  test.each(cases)('%s: %s', (id, _name, partial, pointers) => {
    const check = ALL_CHECKS.find((c) => c.id === id)!
    const findings = runChecksWith([check], { repoRoot, projects: [], ...partial })
    expect(findings.map((finding) => finding.path ?? '').sort()).toEqual([...pointers].sort())
    for (const finding of findings) {
      expect(finding.rule).toBe(id)
      expect(finding.severity).toBe(check.severity)
      expect(finding.environment).toBeTruthy()
      expect(finding.resource?.name).toBeTruthy()
      expect(finding.message.length).toBeGreaterThan(10)
    }
  })

  test('messages name what is wrong', () => {
    const [missingKey] = runChecks({
      repoRoot,
      projects: [],
      results: [
        result([
          withEnv(deployment(), [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'LOG_LVL' } } }]),
          configMap('cfg', { LOG_LEVEL: 'info' }),
        ]),
      ],
    }).filter((f) => f.rule === 'missing-config-ref')
    expect(missingKey?.message).toBe('ConfigMap cfg has no key LOG_LVL (it has LOG_LEVEL)')
    const [blocked] = runChecks({
      repoRoot,
      projects: [],
      results: [result([deployment('web', { replicas: undefined }), hpa('web', 2), pdb({ minAvailable: 2 })])],
    }).filter((f) => f.rule === 'pdb-blocks-eviction')
    expect(blocked?.message).toContain('HorizontalPodAutoscaler web minReplicas 2')
    const [scaledToZero] = runChecks({
      repoRoot,
      projects: [],
      results: [result([deployment('web', { replicas: 3 }), scaledObject('web', undefined), pdb({ minAvailable: 1 })])],
    }).filter((f) => f.rule === 'pdb-blocks-eviction')
    expect(scaledToZero?.message).toBe(
      "minAvailable 1 requires 1 of Deployment web's 1 replica(s) at ScaledObject web minReplicaCount 0 (scaled to zero it has no pod; at one pod none can be evicted) to stay up, so no pod can be evicted; node drains will hang",
    )
  })

  test('options: disabled, severity, per-environment overrides', () => {
    const context: CheckContext = {
      repoRoot,
      projects: [],
      results: [result([deployment()], 'staging'), result([deployment()], 'production')],
    }
    const rule = (findings: ReturnType<typeof runChecks>) =>
      findings.filter((f) => f.rule === 'non-isolated-pod').map((f) => `${f.environment}:${f.severity}`)
    expect(rule(runChecks(context))).toEqual(['staging:warning', 'production:warning'])
    expect(rule(runChecks(context, { disabled: ['non-isolated-pod'] }))).toEqual([])
    expect(rule(runChecks(context, { severity: { 'non-isolated-pod': 'error' } }))).toEqual([
      'staging:error',
      'production:error',
    ])
    expect(rule(runChecks(context, { severity: { 'non-isolated-pod': 'off' } }))).toEqual([])
    expect(
      rule(
        runChecks(context, {
          overrides: { 'non-isolated-pod': { severity: 'off', environments: { production: 'error' } } },
        }),
      ),
    ).toEqual(['production:error'])
  })

  test('a failed render is skipped, not reported as dangling everything', () => {
    expect(runChecks({ repoRoot, projects: [], results: [result([])] })).toEqual([])
  })
})

describe('Argo CD AppProject matching', () => {
  test.each([
    ['*', 'anything', undefined, true],
    ['team-*', 'team-a', undefined, true],
    ['!team-*', 'team-a', undefined, false],
    ['https://github.com/acme/*', 'https://github.com/acme/gitops', '/', true],
    ['https://github.com/acme/*', 'https://github.com/acme/x/y', '/', false],
    ['https://github.com/acme/**', 'https://github.com/acme/x/y', '/', true],
    ['{staging,production}', 'production', undefined, true],
  ])('globMatch(%s, %s) = %s', (pattern, value, separator, expected) => {
    expect(globMatch(pattern, value, separator)).toBe(expected)
  })

  test('deny entries win over allow entries', () => {
    const p = project({
      destinations: [
        { server: '*', namespace: '*' },
        { server: '!https://prod.example.com', namespace: '*' },
      ],
    })
    expect(isDestinationPermitted(p, { server: 'https://staging.example.com', namespace: 'a' })).toBe(true)
    expect(isDestinationPermitted(p, { server: 'https://prod.example.com', namespace: 'a' })).toBe(false)
    expect(
      isDestinationPermitted(project({ destinations: [{ name: 'in-cluster', namespace: '*' }] }), {
        name: 'in-cluster',
        namespace: 'x',
      }),
    ).toBe(true)
  })

  test('source repositories compare normalised URLs', () => {
    const p = project({ sourceRepos: ['https://github.com/Acme/GitOps.git', '!https://github.com/acme/secret'] })
    expect(isSourcePermitted(p, 'https://github.com/acme/gitops')).toBe(true)
    expect(isSourcePermitted(p, 'https://github.com/acme/secret')).toBe(false)
  })
})

describe('rule descriptions', () => {
  test('describeChecks lists every check once, plus the API rules', async () => {
    const { describeChecks } = await import('../../src/validation/checks/index.js')
    const ids = describeChecks().map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ALL_CHECKS.map((check) => check.id), 'removed-api', 'deprecated-api', 'api-not-yet-served'])
  })
})
