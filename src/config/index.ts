import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { parseDocument } from 'yaml'
import jsYaml from 'js-yaml'
import { documentToJs } from '../manifests/yaml-stream.js'
import { ConfigError } from '../errors.js'
import { pointerTokens, resolvePointer } from '../util/json-pointer.js'
import { isProductionByName } from './production.js'
import { minorVersion } from './kubernetes-version.js'
import { validate as validateConfig } from './generated/validate-config.js'
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

/**
 * The fast path of {@link parseConfig}, taken on every run before the first build (issue 13):
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
function checkFailoverRegions(config: SlipwayConfig, name: string): void {
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

/** A JSON pointer as a config key: `/plan/ignore/0/kind` → `plan.ignore[0].kind`. */
function keyOf(pointer: string): string {
  return pointerTokens(pointer).reduce(
    (key, part) => (/^[0-9]+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part),
    '',
  )
}

function displayPath(repoRoot: string, file: string): string {
  const rel = relative(repoRoot, file)
  return rel.startsWith('..') ? file : rel
}

export { minorVersion, parseKubernetesVersion, type KubernetesVersion } from './kubernetes-version.js'
export { isProductionByName } from './production.js'
