import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseYamlStream } from '../../src/manifests/yaml-stream.js'
import type { Resource } from '../../src/manifests/resource.js'

/** A fresh temporary directory and its cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `slipway-${prefix}-`))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Parses YAML that must hold exactly one resource. */
export function resourceOf(yaml: string): Resource {
  const { resources, errors } = parseYamlStream(yaml, 'test.yaml')
  if (errors.length > 0 || resources.length !== 1) throw new Error(`test YAML must hold one resource: ${JSON.stringify(errors)}`)
  return resources[0] as Resource
}

/** A valid apps/v1 Deployment; `spec` fields can be overridden. */
export function deployment(changes: Record<string, unknown> = {}): Resource {
  const resource = resourceOf(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api-gateway
  namespace: trading
  labels: {app: api-gateway}
  creationTimestamp: null
spec:
  replicas: 3
  selector: {matchLabels: {app: api-gateway}}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 25%, maxUnavailable: 1}
  template:
    metadata: {labels: {app: api-gateway}}
    spec:
      securityContext: {runAsNonRoot: true, runAsUser: 1000}
      containers:
      - name: api-gateway
        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/api-gateway:1.2.3
        imagePullPolicy: IfNotPresent
        ports: [{containerPort: 8080, protocol: TCP}]
        readinessProbe: {httpGet: {path: /ready, port: http}}
        resources:
          requests: {cpu: 250m, memory: 256Mi}
          limits: {cpu: 1, memory: 1Gi}
`)
  return withChanges(resource, changes)
}

/**
 * Applies changes given as JSON pointer → value (`undefined` deletes the field) to a
 * resource's object, creating objects on the way, and returns the resource.
 */
export function withChanges(resource: Resource, changes: Record<string, unknown>): Resource {
  for (const [pointer, value] of Object.entries(changes)) {
    const tokens = pointer.slice(1).split('/')
    const last = tokens.pop() as string
    let node = resource.object as Record<string, unknown>
    for (const token of tokens) node = (node[token] ??= {}) as Record<string, unknown>
    if (value === undefined) delete node[last]
    else node[last] = value
  }
  return resource
}
