import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addKustomizationToGraph,
  emptyGraph,
  walkKustomization,
  type KustomizationReference,
} from '../../src/kustomize/graph.js'
import { REPO_ROOT } from '../helpers/paths.js'

let repo: string
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-graph-test-'))
  await cp(join(REPO_ROOT, 'manifests'), join(repo, 'manifests'), { recursive: true })
})
afterAll(() => rm(repo, { recursive: true, force: true }))

async function collect(dir: string, boundary?: string): Promise<KustomizationReference[]> {
  const refs: KustomizationReference[] = []
  for await (const ref of walkKustomization(dir, boundary ? { boundary } : {})) refs.push(ref)
  return refs
}

describe('walkKustomization', () => {
  it('yields every path the production overlay tree references, with the file and key', async () => {
    const refs = await collect(join(repo, 'manifests/overlays/production'), repo)
    const rel = (ref: KustomizationReference) => [relative(repo, ref.from), ref.key, ref.value, ref.kind]
    expect(refs.map(rel)).toEqual(
      expect.arrayContaining([
        ['manifests/overlays/production/kustomization.yaml', 'resources', '../../base', 'kustomization'],
        [
          'manifests/overlays/production/kustomization.yaml',
          'components',
          '../../components/production-sizing',
          'kustomization',
        ],
        ['manifests/overlays/production/kustomization.yaml', 'patches[].path', 'patches/api-gateway-hpa.yaml', 'file'],
      ]),
    )
    // It walked into the base and its services.
    expect(refs.some((ref) => relative(repo, ref.from) === 'manifests/base/api-gateway/kustomization.yaml')).toBe(true)
    expect(refs.every((ref) => !ref.outside)).toBe(true)
  })

  it('marks references outside the boundary and does not walk into them', async () => {
    const overlay = join(repo, 'evil/overlay')
    await mkdir(overlay, { recursive: true })
    await mkdir(join(repo, '..', `${relative(tmpdir(), repo)}-outside`), { recursive: true })
    await writeFile(
      join(repo, '..', `${relative(tmpdir(), repo)}-outside`, 'kustomization.yaml'),
      'resources:\n  - /etc/passwd\n',
    )
    await writeFile(
      join(overlay, 'kustomization.yaml'),
      `resources:\n  - ../../../${relative(tmpdir(), repo)}-outside\n  - https://github.com/org/repo//base?ref=v1\nconfigMapGenerator:\n  - name: x\n    files:\n      - key=../../../../etc/hostname\n`,
    )
    const refs = await collect(overlay, repo)
    expect(refs.map((ref) => [ref.key, ref.kind, ref.outside])).toEqual([
      ['resources', 'kustomization', true],
      ['resources', 'remote', true],
      ['configMapGenerator[].files', expect.any(String), true],
    ])
    await rm(join(repo, '..', `${relative(tmpdir(), repo)}-outside`), { recursive: true, force: true })
  })

  it('builds the dependency graph; a path outside the repository makes it throw', async () => {
    const graph = emptyGraph()
    await addKustomizationToGraph(repo, join(repo, 'manifests/overlays/production'), graph)
    expect(graph.files.has('manifests/overlays/production/kustomization.yaml')).toBe(true)
    expect(graph.files.has('manifests/overlays/production/patches/api-gateway-hpa.yaml')).toBe(true)
    expect(graph.files.has('manifests/base/kustomization.yaml')).toBe(true)
    expect(graph.files.has('manifests/overlays/staging/kustomization.yaml')).toBe(false)
    await expect(addKustomizationToGraph(repo, join(repo, 'evil/overlay'), emptyGraph())).rejects.toThrow(
      /outside the repository/,
    )
  })
})
