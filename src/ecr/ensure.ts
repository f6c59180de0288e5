/**
 * `slipway ecr ensure`: make every service's repository match the config — created when
 * missing, immutable tags, scan on push, the validated lifecycle policy, registry
 * replication to the DR region — and report what it changed. A second run changes nothing.
 *
 * API semantics: Amazon ECR API reference (CreateRepository, PutImageTagMutability,
 * PutImageScanningConfiguration, PutLifecyclePolicy, DescribeRegistry,
 * PutReplicationConfiguration — the last replaces the whole configuration, hence
 * read-modify-write).
 */
import type { ReplicationRule, Repository } from '@aws-sdk/client-ecr'
import { replicationRegions, type EcrConfig } from './config.js'
import type { EcrApi } from './ecr-api.js'
import type { InUseIndex } from './in-use-index.js'
import type { LifecyclePolicy } from './lifecycle-policy.js'
import { simulateLifecycle, type BlockedImage } from './lifecycle-simulate.js'

/** A change `ensure` made (or would make with `dryRun`). */
export interface EnsureChange {
  /** Repository name, or `(registry)` for replication. */
  target: string
  action:
    'create-repository' | 'set-tag-mutability' | 'enable-scan-on-push' | 'put-lifecycle-policy' | 'put-replication'
  detail: string
}

/** Something `ensure` cannot or will not fix. */
export interface EnsureProblem {
  target: string
  kind: 'encryption-drift' | 'in-use-guard'
  message: string
  /** For `in-use-guard`: the images the policy would expire. */
  blocked?: BlockedImage[]
}

/** What one run did. */
export interface EnsureReport {
  changes: EnsureChange[]
  /** Drift and refusals; a refusal means the run failed. */
  problems: EnsureProblem[]
  /** Overrides used: repository → reason. */
  overrides: Array<{ target: string; reason: string; blocked: BlockedImage[] }>
  dryRun: boolean
}

/** Options of {@link ensureRepositories}. */
export interface EnsureOptions {
  config: EcrConfig
  /** Lifecycle policy per service name (text exactly as put, and parsed). */
  policies: Record<string, { text: string; policy: LifecyclePolicy; file: string }>
  /** Images in use; when given, a policy that would expire one is not put. */
  inUse?: InUseIndex
  /** Put the policy anyway; requires `reason`, which is reported. */
  allowExpiringInUse?: boolean
  reason?: string
  /** Report the changes without making them. */
  dryRun?: boolean
  /** Evaluation time for the guard, ms since the epoch. Default now. */
  now?: number
}

/**
 * Reconciles repositories and replication with the config.
 *
 * @returns the changes made and the problems found (encryption drift, guard refusals);
 *   the caller fails the run when a problem of kind `in-use-guard` is present.
 * @throws AWS SDK errors that are not handled cases (access denied, limits), after retries.
 */
