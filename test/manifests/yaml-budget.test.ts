import { describe, expect, test } from 'vitest'
import { parseConfig } from '../../src/config/parse.js'
import { ConfigError } from '../../src/errors.js'
import { aliasExcess, loadYaml, parseYamlStream, YamlLimitError } from '../../src/manifests/yaml-stream.js'
import { parsePolicy } from '../../src/validation/policies/policy.js'
import { aliasBomb, bombConfigMap } from '../helpers/bad-input.js'

describe('every YAML Slipway parses has an alias budget', () => {
  test('a billion-laughs resource is a parse error naming the file and line; the other documents are kept', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n---\n${bombConfigMap()}`
    const { resources, errors } = parseYamlStream(text, 'manifests/base/bomb.yaml')
    expect(resources.map((resource) => resource.ref.name)).toEqual(['fine'])
    expect(errors).toEqual([{ file: 'manifests/base/bomb.yaml', index: 1, line: 6, limit: true, message: expect.stringMatching(/^YAML: aliases would expand the document by [\d.]+ million nodes, more than the 100,000 allowed \(an alias bomb\?\)$/) }])
  })

  test('an alias inside its own anchor (a cycle js-yaml accepts) is refused', () => {
    expect(parseYamlStream('apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: loop\n  self: *m\n', 'loop.yaml').errors[0]?.message).toBe('YAML: an alias refers to the node that holds it (a cycle)')
    expect(aliasExcess(JSON.parse('{"a": [1, 2]}'))).toBeUndefined()
  })

  test('anchors as real manifests use them stay within the budget', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  labels: &labels {app: web, tier: front}\n  annotations: *labels\ndata: {a: "&b"}\n'
    expect(parseYamlStream(text, 'ok.yaml')).toMatchObject({ errors: [], resources: [{ ref: { name: 'ok' } }] })
  })

  test('loadYaml throws a YamlLimitError (a ConfigError, exit 2) naming the file', () => {
    expect(() => loadYaml(aliasBomb(), 'manifests/argocd/elements.yaml')).toThrow(/^manifests\/argocd\/elements\.yaml: aliases would expand the document by [\d.]+ million nodes/)
    expect(() => loadYaml(aliasBomb(), 'x.yaml')).toThrow(YamlLimitError)
    expect(() => loadYaml(aliasBomb(), 'x.yaml')).toThrow(ConfigError)
  })

  test.each([
    ['slipway.yaml', () => parseConfig(`vars:\n${aliasBomb(9, 9, '  ')}`, 'slipway.yaml')],
    ['policies/bomb.yaml', () => parsePolicy(`id: bomb\ndescription: x\nseverity: error\nmatch: {kinds: [Pod]}\nschema:\n  properties:\n${aliasBomb(9, 9, '    ')}`, 'policies/bomb.yaml')],
  ])('%s: a bomb is a ConfigError naming the file', (file, parse) => {
    expect(parse).toThrow(ConfigError)
    expect(parse).toThrow(`${file}: YAML aliases expand beyond the budget of 100 (an alias bomb?); not read`)
  })
})
