import * as core from '@actions/core'
import { getBooleanInput, getEnumInput, getOptionalInput } from '../../src/github/actions-io.js'

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
 * @throws {UsageError} (from the readers) naming the input and its value (`Invalid direction "sideways": …`).
 */
export function getInputs(): Inputs {
  core.getInput('direction', { required: true })
  return {
    direction: getEnumInput('direction', DIRECTIONS, 'failover'),
    to: getOptionalInput('to'),
    dryRun: getBooleanInput('dry-run'),
    reason: getOptionalInput('reason'),
    verifyImages: getBooleanInput('verify-images'),
    wait: getBooleanInput('wait'),
    config: getOptionalInput('config'),
  }
}
