import { minorVersion } from '../../src/config/kubernetes-version.js'
import { UsageError } from '../../src/errors.js'
import { getEnumInput, getListInput, getOptionalInput } from '../../src/github/actions-io.js'

/** When the step fails: on any error (default), on any finding, or never. */
export const FAIL_ON = ['error', 'warning', 'never'] as const
/** One of {@link FAIL_ON}. */
export type FailOn = (typeof FAIL_ON)[number]

/** The validate action's inputs (`actions/validate/action.yml`), parsed and checked. */
export interface Inputs {
  /** `slipway.yaml` path relative to the workspace; undefined: the repository's own, if any. */
  config?: string
  /** Environment names to validate; empty: all. */
  environments: string[]
  /** Target Kubernetes minor version `X.Y`; undefined: from the config. */
  kubernetesVersion?: string
  /** Schema locations tried before the config's (directories, templates, URLs, `default`). */
  schemaLocations: string[]
  failOn: FailOn
  /** Where to write the SARIF log (relative to the workspace); undefined: no SARIF. */
  sarifFile?: string
}

/**
 * Reads the action inputs from the `INPUT_*` environment (after build-push-action
 * `src/context.ts`): `environments` is a newline or comma list, `schema-locations` a
 * newline list, `fail-on` one of error|warning|never.
 *
 * @throws {UsageError} naming the input and the bad value (`Invalid fail-on "errors": …`,
 *   `Invalid kubernetes-version "1.x": …`).
 */
export function getInputs(): Inputs {
  return {
    config: getOptionalInput('config'),
    environments: getListInput('environments'),
    kubernetesVersion: parseKubernetesVersion(getOptionalInput('kubernetes-version')),
    schemaLocations: getListInput('schema-locations', { commas: false }),
    failOn: getEnumInput('fail-on', FAIL_ON, 'error'),
    sarifFile: getOptionalInput('sarif-file'),
  }
}

/**
 * Accepts `1.31`, `v1.31` or `1.31.4` and returns the minor version `1.31`.
 *
 * @throws {UsageError} for anything else, naming the value.
 */
export function parseKubernetesVersion(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  try {
    return minorVersion(value)
  } catch {
    throw new UsageError(`Invalid kubernetes-version "${value}": expected a minor version such as 1.31`)
  }
}
