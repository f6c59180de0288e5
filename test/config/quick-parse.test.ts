import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { quickParseConfig } from '../../src/config/index.js'
import { parseConfig } from '../../src/config/parse.js'
import { REPO_ROOT } from '../helpers/paths.js'

/** What the `yaml` Document path alone makes of the text (the reference for the fast path). */
function viaDocument(text: string): unknown {
  return parseDocument(text, { uniqueKeys: true }).toJS() ?? {}
}

describe('parseConfig fast path', () => {
  const cases: Record<string, string> = {
    'the reference platform': readFileSync(join(REPO_ROOT, 'slipway.yaml'), 'utf8'),
    'an empty file': '',
    'comments only': '# nothing set yet\n',
    'flow style, quoted and plain scalars': [
      'kubernetesVersion: "1.31"',
      'render: { concurrency: 4, timeoutSeconds: 90.5, enableHelm: false }',
      "environments: { production: { kubernetesVersion: '1.32', production: true, vars: { n: 0x1F, o: 0o17, big: 1e3, none: ~, yes: yes } } }",
      '',
    ].join('\n'),
    'block scalars': 'vars:\n  banner: |\n    two\n    lines\n  folded: >-\n    one\n    line\n',
  }
  for (const [name, text] of Object.entries(cases))
    it(`gives what the yaml Document gives: ${name}`, () => {
      const { file: _file, ...config } = { ...parseConfig(text), file: undefined }
      void _file
      expect(quickParseConfig(text)).toBeDefined()
      expect(config).toEqual(viaDocument(text))
    })

  it('words errors as the Document path does (duplicate key, unknown key, anchors past the budget)', () => {
    expect(() => parseConfig('kubernetesVersion: "1.31"\nkubernetesVersion: "1.32"\n')).toThrow(
      /Map keys must be unique/,
    )
    expect(() => parseConfig('kubernetesVersoin: "1.31"\n')).toThrow('unknown key "kubernetesVersoin"')
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 0; i < 120; i++) bomb.push(`b${i}: *a`)
    expect(() => parseConfig(`vars:\n  ${bomb.join('\n  ')}\n`)).toThrow(/alias/i)
  })
})
