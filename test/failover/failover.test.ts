import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ArgoCdClient } from '../../src/argocd/index.js'
import { runCli } from '../../src/cli/main.js'
import { registerDrCommands } from '../../src/cli/dr.js'
import { registerFailoverCommands } from '../../src/cli/failover.js'
import { drStatus, runFailover, type FailoverOptions } from '../../src/failover/run.js'
import { FakeArgoCd } from '../argocd/fake-argocd.js'
import { byName, get, render } from '../reference-platform/render.js'
import {
  DR_OVERLAY,
  PRIMARY_OVERLAY,
  fakeEcr,
  platformRepo,
  referenceDigests,
  useGitIdentity,
  type PlatformRepo,
} from './repo.js'

const SLOW = 240_000
let repo: PlatformRepo
let digests: Record<string, string>
let ecr: ReturnType<typeof fakeEcr>
let initial: string

beforeAll(async () => {
  useGitIdentity()
  repo = await platformRepo()
  digests = await referenceDigests(repo)
  initial = (await repo.git('rev-parse', 'HEAD')).trim()
  // Every digest is in both regions and replicated.
  const held = Object.fromEntries(Object.entries(digests).map(([repository, digest]) => [repository, [digest]]))
  ecr = fakeEcr(
    { 'us-east-1': held, 'us-west-2': held },
    Object.fromEntries(Object.values(digests).map((d) => [d, 'COMPLETE'])),
  )
})
afterAll(async () => {
  ecr.restore()
  await repo?.dispose()
})

const options = (extra: Partial<FailoverOptions> = {}): FailoverOptions => ({
  cwd: repo.dir,
  direction: 'failover',
  to: 'production-dr',
  mode: 'dry-run',
  ...extra,
})

/** Minimum replicas per Deployment: spec.replicas, or its HPA's minReplicas. */
function capacity(objects: Awaited<ReturnType<typeof render>>): Record<string, number> {
  const hpas = byName(objects, 'HorizontalPodAutoscaler')
  return Object.fromEntries(
    [...byName(objects, 'Deployment')].map(([name, d]) => [
      name,
      Number(hpas.has(name) ? get(hpas.get(name), 'spec', 'minReplicas') : get(d, 'spec', 'replicas')),
    ]),
  )
}

async function cli(args: string[], cwd = repo.dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, [registerFailoverCommands, registerDrCommands], {
    cwd,
    stdout: { write: (chunk: string) => ((stdout += chunk), true) } as NodeJS.WritableStream,
    stderr: { write: (chunk: string) => ((stderr += chunk), true) } as NodeJS.WritableStream,
  })
  return { code, stdout, stderr }
}

