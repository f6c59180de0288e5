/**
 * Offline evaluation of an ECR lifecycle policy, reproducing the service's rules, plus
 * the in-use guard that keeps images any environment runs.
 *
 * Evaluation rules (docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html,
 * "How lifecycle policies work" and the worked examples in lifecycle_policy_examples.html):
 * - every rule's selection is evaluated over all images at once; actions are then applied
 *   in rulePriority order, lowest first;
 * - an image gets at most one action (expired or transitioned by one rule);
 * - an image whose tags match a higher-priority rule's selection cannot be acted on by a
 *   lower-priority rule, even when the higher rule left it alone;
 * - `imageCountMoreThan` ranks every image the rule selects youngest → oldest by
 *   `imagePushedAt` (including images already acted on or protected) and acts on those
 *   ranked after `countNumber`;
 * - `since*` acts on selected images older than `countNumber` days (strictly);
 * - `tagPrefixList`/`tagPatternList` entries are ANDed, each satisfied by any of the
 *   image's tags; patterns match the whole tag, `*` matching any run of characters;
 * - an image referenced by a manifest list (or OCI index) in the repository is not expired.
 */
import type { LifecyclePolicy, LifecycleRule } from './lifecycle-policy.js'
import type { RepositoryImage } from './images.js'
import type { InUseIndex } from './in-use-index.js'

/** `action` of a preview result, as GetLifecyclePolicyPreview prints it. */
export interface PreviewAction {
  type: 'EXPIRE' | 'TRANSITION'
  targetStorageClass?: 'ARCHIVE'
}

/** One image the policy acts on (GetLifecyclePolicyPreview's `LifecyclePolicyPreviewResult`). */
export interface PreviewResult {
  imageDigest: string
  imageTags: string[]
  /** ISO-8601. */
  imagePushedAt: string
  action: PreviewAction
  appliedRulePriority: number
}

/** An image the policy would act on but the in-use guard keeps. */
export interface BlockedImage {
  imageDigest: string
  imageTags: string[]
  appliedRulePriority: number
  /** Which in-use reference keeps it and where that reference was found. */
  reason: string
}

/** GetLifecyclePolicyPreview's shape plus `blocked`. */
export interface LifecyclePreview {
  previewResults: PreviewResult[]
  summary: {
    expiringImageTotalCount: number
    /** Present only when the policy has transition rules. */
    transitioningImageTotalCounts?: Array<{ targetStorageClass: 'ARCHIVE'; imageTotalCount: number }>
  }
  blocked: BlockedImage[]
}

/** Options of {@link simulateLifecycle}. */
export interface SimulateOptions {
  /** Evaluation time, ms since the epoch. Default: `Date.now()`. */
  now?: number
  /** Images in use (HEAD and rollback releases); they are reported as blocked, never acted on. */
  inUse?: InUseIndex
  /** Repository name used to match `name:tag` references when images carry none. */
  repositoryName?: string
}

const DAY_MS = 86_400_000

/**
 * Evaluates a (validated) policy against a repository's images.
 *
 * @param policy a policy accepted by `validateLifecyclePolicy`.
 * @param images the repository's images (any order).
 * @returns the images acted on (oldest first), the summary, and the images the guard kept.
 *   Pure: never throws for a valid policy; runs in O(rules × images) after one sort.
 */
