/**
 * Source-preserving edits of a kustomization: each primitive changes the text only at the
 * edited node — a scalar's value in its own quoting style, one `key: value` line added to
 * or removed from a block mapping, one `- item` added to or removed from a block sequence —
 * and re-parses. Where a primitive cannot splice (a flow collection `[a, b]`, an empty
 * file, a key on the `- ` line), it edits the `yaml` Document and re-serialises it instead:
 * still valid and comment-keeping, but untouched lines may be re-indented. Internal to
 * `src/kustomize`.
 */
import {
  Scalar,
  isMap,
  isScalar,
  isSeq,
  stringify,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import { ConfigError } from '../errors.js'
import type { Kustomization } from './kustomization.js'

/** A value written by an edit: a string, or a mapping of strings (a new sequence item). */
export type EditValue = string | Record<string, string>

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function endOfLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset
  const newline = text.indexOf('\n', offset)
  return newline < 0 ? text.length : newline + 1
}

/** Where the content of a node ends (before trailing comments on later lines). */
function contentEnd(node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1) as Pair | Node
    if (isMap(node)) {
      const pair = last as Pair<Node, Node | null>
      return pair.value ? contentEnd(pair.value) : (pair.key.range?.[1] ?? 0)
    }
    return contentEnd(last as Node)
  }
  return node.range?.[1] ?? 0
}

