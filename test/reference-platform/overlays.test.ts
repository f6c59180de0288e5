import { beforeAll, describe, expect, test } from 'vitest'
import type { KubernetesObject } from '../../src/manifests/resource.js'
import {
  ENVIRONMENTS,
  HPA_SERVICES,
  SERVICES,
  byName,
  containersOf,
  get,
  renderFailedOver,
  renderOverlay,
  type EnvironmentName,
} from './render.js'

const rendered = {} as Record<EnvironmentName, KubernetesObject[]>

beforeAll(async () => {
  const objects = await Promise.all(ENVIRONMENTS.map((env) => renderOverlay(env)))
  ENVIRONMENTS.forEach((env, i) => (rendered[env] = objects[i]!))
})

const EXPECTED_KINDS = {
  Namespace: 1,
  ConfigMap: 1,
  ServiceAccount: 8,
  Service: 7,
  Deployment: 7,
  PodDisruptionBudget: 7,
  HorizontalPodAutoscaler: 2,
  ExternalSecret: 7,
  SecretStore: 1,
  ServiceMonitor: 7,
  DestinationRule: 7,
  VirtualService: 7,
  NetworkPolicy: 12,
  PeerAuthentication: 2,
}

/** production and production-dr also serve the public name: components/public-edge (Gateway + VirtualService). */
const EDGE_KINDS = { Gateway: 1, VirtualService: 8 }
const expectedKinds = (env: EnvironmentName) =>
  env === 'staging' ? EXPECTED_KINDS : { ...EXPECTED_KINDS, ...EDGE_KINDS }

const DIGEST_IMAGE =
  /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/trading\/([a-z-]+):(v\d+\.\d+\.\d+)@(sha256:[0-9a-f]{64})$/

/** `service → {region, tag, digest}` from the Deployments' images; fails on an unpinned image. */
function pins(objects: readonly KubernetesObject[]): Map<string, { region: string; tag: string; digest: string }> {
  const result = new Map<string, { region: string; tag: string; digest: string }>()
  for (const deployment of byName(objects, 'Deployment').values()) {
    for (const container of containersOf(deployment)) {
      const match = DIGEST_IMAGE.exec(String(container.image))
      expect(
        match,
        `${deployment.metadata?.name}: ${String(container.image)} is not <ecr>/trading/<svc>:<tag>@sha256:<64 hex>`,
      ).not.toBeNull()
      result.set(match![3]!, { region: match![2]!, tag: match![4]!, digest: match![5]! })
    }
  }
  return result
}

/** Replica count a Deployment runs with: `spec.replicas`, or its HPA's minimum. */
function minimumReplicas(objects: readonly KubernetesObject[], name: string): number {
  const hpa = byName(objects, 'HorizontalPodAutoscaler').get(name)
  if (hpa) return Number(get(hpa, 'spec', 'minReplicas'))
  return Number(get(byName(objects, 'Deployment').get(name), 'spec', 'replicas') ?? 1)
}

