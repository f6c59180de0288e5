// The Done-when list of issue 9, with the real CLI as child processes on real git
// repositories (a bare remote and clones of a copy of the reference platform).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  DR,
  PRIMARY,
  PRODUCTION,
  PRODUCTION_DR,
  SERVICES,
  STAGING,
  digestOf,
  platform,
  publishOutput,
  type Platform,
} from './platform.js'

let p: Platform
let v150: string
beforeAll(async () => {
  p = await platform()
  v150 = await p.writeJson('v1.5.0.json', publishOutput('v1.5.0'))
})
afterAll(() => p.dispose())

const count = async (dir: string) => Number((await p.git(dir, ['rev-list', '--count', 'HEAD'])).trim())
const trailers = async (dir: string, rev = 'HEAD') =>
  (await p.git(dir, ['log', '-1', '--format=%(trailers:only=true)', rev])).trim()
const changedLines = (before: string, after: string) => {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b).toHaveLength(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [`${line.trim()} → ${b[i]!.trim()}`]))
}

describe('slipway promote on a clone of the reference platform', { timeout: 300_000 }, () => {
  test('promote --to staging --images <publish output> --commit makes one commit with the trailers; comments and layout stay byte for byte', async () => {
    const before = await p.read(p.work, STAGING)
    const commits = await count(p.work)
    const run = await p.cli(
      p.work,
      [
        'promote',
        '--to',
        'staging',
        '--images',
        v150,
        '--commit',
        '--no-verify-images',
        '--now',
        '2026-12-06T01:00:00Z',
      ],
      { date: '2026-12-06T01:00:00Z' },
    )
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^slipway promote: committed [0-9a-f]{40}: v1\.5\.0 to staging$/m)
    expect(await count(p.work)).toBe(commits + 1)
    expect((await p.git(p.work, ['log', '-1', '--format=%s'])).trim()).toBe('promote v1.5.0 to staging')
    expect(await trailers(p.work)).toBe(
      [
        'Slipway-Release: v1.5.0',
        'Slipway-Environment: staging',
        'Slipway-From: ecr-publish',
        'Slipway-Reason: none given',
        'Slipway-Emergency: false',
        'Slipway-Rollback: false',
      ].join('\n'),
    )
    expect((await p.git(p.work, ['show', '--name-only', '--format=', 'HEAD'])).trim()).toBe(STAGING)
    expect((await p.git(p.work, ['status', '--porcelain'])).trim()).toBe('')
    // Only the edited values changed: every comment, key and blank line is as it was.
    const after = await p.read(p.work, STAGING)
    const changed = changedLines(before, after)
    expect(changed).toHaveLength(1 + 2 * SERVICES.length)
    expect(changed[0]).toBe('app.kubernetes.io/version: v1.4.2 → app.kubernetes.io/version: v1.5.0')
    for (const line of changed.slice(1))
      expect(line).toMatch(
        /^(newTag: v1\.4\.2 → newTag: v1\.5\.0|digest: sha256:[0-9a-f]{64} → digest: sha256:[0-9a-f]{64})$/,
      )
    expect(after).toContain(
      `newName: ${PRIMARY}/trading/risk-engine\n    newTag: v1.5.0\n    digest: ${digestOf('risk-engine', 'v1.5.0')}`,
    )
    expect(after.split('\n').filter((line) => line.trimStart().startsWith('#'))).toEqual(
      before.split('\n').filter((line) => line.trimStart().startsWith('#')),
    )
  })

  test('promoting what the environment already runs is a no-op that exits 0 and says so', async () => {
    const commits = await count(p.work)
    const run = await p.cli(p.work, ['promote', '--to', 'staging', '--images', v150, '--commit', '--no-verify-images'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('slipway promote: nothing to do: staging already runs v1.5.0\n')
    expect(await count(p.work)).toBe(commits)
  })

  test('release status shows staging on the new release', async () => {
    const text = await p.cli(p.work, ['release', 'status', '--now', '2026-12-06T01:48:00Z'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(
      /^staging: v1\.5\.0 since 2026-12-06T01:00:00\.000Z by [0-9a-f]{7} "promote v1\.5\.0 to staging", soaked 48m$/m,
    )
    expect(text.stdout).toMatch(/^production: v1\.4\.2 since 2026-11-30T12:00:00\.000Z/m)
    expect(text.stdout).toContain('  → production: not now\n')
    expect(text.stdout).toContain('FAIL soak: 1h12m left (in staging since 2026-12-06T01:00Z')
    const json = JSON.parse(
      (await p.cli(p.work, ['release', 'status', '--format', 'json', '--now', '2026-12-06T01:48:00Z'])).stdout,
    )
    const staging = json.environments.find((e: { name: string }) => e.name === 'staging')
    expect(staging.release).toBe('v1.5.0')
    expect(staging.services['matching-engine']).toEqual({
      tag: 'v1.5.0',
      digest: digestOf('matching-engine', 'v1.5.0'),
    })
    expect(staging.soakedMs).toBe(48 * 60_000)
  })

  test('promoting to production before the soak has passed is refused with the time left, and writes nothing', async () => {
    const head = await p.git(p.work, ['rev-parse', 'HEAD'])
    const run = await p.cli(p.work, [
      'promote',
      '--to',
      'production',
      '--from',
      'staging',
      '--commit',
      '--no-verify-images',
      '--now',
      '2026-12-06T01:48:00Z',
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('slipway promote: refused: v1.5.0 to production (+ production-dr)\n')
    expect(run.stdout).toContain('  soak: 1h12m left (in staging since 2026-12-06T01:00Z')
    expect(run.stdout).toContain('  window: outside Sun 02:00-06:00 UTC; next opens 2026-12-06T02:00Z (in 12m)')
    expect(await p.git(p.work, ['rev-parse', 'HEAD'])).toBe(head)
    expect((await p.git(p.work, ['status', '--porcelain'])).trim()).toBe('')
  })

  test('inside the window, after the soak, it lands, and production-dr follows in the same commit', async () => {
    const dryRun = await p.cli(p.work, [
      'promote',
      '--to',
      'production',
      '--from',
      'staging',
      '--no-verify-images',
      '--now',
      '2026-12-06T03:30:00Z',
    ])
    expect(dryRun.code).toBe(0)
    expect(dryRun.stdout).toContain('dry run: v1.5.0 to production (+ production-dr) (nothing written')
    expect(dryRun.stdout).toMatch(/^production-dr \(manifests\/overlays\/production-dr\)$/m)
    const run = await p.cli(
      p.work,
      [
        'promote',
        '--to',
        'production',
        '--from',
        'staging',
        '--commit',
        '--no-verify-images',
        '--reason',
        'CHG-1234 weekly release',
        '--now',
        '2026-12-06T03:30:00Z',
      ],
      { date: '2026-12-06T03:30:00Z' },
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('ok   soak: 2h30m in staging (needs 2h)')
    expect(run.stdout).toContain('ok   window: open (Sun 02:00-06:00 UTC) until 2026-12-06T06:00Z')
    expect((await p.git(p.work, ['show', '--name-only', '--format=', 'HEAD'])).trim().split('\n').sort()).toEqual(
      [PRODUCTION_DR, PRODUCTION].sort(),
    )
    expect(await trailers(p.work)).toContain('Slipway-From: staging\nSlipway-Reason: CHG-1234 weekly release')
    const dr = await p.read(p.work, PRODUCTION_DR)
    const prod = await p.read(p.work, PRODUCTION)
    for (const service of SERVICES) {
      expect(prod).toContain(
        `newName: ${PRIMARY}/trading/${service}\n    newTag: v1.5.0\n    digest: ${digestOf(service, 'v1.5.0')}`,
      )
      expect(dr).toContain(
        `newName: ${DR}/trading/${service}\n    newTag: v1.5.0\n    digest: ${digestOf(service, 'v1.5.0')}`,
      )
    }
  })

  test('a release name with shell metacharacters is rejected before it is used', async () => {
    const marker = join(p.root, 'pwned')
    for (const name of [`v1.5.0; touch ${marker}`, `$(touch ${marker})`, 'v1.5.0`id`']) {
      const run = await p.cli(p.work, ['promote', '--to', 'staging', '--release', name])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`slipway: --release: ${JSON.stringify(name)} is not a release (vMAJOR.MINOR.PATCH`)
    }
    expect(existsSync(marker)).toBe(false)
  })
})

describe('concurrency', () => {
  test('ten concurrent --push promotions into one bare repository all land', async () => {
    const clones = await Promise.all(Array.from({ length: 10 }, (_, i) => p.clone(`runner-${i}`)))
    const runs = await Promise.all(
      clones.map(async (dir, i) => {
        const service = SERVICES[i % SERVICES.length]!
        const file = await p.writeJson(`push-${i}.json`, publishOutput(`v1.6.${i}`, [service]))
        return p.cli(dir, [
          'promote',
          '--to',
          'staging',
          '--images',
          file,
          '--push',
          '--no-verify-images',
          '--reason',
          `runner ${i}`,
        ])
      }),
    )
    for (const [i, run] of runs.entries()) {
      expect(run.stderr, `runner ${i}`).not.toMatch(/^slipway: /m)
      expect(run.code, `runner ${i}: ${run.stdout}${run.stderr}`).toBe(0)
      expect(run.stdout).toMatch(/^slipway promote: pushed [0-9a-f]{40} to main \(attempt \d+\)/)
    }
    const check = await p.clone('check')
    const log = (
      await p.git(check, ['log', '--format=%(trailers:key=Slipway-Reason,valueonly=true,separator=)', '-n', '10'])
    )
      .trim()
      .split('\n')
      .filter(Boolean)
    expect(log.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `runner ${i}`).sort())
    // No update was lost: each service holds the digest of the last promotion of it in history.
    const staging = await p.read(check, STAGING)
    const order = (
      await p.git(check, [
        'log',
        '--reverse',
        '--format=%(trailers:key=Slipway-Release,valueonly=true,separator=)',
        '-n',
        '10',
      ])
    )
      .trim()
      .split('\n')
      .filter(Boolean)
    const last = new Map<string, string>()
    for (const release of order) last.set(SERVICES[Number(release.split('.')[2]) % SERVICES.length]!, release)
    for (const [service, release] of last)
      expect(staging).toContain(`newTag: ${release}\n    digest: ${digestOf(service, release)}`)
    expect((await p.git(check, ['rev-list', '--count', 'HEAD'])).trim()).toBe(
      String(Number((await p.git(p.work, ['rev-list', '--count', 'origin/main'])).trim()) + 10),
    )
  }, 900_000)
})
