/**
 * The fast path from `slipway.yaml` text to a config (issue 13): js-yaml and the
 * precompiled validator, without the `yaml` package, so that `loadConfig` reads a valid
 * file before the first Kustomize build without loading it. `parse.ts` holds the Document
 * path, which words every error.
 */
import jsYaml from 'js-yaml'
import { ConfigError } from '../errors.js'
import { validate as validateConfig } from './generated/validate-config.js'
import type { SlipwayConfig } from './index.js'

/**
 * The fast path of `parseConfig` (`parse.ts`) and `loadConfig`, taken on every run before the first build (issue 13):
 * js-yaml's CORE schema (YAML 1.2 core, as the `yaml` package's default) parses a valid file
 * several times faster than a `yaml` Document. Text with anchors, and anything that does not
 * parse or validate, goes the Document way, which words every error (and applies the alias
 * budget) as before.
 *
 * @returns the config, or undefined to take the Document path (exported for its equivalence test).
 */
export function quickParseConfig(text: string): SlipwayConfig | undefined {
  if (text.includes('&')) return undefined
  let value: unknown
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? {}
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !validateConfig(value)) return undefined
  try {
    checkFailoverRegions(value as SlipwayConfig, 'slipway.yaml')
  } catch {
    return undefined
  }
  return value as SlipwayConfig
}

/**
 * `environments.<name>.region` and the `failover:` side naming that environment must name
 * the same region: a DR runbook that fails over "to us-west-2" while the environment says
 * otherwise is a config error, not a guess.
 *
 * @throws {ConfigError} naming both keys and values.
 */
export function checkFailoverRegions(config: SlipwayConfig, name: string): void {
  const problems: string[] = []
  for (const side of ['primary', 'secondary'] as const) {
    const declared = config.failover?.[side]
    const region = declared && config.environments?.[declared.environment]?.region
    if (declared && region !== undefined && region !== declared.region)
      problems.push(
        `failover.${side}.region: ${JSON.stringify(declared.region)} disagrees with environments.${declared.environment}.region ${JSON.stringify(region)}`,
      )
  }
  if (problems.length > 0) throw new ConfigError(problems.join('; '), name)
}
