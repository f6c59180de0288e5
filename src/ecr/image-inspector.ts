/**
 * Reads what a registry already holds for a tag (digest and labels) and adds tags to an
 * existing image without rebuilding it — through skopeo, which works against ECR (with the
 * credentials `amazon-ecr-login` writes) and any OCI registry, and is preinstalled on
 * GitHub's Ubuntu runners. skopeo-inspect(1), skopeo-copy(1).
 */
import { ExecError } from '../errors.js'
import { AWS_ENV, CONTAINER_ENV, execFile, tryExecFile } from '../util/exec.js'

/** Image tools talk to ECR: they get the container settings and the AWS credentials (and nothing else of the job's environment). */
const IMAGE_TOOL_ENV = [...CONTAINER_ENV, ...AWS_ENV]

/** A pushed image as the registry reports it. */
export interface RemoteImage {
  digest: string
  labels: Record<string, string>
}

/** Registry reads and retags used by publish. */
export interface ImageInspector {
  /** The image a reference names, or `undefined` when the tag (or repository) does not exist. */
  inspect(reference: string): Promise<RemoteImage | undefined>
  /** Points `targetReference` at the manifest `sourceReference` names, keeping its digest. */
  copy(sourceReference: string, targetReference: string): Promise<void>
}

/** skopeo-backed {@link ImageInspector}. */
export class SkopeoInspector implements ImageInspector {
  constructor(private readonly options: { insecureRegistry?: boolean; timeoutMs?: number } = {}) {}

  /** @throws {ExecError} when skopeo fails for another reason than a missing tag/repository. */
  async inspect(reference: string): Promise<RemoteImage | undefined> {
    const args = ['inspect', '--no-tags']
    if (this.options.insecureRegistry) args.push('--tls-verify=false')
    args.push(`docker://${reference}`)
    const result = await tryExecFile('skopeo', args, {
      passEnv: IMAGE_TOOL_ENV,
      timeoutMs: this.options.timeoutMs ?? 120_000,
    })
    if (result.exitCode !== 0) {
      if (
        /manifest unknown|name unknown|not found|MANIFEST_UNKNOWN|NAME_UNKNOWN|RepositoryNotFound/i.test(result.stderr)
      )
        return undefined
      throw new ExecError(
        `skopeo inspect ${reference} failed: ${result.stderr.trim()}`,
        'skopeo',
        result.exitCode,
        result.stderr,
      )
    }
    const parsed = JSON.parse(result.stdout) as { Digest?: string; Labels?: Record<string, string> | null }
    if (!parsed.Digest) throw new ExecError(`skopeo inspect ${reference} reported no digest`, 'skopeo', 0, '')
    return { digest: parsed.Digest, labels: parsed.Labels ?? {} }
  }

  /** @throws {ExecError} when the copy fails. */
  async copy(sourceReference: string, targetReference: string): Promise<void> {
    const args = ['copy', '--all', '--preserve-digests']
    if (this.options.insecureRegistry) args.push('--src-tls-verify=false', '--dest-tls-verify=false')
    args.push(`docker://${sourceReference}`, `docker://${targetReference}`)
    await execFile('skopeo', args, { passEnv: IMAGE_TOOL_ENV, timeoutMs: this.options.timeoutMs ?? 600_000 })
  }
}
