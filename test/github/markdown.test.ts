import { describe, expect, test } from 'vitest'
import { renderMarkdown } from '../../src/plan/format/index.js'
import type { Plan } from '../../src/plan/model.js'
import { annotationText, cell, code, fenced, fenceFor, htmlText, text } from '../../src/github/markdown.js'
import { toAnnotation, renderJobSummary } from '../../src/report/github.js'
import { checkMarkdownStructure } from './markdown-structure.js'

const Z = '\u200b'

// What a hostile manifest, git ref or config value may carry, and what each context must print.
describe('markdown escaping, table-driven', () => {
  test.each([
    ['forged plan line', '\n- **production**: 0 to destroy', ' - \\*\\*production\\*\\*: 0 to destroy'],
    ['mention', '@team please approve', `@${Z}team please approve`],
    ['image', '![x](http://t/p.png)', `!\\[x\\](http${Z}://t/p.png)`],
    ['link', '[safe to merge](https://evil.test)', `\\[safe to merge\\](https${Z}://evil.test)`],
    ['bare URL and www', 'see www.evil.test or HTTPS://x', `see www${Z}.evil.test or HTTPS${Z}://x`],
    ['HTML comment hiding the rest', '<!-- ', '&lt;!-- '],
    ['img tag', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['entity', '&lt;b&gt; &#64;team', '&amp;lt;b&amp;gt; &amp;#64;team'],
    [
      'emphasis, code, strike, math, table pipe',
      '*a* _b_ `c` ~~d~~ $e$ f|g',
      '\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\$e\\$ f\\|g',
    ],
    ['backslash', 'a\\*b', 'a\\\\\\*b'],
    ['control characters and separators', 'a\rb\u0007c\u2028d', 'a b c d'],
  ])('text: %s', (_, input, expected) => {
    expect(text(input)).toBe(expected)
  })

  test.each([
    ['plain', 'Deployment/trading/api', '`Deployment/trading/api`'],
    ['backtick run inside', 'a``b', '```a``b```'],
    ['starts with a backtick', '`x', '`` `x ``'],
    ['newline cannot end the span', 'a\n```\nb', '````a ``` b````'],
    ['empty', '', '` `'],
  ])('code: %s', (_, input, expected) => {
    expect(code(input)).toBe(expected)
  })

  test('code in a table cell escapes the pipe (GFM splits cells even inside code)', () => {
    expect(code('a|b', { table: true })).toBe('`a\\|b`')
  })

  test.each([
    ['no backticks', 'x', '```'],
    ['a fence inside', '```\nx\n```', '````'],
    ['a longer run', 'a ````` b', '``````'],
  ])('fenceFor: %s', (_, input, expected) => {
    expect(fenceFor(input)).toBe(expected)
  })

  test('a fenced block cannot be closed by its content', () => {
    const content = '- a\n```\n# not a heading\n````\n<!-- x'
    const block = fenced(content, 'diff')
    expect(block.split('\n')[0]).toBe('`````diff')
    expect(block.split('\n').at(-1)).toBe('`````')
    expect(checkMarkdownStructure(`${block}\n\n| a |\n| --- |\n| b |\n`)).toEqual([])
  })

  test.each([
    ['HTML', '<b>x</b> "y" \'z\'', '&lt;b&gt;x&lt;/b&gt; &quot;y&quot; &#39;z&#39;'],
    ['closing the summary', '</summary></details><img src=x>', '&lt;/summary&gt;&lt;/details&gt;&lt;img src=x&gt;'],
    ['mention', 'cc @org/team', `cc @${Z}org/team`],
  ])('htmlText: %s', (_, input, expected) => {
    expect(htmlText(input)).toBe(expected)
  })

  test('cell keeps line breaks as <br> when asked, each line escaped', () => {
    expect(cell('a|b\n<!-- c', { lineBreaks: true })).toBe('a\\|b<br>&lt;!-- c')
    expect(cell('a\nb')).toBe('a b')
  })

  test('annotation text is plain: no backslashes, mentions and URLs broken, one line unless multiline', () => {
    expect(annotationText('@team *x* http://t\nnext')).toBe(`@${Z}team *x* http${Z}://t next`)
    expect(annotationText('a\nb', true)).toBe('a\nb')
  })
})

/** The markdown with fenced blocks and code spans removed (their content is shown as text by GitHub). */
function outsideCode(markdown: string): string {
  const withoutFences = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
  return withoutFences.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

const hostileKey = '](x) **production**: 0 to destroy\n- **production**: 0 to destroy @team ![t](http://t/i.png) <!--'
const hostilePlan: Plan = {
  base: { ref: 'main`<!--', commit: 'a'.repeat(40) },
  head: { ref: '@team/branch', commit: 'b'.repeat(40) },
  notes: ['the head changes <img src=x> @admins'],
  environments: [
    {
      name: 'production',
      path: 'manifests/overlays/production',
      added: 0,
      changed: 1,
      removed: 1,
      images: [],
      errors: ['kustomize: <!-- hide\nthe rest'],
      risks: [
        {
          rule: 'prod-deletion',
          message: 'PodDisruptionBudget/trading/api-pdb is deleted in production [x](http://t) @oncall',
          resource: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', namespace: 'trading', name: 'api-pdb' },
        },
      ],
      resources: [
        {
          change: 'removed',
          ref: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', namespace: 'trading', name: 'api-pdb' },
          fields: [],
          diff: '-kind: PodDisruptionBudget\n-  note: "```\n# forged heading\n```"',
        },
        {
          change: 'changed',
          ref: { apiVersion: 'v1', kind: 'Secret', namespace: 'trading', name: 'db' },
          fields: [],
          secretKeys: { added: [hostileKey], changed: ['`x`'], removed: [] },
          diff: '',
        },
      ],
    },
  ],
  skipped: [{ name: 'staging <b>', path: 'manifests/overlays/staging', reason: 'no changed file' }],
  totals: { added: 0, changed: 1, removed: 1 },
  durationMs: 1,
}

describe('the plan comment with hostile content', () => {
  const { markdown } = renderMarkdown(hostilePlan)
  const lines = markdown.split('\n')

  test('one plan line per environment: a Secret key name cannot forge "0 to destroy"', () => {
    expect(lines.filter((line) => line.startsWith('- **production**:'))).toEqual([
      '- **production**: 0 to add, 1 to change, 1 to destroy — ⚠️ render failed, counts incomplete',
    ])
    expect(lines.filter((line) => /^\s*- \*\*production\*\*: 0 to destroy/.test(line))).toEqual([])
  })

  test('no raw HTML comment, img, mention, image or link from the content (outside code, where GitHub shows it as text)', () => {
    const prose = outsideCode(markdown)
    expect(prose).not.toContain('<!--')
    expect(prose).not.toMatch(/<img/i)
    expect(prose).not.toMatch(/<b>staging/)
    expect(prose).not.toMatch(/@(team|admins|oncall)/)
    expect(prose).not.toContain('![')
    expect(prose).not.toMatch(/[^\\]\]\(/)
    expect(prose).not.toMatch(/https?:\/\//)
    // …and the words are still there, as text.
    expect(prose).toContain(`@${Z}team`)
    expect(prose).toContain('\\*\\*production\\*\\*: 0 to destroy')
  })

  test('the diff fence cannot be closed by the manifest and the structure holds', () => {
    expect(markdown).toContain('````diff\n-kind: PodDisruptionBudget\n-  note: "```\n# forged heading\n```"\n````')
    expect(checkMarkdownStructure(markdown)).toEqual([])
  })

  test('refs are code spans that their content cannot end', () => {
    expect(markdown).toContain('``main`<!--`` (`aaaaaaa`) → `@team/branch` (`bbbbbbb`)')
  })
})

describe('validate job summary and annotations', () => {
  test('finding messages from manifests are escaped in the summary and plain in annotations', () => {
    const finding = {
      severity: 'error' as const,
      rule: 'schema',
      message: 'bad value "<!--" for @team ![x](http://t)\nnext line',
      environment: 'prod',
      resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'a', name: 'b' },
    }
    const report = {
      findings: [finding],
      summary: { environments: 1, resources: 1, errors: 1, warnings: 0, durationMs: 1 },
      environments: [
        { name: 'prod', path: 'p', kubernetesVersion: '1.33', resources: 1, errors: 1, warnings: 0, renderMs: 1 },
      ],
    }
    const summary = renderJobSummary(report as never)
    expect(summary).toContain(`bad value "&lt;!--" for @${Z}team !\\[x\\](http${Z}://t)<br>next line`)
    expect(summary).not.toContain('<!--')
    const annotation = toAnnotation(finding)
    expect(annotation.message).toBe(`bad value "<!--" for @${Z}team ![x](http${Z}://t)\nnext line (environment prod)`)
  })
})
