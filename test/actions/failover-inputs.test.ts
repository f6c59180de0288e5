import { afterEach, describe, expect, it } from 'vitest'
import { getInputs } from '../../actions/failover/inputs.js'

// Real INPUT_* variables, as the runner sets them (after build-push-action __tests__/setup.unit.ts).
const defaults: Record<string, string> = {
  INPUT_DIRECTION: 'failover',
  INPUT_TO: '',
  'INPUT_DRY-RUN': 'true',
  INPUT_REASON: '',
  'INPUT_VERIFY-IMAGES': 'true',
  INPUT_WAIT: 'false',
  INPUT_CONFIG: '',
}

function withInputs(values: Record<string, string>): void {
  for (const [key, value] of Object.entries({ ...defaults, ...values })) process.env[key] = value
}

afterEach(() => {
  for (const key of Object.keys(defaults)) delete process.env[key]
})

describe('actions/failover inputs', () => {
  it('parses the dispatch inputs: a dry run by default, the target left to slipway.yaml', () => {
    withInputs({ INPUT_REASON: 'INC-42 us-east-1 outage' })
    expect(getInputs()).toEqual({
      direction: 'failover',
      to: undefined,
      dryRun: true,
      reason: 'INC-42 us-east-1 outage',
      verifyImages: true,
      wait: false,
      config: undefined,
    })
  })

  it.each([
    [{ INPUT_DIRECTION: 'sideways' }, 'Invalid direction "sideways": expected failover or failback'],
    [{ INPUT_DIRECTION: 'failover; rm -rf /' }, 'Invalid direction "failover; rm -rf /"'],
    [{ 'INPUT_DRY-RUN': 'yes please' }, 'Invalid dry-run "yes please": expected true or false'],
    [{ INPUT_WAIT: 'maybe' }, 'Invalid wait "maybe"'],
  ])('refuses %j, naming the input and the value', (values, message) => {
    withInputs(values)
    expect(() => getInputs()).toThrow(message)
  })
})
