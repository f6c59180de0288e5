import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderFullDiff, renderJson, renderMarkdown, renderText } from '../../src/plan/format/index.js'
import { createPlan, type PlanRun } from '../../src/plan/plan.js'
import { formatRef } from '../../src/manifests/resource.js'
import { runCli } from '../../src/cli/main.js'
import { registerPlanCommand } from '../../src/cli/plan.js'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'
import { checkMarkdownStructure } from '../github/markdown-structure.js'

const STAGING = 'manifests/overlays/staging/kustomization.yaml'
const PRODUCTION = 'manifests/overlays/production/kustomization.yaml'
const OLD_PASSWORD = 'Tr4ding-Ledger-Old-7731'
const NEW_PASSWORD = 'Tr4ding-Ledger-New-9924'

let repo: TestRepo
const plan = (options: { head?: string; all?: boolean; environments?: string[] } = {}) =>
  createPlan({ cwd: repo.dir, base: 'base', ...options })
const summary = (run: PlanRun) =>
  Object.fromEntries(run.plan.environments.map((env) => [env.name, [env.added, env.changed, env.removed]]))
const resources = (run: PlanRun, name: string) =>
  run.plan.environments.find((env) => env.name === name)!.resources.map((r) => `${r.change} ${formatRef(r.ref)}`)
const risks = (run: PlanRun) =>
  run.plan.environments.flatMap((env) => env.risks.map((r) => `${env.name} ${r.rule} ${formatRef(r.resource)}`)).sort()
const outputs = (run: PlanRun) => [
  renderMarkdown(run.plan).markdown,
  renderJson(run.plan),
  renderText(run.plan),
  renderFullDiff(run.plan),
]

beforeAll(async () => {
  // The staging overlay gets a generated Secret so a Secret change can be planned.
  repo = await referenceRepo({ tag: 'base' })
  await repo.edit(
    STAGING,
    /^configMapGenerator:/m,
    `secretGenerator:\n  - name: ledger-db\n    namespace: trading\n    literals:\n      - username=ledger\n      - password=${OLD_PASSWORD}\nconfigMapGenerator:`,
  )
  await repo.git('commit', '-qam', 'staging ledger-db secret')
  await repo.git('tag', '-f', 'base')
})
afterAll(async () => repo?.dispose())

