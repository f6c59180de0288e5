/**
 * Secret safety. Secret `data`/`stringData` values never enter the plan: before a Secret
 * pair is diffed, every value is replaced by a placeholder that only says whether the
 * value is unchanged, old or new. As a second line of defence, {@link SecretScrubber}
 * removes any known Secret value (raw, base64 or decoded, JSON-escaped) from every text
 * Slipway prints or uploads.
 */
import type { KubernetesObject } from '../manifests/resource.js'
import type { SecretKeyChanges } from './model.js'

/** Placeholder of a value present (and equal) on both sides, or only on one side. */
export const REDACTED = '<redacted>'
/** Placeholders of a value that changed. */
export const REDACTED_OLD = '<redacted: old value>'
export const REDACTED_NEW = '<redacted: new value>'

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

/** True for core/v1 Secrets — the objects whose values must never be printed. */
export function isSecret(object: KubernetesObject | undefined): boolean {
  return object !== undefined && object.kind === 'Secret' && (object.apiVersion === 'v1' || object.apiVersion === undefined)
}

/**
 * Redacts a Secret pair for diffing, and reports which keys were added, changed or removed.
 * `data` and `stringData` are compared per key (a key moving between them counts as changed
 * only when the decoded value differs). Annotations that may embed the values
 * (`kubectl.kubernetes.io/last-applied-configuration`) are redacted too.
 *
 * @param base the Secret at base, or `undefined` when added. Not modified.
 * @param head the Secret at head, or `undefined` when removed. Not modified.
 * @returns redacted deep copies and the key changes (sorted key names, never values).
 */
export function redactSecretPair(base: KubernetesObject | undefined, head: KubernetesObject | undefined): { base?: KubernetesObject; head?: KubernetesObject; keys: SecretKeyChanges } {
  const before = secretValues(base)
  const after = secretValues(head)
  const keys: SecretKeyChanges = { added: [], changed: [], removed: [] }
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key)
    const b = after.get(key)
    if (a === undefined) keys.added.push(key)
    else if (b === undefined) keys.removed.push(key)
    else if (a !== b) keys.changed.push(key)
  }
  keys.added.sort()
  keys.changed.sort()
  keys.removed.sort()
  const changed = new Set(keys.changed)
  return {
    base: base && redactOne(base, (key) => (changed.has(key) ? REDACTED_OLD : REDACTED)),
    head: head && redactOne(head, (key) => (changed.has(key) ? REDACTED_NEW : REDACTED)),
    keys,
  }
}

function redactOne(secret: KubernetesObject, placeholder: (key: string) => string): KubernetesObject {
  const copy = structuredClone(secret)
  for (const field of ['data', 'stringData', 'binaryData']) {
    const values = copy[field]
    if (values && typeof values === 'object' && !Array.isArray(values)) {
      for (const key of Object.keys(values)) (values as Record<string, unknown>)[key] = placeholder(key)
    } else if (values !== undefined) copy[field] = REDACTED
  }
  const annotations = copy.metadata?.annotations
  if (annotations && LAST_APPLIED in annotations) annotations[LAST_APPLIED] = REDACTED
  return copy
}

/** Decoded value per key of `data` (base64) and `stringData`; `stringData` wins like the API server. */
function secretValues(secret: KubernetesObject | undefined): Map<string, string> {
  const values = new Map<string, string>()
  if (!secret) return values
  const data = secret.data
  if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) values.set(key, decodeBase64(String(value)))
  }
  const stringData = secret.stringData
  if (stringData && typeof stringData === 'object') {
    for (const [key, value] of Object.entries(stringData)) values.set(key, String(value))
  }
  return values
}

function decodeBase64(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8')
}

/** Values shorter than this are not scrubbed from output (they would mangle ordinary words); they are still never printed by the plan itself. */
const MIN_SCRUB_LENGTH = 8

/**
 * Removes known Secret values from text — a second line of defence behind
 * {@link redactSecretPair}, applied to every output format, the job summary and the
 * full-diff artifact.
 */
export class SecretScrubber {
  private readonly needles = new Set<string>()

  /** Remembers the values of every Secret among `objects` (other kinds are ignored). */
  addSecrets(objects: Iterable<KubernetesObject>): void {
    for (const object of objects) {
      if (!isSecret(object)) continue
      for (const field of ['data', 'stringData', 'binaryData']) {
        const values = object[field]
        if (!values || typeof values !== 'object') continue
        for (const raw of Object.values(values as Record<string, unknown>)) {
          const text = String(raw)
          this.add(text)
          if (field !== 'stringData') this.add(decodeBase64(text))
        }
      }
    }
  }

  private add(value: string): void {
    const variants = [value, JSON.stringify(value).slice(1, -1), Buffer.from(value, 'utf8').toString('base64')]
    for (const line of value.split('\n')) variants.push(line.trim())
    for (const variant of variants) if (variant.length >= MIN_SCRUB_LENGTH) this.needles.add(variant)
  }

  /** Number of distinct strings scrubbed. */
  get size(): number {
    return this.needles.size
  }

  /** Returns `text` with every known Secret value replaced by `***` (longest values first). */
  scrub(text: string): string {
    if (this.needles.size === 0) return text
    let out = text
    for (const needle of [...this.needles].sort((a, b) => b.length - a.length)) {
      if (out.includes(needle)) out = out.split(needle).join('***')
    }
    return out
  }
}
