/**
 * Image builders: `docker buildx build --push` where a Docker engine runs (GitHub runners),
 * `buildah` where none does. Both take the same request and report the pushed digest.
 *
 * Flags: docs.docker.com/reference/cli/docker/buildx/build (`--push`, `--metadata-file`,
 * whose `containerimage.digest` is the pushed digest); buildah-build(1), buildah-push(1)
 * (`--digestfile`), buildah(1) global `--storage-driver`, `--root`, `--runroot`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UsageError } from '../errors.js'
import { AWS_ENV, CONTAINER_ENV, execFile, tryExecFile } from '../util/exec.js'

/** Image tools talk to ECR: they get the container settings and the AWS credentials (and nothing else of the job's environment). */
const IMAGE_TOOL_ENV = [...CONTAINER_ENV, ...AWS_ENV]

/** What to build and where to push it. */
export interface BuildRequest {
  /** Absolute build context directory. */
  context: string
  /** Absolute Dockerfile/Containerfile path. Default: `<context>/Dockerfile` (buildah also tries Containerfile). */
  dockerfile?: string
  /** Full references to push, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.2.3`. All get the same digest. */
  references: string[]
  /** Image labels (OCI annotations keys). */
  labels: Record<string, string>
  /** `linux/amd64`, …; default the builder's platform. */
  platforms?: string[]
}

/** The pushed image. */
export interface BuildResult {
  /** `sha256:…` of the pushed manifest (or index, for multi-platform builds). */
  digest: string
}

/** A way of building and pushing images. */
export interface Builder {
  readonly name: 'buildx' | 'buildah'
  /** @throws {ExecError} when the build or a push fails. */
  buildAndPush(request: BuildRequest): Promise<BuildResult>
}

/** Options shared by the builders. */
export interface BuilderOptions {
  /** Push over plain HTTP / without TLS verification (a local test registry only). */
  insecureRegistry?: boolean
  /** buildah: storage driver (`vfs` works without fuse-overlayfs or privileges). Default `vfs`. */
  storageDriver?: string
  /** buildah: `--root` and `--runroot` for isolated storage (tests). */
  root?: string
  runroot?: string
  /** buildah: `--isolation`. Default `chroot` (works without a user namespace setup). */
  isolation?: 'chroot' | 'oci' | 'rootless'
  /** Per-command timeout, ms. Default 30 minutes. */
  timeoutMs?: number
}

const DIGEST = /^sha256:[a-f0-9]{64}$/

/** `docker buildx build --push`. */
export class BuildxBuilder implements Builder {
  readonly name = 'buildx' as const
  constructor(private readonly options: BuilderOptions = {}) {}

  async buildAndPush(request: BuildRequest): Promise<BuildResult> {
    const scratch = await mkdtemp(join(tmpdir(), 'slipway-buildx-'))
    try {
      const metadata = join(scratch, 'metadata.json')
      const args = ['buildx', 'build', '--push', '--metadata-file', metadata]
      if (request.dockerfile) args.push('--file', request.dockerfile)
      for (const reference of request.references) args.push('--tag', reference)
      for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`)
      if (request.platforms?.length) args.push('--platform', request.platforms.join(','))
      args.push('--', request.context)
      await execFile('docker', args, { passEnv: IMAGE_TOOL_ENV, timeoutMs: this.options.timeoutMs ?? 1_800_000 })
      const parsed = JSON.parse(await readFile(metadata, 'utf8')) as Record<string, unknown>
      const digest = parsed['containerimage.digest']
      if (typeof digest !== 'string' || !DIGEST.test(digest))
        throw new Error(`docker buildx did not report a pushed digest in ${metadata}`)
      return { digest }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
}

/** `buildah build`, then `buildah push --digestfile` to each reference. */
export class BuildahBuilder implements Builder {
  readonly name = 'buildah' as const
  constructor(private readonly options: BuilderOptions = {}) {}

  private global(): string[] {
    const args = ['--storage-driver', this.options.storageDriver ?? 'vfs']
    if (this.options.root) args.push('--root', this.options.root)
    if (this.options.runroot) args.push('--runroot', this.options.runroot)
    return args
  }

  async buildAndPush(request: BuildRequest): Promise<BuildResult> {
    if ((request.platforms?.length ?? 0) > 1)
      throw new UsageError('the buildah builder builds one platform at a time; use buildx for multi-platform images')
    const timeoutMs = this.options.timeoutMs ?? 1_800_000
    const scratch = await mkdtemp(join(tmpdir(), 'slipway-buildah-'))
    try {
      const iidfile = join(scratch, 'iid')
      const args = [...this.global(), 'build', '--isolation', this.options.isolation ?? 'chroot', '--iidfile', iidfile]
      if (request.dockerfile) args.push('--file', request.dockerfile)
      for (const reference of request.references) args.push('--tag', reference)
      for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`)
      if (request.platforms?.length) args.push('--platform', request.platforms[0]!)
      args.push(request.context)
      await execFile('buildah', args, { passEnv: IMAGE_TOOL_ENV, timeoutMs })
      const imageId = (await readFile(iidfile, 'utf8')).trim()
      let digest: string | undefined
      for (const [index, reference] of request.references.entries()) {
        const digestfile = join(scratch, `digest-${index}`)
        const push = [...this.global(), 'push', '--digestfile', digestfile]
        if (this.options.insecureRegistry) push.push('--tls-verify=false')
        push.push(imageId, `docker://${reference}`)
        await execFile('buildah', push, { passEnv: IMAGE_TOOL_ENV, timeoutMs })
        const pushed = (await readFile(digestfile, 'utf8')).trim()
        if (!DIGEST.test(pushed)) throw new Error(`buildah push reported no digest for ${reference}`)
        if (digest && pushed !== digest)
          throw new Error(`buildah pushed ${reference} as ${pushed}, but the other tags as ${digest}`)
        digest = pushed
      }
      if (!digest) throw new UsageError('nothing to push: no image references')
      // The local copy is not needed once pushed; keep the storage small on runners.
      await tryExecFile('buildah', [...this.global(), 'rmi', '--force', imageId], {
        passEnv: IMAGE_TOOL_ENV,
        timeoutMs: 120_000,
      })
      return { digest }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
}

/** Which builder {@link createBuilder} should return. */
export type BuilderKind = 'auto' | 'buildx' | 'buildah'

/**
 * Chooses a builder: `auto` picks buildx when a Docker engine answers `docker info`,
 * otherwise buildah.
 *
 * @throws {UsageError} for an unknown kind.
 */
export async function createBuilder(kind: BuilderKind | string, options: BuilderOptions = {}): Promise<Builder> {
  switch (kind) {
    case 'buildx':
      return new BuildxBuilder(options)
    case 'buildah':
      return new BuildahBuilder(options)
    case 'auto':
      return (await dockerEngineRuns()) ? new BuildxBuilder(options) : new BuildahBuilder(options)
    default:
      throw new UsageError(`unknown builder "${kind}"; expected auto, buildx or buildah`)
  }
}

async function dockerEngineRuns(): Promise<boolean> {
  try {
    return (
      (
        await tryExecFile('docker', ['info', '--format', '{{.ServerVersion}}'], {
          passEnv: IMAGE_TOOL_ENV,
          timeoutMs: 15_000,
        })
      ).exitCode === 0
    )
  } catch {
    return false
  }
}
