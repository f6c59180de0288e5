import { afterEach, describe, expect, it } from 'vitest'
import { getInputs } from '../../actions/promote/inputs.js'

// Real INPUT_* variables with the defaults of actions/promote/action.yml, as the runner sets them.
const defaults: Record<string, string> = {
  INPUT_TO: 'production',
  INPUT_RELEASE: '',
  INPUT_IMAGES: '',
  INPUT_FROM: '',
  'INPUT_NEWEST-ELIGIBLE': 'false',
  INPUT_REASON: '',
  INPUT_EMERGENCY: 'false',
  INPUT_MODE: 'push',
  'INPUT_VERIFY-IMAGES': 'true',
  INPUT_AUTOMATIC: 'false',
  INPUT_WAIT: 'false',
  'INPUT_WAIT-TIMEOUT': '10m',
  INPUT_CONFIG: '',
  'INPUT_GITHUB-TOKEN': '',
}

function withInputs(values: Record<string, string>): void {
  for (const [key, value] of Object.entries({ ...defaults, ...values })) process.env[key] = value
}

afterEach(() => {
  for (const key of Object.keys(defaults)) delete process.env[key]
})

describe('actions/promote inputs', () => {
  it('parses a release promotion with the defaults: push, images verified, a 10 minute wait timeout', () => {
    withInputs({ INPUT_RELEASE: 'v1.5.0', INPUT_WAIT: 'true', INPUT_REASON: 'CHG-1234' })
    expect(getInputs()).toEqual({
      to: 'production',
      release: 'v1.5.0',
      images: undefined,
      from: undefined,
      newestEligible: false,
      reason: 'CHG-1234',
      emergency: false,
      mode: 'push',
      verifyImages: true,
      automatic: false,
      wait: true,
      waitTimeoutMs: 600_000,
      config: undefined,
      githubToken: undefined,
    })
  })

  it('takes the newest eligible release as the one source', () => {
    withInputs({ 'INPUT_NEWEST-ELIGIBLE': 'true', INPUT_MODE: 'dry-run' })
    expect(getInputs()).toMatchObject({ newestEligible: true, mode: 'dry-run', release: undefined })
  })

  it.each([
    [{}, 'give exactly one of release, images, from or newest-eligible'],
    [
      { INPUT_RELEASE: 'v1.5.0', INPUT_FROM: 'staging' },
      'give exactly one of release, images, from or newest-eligible',
    ],
    [{ INPUT_RELEASE: 'v1.5.0', INPUT_MODE: 'force' }, 'Invalid mode "force"'],
    [{ INPUT_RELEASE: 'v1.5.0', INPUT_EMERGENCY: 'yes' }, 'Invalid emergency "yes"'],
    [{ INPUT_RELEASE: 'v1.5.0', INPUT_WAIT: 'true', INPUT_MODE: 'commit' }, 'wait needs mode push'],
    [{ INPUT_RELEASE: 'v1.5.0', 'INPUT_WAIT-TIMEOUT': 'soon' }, 'wait-timeout'],
    [{ INPUT_TO: '' }, 'to'],
  ])('refuses %j, naming the input', (values, message) => {
    withInputs(values)
    expect(() => getInputs()).toThrow(message)
  })
})
