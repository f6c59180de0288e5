/**
 * A static origin index: where each rendered resource came from, worked out from the
 * Kustomize dependency graph ({@link walkKustomization}) and the source files, without a
 * second `kustomize build` with `buildMetadata: [originAnnotations]` (which grows as N^2.8
 * with an overlay's `images:` list, issue 13).
 *
 * For each resource file listed under `resources:` (or `bases:`/`crds:`) the index reads
 * the documents' kind, name and namespace, then applies, from the innermost kustomization
 * outwards, what renames a resource — `namePrefix`, `nameSuffix` (not on
 * CustomResourceDefinition, APIService or Namespace, kustomize
 * `api/filters/prefixsuffix`, `plugin/builtin/prefixtransformer`) and `namespace:` — and
 * records the transformers each kustomization (and each of its `components:`) configures, in
 * the order kustomize runs them (kustomize `api/internal/target/kusttarget_configplugin.go`:
 * patchesStrategicMerge, patches, namespace, namePrefix, nameSuffix, labels, annotations,
 * patchesJson6902, replicas, images, replacements). Generated ConfigMaps and Secrets
 * (`configMapGenerator`/`secretGenerator`, `behavior: create`) are indexed by name, their
 * hash suffix ignored. The result has the shape of the origin annotations
 * ({@link ResourceOrigin}), so the same locator serves both.
 *
 * The index cannot decide — {@link OriginIndex.originOf} returns undefined — for a rendered
 * resource it does not find exactly once (Helm charts, generator/transformer plugins, remote
 * bases, resources renamed by a patch or a `transformers:` plugin): the caller falls back
 * to origin annotations for that environment.
 */
import { readFile } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import jsYaml from 'js-yaml'
import { walkKustomization, type KustomizationReference } from '../kustomize/graph.js'
import { refKey, type Resource, type ResourceOrigin } from '../manifests/resource.js'
import type { Environment } from '../render/environment.js'

/** Where rendered resources came from, as far as the sources tell. */
export interface OriginIndex {
  /** The origin of a rendered resource (paths repository-relative), or undefined when the index cannot decide. */
  originOf(resource: Resource): ResourceOrigin | undefined
  /** Why some resources may not be found (a Helm chart, a plugin, a remote base); empty when the graph was fully read. */
  gaps: string[]
}

/** Parsed files shared by the indexes of several environments (base resources are read once). */
export interface OriginIndexCache {
  documents: Map<string, Promise<SourceDocument[]>>
}

/** Creates an empty {@link OriginIndexCache}. */
export function createOriginIndexCache(): OriginIndexCache {
  return { documents: new Map() }
}

interface SourceDocument {
  kind: string
  name: string
  namespace?: string
}

interface Entry {
  kind: string
  /** Name as rendered so far. */
  name: string
  namespace?: string
  /** A generator's name: the rendered name has a `-<hash>` suffix. */
  hashed: boolean
  origin: ResourceOrigin
}

interface Node {
  file: string
  data: Record<string, unknown>
  refs: KustomizationReference[]
}

/** Kinds prefix/suffix transformers leave alone (kustomize `prefixSuffixFieldSpecsToSkip`). */
const UNPREFIXED = new Set(['CustomResourceDefinition', 'APIService', 'Namespace'])
/** Cluster-scoped kinds the namespace transformer leaves alone (the common ones). */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'CustomResourceDefinition',
  'APIService',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'IngressClass',
  'RuntimeClass',
])

/** Kustomization fields and the transformer each configures, in kustomize's run order. */
const TRANSFORMERS: Array<[string[], string]> = [
  [['patchesStrategicMerge'], 'PatchStrategicMergeTransformer'],
  [['patches'], 'PatchTransformer'],
  [['namespace'], 'NamespaceTransformer'],
  [['namePrefix'], 'PrefixTransformer'],
  [['nameSuffix'], 'SuffixTransformer'],
  [['commonLabels', 'labels'], 'LabelTransformer'],
  [['commonAnnotations'], 'AnnotationsTransformer'],
  [['patchesJson6902'], 'PatchJson6902Transformer'],
  [['replicas'], 'ReplicaCountTransformer'],
  [['images'], 'ImageTagTransformer'],
  [['replacements'], 'ReplacementTransformer'],
]