export function simulateLifecycle(
  policy: LifecyclePolicy,
  images: readonly RepositoryImage[],
  options: SimulateOptions = {},
): LifecyclePreview {
  const now = options.now ?? Date.now()
  const rules = [...policy.rules].sort((a, b) => a.rulePriority - b.rulePriority)
  // Youngest first; equal push times fall back to the digest so results are deterministic.
  const order = images.map((_, i) => i)
  order.sort(
    (a, b) =>
      images[b]!.imagePushedAt - images[a]!.imagePushedAt || compare(images[a]!.imageDigest, images[b]!.imageDigest),
  )

  const referencedByList = new Set<string>()
  for (const image of images) for (const digest of image.manifestDigests ?? []) referencedByList.add(digest)

  const n = images.length
  /** Index of the first (highest-priority) rule whose selection matched the image; -1 none yet. */
  const firstMatch = new Int32Array(n).fill(-1)
  /** 0 = no decision yet, 1 = acted on, 2 = blocked by the guard. */
  const decided = new Uint8Array(n)
  const acted: Array<{ index: number; rule: LifecycleRule }> = []
  const blocked: Array<{ index: number; rule: LifecycleRule; reason: string }> = []

  rules.forEach((rule, ruleIndex) => {
    const selects = selector(rule)
    const { countType, countNumber } = rule.selection
    let rank = 0
    for (const i of order) {
      const image = images[i]!
      if (!selects(image)) continue
      rank++
      if (firstMatch[i] === -1) firstMatch[i] = ruleIndex
      if (decided[i] !== 0 || firstMatch[i] !== ruleIndex) continue
      let due: boolean
      switch (countType) {
        case 'imageCountMoreThan':
          due = rank > countNumber
          break
        case 'sinceImagePushed':
          due = now - image.imagePushedAt > countNumber * DAY_MS
          break
        case 'sinceImagePulled':
          due = now - (image.lastRecordedPullTime ?? image.imagePushedAt) > countNumber * DAY_MS
          break
        case 'sinceImageTransitioned':
          due = image.lastArchivedAt !== undefined && now - image.lastArchivedAt > countNumber * DAY_MS
          break
      }
      if (!due) continue
      if (rule.action.type === 'expire' && referencedByList.has(image.imageDigest)) continue
      const keeper = options.inUse?.find(
        image.imageDigest,
        image.imageTags,
        image.repositoryName ?? options.repositoryName,
      )
      if (keeper) {
        decided[i] = 2
        blocked.push({
          index: i,
          rule,
          reason: `in use: ${keeper.reference}${keeper.source ? ` (${keeper.source})` : ''}`,
        })
      } else {
        decided[i] = 1
        acted.push({ index: i, rule })
      }
    }
  })

  const byAge = (a: { index: number }, b: { index: number }) =>
    images[a.index]!.imagePushedAt - images[b.index]!.imagePushedAt ||
    compare(images[a.index]!.imageDigest, images[b.index]!.imageDigest)
  acted.sort(byAge)
  blocked.sort(byAge)

  const previewResults = acted.map(({ index, rule }): PreviewResult => {
    const image = images[index]!
    return {
      imageDigest: image.imageDigest,
      imageTags: [...image.imageTags],
      imagePushedAt: new Date(image.imagePushedAt).toISOString(),
      action:
        rule.action.type === 'transition' ? { type: 'TRANSITION', targetStorageClass: 'ARCHIVE' } : { type: 'EXPIRE' },
      appliedRulePriority: rule.rulePriority,
    }
  })
  const expiring = previewResults.filter((result) => result.action.type === 'EXPIRE').length
  const summary: LifecyclePreview['summary'] = { expiringImageTotalCount: expiring }
  if (rules.some((rule) => rule.action.type === 'transition')) {
    summary.transitioningImageTotalCounts = [
      { targetStorageClass: 'ARCHIVE', imageTotalCount: previewResults.length - expiring },
    ]
  }
  return {
    previewResults,
    summary,
    blocked: blocked.map(({ index, rule, reason }) => ({
      imageDigest: images[index]!.imageDigest,
      imageTags: [...images[index]!.imageTags],
      appliedRulePriority: rule.rulePriority,
      reason,
    })),
  }
}

/** Builds the predicate "this rule's selection matches the image" (tag status, tag lists, storage class). */
function selector(rule: LifecycleRule): (image: RepositoryImage) => boolean {
  const wantArchive = rule.selection.storageClass === 'archive'
  const inClass = (image: RepositoryImage) => (image.imageStatus === 'ARCHIVED') === wantArchive
  switch (rule.selection.tagStatus) {
    case 'any':
      return inClass
    case 'untagged':
      return (image) => image.imageTags.length === 0 && inClass(image)
    case 'tagged': {
      const matchers = rule.selection.tagPrefixList
        ? rule.selection.tagPrefixList.map((prefix) => (tag: string) => tag.startsWith(prefix))
        : (rule.selection.tagPatternList ?? []).map(patternMatcher)
      return (image) =>
        image.imageTags.length > 0 && inClass(image) && matchers.every((matches) => image.imageTags.some(matches))
    }
  }
}

/**
 * Compiles a `tagPatternList` entry: the whole tag must match, `*` matches any run
 * (including none) of characters, everything else is literal.
 */
export function patternMatcher(pattern: string): (tag: string) => boolean {
  if (!pattern.includes('*')) return (tag) => tag === pattern
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  const regex = new RegExp(`^${source}$`, 's')
  return (tag) => regex.test(tag)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
