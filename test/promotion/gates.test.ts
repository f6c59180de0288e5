import { describe, expect, test } from 'vitest'
import { parseConfig } from '../../src/config/parse.js'
import { resolvePromotionConfig } from '../../src/promotion/config.js'
import { evaluateGates, residencies, type EnvironmentRevision } from '../../src/promotion/gates.js'
import {
  formatDuration,
  isInWindow,
  nextWindowOpening,
  parseDuration,
  parseWindow,
} from '../../src/promotion/schedule.js'
import { parseReleaseName } from '../../src/promotion/release.js'

const at = (iso: string) => Date.parse(iso)

describe('durations', () => {
  test.each([
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text, 'soak')).toBe(ms))

  test.each(['2', '2 h', '-1h', '1.5h', '0m', 'h', '', '30m1h', '2H'])(
    '%j is refused, naming the key and value',
    (text) => {
      expect(() => parseDuration(text, 'promotion.environments.production.soak')).toThrow(
        `promotion.environments.production.soak: ${JSON.stringify(text)} is not a duration like 30m, 2h, 1d or 1h30m`,
      )
    },
  )

  test.each([
    [4_320_000, '1h12m'],
    [59_000, '59s'],
    [61_000, '2m'],
    [97_200_000, '1d3h'],
  ])('%d ms reads %s', (ms, text) => expect(formatDuration(ms)).toBe(text))
})

describe('maintenance windows', () => {
  const sunday = parseWindow('Sun 02:00-06:00 UTC', 'window')
  test.each([
    ['2026-12-06T01:59:00Z', false],
    ['2026-12-06T02:00:00Z', true],
    ['2026-12-06T05:59:59Z', true],
    ['2026-12-06T06:00:00Z', false],
    ['2026-12-07T03:00:00Z', false],
  ])('Sun 02:00-06:00 UTC at %s: %s', (time, open) => expect(isInWindow(sunday, at(time))).toBe(open))

  test('a window crossing midnight, in an IANA zone', () => {
    const w = parseWindow('Fri 22:00-02:00 Europe/London', 'window')
    expect(isInWindow(w, at('2026-12-04T22:30:00Z'))).toBe(true) // Friday 22:30 GMT
    expect(isInWindow(w, at('2026-12-05T01:30:00Z'))).toBe(true) // Saturday 01:30 GMT
    expect(isInWindow(w, at('2026-12-05T02:30:00Z'))).toBe(false)
    // Summer: BST is UTC+1, so 22:00 local is 21:00Z.
    expect(isInWindow(w, at('2026-07-03T21:30:00Z'))).toBe(true)
  })

  test('the next opening is named', () => {
    expect(new Date(nextWindowOpening([sunday], at('2026-12-02T07:00:00Z'))!).toISOString()).toBe(
      '2026-12-06T02:00:00.000Z',
    )
  })

  test.each([
    ['Sunday 02:00-06:00 UTC', 'has an unknown day "Sunday"'],
    ['Sun 2:00-06:00 UTC', 'is not DAYS HH:MM-HH:MM ZONE'],
    ['Sun 02:00-25:00 UTC', 'has an invalid end time 25:00'],
    ['Sun 02:00-06:00 Mars/Olympus', 'has an unknown time zone "Mars/Olympus"'],
    ['Sun 02:00-02:00 UTC', 'starts and ends at the same time'],
  ])('%j is refused: %s', (text, why) => {
    expect(() => parseWindow(text, 'promotion.environments.production.window')).toThrow(
      `promotion.environments.production.window: ${JSON.stringify(text)} ${why}`,
    )
  })
})

describe('the promotion: section', () => {
  const load = (yaml: string) => resolvePromotionConfig(parseConfig(yaml))

  test('the contract shape parses', () => {
    const config = load(`promotion:
  environments:
    staging: {}
    production: { from: staging, soak: 2h, window: "Sun 02:00-06:00 UTC" }
    production-dr: { follows: production }
  freeze: [{ from: "2026-12-20T00:00:00Z", to: "2027-01-04T00:00:00Z", reason: year-end freeze }]
`)
    expect(config.environments.production).toMatchObject({
      from: 'staging',
      soakMs: 7_200_000,
      application: 'production',
    })
    expect(config.environments['production-dr']!.follows).toBe('production')
    expect(config.freeze[0]!.reason).toBe('year-end freeze')
  })

  test.each([
    [
      'promotion:\n  environments:\n    production: { from: staging }\n',
      'promotion.environments.production.from: "staging" is not an environment of promotion.environments',
    ],
    [
      'promotion:\n  environments:\n    staging: {}\n    production: { from: staging, soak: 2 hours }\n',
      'promotion.environments.production.soak: "2 hours" is not a duration',
    ],
    ['promotion:\n  environments:\n    staging: { sok: 2h }\n', 'unknown key "promotion.environments.staging.sok"'],
    [
      'promotion:\n  freeze: [{ from: "2026-12-20", to: "2027-01-04T00:00:00Z", reason: x }]\n',
      'promotion.freeze[0].from: "2026-12-20" is not an ISO-8601 time with a zone',
    ],
    ['promotion:\n  mode: direct\n', 'promotion.mode: must be push or pull-request'],
  ])('%j is refused: %s', (yaml, message) => {
    expect(() => load(yaml)).toThrow(message)
  })
})