export async function ensureRepositories(api: EcrApi, options: EnsureOptions): Promise<EnsureReport> {
  const { config } = options
  const report: EnsureReport = { changes: [], problems: [], overrides: [], dryRun: options.dryRun ?? false }
  const write = async (change: EnsureChange, call: () => Promise<unknown>) => {
    if (!report.dryRun) await call()
    report.changes.push(change)
  }
  const encryption = config.encryption ?? { type: 'AES256' as const }

  for (const [service, settings] of Object.entries(config.services)) {
    const name = settings.repository
    let repository = await api.describeRepository(name)
    /** Created by this run (or would be, in a dry run): nothing to reconcile, no images to guard. */
    let isNew = false
    if (!repository) {
      const change: EnsureChange = {
        target: name,
        action: 'create-repository',
        detail: `service ${service}: IMMUTABLE tags, scan on push, ${encryption.type} encryption`,
      }
      if (report.dryRun) {
        isNew = true
        report.changes.push(change)
      } else {
        const result = await api.createRepository({ repositoryName: name, encryption })
        // RepositoryAlreadyExists: someone created it first, so reconcile it like any existing one.
        isNew = result.created
        if (isNew) report.changes.push(change)
        repository = result.repository
      }
    }
    if (repository && !isNew) {
      reconcileEncryption(repository, encryption, report)
      if (repository.imageTagMutability !== 'IMMUTABLE') {
        await write(
          {
            target: name,
            action: 'set-tag-mutability',
            detail: `${repository.imageTagMutability ?? 'unset'} → IMMUTABLE`,
          },
          () => api.setTagMutability(name, 'IMMUTABLE'),
        )
      }
      if (repository.imageScanningConfiguration?.scanOnPush !== true) {
        await write({ target: name, action: 'enable-scan-on-push', detail: 'scanOnPush false → true' }, () =>
          api.setScanOnPush(name, true),
        )
      }
    }

    const desired = options.policies[service]
    if (!desired) continue
    const current = isNew ? undefined : await api.getLifecyclePolicy(name)
    const unchanged = current !== undefined && samePolicy(current, desired.text)
    // The guard runs on an unchanged policy too: images age, and an environment may since
    // have started running an image the policy will expire.
    if (options.inUse && !isNew) {
      const images = await api.listImages(name)
      const danger = guardLifecycle(desired.policy, images, options.inUse, name, options.now ?? Date.now())
      if (danger) {
        const when = danger.inDays === 0 ? 'now' : `within ${danger.inDays} days, if no newer release ships`
        if (!options.allowExpiringInUse || !options.reason?.trim()) {
          report.problems.push({
            target: name,
            kind: 'in-use-guard',
            message: `${unchanged ? 'the current lifecycle policy' : `refusing to put ${desired.file}: it`} would expire ${danger.blocked.length} image(s) in use ${when} (${danger.blocked
              .slice(0, 3)
              .map((b) => b.imageTags[0] ?? b.imageDigest)
              .join(
                ', ',
              )}${danger.blocked.length > 3 ? ', …' : ''}); protect them with a higher-priority rule${unchanged ? '' : ', or override with --allow-expiring-in-use --reason "…"'}`,
            blocked: danger.blocked,
          })
          continue
        }
        report.overrides.push({ target: name, reason: options.reason.trim(), blocked: danger.blocked })
      }
    }
    if (unchanged) continue
    await write(
      {
        target: name,
        action: 'put-lifecycle-policy',
        detail: `${desired.file} (${desired.policy.rules.length} rules)${current === undefined ? '' : ', replacing a different policy'}`,
      },
      () => api.putLifecyclePolicy(name, desired.text),
    )
  }

  await ensureReplication(api, config, report, write)
  return report
}

function reconcileEncryption(
  repository: Repository,
  encryption: { type: 'AES256' | 'KMS'; kmsKey?: string },
  report: EnsureReport,
): void {
  const actual = repository.encryptionConfiguration
  const actualType = actual?.encryptionType ?? 'AES256'
  const name = repository.repositoryName ?? '?'
  const wantType = encryption.type
  // KMS_DSSE is KMS with dual-layer encryption; it satisfies "KMS" but not "AES256".
  const typeMatches = actualType === wantType || (wantType === 'KMS' && actualType === 'KMS_DSSE')
  if (!typeMatches) {
    report.problems.push({
      target: name,
      kind: 'encryption-drift',
      message: `encryption is ${actualType}, config wants ${wantType}; encryption cannot be changed in place — recreate the repository to change it`,
    })
    return
  }
  if (wantType === 'KMS' && encryption.kmsKey && actual?.kmsKey && !kmsKeyMatches(encryption.kmsKey, actual.kmsKey)) {
    report.problems.push({
      target: name,
      kind: 'encryption-drift',
      message: `KMS key is ${actual.kmsKey}, config wants ${encryption.kmsKey}; encryption cannot be changed in place`,
    })
  }
}

/** Compares a configured key (ARN, key id, or alias — aliases cannot be resolved here, so they match) with the repository's key ARN. */
function kmsKeyMatches(configured: string, actualArn: string): boolean {
  if (configured.startsWith('alias/') || configured.includes(':alias/')) return true
  if (configured.startsWith('arn:')) return configured === actualArn
  return actualArn.endsWith(`key/${configured}`)
}

