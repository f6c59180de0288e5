// The trust model of `slipway plan`: the head revision contributes manifests only. A head that
// names its own Kustomize program, enables Helm or changes the plan rules is rendered with
// the base revision's settings, and the plan says so.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderJson, renderMarkdown } from '../../src/plan/format/index.js'
import { createPlan, isToolingPath } from '../../src/plan/plan.js'
import { formatRef } from '../../src/manifests/resource.js'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { referenceRepo, type TestRepo } from '../helpers/repo.js'

const PRODUCTION = 'manifests/overlays/production/kustomization.yaml'
const DELETE_PDB = `patches:\n  - patch: |-\n      $patch: delete\n      apiVersion: policy/v1\n      kind: PodDisruptionBudget\n      metadata:\n        name: settlement\n        namespace: trading\n`

let repo: TestRepo
let markerDir: string
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

beforeAll(async () => {
  markerDir = await mkdtemp(join(tmpdir(), 'slipway-trust-marker-'))
  repo = await referenceRepo({
    tag: 'base',
    extra: {
      'slipway.yaml': await readFile(join(REPO_ROOT, 'slipway.yaml'), 'utf8'),
      'dist/actions/plan/index.js': '// bundle\n',
    },
  })
  // The pull request: its own Kustomize program (a script that leaves a marker and prints an
  // empty render; an absolute path, so it would be found whatever the process's cwd), Helm on, a changed bundle, and the production PDB of settlement deleted.
  await repo.write('script.sh', `#!/bin/sh\ntouch '${join(markerDir, 'ran')}'\nexit 0\n`)
  await chmod(join(repo.dir, 'script.sh'), 0o755)
  await repo.write(
    'slipway.yaml',
    `${await repo.read('slipway.yaml')}render:\n  kustomize: ${join(repo.dir, 'script.sh')}\n  enableHelm: true\nplan:\n  production: [staging]\n`,
  )
  await repo.write('dist/actions/plan/index.js', "// the pull request's own bundle\n")
  await repo.edit(PRODUCTION, /^patches:\n/m, DELETE_PDB)
  await repo.git('add', '-A')
  await repo.git('commit', '-qm', 'pull request')
  await repo.git('tag', 'head')
})
afterAll(async () => {
  await repo?.dispose()
  await rm(markerDir, { recursive: true, force: true })
})

describe('plan: the head contributes manifests only', () => {
  test('the script the head names would run if it were used (the test can fail)', async () => {
    await execFile('./script.sh', [], { cwd: repo.dir })
    expect(await exists(join(markerDir, 'ran'))).toBe(true)
    await rm(join(markerDir, 'ran'))
  })

  test.each([
    ['a head ref', { head: 'head' }],
    ['the working tree (the pull_request job)', {}],
  ])(
    'with %s: the PDB deletion is planned with the base settings; the script never runs; notes and tooling list',
    async (_, head) => {
      const run = await createPlan({ cwd: repo.dir, base: 'base', environments: ['production'], ...head })
      const production = run.plan.environments.find((env) => env.name === 'production')!
      expect(production.resources.map((r) => `${r.change} ${formatRef(r.ref)}`)).toEqual([
        'removed PodDisruptionBudget/trading/settlement',
      ])
      expect(production.risks.map((r) => r.rule)).toEqual(['production-deletion', 'pdb-removed'])
      expect(production.errors).toEqual([])
      expect(await exists(join(markerDir, 'ran'))).toBe(false)
      expect(run.plan.notes).toEqual([
        "the head changes the plan rules in slipway.yaml (plan, environments.*.production); this plan uses the base revision's rules",
        "the head changes render in slipway.yaml; both revisions are rendered with the base revision's settings (the head contributes manifests only)",
      ])
      expect(run.config.isProduction('production')).toBe(true)
      expect(run.plan.toolingChanges).toEqual(['dist/actions/plan/index.js', 'slipway.yaml'])
      expect(JSON.parse(renderJson(run.plan))).toMatchObject({
        toolingChanges: ['dist/actions/plan/index.js', 'slipway.yaml'],
        notes: run.plan.notes,
      })
      const markdown = renderMarkdown(run.plan).markdown
      expect(markdown.split('\n').slice(0, 2)).toEqual([
        '> [!WARNING]',
        "> **Tooling changed**: this change touches 2 files of Slipway's tooling or settings (dist/, actions/, .github/, slipway.yaml, policies/): `dist/actions/plan/index.js`, `slipway.yaml`.",
      ])
      expect(markdown).toContain('- **production**: 0 to add, 0 to change, 1 to destroy')
    },
  )

  test("a base without slipway.yaml never falls back to the head's: defaults, and the head's program is not run", async () => {
    await repo.git('checkout', '-q', '-b', 'bare-base', 'base')
    await repo.git('rm', '-q', 'slipway.yaml')
    await repo.git('commit', '-qm', 'base without config')
    await repo.git('checkout', '-q', '-f', 'head')
    const run = await createPlan({ cwd: repo.dir, base: 'bare-base', head: 'head', environments: ['production'] })
    expect(await exists(join(markerDir, 'ran'))).toBe(false)
    expect(run.plan.environments[0]!.errors).toEqual([])
    expect(run.plan.environments[0]!.resources.map((r) => `${r.change} ${formatRef(r.ref)}`)).toContain(
      'removed PodDisruptionBudget/trading/settlement',
    )
  })

  test.each([
    ['dist/actions/plan/index.js', true],
    ['actions/plan/action.yml', true],
    ['.github/workflows/pr.yml', true],
    ['slipway.yaml', true],
    ['policies/ecr-lifecycle.json', true],
    ['manifests/overlays/production/kustomization.yaml', false],
    ['distribution/x', false],
    ['docs/slipway.yaml', false],
  ])('isToolingPath(%s) = %s', (path, expected) => {
    expect(isToolingPath(path)).toBe(expected)
  })
})