describe('gates', () => {
  const config = resolvePromotionConfig(
    parseConfig(`promotion:
  environments:
    staging: {}
    production: { from: staging, soak: 2h, window: "Sun 02:00-06:00 UTC" }
  freeze: [{ from: "2026-12-20T00:00:00Z", to: "2027-01-04T00:00:00Z", reason: year-end freeze, environments: [production] }]
`),
  )
  const D1 = { api: `sha256:${'1'.repeat(64)}` }
  const D2 = { api: `sha256:${'2'.repeat(64)}` }
  const rev = (commit: string, iso: string, digests: Record<string, string>): EnvironmentRevision => ({
    commit: commit.repeat(40).slice(0, 40),
    dateMs: at(iso),
    digests,
    tags: {},
    trailers: {},
    subject: '',
  })
  const history = [rev('a', '2026-12-05T23:00:00Z', D1), rev('b', '2026-12-06T01:00:00Z', D2)]
  const gates = (digests: Record<string, string>, now: string, extra: object = {}) =>
    evaluateGates({
      config,
      target: config.environments.production,
      targetName: 'production',
      release: 'v1.5.0',
      digests,
      fromHistory: history,
      nowMs: at(now),
      ...extra,
    })
  const byName = (results: ReturnType<typeof gates>) =>
    Object.fromEntries(results.map((r) => [r.gate, `${r.status}: ${r.message}`]))

  test('residencies are measured between committer dates', () => {
    expect(residencies(history, D1)).toEqual([
      { commit: 'a'.repeat(40), startMs: at('2026-12-05T23:00:00Z'), endMs: at('2026-12-06T01:00:00Z') },
    ])
  })

  test('soak refuses with the time left', () => {
    expect(byName(gates(D2, '2026-12-06T02:48:00Z')).soak).toBe(
      'fail: soak: 12m left (in staging since 2026-12-06T01:00Z, commit bbbbbbb; needs 2h)',
    )
  })

  test('a release that soaked once stays eligible after a newer one replaced it', () => {
    const d1 = evaluateGates({
      config,
      target: config.environments.production,
      targetName: 'production',
      release: 'v1.4.9',
      digests: D1,
      nowMs: at('2026-12-06T03:00:00Z'),
      fromHistory: [rev('a', '2026-12-05T20:00:00Z', D1), rev('b', '2026-12-06T01:00:00Z', D2)],
    })
    expect(d1.find((g) => g.gate === 'soak')?.status).toBe('pass')
  })

  test('from refuses digests that never ran in staging', () => {
    expect(byName(gates({ api: `sha256:${'3'.repeat(64)}` }, '2026-12-06T04:00:00Z')).from).toBe(
      'fail: from: v1.5.0 (these digests) has not been promoted to staging',
    )
  })

  test('window refuses outside and names the next opening', () => {
    expect(byName(gates(D2, '2026-12-07T04:00:00Z')).window).toBe(
      'fail: window: outside Sun 02:00-06:00 UTC; next opens 2026-12-13T02:00Z (in 5d22h)',
    )
  })

  test('freeze refuses inside and names its reason', () => {
    expect(byName(gates(D2, '2026-12-27T03:00:00Z')).freeze).toMatch(
      /^fail: freeze: year-end freeze \(until 2027-01-04T00:00Z, 7d21h left\)$/,
    )
  })

  test('--emergency overrides soak, window and freeze, not from', () => {
    const early = byName(gates(D2, '2026-12-06T01:30:00Z', { emergency: true }))
    expect(early.soak).toMatch(/^overridden: soak: 1h30m left/)
    expect(early.window).toMatch(/^overridden: window: outside/)
    expect(byName(gates(D2, '2026-12-27T01:30:00Z', { emergency: true })).freeze).toMatch(
      /^overridden: freeze: year-end freeze/,
    )
    expect(
      byName(gates({ api: `sha256:${'3'.repeat(64)}` }, '2026-12-27T01:30:00Z', { emergency: true })).from,
    ).toMatch(/^fail: /)
  })

  test('a rollback needs no soak', () => {
    expect(byName(gates(D2, '2026-12-06T01:30:00Z', { rollback: true })).soak).toMatch(
      /^skipped: soak: not needed for a rollback/,
    )
  })
})

describe('release names', () => {
  test.each(['v1.5.0', 'v2.0.0-rc.1', 'sha-1a2b3c4'])('%s is a release', (name) =>
    expect(parseReleaseName(name)).toBe(name),
  )
  test.each([
    'v1.5.0; rm -rf /',
    '$(id)',
    'v1.5.0`id`',
    'v1.5',
    '1.5.0',
    "v1.5.0' || true",
    'v1.5.0\nSlipway-Emergency: true',
    'v1.5.0+build',
  ])('%j is rejected', (name) => {
    expect(() => parseReleaseName(name)).toThrow(/is not a release/)
  })
})
