import { describe, expect, test } from 'vitest'
import { createBuilder, type BuildRequest, type Builder } from '../../src/ecr/builder.js'
import { parseConfig } from '../../src/config/parse.js'
import { replicationRegions, requireEcrConfig } from '../../src/ecr/config.js'
import type { EcrConfig } from '../../src/config/sections/ecr.js'
import type { ImageInspector, RemoteImage } from '../../src/ecr/image-inspector.js'
import {
  PublishError,
  describePublished,
  imageTags,
  parseReleaseTag,
  publishImages,
  stripCredentials,
} from '../../src/ecr/publish.js'
import { ConfigError, UsageError } from '../../src/errors.js'

const REVISION = 'abcdef0123456789abcdef0123456789abcdef01'
const config: EcrConfig = {
  region: 'eu-west-1',
  services: { api: { repository: 'team/api' }, web: { repository: 'team/web', context: 'web' } },
}
const digest = (c: string) => `sha256:${c.repeat(64)}`

/** A registry in memory: tags → image. */
class FakeRegistry implements ImageInspector {
  readonly images = new Map<string, RemoteImage>()
  readonly copies: string[] = []
  async inspect(reference: string) {
    return this.images.get(reference)
  }
  async copy(source: string, target: string) {
    this.copies.push(`${source} -> ${target}`)
  }
}

function fakeBuilder(): Builder & { requests: BuildRequest[] } {
  const requests: BuildRequest[] = []
  return {
    name: 'buildah',
    requests,
    buildAndPush: async (request) => (requests.push(request), { digest: digest(String(requests.length)) }),
  }
}

describe('release tags', () => {
  test.each(['v1.2.3', 'v0.0.1', 'v10.20.30-rc.1'])('accepts %s', (tag) => expect(parseReleaseTag(tag)).toBe(tag))
  test.each(['1.2.3', 'v1.2', 'v01.2.3', 'v1.2.3+build.5', 'v1.2.3;rm -rf /', '--help', 'v1.2.3\n', ''])(
    'rejects %j, naming it',
    (tag) => {
      expect(() => parseReleaseTag(tag)).toThrow(UsageError)
      expect(() => parseReleaseTag(tag)).toThrow(JSON.stringify(tag))
    },
  )
  test('every build gets sha-<7>; a release also its tag', () => {
    expect(imageTags({ revision: REVISION })).toEqual(['sha-abcdef0'])
    expect(imageTags({ revision: REVISION, releaseTag: 'v1.0.0' })).toEqual(['v1.0.0', 'sha-abcdef0'])
  })
  test('credentials never reach the source label', () => {
    expect(stripCredentials('https://x-access-token:ghs_abc@github.com/acme/shop.git')).toBe(
      'https://github.com/acme/shop.git',
    )
    expect(stripCredentials('git@github.com:acme/shop.git')).toBe('git@github.com:acme/shop.git')
  })
})

