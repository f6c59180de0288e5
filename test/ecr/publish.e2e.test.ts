// End to end: build a FROM scratch image with buildah, push it to a real registry (Debian's
// docker-registry, started here on 127.0.0.1 with its own config and storage), and check
// what publish reports against what the registry serves.
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BuildahBuilder, type Builder } from '../../src/ecr/builder.js'
import type { EcrConfig } from '../../src/config/sections/ecr.js'
import { SkopeoInspector } from '../../src/ecr/image-inspector.js'
import { PublishError, publishImages, readSourceInfo } from '../../src/ecr/publish.js'
import { startRegistry, type LocalRegistry } from '../helpers/registry.js'

const has = (program: string) => spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0
const missing = ['buildah', 'skopeo', 'docker-registry', 'git'].filter((program) => !has(program))
if (missing.length > 0)
  console.warn(
    `skipping the ECR publish end-to-end test: ${missing.join(', ')} not installed (apt-get install buildah skopeo docker-registry)`,
  )

const MANIFEST_ACCEPT =
  'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json'

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=Slipway Test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

// .ci/run installs these tools: under CI a missing one is a failure, not a skip.
test.runIf(process.env.CI === 'true')('CI has the image tools the end-to-end test needs', () => {
  expect(missing).toEqual([])
})

describe.skipIf(missing.length > 0)('publish with buildah to a real registry', () => {
  let dir: string
  let registry: LocalRegistry | undefined
  let host: string
  let repo: string
  let builds = 0
  let builder: Builder
  const saved = { server: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY }
  const config: EcrConfig = {
    region: 'eu-west-1',
    services: { api: { repository: 'team/api', context: 'app', dockerfile: 'app/Containerfile' } },
  }

  beforeAll(async () => {
    delete process.env.GITHUB_SERVER_URL
    delete process.env.GITHUB_REPOSITORY
    dir = await mkdtemp(join(tmpdir(), 'slipway-e2e-'))
    registry = await startRegistry(dir)
    host = registry.host
    repo = join(dir, 'repo')
    await mkdir(join(repo, 'app'), { recursive: true })
    await writeFile(join(repo, 'app', 'hello.txt'), 'hello from slipway\n')
    await writeFile(join(repo, 'app', 'Containerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n')
    git(repo, 'init', '--quiet', '--initial-branch=main')
    git(repo, 'remote', 'add', 'origin', 'https://x-access-token:ghs_secret@github.com/acme/shop.git')
    git(repo, 'add', '.')
    git(repo, 'commit', '--quiet', '-m', 'first')
    git(repo, 'tag', 'v1.2.3')
    const buildah = new BuildahBuilder({
      insecureRegistry: true,
      root: join(dir, 'storage'),
      runroot: join(dir, 'run'),
    })
    builder = { name: 'buildah', buildAndPush: (request) => (builds++, buildah.buildAndPush(request)) }
  })

  afterAll(async () => {
    registry?.stop()
    process.env.GITHUB_SERVER_URL = saved.server
    process.env.GITHUB_REPOSITORY = saved.repository
    if (saved.server === undefined) delete process.env.GITHUB_SERVER_URL
    if (saved.repository === undefined) delete process.env.GITHUB_REPOSITORY
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('builds, pushes both tags and reports the digest the registry serves, with OCI labels', async () => {
    const source = await readSourceInfo(repo)
    const revision = git(repo, 'rev-parse', 'HEAD')
    expect(source).toEqual({ revision, releaseTag: 'v1.2.3', source: 'https://github.com/acme/shop.git' })
    const output = await publishImages({
      repoRoot: repo,
      config,
      registry: host,
      source,
      builder,
      inspector: new SkopeoInspector({ insecureRegistry: true }),
      created: '2025-06-30T12:00:00.000Z',
    })
    expect(Object.keys(output)).toEqual(['api'])
    const { image, tag, digest } = output.api!
    expect([image, tag]).toEqual([`${host}/team/api`, 'v1.2.3'])
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)

    for (const reference of ['v1.2.3', `sha-${revision.slice(0, 7)}`]) {
      const response = await fetch(`http://${host}/v2/team/api/manifests/${reference}`, {
        method: 'HEAD',
        headers: { Accept: MANIFEST_ACCEPT },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('docker-content-digest')).toBe(digest)
    }
    const manifest = (await (
      await fetch(`http://${host}/v2/team/api/manifests/${digest}`, { headers: { Accept: MANIFEST_ACCEPT } })
    ).json()) as { config: { digest: string } }
    const imageConfig = (await (await fetch(`http://${host}/v2/team/api/blobs/${manifest.config.digest}`)).json()) as {
      config: { Labels: Record<string, string> }
    }
    expect(imageConfig.config.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/acme/shop.git',
      'org.opencontainers.image.revision': revision,
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.created': '2025-06-30T12:00:00.000Z',
    })
    expect(builds).toBe(1)

    // A re-run for the same tag and revision reuses the pushed image.
    const again = await publishImages({
      repoRoot: repo,
      config,
      registry: host,
      source,
      builder,
      inspector: new SkopeoInspector({ insecureRegistry: true }),
    })
    expect(again.api).toEqual({ image, tag: 'v1.2.3', digest, reused: true })
    expect(builds).toBe(1)
  })

  test('the same tag moved to another commit is refused, naming both revisions', async () => {
    const first = git(repo, 'rev-parse', 'HEAD')
    await writeFile(join(repo, 'app', 'hello.txt'), 'changed\n')
    git(repo, 'commit', '--quiet', '-am', 'second')
    git(repo, 'tag', '--force', 'v1.2.3')
    const source = await readSourceInfo(repo, 'v1.2.3')
    const error = await publishImages({
      repoRoot: repo,
      config,
      registry: host,
      source,
      builder,
      inspector: new SkopeoInspector({ insecureRegistry: true }),
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PublishError)
    expect((error as Error).message).toContain(`${host}/team/api:v1.2.3 already exists`)
    expect((error as Error).message).toContain(`built from revision ${first}, not ${source.revision}`)
    expect(builds).toBe(1)
  })
})
