/**
 * The resolved `promotion:` section: durations in milliseconds, windows parsed, freezes as
 * instants, and every environment reference checked.
 */
import type { SlipwayConfig } from '../config/index.js'
import type { PromotionConfig } from '../config/sections/promotion.js'
import { ConfigError } from '../errors.js'
import { parseIsoTime } from '../ecr/images.js'
import { parseDuration, parseWindow, type MaintenanceWindow } from './schedule.js'

/** Gates of one environment, resolved. */
export interface EnvironmentGates {
  name: string
  from?: string
  soakMs?: number
  /** As written, e.g. `2h`. */
  soak?: string
  windows: MaintenanceWindow[]
  follows?: string
  /** Argo CD Application name. */
  application: string
}

/** A freeze, resolved. */
export interface Freeze {
  fromMs: number
  toMs: number
  reason: string
  /** Undefined: every environment. */
  environments?: string[]
}

/** The `promotion:` section, resolved. */
export interface ResolvedPromotionConfig {
  mode: 'push' | 'pull-request'
  branch?: string
  remote: string
  environments: Record<string, EnvironmentGates>
  freeze: Freeze[]
}

/**
 * Resolves `promotion:` (absent: no gates, push mode).
 *
 * @throws {ConfigError} naming the file, key and value: a bad duration or window, a freeze
 *   time without a zone or ending before it starts, `from`/`follows` naming an environment
 *   that is not configured, or a cycle of `from`/`follows`.
 */
export function resolvePromotionConfig(config: SlipwayConfig): ResolvedPromotionConfig {
  const section: PromotionConfig = config.promotion ?? {}
  const file = config.file ? 'slipway.yaml' : undefined
  const environments: Record<string, EnvironmentGates> = {}
  for (const [name, raw] of Object.entries(section.environments ?? {})) {
    const env = raw ?? {}
    const key = `promotion.environments.${name}`
    const windows = (env.window === undefined ? [] : Array.isArray(env.window) ? env.window : [env.window]).map(
      (text, i) => parseWindow(text, Array.isArray(env.window) ? `${key}.window[${i}]` : `${key}.window`, file),
    )
    if (env.follows && (env.from || env.soak || env.window))
      throw new ConfigError(
        `${key}: an environment that follows ${env.follows} takes its gates; remove from, soak and window`,
        file,
      )
    if (env.soak && !env.from)
      throw new ConfigError(`${key}.soak: soak is measured in the "from" environment; set ${key}.from`, file)
    environments[name] = {
      name,
      ...(env.from ? { from: env.from } : {}),
      ...(env.soak ? { soak: env.soak, soakMs: parseDuration(env.soak, `${key}.soak`, file) } : {}),
      windows,
      ...(env.follows ? { follows: env.follows } : {}),
      application: env.application ?? name,
    }
  }
  for (const env of Object.values(environments)) {
    for (const [field, target] of [
      ['from', env.from],
      ['follows', env.follows],
    ] as const) {
      if (target === undefined) continue
      if (target === env.name)
        throw new ConfigError(
          `promotion.environments.${env.name}.${field}: ${JSON.stringify(target)} is the environment itself`,
          file,
        )
      if (!environments[target])
        throw new ConfigError(
          `promotion.environments.${env.name}.${field}: ${JSON.stringify(target)} is not an environment of promotion.environments (known: ${Object.keys(environments).join(', ')})`,
          file,
        )
    }
    const seen = new Set<string>([env.name])
    for (
      let next = env.from ?? env.follows;
      next !== undefined;
      next = environments[next]?.from ?? environments[next]?.follows
    ) {
      if (seen.has(next))
        throw new ConfigError(`promotion.environments.${env.name}: from/follows form a cycle through ${next}`, file)
      seen.add(next)
    }
  }
  const freeze = (section.freeze ?? []).map((entry, i): Freeze => {
    const key = `promotion.freeze[${i}]`
    const fromMs = parseIsoTime(entry.from)
    const toMs = parseIsoTime(entry.to)
    if (fromMs === undefined)
      throw new ConfigError(
        `${key}.from: ${JSON.stringify(entry.from)} is not an ISO-8601 time with a zone, like 2026-12-20T00:00:00Z`,
        file,
      )
    if (toMs === undefined)
      throw new ConfigError(
        `${key}.to: ${JSON.stringify(entry.to)} is not an ISO-8601 time with a zone, like 2027-01-04T00:00:00Z`,
        file,
      )
    if (toMs <= fromMs) throw new ConfigError(`${key}: to (${entry.to}) must be after from (${entry.from})`, file)
    for (const name of entry.environments ?? [])
      if (!environments[name] && Object.keys(environments).length > 0)
        throw new ConfigError(
          `${key}.environments: ${JSON.stringify(name)} is not an environment of promotion.environments`,
          file,
        )
    return { fromMs, toMs, reason: entry.reason, ...(entry.environments ? { environments: entry.environments } : {}) }
  })
  return {
    mode: section.mode ?? 'push',
    ...(section.branch ? { branch: section.branch } : {}),
    remote: section.remote ?? 'origin',
    environments,
    freeze,
  }
}

/** Environments that follow `name` (directly), in config order. */
export function followersOf(config: ResolvedPromotionConfig, name: string): string[] {
  return Object.values(config.environments)
    .filter((env) => env.follows === name)
    .map((env) => env.name)
}

/** Environments whose `from` is `name`: where a release goes next. */
export function nextEnvironments(config: ResolvedPromotionConfig, name: string): string[] {
  return Object.values(config.environments)
    .filter((env) => env.from === name)
    .map((env) => env.name)
}
