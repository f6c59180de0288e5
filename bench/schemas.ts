/**
 * Schema-layer benchmark: cost of importing a catalog, of the first lookup + compile of a
 * kind (cold), and validation throughput on a large synthetic pre-rendered stream (warm),
 * with the YAML parse measured separately. Target (measured, not asserted): ≥ 10,000
 * resources/s on 2 cores for pre-rendered YAML.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseYamlStream } from '../src/manifests/yaml-stream.js'
import type { Resource } from '../src/manifests/resource.js'
import { createSchemaValidator, importCrds, importOpenApi, type SchemaValidator } from '../src/schemas/index.js'

const REPO_ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const UPSTREAM = resolve(REPO_ROOT, '../shared/upstream')
const COUNT = 10_000

function document(i: number): string {
  const name = `svc-${i}`
  switch (i % 5) {
    case 0:
      return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: bench, labels: {app: ${name}}}
spec:
  replicas: 3
  selector: {matchLabels: {app: ${name}}}
  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}}
  template:
    metadata: {labels: {app: ${name}}, annotations: {prometheus.io/scrape: "true"}}
    spec:
      serviceAccountName: ${name}
      securityContext: {runAsNonRoot: true, runAsUser: 1000}
      containers:
      - name: app
        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:v1.0.0
        ports: [{containerPort: 8080, name: http}]
        securityContext: {readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 1, memory: 256Mi}}
        readinessProbe: {httpGet: {path: /ready, port: http}}
        livenessProbe: {httpGet: {path: /live, port: http}, periodSeconds: 10}
`
    case 1:
      return `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: bench}
spec:
  selector: {app: ${name}}
  ports: [{name: http, port: 80, targetPort: http}]
`
    case 2:
      return `apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}, namespace: bench}
data: {LOG_LEVEL: info, REGION: us-east-1}
`
    case 3:
      return `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: ${name}, namespace: bench}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  minReplicas: 3
  maxReplicas: 10
  metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]
`
    default:
      return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}, namespace: argocd}
spec:
  project: trading
  source: {repoURL: https://github.com/example/gitops.git, targetRevision: main, path: manifests/overlays/staging}
  destination: {server: https://kubernetes.default.svc, namespace: bench}
  syncPolicy: {automated: {prune: true, selfHeal: true}, syncOptions: [CreateNamespace=true]}
`
  }
}

async function throughput(
  validator: SchemaValidator,
  resources: readonly Resource[],
): Promise<{ perSecond: number; errors: number; sources: Record<string, number> }> {
  const sources: Record<string, number> = {}
  let errors = 0
  const started = performance.now()
  for (const resource of resources) {
    const result = await validator.validate(resource)
    sources[result.source] = (sources[result.source] ?? 0) + 1
    errors += result.findings.filter((finding) => finding.severity === 'error').length
  }
  return { perSecond: resources.length / ((performance.now() - started) / 1000), errors, sources }
}

/** Prints the measurements. */
export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-bench-schemas-'))
  try {
    let started = performance.now()
    await importOpenApi(join(UPSTREAM, 'kubernetes-openapi', 'v1.33.swagger.json'), join(dir, 'k8s'))
    console.log(`import-openapi v1.33: ${Math.round(performance.now() - started)} ms`)
    started = performance.now()
    await importCrds([join(UPSTREAM, 'crds-yaml', 'argo-cd', 'application-crd.yaml')], join(dir, 'crds'))
    console.log(`import-crd Argo CD Application: ${Math.round(performance.now() - started)} ms`)

    const text = Array.from({ length: COUNT }, (_, i) => document(i)).join('---\n')
    started = performance.now()
    const { resources } = parseYamlStream(text, 'synthetic.yaml')
    const parseMs = performance.now() - started
    console.log(
      `parse ${resources.length} documents: ${Math.round(parseMs)} ms (${Math.round(resources.length / (parseMs / 1000))} docs/s)`,
    )

    const validator = createSchemaValidator({
      kubernetesVersion: '1.33',
      locations: [join(dir, 'k8s'), join(dir, 'crds')],
    })
    started = performance.now()
    for (let i = 0; i < 5; i++) await validator.validate(resources[i] as Resource)
    console.log(
      `cold: first lookup + compile of 5 kinds (catalog + CRD): ${Math.round(performance.now() - started)} ms`,
    )
    const warm = await throughput(validator, resources)
    console.log(
      `catalog validation: ${Math.round(warm.perSecond)} resources/s (${warm.errors} errors; ${JSON.stringify(warm.sources)})`,
    )
    console.log(
      `parse + validate: ${Math.round(resources.length / (parseMs / 1000 + resources.length / warm.perSecond))} resources/s (target ≥ 10,000)`,
    )

    started = performance.now()
    const shipped = createSchemaValidator({ kubernetesVersion: '1.33', locations: [] })
    console.log(`shipped catalogs: open the index: ${Math.round(performance.now() - started)} ms`)
    started = performance.now()
    for (let i = 0; i < 5; i++) await shipped.validate(resources[i] as Resource)
    console.log(
      `shipped catalogs cold: decompress, lookup + compile of 5 kinds: ${Math.round(performance.now() - started)} ms`,
    )
    const builtin = await throughput(shipped, resources)
    console.log(
      `shipped catalogs: ${Math.round(builtin.perSecond)} resources/s (${builtin.errors} errors; ${JSON.stringify(builtin.sources)})`,
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run()