/**
 * Builds the origin index of one Kustomize environment.
 *
 * @param repoRoot absolute repository root; origins are relative to it.
 * @param environment a discovered environment (`type` not `yaml`); an Argo CD
 *   Application's `kustomize.namePrefix`/`nameSuffix`/`namespace` overrides are applied at its root.
 * @returns the index; never throws — an unreadable kustomization leaves a gap, and lookups then fall back.
 */
export async function buildOriginIndex(
  repoRoot: string,
  environment: Environment,
  cache: OriginIndexCache = createOriginIndexCache(),
): Promise<OriginIndex> {
  const root = resolve(repoRoot, environment.path)
  const gaps: string[] = []
  const nodes = new Map<string, Node>()
  const order: string[] = []
  try {
    for await (const ref of walkKustomization(root, {
      boundary: repoRoot,
      onKustomization: (file, data) => {
        nodes.set(dirname(file), { file, data, refs: [] })
        order.push(dirname(file))
      },
    })) {
      nodes.get(dirname(ref.from))?.refs.push(ref)
    }
  } catch (error) {
    gaps.push((error as Error).message)
  }
  const toRepo = (path: string) => relative(repoRoot, path).split(sep).join('/')
  const overrides = environment.kustomize
  const accumulate = async (dir: string, stack: Set<string>, isRoot: boolean): Promise<Entry[]> => {
    const node = nodes.get(dir)
    if (!node || stack.has(dir)) {
      gaps.push(`${toRepo(dir)} was not read`)
      return []
    }
    const inner = new Set(stack).add(dir)
    const data =
      isRoot && overrides ? { ...node.data, ...pick(overrides, ['namePrefix', 'nameSuffix', 'namespace']) } : node.data
    const entries: Entry[] = []
    for (const ref of node.refs) {
      if (!['resources', 'bases', 'crds'].includes(ref.key)) continue
      if (ref.kind === 'kustomization' && ref.path) entries.push(...(await accumulate(ref.path, inner, false)))
      else if (ref.kind === 'file' && ref.path) {
        const file = toRepo(ref.path)
        for (const document of await documentsOf(ref.path, cache))
          entries.push({ ...document, hashed: false, origin: { path: file, transformations: [] } })
      } else gaps.push(`${ref.key} ${ref.value} in ${toRepo(ref.from)} is ${ref.kind}`)
    }
    // Components run on everything accumulated so far, before this level's generators (kustomize `kusttarget.go` accumulateTarget).
    for (const ref of node.refs) {
      if (ref.key !== 'components' || ref.kind !== 'kustomization' || !ref.path) continue
      const component = nodes.get(ref.path)
      if (!component) continue
      const before = [...entries]
      const own = await accumulate(ref.path, inner, false)
      applyLevel(before, component.data, toRepo(component.file))
      entries.push(...own)
    }
    for (const [field, kind] of [
      ['configMapGenerator', 'ConfigMap'],
      ['secretGenerator', 'Secret'],
    ] as const) {
      const generators = Array.isArray(data[field]) ? (data[field] as Array<Record<string, unknown>>) : []
      const disabled =
        (data.generatorOptions as { disableNameSuffixHash?: unknown } | undefined)?.disableNameSuffixHash === true
      for (const generator of generators) {
        if (!generator || typeof generator.name !== 'string' || (generator.behavior && generator.behavior !== 'create'))
          continue
        const options = generator.options as { disableNameSuffixHash?: unknown } | undefined
        entries.push({
          kind,
          name: generator.name,
          ...(typeof generator.namespace === 'string' ? { namespace: generator.namespace } : {}),
          hashed: !(disabled || options?.disableNameSuffixHash === true),
          origin: {
            configuredIn: toRepo(node.file),
            configuredBy: kind === 'ConfigMap' ? 'ConfigMapGenerator' : 'SecretGenerator',
            transformations: [],
          },
        })
      }
    }
    for (const field of ['helmCharts', 'generators', 'transformers'])
      if (Array.isArray(data[field]) && (data[field] as unknown[]).length > 0)
        gaps.push(`${toRepo(node.file)} has ${field}`)
    applyLevel(entries, data, toRepo(node.file))
    return entries
  }
  const entries = nodes.has(root) ? await accumulate(root, new Set(), true) : []
  const byName = new Map<string, Entry[]>()
  for (const entry of entries) {
    const key = `${entry.kind}|${entry.name}`
    byName.set(key, [...(byName.get(key) ?? []), entry])
  }
  const decided = new Map<string, ResourceOrigin | undefined>()
  return {
    gaps,
    originOf(resource) {
      const key = refKey(resource.ref)
      if (decided.has(key)) return decided.get(key)
      const { kind, name, namespace } = resource.ref
      let candidates = byName.get(`${kind}|${name}`) ?? []
      if (candidates.length === 0 && (kind === 'ConfigMap' || kind === 'Secret')) {
        const stem = /^(.*)-[a-z0-9]{10}$/.exec(name)?.[1]
        candidates = stem ? (byName.get(`${kind}|${stem}`) ?? []).filter((entry) => entry.hashed) : []
      }
      if (candidates.length > 1)
        candidates = candidates.filter((entry) => (entry.namespace ?? '') === (namespace ?? ''))
      const origin = candidates.length === 1 ? structuredClone(candidates[0]!.origin) : undefined
      decided.set(key, origin)
      return origin
    },
  }
}

