import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import type { KubernetesObject } from '../../src/manifests/resource.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { ENVIRONMENTS, byName, get, render } from './render.js'

let argocd: KubernetesObject[]
beforeAll(async () => {
  argocd = await render(resolve(REPO_ROOT, 'manifests/argocd'))
})

const REPO_URL = 'https://github.com/example-org/trading-platform.git'

test('the ApplicationSet names one Application per overlay, each permitted by the trading AppProject', () => {
  const project = byName(argocd, 'AppProject').get('trading')
  const appSet = byName(argocd, 'ApplicationSet').get('trading-platform')
  expect(get(project, 'spec', 'sourceRepos')).toEqual([REPO_URL])
  expect(get(appSet, 'spec', 'template', 'metadata', 'name')).toBe('{{.environment}}')
  expect(get(appSet, 'spec', 'template', 'spec', 'source', 'repoURL')).toBe(REPO_URL)
  expect(get(appSet, 'spec', 'template', 'spec', 'project')).toBe('trading')

  const elements = get(appSet, 'spec', 'generators', 0, 'list', 'elements') as Array<Record<string, string>>
  expect(elements.map((e) => e.environment)).toEqual([...ENVIRONMENTS])
  const destinations = get(project, 'spec', 'destinations') as Array<{ server: string; namespace: string }>
  for (const element of elements) {
    expect(element.path).toBe(`manifests/overlays/${element.environment}`)
    expect(existsSync(resolve(REPO_ROOT, element.path!, 'kustomization.yaml')), element.path).toBe(true)
    expect(element.server).toContain(`.${element.region}.eks.amazonaws.com`)
    expect(destinations).toContainEqual({ server: element.server, namespace: 'trading' })
  }
  expect(new Set(elements.map((e) => e.server)).size).toBe(3)
  expect(elements.find((e) => e.environment === 'production-dr')?.region).toBe('us-west-2')
})

test('generated Applications sync automatically, without creating the namespace, with retries', () => {
  const spec = get(byName(argocd, 'ApplicationSet').get('trading-platform'), 'spec', 'template', 'spec')
  expect(get(spec, 'destination', 'namespace')).toBe('trading')
  expect(get(spec, 'syncPolicy', 'automated')).toEqual({ prune: true, selfHeal: true })
  expect(get(spec, 'syncPolicy', 'syncOptions')).toEqual([
    'CreateNamespace=false',
    'ServerSideApply=true',
    'PruneLast=true',
  ])
  expect(get(spec, 'syncPolicy', 'retry', 'limit')).toBeGreaterThan(0)
  expect(get(byName(argocd, 'AppProject').get('trading'), 'spec', 'clusterResourceWhitelist')).toEqual([
    { group: '', kind: 'Namespace' },
  ])
})
