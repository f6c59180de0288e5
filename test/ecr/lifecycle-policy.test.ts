import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { describe, expect, test } from 'vitest'
import { formatPolicyProblem, loadLifecyclePolicy, validateLifecyclePolicy } from '../../src/ecr/lifecycle-policy.js'
import { simulateLifecycle } from '../../src/ecr/lifecycle-simulate.js'
import { InUseIndex } from '../../src/ecr/in-use-index.js'
import type { RepositoryImage } from '../../src/ecr/images.js'
import { REPO_ROOT } from '../helpers/paths.js'

const any30 = {
  rulePriority: 9,
  description: 'expire everything older than thirty days',
  selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 30 },
  action: { type: 'expire' },
}
const text = (rules: unknown[]) => JSON.stringify({ rules }, null, 2)
const problems = (rules: unknown[]) => validateLifecyclePolicy(text(rules)).map(formatPolicyProblem)

describe('validateLifecyclePolicy', () => {
  test('accepts the shipped platform policy and the naive one', async () => {
    for (const file of ['ecr-lifecycle.json', 'ecr-lifecycle.naive.json']) {
      expect(validateLifecyclePolicy(await readFile(join(REPO_ROOT, 'policies', file), 'utf8'))).toEqual([])
    }
  })

  test.each([
    [
      'duplicate rulePriority',
      [
        { ...any30, rulePriority: 1, selection: { ...any30.selection, tagStatus: 'untagged' } },
        { ...any30, rulePriority: 1 },
      ],
      'rule rulePriority=1 (rules[1]) rulePriority: duplicates rules[0]; every rulePriority must be unique',
    ],
    [
      'any rule not last',
      [
        { ...any30, rulePriority: 1 },
        { ...any30, rulePriority: 2, selection: { ...any30.selection, tagStatus: 'untagged' } },
      ],
      'rule rulePriority=1 (rules[0]) rulePriority: a tagStatus "any" rule must have the highest rulePriority (2 is higher)',
    ],
    [
      'tagged without a list',
      [{ ...any30, selection: { ...any30.selection, tagStatus: 'tagged' } }],
      'rule rulePriority=9 (rules[0]) selection: tagged rules need tagPrefixList or tagPatternList',
    ],
    [
      'tagged with both lists',
      [
        {
          ...any30,
          selection: { ...any30.selection, tagStatus: 'tagged', tagPrefixList: ['v'], tagPatternList: ['v*'] },
        },
      ],
      'rule rulePriority=9 (rules[0]) selection: tagged rules take tagPrefixList or tagPatternList, not both',
    ],
    [
      'untagged with a list',
      [{ ...any30, selection: { ...any30.selection, tagStatus: 'untagged', tagPrefixList: ['v'] } }],
      'rule rulePriority=9 (rules[0]) selection.tagPrefixList: is only allowed with tagStatus "tagged", not "untagged"',
    ],
    [
      'five wildcards',
      [{ ...any30, selection: { ...any30.selection, tagStatus: 'tagged', tagPatternList: ['ok*', 'test*1*2*3*4*5'] } }],
      'rule rulePriority=9 (rules[0]) selection.tagPatternList[1]: "test*1*2*3*4*5" has 5 wildcards; at most 4 allowed',
    ],
    [
      'countUnit with imageCountMoreThan',
      [
        {
          ...any30,
          selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countUnit: 'days', countNumber: 3 },
        },
      ],
      'rule rulePriority=9 (rules[0]) selection.countUnit: is only allowed with the since* count types, not imageCountMoreThan',
    ],
    [
      'since* without countUnit',
      [{ ...any30, selection: { tagStatus: 'any', countType: 'sinceImagePushed', countNumber: 3 } }],
      'rule rulePriority=9 (rules[0]) selection.countUnit: is required with countType "sinceImagePushed"',
    ],
    [
      'sinceImagePulled with expire',
      [{ ...any30, selection: { ...any30.selection, countType: 'sinceImagePulled' } }],
      'rule rulePriority=9 (rules[0]) selection.countType: sinceImagePulled is only allowed with action type "transition"',
    ],
    [
      'bad tagStatus',
      [{ ...any30, selection: { ...any30.selection, tagStatus: 'all' } }],
      'rule rulePriority=9 (rules[0]) selection.tagStatus: must be one of tagged, untagged, any',
    ],
    [
      'zero countNumber',
      [{ ...any30, selection: { ...any30.selection, countNumber: 0 } }],
      'rule rulePriority=9 (rules[0]) selection.countNumber: must be a positive integer of at most 2147483647',
    ],
    [
      'countNumber beyond int32',
      [{ ...any30, selection: { ...any30.selection, countNumber: 2_147_483_648 } }],
      'rule rulePriority=9 (rules[0]) selection.countNumber: must be a positive integer of at most 2147483647',
    ],
    [
      'two untagged rules',
      [
        { ...any30, rulePriority: 1, selection: { ...any30.selection, tagStatus: 'untagged' } },
        {
          ...any30,
          rulePriority: 2,
          selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 5 },
        },
      ],
      'rule rulePriority=2 (rules[1]) selection.tagStatus: "untagged" is already selected by rule rulePriority=1 (rules[0]); only one rule may select untagged images',
    ],
    [
      'same tagPrefixList twice',
      [
        {
          ...any30,
          rulePriority: 1,
          selection: { ...any30.selection, tagStatus: 'tagged', tagPrefixList: ['prod', 'v'] },
        },
        {
          ...any30,
          rulePriority: 2,
          selection: {
            tagStatus: 'tagged',
            tagPrefixList: ['v', 'prod'],
            countType: 'imageCountMoreThan',
            countNumber: 5,
          },
        },
      ],
      'rule rulePriority=2 (rules[1]) selection.tagPrefixList: selects the same tags as rule rulePriority=1 (rules[0]); the set of rules must contain a unique set of tag prefixes',
    ],
    [
      'same tagPatternList twice',
      [
        {
          ...any30,
          rulePriority: 1,
          selection: { ...any30.selection, tagStatus: 'tagged', tagPatternList: ['sha-*'] },
        },
        {
          ...any30,
          rulePriority: 2,
          selection: {
            tagStatus: 'tagged',
            tagPatternList: ['sha-*'],
            countType: 'imageCountMoreThan',
            countNumber: 5,
          },
        },
      ],
      'rule rulePriority=2 (rules[1]) selection.tagPatternList: selects the same tags as rule rulePriority=1 (rules[0]); the set of rules must contain a unique set of tag prefixes',
    ],
    [
      'unknown field',
      [{ ...any30, selection: { ...any30.selection, tagPrefix: 'v' } }],
      'rule rulePriority=9 (rules[0]) selection.tagPrefix: is not a lifecycle policy field',
    ],
    [
      'missing action',
      [
        {
          rulePriority: 9,
          description: 'a long enough description to pass the minimum length',
          selection: any30.selection,
        },
      ],
      'rule rulePriority=9 (rules[0]) action: is required',
    ],
  ])('%s', (_name, rules, expected) => {
    expect(problems(rules)).toContain(expected)
  })

  test('more than 50 rules', () => {
    const rules = Array.from({ length: 51 }, (_, i) => ({
      ...any30,
      rulePriority: i + 1,
      selection: { ...any30.selection, tagStatus: 'tagged', tagPrefixList: [`t${i}`] },
    }))
    expect(problems(rules)).toContain('rules: must NOT have more than 50 items')
  })

  test('policy text shorter than 100 or longer than 30,720 characters', () => {
    expect(validateLifecyclePolicy('{"rules":[]}').map(formatPolicyProblem)).toContain(
      '(policy text): is 12 characters; ECR accepts 100–30720',
    )
    const long = text([{ ...any30, description: 'x'.repeat(31_000) }])
    expect(validateLifecyclePolicy(long).map(formatPolicyProblem)[0]).toMatch(/^\(policy text\): is 31\d{3} characters/)
  })

  test('not JSON', () => {
    expect(validateLifecyclePolicy('{"rules": [ oops ]}'.padEnd(120)).map(formatPolicyProblem)[0]).toMatch(
      /^\(policy text\): is not valid JSON/,
    )
  })

  test('loadLifecyclePolicy names the file and every problem', async () => {
    await expect(loadLifecyclePolicy(join(REPO_ROOT, 'test/ecr/no-such-policy.json'))).rejects.toThrow(
      /cannot read lifecycle policy: .*no-such-policy\.json/,
    )
    const dir = await mkdtemp(join(tmpdir(), 'slipway-policy-'))
    try {
      const file = join(dir, 'bad.json')
      await writeFile(
        file,
        text([
          { ...any30, rulePriority: 3, selection: { ...any30.selection, countUnit: undefined } },
          { ...any30, rulePriority: 3 },
        ]),
      )
      const error = await loadLifecyclePolicy(file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as Error).message).toBe(
        `${file}: invalid ECR lifecycle policy:\n` +
          '  - rule rulePriority=3 (rules[0]) selection.countUnit: is required with countType "sinceImagePushed"\n' +
          '  - rule rulePriority=3 (rules[1]) rulePriority: duplicates rules[0]; every rulePriority must be unique',
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('the platform policy versus the naive one', () => {
  const NOW = Date.parse('2025-06-30T00:00:00Z')
  const DAY = 86_400_000
  const hex = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`
  // Production runs v1.4.0, pushed 45 days ago; no release since, 15 build images after it.
  const images: RepositoryImage[] = [
    {
      imageDigest: hex(1),
      imageTags: ['v1.3.0', 'sha-1111111'],
      imagePushedAt: NOW - 80 * DAY,
      repositoryName: 'team/api',
    },
    {
      imageDigest: hex(2),
      imageTags: ['v1.4.0', 'sha-2222222'],
      imagePushedAt: NOW - 45 * DAY,
      repositoryName: 'team/api',
    },
    { imageDigest: hex(3), imageTags: [], imagePushedAt: NOW - 9 * DAY, repositoryName: 'team/api' },
    ...Array.from({ length: 15 }, (_, i): RepositoryImage => ({
      imageDigest: hex(100 + i),
      imageTags: [`sha-${String(i).padStart(7, 'a')}`],
      imagePushedAt: NOW - (40 - 2 * i) * DAY,
      repositoryName: 'team/api',
    })),
  ]
  const prodDigest = hex(2)
  const inUse = new InUseIndex([
    {
      reference: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.4.0',
      source: 'prod: Deployment/api/api containers[api]',
    },
  ])

  test('the naive policy would expire the production image; the guard blocks it', async () => {
    const { policy } = await loadLifecyclePolicy(join(REPO_ROOT, 'policies/ecr-lifecycle.naive.json'))
    const unguarded = simulateLifecycle(policy, images, { now: NOW })
    expect(unguarded.previewResults.map((r) => r.imageDigest)).toContain(prodDigest)
    const guarded = simulateLifecycle(policy, images, { now: NOW, inUse })
    expect(guarded.previewResults.map((r) => r.imageDigest)).not.toContain(prodDigest)
    expect(guarded.blocked).toEqual([
      {
        imageDigest: prodDigest,
        imageTags: ['v1.4.0', 'sha-2222222'],
        appliedRulePriority: 2,
        reason:
          'in use: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:v1.4.0 (prod: Deployment/api/api containers[api])',
      },
    ])
  })

  test('the platform policy never expires a release and needs no guard', async () => {
    const { policy } = await loadLifecyclePolicy(join(REPO_ROOT, 'policies/ecr-lifecycle.json'))
    const preview = simulateLifecycle(policy, images, { now: NOW, inUse })
    expect(preview.blocked).toEqual([])
    const expired = preview.previewResults
    expect(expired.some((r) => r.imageTags.some((tag) => tag.startsWith('v')))).toBe(false)
    // Untagged after 7 days (rule 2); build images older than 30 days (rule 3): pushed 40, 38, 36, 34, 32 days ago.
    expect(expired.map((r) => [r.imageTags[0] ?? '<untagged>', r.appliedRulePriority])).toEqual([
      ['sha-aaaaaa0', 3],
      ['sha-aaaaaa1', 3],
      ['sha-aaaaaa2', 3],
      ['sha-aaaaaa3', 3],
      ['sha-aaaaaa4', 3],
      ['<untagged>', 2],
    ])
  })
})
