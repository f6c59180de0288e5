import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { parseDocument } from 'yaml'
import { documentToJs } from '../manifests/yaml-stream.js'
import { ConfigError } from '../errors.js'
import type { PlanConfig } from '../plan/config.js'
import type { EcrConfig } from '../ecr/config.js'
import type { UnreachableSchemaLocation } from '../schemas/config.js'
import type { FailoverConfig } from './sections/failover.js'
import type { ChecksConfig, PoliciesConfig } from '../validation/policies/config.js'
import { compileLazily } from '../util/ajv.js'
import { isProductionByName } from './production.js'
import { minorVersion } from './kubernetes-version.js'
import { configSchema } from './schema.js'
import type { PromotionConfig } from './sections/promotion.js'

/** Per-environment settings in `slipway.yaml`. */
export interface EnvironmentConfig {
  /** Repository-relative Kustomize root, for environments not declared by an Argo CD Application. */
  path?: string
  kubernetesVersion?: string
  /** Marks a production environment (policies and plan risks treat it as such). Default: name contains `prod`. */
  production?: boolean
  region?: string
  /** Merged over the top-level `vars` for this environment's policies. */
  vars?: Record<string, unknown>
}

/** The parsed `slipway.yaml`. Every field is optional; defaults are applied by the consumers. */
export interface SlipwayConfig {
  /** Target Kubernetes minor version for every environment, `X.Y`. Default `1.33`. */
  kubernetesVersion?: string
  schemaLocations?: string[]
  /** Severity of a resource with no schema anywhere. Default `warning`. */
  missingSchema?: 'error' | 'warning' | 'ignore'
  /** Severity of a schema location that cannot be reached (`schema-location-unreachable`). Default `error`. */
  unreachableSchemaLocation?: UnreachableSchemaLocation
  /** Unknown fields are errors. Default true. */
  strict?: boolean
  argocd?: { paths?: string[]; repoURLs?: string[] }
  render?: { kustomize?: string; timeoutSeconds?: number; enableHelm?: boolean; concurrency?: number }
  environments?: Record<string, EnvironmentConfig>
  /** Values policies may refer to (e.g. the allowed ECR registries). */
  vars?: Record<string, unknown>
  policies?: PoliciesConfig
  checks?: ChecksConfig
  plan?: PlanConfig
  ecr?: EcrConfig
  promotion?: PromotionConfig
  failover?: FailoverConfig
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
 * Whether an environment is production (policies with `match.production`, plan risks):
 * `environments.<name>.production` when set, else `fallback` (default {@link isProductionByName}).
 */
export function isProductionEnvironment(
  config: SlipwayConfig,
  environment: string,
  fallback: (name: string) => boolean = isProductionByName,
): boolean {
  return config.environments?.[environment]?.production ?? fallback(environment)
}

/** File names looked up at the repository root, in order. */
export const CONFIG_FILE_NAMES = ['slipway.yaml', 'slipway.yml'] as const

const validateConfig = compileLazily(configSchema)

/**
 * Reads and validates `slipway.yaml`.
 *
 * @param repoRoot absolute repository root.
 * @param file explicit config path (absolute, or relative to `repoRoot`); when omitted,
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
    return { ...parseConfig(text, displayPath(repoRoot, candidate)), file: candidate }
  }
  return {}
}

/**
 * Parses and validates config text.
 *
 * @param name the file name used in error messages.
 * @throws {ConfigError} as {@link loadConfig}.
 */
export function parseConfig(text: string, name = 'slipway.yaml'): SlipwayConfig {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  if (document.errors.length > 0) {
    const first = document.errors[0]!
    const line = first.linePos?.[0]?.line
    throw new ConfigError(`${first.message.split('\n')[0]}${line ? ` (line ${line})` : ''}`, name)
  }
  const value: unknown = documentToJs(document, name) ?? {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('must be a mapping of settings', name)
  if (!validateConfig(value)) {
    const messages = (validateConfig.errors ?? []).map((error) => {
      const key = error.instancePath.slice(1).replace(/\//g, '.')
      if (error.keyword === 'additionalProperties') {
        const extra = (error.params as { additionalProperty: string }).additionalProperty
        return `unknown key "${key ? `${key}.` : ''}${extra}"`
      }
      const actual = key ? lookup(value, error.instancePath) : undefined
      return `${key || '(root)'}: ${error.message}${actual !== undefined && typeof actual !== 'object' ? ` (got ${JSON.stringify(actual)})` : ''}`
    })
    throw new ConfigError(messages.join('; '), name)
  }
  return value as SlipwayConfig
}

function lookup(value: unknown, pointer: string): unknown {
  let current = value
  for (const part of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return current
}

function displayPath(repoRoot: string, file: string): string {
  const rel = relative(repoRoot, file)
  return rel.startsWith('..') ? file : rel
}

export { minorVersion, parseKubernetesVersion, type KubernetesVersion } from './kubernetes-version.js'
export { isProductionByName } from './production.js'
