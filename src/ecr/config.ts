/**
 * Helpers over the `ecr:` section of `slipway.yaml` (its schema and type live in
 * `src/config/sections/ecr.ts`).
 */
import type { SlipwayConfig } from '../config/index.js'
import type { EcrConfig } from '../config/sections/ecr.js'
import { ConfigError } from '../errors.js'

export type { EcrConfig, EcrEncryptionConfig, EcrServiceConfig } from '../config/sections/ecr.js'
export { DEFAULT_LIFECYCLE_POLICY, DEFAULT_ROLLBACK_RELEASES } from '../config/sections/ecr.js'

/**
 * The `ecr:` section of a loaded config, for the commands that need it. The section was
 * validated with the rest of `slipway.yaml` by `loadConfig`/`parseConfig`; this only checks
 * that it is there.
 *
 * @param config the loaded config; `file` (when set) names the file in the error.
 * @throws {ConfigError} naming the file when there is no `ecr:` section.
 */
export function requireEcrConfig(config: Pick<SlipwayConfig, 'ecr' | 'file'>): EcrConfig {
  if (config.ecr === undefined || config.ecr === null)
    throw new ConfigError('no "ecr:" section; add ecr.region and ecr.services', config.file ?? 'slipway.yaml')
  return config.ecr
}

/** The replication destination regions the config asks for (empty when replication is off). */
export function replicationRegions(config: EcrConfig): string[] {
  if (config.replication?.enabled === false) return []
  const regions = config.replication?.regions ?? (config.drRegion ? [config.drRegion] : [])
  return [...new Set(regions)].filter((region) => region !== config.region)
}