describe('slipway plan on the reference platform (working tree as head)', () => {
  test('no change: nothing rendered, every environment skipped', async () => {
    const run = await plan()
    expect(run.plan.environments).toEqual([])
    expect(run.plan.skipped.map((s) => s.name).sort()).toEqual(['production', 'production-dr', 'staging'])
    expect((await repo.git('worktree', 'list')).trim().split('\n')).toHaveLength(1)
  })

  test('replicas raised in staging: one Deployment changed, only staging rendered', async () => {
    await repo.edit(STAGING, /- name: risk-engine\n(\s+)count: 2/, '- name: risk-engine\n$1count: 4')
    const run = await plan()
    await repo.reset()
    expect(summary(run)).toEqual({ staging: [0, 1, 0] })
    expect(resources(run, 'staging')).toEqual(['changed Deployment/trading/risk-engine'])
    expect(run.plan.environments[0]!.resources[0]!.fields.map((f) => [f.path.join('.'), f.before, f.after])).toEqual([
      ['spec.replicas', 2, 4],
    ])
    expect(run.plan.skipped.map((s) => s.name).sort()).toEqual(['production', 'production-dr'])
    expect(risks(run)).toEqual([])
    expect(renderMarkdown(run.plan).markdown).toContain('- **staging**: 0 to add, 1 to change, 0 to destroy')
  })

  test('replicas lowered to 0 in production is a risk', async () => {
    await repo.edit(PRODUCTION, /- name: settlement\n(\s+)count: 3/, '- name: settlement\n$1count: 0')
    const run = await plan()
    await repo.reset()
    expect(summary(run)).toEqual({ production: [0, 1, 0] })
    expect(risks(run)).toEqual(['production replicas-zero Deployment/trading/settlement'])
  })

  test('image tag and digest changed in production: listed old → new', async () => {
    const oldDigest = 'sha256:fa0cf256d01a371ac7181a166fdf839454b052f664e8270d51798b8a8bd8637a'
    const newDigest = `sha256:${'ab'.repeat(32)}`
    await repo.edit(
      PRODUCTION,
      /(trading\/matching-engine\n\s+newTag: )v1\.4\.2(\n\s+digest: )sha256:[0-9a-f]+/,
      `$1v1.4.3$2${newDigest}`,
    )
    const run = await plan()
    await repo.reset()
    expect(summary(run)).toEqual({ production: [0, 1, 0] })
    expect(resources(run, 'production')).toEqual(['changed Deployment/trading/matching-engine'])
    const [image] = run.plan.environments[0]!.images
    expect(image).toMatchObject({
      container: 'matching-engine',
      before: { tag: 'v1.4.2', digest: oldDigest },
      after: { tag: 'v1.4.3', digest: newDigest },
    })
    expect(image!.after!.repository).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/matching-engine')
    expect(JSON.parse(renderJson(run.plan)).environments[0].images).toHaveLength(1)
  })

  test('a NetworkPolicy removed from base and a ConfigMap added to staging', async () => {
    await repo.edit('manifests/base/network-policies/kustomization.yaml', /\n\s+- allow-ml-inference-ingress\.yaml/, '')
    await repo.write(
      'manifests/overlays/staging/feature-flags.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: feature-flags\n  namespace: trading\ndata:\n  newOrderBook: "true"\n',
    )
    await repo.edit(STAGING, /resources:\n/, 'resources:\n  - feature-flags.yaml\n')
    const run = await plan()
    await repo.reset()
    expect(summary(run)).toEqual({ staging: [1, 0, 1], production: [0, 0, 1], 'production-dr': [0, 0, 1] })
    expect(resources(run, 'staging')).toEqual([
      'removed NetworkPolicy/trading/allow-ml-inference-ingress',
      'added ConfigMap/trading/feature-flags',
    ])
    expect(risks(run)).toEqual([
      'production networkpolicy-removed NetworkPolicy/trading/allow-ml-inference-ingress',
      'production production-deletion NetworkPolicy/trading/allow-ml-inference-ingress',
      'production-dr networkpolicy-removed NetworkPolicy/trading/allow-ml-inference-ingress',
      'production-dr production-deletion NetworkPolicy/trading/allow-ml-inference-ingress',
      'staging networkpolicy-removed NetworkPolicy/trading/allow-ml-inference-ingress',
    ])
    const json = JSON.parse(renderJson(run.plan))
    expect(json.totals).toEqual({ added: 1, changed: 0, removed: 3 })
    expect(json.environments[0].resources[1]).toEqual({
      change: 'added',
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'trading',
      name: 'feature-flags',
    })
  })

  test('a Secret literal changed: one change, key names only, the value appears in no output', async () => {
    await repo.edit(STAGING, OLD_PASSWORD, NEW_PASSWORD)
    const run = await plan()
    await repo.reset()
    expect(summary(run)).toEqual({ staging: [0, 1, 0] })
    const [secret] = run.plan.environments[0]!.resources
    expect(secret).toMatchObject({
      change: 'changed',
      ref: { kind: 'Secret', namespace: 'trading' },
      secretKeys: { added: [], changed: ['password'], removed: [] },
    })
    expect(secret!.previousName).toMatch(/^ledger-db-[a-z0-9]{10}$/)
    for (const text of [...outputs(run), JSON.stringify(run.plan)]) {
      for (const value of [OLD_PASSWORD, NEW_PASSWORD]) {
        expect(text).not.toContain(value)
        expect(text).not.toContain(Buffer.from(value).toString('base64'))
      }
    }
    expect(renderMarkdown(run.plan).markdown).toContain('Secret keys changed password (values hidden)')
  })

  test('a configMapGenerator input changed: the renamed ConfigMap is one change and the workloads roll out', async () => {
    await repo.edit(STAGING, '- ENVIRONMENT=staging', '- ENVIRONMENT=staging\n      - ORDER_BOOK_DEPTH=50')
    const run = await plan()
    await repo.reset()
    // The ConfigMap, and the 7 Deployments that roll out because they reference its new name.
    expect(summary(run)).toEqual({ staging: [0, 8, 0] })
    const config = run.plan.environments[0]!.resources.find((r) => r.ref.kind === 'ConfigMap')
    const rolling = run.plan.environments[0]!.resources.filter((r) => r.ref.kind === 'Deployment')
    expect(rolling).toHaveLength(7)
    for (const workload of rolling)
      expect(workload.reason).toBe(`rolls out: references the new generated name ${config!.ref.name}`)
    const json = JSON.parse(renderJson(run.plan))
    expect(
      json.environments[0].resources.filter(
        (r: { kind: string; reason?: string }) => r.kind === 'Deployment' && r.reason?.startsWith('rolls out'),
      ),
    ).toHaveLength(7)
    expect(rolling[0]!.fields.map((f) => [f.before, f.after])).toContainEqual([config!.previousName, config!.ref.name])
    expect(config!.ref.name).toMatch(/^trading-platform-config-[a-z0-9]{10}$/)
    expect(config!.previousName).toMatch(/^trading-platform-config-[a-z0-9]{10}$/)
    expect(config!.previousName).not.toBe(config!.ref.name)
    const full = renderFullDiff(run.plan)
    expect(full).toContain(
      `--- a/staging/ConfigMap/trading/${config!.previousName}\n+++ b/staging/ConfigMap/trading/${config!.ref.name}\n`,
    )
    expect(config!.fields.map((f) => [f.path.join('.'), f.op, f.after])).toEqual([
      ['data.ORDER_BOOK_DEPTH', 'add', '50'],
    ])
    expect(config!.rollsOut?.map(formatRef)).toContain('Deployment/trading/matching-engine')
  })

  test('a Deployment selector changed: immutable-field risk', async () => {
    await repo.write(
      'manifests/overlays/staging/selector.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: settlement\nspec:\n  selector:\n    matchLabels:\n      track: stable\n  template:\n    metadata:\n      labels:\n        track: stable\n',
    )
    await repo.edit(STAGING, /^replicas:/m, 'patches:\n  - path: selector.yaml\nreplicas:')
    const run = await plan()
    await repo.reset()
    expect(summary(run)).toEqual({ staging: [0, 1, 0] })
    expect(risks(run)).toEqual(['staging immutable-field Deployment/trading/settlement'])
    expect(run.plan.environments[0]!.risks[0]!.message).toContain('spec.selector is immutable')
  })
})

