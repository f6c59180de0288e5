/**
 * The `images:` field of a kustomization, edited with `kustomize edit set image` semantics
 * (kubernetes-sigs/kustomize `kustomize/commands/edit/set/setimage.go`, v5):
 *
 * - an update matches existing entries by `name`, exactly (case-sensitive, no tag/digest
 *   stripping);
 * - a matched entry is replaced whole: the parts the update gives are set, the parts it
 *   omits are removed — so setting only a `digest` drops the entry's `newTag` and `newName`,
 *   and setting only a `newTag` drops its `digest` (upstream `parse` builds a fresh
 *   `types.Image` and `RunSetImage` stores it in place of the old one);
 * - a part given as `*` keeps the matched entry's value (removed when there is none;
 *   upstream `preserveSeparator`) — Argo CD's `spec.source.kustomize.images` relies on this;
 * - an update without a match is appended as a new entry.
 *
 * Two deliberate differences, both about layout, not meaning: upstream re-sorts all
 * entries by name and rewrites the whole file; here entries keep their order (new ones go
 * last) and only the edited values and lines change. Duplicate entries of one name
 * (upstream collapses them into one) are each updated.
 */
import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml'
import { ConfigError } from '../errors.js'
import type { Kustomization } from './kustomization.js'
import { addPair, appendItem, removePair, setScalar } from './source-edit.js'

/** One entry of `images:` (kustomize `api/types/image.go`). */
export interface KustomizeImage {
  /** The image name to match in the resources (without tag or digest). */
  name: string
  newName?: string
  newTag?: string
  /** `algorithm:hex`, e.g. `sha256:…`; kustomize uses it instead of the tag. */
  digest?: string
}

/** The parts of an image entry, in kustomize's field order. */
const PARTS = ['newName', 'newTag', 'digest'] as const

/** `*`: keep the existing value of this part (kustomize `preserveSeparator`). */
export const KEEP = '*'

/**
 * The `images:` entries of a kustomization.
 *
 * @returns entries with a string `name` (others are skipped), parts as strings.
 */
export function getImages(k: Kustomization): KustomizeImage[] {
  const images = k.toJS().images
  if (!Array.isArray(images)) return []
  const out: KustomizeImage[] = []
  for (const entry of images) {
    if (!entry || typeof entry !== 'object' || typeof (entry as { name?: unknown }).name !== 'string') continue
    const image: KustomizeImage = { name: (entry as { name: string }).name }
    for (const part of PARTS) {
      const value = (entry as Record<string, unknown>)[part]
      if (value !== undefined && value !== null && value !== '') image[part] = String(value)
    }
    out.push(image)
  }
  return out
}

const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/

function validate(update: KustomizeImage, file: string): void {
  if (typeof update.name !== 'string' || update.name.trim() === '' || /\s/.test(update.name))
    throw new ConfigError(`images: invalid image name ${JSON.stringify(update.name)}`, file)
  if (update.newName !== undefined && update.newName !== KEEP && (update.newName === '' || /\s|@/.test(update.newName)))
    throw new ConfigError(`images: invalid newName ${JSON.stringify(update.newName)} for ${update.name}`, file)
  if (update.newTag !== undefined && update.newTag !== KEEP && !TAG.test(update.newTag))
    throw new ConfigError(
      `images: invalid newTag ${JSON.stringify(update.newTag)} for ${update.name} (letters, digits, ".", "_", "-"; at most 128)`,
      file,
    )
  if (update.digest !== undefined && update.digest !== KEEP && !DIGEST.test(update.digest))
    throw new ConfigError(
      `images: invalid digest ${JSON.stringify(update.digest)} for ${update.name} (expected sha256:<hex>)`,
      file,
    )
}

/** Indices of the `images:` entries named `name` in the current document. */
function matches(k: Kustomization, name: string): number[] {
  const seq = k.document.get('images', true)
  if (!isSeq(seq)) return []
  const out: number[] = []
  seq.items.forEach((item, index) => {
    if (isMap(item) && (item as YAMLMap).get('name') === name) out.push(index)
  })
  return out
}

function entryAt(k: Kustomization, index: number): YAMLMap {
  return (k.document.get('images', true) as unknown as { items: YAMLMap[] }).items[index] as YAMLMap
}

/**
 * Sets images in a kustomization as `kustomize edit set image` does (see the module doc
 * for the exact semantics), editing in place: comments and layout of untouched lines stay
 * byte for byte.
 *
 * @param updates parts to set; omitted parts are removed from a matched entry, `*` keeps one.
 *   To change only the tag of an entry and keep its `newName`: `{ name, newName: '*', newTag }`.
 * @returns true when the text changed.
 * @throws {ConfigError} naming the file for an invalid name, tag or digest, or when
 *   `images:` is present but not a sequence.
 */
export function setImages(k: Kustomization, updates: KustomizeImage[]): boolean {
  const before = k.toString()
  for (const update of updates) validate(update, k.path)
  const existing = k.document.get('images', true)
  if (
    existing !== undefined &&
    existing !== null &&
    !isSeq(existing) &&
    !(isScalar(existing) && existing.value === null)
  )
    throw new ConfigError('images: must be a list', k.path)
  for (const update of updates) {
    const indices = matches(k, update.name)
    if (indices.length === 0) {
      const entry: Record<string, string> = { name: update.name }
      for (const part of PARTS)
        if (update[part] !== undefined && update[part] !== KEEP) entry[part] = update[part] as string
      const seq = k.document.get('images', true)
      if (isSeq(seq) && seq.items.length > 0) appendItem(k, seq, entry)
      else {
        if (seq !== undefined) removePair(k, k.document.contents as YAMLMap, 'images')
        addPair(k, undefined, 'images', [entry])
      }
      continue
    }
    for (const index of indices) {
      for (const part of PARTS) {
        const wanted = update[part]
        const map = entryAt(k, index)
        const current = map.get(part, true) as Scalar | undefined
        if (wanted === KEEP) continue
        if (wanted === undefined) {
          if (map.has(part)) removePair(k, map, part)
        } else if (current && isScalar(current)) {
          if (scalarText(current) !== wanted) setScalar(k, current, wanted)
        } else {
          if (map.has(part)) removePair(k, map, part)
          addPair(k, entryAt(k, index), part, wanted)
        }
      }
    }
  }
  return k.toString() !== before
}

/** A scalar as kustomize reads it into a string field: a plain scalar's source text (`1.20` stays `1.20`). */
function scalarText(node: Scalar): string {
  return node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : String(node.value)
}
