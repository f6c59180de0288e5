/**
 * Synthetic repositories for `npm run bench` and the sharding tests: N services × the
 * environments `dev`, `staging`, `production`, laid out as the reference platform is
 * (`manifests/base/<service>` + `manifests/overlays/<group>-<env>`), four resources per
 * service (Deployment, Service, ServiceAccount, ConfigMap). Services are grouped into
 * teams of `groupSize` (one overlay — one Argo CD Application — per team and environment,
 * as monorepos with hundreds of Applications are): a single Kustomize root with 1,000
 * services takes kustomize itself many minutes (it grows as N^1.8). Each overlay sets
 * `namespace:`, one `images:` entry per service (the list that makes Kustomize's origin
 * annotations blow up, issue 13) and `replicas:` per service.
 *
 * With `findings`, every environment also has defects that validate reports with a
 * location: a strategic-merge patch file adding an unknown field (`spec.replica`) to every
 * tenth Deployment and the first of each team (schema error in the patch) and a Service whose selector matches no pod
 * (a cross-resource check, located in the base file).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Options of {@link generateRepository}. */
export interface SyntheticOptions {
  /** Number of services (each 4 resources per environment). */
  services: number
  /** Add findings to every environment. Default false. */
  findings?: boolean
  /** Environment (overlay) names. Default `dev`, `staging`, `production`. */
  environments?: string[]
  /** Services per overlay. Default 20. */
  groupSize?: number
  /** Image tag every `images:` entry sets. Default `v1.0.0`. */
  tag?: string
}

/** The environments of a synthetic repository unless given. */
export const SYNTHETIC_ENVIRONMENTS = ['dev', 'staging', 'production']

const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com'

/** `svc-0007`: zero-padded so files sort as numbers do. */
export function serviceName(index: number): string {
  return `svc-${String(index).padStart(4, '0')}`
}

/**
 * The files of a synthetic repository, repository-relative path → content.
 *
 * @returns about 4 files per service plus one kustomization (and one patch file with findings) per environment.
 */
export function syntheticFiles(options: SyntheticOptions): Record<string, string> {
  const files: Record<string, string> = {}
  const environments = options.environments ?? SYNTHETIC_ENVIRONMENTS
  const names = Array.from({ length: options.services }, (_, i) => serviceName(i))
  const size = Math.max(1, options.groupSize ?? 20)
  // Every tenth service, and the first of each team, so that every environment has findings.
  const isBroken = (i: number) => options.findings === true && (i % 10 === 0 || i % size === 0)
  for (const [i, name] of names.entries()) {
    const broken = isBroken(i)
    files[`manifests/base/${name}/kustomization.yaml`] =
      'resources:\n  - deployment.yaml\n  - service.yaml\n  - serviceaccount.yaml\n  - configmap.yaml\n'
    files[`manifests/base/${name}/deployment.yaml`] = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      serviceAccountName: ${name}
      containers:
        - name: app
          image: ${REGISTRY}/${name}:v0.0.0
          ports:
            - containerPort: 8080
              name: http
          envFrom:
            - configMapRef:
                name: ${name}
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /ready
              port: http
`
    files[`manifests/base/${name}/service.yaml`] = `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app.kubernetes.io/name: ${broken ? `${name}-typo` : name}
  ports:
    - name: http
      port: 80
      targetPort: http
`
    files[`manifests/base/${name}/serviceaccount.yaml`] = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
`
    files[`manifests/base/${name}/configmap.yaml`] = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
data:
  LOG_LEVEL: info
`
  }
  for (let start = 0; start < names.length; start += size) {
    const group = names.slice(start, start + size)
    const team = `team-${String(start / size).padStart(2, '0')}`
    writeOverlays(files, team, group, environments, options, isBroken)
  }
  return files
}

function writeOverlays(
  files: Record<string, string>,
  team: string,
  names: string[],
  environments: string[],
  options: SyntheticOptions,
  isBroken: (i: number) => boolean,
): void {
  for (const env of environments) {
    const dir = `manifests/overlays/${team}-${env}`
    // A default-deny NetworkPolicy keeps the clean repository clean (every pod isolated).
    files[`${dir}/networkpolicy.yaml`] =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n'
    const lines = [
      `namespace: ${team}-${env}`,
      'resources:',
      '  - networkpolicy.yaml',
      ...names.map((name) => `  - ../../base/${name}`),
      'images:',
    ]
    for (const name of names) lines.push(`  - name: ${REGISTRY}/${name}`, `    newTag: ${options.tag ?? 'v1.0.0'}`)
    lines.push('replicas:')
    for (const name of names) lines.push(`  - name: ${name}`, `    count: ${env === 'production' ? 3 : 1}`)
    if (options.findings) {
      lines.push('patches:', '  - path: findings.yaml')
      const patches = names
        .filter((name) => isBroken(Number(name.slice(4))))
        .map((name) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replica: 2\n`)
      files[`${dir}/findings.yaml`] = patches.join('---\n')
    }
    files[`${dir}/kustomization.yaml`] = `${lines.join('\n')}\n`
  }
}

/** Writes {@link syntheticFiles} under `root` (created as needed). */
export async function generateRepository(root: string, options: SyntheticOptions): Promise<void> {
  const files = syntheticFiles(options)
  const dirs = new Set(Object.keys(files).map((path) => dirname(join(root, path))))
  for (const dir of dirs) await mkdir(dir, { recursive: true })
  await Promise.all(Object.entries(files).map(([path, content]) => writeFile(join(root, path), content)))
}
