/**
 * CustomResourceDefinition YAML → `{group}/{kind}_{version}.json` schemas (the
 * CRDs-catalog / datree layout kubeconform reads with
 * `{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`).
 */
import { ConfigError } from '../errors.js'
import type { KubernetesObject } from '../manifests/resource.js'
import { parseYamlStream } from '../manifests/yaml-stream.js'
import type { CatalogEntry } from './catalog.js'
import { crdCatalogPath } from './naming.js'
import { normalizeSchema, type JsonSchema } from './normalize.js'

/** Options of {@link crdsToCatalog}. */
export interface CrdImportOptions {
  /** Close objects except under `x-kubernetes-preserve-unknown-fields: true`. Default true. */
  strict?: boolean
}

const API_EXTENSIONS = new Set(['apiextensions.k8s.io/v1', 'apiextensions.k8s.io/v1beta1'])

/**
 * Reads every `CustomResourceDefinition` of a (multi-document) YAML stream and returns one
 * schema per *served* version, taken from `spec.versions[].schema.openAPIV3Schema`
 * (apiextensions v1) or the CRD-wide `spec.validation.openAPIV3Schema` (v1beta1).
 * Objects are closed except at nodes with `x-kubernetes-preserve-unknown-fields: true`;
 * `x-kubernetes-int-or-string` and `x-kubernetes-embedded-resource` are honoured (see
 * {@link normalizeSchema}); `apiVersion` and `kind` are pinned with `enum`s. Other
 * documents in the stream are ignored. Upstream: kubeconform `scripts/openapi2jsonschema.py`
 * (CRD mode) and the Kubernetes docs "Extend the Kubernetes API with CustomResourceDefinitions".
 *
 * @param text YAML text.
 * @param file where it came from, for error messages.
 * @throws ConfigError naming the file (and the CRD) when YAML does not parse or a CRD lacks group, kind or versions.
 */
export function crdsToCatalog(text: string, file: string, options: CrdImportOptions = {}): CatalogEntry[] {
  const { resources, errors } = parseYamlStream(text, file)
  const first = errors[0]
  if (first) throw new ConfigError(`line ${first.line}: ${first.message}`, file)
  const entries: CatalogEntry[] = []
  for (const resource of resources) entries.push(...crdObjectToCatalog(resource.object, file, resource.index, options))
  return entries
}

/**
 * The catalog entries of one parsed object: one per served version when it is a
 * `CustomResourceDefinition` (see {@link crdsToCatalog} for the rules), none otherwise.
 * Also used for the CRDs rendered in an environment, whose custom resources they validate.
 *
 * @param file where the object came from, for error messages; `index` its 0-based document index.
 * @throws ConfigError naming the file and the CRD when it lacks group, kind or versions.
 */
export function crdObjectToCatalog(crd: KubernetesObject, file: string, index = 0, options: CrdImportOptions = {}): CatalogEntry[] {
  const entries: CatalogEntry[] = []
  if (crd.kind !== 'CustomResourceDefinition' || !API_EXTENSIONS.has(String(crd.apiVersion))) return []
  const name = crd.metadata?.name ?? `document ${index + 1}`
  const spec = crd.spec as { group?: unknown; names?: { kind?: unknown }; versions?: unknown; version?: unknown; validation?: { openAPIV3Schema?: unknown } } | undefined
  const group = spec?.group
  const kind = spec?.names?.kind
  if (typeof group !== 'string' || group === '' || typeof kind !== 'string' || kind === '') {
    throw new ConfigError(`CustomResourceDefinition ${name}: spec.group and spec.names.kind are required`, file)
  }
  const versions: { name: string; schema: unknown }[] = []
  if (Array.isArray(spec?.versions) && spec.versions.length > 0) {
    for (const version of spec.versions as { name?: unknown; served?: unknown; schema?: { openAPIV3Schema?: unknown } }[]) {
      if (typeof version?.name !== 'string') throw new ConfigError(`CustomResourceDefinition ${name}: a spec.versions entry has no name`, file)
      if (version.served === false) continue
      versions.push({ name: version.name, schema: version.schema?.openAPIV3Schema ?? spec.validation?.openAPIV3Schema })
    }
  } else if (typeof spec?.version === 'string') {
    versions.push({ name: spec.version, schema: spec.validation?.openAPIV3Schema })
  } else {
    throw new ConfigError(`CustomResourceDefinition ${name}: spec.versions is empty`, file)
  }
  for (const version of versions) {
    // A version without a schema accepts anything (the API server preserves unknown fields there).
    const source = typeof version.schema === 'object' && version.schema !== null ? (version.schema as JsonSchema) : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }
    const schema = normalizeSchema(source, { strict: options.strict ?? true })
    pinTypeMeta(schema, `${group}/${version.name}`, kind)
    entries.push({ group, version: version.name, kind, path: crdCatalogPath(kind, `${group}/${version.name}`) as string, schema })
  }
  return entries
}

function pinTypeMeta(schema: JsonSchema, apiVersion: string, kind: string): void {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  // The API server sets apiVersion, kind and ObjectMeta itself; CRD schemas usually declare them, but a minimal one may not.
  schema.properties = {
    ...properties,
    apiVersion: { ...(properties.apiVersion ?? { type: 'string' }), enum: [apiVersion] },
    kind: { ...(properties.kind ?? { type: 'string' }), enum: [kind] },
    metadata: properties.metadata ?? { type: 'object' },
  }
}
