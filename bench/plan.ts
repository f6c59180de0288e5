/**
 * `npm run bench plan`: the cost of `slipway plan`.
 *
 * 1. The reference platform (`manifests/`), base + head, every environment (`--all`),
 *    against the floor: two plain `kubectl kustomize` renders of every environment in the
 *    same run, at the same parallelism. Target ≤ 1.3×.
 * 2. A synthetic repository of 100 services × 3 environments (300 Kustomize roots): the full
 *    plan (`--all`, 600 builds) and a one-service change (only its 3 environments are
 *    affected). Targets ≤ 60 s and ≤ 5 s on 2 cores.
 *
 * Measured, not asserted.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPlan } from '../src/plan/plan.js'
import { execFile } from '../src/util/exec.js'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
}
const git = (cwd: string, ...args: string[]) => execFile('git', args, { cwd, env: GIT_ENV })

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const value = await fn()
  return [performance.now() - started, value]
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++] as T)
    }),
  )
}

async function floor(dirs: string[]): Promise<number> {
  const [ms] = await time(() =>
    pool(dirs, availableParallelism(), (dir) =>
      execFile('kubectl', ['kustomize', dir, '--load-restrictor', 'LoadRestrictionsRootOnly']),
    ),
  )
  return ms
}

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
}

function service(name: string, image: string): Record<string, string> {
  return {
    [`manifests/base/${name}/kustomization.yaml`]: 'resources:\n  - deployment.yaml\n  - service.yaml\n',
    [`manifests/base/${name}/deployment.yaml`]: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n          ports:\n            - containerPort: 8080\n          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n`,
    [`manifests/base/${name}/service.yaml`]: `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - port: 80\n      targetPort: 8080\n`,
  }
}

function synthetic(services: number, envs: string[], tag: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < services; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`
    Object.assign(files, service(name, `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:${tag}`))
    for (const env of envs) {
      files[`manifests/overlays/${env}-${name}/kustomization.yaml`] =
        `namespace: ${env}\nresources:\n  - ../../base/${name}\nconfigMapGenerator:\n  - name: ${name}-config\n    literals:\n      - ENVIRONMENT=${env}\n      - SERVICE=${name}\nreplicas:\n  - name: ${name}\n    count: ${env === 'production' ? 3 : 1}\n`
    }
  }
  return files
}

/** Prints the reference-platform ratio and the synthetic timings. */
export async function run(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'slipway-bench-plan-'))
  try {
    // 1. Reference platform.
    const ref = join(work, 'reference')
    await mkdir(ref)
    await cp(join(REPO_ROOT, 'manifests'), join(ref, 'manifests'), { recursive: true })
    await git(ref, 'init', '-q', '-b', 'main')
    await git(ref, 'add', '-A')
    await git(ref, 'commit', '-qm', 'base')
    const overlays = ['staging', 'production', 'production-dr'].map((env) => join(ref, 'manifests/overlays', env))
    await floor(overlays) // warm the page cache and kubectl
    const floorMs = await floor([...overlays, ...overlays])
    const [planMs, planRun] = await time(() => createPlan({ cwd: ref, base: 'HEAD', head: 'HEAD', all: true }))
    console.log(
      `reference platform: plan --all (${planRun.plan.environments.length} environments, base + head) ${planMs.toFixed(0)} ms; floor (2 × kubectl kustomize of each) ${floorMs.toFixed(0)} ms; ratio ${(planMs / floorMs).toFixed(2)}× (target ≤ 1.3×)`,
    )

    // 2. Synthetic: 100 services × 3 environments.
    const synth = join(work, 'synthetic')
    const envs = ['dev', 'staging', 'production']
    await writeFiles(synth, synthetic(100, envs, 'v1.0.0'))
    await git(synth, 'init', '-q', '-b', 'main')
    await git(synth, 'add', '-A')
    await git(synth, 'commit', '-qm', 'base')
    await writeFiles(synth, synthetic(100, envs, 'v1.1.0'))
    await git(synth, 'commit', '-qam', 'release every service')
    const [fullMs, full] = await time(() => createPlan({ cwd: synth, base: 'HEAD~1', head: 'HEAD', all: true }))
    console.log(
      `synthetic 100 services × 3 environments: full plan (${full.plan.environments.length} environments, ${full.plan.totals.changed} changes) ${(fullMs / 1000).toFixed(1)} s (target ≤ 60 s)`,
    )
    await git(synth, 'checkout', '-q', 'HEAD~1')
    await writeFiles(synth, service('svc-042', '123456789012.dkr.ecr.us-east-1.amazonaws.com/svc-042:v1.0.1'))
    const [oneMs, one] = await time(() => createPlan({ cwd: synth, base: 'HEAD' }))
    console.log(
      `synthetic: one-service change, working tree (${one.plan.environments.length} affected of ${one.plan.environments.length + one.plan.skipped.length}, ${one.plan.totals.changed} changes) ${(oneMs / 1000).toFixed(2)} s (target ≤ 5 s)`,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
