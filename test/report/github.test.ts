import * as core from '@actions/core'
import { describe, expect, test, vi } from 'vitest'
import type { Finding } from '../../src/findings/finding.js'
import {
  createReporter,
  escapeData,
  escapeProperty,
  formatAnnotation,
  planAnnotations,
  renderJobSummary,
  toAnnotation,
} from '../../src/report/index.js'
import type { Annotation } from '../../src/report/index.js'
import { apiGateway, mixedFindings, reportOf } from './fixtures.js'

/** What @actions/core itself prints for an annotation (it writes to process.stdout). */
function coreOutput(annotation: Annotation): string {
  const writes: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk))
    return true
  })
  try {
    const fn = annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice
    fn(annotation.message, annotation.properties)
  } finally {
    spy.mockRestore()
  }
  return writes.join('').trimEnd()
}

function finding(severity: Finding['severity'], index: number, file = true): Finding {
  return {
    severity,
    rule: 'schema',
    message: `${severity} ${index}`,
    environment: 'staging',
    resource: apiGateway,
    ...(file ? { file: `f${index}.yaml`, line: index + 1 } : {}),
  }
}

describe('workflow command escaping', () => {
  test.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['key: value, other', 'key: value, other', 'key%3A value%2C other'],
    ['%0A literal', '%250A literal', '%250A literal'],
    ['plain', 'plain', 'plain'],
  ])('%j → data %j, property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data)
    expect(escapeProperty(input)).toBe(property)
  })

  test.each<[string, Annotation]>([
    [
      'full',
      {
        level: 'error',
        message: 'unknown field "replica"\nat 50%',
        properties: { title: 'schema: Deployment/a,b', file: 'manifests/x: y.yaml', startLine: 7, startColumn: 3 },
      },
    ],
    ['no properties', { level: 'warning', message: 'w', properties: {} }],
    ['title only', { level: 'error', message: 'e', properties: { title: 'render' } }],
    ['notice', { level: 'notice', message: 'n, with: punctuation', properties: {} }],
    ['line without column', { level: 'warning', message: 'w', properties: { file: 'a.yaml', startLine: 3 } }],
  ])('formatAnnotation is byte-identical to @actions/core (%s)', (_name, annotation) => {
    expect(formatAnnotation(annotation)).toBe(coreOutput(annotation))
  })

  test('an annotation names rule, resource, file, line and column', () => {
    expect(formatAnnotation(toAnnotation(mixedFindings[0]!))).toBe(
      '::error title=schema%3A Deployment/trading/api-gateway,file=manifests/overlays/staging/patches/api-gateway.yaml,line=7,col=3::unknown field "replica" (environment staging, at /spec/replica)',
    )
    expect(toAnnotation(mixedFindings[1]!).message).toContain('[line approximate: first line of the resource]')
  })
})

describe('annotation limits', () => {
  test('at most 10 errors and 10 warnings, findings with a file first, report order kept', () => {
    const findings = [
      finding('error', 0, false),
      ...Array.from({ length: 12 }, (_, i) => finding('error', i + 1)),
      ...Array.from({ length: 4 }, (_, i) => finding('warning', i)),
    ]
    const plan = planAnnotations(findings)
    expect(plan.omitted).toEqual({ errors: 3, warnings: 0 })
    const errors = plan.annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => a.message.split(' (')[0])).toEqual(Array.from({ length: 10 }, (_, i) => `error ${i + 1}`))
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(4)
  })

  test('the github format prints the annotations, a notice for the rest, and totals', () => {
    const report = reportOf([...Array.from({ length: 11 }, (_, i) => finding('error', i)), finding('warning', 0)])
    const lines = createReporter('github').render(report).trimEnd().split('\n')
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10)
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(1)
    expect(lines).toContain(
      '::notice::1 error and 0 warnings were not annotated (GitHub shows 10 of each per step); the job summary lists every finding.',
    )
    // The error that did not fit stays in the log as a plain line.
    expect(lines).toContain('error schema Deployment/trading/api-gateway: error 10 (environment staging) [f10.yaml:11]')
    expect(lines.filter((line) => !line.startsWith('::'))).toHaveLength(2)
    expect(lines.at(-1)).toBe('slipway: 2 environments, 86 resources: 11 errors, 1 warning in 1.9 s')
  })
})

describe('job summary', () => {
  test('an overview and one table per environment with findings', () => {
    const markdown = createReporter('github', {
      sourceLink: { serverUrl: 'https://github.com', repository: 'acme/platform', sha: 'abc123' },
    }).summary(reportOf(mixedFindings))
    expect(markdown).toContain('## ❌ Slipway validate: 3 errors, 2 warnings\n')
    expect(markdown).toContain(
      '| staging | manifests/overlays/staging | 1.31 | 42 | 2 | 2 |\n| production | manifests/overlays/production | 1.31 | 44 | 0 | 0 |\n| broken |  |  |  | 1 | 0 |',
    )
    expect(markdown.match(/^### /gm)).toEqual(['### ', '### '])
    expect(markdown).toContain('### staging: 2 errors, 2 warnings')
    expect(markdown).toContain(
      '| ❌ error | schema | Deployment/trading/api-gateway | /spec/replica | unknown field "replica" | [manifests/overlays/staging/patches/api-gateway.yaml:7:3](https://github.com/acme/platform/blob/abc123/manifests/overlays/staging/patches/api-gateway.yaml#L7) |',
    )
    // A multi-line kustomize message stays in one table row.
    expect(markdown).toContain(
      '| ❌ error | render |  |  | kustomize build failed:<br>Error: accumulating resources: missing.yaml: no such file |  |',
    )
  })

  test('cells escape pipes and HTML', () => {
    const markdown = renderJobSummary(
      reportOf([{ severity: 'warning', rule: 'policy', message: 'value a|b <script> & more', environment: 'staging' }]),
    )
    expect(markdown).toContain('| value a\\|b &lt;script&gt; &amp; more |')
  })

  test('a clean report has a green heading and no finding tables', () => {
    const markdown = renderJobSummary(reportOf([]))
    expect(markdown.startsWith('## ✅ Slipway validate: 0 errors, 0 warnings')).toBe(true)
    expect(markdown).not.toContain('###')
  })

  test('says when findings were not annotated', () => {
    const report = reportOf(Array.from({ length: 12 }, (_, i) => finding('warning', i)))
    expect(createReporter('github').summary(report)).toContain('> 0 errors and 2 warnings were not annotated')
  })

  test('stays under the size limit and says how many rows it dropped', () => {
    const report = reportOf(
      Array.from({ length: 200 }, (_, i) => ({ ...finding('error', i), message: 'x'.repeat(200) })),
    )
    const markdown = renderJobSummary(report, { limitBytes: 8 * 1024 })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(8 * 1024)
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌ error')).length
    expect(rows).toBeGreaterThan(10)
    expect(markdown).toContain(`_${200 - rows} more findings not shown`)
  })
})
