import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type YAMLMap } from 'yaml'
import { refKey, type KubernetesObject, type Resource } from '../manifests/resource.js'
import type { RenderResult } from '../render/environment.js'
import type { Finding } from '../findings/finding.js'
import { pointerTokens } from '../util/json-pointer.js'

/** A parsed source file with line lookup; files are parsed lazily, only when a finding needs them. */
interface SourceFile {
  documents: Document.Parsed[]
  lines: LineCounter
  /** The file's text, split into lines (for block-scalar indentation). */
  text: string[]
}

/** Where a value was found. */
interface Location {
  file: string
  line: number
  column: number
  exact: boolean
}

/** List keys Kubernetes strategic merge uses to match items (patchMergeKey), tried in order. */
const MERGE_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'devicePath', 'key', 'id', 'ip', 'topologyKey']

/**
 * Points each finding at the source that introduced the offending value — the base
 * resource file, the overlay patch that set it, or the kustomization field (`images:`,
 * `replicas:`, `namespace:`, `namePrefix:`, generators) — using Kustomize's build metadata
 * (`config.kubernetes.io/origin`, `alpha.config.kubernetes.io/transformations`, see
 * kustomize `api/resource/origin.go`) recorded on each {@link Resource} and the `yaml`
 * package's node ranges. Transformers are consulted last-applied first; a patch claims a
 * value only when it contains the finding's full JSON pointer (list items matched by their
 * strategic-merge key, e.g. container `name`). When the exact node cannot be found the
 * finding gets the nearest enclosing node — at worst the resource's first line — and
 * `locationApproximate: true`.
 *
 * `inMemory` holds the text of sources that are not files (`<stdin>` → the stream read from standard input).
 *
 * Mutates the findings in place (sets `file`, `line`, `column`, 1-based). Findings that
 * already have a line, or name no resource, are left as they are. Never throws: an
 * unreadable source only leaves a finding without a line.
 */
export async function locateFindings(
  findings: Finding[],
  results: readonly RenderResult[],
  repoRoot: string,
  inMemory?: ReadonlyMap<string, string>,
): Promise<void> {
  const cache = new Map<string, Promise<SourceFile | undefined>>()
  const load = (file: string) => {
    let entry = cache.get(file)
    if (!entry) {
      entry = readSource(resolve(repoRoot, file))
      cache.set(file, entry)
    }
    return entry
  }
  const texts = new Map<string, Promise<string[] | undefined>>()
  const documentAt: DocumentLoader = async (file, line) => {
    let lines = texts.get(file)
    if (!lines) {
      const text = inMemory?.get(file)
      lines =
        text !== undefined
          ? Promise.resolve(text.split('\n'))
          : readFile(resolve(repoRoot, file), 'utf8').then(
              (read) => read.split('\n'),
              () => undefined,
            )
      texts.set(file, lines)
    }
    return parseDocumentAt((await lines) ?? [], line)
  }
  const byEnvironment = new Map<string, Map<string, Resource>>()
  for (const result of results) {
    const index = new Map<string, Resource>()
    for (const resource of result.resources) index.set(refKey(resource.ref), resource)
    byEnvironment.set(result.environment.name, index)
  }
  // Findings about Argo CD objects (argocd-* checks) name the object's file; its document
  // is among the validated definitions, whatever environment the finding belongs to.
  const byFile = new Map<string, Resource>()
  for (const result of results)
    for (const resource of result.resources)
      if (resource.line !== undefined && resource.file) byFile.set(`${resource.file}|${refKey(resource.ref)}`, resource)
  for (const finding of findings) {
    if (finding.line !== undefined || !finding.resource) continue
    const resource =
      (finding.environment ? byEnvironment.get(finding.environment)?.get(refKey(finding.resource)) : undefined) ??
      (finding.file ? byFile.get(`${finding.file}|${refKey(finding.resource)}`) : undefined)
    if (!resource) continue
    try {
      const location = await locate(resource, finding.path ?? '', load, documentAt)
      if (!location) continue
      finding.file = location.file
      finding.line = location.line
      finding.column = location.column
      if (!location.exact) finding.locationApproximate = true
    } catch {
      // Line mapping is best effort; the finding stands without a line.
    }
  }
}

