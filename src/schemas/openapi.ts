/**
 * Kubernetes OpenAPI v2 (`kubectl get --raw /openapi/v2`) → a kubeconform-style catalog:
 * one self-contained JSON Schema per group/version/kind.
 */
import { ConfigError } from '../errors.js'
import type { CatalogEntry } from './catalog.js'
import { withKnownEnums } from './enums.js'
import { catalogFileName } from './naming.js'
import { normalizeSchema, type JsonSchema } from './normalize.js'

/** Options of {@link openApiToCatalog}. */
export interface OpenApiImportOptions {
  /** Close objects (`additionalProperties: false`), as kubeconform's `-strict` catalogs. Default true. */
  strict?: boolean
  /** Keep `description` texts (useful for editors; not needed to validate). Default false: files are ~3× smaller. */
  descriptions?: boolean
}

const DEFINITION_REF = '#/definitions/'

// Replacements openapi2jsonschema --kubernetes makes: IntOrString takes an integer or a
// string, and Quantity a string or a number (`cpu: 1` in YAML is a number; the API
// server's Quantity.UnmarshalJSON accepts it).
const REPLACED_DEFINITIONS: Record<string, JsonSchema> = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { type: ['integer', 'string'] },
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { type: ['string', 'number'] },
}

/**
 * Converts an OpenAPI v2 document into catalog entries: for every definition carrying
 * `x-kubernetes-group-version-kind`, one schema per GVK, named as kubeconform's default
 * template expects (`deployment-apps-v1.json`, `service-v1.json`), with the definitions it
 * references (transitively) bundled under its own `definitions` so the file stands alone.
 * `apiVersion` and `kind` are pinned with `enum`s, like openapi2jsonschema `--expanded`;
 * enumerated string fields get their `enum` (see {@link withKnownEnums}).
 * Optional properties accept `null` (kubeconform's catalogs do the same).
 *
 * Upstream rules: kubeconform `scripts/openapi2jsonschema.py` and instrumenta
 * openapi2jsonschema `command.py` (`--kubernetes --expanded --stand-alone --strict`).
 *
 * @param document the parsed OpenAPI document.
 * @param source file or URL it came from, for error messages.
 * @throws ConfigError when the document has no `definitions` or a `$ref` points nowhere.
 */
export function openApiToCatalog(document: unknown, source: string, options: OpenApiImportOptions = {}): CatalogEntry[] {
  const definitions = (document as { definitions?: unknown } | null)?.definitions
  if (typeof definitions !== 'object' || definitions === null || Array.isArray(definitions)) {
    throw new ConfigError('not a Kubernetes OpenAPI v2 document: no "definitions" object (expected the output of `kubectl get --raw /openapi/v2`)', source)
  }
  const raw = definitions as Record<string, JsonSchema>
  const strict = options.strict ?? true
  const normalized = new Map<string, JsonSchema>()
  const normalizedDefinition = (name: string, from: string): JsonSchema => {
    let schema = normalized.get(name)
    if (schema) return schema
    const found = REPLACED_DEFINITIONS[name] ?? raw[name]
    if (typeof found !== 'object' || found === null) throw new ConfigError(`"$ref": "${DEFINITION_REF}${name}" in definition ${from} points to no definition`, source)
    const original = withKnownEnums(name, found)
    schema = normalizeSchema(options.descriptions ? original : withoutDescriptions(original), { strict, nullableOptional: true })
    normalized.set(name, schema)
    return schema
  }

  const entries: CatalogEntry[] = []
  for (const [name, definition] of Object.entries(raw)) {
    const gvks = definition['x-kubernetes-group-version-kind']
    if (!Array.isArray(gvks)) continue
    const base = normalizedDefinition(name, name)
    const bundled: Record<string, JsonSchema> = {}
    const pending = collectRefs(base, [])
    while (pending.length > 0) {
      const ref = pending.pop() as string
      if (ref in bundled) continue
      const target = normalizedDefinition(ref, name)
      bundled[ref] = target
      collectRefs(target, pending)
    }
    for (const gvk of gvks as { group?: string; version?: string; kind?: string }[]) {
      if (typeof gvk?.kind !== 'string' || typeof gvk.version !== 'string') continue
      const group = gvk.group ?? ''
      const apiVersion = group === '' ? gvk.version : `${group}/${gvk.version}`
      const schema: JsonSchema = { ...base }
      const properties = schema.properties as Record<string, JsonSchema> | undefined
      if (properties?.apiVersion && properties.kind) {
        schema.properties = { ...properties, apiVersion: { ...properties.apiVersion, enum: [apiVersion] }, kind: { ...properties.kind, enum: [gvk.kind] } }
      }
      if (Object.keys(bundled).length > 0) schema.definitions = bundled
      entries.push({ group, version: gvk.version, kind: gvk.kind, path: catalogFileName(gvk.kind, apiVersion), schema, definition: name })
    }
  }
  if (entries.length === 0) throw new ConfigError('no definition carries "x-kubernetes-group-version-kind"; is this a Kubernetes OpenAPI v2 document?', source)
  return entries
}

/** Adds to `into` the names of the definitions a schema refers to (`#/definitions/NAME`). */
function collectRefs(node: unknown, into: string[]): string[] {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into)
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (value.startsWith(DEFINITION_REF)) into.push(value.slice(DEFINITION_REF.length))
      } else if (typeof value === 'object') collectRefs(value, into)
    }
  }
  return into
}

/**
 * A copy of a schema without `description` keywords (walks schema keywords only, so a
 * property named `description` stays). Descriptions are not needed to validate and make
 * up about two thirds of a catalog's bytes.
 */
export function withoutDescriptions(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description') continue
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      const map: JsonSchema = {}
      for (const [name, child] of Object.entries(value as JsonSchema)) map[name] = isSchema(child) ? withoutDescriptions(child) : child
      out[key] = map
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      out[key] = isSchema(value) ? withoutDescriptions(value) : Array.isArray(value) ? value.map((v) => (isSchema(v) ? withoutDescriptions(v) : v)) : value
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      out[key] = Array.isArray(value) ? value.map((v) => (isSchema(v) ? withoutDescriptions(v) : v)) : value
    } else out[key] = value
  }
  return out
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