/** Renders a string scalar: in `like`'s quoting style when given and possible, else plain if plain reads back as the same string, else double-quoted. */
export function renderScalar(value: string, like?: Scalar): string {
  const type = like?.type
  if (type === Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`
  if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value)
  const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '')
  return plain === value ? value : JSON.stringify(value)
}

function splice(k: Kustomization, start: number, end: number, insert: string): void {
  const text = k.toString()
  k.replaceText(text.slice(0, start) + insert + text.slice(end))
}

/** Edits the Document and re-serialises it (fallback for what cannot be spliced). */
export function editDocument(k: Kustomization, edit: (document: Document.Parsed) => void): void {
  const document = k.document.clone() as Document.Parsed
  edit(document)
  const indentSeq = detectSeqIndent(k) !== ''
  k.replaceText(document.toString({ lineWidth: 0, indentSeq }))
}

/** The indentation of `- ` relative to the parent key in the file's block sequences ('' or '  '). */
export function detectSeqIndent(k: Kustomization): string {
  const text = k.toString()
  const root = k.document.contents
  if (!isMap(root)) return ''
  for (const pair of root.items) {
    const value = pair.value as Node | null
    const key = pair.key as Node
    if (!isSeq(value) || value.flow || !value.range || !key.range) continue
    const keyCol = key.range[0] - lineStart(text, key.range[0])
    const dashCol = value.range[0] - lineStart(text, value.range[0])
    return ' '.repeat(Math.max(0, dashCol - keyCol))
  }
  return ''
}

/** Sets a scalar node's string value in place, keeping its quoting where possible. */
export function setScalar(k: Kustomization, node: Scalar, value: string): void {
  if (node.value === value && typeof node.value === 'string') return
  const [start, end] = node.range ?? [undefined, undefined]
  if (
    start === undefined ||
    end === undefined ||
    node.type === Scalar.BLOCK_FOLDED ||
    node.type === Scalar.BLOCK_LITERAL
  ) {
    throw new ConfigError(
      `cannot edit the value ${JSON.stringify(String(node.value))} in place (a block scalar); write it as a plain or quoted string`,
      k.path,
    )
  }
  splice(k, start, end, renderScalar(value, node))
}

/** Column of a block mapping's keys, or undefined when its first key does not start its line. */
function mapKeyColumn(text: string, map: YAMLMap): { column: number; ownLine: boolean } | undefined {
  const first = map.items[0]?.key as Node | undefined
  const start = first?.range?.[0]
  if (start === undefined) return undefined
  const prefix = text.slice(lineStart(text, start), start)
  // A mapping that is a sequence item starts on the `- ` line: its keys line up after the dash.
  return { column: prefix.length, ownLine: /^\s*(?:-\s+)*$/.test(prefix) }
}

function renderBlock(value: EditValue, indent: string, seqIndent: string): string {
  if (typeof value === 'string') return ` ${renderScalar(value)}\n`
  return `\n${renderItem(value, indent + seqIndent)}`
}

function renderItem(value: EditValue, dashIndent: string, gap = ' '): string {
  if (typeof value === 'string') return `${dashIndent}-${gap}${renderScalar(value)}\n`
  const keyIndent = dashIndent + ' '.repeat(1 + gap.length)
  return Object.entries(value)
    .map(([key, v], i) => `${i === 0 ? `${dashIndent}-${gap}` : keyIndent}${key}: ${renderScalar(v)}\n`)
    .join('')
}

/**
 * Adds `key: value` as the last entry of a mapping (a sequence value is written as a block
 * sequence of one item). `map` undefined: the document's root mapping.
 */
export function addPair(k: Kustomization, map: YAMLMap | undefined, key: string, value: EditValue | EditValue[]): void {
  const text = k.toString()
  const target = map ?? (isMap(k.document.contents) ? k.document.contents : undefined)
  const column = target && !target.flow ? mapKeyColumn(text, target) : undefined
  if (!target || !column?.ownLine) {
    editDocument(k, (document) => {
      const node = document.createNode(value)
      if (!target) document.set(key, node)
      else findSame(document, target)?.set(key, node)
    })
    return
  }
  const indent = ' '.repeat(column.column)
  const seqIndent = detectSeqIndent(k)
  const rendered = Array.isArray(value)
    ? `\n${value.map((item) => renderItem(item, indent + seqIndent)).join('')}`
    : renderBlock(value, indent, seqIndent)
  // A new top-level key goes at the end of the file (after any closing comment); a nested one after the map's last line.
  const at = target === k.document.contents ? text.length : endOfLine(text, contentEnd(target))
  let line = `${indent}${key}:${rendered}`
  if (at === text.length && text.length > 0 && !text.endsWith('\n')) line = `\n${line}`
  splice(k, at, at, line)
}

/** Removes the pair of `key` from a mapping (its lines, with a comment on the same line). */
export function removePair(k: Kustomization, map: YAMLMap, key: string): void {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key)
  if (!pair) return
  const text = k.toString()
  const keyNode = pair.key as Node
  const start = keyNode.range?.[0]
  const column = mapKeyColumn(text, map)
  const prefix = start !== undefined ? text.slice(lineStart(text, start), start) : ''
  const index = map.items.indexOf(pair)
  const next = map.items[index + 1]?.key as Node | undefined
  if (!map.flow && start !== undefined && index === 0 && /^\s*-\s+$/.test(prefix) && next?.range) {
    // The first key of a sequence item (`- digest: …`): the next key moves up to the `- ` line.
    splice(k, start, next.range[0], '')
    return
  }
  if (map.flow || !/^\s*$/.test(prefix) || !column || start === undefined) {
    editDocument(k, (document) => findSame(document, map)?.delete(key))
    return
  }
  const end = endOfLine(text, pair.value ? contentEnd(pair.value as Node) : (keyNode.range?.[1] ?? start))
  splice(k, lineStart(text, start), end, '')
}

/** Appends an item to a block sequence, in the indentation of its first item. */
export function appendItem(k: Kustomization, seq: YAMLSeq, value: EditValue): void {
  const text = k.toString()
  const first = seq.items[0] as Node | undefined
  const start = first?.range?.[0]
  const prefix = start !== undefined ? text.slice(lineStart(text, start), start) : ''
  const dash = /^(\s*)-(\s+)$/.exec(prefix)
  if (seq.flow || !first || !dash) {
    editDocument(k, (document) => findSame(document, seq)?.add(document.createNode(value)))
    return
  }
  const at = endOfLine(text, contentEnd(seq))
  let item = renderItem(value, dash[1] as string, dash[2] as string)
  if (at === text.length && !text.endsWith('\n')) item = `\n${item}`
  splice(k, at, at, item)
}

/** Removes item `index` of a sequence (its lines, with a comment on the same line). */
export function removeItem(k: Kustomization, seq: YAMLSeq, index: number): void {
  const text = k.toString()
  const item = seq.items[index] as Node | undefined
  const start = item?.range?.[0]
  const prefix = start !== undefined ? text.slice(lineStart(text, start), start) : ''
  if (seq.flow || !item || start === undefined || !/^\s*-\s+$/.test(prefix) || seq.items.length === 1) {
    editDocument(k, (document) => findSame(document, seq)?.delete(index))
    return
  }
  splice(k, lineStart(text, start), endOfLine(text, contentEnd(item)), '')
}

/** The node at the same source position in a clone of the document. */
function findSame<T extends YAMLMap | YAMLSeq>(document: Document, node: T): T | undefined {
  const start = node.range?.[0]
  let found: T | undefined
  const visit = (current: unknown): void => {
    if (found) return
    if (
      (isMap(current) || isSeq(current)) &&
      current.range?.[0] === start &&
      current.constructor === node.constructor
    ) {
      found = current as T
      return
    }
    if (isMap(current)) for (const pair of current.items) visit(pair.value)
    else if (isSeq(current)) for (const item of current.items) visit(item)
  }
  visit(document.contents)
  return found
}
