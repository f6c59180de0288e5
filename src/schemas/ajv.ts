/**
 * The ajv instance schema validation compiles with, and the Kubernetes formats it knows.
 */
import { createHash } from 'node:crypto'
import { Ajv, type ValidateFunction } from 'ajv'
import ajvFormatsModule from 'ajv-formats'
import { ConfigError, errorMessage } from '../errors.js'
import type { JsonSchema } from './normalize.js'

// ajv-formats is CommonJS with an ES default export in its typings; under NodeNext the
// default import is `module.exports`. Accept both shapes.
type Plugin = (ajv: Ajv) => Ajv
const addFormats = ((ajvFormatsModule as unknown as { default?: Plugin }).default ?? ajvFormatsModule) as unknown as Plugin

// Go's time.ParseDuration syntax ("1h30m", "-1.5s"), which Kubernetes means by `format: duration` (not ISO 8601).
const GO_DURATION = /^[-+]?(?:0|(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * Creates the ajv instance: all errors, union types, `verbose` (so unknown-field errors can
 * suggest the nearest known field), no strict-mode complaints about `x-kubernetes-*`
 * keywords, standard formats from ajv-formats, and the Kubernetes formats: `byte` is
 * checked as base64 (the API server decodes Secret `data` as base64); `duration` as a Go
 * duration; `int32`, `int64`, `float`, `double`, `int-or-string`, `quantity`, `password`
 * and any other unknown format are accepted (kube-openapi treats unknown formats as annotations).
 */
export function createSchemaAjv(): Ajv {
  // Compiling dominates a run with many kinds: ajv's code optimizer costs ~5× on large CRD
  // schemas (Argo CD Application: 900 ms → 170 ms without it), and not inlining $refs keeps
  // the generated code small. Validation speed is barely affected (see bench/schemas.ts).
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false, verbose: true, logger: false, validateSchema: false, addUsedSchema: false, inlineRefs: false, code: { optimize: false } })
  addFormats(ajv)
  ajv.addFormat('byte', { type: 'string', validate: (value: string) => BASE64.test(value.replace(/\s+/g, '')) })
  ajv.addFormat('duration', { type: 'string', validate: GO_DURATION })
  for (const name of ['int32', 'int64', 'float', 'double', 'int-or-string', 'quantity', 'password', 'binary', 'string']) ajv.addFormat(name, true)
  return ajv
}

/**
 * Compiles a normalized schema.
 *
 * Definitions bundled under `definitions` are shared across schemas: each is registered
 * once in `ajv` under an id derived from its name and content, and local
 * `#/definitions/NAME` references are pointed at it. Catalog files repeat the same
 * definitions (ObjectMeta, PodSpec, …) in every kind's file; this way they are compiled
 * once per run instead of once per kind.
 *
 * @param from file or URL of the schema, for the error message.
 * @throws ConfigError naming `from` when ajv cannot compile it (e.g. a `$ref` to nowhere).
 */
export function compileSchema(ajv: Ajv, schema: JsonSchema, from: string): ValidateFunction {
  try {
    return ajv.compile(shareDefinitions(ajv, schema))
  } catch (error) {
    throw new ConfigError(`schema does not compile: ${errorMessage(error)}`, from)
  }
}

const LOCAL_DEFINITION = '#/definitions/'

function shareDefinitions(ajv: Ajv, schema: JsonSchema): JsonSchema {
  const definitions = schema.definitions
  if (typeof definitions !== 'object' || definitions === null || Array.isArray(definitions)) return schema
  const ids = new Map<string, string>()
  for (const [name, definition] of Object.entries(definitions)) {
    ids.set(name, `slipway:definition:${name}:${createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 16)}`)
  }
  const retarget = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(retarget)
    if (typeof node !== 'object' || node === null) return node
    const out: JsonSchema = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(LOCAL_DEFINITION)) out[key] = ids.get(value.slice(LOCAL_DEFINITION.length)) ?? value
      else out[key] = typeof value === 'object' ? retarget(value) : value
    }
    return out
  }
  for (const [name, definition] of Object.entries(definitions)) {
    const id = ids.get(name) as string
    if (!ajv.getSchema(id)) ajv.addSchema({ ...(retarget(definition) as JsonSchema), $id: id })
  }
  const { definitions: _bundled, ...root } = schema
  return retarget(root) as JsonSchema
}
