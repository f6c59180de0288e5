/**
 * Merging the `--format json` plans of the shards of one `slipway plan --shard I/N` run back
 * into the plan the unsharded run gives, so that one sticky comment and one job summary are
 * made from a matrix of plan jobs (issue 13). A sharded plan's JSON carries what the
 * formatters need (`shard`, and each resource's `fields`, `diff`, `secretKeys`, `rollsOut`;
 * see `toPlanJson`); {@link planFromJson} reads it back into the model of `model.ts`.
 */
import { UsageError } from '../errors.js'
import { checkShardSet } from '../validation/shard.js'
import type { PlanJson } from './format/json.js'
import type { EnvironmentPlan, ImageChange, Plan, ResourceChange } from './model.js'
import { planTotals } from './plan.js'

/**
 * Whether a parsed JSON document is a plan (`slipway plan --format json`) rather than a
 * validate report: a plan has top-level `totals`, a validate report `summary`.
 */
export function isPlanJson(value: unknown): value is PlanJson {
  return typeof value === 'object' && value !== null && 'totals' in value && !('summary' in value)
}

/**
 * Reads the JSON of a sharded plan back into the plan model.
 *
 * @param json a parsed `slipway plan --shard I/N --format json` document.
 * @param name the file, for the messages.
 * @throws {UsageError} naming the file and the first missing key when the document is not
 *   a sharded plan's JSON (e.g. a plan made without `--shard`, which lacks the per-resource
 *   diffs the comment shows).
 */
export function planFromJson(json: PlanJson, name: string): Plan {
  const fail = (what: string): never => {
    throw new UsageError(`${name} is not the JSON of slipway plan --shard I/N --format json: ${what}`)
  }
  if (typeof json.shard?.index !== 'number' || !Array.isArray(json.shard.order))
    fail('no "shard" in it (run plan with --shard I/N --format json)')
  if (typeof json.base?.ref !== 'string') fail('no base.ref')
  if (typeof json.head !== 'object' || json.head === null) fail('no head')
  if (!Array.isArray(json.environments)) fail('no environments array')
  if (!Array.isArray(json.skipped) || !json.skipped.every((env) => typeof env?.name === 'string'))
    fail('no skipped array of environments')
  const environments = json.environments.map((env, e): EnvironmentPlan => {
    const where = `environments[${e}]`
    if (typeof env?.name !== 'string' || typeof env.path !== 'string') fail(`${where} has no name or path`)
    if (![env.added, env.changed, env.removed].every(Number.isInteger)) fail(`${where} lacks added, changed or removed`)
    if (![env.resources, env.images, env.risks].every(Array.isArray)) fail(`${where} lacks resources, images or risks`)
    if (![...env.resources, ...env.images, ...env.risks].every((item) => typeof item === 'object' && item !== null))
      fail(`${where} has a resource, image or risk that is not an object`)
    return {
      name: env.name,
      path: env.path,
      added: env.added,
      changed: env.changed,
      removed: env.removed,
      resources: env.resources.map((resource, r): ResourceChange => {
        const { change, previousName, reason, fields, diff, secretKeys, rollsOut, ...ref } = resource
        if (!Array.isArray(fields) || typeof diff !== 'string')
          fail(`${where}.resources[${r}] has no fields or diff (was the plan made with --shard I/N?)`)
        return {
          change: change as ResourceChange['change'],
          ref,
          ...(previousName ? { previousName } : {}),
          fields: fields!,
          ...(secretKeys ? { secretKeys } : {}),
          ...(rollsOut ? { rollsOut } : {}),
          ...(reason ? { reason } : {}),
          diff: diff!,
        }
      }),
      images: env.images.map((image): ImageChange => ({
        resource: image.resource,
        container: image.container,
        ...(image.before ? { before: image.before } : {}),
        ...(image.after ? { after: image.after } : {}),
      })),
      risks: env.risks,
      errors: env.errors ?? [],
    }
  })
  return {
    base: json.base,
    head: json.head,
    environments,
    skipped: json.skipped,
    totals: json.totals,
    durationMs: 0,
    ...(json.notes?.length ? { notes: json.notes } : {}),
    ...(json.toolingChanges?.length ? { toolingChanges: json.toolingChanges } : {}),
    ...(json.shard ? { shard: json.shard } : {}),
  }
}

/**
 * Merges the plans of the shards of one `plan --shard I/N` run into the plan the unsharded
 * run gives: environments (and skipped environments) in discovery order, totals recounted;
 * base and head revisions, notes and tooling changes taken once. The JSON carries no
 * duration, so `durationMs` is 0.
 *
 * @param plans every shard's parsed `--format json` plan, in any order.
 * @param names the files, for the messages.
 * @throws {UsageError} when a file is not a sharded plan, the shards disagree on N, the
 *   environments, the base or head commit, the notes or the tooling changes (naming the two
 *   files), an environment is in two shards (naming it), or a shard is missing or given twice.
 */
export function mergePlans(
  plans: readonly PlanJson[],
  names: readonly string[] = plans.map((_, i) => `plan ${i + 1}`),
): Plan {
  if (plans.length === 0) throw new UsageError('merge-reports needs at least one plan')
  const parsed = plans.map((json, i) => planFromJson(json, names[i]!))
  const order = checkShardSet(
    parsed.map((plan) => plan.shard),
    names,
    'plan',
  )
  const first = parsed[0]!
  const revision = (side: { ref?: string; commit?: string }) =>
    `${side.ref ?? 'working tree'}${side.commit ? ` (${side.commit.slice(0, 12)})` : ''}`
  parsed.forEach((plan, i) => {
    for (const side of ['base', 'head'] as const)
      if (plan[side].ref !== first[side].ref || plan[side].commit !== first[side].commit)
        throw new UsageError(
          `${names[0]} and ${names[i]} are plans of different ${side} revisions: ${revision(first[side])} and ${revision(plan[side])}`,
        )
    for (const key of ['notes', 'toolingChanges'] as const)
      if (JSON.stringify(plan[key] ?? []) !== JSON.stringify(first[key] ?? []))
        throw new UsageError(`${names[0]} and ${names[i]} disagree on ${key}: they are not shards of one plan run`)
  })
  const owner = new Map<string, string>()
  parsed.forEach((plan, i) => {
    for (const env of [...plan.environments, ...plan.skipped]) {
      const other = owner.get(env.name)
      if (other !== undefined)
        throw new UsageError(`environment ${JSON.stringify(env.name)} is in two shards: ${other} and ${names[i]}`)
      owner.set(env.name, names[i]!)
    }
  })
  const position = new Map(order.map((name, i) => [name, i]))
  const byOrder = (a: { name: string }, b: { name: string }) =>
    (position.get(a.name) ?? Infinity) - (position.get(b.name) ?? Infinity)
  const environments = parsed.flatMap((plan) => plan.environments).sort(byOrder)
  return {
    base: first.base,
    head: first.head,
    environments,
    skipped: parsed.flatMap((plan) => plan.skipped).sort(byOrder),
    totals: planTotals(environments),
    durationMs: 0,
    ...(first.notes?.length ? { notes: first.notes } : {}),
    ...(first.toolingChanges?.length ? { toolingChanges: first.toolingChanges } : {}),
  }
}
