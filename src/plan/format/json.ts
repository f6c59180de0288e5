import type { Plan } from '../model.js'

/** The `--format json` document: the contract of issue 4. */
export interface PlanJson {
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
    }>
    images: Array<{
      resource: { apiVersion: string; kind: string; namespace?: string; name: string }
      container: string
      before: { image: string; repository: string; tag?: string; digest?: string } | null
      after: { image: string; repository: string; tag?: string; digest?: string } | null
    }>
    risks: Array<{
      rule: string
      message: string
      resource: { apiVersion: string; kind: string; namespace?: string; name: string }
    }>
    errors?: string[]
  }>
  skipped: Array<{ name: string; path: string; reason: string }>
  notes?: string[]
  /** Changed files among Slipway's tooling and settings (see `Plan.toolingChanges`). */
  toolingChanges?: string[]
  totals: { added: number; changed: number; removed: number }
}

/**
 * Builds the JSON document of a plan:
 * `{"environments":[{"name","path","added","changed","removed","resources":[{"change","apiVersion","kind","namespace","name"}],"images":[…],"risks":[{"rule","message","resource"}]}],"totals":{…}}`.
 * Additions to the shape: `previousName` on a renamed generated ConfigMap/Secret,
 * `reason` on a workload that only rolls out because a generated name it references changed,
 * `errors` on an environment that failed to render, and top-level `skipped`, `notes` and
 * `toolingChanges`.
 */
export function toPlanJson(plan: Plan): PlanJson {
  return {
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
  }
}

/** `--format json` output: {@link toPlanJson} pretty-printed, with a trailing newline. */
export function renderJson(plan: Plan): string {
  return `${JSON.stringify(toPlanJson(plan), null, 2)}\n`
}