describe('failover on a real repository of the reference platform', () => {
  afterEach(async () => {
    // Each test starts from the reference platform as committed first.
    await repo.git('reset', '-q', '--hard', initial)
  })

  test(
    'a dry run prints the preflight, the plan of both overlays and the checklist, and writes nothing',
    { timeout: SLOW },
    async () => {
      const head = (await repo.git('rev-parse', 'HEAD')).trim()
      const before = { dr: await repo.read(DR_OVERLAY), primary: await repo.read(PRIMARY_OVERLAY) }
      const { code, stdout } = await cli(['failover', '--to', 'production-dr'])
      expect(code).toBe(0)
      expect(stdout).toMatch(/^failover to production-dr: dry run, nothing written/)
      for (const name of [
        'argocd-application',
        'applicationset-keeps-applications',
        'digest-parity',
        'images-in-region',
        'validates',
        'secrets-region',
        'irsa-service-accounts',
        'traffic-annotations',
      ])
        expect(stdout).toMatch(new RegExp(`✓ ${name}`))
      expect(stdout).toContain('7 of 7 digests present in us-west-2 with replication from us-east-1 COMPLETE')
      expect(stdout).toContain('production: 0 to add, 0 to change, 0 to destroy')
      expect(stdout).toMatch(/production-dr: 0 to add, \d+ to change, 0 to destroy/)
      expect(stdout).toContain('spec.replicas: 1 → 5')
      expect(stdout).toContain('metadata.annotations["external-dns.kubernetes.io/aws-weight"]: "0" → "100"')
      expect(stdout).toContain('Promote the database replica in us-west-2')
      expect(stdout).toContain('total 1h of the 1h RTO')
      expect((await repo.git('rev-parse', 'HEAD')).trim()).toBe(head)
      expect(await repo.git('status', '--porcelain')).toBe('')
      expect((await repo.git('worktree', 'list', '--porcelain')).match(/^worktree /gm)).toHaveLength(1)
      expect({ dr: await repo.read(DR_OVERLAY), primary: await repo.read(PRIMARY_OVERLAY) }).toEqual(before)
    },
  )

  test(
    '--commit makes one commit with the trailers; rendered production-dr then runs production capacity; a second failover is a no-op',
    { timeout: SLOW },
    async () => {
      const head = (await repo.git('rev-parse', 'HEAD')).trim()
      const result = await runFailover(
        options({ mode: 'commit', reason: 'us-east-1 outage, INC-42', now: () => new Date('2026-12-02T03:04:05Z') }),
      )
      expect(result.outcome).toBe('committed')
      expect(result.files).toEqual([DR_OVERLAY])
      expect((await repo.git('rev-list', '--count', `${head}..HEAD`)).trim()).toBe('1')
      const message = await repo.git('log', '-1', '--format=%B')
      expect(message).toMatch(/^failover to production-dr\n/)
      expect(message).toContain(
        'Slipway-Failover: failover\nSlipway-Environment: production-dr\nSlipway-Reason: us-east-1 outage, INC-42\nSlipway-Time: 2026-12-02T03:04:05.000Z',
      )
      expect(await repo.git('diff', '--name-only', 'HEAD~1')).toBe(`${DR_OVERLAY}\n`)
      const dr = await render(join(repo.dir, 'manifests/overlays/production-dr'))
      const production = await render(join(repo.dir, 'manifests/overlays/production'))
      expect(capacity(dr)).toEqual(capacity(production))
      expect(
        get(
          byName(dr, 'Gateway').get('trading-edge'),
          'metadata',
          'annotations',
          'external-dns.kubernetes.io/aws-weight',
        ),
      ).toBe('100')

      const again = await cli(['failover', '--to', 'production-dr', '--commit'])
      expect(again.code).toBe(0)
      expect(again.stdout).toBe('failover to production-dr: production-dr already serves traffic; nothing to do\n')
      expect((await repo.git('rev-list', '--count', `${head}..HEAD`)).trim()).toBe('1')
    },
  )

  test(
    'failover then failback restores both overlays byte for byte, also after a promotion in between',
    { timeout: SLOW },
    async () => {
      const original = { dr: await repo.read(DR_OVERLAY), primary: await repo.read(PRIMARY_OVERLAY) }
      await runFailover(options({ mode: 'commit', verifyImages: false }))
      const back = await runFailover(
        options({ direction: 'failback', to: 'production', mode: 'commit', verifyImages: false }),
      )
      expect(back.outcome).toBe('committed')
      expect(await repo.git('log', '-1', '--format=%(trailers:key=Slipway-Failover,valueonly)')).toBe('failback\n\n')
      expect({ dr: await repo.read(DR_OVERLAY), primary: await repo.read(PRIMARY_OVERLAY) }).toEqual(original)
      expect(await repo.git('diff', 'HEAD~2', '--', 'manifests')).toBe('')

      // A promotion while failed over edits the DR overlay; failback then swaps the component back
      // and keeps the promotion: only the promoted bytes differ from before the failover.
      await runFailover(options({ mode: 'commit', verifyImages: false }))
      await repo.edit(DR_OVERLAY, /newTag: v1\.4\.2/g, 'newTag: v1.4.3')
      await repo.commitAll('promote v1.4.3 to production-dr')
      await runFailover(options({ direction: 'failback', to: 'production', mode: 'commit', verifyImages: false }))
      expect(await repo.read(DR_OVERLAY)).toBe(original.dr.replace(/newTag: v1\.4\.2/g, 'newTag: v1.4.3'))
    },
  )

  test(
    'a DR digest drifted by hand is refused naming the service, exit 1, nothing written',
    { timeout: SLOW },
    async () => {
      const drifted = `sha256:${'e'.repeat(64)}`
      await repo.edit(DR_OVERLAY, digests['trading/risk-engine']!, drifted)
      await repo.commitAll('hand edit')
      const head = (await repo.git('rev-parse', 'HEAD')).trim()
      const { code, stdout } = await cli(['failover', '--to', 'production-dr', '--commit'])
      expect(code).toBe(1)
      expect(stdout).toMatch(
        /^failover to production-dr: REFUSED — digest-parity, images-in-region failed; nothing written/,
      )
      expect(stdout).toContain(`✗ digest-parity`)
      expect(stdout).toContain(
        `risk-engine: production-dr runs ${drifted}, production runs ${digests['trading/risk-engine']}`,
      )
      expect(stdout).toContain(`risk-engine: trading/risk-engine@${drifted} not found in us-west-2`)
      expect((await repo.git('rev-parse', 'HEAD')).trim()).toBe(head)
      expect(await repo.git('status', '--porcelain')).toBe('')
      const json = JSON.parse(
        (await cli(['failover', '--to', 'production-dr', '--format', 'json', '--no-verify-images'])).stdout,
      )
      expect(json.outcome).toBe('refused')
      expect(
        json.preflight.filter((c: { status: string }) => c.status === 'fail').map((c: { name: string }) => c.name),
      ).toEqual(['digest-parity'])
    },
  )

  test('--to must name the other side: exit 2', async () => {
    const wrong = await cli(['failover', '--to', 'production'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('--to "production": failover goes to production-dr (failover.secondary.environment)')
    expect((await cli(['failover', '--to', 'production-dr', '--commit', '--push'])).code).toBe(2)
    expect((await cli(['failover', '--to', 'production-dr', '--wait'])).stderr).toContain('--wait needs --push')
  })

  test('--config is relative to the working directory: failover and dr status from a subdirectory: ../slipway.yaml is found, slipway.yaml is not', async () => {
    const subdir = join(repo.dir, 'manifests')
    const dr = await cli(['dr', 'status', '--no-verify-images', '--config', '../slipway.yaml'], subdir)
    expect(dr.stderr).not.toContain('slipway:')
    expect(dr.code).toBe(0)
    expect(dr.stdout).toMatch(/^DR ready: production \(us-east-1\) is active/)
    const failover = await cli(
      ['failover', '--to', 'production-dr', '--no-verify-images', '--config', '../slipway.yaml'],
      subdir,
    )
    expect(failover.code).toBe(0)
    expect(failover.stderr).not.toContain('slipway:')
    for (const command of [
      ['dr', 'status', '--no-verify-images'],
      ['failover', '--to', 'production-dr', '--no-verify-images'],
    ]) {
      const wrong = await cli([...command, '--config', 'slipway.yaml'], subdir)
      expect(wrong.code).toBe(2)
      expect(wrong.stderr).toContain(join(subdir, 'slipway.yaml'))
    }
  })
})

describe('--push and --wait', () => {
  let argocd: FakeArgoCd
  beforeAll(async () => {
    argocd = new FakeArgoCd()
    await argocd.start()
  })
  afterAll(() => argocd.stop())

  test(
    'a push behind the remote re-applies onto the new tip, then waits for production-dr to turn Healthy and measures commit → Healthy against the RTO',
    { timeout: SLOW },
    async () => {
      // Someone else pushed a commit after our clone: our push must land on top of it, not drop it.
      const other = `${repo.dir}-other`
      await repo.git('clone', '-q', repo.remote, other)
      await (await import('node:fs/promises')).writeFile(join(other, 'NOTES.md'), 'incident channel: #inc-42\n')
      const { execFile } = await import('../../src/util/exec.js')
      const { GIT_ENV } = await import('./repo.js')
      await execFile('git', ['add', 'NOTES.md'], { cwd: other, env: GIT_ENV })
      await execFile('git', ['commit', '-q', '-m', 'notes'], { cwd: other, env: GIT_ENV })
      await execFile('git', ['push', '-q', 'origin', 'main'], { cwd: other, env: GIT_ENV })

      // The wait's clock starts at the first poll (after the push) and moves only by its sleeps.
      let clock: number | undefined
      let scripted = false
      argocd.script('production-dr', [{ sync: 'OutOfSync', health: 'Healthy', revision: 'aaaaaaaa' }])
      const result = await runFailover(
        options({
          mode: 'push',
          verifyImages: false,
          push: { sleep: async () => undefined },
          wait: {
            client: new ArgoCdClient({ server: argocd.url, token: argocd.token }),
            pollMs: 1000,
            now: () => (clock ??= Date.now()),
            // Argo CD picks the commit up after the first poll and rolls out.
            sleep: async (ms) => {
              clock = (clock ?? Date.now()) + ms
              if (scripted) return
              scripted = true
              const tip = (await execFile('git', ['--git-dir', repo.remote, 'rev-parse', 'main'])).stdout.trim()
              argocd.script('production-dr', [
                { sync: 'Synced', health: 'Progressing', revision: tip },
                { sync: 'Synced', health: 'Healthy', revision: tip },
              ])
            },
          },
        }),
      )
      expect(result.outcome).toBe('pushed')
      const tip = (await execFile('git', ['--git-dir', repo.remote, 'rev-parse', 'main'])).stdout.trim()
      expect(result.commit).toBe(tip)
      const files = (await execFile('git', ['--git-dir', repo.remote, 'show', '--name-only', '--format=%P', 'main']))
        .stdout
      expect(files).toContain(DR_OVERLAY)
      expect(
        (await execFile('git', ['--git-dir', repo.remote, 'log', '--format=%s', 'main'])).stdout
          .split('\n')
          .slice(0, 2),
      ).toEqual(['failover to production-dr', 'notes'])
      expect(result.rollout?.outcome).toBe('healthy')
      expect(result.rollout?.polls).toBe(3)
      expect(result.rollout?.commitToHealthyMs).toBeGreaterThan(0)
      expect(typeof result.rollout?.withinRto).toBe('boolean')
      const { renderResultText, renderResultMarkdown } = await import('../../src/failover/report.js')
      expect(renderResultText(result)).toMatch(/commit → Healthy: \S+ of the 1h RTO/)
      expect(renderResultMarkdown(result)).toMatch(/\*\*Commit → Healthy: \S+\*\* of the 1h RTO/)
      await (await import('node:fs/promises')).rm(other, { recursive: true, force: true })
    },
  )
})

describe('dr status', () => {
  test(
    'reports the standby side, digest parity and the preflight; exit 1 names the drifted service',
    { timeout: SLOW },
    async () => {
      await repo.git('fetch', '-q', 'origin')
      await repo.git('reset', '-q', '--hard', 'origin/main')
      await runFailover(options({ direction: 'failback', to: 'production', mode: 'commit', verifyImages: false }))
      const status = await drStatus({ cwd: repo.dir })
      expect(status.active).toBe('primary')
      expect(status.ready).toBe(true)
      expect(status.parity).toHaveLength(7)
      expect(status.parity.every((row) => row.equal)).toBe(true)
      expect(status.preflight.map((check) => check.status)).toEqual(Array(8).fill('pass'))

      await repo.edit(DR_OVERLAY, digests['trading/settlement']!, `sha256:${'d'.repeat(64)}`)
      await repo.commitAll('drift')
      const { code, stdout } = await cli(['dr', 'status', '--no-verify-images'])
      expect(code).toBe(1)
      expect(stdout).toMatch(/^DR NOT READY: production \(us-east-1\) is active/)
      expect(stdout).toMatch(/✗ settlement/)
      expect(stdout).toContain('settlement: production-dr runs sha256:dddd')
      expect(JSON.parse((await cli(['dr', 'status', '--format', 'json', '--no-verify-images'])).stdout)).toMatchObject({
        active: 'primary',
        ready: false,
      })
      expect(await readFile(join(repo.dir, DR_OVERLAY), 'utf8')).toContain('dr-standby')
    },
  )
})
