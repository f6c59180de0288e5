/**
 * Turns Kubernetes-flavoured schemas (OpenAPI v2 definitions, CRD `openAPIV3Schema`,
 * kubeconform / CRDs-catalog JSON Schemas) into plain JSON Schemas that ajv validates the
 * way the API server decodes: unknown fields rejected, int-or-string accepted, quantities
 * accepted as numbers, `nullable` honoured.
 */

/** A JSON Schema node as read from JSON: any object. */
export type JsonSchema = { [keyword: string]: unknown }

/** Options of {@link normalizeSchema}. */
export interface NormalizeOptions {
  /**
   * Close objects: add `additionalProperties: false` to every object schema that lists
   * `properties` and says nothing about `additionalProperties`, except nodes marked
   * `x-kubernetes-preserve-unknown-fields: true` and branches of `allOf`/`anyOf`/`oneOf`/`not`
   * (which in structural schemas only restate fields declared beside them). Default true.
   * `false` opens objects: `additionalProperties: false` is removed everywhere.
   */
  strict?: boolean
  /**
   * Let optional properties (not listed in their parent's `required`) also be `null`, as
   * kubeconform's kubernetes-json-schema catalogs do (`"type": ["string", "null"]`). Default false.
   */
  nullableOptional?: boolean
}

const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'definitions', '$defs'] as const
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'] as const
const INT_OR_STRING = ['integer', 'string']

/**
 * Returns a normalized deep copy of `schema` (the input is not modified). The walk is
 * structural — it follows `properties`, `items`, `additionalProperties`, combinators and
 * `definitions` — so a *property* named `type` or `format` is never mistaken for a keyword.
 *
 * Rules, with their upstream source:
 * - `additionalProperties: false` on objects with `properties` when `strict` (kubectl's
 *   client-side validation, as recreated by kubeconform `scripts/openapi2jsonschema.py`
 *   `additional_properties`; the API server's field pruning,
 *   k8s.io/apiextensions-apiserver `pkg/apiserver/schema/pruning/algorithm.go`, which keeps
 *   unknown fields only at nodes with `x-kubernetes-preserve-unknown-fields: true`).
 * - `format: int-or-string` and `x-kubernetes-int-or-string: true` → `type: [integer, string]`
 *   (openapi2jsonschema `replace_int_or_string`; CRD structural schema rules).
 * - `x-kubernetes-embedded-resource: true` on a closed object also allows `apiVersion`,
 *   `kind` and `metadata`.
 * - OpenAPI v3 `nullable: true` → `null` added to `type`.
 * - draft-04 boolean `exclusiveMinimum`/`exclusiveMaximum` → draft-06+ numeric form; the
 *   root's `$schema` and draft-04 `id` are dropped so ajv (draft-07) compiles the schema.
 *
 * @param schema a schema object (root of a file or one definition).
 * @returns the normalized copy.
 */
export function normalizeSchema(schema: JsonSchema, options: NormalizeOptions = {}): JsonSchema {
  const root = walk(schema, { strict: options.strict ?? true, nullable: options.nullableOptional ?? false, inCombinator: false, optional: false })
  delete root.$schema
  if (typeof root.id === 'string') delete root.id
  return root
}

interface WalkContext {
  strict: boolean
  nullable: boolean
  inCombinator: boolean
  /** The node is a property its parent does not require. */
  optional: boolean
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function walk(node: JsonSchema, context: WalkContext): JsonSchema {
  const out: JsonSchema = { ...node }
  const child: WalkContext = { ...context, optional: false }

  if (out.format === 'int-or-string' || out['x-kubernetes-int-or-string'] === true) {
    out.type = [...INT_OR_STRING]
    if (out.format === 'int-or-string') delete out.format
    // CRDs spell int-or-string as `anyOf: [{type: integer}, {type: string}]`; the union type says the same with one error instead of three.
    if (Array.isArray(out.anyOf) && out.anyOf.every((branch) => isObject(branch) && Object.keys(branch).length === 1 && INT_OR_STRING.includes(branch.type as string))) delete out.anyOf
  }

  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = out[keyword]
    if (!isObject(map)) continue
    const required = keyword === 'properties' && Array.isArray(out.required) ? new Set(out.required as unknown[]) : undefined
    const copy: JsonSchema = {}
    for (const [name, value] of Object.entries(map)) {
      copy[name] = isObject(value) ? walk(value, keyword === 'definitions' || keyword === '$defs' ? { ...child, inCombinator: false } : { ...child, optional: keyword === 'properties' && !required?.has(name) }) : value
    }
    out[keyword] = copy
  }
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = out[keyword]
    if (Array.isArray(list)) out[keyword] = list.map((branch) => (isObject(branch) ? walk(branch, { ...child, inCombinator: true }) : branch))
  }
  if (isObject(out.not)) out.not = walk(out.not, { ...child, inCombinator: true })
  if (isObject(out.items)) out.items = walk(out.items, child)
  else if (Array.isArray(out.items)) out.items = out.items.map((item) => (isObject(item) ? walk(item, child) : item))
  if (isObject(out.additionalProperties)) out.additionalProperties = walk(out.additionalProperties, child)

  if (typeof out.exclusiveMinimum === 'boolean') {
    if (out.exclusiveMinimum && typeof out.minimum === 'number') {
      out.exclusiveMinimum = out.minimum
      delete out.minimum
    } else delete out.exclusiveMinimum
  }
  if (typeof out.exclusiveMaximum === 'boolean') {
    if (out.exclusiveMaximum && typeof out.maximum === 'number') {
      out.exclusiveMaximum = out.maximum
      delete out.maximum
    } else delete out.exclusiveMaximum
  }

  // Not strict: open every object, including catalogs that were closed when written (kubeconform -strict files, import-openapi's default).
  if (!context.strict && out.additionalProperties === false) delete out.additionalProperties
  if (context.strict && !context.inCombinator && isObject(out.properties) && out.additionalProperties === undefined && out['x-kubernetes-preserve-unknown-fields'] !== true) {
    if (out['x-kubernetes-embedded-resource'] === true) {
      const properties = out.properties as JsonSchema
      properties.apiVersion ??= { type: 'string' }
      properties.kind ??= { type: 'string' }
      properties.metadata ??= { type: 'object' }
    }
    out.additionalProperties = false
  }

  if (out.nullable === true || (context.nullable && context.optional)) addNull(out)
  return out
}

function addNull(node: JsonSchema): void {
  if (typeof node.type === 'string') node.type = node.type === 'null' ? 'null' : [node.type, 'null']
  else if (Array.isArray(node.type) && !node.type.includes('null')) node.type = [...node.type, 'null']
  // Enums list the allowed values exhaustively; null must be among them to pass.
  if (Array.isArray(node.enum) && !node.enum.includes(null) && node.type !== undefined) node.enum = [...node.enum, null]
}
