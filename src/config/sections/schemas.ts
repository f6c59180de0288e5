/**
 * The schema-validation settings of `slipway.yaml` that are not sections of their own:
 * `schemaLocations`, `missingSchema`, `unreachableSchemaLocation` and `strict`. Schema and
 * types only; `src/schemas` reads them.
 */
import type { Severity } from '../../findings/finding.js'

/**
 * `unreachableSchemaLocation`: the severity of a `schemaLocations` entry (or
 * `--schema-location`) that cannot be reached — a local directory that does not exist, a
 * URL whose downloads fail after their retries. Default `error`: a run that silently
 * validated with other schemas than configured would look green for the wrong reason.
 */
export type UnreachableSchemaLocation = Severity

/** The top-level schema settings of `slipway.yaml`. */
export interface SchemaSettings {
  /** Schema locations: directories, kubeconform-style URL templates, `default`. */
  schemaLocations?: string[]
  /** Severity of a resource with no schema anywhere. Default `warning`. */
  missingSchema?: 'error' | 'warning' | 'ignore'
  /** Severity of a schema location that cannot be reached (`schema-location-unreachable`). Default `error`. */
  unreachableSchemaLocation?: UnreachableSchemaLocation
  /** Unknown fields are errors. Default true. */
  strict?: boolean
}

/** JSON Schema fragments of the {@link SchemaSettings} keys, merged at the top level. */
export const schemaSettingsProperties = {
  schemaLocations: { type: 'array', items: { type: 'string', minLength: 1 } },
  missingSchema: { enum: ['error', 'warning', 'ignore'] },
  unreachableSchemaLocation: { enum: ['error', 'warning'] },
  strict: { type: 'boolean' },
} as const
