import { Ajv, type Options, type ValidateFunction } from 'ajv'
import ajvErrorsModule from 'ajv-errors'
import ajvFormatsModule from 'ajv-formats'

// ajv-errors and ajv-formats are CommonJS modules whose typings declare an ES default
// export; under NodeNext the default import is the CJS `module.exports`. Accept both shapes.
type Plugin = (ajv: Ajv, options?: unknown) => Ajv
const interop = (module: unknown): Plugin => ((module as { default?: Plugin }).default ?? module) as Plugin

/** ajv-errors: `errorMessage` keyword for messages a person can act on. */
export const addErrors = interop(ajvErrorsModule)
/** ajv-formats: `date-time`, `uri`, `email`, … formats. */
export const addFormats = interop(ajvFormatsModule)

/**
 * Creates an Ajv instance with Slipway's defaults: all errors collected, `errorMessage`
 * (ajv-errors) enabled, standard formats, and no strict-mode complaints about unknown
 * keywords (Kubernetes schemas carry `x-kubernetes-*` extensions).
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false, ...options })
  addFormats(ajv)
  addErrors(ajv)
  return ajv
}

let shared: Ajv | undefined

/**
 * A validator for one of Slipway's own schemas (config, policy files, ECR settings) that
 * compiles on its first call rather than at import (compiling at import cost the CLI's
 * start-up about 190 ms for five schemas, issue 13). The validators share one Ajv instance
 * that does not validate the schemas against the JSON Schema meta-schema (compiling the
 * meta-schema, and ajv-errors' keyword meta-schema, was most of the first call's cost; the
 * schemas are Slipway's own and tested). Behaves as Ajv's `ValidateFunction`: returns
 * whether `data` is valid and sets `.errors`.
 */
export function compileLazily(schema: object): ValidateFunction {
  let compiled: ValidateFunction | undefined
  const validate = ((data: unknown) => {
    shared ??= createAjv({ validateSchema: false })
    compiled ??= shared.compile(schema)
    const valid = compiled(data) as boolean
    validate.errors = compiled.errors
    return valid
  }) as ValidateFunction
  validate.errors = null
  return validate
}
