import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { InUseIndex } from '../../src/ecr/in-use-index.js'
import { parseImageReference } from '../../src/manifests/image-reference.js'
import { collectInUseImages, extractImageReferences, releaseTags } from '../../src/ecr/in-use.js'
import { refOf, type KubernetesObject, type Resource } from '../../src/manifests/resource.js'

const resource = (object: KubernetesObject, index = 0): Resource => ({ ref: refOf(object), object, index })
const pod = (name: string, image: string) => ({ containers: [{ name, image }] })

describe('extractImageReferences', () => {
  test('reads containers, initContainers and ephemeralContainers of every workload kind', () => {
    const resources = [
      resource({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p', namespace: 'ns' },
        spec: { ...pod('a', 'img/pod:1'), ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36' }] },
      }),
      resource({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'd' },
        spec: {
          template: {
            spec: { initContainers: [{ name: 'init', image: 'img/init:2' }], ...pod('app', 'img/deploy:2') },
          },
        },
      }),
      resource({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 's' },
        spec: { template: { spec: pod('db', 'img/sts:3') } },
      }),
      resource({
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata: { name: 'ds' },
        spec: { template: { spec: pod('agent', 'img/ds:4') } },
      }),
      resource({
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'j' },
        spec: { template: { spec: pod('job', 'img/job:5') } },
      }),
      resource({
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'c' },
        spec: { jobTemplate: { spec: { template: { spec: pod('cron', 'img/cron@sha256:' + 'a'.repeat(64)) } } } },
      }),
      resource({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Rollout',
        metadata: { name: 'r' },
        spec: { template: { spec: pod('web', 'img/rollout:6') } },
      }),
      resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { image: 'not/an:image' } }),
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

  test('reads KEDA ScaledJobs and Argo Workflows, CronWorkflows and WorkflowTemplates', () => {
    const templates = [
      {
        name: 'main',
        container: { image: 'img/wf-main:1' },
        initContainers: [{ name: 'fetch', image: 'img/wf-init:1' }],
        sidecars: [{ name: 'proxy', image: 'img/wf-sidecar:1' }],
      },
      { name: 'report', script: { image: 'img/wf-script:1', source: 'echo hi' } },
      { name: 'set', containerSet: { containers: [{ name: 'a', image: 'img/wf-set:1' }] } },
      { name: 'steps', steps: [[{ name: 'run', template: 'main' }]] },
    ]
    const resources = [
      resource({
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledJob',
        metadata: { name: 'sj' },
        spec: { jobTargetRef: { template: { spec: pod('worker', 'img/scaledjob:1') } }, triggers: [] },
      }),
      resource({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'wf' },
        spec: { entrypoint: 'main', templates },
      }),
      resource({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'CronWorkflow',
        metadata: { name: 'cwf' },
        spec: {
          schedule: '0 * * * *',
          workflowSpec: { templates: [{ name: 'tick', container: { image: 'img/cron-wf:1' } }] },
        },
      }),
      resource({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'WorkflowTemplate',
        metadata: { name: 'wft' },
        spec: { templates: [{ name: 'build', script: { image: 'img/wft:1' } }] },
      }),
    ]
    expect(extractImageReferences(resources)).toEqual([
      { reference: 'img/scaledjob:1', source: 'ScaledJob/sj containers[worker]' },
      { reference: 'img/wf-main:1', source: 'Workflow/wf templates[main].container' },
      { reference: 'img/wf-init:1', source: 'Workflow/wf templates[main].initContainers[fetch]' },
      { reference: 'img/wf-sidecar:1', source: 'Workflow/wf templates[main].sidecars[proxy]' },
      { reference: 'img/wf-script:1', source: 'Workflow/wf templates[report].script' },
      { reference: 'img/wf-set:1', source: 'Workflow/wf templates[set].containerSet.containers[a]' },
      { reference: 'img/cron-wf:1', source: 'CronWorkflow/cwf templates[tick].container' },
      { reference: 'img/wft:1', source: 'WorkflowTemplate/wft templates[build].script' },
    ])
  })

  test('finds pod specs of unknown kinds anywhere in the object, once each', () => {
    const resources = [
      resource({
        apiVersion: 'example.com/v1',
        kind: 'Runner',
        metadata: { name: 'r' },
        spec: {
          fleet: [
            {
              podTemplate: {
                spec: {
                  initContainers: [{ name: 'i', image: 'img/crd-init:1' }],
                  containers: [{ name: 'c', image: 'img/crd:1' }],
                },
              },
            },
          ],
        },
      }),
      // Known kinds are read once, not again by the generic walk.
      resource({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'd' },
        spec: { template: { spec: pod('app', 'img/deploy:1') } },
      }),
      resource({
        apiVersion: 'example.com/v1',
        kind: 'Other',
        metadata: { name: 'o' },
        spec: { containers: [{ name: 'x', command: ['sh'] }], note: { image: 'not/a-container:1' } },
      }),
    ]
    expect(extractImageReferences(resources)).toEqual([
      { reference: 'img/crd-init:1', source: 'Runner/r spec.fleet[0].podTemplate.spec.initContainers[i]' },
      { reference: 'img/crd:1', source: 'Runner/r spec.fleet[0].podTemplate.spec.containers[c]' },
      { reference: 'img/deploy:1', source: 'Deployment/d containers[app]' },
    ])
  })
})

