/**
 * `slipway ecr publish` and the ECR publish action in one call: choose the registry and the
 * builder, read the revision and release tag from git, then build, push and report each
 * service's image with the real tools (buildx or buildah, and skopeo to read the registry).
 */
import { UsageError } from '../errors.js'
import { createBuilder, type BuilderKind } from './builder.js'
import { registryHost, type EcrConfig } from './config.js'
import { SkopeoInspector } from './image-inspector.js'
import {
  publishImages,
  readSourceInfo,
  type PublishDetail,
  type PublishedImage,
  type PublishOutput,
} from './publish.js'

/** Options of {@link publishRelease}. */
export interface PublishReleaseOptions {
  /** The git work tree to build from (its HEAD is the revision published). */
  repoRoot: string
  /** The `ecr:` section of `slipway.yaml`. */
  config: EcrConfig
  /** Registry host, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`. Default: derived from `ecr.registryId` and `ecr.region`. */
  registry?: string
  /** Release tag `vX.Y.Z` to publish; it must point at HEAD. Default: the release tag at HEAD, if any. */
  tag?: string
  /** Only these services. Default: every service of `ecr.services`. */
  services?: string[]
  /** `auto`, `buildx` or `buildah` (see `createBuilder`). */
  builder: BuilderKind | string
  /** Plain HTTP / no TLS verification, for local test registries only. */
  insecureRegistry?: boolean
  /** Called as each service finishes (for logs; see `describePublished`). */
  onPublished?: (service: string, image: PublishedImage, detail: PublishDetail) => void
}

/**
 * The registry of an `ecr:` section: {@link registryHost} of `ecr.registryId` in
 * `ecr.region`, or `undefined` without `registryId`.
 */
export function defaultRegistry(config: EcrConfig): string | undefined {
  return config.registryId ? registryHost(config.registryId, config.region) : undefined
}

/**
 * Builds and pushes the services' images tagged with the release tag and `sha-<7>`, as
 * `publishImages` does, with the real builder and registry reader.
 *
 * @returns `{"<service>": {"image", "tag", "digest"}}`, the JSON promotion consumes.
 * @throws {UsageError} when there is no registry, for an unknown builder or service, or a
 *   tag that is not a release tag at HEAD.
 * @throws {PublishError} when a tag exists for another revision.
 * @throws {ExecError} when git, the build, a push or the registry read fails.
 */
export async function publishRelease(options: PublishReleaseOptions): Promise<PublishOutput> {
  const registry = options.registry || defaultRegistry(options.config)
  if (!registry) throw new UsageError('no registry: give the registry host, or set ecr.registryId in slipway.yaml')
  const builder = await createBuilder(options.builder, { insecureRegistry: options.insecureRegistry })
  const source = await readSourceInfo(options.repoRoot, options.tag)
  return publishImages({
    repoRoot: options.repoRoot,
    config: options.config,
    registry,
    source,
    builder,
    inspector: new SkopeoInspector({ insecureRegistry: options.insecureRegistry }),
    services: options.services,
    onPublished: options.onPublished,
  })
}
