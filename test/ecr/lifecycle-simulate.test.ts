import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import type { LifecyclePolicy, LifecycleRule } from '../../src/ecr/lifecycle-policy.js'
import { validateLifecyclePolicy } from '../../src/ecr/lifecycle-policy.js'
import { simulateLifecycle, patternMatcher } from '../../src/ecr/lifecycle-simulate.js'
import type { RepositoryImage } from '../../src/ecr/images.js'
import { InUseIndex } from '../../src/ecr/in-use-index.js'

const NOW = Date.parse('2025-06-30T12:00:00Z')
const DAY = 86_400_000
const digestOf = (name: string) => `sha256:${createHash('sha256').update(name).digest('hex')}`

/** An image named by a letter, `ageMs` old at NOW. */
function image(name: string, tags: string[], ageMs: number): RepositoryImage & { name: string } {
  return { name, imageDigest: digestOf(name), imageTags: tags, imagePushedAt: NOW - ageMs }
}

type Form = 'tagPrefixList' | 'tagPatternList'
/** A rule selecting tagged images by the given stems, written as prefixes or as `stem*` patterns. */
function tagged(
  priority: number,
  stems: string[],
  form: Form,
  count: Pick<LifecycleRule['selection'], 'countType' | 'countNumber' | 'countUnit'>,
): LifecycleRule {
  const list = form === 'tagPrefixList' ? { tagPrefixList: stems } : { tagPatternList: stems.map((stem) => `${stem}*`) }
  return { rulePriority: priority, selection: { tagStatus: 'tagged', ...list, ...count }, action: { type: 'expire' } }
}
const countMoreThan = (n: number) => ({ countType: 'imageCountMoreThan' as const, countNumber: n })
const olderThanDays = (n: number) => ({
  countType: 'sinceImagePushed' as const,
  countUnit: 'days' as const,
  countNumber: n,
})

const abc = () => [
  image('A', ['beta-1', 'prod-1'], 10 * DAY),
  image('B', ['beta-2', 'prod-2'], 9 * DAY),
  image('C', ['beta-3'], 8 * DAY),
]

interface Vector {
  name: string
  images: Array<ReturnType<typeof image>>
  rules: (form: Form) => LifecycleRule[]
  expired: Array<[string, number]>
}

// The worked examples of docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html
const vectors: Vector[] = [
  {
    name: 'A: prod count>1 then beta count>1',
    images: abc(),
    rules: (form) => [tagged(1, ['prod'], form, countMoreThan(1)), tagged(2, ['beta'], form, countMoreThan(1))],
    expired: [['A', 1]],
  },
  {
    name: 'B: beta count>1 then prod count>1',
    images: abc(),
    rules: (form) => [tagged(1, ['beta'], form, countMoreThan(1)), tagged(2, ['prod'], form, countMoreThan(1))],
    expired: [
      ['A', 1],
      ['B', 1],
    ],
  },
  {
    name: 'C: [alpha, beta] pushed more than 5 days ago',
    images: [
      image('A', ['alpha-1'], 12 * DAY),
      image('B', ['beta-1'], 11 * DAY),
      image('C', ['alpha-2', 'beta-2'], 10 * DAY),
      image('D', ['alpha-3'], 4 * DAY),
      image('E', ['beta-3'], 3 * DAY),
      image('F', ['alpha-4', 'beta-4'], 2 * DAY),
    ],
    rules: (form) => [tagged(1, ['alpha', 'beta'], form, olderThanDays(5))],
    expired: [['C', 1]],
  },
  {
    name: 'D: [alpha, beta] count>1',
    images: [
      image('A', ['alpha-1', 'beta-1', 'gamma-1'], 10 * DAY),
      image('B', ['alpha-2', 'beta-2'], 9 * DAY),
      image('C', ['alpha-3', 'beta-3', 'gamma-2'], 8 * DAY),
    ],
    rules: (form) => [tagged(1, ['alpha', 'beta'], form, countMoreThan(1))],
    expired: [
      ['A', 1],
      ['B', 1],
    ],
  },
  {
    name: 'E: any count>1',
    images: [
      image('A', ['alpha-1'], 4 * DAY),
      image('B', ['beta-1'], 3 * DAY),
      image('C', [], 2 * DAY),
      image('D', ['alpha-2'], 1 * DAY),
    ],
    rules: () => [
      { rulePriority: 1, selection: { tagStatus: 'any', ...countMoreThan(1) }, action: { type: 'expire' } },
    ],
    expired: [
      ['A', 1],
      ['B', 1],
      ['C', 1],
    ],
  },
  {
    name: 'F: alpha count>1, untagged older than 1 day, any count>1',
    images: [
      image('A', ['alpha-1', 'beta-1'], 4 * DAY),
      image('B', [], 3 * DAY),
      image('C', ['alpha-2'], 2 * DAY),
      image('D', ['git-hash'], 10 * 3_600_000),
      image('E', [], 5 * 3_600_000),
    ],
    rules: (form) => [
      tagged(1, ['alpha'], form, countMoreThan(1)),
      { rulePriority: 2, selection: { tagStatus: 'untagged', ...olderThanDays(1) }, action: { type: 'expire' } },
      { rulePriority: 3, selection: { tagStatus: 'any', ...countMoreThan(1) }, action: { type: 'expire' } },
    ],
    expired: [
      ['A', 1],
      ['B', 2],
      ['D', 3],
    ],
  },
]