type Loader = (file: string) => Promise<SourceFile | undefined>
/** Parses only the document starting at a 1-based line of a multi-document file. */
type DocumentLoader = (
  file: string,
  line: number,
) => Promise<{ document: Document.Parsed; source: SourceFile } | undefined>

async function locate(
  resource: Resource,
  pointer: string,
  load: Loader,
  documentAt: DocumentLoader,
): Promise<Location | undefined> {
  const tokens = pointerTokens(pointer)
  const origin = resource.origin
  if (!origin) {
    // Plain YAML: the resource was read from `file`, its document starting at `line`.
    // Parse just that document: a large stream with a few findings stays cheap.
    if (!resource.file || resource.line === undefined) return undefined
    const found = await documentAt(resource.file, resource.line)
    if (!found) return undefined
    const location = navigate(found.document, found.source, resource.file, tokens, resource.object, false)
    return location && { ...location, line: location.line + resource.line - 1 }
  }
  for (const step of [...origin.transformations].reverse()) {
    const found = await fromTransformer(step.kind, step.configuredIn, resource, tokens, load)
    if (found) return found
  }
  if (origin.path && !origin.repo) {
    const source = await load(origin.path)
    const document = source && findDocument(source, resource.object)
    if (source && document) return navigate(document, source, origin.path, tokens, resource.object, false)
  }
  if (origin.configuredIn) {
    const found = await kustomizationEntry(
      origin.configuredIn,
      ['configMapGenerator', 'secretGenerator'],
      resource,
      load,
    )
    if (found) return { ...found, exact: false }
  }
  return undefined
}

async function fromTransformer(
  kind: string,
  kustomization: string,
  resource: Resource,
  tokens: string[],
  load: Loader,
): Promise<Location | undefined> {
  const pointer = `/${tokens.join('/')}`
  const source = await load(kustomization)
  const document = source?.documents[0]
  if (!source || !document || !isMap(document.contents)) return undefined
  const root = document.contents as YAMLMap
  if (
    kind === 'ImageTagTransformer' &&
    /\/(containers|initContainers|ephemeralContainers)\/\d+\/image$/.test(pointer)
  ) {
    const image = String(valueAt(resource.object, tokens) ?? '')
    const repository = image.split('@')[0]!.replace(/:[^/:]*$/, '')
    const images = root.get('images', true)
    if (isSeq(images)) {
      for (const entry of images.items) {
        if (!isMap(entry)) continue
        const name = String(entry.get('newName') ?? entry.get('name') ?? '')
        if (name === repository || image.startsWith(`${name}:`) || image.startsWith(`${name}@`)) {
          // An Argo CD override or a later transformer may have set other parts: only claim
          // the value when this entry explains the rendered tag and digest.
          const tag = entry.get('newTag')
          const digest = entry.get('digest')
          if (
            (tag !== undefined && !image.includes(`:${String(tag)}`)) ||
            (digest !== undefined && !image.endsWith(`@${String(digest)}`))
          )
            continue
          const node =
            (entry.get('digest', true) as Node | undefined) && image.includes('@')
              ? (entry.get('digest', true) as Node)
              : ((entry.get('newTag', true) as Node | undefined) ?? entry)
          return position(node, source, kustomization, true)
        }
      }
    }
  }
  if (kind === 'ReplicaCountTransformer' && pointer === '/spec/replicas') {
    const replicas = root.get('replicas', true)
    const entry = isSeq(replicas) ? bestNamedEntry(replicas.items, resource.ref.name) : undefined
    if (
      entry &&
      !valueDiffers(
        entry.get('count', true),
        resource.object.spec && (resource.object.spec as Record<string, unknown>).replicas,
      )
    ) {
      return position((entry.get('count', true) as Node | undefined) ?? entry, source, kustomization, true)
    }
  }
  if (kind === 'NamespaceTransformer' && pointer === '/metadata/namespace')
    return keyLine(root, 'namespace', source, kustomization)
  if (kind === 'PrefixTransformer' && pointer === '/metadata/name')
    return keyLine(root, 'namePrefix', source, kustomization)
  if (kind === 'SuffixTransformer' && pointer === '/metadata/name')
    return keyLine(root, 'nameSuffix', source, kustomization)
  if (kind === 'ReplacementTransformer') return fromReplacements(root, kustomization, resource, tokens, source)
  if (kind === 'PatchTransformer' || kind === 'PatchStrategicMergeTransformer' || kind === 'PatchJson6902Transformer') {
    return fromPatches(root, kustomization, resource, tokens, source, load)
  }
  return undefined
}