describe('image references', () => {
  const digest = `sha256:${'b'.repeat(64)}`
  test.each([
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.2.3',
      { registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', repository: 'team/api', tag: 'v1.2.3' },
    ],
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
    const index = new InUseIndex([
      { reference: `x/y@${digest}` },
      { reference: 'registry.example.com/team/api:v2' },
      { reference: 'team/web' },
      { reference: '$(IMAGE)' },
    ])
    expect(index.find(digest, [], 'other')?.reference).toBe(`x/y@${digest}`)
    expect(index.find(`sha256:${'c'.repeat(64)}`, ['v2'], 'team/api')?.reference).toBe(
      'registry.example.com/team/api:v2',
    )
    expect(index.find(`sha256:${'c'.repeat(64)}`, ['v2'], 'team/web')).toBeUndefined()
    expect(index.find(`sha256:${'c'.repeat(64)}`, ['latest'], 'team/web')?.reference).toBe('team/web')
    expect(index.invalid).toEqual(['$(IMAGE)'])
  })
})

describe('rollback releases', () => {
  const dirs: string[] = []
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true })
  })
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync(
      'git',
      [
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.com',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'tag.gpgsign=false',
        ...args,
      ],
      { cwd, encoding: 'utf8' },
    )
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  }
  async function repoWithCommits(count: number): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-releases-test-'))
    dirs.push(dir)
    git(dir, 'init', '--quiet', '--initial-branch=main')
    for (let i = 0; i < count; i++) {
      await writeFile(join(dir, 'file'), `${i}\n`)
      git(dir, 'add', 'file')
      git(dir, 'commit', '--quiet', '-m', `commit ${i}`)
    }
    return dir
  }

  test('counts previous releases: a release tag at HEAD (lightweight or annotated) is not one of them', async () => {
    const repo = await repoWithCommits(1)
    git(repo, 'tag', 'v1.0.0')
    await writeFile(join(repo, 'file'), 'next\n')
    git(repo, 'commit', '--quiet', '-am', 'next')
    git(repo, 'tag', 'v1.1.0')
    await writeFile(join(repo, 'file'), 'head\n')
    git(repo, 'commit', '--quiet', '-am', 'head')
    git(repo, 'tag', '-a', '-m', 'release', 'v1.2.0')
    git(repo, 'tag', 'v1.2.1')
    expect(await releaseTags(repo, 2)).toEqual(['v1.1.0', 'v1.0.0'])
  })

  test('no release tags (a shallow checkout, say) is a warning that rollback releases could not be found', async () => {
    const repo = await repoWithCommits(1)
    const collection = await collectInUseImages({ repoRoot: repo, releases: 3, render: async () => [] })
    expect(collection.revisions).toEqual(['HEAD'])
    expect(collection.warnings).toEqual([
      "rollback releases could not be found: no release tag vX.Y.Z before HEAD; only HEAD's images are protected, not those of the 3 previous release(s)",
    ])
    const none = await collectInUseImages({ repoRoot: repo, releases: 0, render: async () => [] })
    expect(none.warnings).toEqual([])

    git(repo, 'tag', 'v1.0.0')
    await writeFile(join(repo, 'file'), 'head\n')
    git(repo, 'commit', '--quiet', '-am', 'head')
    const shallow = join(repo, 'shallow')
    git(repo, 'clone', '--quiet', '--depth', '1', `file://${repo}`, shallow)
    const fromShallow = await collectInUseImages({ repoRoot: shallow, releases: 3, render: async () => [] })
    expect(fromShallow.warnings[0]).toContain(
      'no release tag vX.Y.Z before HEAD (this is a shallow clone: fetch with tags and full history, e.g. actions/checkout fetch-depth: 0)',
    )
  })
})
