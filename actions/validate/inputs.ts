import { minorVersion } from '../../src/config/kubernetes-version.js'
import { UsageError } from '../../src/errors.js'
import { FAIL_ON, type ValidateActionInputs } from '../../src/report/validate-action.js'
import { getEnumInput, getListInput, getOptionalInput } from '../../src/github/actions-io.js'

export { FAIL_ON, type FailOn } from '../../src/report/validate-action.js'
export type { ValidateActionInputs as Inputs } from '../../src/report/validate-action.js'

/**
 * Reads the action inputs from the `INPUT_*` environment (after build-push-action
 * `src/context.ts`): `environments` is a newline or comma list, `schema-locations` a
 * newline list, `fail-on` one of error|warning|never.
 *
 * @throws {UsageError} naming the input and the bad value (`Invalid fail-on "errors": …`,
 *   `Invalid kubernetes-version "1.x": …`).
 */
export function getInputs(): ValidateActionInputs {
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
