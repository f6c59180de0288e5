/**
 * The `slipway.yaml` settings of schema validation owned by this domain.
 */
import type { Severity } from '../findings/finding.js'

/** Rule id of the finding for a schema location that cannot be reached. */
export const UNREACHABLE_SCHEMA_LOCATION_RULE = 'schema-location-unreachable'

/**
 * `unreachableSchemaLocation`: the severity of a `schemaLocations` entry (or
 * `--schema-location`) that cannot be reached — a local directory that does not exist, a
 * URL whose downloads fail after their retries. Default `error`: a run that silently
 * validated with other schemas than configured would look green for the wrong reason.
 */
export type UnreachableSchemaLocation = Severity

/** JSON Schema of `unreachableSchemaLocation`, registered in `src/config/schema.ts`. */
export const UNREACHABLE_SCHEMA_LOCATION_SCHEMA = { enum: ['error', 'warning'] } as const
