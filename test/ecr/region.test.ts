import { describe, expect, test } from 'vitest'
import { parseAwsRegion, resolveEcrRegion } from '../../src/ecr/config.js'
import { defaultRegistry } from '../../src/ecr/publish-release.js'
import { ConfigError, UsageError } from '../../src/errors.js'

const ecr = { region: 'eu-central-1', services: { api: { repository: 'team/api' } } }

describe('AWS regions given by a caller', () => {
  test.each(['eu-west-1', 'us-gov-west-1', 'ap-southeast-2', 'cn-north-1'])('%s is a region', (region) => {
    expect(parseAwsRegion(region, 'aws-region')).toBe(region)
  })

  test.each([
    ['EU-WEST-1', 'aws-region "??-????-1" is not an AWS region like eu-west-1'],
    ['eu-west', 'aws-region "eu-west" is not an AWS region like eu-west-1'],
    ['eu-west-1 ', 'aws-region "eu-west-1?" is not an AWS region like eu-west-1'],
    [
      'eu-west-1\n::set-env name=X::y',
      'aws-region "eu-west-1???set-env?name????y" is not an AWS region like eu-west-1',
    ],
  ])('%j is refused, its unsafe characters shown as ?', (value, message) => {
    expect(() => parseAwsRegion(value, 'aws-region')).toThrow(new UsageError(message))
  })

  test('the explicit region wins and the config is not read; else ecr.region', async () => {
    const unread = () => Promise.reject(new Error('config read'))
    expect(await resolveEcrRegion('us-east-2', 'aws-region', unread)).toBe('us-east-2')
    expect(await resolveEcrRegion(undefined, 'aws-region', async () => ({ ecr }))).toBe('eu-central-1')
    expect(await resolveEcrRegion('', 'aws-region', async () => ({ ecr }))).toBe('eu-central-1')
    await expect(resolveEcrRegion(undefined, 'aws-region', async () => ({ file: 'slipway.yaml' }))).rejects.toThrow(
      ConfigError,
    )
  })

  test('the default registry is the private registry of ecr.registryId in ecr.region', () => {
    expect(defaultRegistry({ ...ecr, registryId: '123456789012' })).toBe(
      '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    )
    expect(defaultRegistry(ecr)).toBeUndefined()
  })
})
