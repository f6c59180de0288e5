import * as core from '@actions/core'
import { UsageError } from '../../src/errors.js'
import { getBooleanInput, getEnumInput, getOptionalInput } from '../../src/github/actions-io.js'
import { parseDuration } from '../../src/promotion/schedule.js'

/** How the promotion is applied. */
export const MODES = ['dry-run', 'commit', 'push'] as const

/** The promote action's inputs (`actions/promote/action.yml`), parsed and checked. */
export interface Inputs {
  to: string
  release?: string
  /** JSON text or a file path of `slipway ecr publish` output. */
  images?: string
  from?: string
  newestEligible: boolean
  reason?: string
  emergency: boolean
  mode: (typeof MODES)[number]
  verifyImages: boolean
  automatic: boolean
  wait: boolean
  /** Milliseconds. */
  waitTimeoutMs: number
  config?: string
  githubToken?: string
}

/**
 * Reads the inputs from `INPUT_*` (after build-push-action `src/context.ts`); booleans fail
 * loudly (`core.getBooleanInput`).
 *
 * @throws {UsageError} naming the input and value (`Invalid mode "force": …`), or when not
 *   exactly one of release, images, from, newest-eligible is given.
 */
export function getInputs(): Inputs {
  const inputs: Inputs = {
    to: core.getInput('to', { required: true }),
    release: getOptionalInput('release'),
    images: getOptionalInput('images'),
    from: getOptionalInput('from'),
    newestEligible: getBooleanInput('newest-eligible'),
    reason: getOptionalInput('reason'),
    emergency: getBooleanInput('emergency'),
    mode: getEnumInput('mode', MODES, 'push'),
    verifyImages: getBooleanInput('verify-images'),
    automatic: getBooleanInput('automatic'),
    wait: getBooleanInput('wait'),
    waitTimeoutMs: parseDuration(core.getInput('wait-timeout') || '10m', 'wait-timeout'),
    config: getOptionalInput('config'),
    githubToken: getOptionalInput('github-token'),
  }
  const sources = [inputs.release, inputs.images, inputs.from, inputs.newestEligible || undefined].filter(
    (v) => v !== undefined,
  ).length
  if (sources !== 1) throw new UsageError('give exactly one of release, images, from or newest-eligible')
  if (inputs.wait && inputs.mode !== 'push') throw new UsageError('wait needs mode push')
  return inputs
}
