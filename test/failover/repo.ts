import { BatchGetImageCommand, DescribeImageReplicationStatusCommand, ECRClient } from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

/** A real git repository holding a copy of the reference platform, with a bare `origin`. */
export interface PlatformRepo {
  dir: string
  remote: string
  git(...args: string[]): Promise<string>
  read(path: string): Promise<string>
  write(path: string, content: string): Promise<void>
  /** Replaces `from` by `to` in a file; throws when `from` is not there. */
  edit(path: string, from: string | RegExp, to: string): Promise<void>
  /** Commits every change (one commit). */
  commitAll(message: string): Promise<string>
  dispose(): Promise<void>
}

/**
 * Copies the reference platform (`manifests/`, `policies/`, `slipway.yaml`) into a new
 * repository on `main` with one commit, pushed to a bare remote `origin`. Git runs with
 * the test's own identity and environment (the core's git calls see the same).
 */
export async function platformRepo(): Promise<PlatformRepo> {
  const root = await mkdtemp(join(tmpdir(), 'slipway-failover-test-'))
  const dir = join(root, 'work')
  const remote = join(root, 'origin.git')
  await mkdir(dir)
  for (const entry of ['manifests', 'policies', 'slipway.yaml'])
    await cp(join(REPO_ROOT, entry), join(dir, entry), { recursive: true })
  const run = async (cwd: string, args: string[]) => (await execFile('git', args, { cwd, env: GIT_ENV })).stdout
  await run(root, ['init', '-q', '--bare', '-b', 'main', remote])
  await run(dir, ['init', '-q', '-b', 'main'])
  const repo: PlatformRepo = {
    dir,
    remote,
    git: (...args) => run(dir, args),
    read: (path) => readFile(join(dir, path), 'utf8'),
    write: async (path, content) => {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFile(join(dir, path), content)
    },
    edit: async (path, from, to) => {
      const text = await repo.read(path)
      const next = text.replace(from, to)
      if (next === text) throw new Error(`${path}: ${String(from)} not found`)
      await repo.write(path, next)
    },
    commitAll: async (message) => {
      await run(dir, ['add', '-A'])
      await run(dir, ['commit', '-q', '--allow-empty', '-m', message])
      return (await run(dir, ['rev-parse', 'HEAD'])).trim()
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  }
  await repo.commitAll('reference platform')
  await run(dir, ['remote', 'add', 'origin', remote])
  await run(dir, ['push', '-q', 'origin', 'main'])
  return repo
}

/** Sets the git identity for the core's own git calls (commitChange, pushWithRetry). */
export function useGitIdentity(): void {
  Object.assign(process.env, GIT_ENV)
}

export const DR_OVERLAY = 'manifests/overlays/production-dr/kustomization.yaml'
export const PRIMARY_OVERLAY = 'manifests/overlays/production/kustomization.yaml'

/** The reference platform's production digests, by ECR repository. */
export async function referenceDigests(repo: PlatformRepo): Promise<Record<string, string>> {
  const text = await repo.read(PRIMARY_OVERLAY)
  const digests: Record<string, string> = {}
  for (const match of text.matchAll(
    /amazonaws\.com\/(trading\/[a-z-]+)\n\s+newTag: \S+\n\s+digest: (sha256:[0-9a-f]{64})/g,
  ))
    digests[match[1]!] = match[2]!
  return digests
}

const notFound = (name: string) => Object.assign(new Error(name), { name })

/**
 * Fakes Amazon ECR at the SDK boundary (aws-sdk-client-mock): per region, the digests each
 * repository holds; per digest, the replication status us-east-1 reports for us-west-2.
 */
export function fakeEcr(regions: Record<string, Record<string, string[]>>, replication: Record<string, string>) {
  const ecr = mockClient(ECRClient)
  ecr.on(BatchGetImageCommand).callsFake(async (input, getClient) => {
    const region = await getClient().config.region()
    const held = regions[region]?.[input.repositoryName]
    if (!held) throw notFound('RepositoryNotFoundException')
    const images = []
    const failures = []
    for (const id of input.imageIds) {
      if (id.imageDigest && held.includes(id.imageDigest))
        images.push({ repositoryName: input.repositoryName, imageId: { imageDigest: id.imageDigest } })
      else failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' })
    }
    return { images, failures }
  })
  ecr.on(DescribeImageReplicationStatusCommand).callsFake(async (input) => {
    const status = replication[input.imageId.imageDigest]
    if (status === undefined) throw notFound('ImageNotFoundException')
    return {
      repositoryName: input.repositoryName,
      imageId: input.imageId,
      replicationStatuses: [{ region: 'us-west-2', registryId: '123456789012', status }],
    }
  })
  return ecr
}
