/**
 * The edit a promotion makes: in an environment's kustomization, the `images:` entry of
 * each service of the release gets `newName` (the environment's registry host and the
 * repository), `newTag` and `digest`, as `kustomize edit set image` would write them; the
 * `app.kubernetes.io/version` label is updated where the overlay sets one. Comments, key
 * order and layout of everything else stay byte for byte (`src/kustomize`).
 */
import type { SlipwayConfig } from '../config/index.js'
import type { EcrConfig } from '../config/sections/ecr.js'
import { registryHost as ecrRegistryHost } from '../ecr/config.js'
import { ConfigError } from '../errors.js'
import { getImages, setImages } from '../kustomize/images.js'
import { Kustomization } from '../kustomize/kustomization.js'
import { getLabelValue, setLabelValue } from '../kustomize/labels.js'
import { serviceOfImage, type ReleaseUnit } from './release.js'

/** The label that names the release an overlay runs. */
export const VERSION_LABEL = 'app.kubernetes.io/version'

/** One service's image in an overlay. */
export interface OverlayImage {
  service: string
  /** The `name` the entry matches in the base. */
  name: string
  newName?: string
  tag?: string
  digest?: string
}

/** What an overlay runs: images by service and the version label, if it sets one. */
export interface OverlayState {
  images: Record<string, OverlayImage>
  version?: string
}

/** Reads the images by service and the version label of a kustomization's text. */
export function overlayState(k: Kustomization, ecr: EcrConfig): OverlayState {
  const images: Record<string, OverlayImage> = {}
  for (const image of getImages(k)) {
    const service = serviceOfImage(ecr, image.name) ?? (image.newName ? serviceOfImage(ecr, image.newName) : undefined)
    if (!service || images[service]) continue
    images[service] = {
      service,
      name: image.name,
      ...(image.newName ? { newName: image.newName } : {}),
      ...(image.newTag ? { tag: image.newTag } : {}),
      ...(image.digest ? { digest: image.digest } : {}),
    }
  }
  const version = getLabelValue(k, VERSION_LABEL)
  return { images, ...(version !== undefined ? { version } : {}) }
}

/** Parses kustomization text (from a file or a commit). @throws {ConfigError} naming the file. */
export function parseKustomizationText(file: string, text: string): Kustomization {
  return new Kustomization(file, text)
}

/** The registry host of an image name, when it has one (`123.dkr.ecr.us-east-1.amazonaws.com`, `localhost:5000`). */
export function registryHost(image: string | undefined): string | undefined {
  if (!image || !image.includes('/')) return undefined
  const first = image.slice(0, image.indexOf('/'))
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined
}

/**
 * The registry host an environment pulls from when its overlay does not show one:
 * `<ecr.registryId>.dkr.ecr.<region>.amazonaws.com`, the region being
 * `environments.<name>.region`, else `ecr.drRegion` for an environment following another,
 * else `ecr.region` (Amazon ECR private registry URL format, ECR User Guide "Private registry concepts").
 *
 * @throws {ConfigError} when `ecr.registryId` is not set.
 */
export function defaultRegistryHost(
  config: SlipwayConfig,
  ecr: EcrConfig,
  environment: string,
  follower: boolean,
): string {
  const region = regionOf(config, ecr, environment, follower)
  if (!ecr.registryId)
    throw new ConfigError(
      `cannot tell the registry of ${environment}: set ecr.registryId (or an images: newName with a registry host in its overlay)`,
      'slipway.yaml',
    )
  return ecrRegistryHost(ecr.registryId, region)
}

/** The AWS region an environment's images are pulled from: `environments.<name>.region`, else the DR region for a follower, else `ecr.region`. */
export function regionOf(config: SlipwayConfig, ecr: EcrConfig, environment: string, follower: boolean): string {
  return config.environments?.[environment]?.region ?? (follower && ecr.drRegion ? ecr.drRegion : ecr.region)
}

/** One image change of an overlay edit. */
export interface ImageChange {
  environment: string
  service: string
  image: string
  from?: { tag?: string; digest?: string }
  to: { tag: string; digest: string }
}

/** Result of {@link applyRelease}. */
export interface OverlayEdit {
  /** The edited text. */
  text: string
  changed: boolean
  changes: ImageChange[]
  /** The version label's new value, when the overlay sets the label and the release covers every service. */
  version?: string
}

/**
 * Applies a release to a kustomization in place.
 *
 * @param fallbackHost the host used when an entry has no `newName` with a host (see {@link defaultRegistryHost}).
 * @returns the edited text and the per-service changes (only services whose tag or digest
 *   or host changes); `changed: false` when the overlay already runs the release.
 * @throws {ConfigError} naming the file and service when the overlay has no `images:`
 *   entry for a service of the release.
 */
export function applyRelease(
  k: Kustomization,
  environment: string,
  unit: ReleaseUnit,
  ecr: EcrConfig,
  fallbackHost: () => string,
): OverlayEdit {
  const before = overlayState(k, ecr)
  const changes: ImageChange[] = []
  for (const [service, image] of Object.entries(unit.images)) {
    const current = before.images[service]
    if (!current)
      throw new ConfigError(
        `no images: entry for ${service} (repository ${image.repository}); add one whose name is the image the base uses`,
        k.path,
      )
    const host = registryHost(current.newName) ?? registryHost(current.name) ?? fallbackHost()
    const newName = `${host}/${image.repository}`
    if (current.newName === newName && current.tag === image.tag && current.digest === image.digest) continue
    setImages(k, [{ name: current.name, newName, newTag: image.tag, digest: image.digest }])
    changes.push({
      environment,
      service,
      image: newName,
      ...(current.tag || current.digest
        ? {
            from: {
              ...(current.tag ? { tag: current.tag } : {}),
              ...(current.digest ? { digest: current.digest } : {}),
            },
          }
        : {}),
      to: { tag: image.tag, digest: image.digest },
    })
  }
  let version: string | undefined
  const whole = Object.keys(ecr.services).every((service) => unit.images[service] || !before.images[service])
  if (before.version !== undefined && whole && before.version !== unit.name) {
    setLabelValue(k, VERSION_LABEL, unit.name)
    version = unit.name
  }
  return { text: k.toString(), changed: k.edited, changes, ...(version ? { version } : {}) }
}