async function fromPatches(
  root: YAMLMap,
  kustomization: string,
  resource: Resource,
  tokens: string[],
  source: SourceFile,
  load: Loader,
): Promise<Location | undefined> {
  const dir = kustomization.split('/').slice(0, -1).join('/')
  const entries: Node[] = []
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    const list = root.get(key, true)
    if (isSeq(list)) entries.push(...(list.items as Node[]))
  }
  for (const entry of entries.reverse()) {
    let patchFile: string | undefined
    let inline: Node | undefined
    if (isScalar(entry)) patchFile = String(entry.value)
    else if (isMap(entry)) {
      if (entry.has('path')) patchFile = String(entry.get('path'))
      else inline = entry.get('patch', true) as Node | undefined
      const target = entry.get('target')
      if (target && !targetMatches((target as YAMLMap).toJSON?.() ?? target, resource)) continue
    }
    if (patchFile) {
      const file = dir ? `${dir}/${patchFile}` : patchFile
      const patch = await load(file)
      if (!patch) continue
      for (const document of patch.documents) {
        const found = claim(document, patch, file, tokens, resource)
        if (found) return found
      }
    } else if (inline && isScalar(inline) && typeof inline.value === 'string') {
      // An inline patch is a YAML string inside the kustomization: parse it and shift its lines.
      const text = inline.value
      const lines = new LineCounter()
      const documents = parseAllDocuments(text, { lineCounter: lines, keepSourceTokens: false })
      const parsed = {
        documents: Array.isArray(documents) ? documents : [documents],
        lines,
        text: text.split('\n'),
      } as SourceFile
      for (const document of parsed.documents) {
        const found = claim(document, parsed, kustomization, tokens, resource)
        if (found) {
          const start = source.lines.linePos(inline.range?.[0] ?? 0)
          if (inline.type === 'BLOCK_LITERAL' || inline.type === 'BLOCK_FOLDED') {
            // The content starts on the line after the `|` indicator, indented as that line is.
            const firstContentLine = source.text[start.line] ?? ''
            const indent = firstContentLine.length - firstContentLine.trimStart().length
            return { ...found, line: start.line + found.line, column: found.column + indent }
          }
          // A quoted or plain scalar: line breaks inside it are folded, so only the line is reliable.
          return { ...found, line: start.line + found.line - 1, column: start.col, exact: false }
        }
      }
    }
  }
  return undefined
}

/**
 * A `replacements:` entry claims the value when one of its targets selects this resource's
 * kind and one of the target's `fieldPaths` (`spec.template.spec.containers.[name=web].image`,
 * kustomize `api/filters/replacement`) names the finding's path.
 */
function fromReplacements(
  root: YAMLMap,
  kustomization: string,
  resource: Resource,
  tokens: string[],
  source: SourceFile,
): Location | undefined {
  const replacements = root.get('replacements', true)
  if (!isSeq(replacements)) return undefined
  for (const replacement of replacements.items) {
    const targets = isMap(replacement) ? replacement.get('targets', true) : undefined
    if (!isSeq(targets)) continue
    for (const target of targets.items) {
      if (!isMap(target)) continue
      const select = (target.get('select') as YAMLMap | undefined)?.toJSON?.() as Record<string, unknown> | undefined
      if (select?.kind && select.kind !== resource.ref.kind) continue
      const fieldPaths = target.get('fieldPaths', true)
      if (!isSeq(fieldPaths)) continue
      for (const fieldPath of fieldPaths.items) {
        if (isScalar(fieldPath) && fieldPathMatches(String(fieldPath.value), tokens))
          return position(fieldPath, source, kustomization, true)
      }
    }
  }
  return undefined
}

