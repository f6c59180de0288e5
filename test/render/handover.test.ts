import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syntheticFiles } from '../../bench/synthetic.js'
import { discoverEnvironments, renderDiscovered } from '../../src/render/index.js'
import { fileTree } from '../helpers/repo.js'

let repo: string

beforeAll(async () => {
  // Three services in teams of one: the overlays team-00-dev, team-00-production, team-00-staging, ….
  repo = await fileTree(tmpdir(), syntheticFiles({ services: 3, groupSize: 1, environments: ['dev'] }))
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('renderDiscovered hands each render over once the next build runs', () => {
  it('calls onRendered for an environment after the same worker has spawned its next build', async () => {
    const { environments } = await discoverEnvironments({ repoRoot: repo })
    expect(environments.map((env) => env.name)).toEqual(['team-00-dev', 'team-01-dev', 'team-02-dev'])
    const events: string[] = []
    let spawned = 0
    const results = await renderDiscovered(environments, {
      repoRoot: repo,
      concurrency: 1,
      onBuildStarted: () => events.push(`build ${++spawned} started`),
      onRendered: (result) => events.push(`${result.environment.name} handed over`),
    })
    // The validation of team-00-dev (schema compiling) runs while team-01-dev builds, not between the two builds.
    expect(events).toEqual([
      'build 1 started',
      'build 2 started',
      'team-00-dev handed over',
      'build 3 started',
      'team-01-dev handed over',
      'team-02-dev handed over',
    ])
    expect(results.map((result) => [result.environment.name, result.resources.length, result.findings])).toEqual([
      ['team-00-dev', 5, []],
      ['team-01-dev', 5, []],
      ['team-02-dev', 5, []],
    ])
  })

  it('hands over a render whose successor fails before any build starts', async () => {
    const { environments } = await discoverEnvironments({ repoRoot: repo })
    const broken = {
      ...environments[1]!,
      name: 'missing',
      path: 'manifests/overlays/missing',
      type: 'kustomize' as const,
    }
    const handed: string[] = []
    const results = await renderDiscovered([environments[0]!, broken], {
      repoRoot: repo,
      concurrency: 1,
      onRendered: (result) => handed.push(result.environment.name),
    })
    expect(handed).toEqual(['team-00-dev', 'missing'])
    expect(results[1]!.findings.map((finding) => finding.rule)).toEqual(['render'])
  })

  it('starts the second worker only once the first build has been spawned', async () => {
    // An absolute path fails the preflight at its first entry, without a build. Had both
    // workers started together, that short preflight would run inside the first
    // environment's longer one and end before the first build is spawned.
    const outside = join(repo, 'manifests/overlays/outside')
    await mkdir(outside, { recursive: true })
    await writeFile(join(outside, 'kustomization.yaml'), 'resources:\n  - /etc/hosts\n')
    const { environments } = await discoverEnvironments({ repoRoot: repo })
    const first = environments.find((env) => env.name === 'team-00-dev')!
    const failing = { ...first, name: 'outside', path: 'manifests/overlays/outside', type: 'kustomize' as const }
    const events: string[] = []
    const results = await renderDiscovered([first, failing], {
      repoRoot: repo,
      concurrency: 2,
      onBuildStarted: () => events.push('build started'),
      onRendered: (result) => events.push(`${result.environment.name} handed over`),
    })
    expect(events).toEqual(['build started', 'outside handed over', 'team-00-dev handed over'])
    expect(results[1]!.findings.map((finding) => finding.message)).toEqual([
      'render failed: resources entry "/etc/hosts" is an absolute path: a kustomization may only refer to paths inside the repository',
    ])
  })
})