describe.each(ENVIRONMENTS)('overlay %s', (env) => {
  test('renders every expected resource, all in the trading namespace', () => {
    const counts: Record<string, number> = {}
    for (const object of rendered[env]) counts[String(object.kind)] = (counts[String(object.kind)] ?? 0) + 1
    expect(counts).toEqual(expectedKinds(env))
    const outside = rendered[env].filter((o) => o.kind !== 'Namespace' && o.metadata?.namespace !== 'trading')
    expect(outside.map((o) => `${o.kind}/${o.metadata?.name}`)).toEqual([])
    expect(get(byName(rendered[env], 'Namespace').get('trading'), 'metadata', 'labels', 'istio-injection')).toBe(
      'enabled',
    )
  })

  test('no Deployment that has an HPA sets replicas (Argo CD would fight the HPA)', () => {
    const deployments = byName(rendered[env], 'Deployment')
    const hpaTargets = [...byName(rendered[env], 'HorizontalPodAutoscaler').values()].map((h) =>
      get(h, 'spec', 'scaleTargetRef', 'name'),
    )
    expect(hpaTargets.sort()).toEqual([...HPA_SERVICES].sort())
    for (const name of HPA_SERVICES) expect(get(deployments.get(name), 'spec', 'replicas'), name).toBeUndefined()
  })

  test('every PodDisruptionBudget lets a node drain evict a pod', () => {
    for (const [name, pdb] of byName(rendered[env], 'PodDisruptionBudget')) {
      const replicas = minimumReplicas(rendered[env], name)
      const minAvailable = get(pdb, 'spec', 'minAvailable')
      const maxUnavailable = get(pdb, 'spec', 'maxUnavailable')
      if (minAvailable !== undefined)
        expect(Number(minAvailable), `${name}: minAvailable vs ${replicas} replicas`).toBeLessThan(replicas)
      else expect(Number(maxUnavailable), `${name}: maxUnavailable`).toBeGreaterThanOrEqual(1)
    }
  })

  test('every Deployment is hardened, probed, sized, spread and labelled', () => {
    for (const [name, deployment] of byName(rendered[env], 'Deployment')) {
      const pod = get(deployment, 'spec', 'template', 'spec')
      expect(get(pod, 'securityContext'), name).toMatchObject({
        runAsNonRoot: true,
        runAsUser: 1000,
        runAsGroup: 1000,
        seccompProfile: { type: 'RuntimeDefault' },
      })
      expect(get(pod, 'topologySpreadConstraints') ?? get(pod, 'affinity', 'podAntiAffinity'), name).toBeTruthy()
      for (const container of containersOf(deployment)) {
        expect(container.securityContext, name).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        })
        expect(container.livenessProbe, name).toBeTruthy()
        expect(container.readinessProbe, name).toBeTruthy()
        expect(Object.keys(get(container, 'resources', 'requests') as object).sort(), name).toEqual(['cpu', 'memory'])
        expect(Object.keys(get(container, 'resources', 'limits') as object).sort(), name).toEqual(['cpu', 'memory'])
      }
      expect(get(deployment, 'spec', 'template', 'metadata', 'annotations'), name).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': '9090',
        'prometheus.io/path': '/metrics',
      })
      const labels = get(deployment, 'spec', 'template', 'metadata', 'labels') as Record<string, string>
      expect(labels, name).toMatchObject({
        'app.kubernetes.io/name': name,
        'app.kubernetes.io/instance': name,
        'app.kubernetes.io/version': 'v1.4.2',
        'app.kubernetes.io/part-of': 'trading-platform',
        'app.kubernetes.io/managed-by': 'argocd',
      })
      expect(labels.team && labels['cost-centre'] && labels['app.kubernetes.io/component'], name).toBeTruthy()
      // Selectors stay on the name label only, so label changes never touch an immutable selector.
      expect(get(deployment, 'spec', 'selector'), name).toEqual({ matchLabels: { 'app.kubernetes.io/name': name } })
    }
  })

  test('config, secret, service account, store and mesh references all resolve', () => {
    const objects = rendered[env]
    const configMaps = byName(objects, 'ConfigMap')
    const secretKeys = new Map(
      [...byName(objects, 'ExternalSecret').values()].map((es) => [
        String(get(es, 'spec', 'target', 'name')),
        (get(es, 'spec', 'data') as Array<{ secretKey: string }>).map((d) => d.secretKey),
      ]),
    )
    const stores = byName(objects, 'SecretStore')
    for (const es of byName(objects, 'ExternalSecret').values())
      expect(stores.has(String(get(es, 'spec', 'secretStoreRef', 'name')))).toBe(true)
    const accounts = byName(objects, 'ServiceAccount')
    expect(
      accounts.has(
        String(
          get(stores.get('aws-secrets-manager'), 'spec', 'provider', 'aws', 'auth', 'jwt', 'serviceAccountRef', 'name'),
        ),
      ),
    ).toBe(true)
    for (const [name, deployment] of byName(objects, 'Deployment')) {
      expect(get(accounts.get(name), 'metadata', 'annotations', 'eks.amazonaws.com/role-arn')).toBe(
        `arn:aws:iam::123456789012:role/trading-${name}`,
      )
      expect(get(deployment, 'spec', 'template', 'spec', 'serviceAccountName')).toBe(name)
      for (const container of containersOf(deployment)) {
        for (const from of (container.envFrom as Array<{ configMapRef?: { name: string } }>) ?? []) {
          if (from.configMapRef)
            expect(configMaps.has(from.configMapRef.name), `${name}: ConfigMap ${from.configMapRef.name}`).toBe(true)
        }
        for (const variable of (container.env as Array<{
          valueFrom?: { secretKeyRef?: { name: string; key: string } }
        }>) ?? []) {
          const ref = variable.valueFrom?.secretKeyRef
          if (ref) expect(secretKeys.get(ref.name), `${name}: Secret ${ref.name} key ${ref.key}`).toContain(ref.key)
        }
      }
    }
    const services = byName(objects, 'Service')
    for (const kind of ['VirtualService', 'DestinationRule']) {
      for (const [name, object] of byName(objects, kind)) {
        // A VirtualService bound to a Gateway names public hosts; its route destinations must be Services.
        const bound = kind === 'VirtualService' && Array.isArray(get(object, 'spec', 'gateways'))
        const routes = ((get(object, 'spec', 'http') as unknown[] | undefined) ?? []).flatMap((route) =>
          (get(route, 'route') as unknown[]).map((r) => String(get(r, 'destination', 'host'))),
        )
        const hosts = bound
          ? routes
          : kind === 'VirtualService'
            ? (get(object, 'spec', 'hosts') as string[])
            : [String(get(object, 'spec', 'host'))]
        for (const host of hosts)
          expect(
            services.has(host.replace(/\.trading\.svc\.cluster\.local$/, '')),
            `${kind}/${name} host ${host}`,
          ).toBe(true)
      }
    }
    for (const [name, monitor] of byName(objects, 'ServiceMonitor')) {
      const service = services.get(name)
      expect(get(service, 'metadata', 'labels', 'app.kubernetes.io/name')).toBe(
        get(monitor, 'spec', 'selector', 'matchLabels', 'app.kubernetes.io/name'),
      )
      const portNames = (get(service, 'spec', 'ports') as Array<{ name: string }>).map((p) => p.name)
      expect(portNames).toContain(get(monitor, 'spec', 'endpoints', 0, 'port'))
    }
  })

  test('VirtualServices retry 3 times within a 10 s timeout; DestinationRules break circuits', () => {
    for (const [name, vs] of byName(rendered[env], 'VirtualService')) {
      for (const route of get(vs, 'spec', 'http') as unknown[]) {
        expect(get(route, 'timeout'), name).toBe('10s')
        expect(get(route, 'retries', 'attempts'), name).toBe(3)
      }
    }
    for (const [name, dr] of byName(rendered[env], 'DestinationRule')) {
      expect(get(dr, 'spec', 'trafficPolicy', 'connectionPool'), name).toBeTruthy()
      expect(get(dr, 'spec', 'trafficPolicy', 'outlierDetection', 'consecutive5xxErrors'), name).toBeGreaterThan(0)
    }
    const modes = [...byName(rendered[env], 'PeerAuthentication').values()].map((p) => get(p, 'spec', 'mtls', 'mode'))
    expect(modes).toEqual(['STRICT', 'STRICT'])
  })
})

