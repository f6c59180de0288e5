/**
 * ECR lifecycle simulation benchmark: a repository of 100,000 images (release, build,
 * feature-branch and untagged images, 1–3 tags each) against a 10-rule policy, with and
 * without an in-use guard of 1,000 references. Target (measured, not asserted): ≤ 1 s.
 */
import { InUseIndex } from '../src/ecr/in-use-index.js'
import type { RepositoryImage } from '../src/ecr/images.js'
import { validateLifecyclePolicy, type LifecyclePolicy } from '../src/ecr/lifecycle-policy.js'
import { simulateLifecycle } from '../src/ecr/lifecycle-simulate.js'

const IMAGES = 100_000
const NOW = Date.parse('2025-06-30T00:00:00Z')
const HOUR = 3_600_000

function images(): RepositoryImage[] {
  const list: RepositoryImage[] = []
  for (let i = 0; i < IMAGES; i++) {
    const tags: string[] = []
    switch (i % 10) {
      case 0:
        tags.push(
          `v${Math.floor(i / 1000)}.${Math.floor(i / 10) % 100}.${i % 10}`,
          `sha-${i.toString(16).padStart(7, '0')}`,
        )
        break
      case 1:
      case 2:
        tags.push(`sha-${i.toString(16).padStart(7, '0')}`)
        break
      case 3:
        tags.push(`pr-${i % 500}`, `sha-${i.toString(16).padStart(7, '0')}`)
        break
      case 4:
        tags.push(`feature-${i % 97}-build`, 'dev')
        break
      case 5:
        tags.push(`nightly-${i}`)
        break
      case 6:
        tags.push(`rc-${i}`, `candidate-${i % 13}`, `sha-${i.toString(16).padStart(7, '0')}`)
        break
      default:
        break // untagged
    }
    list.push({
      imageDigest: `sha256:${i.toString(16).padStart(64, '0')}`,
      imageTags: tags,
      imagePushedAt: NOW - ((IMAGES - i) * HOUR) / 10,
      lastRecordedPullTime: NOW - (i % 200) * 24 * HOUR,
    })
  }
  return list
}

const policy: LifecyclePolicy = {
  rules: [
    {
      rulePriority: 1,
      selection: {
        tagStatus: 'tagged',
        tagPatternList: ['v*.*.*'],
        countType: 'imageCountMoreThan',
        countNumber: 9999,
      },
      action: { type: 'expire' },
    },
    {
      rulePriority: 2,
      selection: {
        tagStatus: 'tagged',
        tagPrefixList: ['rc-', 'candidate-'],
        countType: 'imageCountMoreThan',
        countNumber: 50,
      },
      action: { type: 'expire' },
    },
    {
      rulePriority: 3,
      selection: {
        tagStatus: 'tagged',
        tagPatternList: ['pr-*', 'sha-*'],
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 14,
      },
      action: { type: 'expire' },
    },
    {
      rulePriority: 4,
      selection: {
        tagStatus: 'tagged',
        tagPatternList: ['feature-*-build'],
        countType: 'imageCountMoreThan',
        countNumber: 100,
      },
      action: { type: 'expire' },
    },
    {
      rulePriority: 5,
      selection: {
        tagStatus: 'tagged',
        tagPrefixList: ['nightly-'],
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 7,
      },
      action: { type: 'expire' },
    },
    {
      rulePriority: 6,
      selection: { tagStatus: 'tagged', tagPatternList: ['*dev*'], countType: 'imageCountMoreThan', countNumber: 20 },
      action: { type: 'expire' },
    },
    {
      rulePriority: 7,
      selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
      action: { type: 'expire' },
    },
    {
      rulePriority: 8,
      selection: {
        tagStatus: 'tagged',
        tagPatternList: ['sha-*'],
        countType: 'sinceImagePulled',
        countUnit: 'days',
        countNumber: 90,
      },
      action: { type: 'transition', targetStorageClass: 'archive' },
    },
    {
      rulePriority: 9,
      selection: {
        tagStatus: 'tagged',
        tagPatternList: ['*-*-*'],
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 60,
      },
      action: { type: 'expire' },
    },
    {
      rulePriority: 10,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1000 },
      action: { type: 'expire' },
    },
  ],
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = fn()
  return { ms: performance.now() - start, value }
}

export async function run(): Promise<void> {
  const problems = validateLifecyclePolicy(JSON.stringify(policy))
  if (problems.length > 0) throw new Error(`bench policy invalid: ${JSON.stringify(problems)}`)
  const repository = images()
  const inUse = new InUseIndex(
    repository.filter((_, i) => i % 100 === 0).map((image) => ({ reference: `team/api@${image.imageDigest}` })),
  )
  simulateLifecycle(policy, repository.slice(0, 1000), { now: NOW }) // warm up the JIT
  for (const [label, options] of [
    ['no guard', { now: NOW }],
    ['guard, 1,000 in use', { now: NOW, inUse }],
  ] as const) {
    const runs = [0, 1, 2].map(() => time(() => simulateLifecycle(policy, repository, options)))
    const best = Math.min(...runs.map((r) => r.ms))
    const result = runs[0]!.value
    console.log(
      `simulate ${IMAGES.toLocaleString('en')} images × ${policy.rules.length} rules (${label}): best ${best.toFixed(0)} ms of 3 ` +
        `(target ≤ 1000 ms) — ${result.previewResults.length} acted on, ${result.blocked.length} blocked`,
    )
  }
}
