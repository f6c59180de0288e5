/**
 * `slipway plan` on hostile trees: a change reached through a symlinked folder is still
 * planned, and a tree that leaves the repository is refused on either side, naming the
 * kustomization and the entry, with nothing from outside in any output.
 */
import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderFullDiff, renderJson, renderMarkdown, renderText } from '../../src/plan/format/index.js'
import { createPlan, type PlanRun } from '../../src/plan/plan.js'
import { formatRef } from '../../src/manifests/resource.js'
import { SEEDED_SECRET } from '../helpers/bad-input.js'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'

const PRODUCTION = 'manifests/overlays/production/kustomization.yaml'
const OUTSIDE_DATA = 'OUTSIDE-THE-REPOSITORY-91c2'

let repo: TestRepo
let outside: string
const outputs = (run: PlanRun) =>
  [renderMarkdown(run.plan).markdown, renderJson(run.plan), renderText(run.plan), renderFullDiff(run.plan)].join('\n')

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'slipway-outside-'))
  await writeFile(join(outside, 'kustomization.yaml'), 'resources:\n  - cm.yaml\n')
  await writeFile(
    join(outside, 'cm.yaml'),
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside\n  namespace: trading\ndata:\n  leak: ${OUTSIDE_DATA}\n`,
  )
  // Production reaches the base through a symlinked folder; staging by its path.
  repo = await referenceRepo({ tag: 'base' })
  await symlink('../../base', join(repo.dir, 'manifests/overlays/production/platform'))
  await repo.edit(PRODUCTION, /^ {2}- \.\.\/\.\.\/base$/m, '  - platform')
  await repo.git('add', '-A')
  await repo.git('commit', '-qm', 'production reaches the base through a symlink')
  await repo.git('tag', '-f', 'base')
}, 120_000)
afterAll(async () => {
  await repo?.dispose()
  await rm(outside, { recursive: true, force: true })
})

describe('affected environments resolve symlinks', () => {
  test('a production PDB deleted in the base, reached through a symlinked folder, is planned', async () => {
    await rm(join(repo.dir, 'manifests/base/settlement/pdb.yaml'))
    await repo.edit('manifests/base/settlement/kustomization.yaml', /\n\s+- pdb\.yaml/, '')
    const run = await createPlan({ cwd: repo.dir, base: 'base' })
    await repo.reset()
    expect(run.plan.skipped.map((env) => env.name)).not.toContain('production')
    const production = run.plan.environments.find((env) => env.name === 'production')
    expect(production?.errors).toEqual([])
    expect(production?.resources.map((r) => `${r.change} ${formatRef(r.ref)}`)).toEqual([
      'removed PodDisruptionBudget/trading/settlement',
    ])
    expect(production?.risks.map((risk) => risk.rule)).toContain('production-deletion')
  })
})

describe('no Secret value in a plan', () => {
  test('a "KEY: value" line in a secretGenerator env file: the key it makes (which holds the value) is shown as a label', async () => {
    await repo.write('manifests/overlays/production/ledger.env', `USERNAME=ledger\nPASSWORD: ${SEEDED_SECRET}\n`)
    await repo.edit(
      PRODUCTION,
      /^configMapGenerator:/m,
      'secretGenerator:\n  - name: ledger-db\n    namespace: trading\n    envs: [ledger.env]\nconfigMapGenerator:',
    )
    const run = await createPlan({ cwd: repo.dir, base: 'base', environments: ['production'] })
    await repo.reset()
    const production = run.plan.environments.find((env) => env.name === 'production')
    expect(production?.resources.map((r) => `${r.change} ${formatRef(r.ref)}`)).toContainEqual(
      expect.stringMatching(/^added Secret\/trading\/ledger-db-/),
    )
    const text = outputs(run)
    expect(text).toContain('USERNAME')
    expect(renderFullDiff(run.plan)).toMatch(/<invalid key name [0-9a-f]{8}>: <redacted>/)
    expect(text).not.toContain(SEEDED_SECRET)
  })
})

describe('the repository is the boundary, on both sides of a plan', () => {
  test('a head whose production overlay reaches outside: a render error naming the kustomization and the entry, nothing from outside printed', async () => {
    await repo.edit(
      PRODUCTION,
      /^resources:\n/m,
      `resources:\n  - ${join('..', '..', '..', '..', outside.split('/').slice(1).join('/'))}\n`,
    )
    const run = await createPlan({ cwd: repo.dir, base: 'base', environments: ['production'] })
    await repo.reset()
    const production = run.plan.environments.find((env) => env.name === 'production')
    expect(production?.errors).toEqual([
      expect.stringMatching(
        /^head: render failed: resources entry "[^"]*" is outside the repository \(manifests\/overlays\/production\/kustomization\.yaml\)$/,
      ),
    ])
    expect(production?.resources).toEqual([])
    expect(outputs(run)).not.toContain(OUTSIDE_DATA)
  })

  test('a base revision with a symlink out of the repository is refused the same way', async () => {
    await mkdir(join(repo.dir, 'manifests/overlays/production/vendor'), { recursive: true })
    await symlink(outside, join(repo.dir, 'manifests/overlays/production/vendor/outside'))
    await repo.edit(PRODUCTION, /^resources:\n/m, 'resources:\n  - vendor/outside\n')
    await repo.git('add', '-A')
    await repo.git('commit', '-qm', 'vendor an outside folder')
    await repo.git('tag', 'bad-base')
    await repo.git('revert', '--no-edit', 'HEAD')
    try {
      const run = await createPlan({ cwd: repo.dir, base: 'bad-base', environments: ['production'] })
      const production = run.plan.environments.find((env) => env.name === 'production')
      expect(production?.errors).toEqual([
        'base: render failed: resources entry "vendor/outside" leads outside the repository through a symlink (manifests/overlays/production/kustomization.yaml)',
      ])
      expect(outputs(run)).not.toContain(OUTSIDE_DATA)
    } finally {
      await repo.git('reset', '-q', '--hard', 'base')
      await repo.git('tag', '-d', 'bad-base')
    }
  })
})
