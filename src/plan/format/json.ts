import type { ShardInfo } from '../../validation/shard.js'
import type { FieldChange, Plan, SecretKeyChanges } from '../model.js'

/** A resource reference as the plan JSON carries it. */
type RefJson = { apiVersion: string; kind: string; namespace?: string; name: string }

/** The `--format json` document: the contract of issue 4. */
export interface PlanJson {
  /** The base ref as given, and the commit it resolved to. */
  base: { ref: string; commit?: string }
  /** The head ref as given (absent = the working tree), and its commit. */
  head: { ref?: string; commit?: string }
  environments: Array<{
    name: string
    path: string
    added: number
    changed: number
    removed: number
    resources: Array<{
      change: string
      apiVersion: string
      kind: string
      namespace?: string
      name: string
      previousName?: string
      reason?: string
      /** Sharded runs only (what `merge-reports` needs to render the comment): field changes, redacted. */
      fields?: FieldChange[]
      /** Sharded runs only: the redacted unified diff. */
      diff?: string
      /** Sharded runs only: the Secret keys added/changed/removed. */
      secretKeys?: SecretKeyChanges
      /** Sharded runs only: the resources that roll out with this generated name. */
      rollsOut?: RefJson[]
    }>
    images: Array<{
      resource: RefJson
      container: string
      before: { image: string; repository: string; tag?: string; digest?: string } | null
      after: { image: string; repository: string; tag?: string; digest?: string } | null
    }>
    risks: Array<{
      rule: string
      message: string
      resource: RefJson
    }>
    errors?: string[]
  }>
  skipped: Array<{ name: string; path: string; reason: string }>
  notes?: string[]
  /** Changed files among Slipway's tooling and settings (see `Plan.toolingChanges`). */
  toolingChanges?: string[]
  totals: { added: number; changed: number; removed: number }
  /** Set by a `--shard I/N` run: which shard, and every environment of the run in discovery order. */
  shard?: ShardInfo
}

/**
 * Builds the JSON document of a plan:
 * `{"environments":[{"name","path","added","changed","removed","resources":[{"change","apiVersion","kind","namespace","name"}],"images":[…],"risks":[{"rule","message","resource"}]}],"totals":{…}}`.
 * Additions to the shape: `previousName` on a renamed generated ConfigMap/Secret,
 * `reason` on a workload that only rolls out because a generated name it references changed,
 * `errors` on an environment that failed to render, top-level `base`, `head`, `skipped`,
 * `notes` and `toolingChanges`; and, in a `--shard I/N` run only, top-level `shard` and each
 * resource's `fields`, `diff`, `secretKeys` and `rollsOut` — what `slipway merge-reports`
 * needs to give the unsharded plan (and its comment) back (see `mergePlans`).
 */
export function toPlanJson(plan: Plan): PlanJson {
  const detail = plan.shard !== undefined
  return {
    base: plan.base,
    head: plan.head,
    environments: plan.environments.map((env) => ({
      name: env.name,
      path: env.path,
      added: env.added,
      changed: env.changed,
      removed: env.removed,
      resources: env.resources.map((r) => ({
        change: r.change,
        ...r.ref,
        ...(r.previousName ? { previousName: r.previousName } : {}),
        ...(r.reason ? { reason: r.reason } : {}),
        ...(detail
          ? {
              fields: r.fields,
              diff: r.diff,
              ...(r.secretKeys ? { secretKeys: r.secretKeys } : {}),
              ...(r.rollsOut ? { rollsOut: r.rollsOut } : {}),
            }
          : {}),
      })),
      images: env.images.map((i) => ({
        resource: i.resource,
        container: i.container,
        before: i.before ?? null,
        after: i.after ?? null,
      })),
      risks: env.risks.map((r) => ({ rule: r.rule, message: r.message, resource: r.resource })),
      ...(env.errors.length ? { errors: env.errors } : {}),
    })),
    skipped: plan.skipped,
    ...(plan.notes?.length ? { notes: plan.notes } : {}),
    ...(plan.toolingChanges?.length ? { toolingChanges: plan.toolingChanges } : {}),
    totals: plan.totals,
    ...(plan.shard ? { shard: plan.shard } : {}),
  }
}

/** `--format json` output: {@link toPlanJson} pretty-printed, with a trailing newline. */
export function renderJson(plan: Plan): string {
  return `${JSON.stringify(toPlanJson(plan), null, 2)}\n`
}
