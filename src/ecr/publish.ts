/**
 * Build and push every service's image with tags derived from git, and report digests in
 * the shape promotion consumes: `{"<service>": {"image", "tag", "digest"}}`.
 *
 * Tags: a release tag `vX.Y.Z` (semver, semver.org §2, optional pre-release, no build
 * metadata since `+` is not allowed in image tags) and always `sha-<7 hex>`.
 * Labels: OCI image-spec annotations.md pre-defined keys `org.opencontainers.image.*`.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import semver from 'semver'
import { ConfigError, UsageError } from '../errors.js'
import { headCommit, listTags, remoteUrl } from '../git/repository.js'
import type { Builder } from './builder.js'
import type { EcrConfig } from './config.js'
import type { ImageInspector } from './image-inspector.js'

/** One published image. */
export interface PublishedImage {
  /** `registry/repository`, without tag. */
  image: string
  /** The primary tag: the release tag, else `sha-<7>`. */
  tag: string
  digest: string
  /** True when the tag already existed for this revision and nothing was built. */
  reused?: boolean
}

/** Output of {@link publishImages}, keyed by service name. */
export type PublishOutput = Record<string, PublishedImage>

/** Label keys (OCI image-spec annotations). */
export const LABEL_SOURCE = 'org.opencontainers.image.source'
export const LABEL_REVISION = 'org.opencontainers.image.revision'
export const LABEL_VERSION = 'org.opencontainers.image.version'
export const LABEL_CREATED = 'org.opencontainers.image.created'

/** A publish that must not proceed (a tag exists for another revision). */
export class PublishError extends Error {
  override name = 'PublishError'
}

/**
 * Validates a release tag name: `vMAJOR.MINOR.PATCH` with an optional semver pre-release.
 * Tag names come from git or workflow inputs and are untrusted.
 *
 * @returns the tag unchanged.
 * @throws {UsageError} naming the value when it is not such a tag.
 */
export function parseReleaseTag(tag: string): string {
  if (
    !/^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/.test(tag) ||
    tag.length > 128 ||
    semver.valid(tag.slice(1)) === null
  ) {
    throw new UsageError(
      `release tag ${JSON.stringify(tag)} is not vMAJOR.MINOR.PATCH (semver, optional -prerelease, no +build)`,
    )
  }
  return tag
}

/** Git facts a build is labelled with. */
export interface SourceInfo {
  /** Full 40-hex commit id. */
  revision: string
  /** Release tag pointing at the commit, when there is one (validated). */
  releaseTag?: string
  /** Repository URL without credentials. */
  source?: string
}

/**
 * Reads the revision, the release tag at HEAD and the source URL.
 *
 * @param explicitTag a tag given by the caller (`--tag`, `GITHUB_REF_NAME`); validated, and
 *   it must point at HEAD.
 * @throws {UsageError} when `explicitTag` is not a release tag or does not point at HEAD.
 * @throws {ExecError} when git fails.
 */
export async function readSourceInfo(repoRoot: string, explicitTag?: string): Promise<SourceInfo> {
  const revision = await headCommit(repoRoot)
  if (!/^[0-9a-f]{40}$/.test(revision))
    throw new UsageError(`git returned an unexpected revision ${JSON.stringify(revision)}`)
  const pointing = await listTags(repoRoot, { pointsAt: 'HEAD' })
  let releaseTag: string | undefined
  if (explicitTag !== undefined) {
    releaseTag = parseReleaseTag(explicitTag)
    if (!pointing.includes(releaseTag))
      throw new UsageError(`tag ${releaseTag} does not point at HEAD (${revision.slice(0, 7)})`)
  } else {
    const releases = pointing.filter((tag) => {
      try {
        parseReleaseTag(tag)
        return true
      } catch {
        return false
      }
    })
    releaseTag = releases.sort((a, b) => semver.rcompare(a.slice(1), b.slice(1)))[0]
  }
  const info: SourceInfo = { revision }
  if (releaseTag) info.releaseTag = releaseTag
  const source = await sourceUrl(repoRoot)
  if (source) info.source = source
  return info
}

async function sourceUrl(repoRoot: string): Promise<string | undefined> {
  const server = process.env.GITHUB_SERVER_URL
  const repository = process.env.GITHUB_REPOSITORY
  if (server && repository) return `${server}/${repository}`
  const url = await remoteUrl(repoRoot, 'origin').catch(() => undefined)
  return url ? stripCredentials(url) : undefined
}

/** Removes `user:password@` from an http(s) URL so a token never lands in an image label. */
export function stripCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.username || parsed.password) {
      parsed.username = ''
      parsed.password = ''
    }
    return parsed.toString().replace(/\/$/, '')
  } catch {
    return url
  }
}

/** The tags one build gets: `[releaseTag?, sha-<7>]`. */
export function imageTags(info: SourceInfo): string[] {
  const sha = `sha-${info.revision.slice(0, 7)}`
  return info.releaseTag ? [info.releaseTag, sha] : [sha]
}

/** Options of {@link publishImages}. */
export interface PublishOptions {
  repoRoot: string
  config: EcrConfig
  /** Registry host, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com` or `127.0.0.1:5000`. */
  registry: string
  source: SourceInfo
  builder: Builder
  inspector: ImageInspector
  /** Only these services. Default: all. */
  services?: string[]
  /** `org.opencontainers.image.created`, ISO-8601. Default: now. */
  created?: string
  /** Called as each service finishes (for logs; see {@link describePublished}). */
  onPublished?: (service: string, image: PublishedImage, detail: PublishDetail) => void
}