describe('Secret values never leak through render errors or the scrubber', () => {
  test('a secretGenerator with a malformed literal: the error is kept, its values appear in no output', async () => {
    await repo.edit(STAGING, `- password=${OLD_PASSWORD}`, '- password=BrandNewProdPassword42\n      - SHORT pw1')
    const run = await plan()
    await repo.reset()
    const [env] = run.plan.environments
    expect(env!.errors).toHaveLength(1)
    expect(env!.errors[0]).toMatch(/^head: .*literal sources \[secret content removed\].*expected key=value/)
    for (const text of [...outputs(run), JSON.stringify(run.plan)]) {
      expect(text).not.toContain('BrandNewProdPassword42')
      expect(text).not.toContain('pw1')
      expect(text).not.toContain(OLD_PASSWORD)
    }
  })

  test('Secret literals equal to identifiers ("production", "matching-engine") never rewrite names or paths', async () => {
    await repo.edit(
      STAGING,
      `- password=${OLD_PASSWORD}`,
      `- password=${OLD_PASSWORD}\n      - region=production\n      - service=matching-engine`,
    )
    await repo.edit(PRODUCTION, /- name: settlement\n(\s+)count: 3/, '- name: settlement\n$1count: 4')
    await repo.edit(PRODUCTION, /(trading\/matching-engine\n\s+newTag: )v1\.4\.2/, '$1v1.4.3')
    const run = await plan()
    await repo.reset()
    expect(Object.keys(summary(run)).sort()).toEqual(['production', 'staging'])
    for (const text of [...outputs(run), JSON.stringify(run.plan)]) expect(text).not.toContain('***')
    const json = JSON.parse(renderJson(run.plan))
    expect(json.environments.find((e: { name: string }) => e.name === 'production').path).toBe(
      'manifests/overlays/production',
    )
    expect(resources(run, 'production')).toContain('changed Deployment/trading/matching-engine')
    expect(renderMarkdown(run.plan).markdown).toContain('| production | `manifests/overlays/production` |')
  })
})