/** Compares a kustomize field path (`a.b.[name=x].c`, `a.b.0.c`, `a.*.c`) with JSON pointer tokens. */
function fieldPathMatches(fieldPath: string, tokens: string[]): boolean {
  const parts = fieldPath.match(/\[[^\]]*\]|[^.]+/g) ?? []
  if (parts.length !== tokens.length) return false
  return parts.every(
    (part, i) => part === '*' || part === tokens[i] || (part.startsWith('[') && /^\d+$/.test(tokens[i] as string)),
  )
}

/** A patch document claims the value when it sets the full pointer (strategic merge) or has an op on it (JSON 6902). */
function claim(
  document: Document.Parsed,
  source: SourceFile,
  file: string,
  tokens: string[],
  resource: Resource,
): Location | undefined {
  const contents = document.contents
  if (isSeq(contents)) {
    const pointer = `/${tokens.join('/')}`
    for (const op of contents.items) {
      if (!isMap(op)) continue
      const path = String(op.get('path') ?? '')
      if (path && (pointer === path || pointer.startsWith(`${path}/`))) return position(op, source, file, true)
    }
    return undefined
  }
  if (!isMap(contents)) return undefined
  const kind = contents.get('kind') as unknown
  if (kind !== undefined && kind !== resource.ref.kind) return undefined
  // A strategic-merge patch names its target: another resource's patch does not claim the value.
  const name = contents.getIn(['metadata', 'name']) as unknown
  if (
    typeof name === 'string' &&
    name !== resource.ref.name &&
    !new RegExp(`(^|-)${escapeRegExp(name)}(-|$)`).test(resource.ref.name)
  )
    return undefined
  const found = navigate(document, source, file, tokens, resource.object, true)
  return found?.exact ? found : undefined
}

