import { minorVersion } from '../../src/config/kubernetes-version.js'
import { UsageError } from '../../src/errors.js'
import { FAIL_ON, VALIDATE_MODES, type ValidateActionInputs } from '../../src/report/validate-action.js'
import { getEnumInput, getListInput, getOptionalInput } from '../../src/github/actions-io.js'
import { parseShard, SHARD_FORM, type Shard } from '../../src/validation/shard.js'

export { FAIL_ON, type FailOn } from '../../src/report/validate-action.js'
export type { ValidateActionInputs as Inputs } from '../../src/report/validate-action.js'

/**
 * Reads the action inputs from the `INPUT_*` environment (after build-push-action
 * `src/context.ts`): `mode` one of validate|shards|merge, `environments` a newline or comma
 * list, `schema-locations` a newline list, `fail-on` one of error|warning|never, `shard`
 * `I/N`, `reports` (required with `mode: merge`) a directory or glob.
 *
 * @throws {UsageError} naming the input and the bad value (`Invalid fail-on "errors": …`,
 *   `Invalid kubernetes-version "1.x": …`, `Invalid shard "0/3": …`, `shard: … only with mode: validate`).
 */
export function getInputs(): ValidateActionInputs {
  const mode = getEnumInput('mode', VALIDATE_MODES, 'validate')
  const shard = parseShardInput(getOptionalInput('shard'))
  if (shard && mode !== 'validate')
    throw new UsageError(`shard: ${shard.index}/${shard.count} is only for mode: validate, not mode: ${mode}`)
  const reports = getOptionalInput('reports')
  if (reports !== undefined && mode !== 'merge')
    throw new UsageError(`reports: only for mode: merge, not mode: ${mode}`)
  if (reports === undefined && mode === 'merge')
    throw new UsageError("reports: required with mode: merge (the downloaded shard reports' directory or a glob)")
  return {
    mode,
    config: getOptionalInput('config'),
    environments: getListInput('environments'),
    kubernetesVersion: parseKubernetesVersion(getOptionalInput('kubernetes-version')),
    schemaLocations: getListInput('schema-locations', { commas: false }),
    failOn: getEnumInput('fail-on', FAIL_ON, 'error'),
    sarifFile: getOptionalInput('sarif-file'),
    shard,
    reportFile: getOptionalInput('report-file'),
    reports,
  }
}

/**
 * Parses the `shard` input, `I/N` with 1 ≤ I ≤ N ≤ 256 (the rule of `--shard`).
 *
 * @throws {UsageError} naming the value: `Invalid shard "0/3": expected I/N with 1 ≤ I ≤ N ≤ 256, e.g. 2/4`.
 */
export function parseShardInput(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined
  try {
    return parseShard(value)
  } catch {
    throw new UsageError(`Invalid shard "${value}": expected ${SHARD_FORM}, e.g. 2/4`)
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
