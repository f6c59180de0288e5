/**
 * The plan's settings from the `plan:` section of `slipway.yaml` (schema and type in
 * `src/config/sections/plan.ts`; the section is validated once, when the file is loaded).
 */
import { isProductionEnvironment, type SlipwayConfig } from '../config/index.js'
import { GITHUB_COMMENT_LIMIT } from '../config/sections/plan.js'
import { UsageError } from '../errors.js'
import { parseFieldPath, type PatternSegment } from './field-path.js'

/** A parsed ignore rule. */
export interface IgnoreRule {
  pattern: PatternSegment[]
  /** The path as written, for messages. */
  text: string
  apiVersion?: string
  kind?: string
  namespace?: string
  name?: string
}

/** {@link PlanConfig} after validation and defaults. */
export interface ResolvedPlanConfig {
  ignore: IgnoreRule[]
  generatorHash: boolean
  lastAppliedConfiguration: boolean
  /** Decides whether an environment is production. */
  isProduction: (environment: string) => boolean
  maxCommentChars: number
}

/**
 * The plan's settings: the validated `plan:` section with its defaults, its field paths
 * parsed, and the one production rule of {@link isProductionEnvironment}.
 *
 * @param config the loaded config (`plan` and `environments` are read); `{}` = all defaults.
 * @param file config file named in errors.
 * @throws {ConfigError} naming the key (`plan.ignore[1].path`) for a field path that does not parse.
 */
export function resolvePlanConfig(
  config: Pick<SlipwayConfig, 'plan' | 'environments'>,
  file = 'slipway.yaml',
): ResolvedPlanConfig {
  const section = config.plan ?? {}
  const ignore: IgnoreRule[] = (section.ignore ?? []).map((entry, i) => {
    const where = `plan.ignore[${i}]`
    if (typeof entry === 'string') return { pattern: parseFieldPath(entry, `${file}: ${where}`), text: entry }
    return {
      pattern: parseFieldPath(entry.path, `${file}: ${where}.path`),
      text: entry.path,
      ...(entry.apiVersion !== undefined ? { apiVersion: entry.apiVersion } : {}),
      ...(entry.kind !== undefined ? { kind: entry.kind } : {}),
      ...(entry.namespace !== undefined ? { namespace: entry.namespace } : {}),
      ...(entry.name !== undefined ? { name: entry.name } : {}),
    }
  })
  return {
    ignore,
    isProduction: (name) => isProductionEnvironment(config, name),
    generatorHash: section.defaults?.generatorHash !== false,
    lastAppliedConfiguration: section.defaults?.lastAppliedConfiguration !== false,
    maxCommentChars: section.maxCommentChars ?? GITHUB_COMMENT_LIMIT,
  }
}

/**
 * Parses a comment size budget given on the command line or as an action input
 * (`--max-comment-chars`, `max-comment-chars`): an integer from 1,000 to GitHub's limit of
 * 65,536 characters ({@link GITHUB_COMMENT_LIMIT}), the range `plan.maxCommentChars` allows.
 *
 * @param value the text given; `undefined` or `''` means `fallback`.
 * @param name the flag or input, for the message.
 * @throws {UsageError} naming the flag or input and the value.
 */
export function parseMaxCommentChars(value: string | undefined, fallback: number, name: string): number
export function parseMaxCommentChars(value: string | undefined, fallback: undefined, name: string): number | undefined
export function parseMaxCommentChars(
  value: string | undefined,
  fallback: number | undefined,
  name: string,
): number | undefined {
  if (value === undefined || value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1000 || Number(value) > GITHUB_COMMENT_LIMIT)
    throw new UsageError(
      `${name}: expected an integer from 1000 to ${GITHUB_COMMENT_LIMIT}, got ${JSON.stringify(value)}`,
    )
  return Number(value)
}