describe('plan rules come from the base revision', () => {
  test('a head that adds plan.ignore for spec.replicas cannot hide its replica change; the comment says the rules changed', async () => {
    await repo.write('slipway.yaml', 'plan:\n  ignore:\n    - spec.replicas\n')
    await repo.edit(STAGING, /- name: risk-engine\n(\s+)count: 2/, '- name: risk-engine\n$1count: 4')
    const run = await plan({ environments: ['staging'] })
    await repo.reset()
    expect(resources(run, 'staging')).toEqual(['changed Deployment/trading/risk-engine'])
    expect(run.plan.notes).toEqual([
      "the head changes the plan rules in slipway.yaml (plan, environments.*.production); this plan uses the base revision's rules",
    ])
    expect(renderMarkdown(run.plan).markdown).toContain('this plan uses the base revision')
  })
})

describe('slipway plan with a head ref', () => {
  test('a change too large for one comment still fits 65,536 characters with the full summary', async () => {
    await repo.git('checkout', '-q', '-b', 'rename-namespace', 'base')
    await repo.edit('manifests/base/kustomization.yaml', /^namespace: trading$/m, 'namespace: trading-v2')
    await repo.git('commit', '-qam', 'move to trading-v2')
    await repo.git('checkout', '-q', 'main')
    const run = await plan({ head: 'rename-namespace' })
    expect(run.plan.head.ref).toBe('rename-namespace')
    for (const env of run.plan.environments) {
      expect(env.added).toBeGreaterThan(30)
      expect(env.removed).toBe(env.added)
    }
    const full = renderFullDiff(run.plan)
    expect(full.length).toBeGreaterThan(65_536)
    const { markdown, level } = renderMarkdown(run.plan, { fullDiffLocation: 'the slipway-plan artifact' })
    expect(markdown.length).toBeLessThanOrEqual(65_536)
    expect(level).not.toBe('full')
    for (const env of run.plan.environments)
      expect(markdown).toContain(`- **${env.name}**: ${env.added} to add, 0 to change, ${env.removed} to destroy`)
    expect(markdown).toContain(
      `| **Total** | | **${run.plan.totals.added}** | **0** | **${run.plan.totals.removed}** |`,
    )
    expect(markdown).toMatch(
      /✂️ Cut to fit GitHub's comment size limit: .*The full diff is in the slipway-plan artifact/,
    )
    expect(checkMarkdownStructure(markdown)).toEqual([])
    const tiny = renderMarkdown(run.plan, { maxChars: 4000 })
    expect(tiny.markdown.length).toBeLessThanOrEqual(4000)
    expect(tiny.level).toBe('summary')
    expect(tiny.markdown).toContain('- **production**:')
    expect(checkMarkdownStructure(tiny.markdown)).toEqual([])
  })

  test('--all renders unaffected environments too', async () => {
    const run = await plan({ all: true })
    expect(summary(run)).toEqual({ staging: [0, 0, 0], production: [0, 0, 0], 'production-dr': [0, 0, 0] })
    expect(run.plan.skipped).toEqual([])
  })
})

