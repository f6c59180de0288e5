import { Ajv, type Options } from 'ajv'
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
