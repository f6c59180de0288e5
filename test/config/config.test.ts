import { describe, expect, it } from 'vitest'
import { isProductionEnvironment, kubernetesVersionFor, minorVersion } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/parse.js'

describe('Kubernetes versions', () => {
  it.each([
    ['1.33', '1.33'],
    ['v1.31', '1.31'],
    ['1.30.4', '1.30'],
    ['v1.31.4-eks-1234', '1.31'],
  ])('%s targets %s', (text, expected) => expect(minorVersion(text)).toBe(expected))

  it.each(['latest', '1', 'one.two', '1.33 beta'])('refuses %s, naming it', (text) => {
    expect(() => minorVersion(text)).toThrow(`invalid Kubernetes version "${text}" (expected X.Y, e.g. 1.33)`)
  })

  it('takes the flag, then the environment, then the top level, then the default', () => {
    const config = parseConfig('kubernetesVersion: "1.31"\nenvironments:\n  prod: {kubernetesVersion: "1.30"}\n')
    expect(kubernetesVersionFor(config, 'prod', '1.36')).toBe('1.36')
    expect(kubernetesVersionFor(config, 'prod')).toBe('1.30')
    expect(kubernetesVersionFor(config, 'staging')).toBe('1.31')
    expect(kubernetesVersionFor({}, 'staging')).toBe('1.33')
  })
})

describe('production environments', () => {
  it('follows environments.<name>.production, else the name', () => {
    const config = parseConfig('environments:\n  live: {production: true}\n  preprod: {production: false}\n')
    expect(isProductionEnvironment(config, 'live')).toBe(true)
    expect(isProductionEnvironment(config, 'preprod')).toBe(false)
    expect(isProductionEnvironment(config, 'production-dr')).toBe(true)
    expect(isProductionEnvironment(config, 'staging')).toBe(false)
  })

  it('is one rule for policies and plan: plan.production, overridden per environment', () => {
    const config = parseConfig('plan:\n  production: [live]\nenvironments:\n  canary: {production: true}\n')
    expect(['live', 'canary', 'production', 'staging'].map((name) => isProductionEnvironment(config, name))).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
})

describe('validated once, with messages naming the key', () => {
  it('names a missing required key of a section', () => {
    expect(() => parseConfig('ecr:\n  region: us-east-1\n', 'slipway.yaml')).toThrow(
      'slipway.yaml: ecr.services: is required',
    )
  })

  it('names list items by index, with no schema-internal noise', () => {
    const text = 'plan:\n  ignore:\n    - path: spec.replicas\n      knd: Deployment\n'
    expect(() => parseConfig(text, 'slipway.yaml')).toThrow(/^slipway\.yaml: unknown key "plan\.ignore\[0\]\.knd"$/)
  })

  it('refuses a failover side whose region disagrees with its environment', () => {
    const text = [
      'environments:',
      '  production: {region: us-east-1}',
      '  production-dr: {region: eu-west-1}',
      'failover:',
      '  primary: {environment: production, region: us-east-1}',
      '  secondary: {environment: production-dr, region: us-west-2}',
      '  components: {standby: c/standby, active: c/active}',
      '  rto: 1h',
      '',
    ].join('\n')
    expect(() => parseConfig(text, 'slipway.yaml')).toThrow(
      'slipway.yaml: failover.secondary.region: "us-west-2" disagrees with environments.production-dr.region "eu-west-1"',
    )
    expect(parseConfig(text.replace('eu-west-1', 'us-west-2')).failover?.secondary.region).toBe('us-west-2')
  })

  it.each([
    [
      'ci:\n  matrix:\n    environmentsPerShard: 25\n    maxShards: 300\n',
      'ci.matrix.maxShards: must be <= 256 (got 300)',
    ],
    [
      'ci:\n  matrix:\n    environmentsPerShard: 2.5\n',
      'ci.matrix.environmentsPerShard: must be an integer of at least 1 (got 2.5)',
    ],
    ['ci:\n  matrix:\n    maxShards: 8\n', 'ci.matrix.environmentsPerShard: is required'],
    ['ci:\n  matrix: {environmentsPerShard: 25, shards: 3}\n', 'unknown key "ci.matrix.shards"'],
  ])('refuses a bad ci.matrix, naming the key: %j', (text, message) => {
    expect(() => parseConfig(text, 'slipway.yaml')).toThrow(`slipway.yaml: ${message}`)
  })

  it('accepts ci.matrix as documented', () => {
    expect(parseConfig('ci:\n  matrix:\n    environmentsPerShard: 25\n    maxShards: 8\n').ci).toEqual({
      matrix: { environmentsPerShard: 25, maxShards: 8 },
    })
  })

  it('refuses an environment region that is not an AWS region', () => {
    expect(() => parseConfig('environments:\n  production: {region: virginia}\n')).toThrow(
      'environments.production.region: must be an AWS region like "us-east-1"',
    )
  })
})
