/**
 * Secret safety. Secret `data`/`stringData` values never enter the plan: before a Secret
 * pair is diffed, every value is replaced by a placeholder that only says whether the
 * value is unchanged, old or new. As a second line of defence, {@link SecretScrubber}
 * removes any known Secret value (raw, base64 or decoded, JSON-escaped) from every text
 * Slipway prints or uploads.
 */
import type { KubernetesObject } from './resource.js'
import { nodeCrypto } from '../util/crypto.js'

/** Which keys of a Secret's `data`/`stringData` changed — never the values. */
export interface SecretKeyChanges {
  added: string[]
  changed: string[]
  removed: string[]
}

/** Placeholder of a value present (and equal) on both sides, or only on one side. */
export const REDACTED = '<redacted>'
/** Placeholders of a value that changed. */
export const REDACTED_OLD = '<redacted: old value>'
export const REDACTED_NEW = '<redacted: new value>'

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

/** True for core/v1 Secrets — the objects whose values must never be printed. */
export function isSecret(object: KubernetesObject | undefined): boolean {
  return (
    object !== undefined && object.kind === 'Secret' && (object.apiVersion === 'v1' || object.apiVersion === undefined)
  )
}

/**
 * Redacts a Secret pair for diffing, and reports which keys were added, changed or removed.
 * `data` and `stringData` are compared per key (a key moving between them counts as changed
 * only when the decoded value differs). Annotations that may embed the values
 * (`kubectl.kubernetes.io/last-applied-configuration`) are redacted too.
 *
 * @param base the Secret at base, or `undefined` when added. Not modified.
 * @param head the Secret at head, or `undefined` when removed. Not modified.
 * @returns redacted deep copies and the key changes (sorted key names, never values; a key
 *   the API server would reject is shown as `<invalid key name 1a2b3c4d>`, see displayKey).
 */
export function redactSecretPair(
  base: KubernetesObject | undefined,
  head: KubernetesObject | undefined,
): { base?: KubernetesObject; head?: KubernetesObject; keys: SecretKeyChanges } {
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
  for (const list of [keys.added, keys.changed, keys.removed]) list.splice(0, list.length, ...list.map(displayKey))
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

/**
 * Redacts one Secret for printing (`slipway render`): every value of `data`, `stringData`
 * and `binaryData` becomes {@link REDACTED}, keys are kept (a key the API server would
 * reject is shown as a label, see displayKey), and the
 * `kubectl.kubernetes.io/last-applied-configuration` annotation, which may embed the
 * values, is redacted too. Any other object is returned as it is.
 *
 * @param object a rendered object. Not modified.
 * @returns a redacted deep copy of a Secret ({@link isSecret}), else `object` itself.
 */
export function redactSecret(object: KubernetesObject): KubernetesObject {
  return isSecret(object) ? redactOne(object, () => REDACTED) : object
}

function redactOne(secret: KubernetesObject, placeholder: (key: string) => string): KubernetesObject {
  const copy = structuredClone(secret)
  for (const field of ['data', 'stringData', 'binaryData']) {
    const values = copy[field]
    if (values && typeof values === 'object' && !Array.isArray(values)) {
      const redacted: Record<string, unknown> = {}
      for (const key of Object.keys(values)) redacted[displayKey(key)] = placeholder(key)
      copy[field] = redacted
    } else if (values !== undefined) copy[field] = REDACTED
  }
  const annotations = copy.metadata?.annotations
  if (annotations && LAST_APPLIED in annotations) annotations[LAST_APPLIED] = REDACTED
  return copy
}

/** A key the API server accepts (`IsConfigMapKey`, k8s.io/apimachinery `pkg/util/validation`). */
const VALID_KEY = /^[-._a-zA-Z0-9]+$/
/** Per-run key: the same invalid key gets the same label on both sides, and the label says nothing outside this run. */
let keyLabelSecret: Buffer | undefined

/**
 * How a Secret key is shown. A key the API server would reject is shown as a label, never
 * as written: a `KEY: value` line in a generator env file makes the whole line — the value
 * included — the key name.
 */
function displayKey(key: string): string {
  if (VALID_KEY.test(key)) return key
  const crypto = nodeCrypto()
  keyLabelSecret ??= crypto.randomBytes(16)
  return `<invalid key name ${crypto.createHmac('sha256', keyLabelSecret).update(key).digest('hex').slice(0, 8)}>`
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

/** What replaces secret content that {@link sanitizeRenderMessage} removes. */
export const SECRET_CONTENT_REMOVED = '[secret content removed]'

/**
 * Removes from a kustomize/kubectl error message the parts that can carry Secret values:
 * generator sources (`literal sources [...]`, `invalid literal source ...`, env-file lines,
 * `files`/`envs` contents) and any dumped object (JSON `{…}`, Go `map[…]`, YAML block)
 * that holds `data`/`stringData`/`binaryData`. The message shapes are those of kustomize
 * `api/kv/kv.go` and `api/resource/resource.go` (v5). Applied to every render error
 * before it enters the plan — values too short for {@link SecretScrubber} included.
 *
 * @returns the message with such parts replaced by {@link SECRET_CONTENT_REMOVED}.
 */
export function sanitizeRenderMessage(message: string): string {
  let out = message
  // kv.go: `literal sources %v: ...`, `invalid literal source %v, expected key=value`.
  out = out.replace(/literal sources \[[\s\S]*?\](?=: |"|$)/g, `literal sources ${SECRET_CONTENT_REMOVED}`)
  // A list whose end cannot be found: drop the rest of the line.
  out = out.replace(
    /literal sources \[(?!secret content removed\])[^\n]*/g,
    `literal sources ${SECRET_CONTENT_REMOVED}`,
  )
  out = out.replace(
    /invalid literal source [\s\S]*?, expected key=value/g,
    `invalid literal source ${SECRET_CONTENT_REMOVED}, expected key=value`,
  )
  // File and env-file sources as Go prints them: `file sources: [...]`, `env source files: [...]`.
  out = out.replace(
    /((?:file sources|env source files|env sources)\s*:?\s*)\[[^\]\n]*\]/gi,
    `$1${SECRET_CONTENT_REMOVED}`,
  )
  out = removeDumps(out)
  return out
}

const SECRET_FIELD = /(^|[^A-Za-z])(data|stringData|binaryData)\b\s*["']?\s*[:=]/

/** Replaces balanced `{…}` / `map[…]` dumps and YAML blocks that contain a secret data field. */
function removeDumps(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    const isMap = text.startsWith('map[', i)
    if (ch === '{' || isMap) {
      const open = isMap ? '[' : '{'
      const close = isMap ? ']' : '}'
      const startBody = isMap ? i + 4 : i + 1
      let depth = 1
      let j = startBody
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === open) depth++
        else if (text[j] === close) depth--
      }
      const block = text.slice(i, j)
      // Unbalanced (cut-off) dumps are removed to the end of the message when they hold data.
      if (SECRET_FIELD.test(block) || /"(data|stringData|binaryData)"/.test(block)) {
        out += SECRET_CONTENT_REMOVED
        i = j
        continue
      }
      out += ch
      i++
      continue
    }
    out += ch
    i++
  }
  // YAML dumps: a `data:`/`stringData:` line and every line indented deeper than it.
  const lines = out.split('\n')
  const kept: string[] = []
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string
    const match = /^(\s*)(data|stringData|binaryData):/.exec(line)
    if (!match) {
      kept.push(line)
      continue
    }
    const indent = (match[1] as string).length
    kept.push(`${match[1]}${match[2]}: ${SECRET_CONTENT_REMOVED}`)
    while (
      k + 1 < lines.length &&
      /^(\s*)/.exec(lines[k + 1] as string)![1]!.length > indent &&
      (lines[k + 1] as string).trim() !== ''
    )
      k++
  }
  return kept.join('\n')
}

