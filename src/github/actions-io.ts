import * as core from '@actions/core'
import { UsageError } from '../errors.js'

/**
 * Typed readers for action inputs, on top of `core.getInput` (which reads the
 * `INPUT_<NAME>` environment variables the runner sets; hyphens are kept, e.g. `INPUT_FAIL-ON`).
 */

/** Options of {@link getListInput}. */
export interface ListInputOptions {
  /** Also split on commas (default true). Turn off for values that may contain commas, such as URLs. */
  commas?: boolean
}

/**
 * Reads a list input written one item per line (or comma-separated): items are trimmed,
 * empty ones dropped. An unset input is `[]`.
 * Example: `environments: staging, production` → `['staging', 'production']`.
 */
export function getListInput(name: string, options: ListInputOptions = {}): string[] {
  const separator = options.commas === false ? /\r?\n/ : /[\r\n,]+/
  return core
    .getInput(name)
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/**
 * Reads an input that must be one of `allowed` (compared case-sensitively, after trimming).
 *
 * @returns the value, or `fallback` when the input is unset or empty.
 * @throws {UsageError} `Invalid fail-on "errors": expected error, warning or never`.
 */
export function getEnumInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name)
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  const expected = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('')
  throw new UsageError(`Invalid ${name} "${value}": expected ${expected}`)
}

/** Reads an optional string input: `undefined` when unset or blank. */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/**
 * Reads a boolean input with `core.getBooleanInput` (YAML 1.2 core schema: `true|True|TRUE`,
 * `false|False|FALSE`); anything else fails loudly, as a usage error naming the input.
 *
 * @throws {UsageError} `Invalid dry-run "yes please": expected true or false`.
 */
export function getBooleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new UsageError(`Invalid ${name} "${core.getInput(name)}": expected true or false`)
  }
}