/** Policies are equal when their JSON is equal, whitespace and key order aside. */
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Would the policy ever expire an image in use? Simulates at `now` and again once every
 * age-based rule (`sinceImagePushed`, `sinceImagePulled`, `sinceImageTransitioned`) has had
 * time to fire on every image present — the "no release for a month" case in which a naive
 * "expire after 30 days" rule deletes the image production runs (aws/containers-roadmap#1078).
 * Count-based rules (`imageCountMoreThan`) depend on future pushes, which cannot be known.
 *
 * @returns the images that would be blocked and after how many days, or undefined when none.
 */
export function guardLifecycle(
  policy: LifecyclePolicy,
  images: Parameters<typeof simulateLifecycle>[1],
  inUse: InUseIndex,
  repositoryName: string,
  now: number,
): { blocked: BlockedImage[]; inDays: number } | undefined {
  const longest = Math.max(
    0,
    ...policy.rules
      .filter((rule) => rule.selection.countType !== 'imageCountMoreThan')
      .map((rule) => rule.selection.countNumber),
  )
  for (const inDays of longest > 0 ? [0, longest + 1] : [0]) {
    const preview = simulateLifecycle(policy, images, { inUse, repositoryName, now: now + inDays * DAY_MS })
    if (preview.blocked.length > 0) return { blocked: preview.blocked, inDays }
  }
  return undefined
}

function samePolicy(a: string, b: string): boolean {
  try {
    return canonical(JSON.parse(a)) === canonical(JSON.parse(b))
  } catch {
    return a === b
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Makes every service repository replicate to every configured region. Keeps all existing
 * rules (they may belong to other teams) and appends one rule for what is not yet covered.
 * A repository is covered for a region when some rule with that destination (in this
 * registry) has no filters or a PREFIX_MATCH filter that prefixes the repository name.
 */
async function ensureReplication(
  api: EcrApi,
  config: EcrConfig,
  report: EnsureReport,
  write: (change: EnsureChange, call: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const regions = replicationRegions(config)
  if (regions.length === 0) return
  const { registryId: describedId, replication } = await api.describeRegistry()
  const registryId = config.registryId ?? describedId
  if (!registryId) return
  const rules = replication.rules ?? []
  const repositories = Object.values(config.services).map((service) => service.repository)
  const missingRegions = new Set<string>()
  const missingRepositories = new Set<string>()
  for (const region of regions) {
    for (const repository of repositories) {
      const covered = rules.some(
        (rule) =>
          (rule.destinations ?? []).some((d) => d.region === region && d.registryId === registryId) &&
          (!rule.repositoryFilters?.length ||
            rule.repositoryFilters.some(
              (f) => f.filterType === 'PREFIX_MATCH' && f.filter !== undefined && repository.startsWith(f.filter),
            )),
      )
      if (!covered) {
        missingRegions.add(region)
        missingRepositories.add(repository)
      }
    }
  }
  if (missingRegions.size === 0) return
  const added: ReplicationRule = {
    destinations: [...missingRegions].map((region) => ({ region, registryId })),
    repositoryFilters: [...missingRepositories].map((filter) => ({ filter, filterType: 'PREFIX_MATCH' })),
  }
  await write(
    {
      target: '(registry)',
      action: 'put-replication',
      detail: `replicate ${[...missingRepositories].join(', ')} to ${[...missingRegions].join(', ')} (keeping ${rules.length} existing rule(s))`,
    },
    () => api.putReplication({ rules: [...rules, added] }),
  )
}

/** One line per change and problem, ending with "no changes" when the run changed nothing. */
export function formatEnsureReport(report: EnsureReport): string {
  const lines: string[] = []
  const verb = report.dryRun ? 'would ' : ''
  for (const change of report.changes) lines.push(`${change.target}: ${verb}${change.action} — ${change.detail}`)
  for (const override of report.overrides)
    lines.push(
      `${override.target}: put a policy expiring ${override.blocked.length} in-use image(s); reason: ${override.reason}`,
    )
  for (const problem of report.problems)
    lines.push(`${problem.target}: ${problem.kind === 'encryption-drift' ? 'warning' : 'error'}: ${problem.message}`)
  if (report.changes.length === 0)
    lines.push(
      report.dryRun ? 'ecr ensure: nothing to change' : 'ecr ensure: no changes; everything already matches the config',
    )
  return `${lines.join('\n')}\n`
}
