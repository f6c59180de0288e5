import { UsageError } from '../errors.js'

/** A parsed Kubernetes release: `1.33`, `v1.33.2`, `1.33.2-eks-1234`. */
export interface KubernetesVersion {
  major: number
  minor: number
  patch?: number
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+][0-9A-Za-z.+-]*)?$/

/**
 * Parses a Kubernetes version as users write it (flag, config, action input, deprecation
 * table): `X.Y`, with an optional `v` prefix, patch and pre-release/build suffix (EKS's
 * `v1.31.4-eks-1234`). The one parser every domain uses.
 *
 * @throws {UsageError} naming the value when it is not a version.
 */
export function parseKubernetesVersion(text: string): KubernetesVersion {
  const match = VERSION.exec(text.trim())
  if (!match) throw new UsageError(`invalid Kubernetes version "${text}" (expected X.Y, e.g. 1.33)`)
  const version: KubernetesVersion = { major: Number(match[1]), minor: Number(match[2]) }
  if (match[3] !== undefined) version.patch = Number(match[3])
  return version
}

/** `v1.33.2` → `1.33`: the minor release an environment targets. @throws {UsageError} as {@link parseKubernetesVersion}. */
export function minorVersion(text: string): string {
  const { major, minor } = parseKubernetesVersion(text)
  return `${major}.${minor}`
}

/**
 * Orders Kubernetes versions by minor release (`1.9` before `1.28`; patches and suffixes
 * ignored), for `Array.prototype.sort`.
 *
 * @throws {UsageError} as {@link parseKubernetesVersion}.
 */
export function compareKubernetesVersions(a: string, b: string): number {
  const left = parseKubernetesVersion(a)
  const right = parseKubernetesVersion(b)
  return left.major - right.major || left.minor - right.minor
}
