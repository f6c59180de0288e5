import jsYaml from 'js-yaml'
import type { Document } from 'yaml'
import { ConfigError } from '../errors.js'
import { isListKind, refOf, type KubernetesObject, type Resource } from './resource.js'

/** A document of a YAML stream that could not be parsed or is not a Kubernetes object. */
export interface StreamError {
  file?: string
  /** 1-based line in the file. */
  line: number
  column?: number
  index: number
  message: string
  /** Set when the document was refused for exceeding a limit ({@link MAX_ALIAS_EXPANSION}), not for its syntax. */
  limit?: true
}

/** Output of {@link parseYamlStream}. */
export interface ParsedStream {
  resources: Resource[]
  errors: StreamError[]
}

const DOCUMENT_SEPARATOR = /^---(?:\s.*)?$/

/**
 * Nodes that aliases may add to one YAML document when it is expanded, beyond the nodes
 * written in it. js-yaml shares an aliased value instead of copying it, so parsing a
 * "billion laughs" document is cheap; every later walk (schema validation, diffing, JSON
 * output) would expand it, and a cyclic alias would never end. 100,000 extra nodes is far
 * above what anchors in real manifests add (a repeated env block or label set) and far
 * below what exhausts memory. The `yaml` package's equivalent is `maxAliasCount`
 * ({@link YAML_MAX_ALIAS_COUNT}).
 */
export const MAX_ALIAS_EXPANSION = 100_000

/**
 * `maxAliasCount` for every `yaml`-package `toJS()` Slipway calls on untrusted text
 * (`slipway.yaml`, policies): the package's own default, stated so it is never lost.
 * The package throws `ReferenceError: Excessive alias count…` beyond it.
 */
export const YAML_MAX_ALIAS_COUNT = 100

/**
 * Checks that a parsed YAML value (as js-yaml builds it: aliased values are shared
 * objects) expands to at most `limit` more nodes than it holds, and has no cycle (an alias
 * inside its own anchor, which js-yaml accepts and a walk would follow forever). Runs in
 * time linear in the distinct nodes: sizes are memoized per shared object.
 *
 * @param value the result of `jsYaml.load`.
 * @param limit extra nodes allowed (default {@link MAX_ALIAS_EXPANSION}).
 * @returns `undefined` when within budget, else the reason (no content of the document).
 */
export function aliasExcess(value: unknown, limit: number = MAX_ALIAS_EXPANSION): string | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const sizes = new Map<object, number>()
  const open = new Set<object>()
  let distinct = 0
  let cyclic = false
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1
    const known = sizes.get(node)
    if (known !== undefined) return known
    if (open.has(node)) {
      cyclic = true
      return 1
    }
    open.add(node)
    distinct++
    let total = 1
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child === null || typeof child !== 'object') distinct++
      total += size(child)
      if (cyclic) break
    }
    open.delete(node)
    sizes.set(node, total)
    return total
  }
  const expanded = size(value)
  if (cyclic) return 'an alias refers to the node that holds it (a cycle)'
  const extra = expanded - distinct
  return extra > limit ? `aliases would expand the document by ${formatCount(extra)} nodes, more than the ${limit.toLocaleString('en-US')} allowed (an alias bomb?)` : undefined
}

function formatCount(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toPrecision(3)} billion` : n >= 1e6 ? `${(n / 1e6).toPrecision(3)} million` : n.toLocaleString('en-US')
}

/**
 * Loads one YAML document with js-yaml's CORE schema (as {@link parseYamlStream}) within the
 * alias budget.
 *
 * @param file named in the error.
 * @throws {YamlLimitError} when aliases exceed {@link MAX_ALIAS_EXPANSION} or form a cycle.
 * @throws js-yaml's `YAMLException` for invalid YAML.
 */
export function loadYaml(text: string, file?: string): unknown {
  const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file })
  const excess = text.includes('&') ? aliasExcess(value) : undefined
  if (excess) throw new YamlLimitError(excess, file)
  return value
}

/**
 * `document.toJS()` of a `yaml`-package document within {@link YAML_MAX_ALIAS_COUNT}: the
 * one way Slipway turns configuration text (`slipway.yaml`, policy files) into values.
 *
 * @param file named in the error.
 * @throws {YamlLimitError} (a {@link ConfigError}) naming the file when aliases exceed the
 *   budget (the package's `ReferenceError: Excessive alias count…`).
 */
export function documentToJs(document: Document, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT })
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) throw new YamlLimitError(`YAML aliases expand beyond the budget of ${YAML_MAX_ALIAS_COUNT} (an alias bomb?); not read`, file)
    throw error
  }
}

/**
 * A YAML input exceeds a Slipway limit (alias expansion, size). The message names the file.
 * A {@link ConfigError} (CLI exit 2) when it reaches the CLI; rendering turns it into a
 * `render` finding.
 */
export class YamlLimitError extends ConfigError {
  override name = 'YamlLimitError'
}

/**
 * Parses a multi-document YAML (or JSON) stream into resources, one document at a time,
 * so a broken document is reported with its line and does not hide the others.
 *
 * Uses js-yaml's CORE schema (YAML 1.2 core: no timestamps, so dates stay strings as the
 * Kubernetes API server sees them) because it is ~4× faster than a Document/CST parse; the
 * `yaml` package's node ranges are used lazily, only where a finding needs a line.
 * Duplicate mapping keys are errors (`duplicated mapping key`), as in the API server's
 * strict decoding. `List` objects are expanded into their items. Empty documents are skipped.
 *
 * @param text the stream's UTF-8 text.
 * @param file repository-relative path recorded on each resource and error.
 * @returns resources in stream order, and one error per unparseable or non-object document.
 */
export function parseYamlStream(text: string, file?: string): ParsedStream {
  const resources: Resource[] = []
  const errors: StreamError[] = []
  const lines = text.split('\n')
  let start = 0
  let index = 0
  const flush = (end: number) => {
    const body = lines.slice(start, end).join('\n')
    const docLine = start + 1
    const docIndex = index++
    if (stripComments(body).trim() === '') return
    let value: unknown
    try {
      value = jsYaml.load(body, { schema: jsYaml.CORE_SCHEMA, filename: file })
    } catch (error) {
      const mark = (error as { mark?: { line: number; column: number } }).mark
      const reason = (error as { reason?: string }).reason ?? (error as Error).message
      errors.push({ file, index: docIndex, line: docLine + (mark?.line ?? 0), column: mark ? mark.column + 1 : undefined, message: `YAML: ${reason}` })
      return
    }
    // Without an anchor (`&name`) there can be no alias: skip the walk.
    const excess = body.includes('&') ? aliasExcess(value) : undefined
    if (excess) {
      errors.push({ file, index: docIndex, line: docLine, message: `YAML: ${excess}`, limit: true })
      return
    }
    if (value === null || value === undefined) return
    if (typeof value !== 'object' || Array.isArray(value)) {
      errors.push({ file, index: docIndex, line: docLine, message: 'document is not a Kubernetes object (expected a mapping with apiVersion and kind)' })
      return
    }
    const object = value as KubernetesObject
    const items = isListKind(object) ? (object.items as unknown[]) : [object]
    for (const item of items) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        errors.push({ file, index: docIndex, line: docLine, message: 'List item is not an object' })
        continue
      }
      resources.push({ ref: refOf(item as KubernetesObject), object: item as KubernetesObject, file, index: docIndex, line: docLine })
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (DOCUMENT_SEPARATOR.test(lines[i] as string)) {
      flush(i)
      start = i + 1
    }
  }
  flush(lines.length)
  return { resources, errors }
}

function stripComments(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
}