/** Applies one kustomization's renames to `entries` and records its transformers on them. */
function applyLevel(entries: Entry[], data: Record<string, unknown>, file: string): void {
  const prefix = typeof data.namePrefix === 'string' ? data.namePrefix : ''
  const suffix = typeof data.nameSuffix === 'string' ? data.nameSuffix : ''
  const namespace = typeof data.namespace === 'string' && data.namespace ? data.namespace : undefined
  const kinds = TRANSFORMERS.filter(([fields]) => fields.some((field) => present(data[field]))).map(([, kind]) => kind)
  for (const entry of entries) {
    if (!UNPREFIXED.has(entry.kind)) entry.name = `${prefix}${entry.name}${suffix}`
    if (namespace && !CLUSTER_SCOPED.has(entry.kind)) entry.namespace = namespace
    for (const kind of kinds) entry.origin.transformations.push({ configuredIn: file, kind })
  }
}

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return true
}

function pick(object: object, keys: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const key of keys) {
    const value = (object as Record<string, unknown>)[key]
    if (value !== undefined && value !== '') picked[key] = value
  }
  return picked
}

/** Kind, name and namespace of each document of a resource file (`List` items expanded); unreadable files have none. */
function documentsOf(path: string, cache: OriginIndexCache): Promise<SourceDocument[]> {
  let entry = cache.documents.get(path)
  if (!entry) {
    entry = readFile(path, 'utf8').then(
      (text) => {
        const documents: SourceDocument[] = []
        const add = (object: unknown) => {
          if (!object || typeof object !== 'object') return
          const { kind, metadata, items } = object as {
            kind?: unknown
            metadata?: { name?: unknown; namespace?: unknown }
            items?: unknown
          }
          if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(items)) return items.forEach(add)
          if (typeof kind !== 'string' || typeof metadata?.name !== 'string') return
          documents.push({
            kind,
            name: metadata.name,
            ...(typeof metadata.namespace === 'string' ? { namespace: metadata.namespace } : {}),
          })
        }
        try {
          jsYaml.loadAll(text, add, { schema: jsYaml.CORE_SCHEMA })
        } catch {
          // Kustomize reports a broken file itself; the index only has fewer names.
        }
        return documents
      },
      () => [],
    )
    cache.documents.set(path, entry)
  }
  return entry
}
