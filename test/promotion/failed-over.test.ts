// While production is failed over to production-dr, a promotion to production still moves
// production-dr (it `follows: production`) in the same commit, and leaves the failover
// itself alone: the DR overlay keeps its active component, and the two sides keep the same
// digests, so a failback lands on the release the DR side ran. Real git, real kustomize.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { parseConfig } from '../../src/config/parse.js'
import { drStatus, runFailover } from '../../src/failover/run.js'
import { promote } from '../../src/promotion/promote.js'
import { REPO_ROOT } from '../helpers/paths.js'
import {
  PRODUCTION,
  PRODUCTION_DR,
  SERVICES,
  digestOf,
  gitEnv,
  platform,
  publishOutput,
  type Platform,
} from './platform.js'

const at = (iso: string) => Date.parse(iso)
/** The component entries of the DR overlay (its comments name both components). */
const ACTIVE = /^ {2}- \.\.\/\.\.\/components\/dr-active$/m
const STANDBY = /^ {2}- \.\.\/\.\.\/components\/dr-standby$/m
const config = parseConfig(readFileSync(join(REPO_ROOT, 'slipway.yaml'), 'utf8'))
let p: Platform
let saved: NodeJS.ProcessEnv

beforeAll(async () => {
  saved = { ...process.env }
  p = await platform()
})
afterAll(async () => {
  process.env = saved
  await p.dispose()
})

test('a promotion while failed over moves both sides by digest and keeps the DR side active', async () => {
  const work = await p.clone('failed-over')
  Object.assign(process.env, gitEnv('2026-12-06T00:30:00Z'))
  const failedOver = await runFailover({
    cwd: work,
    direction: 'failover',
    to: 'production-dr',
    reason: 'us-east-1 impaired (test)',
    mode: 'commit',
    verifyImages: false,
  })
  expect(failedOver.commit).toMatch(/^[0-9a-f]{40}$/)
  expect(await p.read(work, PRODUCTION_DR)).toMatch(ACTIVE)

  Object.assign(process.env, gitEnv('2026-12-06T01:00:00Z'))
  const images = await p.writeJson('v1.5.0.json', publishOutput('v1.5.0'))
  const staged = await promote({
    repoRoot: work,
    config,
    to: 'staging',
    source: { kind: 'images', file: images, shownAs: 'v1.5.0.json' },
    mode: 'commit',
    verifyImages: false,
    nowMs: at('2026-12-06T01:00:00Z'),
  })
  expect(staged.status).toBe('committed')

  Object.assign(process.env, gitEnv('2026-12-06T03:30:00Z'))
  const result = await promote({
    repoRoot: work,
    config,
    to: 'production',
    source: { kind: 'from', environment: 'staging' },
    mode: 'commit',
    verifyImages: false,
    nowMs: at('2026-12-06T03:30:00Z'),
  })
  expect(result.status).toBe('committed')

  // One commit, touching both overlays.
  const files = (await p.git(work, ['show', '--name-only', '--format=', 'HEAD'])).trim().split('\n').sort()
  expect(files).toEqual([PRODUCTION, PRODUCTION_DR].sort())

  const production = await p.read(work, PRODUCTION)
  const dr = await p.read(work, PRODUCTION_DR)
  for (const service of SERVICES) {
    expect(production).toContain(digestOf(service, 'v1.5.0'))
    expect(dr).toContain(digestOf(service, 'v1.5.0'))
  }
  // The failover is untouched: the DR overlay still swaps in the active component.
  expect(dr).toMatch(ACTIVE)
  expect(dr).not.toMatch(STANDBY)

  const status = await drStatus({ cwd: work, verifyImages: false })
  expect(status.active).toBe('secondary')
  expect(status.parity.length).toBe(SERVICES.length)
  expect(status.parity.filter((entry) => !entry.equal)).toEqual([])
})
