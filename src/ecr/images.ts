/**
 * The image list the lifecycle simulator works on, read from DescribeImages output
 * (`aws ecr describe-images` JSON or the SDK's `ImageDetail[]`).
 */
import { readFile } from 'node:fs/promises'
import { ConfigError, errorMessage } from '../errors.js'

/** One image of a repository, normalised from DescribeImages' `ImageDetail`. */
export interface RepositoryImage {
  imageDigest: string
  /** Empty for an untagged image. */
  imageTags: string[]
  /** Push time, milliseconds since the epoch. */
  imagePushedAt: number
  /** Last recorded pull, milliseconds since the epoch (sinceImagePulled); push time when never pulled. */
  lastRecordedPullTime?: number
  /** When the image was moved to archive, ms since the epoch (sinceImageTransitioned). */
  lastArchivedAt?: number
  /** `ACTIVE` (standard storage), `ARCHIVED` or `ACTIVATING`. */
  imageStatus?: string
  repositoryName?: string
  imageManifestMediaType?: string
  /**
   * Digests of the manifests this image's manifest list / OCI index references. Not part of
   * DescribeImages: Slipway fills it from BatchGetImage (live) or reads it from the input
   * file when present. An image listed here by any other image is never expired.
   */
  manifestDigests?: string[]
}

/** Media types of multi-platform manifest lists. */
export const MANIFEST_LIST_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
])

/**
 * Normalises DescribeImages output.
 *
 * @param document either the whole response (`{"imageDetails": [...]}`) or the array;
 *   timestamps may be ISO-8601 strings, `Date`s or epoch seconds (as some CLIs print them).
 * @param file named in error messages.
 * @throws {ConfigError} naming the file and the index/field of the first bad entry.
 */
export function parseRepositoryImages(document: unknown, file: string): RepositoryImage[] {
  const details = Array.isArray(document)
    ? document
    : isRecord(document) && Array.isArray(document.imageDetails)
      ? document.imageDetails
      : undefined
  if (!details)
    throw new ConfigError('expected DescribeImages output: an imageDetails array or {"imageDetails": [...]}', file)
  return details.map((detail: unknown, index: number): RepositoryImage => {
    const where = `imageDetails[${index}]`
    if (!isRecord(detail)) throw new ConfigError(`${where} is not an object`, file)
    const digest = detail.imageDigest
    if (typeof digest !== 'string' || !/^sha256:[a-f0-9]{64}$/i.test(digest)) {
      throw new ConfigError(`${where}.imageDigest: expected sha256:<64 hex>, got ${JSON.stringify(digest)}`, file)
    }
    const tags = detail.imageTags ?? []
    if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string'))
      throw new ConfigError(`${where}.imageTags: expected an array of strings`, file)
    const pushedAt = toMillis(detail.imagePushedAt)
    if (pushedAt === undefined)
      throw new ConfigError(
        `${where}.imagePushedAt: expected an ISO-8601 time with a time zone (2025-06-30T12:00:00Z) or epoch seconds, got ${JSON.stringify(detail.imagePushedAt)}`,
        file,
      )
    const image: RepositoryImage = { imageDigest: digest, imageTags: tags as string[], imagePushedAt: pushedAt }
    const pulled = toMillis(detail.lastRecordedPullTime)
    if (pulled !== undefined) image.lastRecordedPullTime = pulled
    const archived = toMillis(detail.lastArchivedAt)
    if (archived !== undefined) image.lastArchivedAt = archived
    if (typeof detail.imageStatus === 'string') image.imageStatus = detail.imageStatus
    if (typeof detail.repositoryName === 'string') image.repositoryName = detail.repositoryName
    if (typeof detail.imageManifestMediaType === 'string') image.imageManifestMediaType = detail.imageManifestMediaType
    if (Array.isArray(detail.manifestDigests))
      image.manifestDigests = detail.manifestDigests.filter((d): d is string => typeof d === 'string')
    return image
  })
}

/**
 * Reads a DescribeImages JSON file.
 *
 * @throws {ConfigError} when the file cannot be read, is not JSON, or has a bad entry.
 */
export async function loadRepositoryImages(file: string): Promise<RepositoryImage[]> {
  return parseRepositoryImages(await readJsonFile(file), file)
}

/**
 * Reads and parses a JSON file.
 *
 * @throws {ConfigError} naming the file when it cannot be read or parsed.
 */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read: ${errorMessage(error)}`, file)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ConfigError(`not valid JSON: ${errorMessage(error)}`, file)
  }
}

/**
 * ISO-8601 date-time with a time zone: `2025-06-30T12:00:00Z`, `…T12:00:00.123+02:00`.
 * A zone-less time would be read in the machine's local zone, so it is refused.
 */
const ISO_8601_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i

/**
 * Parses an ISO-8601 date-time that names its time zone (`Z` or `±hh:mm`).
 *
 * @returns epoch milliseconds, or undefined for anything else (a bare number, a date
 *   without a time, a time without a zone, an impossible date).
 */
export function parseIsoTime(value: string): number | undefined {
  if (!ISO_8601_WITH_ZONE.test(value.trim())) return undefined
  const ms = Date.parse(value.trim().replace(' ', 'T'))
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * Converts a DescribeImages timestamp into epoch milliseconds: an ISO-8601 string with a
 * time zone (as `aws ecr describe-images` prints), a `Date` (the SDK), or epoch seconds
 * (DescribeImages' JSON wire format).
 *
 * @returns undefined for anything else, including zone-less times.
 */
export function toMillis(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime()
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value * 1000)
  if (typeof value === 'string' && value !== '') return parseIsoTime(value)
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
