/**
 * Container images of workloads, and how they change between base and head.
 */
import { splitImageReference } from '../manifests/image-reference.js'
import { podSpecOf } from '../manifests/workloads.js'
import type { KubernetesObject, ResourceRef } from '../manifests/resource.js'
import type { ImageChange, ImageRef } from './model.js'

/**
 * Splits an image reference into repository, tag and digest
 * (distribution/reference grammar: `[host[:port]/]path[:tag][@digest]`).
 */
export function parseImage(image: string): ImageRef {
  const { name, tag, digest } = splitImageReference(image)
  const ref: ImageRef = { image, repository: name }
  if (tag !== undefined) ref.tag = tag
  if (digest !== undefined) ref.digest = digest
  return ref
}

/** `container name → image` for containers and init containers (init ones prefixed `init:`). */
export function imagesOf(object: KubernetesObject | undefined): Map<string, string> {
  const images = new Map<string, string>()
  const pod = podSpecOf(object)
  if (!pod) return images
  for (const [field, prefix] of [
    ['initContainers', 'init:'],
    ['containers', ''],
  ] as const) {
    const list = pod[field]
    if (!Array.isArray(list)) continue
    for (const container of list) {
      if (container && typeof container === 'object' && typeof container.image === 'string')
        images.set(`${prefix}${String(container.name ?? '')}`, container.image)
    }
  }
  return images
}

/**
 * Image changes of one resource between base and head: a changed image, or every image of
 * an added/removed workload or container.
 */
export function imageChanges(
  ref: ResourceRef,
  before: KubernetesObject | undefined,
  after: KubernetesObject | undefined,
): ImageChange[] {
  const a = imagesOf(before)
  const b = imagesOf(after)
  const changes: ImageChange[] = []
  for (const container of new Set([...a.keys(), ...b.keys()])) {
    const old = a.get(container)
    const next = b.get(container)
    if (old === next) continue
    const change: ImageChange = { resource: ref, container }
    if (old !== undefined) change.before = parseImage(old)
    if (next !== undefined) change.after = parseImage(next)
    changes.push(change)
  }
  return changes
}