describe('environment differences', () => {
  test.each([
    [
      'staging',
      {
        'matching-engine': 3,
        'risk-engine': 2,
        settlement: 2,
        'market-data': 2,
        'ml-inference': 1,
        'api-gateway': 3,
        'websocket-gateway': 5,
      },
    ],
    [
      'production',
      {
        'matching-engine': 5,
        'risk-engine': 3,
        settlement: 3,
        'market-data': 3,
        'ml-inference': 3,
        'api-gateway': 5,
        'websocket-gateway': 5,
      },
    ],
    [
      'production-dr',
      {
        'matching-engine': 1,
        'risk-engine': 1,
        settlement: 1,
        'market-data': 1,
        'ml-inference': 1,
        'api-gateway': 1,
        'websocket-gateway': 1,
      },
    ],
  ] as const)('%s runs the intended replicas (HPA minimum for the gateways)', (env, expected) => {
    const actual = Object.fromEntries(SERVICES.map((name) => [name, minimumReplicas(rendered[env], name)]))
    expect(actual).toEqual(expected)
  })

  test('production and production-dr pin the same tag and digest per service; registries follow the region', () => {
    const production = pins(rendered.production)
    const dr = pins(rendered['production-dr'])
    expect([...production.keys()].sort()).toEqual([...SERVICES].sort())
    for (const service of SERVICES) {
      expect(dr.get(service)?.digest, service).toBe(production.get(service)?.digest)
      expect(dr.get(service)?.tag, service).toBe(production.get(service)?.tag)
      expect(production.get(service)?.region).toBe('us-east-1')
      expect(dr.get(service)?.region).toBe('us-west-2')
      expect(pins(rendered.staging).get(service)?.region).toBe('us-east-1')
    }
    expect(new Set([...production.values()].map((p) => p.digest)).size).toBe(SERVICES.length)
  })

  test.each([
    ['staging', 'us-east-1', 'staging', 'debug'],
    ['production', 'us-east-1', 'production', 'info'],
    ['production-dr', 'us-west-2', 'production', 'info'],
  ] as const)(
    '%s reads Secrets Manager in %s under trading/%s/<service>, logs at %s',
    (env, region, secretsEnv, logLevel) => {
      const store = byName(rendered[env], 'SecretStore').get('aws-secrets-manager')
      expect(get(store, 'spec', 'provider', 'aws')).toMatchObject({ service: 'SecretsManager', region })
      for (const [name, es] of byName(rendered[env], 'ExternalSecret')) {
        for (const entry of get(es, 'spec', 'data') as unknown[])
          expect(get(entry, 'remoteRef', 'key')).toBe(`trading/${secretsEnv}/${name}`)
      }
      const config = [...byName(rendered[env], 'ConfigMap').values()][0]
      expect(get(config, 'data')).toMatchObject({
        REGION: region,
        AWS_REGION: region,
        ENVIRONMENT: secretsEnv,
        LOG_LEVEL: logLevel,
      })
    },
  )

  test('HPAs scale as issue 2 states', () => {
    const hpas = byName(rendered.staging, 'HorizontalPodAutoscaler')
    const targets = (hpa: KubernetesObject | undefined) =>
      Object.fromEntries(
        (get(hpa, 'spec', 'metrics') as unknown[]).map((m) => [
          get(m, 'resource', 'name'),
          get(m, 'resource', 'target', 'averageUtilization'),
        ]),
      )
    const api = hpas.get('api-gateway')
    expect([get(api, 'spec', 'minReplicas'), get(api, 'spec', 'maxReplicas')]).toEqual([3, 10])
    expect(targets(api)).toEqual({ cpu: 70, memory: 80 })
    expect(get(api, 'spec', 'behavior', 'scaleUp')).toMatchObject({
      selectPolicy: 'Min',
      policies: [
        { type: 'Percent', value: 100, periodSeconds: 30 },
        { type: 'Pods', value: 4, periodSeconds: 30 },
      ],
    })
    expect(get(api, 'spec', 'behavior', 'scaleDown')).toMatchObject({
      selectPolicy: 'Min',
      policies: [
        { type: 'Percent', value: 50, periodSeconds: 300 },
        { type: 'Pods', value: 2, periodSeconds: 300 },
      ],
    })
    const ws = hpas.get('websocket-gateway')
    expect([get(ws, 'spec', 'minReplicas'), get(ws, 'spec', 'maxReplicas')]).toEqual([5, 20])
    expect(targets(ws)).toEqual({ cpu: 60, memory: 70 })
    expect(get(byName(rendered.production, 'HorizontalPodAutoscaler').get('api-gateway'), 'spec', 'maxReplicas')).toBe(
      10,
    )
  })

  test('production-dr after failover (dr-active) runs production capacity with order entry on', async () => {
    const failedOver = await renderFailedOver()
    for (const name of SERVICES)
      expect(minimumReplicas(failedOver, name), name).toBe(minimumReplicas(rendered.production, name))
    const resources = (objects: readonly KubernetesObject[]) =>
      [...byName(objects, 'Deployment').entries()].map(([name, d]) => [name, containersOf(d)[0]?.resources])
    expect(resources(failedOver)).toEqual(resources(rendered.production))
    expect(resources(rendered['production-dr'])).toEqual(resources(rendered.production))
    const config = (objects: readonly KubernetesObject[]) => get([...byName(objects, 'ConfigMap').values()][0], 'data')
    expect(config(failedOver)).toMatchObject({ DR_ROLE: 'active', ORDER_ENTRY: 'enabled', REGION: 'us-west-2' })
    expect(config(rendered['production-dr'])).toMatchObject({ DR_ROLE: 'standby', ORDER_ENTRY: 'disabled' })
  })
})
