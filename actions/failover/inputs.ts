import * as core from '@actions/core'
import { UsageError } from '../../src/errors.js'
import { getOptionalInput } from '../../src/github/actions-io.js'

/** The directions a dispatch may ask for (`dr.yml`'s `direction` choice). */
export const DIRECTIONS = ['failover', 'failback'] as const

/** The failover action's inputs (`actions/failover/action.yml`), parsed and checked. */
export interface Inputs {
  direction: (typeof DIRECTIONS)[number]
  /** The environment that serves traffic afterwards; default from `failover:` in slipway.yaml. */
  to?: string
  dryRun: boolean
  reason?: string
  verifyImages: boolean
  wait: boolean
  config?: string
}

/**
 * Reads the inputs from `INPUT_*` once (after build-push-action `src/context.ts`); booleans
 * fail loudly (`core.getBooleanInput`).
 *
 * @throws {UsageError} naming the input and its value (`Invalid direction "sideways": …`).
 */
export function getInputs(): Inputs {
  const bool = (name: string) => {
    try {
      return core.getBooleanInput(name)
    } catch {
      throw new UsageError(`Invalid ${name} "${core.getInput(name)}": expected true or false`)
    }
  }
  const direction = core.getInput('direction', { required: true })
  if (!(DIRECTIONS as readonly string[]).includes(direction)) {
    throw new UsageError(`Invalid direction "${direction}": expected ${DIRECTIONS.join(' or ')}`)
  }
  return {
    direction: direction as Inputs['direction'],
    to: getOptionalInput('to'),
    dryRun: bool('dry-run'),
    reason: getOptionalInput('reason'),
    verifyImages: bool('verify-images'),
    wait: bool('wait'),
    config: getOptionalInput('config'),
  }
}