function targetMatches(target: Record<string, unknown>, resource: Resource): boolean {
  if (target.kind && target.kind !== resource.ref.kind) return false
  if (
    typeof target.name === 'string' &&
    !new RegExp(`^(.*-)?${escapeRegExp(target.name)}(-.*)?$`).test(resource.ref.name) &&
    !new RegExp(`^${target.name}$`).test(resource.ref.name)
  )
    return false
  return true
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Walks the pointer through a YAML document, matching list items by merge key; returns the deepest node reached. */
function navigate(
  document: Document.Parsed,
  source: SourceFile,
  file: string,
  tokens: string[],
  object: KubernetesObject,
  strictLists: boolean,
): Location | undefined {
  let node: Node | null | undefined = document.contents
  let rendered: unknown = object
  let deepest: Node | undefined = node ?? undefined
  let consumed = 0
  for (const token of tokens) {
    if (isMap(node)) {
      const pair: { key: unknown; value: unknown } | undefined = (node as YAMLMap).items.find(
        (item) => isScalar(item.key) && String(item.key.value) === token,
      )
      if (!pair) break
      // For a map key, report the key's position: that is where a reader looks.
      node = (pair.value as Node | null) ?? (pair.key as Node)
      deepest = (pair.key as Node) ?? node
    } else if (isSeq(node)) {
      const renderedItem = Array.isArray(rendered) ? rendered[Number(token)] : undefined
      let match: Node | undefined
      const key =
        renderedItem && typeof renderedItem === 'object'
          ? MERGE_KEYS.find((candidate) => candidate in (renderedItem as object))
          : undefined
      if (key)
        match = node.items.find(
          (item) => isMap(item) && String(item.get(key)) === String((renderedItem as Record<string, unknown>)[key]),
        ) as Node | undefined
      if (!match && !strictLists) match = node.items[Number(token)] as Node | undefined
      if (!match) break
      node = match
      deepest = match
    } else break
    rendered = rendered && typeof rendered === 'object' ? (rendered as Record<string, unknown>)[token] : undefined
    consumed++
  }
  if (!deepest) return undefined
  // The source must hold the rendered value: a `replacements:` entry, an Argo CD override
  // or a transformer may have changed it, and then this line is only the nearest place.
  const exact = consumed === tokens.length && !valueDiffers(node, rendered)
  return position(deepest, source, file, exact)
}

/** True when a YAML scalar node holds another value than the rendered one (maps and lists are not compared). */
function valueDiffers(node: unknown, rendered: unknown): boolean {
  if (!isScalar(node) || rendered === undefined || (rendered !== null && typeof rendered === 'object')) return false
  return String(node.value) !== String(rendered)
}

/**
 * The list entry whose `name` names the resource: equal to it, or else the longest name
 * the resource's name contains as a whole `-`-separated part (after namePrefix/nameSuffix
 * or a generator's hash), so `web` never claims `web-worker`.
 */
function bestNamedEntry(items: readonly unknown[], resourceName: string): YAMLMap | undefined {
  let best: { entry: YAMLMap; length: number } | undefined
  for (const entry of items) {
    if (!isMap(entry)) continue
    const name = String(entry.get('name') ?? '')
    if (!name) continue
    if (name === resourceName) return entry
    if (new RegExp(`(^|-)${escapeRegExp(name)}(-|$)`).test(resourceName) && (!best || name.length > best.length))
      best = { entry, length: name.length }
  }
  return best?.entry
}

function findDocument(source: SourceFile, object: KubernetesObject): Document.Parsed | undefined {
  const kind = object.kind
  const name = String(object.metadata?.name ?? '')
  const sameKind = source.documents.filter(
    (document) => isMap(document.contents) && (document.contents.get('kind') as unknown) === kind,
  )
  return (
    sameKind.find((document) => (document.contents as YAMLMap).getIn(['metadata', 'name']) === name) ??
    sameKind.find((document) =>
      name.includes(String((document.contents as YAMLMap).getIn(['metadata', 'name']) ?? '\u0000')),
    ) ??
    sameKind[0] ??
    source.documents[0]
  )
}

async function kustomizationEntry(
  kustomization: string,
  keys: string[],
  resource: Resource,
  load: Loader,
): Promise<Omit<Location, 'exact'> | undefined> {
  const source = await load(kustomization)
  const root = source?.documents[0]?.contents
  if (!source || !isMap(root)) return undefined
  for (const key of keys) {
    const list = root.get(key, true)
    const entry = isSeq(list) ? bestNamedEntry(list.items, resource.ref.name) : undefined
    if (entry) return position(entry, source, kustomization, false)
  }
  return undefined
}

function keyLine(root: YAMLMap, key: string, source: SourceFile, file: string): Location | undefined {
  const pair: { key: unknown } | undefined = root.items.find((item) => isScalar(item.key) && item.key.value === key)
  return pair ? position(pair.key as Node, source, file, true) : undefined
}

function position(node: Node, source: SourceFile, file: string, exact: boolean): Location {
  const { line, col } = source.lines.linePos(node.range?.[0] ?? 0)
  return { file, line, column: col, exact }
}

function valueAt(object: unknown, tokens: string[]): unknown {
  let current = object
  for (const token of tokens)
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[token] : undefined
  return current
}

/** The document of `lines` that starts at 1-based `line` and runs to the next `---`. */
function parseDocumentAt(lines: string[], line: number): { document: Document.Parsed; source: SourceFile } | undefined {
  let end = line - 1
  while (end < lines.length && !/^---(?:\s.*)?$/.test(lines[end] as string)) end++
  const lineCounter = new LineCounter()
  const [document] = parseAllDocuments(lines.slice(line - 1, end).join('\n'), { lineCounter }) as Document.Parsed[]
  const text = lines.slice(line - 1, end)
  return document ? { document, source: { documents: [document], lines: lineCounter, text } } : undefined
}

async function readSource(path: string): Promise<SourceFile | undefined> {
  try {
    const text = await readFile(path, 'utf8')
    const lines = new LineCounter()
    const parsed = parseAllDocuments(text, { lineCounter: lines })
    return {
      documents: Array.isArray(parsed) ? parsed : [parsed as unknown as Document.Parsed],
      lines,
      text: text.split('\n'),
    }
  } catch {
    return undefined
  }
}
