import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createAjv } from '../../src/util/ajv.js'

// The official SARIF 2.1.0 JSON schema (OASIS, rtm.5 as published in the JSON Schema
// Store), shipped by the devDependency @microsoft/jest-sarif. It is draft-04; it uses no
// keyword whose meaning changed since (no boolean exclusiveMinimum), so Ajv's default
// draft-07 validator checks it faithfully once the draft-04 `id`/`$schema` are dropped.
// Its `language` pattern is not valid with the `u` flag, hence unicodeRegExp: false.
const require = createRequire(import.meta.url)
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
const {
  $schema: _draft,
  id: _id,
  ...sarifSchema
} = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>

/** Ajv validator for SARIF 2.1.0 logs; `validateSarif.errors` explains a failure. */
export const validateSarif = createAjv({ strict: false, unicodeRegExp: false }).compile(sarifSchema)