describe('slipway plan CLI', () => {
  test('writes json to --output and the full diff to --full-diff; exit 0', async () => {
    await repo.edit(STAGING, OLD_PASSWORD, NEW_PASSWORD)
    const out: string[] = []
    const err: string[] = []
    const io = {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      cwd: repo.dir,
    } as never
    const code = await runCli(
      [
        'plan',
        '--base',
        'base',
        '--format',
        'json',
        '--output',
        '.slipway/plan.json',
        '--full-diff',
        '.slipway/full.diff',
      ],
      [registerPlanCommand],
      io,
    )
    const json = await readFile(join(repo.dir, '.slipway/plan.json'), 'utf8')
    const diff = await readFile(join(repo.dir, '.slipway/full.diff'), 'utf8')
    await repo.reset()
    expect(err.join('')).toContain('full diff written to')
    expect(code).toBe(0)
    expect(JSON.parse(json).totals).toEqual({ added: 0, changed: 1, removed: 0 })
    expect(diff).toContain('<redacted: new value>')
    for (const text of [json, diff, out.join('')]) expect(text).not.toContain(NEW_PASSWORD)
  })

  test('a head that fails to render: the error, no made-up deletions, exit 1', async () => {
    await repo.edit(STAGING, /resources:\n/, 'resources:\n  - missing-file.yaml\n')
    const out: string[] = []
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true }, cwd: repo.dir } as never
    const code = await runCli(
      ['plan', '--base', 'base', '--format', 'json', '--full-diff', '.slipway/full.diff'],
      [registerPlanCommand],
      io,
    )
    await repo.reset()
    expect(code).toBe(1)
    const [env] = JSON.parse(out.join('')).environments
    expect([env.name, env.added, env.changed, env.removed, env.risks]).toEqual(['staging', 0, 0, 0, []])
    expect(env.errors).toHaveLength(1)
    expect(env.errors[0]).toMatch(/^head: render failed: .*missing-file\.yaml/)
  })

  test.each([
    [['plan'], /--base is required/],
    [['plan', '--base', 'no-such-branch'], /--base: "no-such-branch" is not a commit/],
    [['plan', '--base', 'base', '--format', 'yaml'], /--format: unknown format "yaml"/],
    [['plan', '--base', 'base', '--env', 'qa'], /--env: unknown environment "qa"/],
    [
      ['plan', '--base', 'base', 'manifests/overlays/no-such-overlay'],
      /manifests\/overlays\/no-such-overlay: no such file or directory at the base or the head revision/,
    ],
    [
      ['plan', '--base', 'base', '--config', '/etc/slipway.yaml'],
      /--config \/etc\/slipway\.yaml: the config file must be inside the repository/,
    ],
  ])('%j → exit 2 with a clear message', async (argv, message) => {
    const err: string[] = []
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, cwd: repo.dir } as never
    expect(await runCli(argv, [registerPlanCommand], io)).toBe(2)
    expect(err.join('')).toMatch(message)
    expect(err.join('')).not.toMatch(/\n\s+at /)
  })

  test('--config is relative to the working directory, as in every command', async () => {
    const out: string[] = []
    const err: string[] = []
    const io = {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      cwd: join(repo.dir, 'manifests'),
    } as never
    const code = await runCli(
      ['plan', '--base', 'base', '--all', '--format', 'json', '--config', '../slipway.yaml', '--quiet'],
      [registerPlanCommand],
      io,
    )
    expect(err.join('')).not.toMatch(/could not be read|invalid/)
    expect(code).toBe(0)
    const plan = JSON.parse(out.join(''))
    // `../slipway.yaml` from manifests/ is the root's slipway.yaml, looked up at both
    // revisions (this repository has none, so the plan says so by its repository path).
    expect(plan.notes).toHaveLength(2)
    for (const note of plan.notes) expect(note).toMatch(/^slipway\.yaml (could not be read at base|is invalid at head)/)
    expect(plan.environments.map((env: { name: string }) => env.name)).toContain('production')
  })
})
