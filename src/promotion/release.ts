/**
 * A release is one unit: for each service, the image repository, tag and digest. It comes
 * from `slipway ecr publish`'s output (`--images FILE`), from ECR by tag (`--release`), or
 * from what another environment runs (`--from`).
 */
import { readFile } from 'node:fs/promises'
import semver from 'semver'
import { ConfigError, UsageError } from '../errors.js'
import type { EcrConfig } from '../config/sections/ecr.js'
import { parseReleaseTag } from '../ecr/publish.js'

/** One service of a release. */
export interface ReleaseImage {
  /** ECR repository name, e.g. `trading/api-gateway`. */
  repository: string
  /** Image tag written as `newTag` (`v1.5.0`, or `sha-1a2b3c4`). */
  tag: string
  /** `sha256:` + 64 hex. */
  digest: string
}

/** A release: its name and its images by service. */
export interface ReleaseUnit {
  /** `vX.Y.Z` (or `sha-<hex>` for an untagged build). */
  name: string
  images: Record<string, ReleaseImage>
}

const DIGEST = /^sha256:[a-f0-9]{64}$/
const SHA_TAG = /^sha-[0-9a-f]{7,40}$/

/**
 * Checks a release name given on the command line, in a file or a dispatch input: a
 * semver release tag `vX.Y.Z[-pre]` (see {@link parseReleaseTag}) or `sha-<7..40 hex>`.
 * Anything else — spaces, `;`, `$(…)`, quotes, newlines — is refused before it is used.
 *
 * @throws {UsageError} naming the value.
 */
export function parseReleaseName(value: string, where = '--release'): string {
  if (SHA_TAG.test(value)) return value
  try {
    return parseReleaseTag(value)
  } catch {
    throw new UsageError(
      `${where}: ${JSON.stringify(value)} is not a release (vMAJOR.MINOR.PATCH with an optional -prerelease, or sha-<hex>)`,
    )
  }
}

/** Orders releases newest first by semver; `sha-` names sort after every tag. */
export function compareReleasesDesc(a: string, b: string): number {
  const va = semver.valid(a.replace(/^v/, ''))
  const vb = semver.valid(b.replace(/^v/, ''))
  if (va && vb) return semver.rcompare(va, vb)
  if (va) return -1
  if (vb) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** True when `a` is an earlier release than `b` (both semver tags); false when either is not. */
export function isEarlierRelease(a: string, b: string): boolean {
  const va = semver.valid(a.replace(/^v/, ''))
  const vb = semver.valid(b.replace(/^v/, ''))
  return Boolean(va && vb && semver.lt(va, vb))
}

/**
 * Reads `slipway ecr publish` output: `{"<service>": {"image": "<registry>/<repository>",
 * "tag", "digest"}}`. Every service must be one of `ecr.services` and its repository the
 * configured one; every digest `sha256:<64 hex>`; every tag the same release name.
 *
 * @param file path as given (for messages); `text` its content.
 * @throws {ConfigError} naming the file and the service or field that is wrong.
 */
export function parseImagesFile(text: string, file: string, ecr: EcrConfig): ReleaseUnit {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`not JSON: ${(error as Error).message}`, file)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError('expected {"<service>": {"image", "tag", "digest"}} as printed by slipway ecr publish', file)
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) throw new ConfigError('names no service', file)
  const images: Record<string, ReleaseImage> = {}
  const names = new Set<string>()
  for (const [service, raw] of entries) {
    const settings = ecr.services[service]
    if (!settings)
      throw new ConfigError(
        `${service}: not a service of ecr.services (known: ${Object.keys(ecr.services).join(', ')})`,
        file,
      )
    const entry = raw as { image?: unknown; tag?: unknown; digest?: unknown }
    if (
      !entry ||
      typeof entry !== 'object' ||
      typeof entry.image !== 'string' ||
      typeof entry.tag !== 'string' ||
      typeof entry.digest !== 'string'
    )
      throw new ConfigError(`${service}: expected {"image", "tag", "digest"} strings`, file)
    if (!DIGEST.test(entry.digest))
      throw new ConfigError(`${service}.digest: ${JSON.stringify(entry.digest)} is not sha256:<64 hex>`, file)
    const repository = entry.image.includes('/') ? entry.image.slice(entry.image.indexOf('/') + 1) : entry.image
    if (repository !== settings.repository)
      throw new ConfigError(
        `${service}.image: ${JSON.stringify(entry.image)} is not the repository ${settings.repository} of ecr.services.${service}`,
        file,
      )
    const tag = parseReleaseName(entry.tag, `${file}: ${service}.tag`)
    names.add(tag)
    images[service] = { repository, tag, digest: entry.digest }
  }
  if (names.size > 1)
    throw new ConfigError(`services have different tags (${[...names].join(', ')}); a release is one tag`, file)
  return { name: [...names][0] as string, images }
}

/**
 * Reads and parses an images file.
 *
 * @throws {UsageError} when the file cannot be read; {@link ConfigError} as {@link parseImagesFile}.
 */
export async function loadImagesFile(path: string, shownAs: string, ecr: EcrConfig): Promise<ReleaseUnit> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(
      `--images ${shownAs}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    )
  }
  return parseImagesFile(text, shownAs, ecr)
}

/** The service whose repository an image name (`host/repo/path`, `repo/path`) is, if any. */
export function serviceOfImage(ecr: EcrConfig, image: string): string | undefined {
  for (const [service, settings] of Object.entries(ecr.services)) {
    if (image === settings.repository || image.endsWith(`/${settings.repository}`)) return service
  }
  return undefined
}
