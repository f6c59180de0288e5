/**
 * `slipway.yaml` text to a config, every error worded: the file as a `yaml` Document
 * (line of a syntax error, duplicate keys, the alias budget), then the schema, each failure
 * naming the key and the value. `loadConfig` imports this module only for a file that the
 * fast path ({@link quickParseConfig}) does not accept.
 */
import { parseDocument } from 'yaml'
import { ConfigError } from '../errors.js'
import { documentToJs } from '../manifests/yaml-stream.js'
import { pointerTokens, resolvePointer } from '../util/json-pointer.js'
import { validate as validateConfig } from './generated/validate-config.js'
import type { SlipwayConfig } from './index.js'
import { checkFailoverRegions, quickParseConfig } from './quick-parse.js'

/**
 * Parses and validates config text: the fast path when it accepts the text, else the
 * Document path described above.
 *
 * @param name the file name used in error messages.
 * @throws {ConfigError} as `loadConfig` (`index.ts`): naming the file and the offending key
 *   and value, or the line of a YAML error.
 */
export function parseConfig(text: string, name = 'slipway.yaml'): SlipwayConfig {
  const quick = quickParseConfig(text)
  if (quick) return quick
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  if (document.errors.length > 0) {
    const first = document.errors[0]!
    const line = first.linePos?.[0]?.line
    throw new ConfigError(`${first.message.split('\n')[0]}${line ? ` (line ${line})` : ''}`, name)
  }
  const value: unknown = documentToJs(document, name) ?? {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('must be a mapping of settings', name)
  if (!validateConfig(value)) {
    // An `if`/`then`/`else` failure also reports "must match \"else\" schema" for the
    // branch itself; the branch's own errors say what is wrong.
    const errors = (validateConfig.errors ?? []).filter((error) => error.keyword !== 'if')
    const messages = errors.map((error) => {
      const key = keyOf(error.instancePath)
      if (error.keyword === 'additionalProperties') {
        const extra = (error.params as { additionalProperty: string }).additionalProperty
        return `unknown key "${key ? `${key}.` : ''}${extra}"`
      }
      if (error.keyword === 'required') {
        const missing = (error.params as { missingProperty: string }).missingProperty
        return `${key ? `${key}.` : ''}${missing}: is required`
      }
      const actual = key ? resolvePointer(value, error.instancePath).value : undefined
      return `${key || '(root)'}: ${error.message}${actual !== undefined && typeof actual !== 'object' ? ` (got ${JSON.stringify(actual)})` : ''}`
    })
    throw new ConfigError([...new Set(messages)].join('; '), name)
  }
  const config = value as SlipwayConfig
  checkFailoverRegions(config, name)
  return config
}

/** A JSON pointer as a config key: `/plan/ignore/0/kind` → `plan.ignore[0].kind`. */
function keyOf(pointer: string): string {
  return pointerTokens(pointer).reduce(
    (key, part) => (/^[0-9]+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part),
    '',
  )
}