/**
 * Removes known Secret values from free-form text — error messages and log lines, which may
 * quote raw values. It is never applied to whole outputs: identifiers (environment names,
 * paths, kinds, namespaces, resource names) are kept as they are, both because Secret data
 * is redacted structurally before diffing and because rewriting an identifier would corrupt
 * the output and reveal which strings are secrets. Values that equal or are part of a
 * {@link SecretScrubber.protect protected} identifier are not scrubbed.
 */
export class SecretScrubber {
  private readonly needles = new Set<string>()
  private readonly identifiers = new Set<string>()
  private sorted?: string[]

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

  /** Remembers one raw value (a secretGenerator literal, the content of a generator file). */
  addValue(value: string): void {
    this.add(value)
  }

  /** Marks identifiers (environment names, paths, kinds, namespaces, names) that must never be rewritten. */
  protect(identifiers: Iterable<string>): void {
    for (const id of identifiers) if (id) this.identifiers.add(id)
    this.sorted = undefined
  }

  private add(value: string): void {
    const variants = [value, JSON.stringify(value).slice(1, -1), Buffer.from(value, 'utf8').toString('base64')]
    for (const line of value.split('\n')) variants.push(line.trim())
    for (const variant of variants) if (variant.length >= MIN_SCRUB_LENGTH) this.needles.add(variant)
    this.sorted = undefined
  }

  /** Number of distinct strings scrubbed. */
  get size(): number {
    return this.needles.size
  }

  /** Returns `text` with every known Secret value (not part of a protected identifier) replaced by `***`, longest first. */
  scrub(text: string): string {
    if (this.needles.size === 0) return text
    this.sorted ??= [...this.needles]
      .filter((needle) => ![...this.identifiers].some((id) => id.includes(needle)))
      .sort((a, b) => b.length - a.length)
    let out = text
    for (const needle of this.sorted) if (out.includes(needle)) out = out.split(needle).join('***')
    return out
  }
}
