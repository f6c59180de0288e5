/**
 * Helpers over the `ecr:` section of `slipway.yaml` (its schema and type live in
 * `src/config/sections/ecr.ts`).
 */
import type { SlipwayConfig } from '../config/index.js'
import type { EcrConfig } from '../config/sections/ecr.js'
import { isAwsRegion } from '../config/sections/region.js'
import { ConfigError, UsageError } from '../errors.js'

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

/**
 * Checks an AWS region given by a caller (an action input, a flag): it must match
 * `AWS_REGION_PATTERN` (`src/config/sections/region.ts`), the rule `slipway.yaml` uses.
 *
 * @param name the input or flag the value came from, for the message (e.g. `aws-region`).
 * @returns the value unchanged, e.g. `eu-west-1`.
 * @throws {UsageError} `aws-region "eu-west-1?images?evil" is not an AWS region like eu-west-1`.
 *   The value may hold newlines or workflow commands, so the message shows only its
 *   characters `a-z`, `0-9` and `-`, each other one as `?`.
 */
export function parseAwsRegion(value: string, name: string): string {
  if (isAwsRegion(value)) return value
  throw new UsageError(`${name} "${value.replace(/[^a-z0-9-]/g, '?')}" is not an AWS region like eu-west-1`)
}

/**
 * The region to publish to: `explicit` when given (checked by {@link parseAwsRegion}),
 * else `ecr.region` of the config, which `loadConfig` has already validated. The config is
 * only loaded when it is needed.
 *
 * @param explicit the caller's region, or `undefined`/empty for the config's.
 * @param name the input or flag `explicit` came from, for the message.
 * @param load reads `slipway.yaml` (e.g. `() => loadConfig(repoRoot, file)`).
 * @throws {UsageError} when `explicit` is not an AWS region.
 * @throws {ConfigError} when the config cannot be read or has no `ecr:` section.
 */
export async function resolveEcrRegion(
  explicit: string | undefined,
  name: string,
  load: () => Promise<Pick<SlipwayConfig, 'ecr' | 'file'>>,
): Promise<string> {
  if (explicit) return parseAwsRegion(explicit, name)
  return requireEcrConfig(await load()).region
}

/**
 * The private registry host of an AWS account in a region,
 * `<registryId>.dkr.ecr.<region>.amazonaws.com` (Amazon ECR User Guide, "Private registry
 * concepts").
 */
export function registryHost(registryId: string, region: string): string {
  return `${registryId}.dkr.ecr.${region}.amazonaws.com`
}
