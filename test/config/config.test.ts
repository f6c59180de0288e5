import { describe, expect, it } from 'vitest'
import { isProductionEnvironment, kubernetesVersionFor, minorVersion, parseConfig } from '../../src/config/index.js'

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
})
