import { describe, expect, test } from 'vitest'
import { redactKustomizeMessage, stripKlogPrefix } from '../../src/render/kustomize-errors.js'
import { SEEDED_SECRET } from '../helpers/bad-input.js'

/** kubectl kustomize (v1.32, kustomize v5.5) stderr, as printed. */
const KLOG_QUOTED =
  'E1202 07:13:15.504618    8510 run.go:72] "command failed" err="invalid Kustomization: json: unknown field \\"resourcez\\""\n'
const KLOG_BLOCK =
  '# Warning: \'patchesStrategicMerge\' is deprecated.\nE1202 07:21:20.847572   19847 run.go:72] "command failed" err=<\n\ttrouble configuring builtin PatchStrategicMergeTransformer with config: `\n\tpaths:\n\t- p.yaml\n\t`: MalformedYAMLError: yaml: line 1: did not find expected node content in File: p.yaml\n >\n'

describe('kustomize error text', () => {
  test.each([
    ['the quoted klog form', KLOG_QUOTED, 'invalid Kustomization: json: unknown field "resourcez"'],
    [
      'the multi-line klog form, without the deprecation warning',
      KLOG_BLOCK,
      'trouble configuring builtin PatchStrategicMergeTransformer with config: `\npaths:\n- p.yaml\n`: MalformedYAMLError: yaml: line 1: did not find expected node content in File: p.yaml',
    ],
    [
      'standalone kustomize',
      "Error: accumulating resources: accumulation err='x'\n",
      "accumulating resources: accumulation err='x'",
    ],
  ])('%s loses its prefix', (_, stderr, message) => {
    expect(stripKlogPrefix(stderr)).toBe(message)
  })

  test.each([
    // kustomize api/kv/kv.go keyValuesFromLine: the line as a byte array, then raw.
    [
      'an env line with invalid UTF-8',
      `loading KV pairs: env source files: [app.env]: line [80 65 83 83 61 ${[...Buffer.from(SEEDED_SECRET)].join(' ')} 255] has invalid utf8 bytes : PASS=${SEEDED_SECRET}\ufffd`,
    ],
    [
      'a literal without "="',
      `loading KV pairs: literal sources [USER=app ${SEEDED_SECRET}]: invalid literal source ${SEEDED_SECRET}, expected key=value`,
    ],
    [
      'a repeated key made of a "KEY: value" line',
      `configmap app illegally repeats the key \`PASSWORD: ${SEEDED_SECRET}\``,
    ],
    [
      'a go-yaml type error quoting a value',
      `yaml: unmarshal errors:\n  line 6: cannot unmarshal !!str \`${SEEDED_SECRET}\` into map[string]string`,
    ],
  ])('%s: the value is removed', (_, message) => {
    const redacted = redactKustomizeMessage(message)
    expect(redacted).toContain('[secret content removed]')
    expect(redacted).not.toContain(SEEDED_SECRET)
    expect(redacted).not.toContain([...Buffer.from(SEEDED_SECRET)].join(' '))
  })

  test('a repeated valid key is kept: it names the problem', () => {
    expect(redactKustomizeMessage('configmap app illegally repeats the key `PASSWORD`')).toBe(
      'configmap app illegally repeats the key `PASSWORD`',
    )
  })
})
