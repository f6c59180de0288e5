import { describe, expect, test } from 'vitest'
import { InUseIndex, parseImageReference } from '../../src/ecr/image-reference.js'
import { extractImageReferences } from '../../src/ecr/in-use.js'
import { refOf, type KubernetesObject, type Resource } from '../../src/manifests/resource.js'

const resource = (object: KubernetesObject, index = 0): Resource => ({ ref: refOf(object), object, index })
const pod = (name: string, image: string) => ({ containers: [{ name, image }] })

describe('extractImageReferences', () => {
  test('reads containers, initContainers and ephemeralContainers of every workload kind', () => {
    const resources = [
      resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'ns' }, spec: { ...pod('a', 'img/pod:1'), ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36' }] } }),
      resource({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { spec: { initContainers: [{ name: 'init', image: 'img/init:2' }], ...pod('app', 'img/deploy:2') } } } }),
      resource({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's' }, spec: { template: { spec: pod('db', 'img/sts:3') } } }),
      resource({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec: { template: { spec: pod('agent', 'img/ds:4') } } }),
      resource({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: pod('job', 'img/job:5') } } }),
      resource({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: { spec: pod('cron', 'img/cron@sha256:' + 'a'.repeat(64)) } } } } }),
      resource({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: 'r' }, spec: { template: { spec: pod('web', 'img/rollout:6') } } }),
      resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { image: 'not/an:image' } }),
      resource({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc' }, spec: { template: { spec: pod('x', 'ignored:1') } } }),
    ]
    expect(extractImageReferences(resources, 'prod')).toEqual([
      { reference: 'img/pod:1', source: 'prod: Pod/ns/p containers[a]' },
      { reference: 'busybox:1.36', source: 'prod: Pod/ns/p ephemeralContainers[debug]' },
      { reference: 'img/init:2', source: 'prod: Deployment/d initContainers[init]' },
      { reference: 'img/deploy:2', source: 'prod: Deployment/d containers[app]' },
      { reference: 'img/sts:3', source: 'prod: StatefulSet/s containers[db]' },
      { reference: 'img/ds:4', source: 'prod: DaemonSet/ds containers[agent]' },
      { reference: 'img/job:5', source: 'prod: Job/j containers[job]' },
      { reference: `img/cron@sha256:${'a'.repeat(64)}`, source: 'prod: CronJob/c containers[cron]' },
      { reference: 'img/rollout:6', source: 'prod: Rollout/r containers[web]' },
    ])
  })
})

describe('image references', () => {
  const digest = `sha256:${'b'.repeat(64)}`
  test.each([
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.2.3', { registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', repository: 'team/api', tag: 'v1.2.3' }],
    [`team/api:v1@${digest}`, { repository: 'team/api', tag: 'v1', digest }],
    [`localhost:5000/api@${digest}`, { registry: 'localhost:5000', repository: 'api', digest }],
    ['nginx', { repository: 'nginx' }],
    [digest, { digest }],
  ])('parses %s', (raw, parts) => {
    expect(parseImageReference(raw)).toEqual({ raw, ...parts })
  })

  test.each(['', 'has space:1', 'api:bad/tag', 'api@sha256:short', ':v1'])('rejects %j', (raw) => {
    expect(parseImageReference(raw)).toBeUndefined()
  })

  test('index matches digests anywhere, tags only in the same repository, and reports invalid entries', () => {
    const index = new InUseIndex([{ reference: `x/y@${digest}` }, { reference: 'registry.example.com/team/api:v2' }, { reference: 'team/web' }, { reference: '$(IMAGE)' }])
    expect(index.find(digest, [], 'other')?.reference).toBe(`x/y@${digest}`)
    expect(index.find(`sha256:${'c'.repeat(64)}`, ['v2'], 'team/api')?.reference).toBe('registry.example.com/team/api:v2')
    expect(index.find(`sha256:${'c'.repeat(64)}`, ['v2'], 'team/web')).toBeUndefined()
    expect(index.find(`sha256:${'c'.repeat(64)}`, ['latest'], 'team/web')?.reference).toBe('team/web')
    expect(index.invalid).toEqual(['$(IMAGE)'])
  })
})
