/**
 * Every section of `slipway.yaml`, each defined once (schema and type) in its own module of
 * this folder. `src/config/schema.ts` assembles the file's schema from this list, so a
 * section is validated exactly once, when the file is loaded; the domains receive typed,
 * validated sections and do not validate them again.
 */
import { ciSchema } from './ci.js'
import { ecrSchema } from './ecr.js'
import { failoverSchema } from './failover.js'
import { planSchema } from './plan.js'
import { checksSchema, policiesSchema } from './policies.js'
import { promotionSchema } from './promotion.js'

/** One top-level section: its key in `slipway.yaml` and its JSON Schema (ajv with ajv-errors). */
export interface ConfigSection {
  key: string
  schema: object
}

/** The sections, in the order the README documents them. */
export const SECTIONS: readonly ConfigSection[] = [
  { key: 'policies', schema: policiesSchema },
  { key: 'checks', schema: checksSchema },
  { key: 'plan', schema: planSchema },
  { key: 'ecr', schema: ecrSchema },
  { key: 'promotion', schema: promotionSchema },
  { key: 'failover', schema: failoverSchema },
  { key: 'ci', schema: ciSchema },
]
