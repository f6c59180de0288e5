import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { ConfigError } from '../errors.js'
import { isProductionByName } from './production.js'
import { minorVersion } from './kubernetes-version.js'
import { quickParseConfig } from './quick-parse.js'
import type { ArgoCdConfig, EnvironmentConfig, RenderConfig } from './sections/core.js'
import type { CiConfig } from './sections/ci.js'
import type { EcrConfig } from './sections/ecr.js'
import type { FailoverConfig } from './sections/failover.js'
import type { PlanConfig } from './sections/plan.js'
import type { ChecksConfig, PoliciesConfig } from './sections/policies.js'
import type { PromotionConfig } from './sections/promotion.js'
import type { SchemaSettings } from './sections/schemas.js'

export type { ArgoCdConfig, EnvironmentConfig, RenderConfig } from './sections/core.js'
export type { CiConfig, CiMatrixConfig } from './sections/ci.js'
export type { EcrConfig } from './sections/ecr.js'
export type { FailoverConfig } from './sections/failover.js'
export type { PlanConfig } from './sections/plan.js'
export type { PromotionConfig } from './sections/promotion.js'

/**
 * The parsed and validated `slipway.yaml`: one type per section, each defined with its
 * schema in `src/config/sections/`. Every field is optional; defaults are applied by the
 * consumers.
 */
export interface SlipwayConfig extends SchemaSettings {
  /** Target Kubernetes minor version for every environment, `X.Y`. Default `1.33`. */
  kubernetesVersion?: string
  argocd?: ArgoCdConfig
  render?: RenderConfig
  environments?: Record<string, EnvironmentConfig>
  /** Values policies may refer to (e.g. the allowed ECR registries). */
  vars?: Record<string, unknown>
  policies?: PoliciesConfig
  checks?: ChecksConfig
  plan?: PlanConfig
  ecr?: EcrConfig
  promotion?: PromotionConfig
  failover?: FailoverConfig
  /** How pr.yml spreads validate and plan over a job matrix (`ci.matrix`). */
  ci?: CiConfig
  /** Absolute path of the file this config was read from; unset for the built-in default. */
  file?: string
}

/** The Kubernetes version used when neither the flag nor the config names one. */
export const DEFAULT_KUBERNETES_VERSION = '1.33'

/**
 * The Kubernetes minor version an environment targets: the `--kubernetes-version` flag,
 * else `environments.<name>.kubernetesVersion`, else the top-level `kubernetesVersion`,
 * else {@link DEFAULT_KUBERNETES_VERSION}.
 *
 * @returns `X.Y`. @throws {UsageError} naming an invalid value.
 */
export function kubernetesVersionFor(config: SlipwayConfig, environment: string, override?: string): string {
  return minorVersion(
    override ??
      config.environments?.[environment]?.kubernetesVersion ??
      config.kubernetesVersion ??
      DEFAULT_KUBERNETES_VERSION,
  )
}

/**
 * The one production rule, used by policies (`match.production`), checks and plan risks:
 * `environments.<name>.production` when set, else membership of `plan.production` when
 * that list is given, else {@link isProductionByName} (the name contains `prod`).
 */
export function isProductionEnvironment(
  config: Pick<SlipwayConfig, 'environments' | 'plan'>,
  environment: string,
): boolean {
  const explicit = config.environments?.[environment]?.production
  if (explicit !== undefined) return explicit
  if (config.plan?.production !== undefined) return config.plan.production.includes(environment)
  return isProductionByName(environment)
}

/** File names looked up at the repository root, in order. */
export const CONFIG_FILE_NAMES = ['slipway.yaml', 'slipway.yml'] as const

/**
 * Reads and validates `slipway.yaml`. Commands call it once and hand the typed sections
 * to the domains, which do not validate them again.
 *
 * @param repoRoot absolute repository root.
 * @param file explicit config path (absolute, or relative to `repoRoot`; the CLI resolves
 *   `--config` against the working directory before calling); when omitted,
 *   `slipway.yaml`/`slipway.yml` at the root is used if present, else an empty config.
 * @throws {ConfigError} naming the file and the offending key (`environments.prod.kubernetesVersion`)
 *   and value when the file is missing (explicit path only), is not YAML, has duplicate keys
 *   or does not match the schema.
 */
export async function loadConfig(repoRoot: string, file?: string): Promise<SlipwayConfig> {
  const candidates = file
    ? [isAbsolute(file) ? file : join(repoRoot, file)]
    : CONFIG_FILE_NAMES.map((name) => join(repoRoot, name))
  for (const candidate of candidates) {
    let text: string
    try {
      text = await readFile(candidate, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !file) continue
      throw new ConfigError(`cannot read config: ${(error as Error).message}`, displayPath(repoRoot, candidate))
    }
    const name = displayPath(repoRoot, candidate)
    // A valid file takes the fast path; only a file that does not parse or validate loads the
    // `yaml` package, whose Document words the error (issue 13: not before the first build).
    const config = quickParseConfig(text) ?? (await import('./parse.js')).parseConfig(text, name)
    return { ...config, file: candidate }
  }
  return {}
}

function displayPath(repoRoot: string, file: string): string {
  const rel = relative(repoRoot, file)
  return rel.startsWith('..') ? file : rel
}

export { minorVersion, parseKubernetesVersion, type KubernetesVersion } from './kubernetes-version.js'
export { isProductionByName } from './production.js'
export { quickParseConfig } from './quick-parse.js'