/** How an image was published, for the log; not part of the JSON output. */
export interface PublishDetail {
  /** The commit the image was built from (40 hex). */
  revision: string
  /** Tags added to an existing image by copying its manifest (digest unchanged). */
  retagged: string[]
  /** The existing image's `org.opencontainers.image.version` label, when reused. */
  versionLabel?: string
}

/**
 * One log line for a published image: pushed, already published, or — for a release tag
 * added to the image an earlier build of the same commit pushed as `sha-<7>` — re-tagged,
 * saying whose build it is and that its OCI `version` label still names the sha- tag.
 */
export function describePublished(service: string, image: PublishedImage, detail: PublishDetail): string {
  const ref = `${image.image}:${image.tag}@${image.digest}`
  if (!image.reused) return `${service}: pushed ${ref}`
  if (detail.retagged.length === 0)
    return `${service}: already published ${ref} (built for revision ${detail.revision})`
  const label =
    detail.versionLabel === undefined
      ? 'it has no OCI version label'
      : `its OCI version label is ${detail.versionLabel}`
  return `${service}: re-tagged the existing image built for revision ${detail.revision} as ${detail.retagged.join(', ')}, keeping its digest: ${ref} (${label}; not rebuilt, so promotion sees the same digest)`
}

/**
 * Builds and pushes each service's image, unless its primary tag already exists:
 * - same `org.opencontainers.image.revision` → reuse (report the existing digest, add any
 *   missing tag by copying the manifest);
 * - another revision → {@link PublishError} (tags are immutable; bump the version).
 *
 * @returns digests keyed by service.
 * @throws {UsageError} for an unknown service or a build context outside the repository.
 * @throws {PublishError} when a tag exists for a different revision.
 * @throws {ExecError} when the build, a push or the registry read fails.
 */
export async function publishImages(options: PublishOptions): Promise<PublishOutput> {
  const { config, source } = options
  const registry = options.registry.replace(/\/+$/, '')
  if (!/^[a-zA-Z0-9.-]+(:\d+)?$/.test(registry))
    throw new UsageError(`registry ${JSON.stringify(options.registry)} is not a host[:port]`)
  const names = options.services?.length ? options.services : Object.keys(config.services)
  for (const name of names)
    if (!config.services[name])
      throw new UsageError(`unknown service "${name}"; ecr.services has ${Object.keys(config.services).join(', ')}`)
  const tags = imageTags(source)
  const version = source.releaseTag ? source.releaseTag.slice(1) : tags[0]!
  const labels: Record<string, string> = {
    [LABEL_REVISION]: source.revision,
    [LABEL_VERSION]: version,
    [LABEL_CREATED]: options.created ?? new Date().toISOString(),
  }
  if (source.source) labels[LABEL_SOURCE] = source.source

  const output: PublishOutput = {}
  for (const name of names) {
    const service = config.services[name]!
    const image = `${registry}/${service.repository}`
    const primary = tags[0]!
    let published: PublishedImage | undefined
    let detail: PublishDetail = { revision: source.revision, retagged: [] }
    const existing = await existingFor(options.inspector, image, tags, source.revision)
    if (existing) {
      const retagged = tags.filter((tag) => !existing.present.includes(tag))
      for (const tag of retagged) await options.inspector.copy(`${image}@${existing.digest}`, `${image}:${tag}`)
      published = { image, tag: primary, digest: existing.digest, reused: true }
      detail = {
        revision: source.revision,
        retagged,
        ...(existing.versionLabel !== undefined ? { versionLabel: existing.versionLabel } : {}),
      }
    } else {
      const context = inside(options.repoRoot, service.context ?? '.', `ecr.services.${name}.context`)
      const dockerfile = service.dockerfile
        ? inside(options.repoRoot, service.dockerfile, `ecr.services.${name}.dockerfile`)
        : undefined
      const result = await options.builder.buildAndPush({
        context,
        ...(dockerfile ? { dockerfile } : {}),
        references: tags.map((tag) => `${image}:${tag}`),
        labels,
        ...(service.platforms ? { platforms: service.platforms } : {}),
      })
      published = { image, tag: primary, digest: result.digest }
    }
    output[name] = published
    options.onPublished?.(name, published, detail)
  }
  return output
}

/**
 * Looks up the build's tags in the registry.
 *
 * @returns the digest to reuse, which tags already exist and the image's OCI version label, or `undefined` when none does.
 * @throws {PublishError} when a tag exists for another revision, or tags disagree.
 */
async function existingFor(
  inspector: ImageInspector,
  image: string,
  tags: string[],
  revision: string,
): Promise<{ digest: string; present: string[]; versionLabel?: string } | undefined> {
  let digest: string | undefined
  let versionLabel: string | undefined
  const present: string[] = []
  for (const tag of tags) {
    const remote = await inspector.inspect(`${image}:${tag}`)
    if (!remote) continue
    const built = remote.labels[LABEL_REVISION]
    if (built !== revision) {
      throw new PublishError(
        `${image}:${tag} already exists (${remote.digest}) built from revision ${built ?? '(no org.opencontainers.image.revision label)'}, not ${revision}; tags are immutable — release a new version`,
      )
    }
    if (digest && remote.digest !== digest)
      throw new PublishError(
        `${image}: tags ${present.join(', ')} and ${tag} of revision ${revision} point at different digests (${digest}, ${remote.digest})`,
      )
    digest = remote.digest
    versionLabel ??= remote.labels[LABEL_VERSION]
    present.push(tag)
  }
  return digest ? { digest, present, ...(versionLabel !== undefined ? { versionLabel } : {}) } : undefined
}

function inside(repoRoot: string, path: string, key: string): string {
  const absolute = resolve(repoRoot, path)
  const rel = relative(repoRoot, absolute)
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new ConfigError(`${key}: ${JSON.stringify(path)} is outside the repository`)
  return absolute
}