describe('publishImages', () => {
  const base = {
    repoRoot: '/repo',
    config,
    registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    created: '2025-01-01T00:00:00Z',
  }

  test('builds each service with both tags and the OCI labels', async () => {
    const builder = fakeBuilder()
    const output = await publishImages({
      ...base,
      source: { revision: REVISION, releaseTag: 'v1.0.0', source: 'https://github.com/acme/shop' },
      builder,
      inspector: new FakeRegistry(),
    })
    expect(output).toEqual({
      api: { image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api', tag: 'v1.0.0', digest: digest('1') },
      web: { image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web', tag: 'v1.0.0', digest: digest('2') },
    })
    expect(builder.requests[1]).toEqual({
      context: '/repo/web',
      references: [
        '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web:v1.0.0',
        '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web:sha-abcdef0',
      ],
      labels: {
        'org.opencontainers.image.revision': REVISION,
        'org.opencontainers.image.version': '1.0.0',
        'org.opencontainers.image.created': '2025-01-01T00:00:00Z',
        'org.opencontainers.image.source': 'https://github.com/acme/shop',
      },
    })
  })

  test('a commit built before it was tagged is tagged by copying, not rebuilt', async () => {
    const registry = new FakeRegistry()
    const image = `${base.registry}/team/api`
    registry.images.set(`${image}:sha-abcdef0`, {
      digest: digest('9'),
      labels: { 'org.opencontainers.image.revision': REVISION, 'org.opencontainers.image.version': 'sha-abcdef0' },
    })
    const builder = fakeBuilder()
    const log: string[] = []
    const onPublished: Parameters<typeof publishImages>[0]['onPublished'] = (service, published, detail) =>
      log.push(describePublished(service, published, detail))
    const output = await publishImages({
      ...base,
      services: ['api'],
      source: { revision: REVISION, releaseTag: 'v1.0.0' },
      builder,
      inspector: registry,
      onPublished,
    })
    expect(output.api).toEqual({ image, tag: 'v1.0.0', digest: digest('9'), reused: true })
    expect(registry.copies).toEqual([`${image}@${digest('9')} -> ${image}:v1.0.0`])
    expect(builder.requests).toEqual([])
    expect(log).toEqual([
      `api: re-tagged the existing image built for revision ${REVISION} as v1.0.0, keeping its digest: ${image}:v1.0.0@${digest('9')} (its OCI version label is sha-abcdef0; not rebuilt, so promotion sees the same digest)`,
    ])

    // A re-run once both tags exist: nothing to copy, and the log says it was already published.
    registry.images.set(`${image}:v1.0.0`, registry.images.get(`${image}:sha-abcdef0`)!)
    await publishImages({
      ...base,
      services: ['api'],
      source: { revision: REVISION, releaseTag: 'v1.0.0' },
      builder,
      inspector: registry,
      onPublished,
    })
    expect(registry.copies).toHaveLength(1)
    expect(log[1]).toBe(`api: already published ${image}:v1.0.0@${digest('9')} (built for revision ${REVISION})`)
  })

  test('a tag that exists for another revision is an error naming both', async () => {
    const registry = new FakeRegistry()
    registry.images.set(`${base.registry}/team/api:v1.0.0`, {
      digest: digest('8'),
      labels: { 'org.opencontainers.image.revision': 'f'.repeat(40) },
    })
    const error = await publishImages({
      ...base,
      services: ['api'],
      source: { revision: REVISION, releaseTag: 'v1.0.0' },
      builder: fakeBuilder(),
      inspector: registry,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PublishError)
    expect((error as Error).message).toBe(
      `${base.registry}/team/api:v1.0.0 already exists (${digest('8')}) built from revision ${'f'.repeat(40)}, not ${REVISION}; tags are immutable — release a new version`,
    )
  })

  test('unknown services, bad registries and contexts outside the repository are refused', async () => {
    const args = { ...base, source: { revision: REVISION }, builder: fakeBuilder(), inspector: new FakeRegistry() }
    await expect(publishImages({ ...args, services: ['nope'] })).rejects.toThrow(
      'unknown service "nope"; ecr.services has api, web',
    )
    await expect(publishImages({ ...args, registry: 'evil host; rm' })).rejects.toThrow(UsageError)
    await expect(
      publishImages({
        ...args,
        config: { ...config, services: { api: { repository: 'team/api', context: '../../etc' } } },
      }),
    ).rejects.toThrow('ecr.services.api.context: "../../etc" is outside the repository')
  })

  test('createBuilder picks by name and rejects unknown builders', async () => {
    expect((await createBuilder('buildah')).name).toBe('buildah')
    expect((await createBuilder('buildx')).name).toBe('buildx')
    await expect(createBuilder('kaniko')).rejects.toThrow('unknown builder "kaniko"; expected auto, buildx or buildah')
  })
})

describe('ecr config', () => {
  test('a valid section, and replication defaults to the DR region', () => {
    const parsed = requireEcrConfig(
      parseConfig(
        JSON.stringify({
          ecr: {
            region: 'eu-west-1',
            drRegion: 'eu-central-1',
            encryption: { type: 'KMS', kmsKey: 'alias/ecr' },
            services: { api: { repository: 'team/api' } },
          },
        }),
      ),
    )
    expect(replicationRegions(parsed)).toEqual(['eu-central-1'])
    expect(replicationRegions({ ...parsed, replication: { enabled: false } })).toEqual([])
  })

  test('errors name each key', () => {
    const error = (() => {
      try {
        parseConfig(
          JSON.stringify({
            ecr: {
              region: 'Ireland',
              encryption: { type: 'KMS' },
              services: { api: { repository: 'Team/API' } },
              extra: 1,
            },
          }),
          'slipway.yaml',
        )
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).toContain('slipway.yaml: ')
    expect(message).toContain('unknown key "ecr.extra"')
    expect(message).toContain('ecr.region: must be an AWS region like "eu-west-1"')
    expect(message).toContain('ecr.encryption: kmsKey is required when type is KMS')
    expect(message).toContain('ecr.services.api.repository: must be an ECR repository name')
  })
})