const cases = vectors.flatMap((vector) =>
  (['tagPrefixList', 'tagPatternList'] as const).map((form) => ({ ...vector, form })),
)

describe('simulateLifecycle reproduces the AWS documentation examples', () => {
  test.each(cases)('$name ($form)', ({ images, rules, form, expired }) => {
    const policy: LifecyclePolicy = { rules: rules(form) }
    // The vectors are valid policies by ECR's rules (padding only matters for the 100-character minimum).
    expect(validateLifecyclePolicy(JSON.stringify(policy, null, 2).padEnd(100))).toEqual([])
    // Shuffle to show input order does not matter.
    const preview = simulateLifecycle(policy, [...images].reverse(), { now: NOW })
    const byDigest = new Map(images.map((img) => [img.imageDigest, img.name]))
    expect(
      preview.previewResults.map((result) => [byDigest.get(result.imageDigest), result.appliedRulePriority]),
    ).toEqual(expired)
    expect(preview.summary).toEqual({ expiringImageTotalCount: expired.length })
    expect(preview.blocked).toEqual([])
    for (const result of preview.previewResults) expect(result.action).toEqual({ type: 'EXPIRE' })
  })
})

describe('simulateLifecycle details', () => {
  test('prints GetLifecyclePolicyPreview fields for each expired image', () => {
    const images = [image('A', ['v1'], 3 * DAY), image('B', ['v2'], 1 * DAY)]
    const preview = simulateLifecycle(
      {
        rules: [{ rulePriority: 1, selection: { tagStatus: 'any', ...countMoreThan(1) }, action: { type: 'expire' } }],
      },
      images,
      { now: NOW },
    )
    expect(preview.previewResults).toEqual([
      {
        imageDigest: digestOf('A'),
        imageTags: ['v1'],
        imagePushedAt: new Date(NOW - 3 * DAY).toISOString(),
        action: { type: 'EXPIRE' },
        appliedRulePriority: 1,
      },
    ])
  })

  test('an image referenced by a manifest list is not expired', () => {
    const child = image('child', [], 20 * DAY)
    const orphan = image('orphan', [], 20 * DAY)
    const index = { ...image('index', ['v1'], 20 * DAY), manifestDigests: [child.imageDigest] }
    const preview = simulateLifecycle(
      {
        rules: [
          { rulePriority: 1, selection: { tagStatus: 'untagged', ...olderThanDays(7) }, action: { type: 'expire' } },
        ],
      },
      [child, orphan, index],
      { now: NOW },
    )
    expect(preview.previewResults.map((r) => r.imageDigest)).toEqual([orphan.imageDigest])
  })

  test('the in-use guard blocks an image by tag or by digest and says why', () => {
    const images = [
      image('old', ['v1.0.0'], 40 * DAY),
      image('older', ['v0.9.0'], 50 * DAY),
      image('gone', ['v0.8.0'], 60 * DAY),
    ]
    const inUse = new InUseIndex([
      { reference: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.0.0', source: 'prod' },
      { reference: `other/name@${digestOf('older')}` },
    ])
    const preview = simulateLifecycle(
      {
        rules: [{ rulePriority: 1, selection: { tagStatus: 'any', ...olderThanDays(30) }, action: { type: 'expire' } }],
      },
      images,
      {
        now: NOW,
        inUse,
        repositoryName: 'team/api',
      },
    )
    expect(preview.previewResults.map((r) => r.imageTags)).toEqual([['v0.8.0']])
    expect(preview.summary.expiringImageTotalCount).toBe(1)
    expect(preview.blocked).toEqual([
      {
        imageDigest: digestOf('older'),
        imageTags: ['v0.9.0'],
        appliedRulePriority: 1,
        reason: `in use: other/name@${digestOf('older')}`,
      },
      {
        imageDigest: digestOf('old'),
        imageTags: ['v1.0.0'],
        appliedRulePriority: 1,
        reason: 'in use: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.0.0 (prod)',
      },
    ])
  })

  test('a tag reference of another repository does not block', () => {
    const preview = simulateLifecycle(
      {
        rules: [{ rulePriority: 1, selection: { tagStatus: 'any', ...olderThanDays(30) }, action: { type: 'expire' } }],
      },
      [image('old', ['v1.0.0'], 40 * DAY)],
      {
        now: NOW,
        inUse: new InUseIndex([{ reference: 'registry.example.com/team/web:v1.0.0' }]),
        repositoryName: 'team/api',
      },
    )
    expect(preview.blocked).toEqual([])
    expect(preview.summary.expiringImageTotalCount).toBe(1)
  })

  test('transition rules archive by last pull and are counted separately', () => {
    const images = [
      { ...image('A', ['v1'], 100 * DAY), lastRecordedPullTime: NOW - 95 * DAY },
      { ...image('B', ['v2'], 100 * DAY), lastRecordedPullTime: NOW - DAY },
    ]
    const preview = simulateLifecycle(
      {
        rules: [
          {
            rulePriority: 1,
            selection: { tagStatus: 'any', countType: 'sinceImagePulled', countUnit: 'days', countNumber: 90 },
            action: { type: 'transition', targetStorageClass: 'archive' },
          },
        ],
      },
      images,
      { now: NOW },
    )
    expect(preview.previewResults.map((r) => [r.imageTags[0], r.action])).toEqual([
      ['v1', { type: 'TRANSITION', targetStorageClass: 'ARCHIVE' }],
    ])
    expect(preview.summary).toEqual({
      expiringImageTotalCount: 0,
      transitioningImageTotalCounts: [{ targetStorageClass: 'ARCHIVE', imageTotalCount: 1 }],
    })
  })

  test.each([
    ['prod*', 'prod', true],
    ['prod*', 'production-1', true],
    ['prod', 'prod-1', false],
    ['*test*1*2*3', 'xtestA1B2C3', true],
    ['v*.*.*', 'v1.2.3', true],
    ['v*.*.*', 'sha-abc1234', false],
    ['a.b', 'axb', false],
  ])('pattern %s against tag %s → %s', (pattern, tag, expected) => {
    expect(patternMatcher(pattern)(tag)).toBe(expected)
  })
})
