/**
 * Issue 2 benchmark: `slipway validate` end to end against the floor — the same overlays
 * rendered by plain `kubectl kustomize` (same parallelism) in the same run — and
 * validation throughput on a large synthetic pre-rendered stream.
 * Targets (measured, not asserted): end-to-end ≤ 1.25× floor + 300 ms; ≥ 10,000 resources/s.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { discoverEnvironments } from '../src/render/index.js'
import { kustomizeBuild, resolveKustomize } from '../src/render/kustomize.js'
import { importOpenApi } from '../src/schemas/index.js'
import { validate } from '../src/validation/validate.js'

const REPO_ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const UPSTREAM = resolve(REPO_ROOT, '../shared/upstream')

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

function syntheticStream(count: number): string {
  const docs: string[] = []
  for (let i = 0; i < count; i++) {
    const name = `svc-${i}`
    switch (i % 3) {
      case 0:
        docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: bench
  labels: {app.kubernetes.io/name: ${name}}
spec:
  replicas: 3
  selector:
    matchLabels: {app.kubernetes.io/name: ${name}}
  template:
    metadata:
      labels: {app.kubernetes.io/name: ${name}}
    spec:
      containers:
        - name: app
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:v1.0.0
          ports: [{containerPort: 8080, name: http}]
          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 500m, memory: 256Mi}}
          readinessProbe: {httpGet: {path: /ready, port: http}}
`)
        break
      case 1:
        docs.push(`apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: bench
spec:
  selector: {app.kubernetes.io/name: ${name}}
  ports: [{name: http, port: 80, targetPort: http}]
`)
        break
      default:
        docs.push(`apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: bench
data:
  LOG_LEVEL: info
  REGION: us-east-1
`)
    }
  }
  // A default-deny NetworkPolicy, so the stream is clean (every pod isolated) like a real one.
  docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: bench
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`)
  return docs.join('---\n')
}

export async function run(): Promise<void> {
  const cores = availableParallelism()
  const discovery = await discoverEnvironments({ repoRoot: REPO_ROOT })
  const command = await resolveKustomize()
  const dirs = discovery.environments.map((env) => join(REPO_ROOT, env.path))
  const floor = async () => {
    let next = 0
    await Promise.all(
      Array.from({ length: Math.min(cores, dirs.length) }, async () => {
        while (next < dirs.length) await kustomizeBuild(command, dirs[next++]!)
      }),
    )
  }
  await floor() // warm the page cache
  const floorMs = await median(5, floor)
  const validateMs = await median(5, () => validate({ repoRoot: REPO_ROOT }))
  console.log(`reference platform, ${dirs.length} environments, ${cores} cores (${command.display})`)
  console.log(`  floor (plain ${command.display}):  ${floorMs.toFixed(0)} ms`)
  console.log(`  slipway validate (offline):      ${validateMs.toFixed(0)} ms`)
  console.log(
    `  ratio: ${(validateMs / floorMs).toFixed(2)}x; budget 1.25x + 300 ms = ${(floorMs * 1.25 + 300).toFixed(0)} ms -> ${validateMs <= floorMs * 1.25 + 300 ? 'within' : 'OVER'}`,
  )

  const work = await mkdtemp(join(tmpdir(), 'slipway-bench-'))
  try {
    const openapi = join(UPSTREAM, 'kubernetes-openapi/v1.33.swagger.json')
    const locations: string[] = []
    if (existsSync(openapi)) {
      await importOpenApi(openapi, join(work, 'catalog'))
      locations.push(join(work, 'catalog'))
    }
    const count = 30_000
    const file = join(work, 'stream.yaml')
    await writeFile(file, syntheticStream(count))
    await validate({ repoRoot: work, paths: [file], schemaLocations: locations }) // warm the schema cache
    const ms = await median(3, () => validate({ repoRoot: work, paths: [file], schemaLocations: locations }))
    console.log(
      `pre-rendered stream: ${count} resources (${locations.length ? 'strict 1.33 catalog' : 'shipped 1.33 catalogs'})`,
    )
    console.log(
      `  slipway validate end to end (parse, schemas, policies, checks): ${ms.toFixed(0)} ms -> ${Math.round(count / (ms / 1000))} resources/s (target >= 10,000)`,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
