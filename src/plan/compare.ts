/**
 * Compares one environment's resources at base and head into an {@link EnvironmentPlan}.
 */
import { structuredPatch } from 'diff'
import jsYaml from 'js-yaml'
import { formatRef, refKey, refOf, type KubernetesObject, type ResourceRef } from '../manifests/resource.js'
import type { ResolvedPlanConfig } from './config.js'
import { deleteAtPath } from './field-path.js'
import { generatorStems, normalizeGeneratedNames, type GeneratorStems } from './generators.js'
import { imageChanges } from './images.js'
import type { ChangeKind, EnvironmentPlan, ImageChange, ResourceChange } from './model.js'
import { isSecret, redactSecretPair } from '../manifests/secret-redaction.js'
import { assessRisks, type RiskInput } from './risks.js'
import { diffValues, alignLists } from './semantic.js'

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

/** Input of {@link compareEnvironment}. `undefined` objects mean the environment does not exist on that side. */
export interface CompareInput {
  name: string
  path: string
  base?: readonly KubernetesObject[]
  head?: readonly KubernetesObject[]
  /** Render/parse errors to carry into the plan. */
  errors?: string[]
}

interface Side {
  /** Identity key (generator stem instead of the hashed name when hash matching is on) → entry. */
  byKey: Map<string, { ref: ResourceRef; object: KubernetesObject; raw: KubernetesObject; referenced: Set<string> }>
}

/**
 * Diffs one environment. Identity is apiVersion/kind/namespace/name; with
 * `config.generatorHash` a ConfigMap/Secret whose kustomize hash suffix changed is one
 * change; workloads whose only change is the new name they reference are changes too (Argo
 * CD applies them and they roll out) with a {@link ResourceChange.reason}, and are listed
 * under the ConfigMap/Secret's {@link ResourceChange.rollsOut}. Ignore rules and the
 * last-applied annotation are removed before comparing. Secrets are redacted before their
 * diff is computed.
 *
 * @returns the environment's plan; resources sorted removed → changed → added, then by kind/namespace/name.
 */
export function compareEnvironment(input: CompareInput, config: ResolvedPlanConfig): EnvironmentPlan {
  const stems: GeneratorStems = config.generatorHash
    ? generatorStems((input.base ?? []).map(refOf), (input.head ?? []).map(refOf), refKey)
    : { byName: new Map(), byRef: new Map() }
  const base = prepare(input.base ?? [], config, stems)
  const head = prepare(input.head ?? [], config, stems)
  const resources: ResourceChange[] = []
  const images: ImageChange[] = []
  const riskInputs: RiskInput[] = []
  const rollouts = new Map<string, ResourceRef[]>()
  for (const [key, after] of head.byKey) {
    const before = base.byKey.get(key)
    if (!before) continue
    // Which generated names this resource switched to (base referenced another hash).
    for (const name of after.referenced) {
      if (name !== after.ref.name && !before.referenced.has(name)) {
        const list = rollouts.get(name) ?? []
        list.push(after.ref)
        rollouts.set(name, list)
      }
    }
  }
  const keys = new Set([...base.byKey.keys(), ...head.byKey.keys()])
  for (const key of keys) {
    const before = base.byKey.get(key)
    const after = head.byKey.get(key)
    const change: ChangeKind = !before ? 'added' : !after ? 'removed' : 'changed'
    const ref = (after ?? before)!.ref
    const secret = isSecret(before?.object) || isSecret(after?.object)
    let shownBefore = before?.object
    let shownAfter = after?.object
    let secretKeys
    if (secret) {
      const redacted = redactSecretPair(before?.object, after?.object)
      shownBefore = redacted.base
      shownAfter = redacted.head
      secretKeys = redacted.keys
    }
    let fields = change === 'changed' ? diffValues(shownBefore, shownAfter) : []
    const renamed = before && after && before.ref.name !== after.ref.name
    // Only a referenced generated name changed: Argo CD applies the new name and the pods roll out.
    const newNames = before && after ? [...after.referenced].filter((name) => !before.referenced.has(name)).sort() : []
    let reason: string | undefined
    if (change === 'changed' && fields.length === 0 && !renamed && newNames.length > 0 && !secret) {
      shownBefore = before!.raw
      shownAfter = after!.raw
      fields = diffValues(shownBefore, shownAfter)
      reason = `rolls out: references the new generated name${newNames.length > 1 ? 's' : ''} ${newNames.join(', ')}`
    }
    if (change === 'changed' && fields.length === 0 && !renamed) continue
    const entry: ResourceChange = { change, ref, fields, diff: yamlDiff(shownBefore, shownAfter) }
    if (reason) entry.reason = reason
    if (renamed) entry.previousName = before.ref.name
    if (secretKeys) entry.secretKeys = secretKeys
    const rolls = after && rollouts.get(after.ref.name)
    if (rolls && renamed) entry.rollsOut = rolls
    resources.push(entry)
    images.push(...imageChanges(ref, before?.object, after?.object))
    riskInputs.push({ change, ref, before: before?.object, after: after?.object })
  }
  const order: Record<ChangeKind, number> = { removed: 0, changed: 1, added: 2 }
  resources.sort((x, y) => order[x.change] - order[y.change] || formatRef(x.ref).localeCompare(formatRef(y.ref)))
  const risks = assessRisks(riskInputs, {
    environment: input.name,
    production: config.isProduction(input.name),
    headObjects: [...head.byKey.values()].map((entry) => entry.object),
  })
  return {
    name: input.name,
    path: input.path,
    added: resources.filter((r) => r.change === 'added').length,
    changed: resources.filter((r) => r.change === 'changed').length,
    removed: resources.filter((r) => r.change === 'removed').length,
    resources,
    images,
    risks,
    errors: input.errors ?? [],
  }
}

function prepare(objects: readonly KubernetesObject[], config: ResolvedPlanConfig, stems: GeneratorStems): Side {
  const byKey: Side['byKey'] = new Map()
  for (const original of objects) {
    const ref = refOf(original)
    const object = structuredClone(original)
    if (config.lastAppliedConfiguration && object.metadata?.annotations) {
      delete object.metadata.annotations[LAST_APPLIED]
      if (Object.keys(object.metadata.annotations).length === 0) delete object.metadata.annotations
    }
    for (const rule of config.ignore) {
      if (rule.kind !== undefined && rule.kind !== ref.kind) continue
      if (rule.apiVersion !== undefined && rule.apiVersion !== ref.apiVersion) continue
      if (rule.namespace !== undefined && rule.namespace !== (ref.namespace ?? '')) continue
      if (rule.name !== undefined && rule.name !== ref.name) continue
      deleteAtPath(object, rule.pattern)
    }
    const raw = stems.byName.size ? structuredClone(object) : object
    const referenced = normalizeGeneratedNames(object, stems.byName)
    const stem = stems.byRef.get(refKey(ref))
    const identity = stem !== undefined ? { ...ref, name: stem } : ref
    byKey.set(refKey(identity), { ref, object, raw, referenced })
  }
  return { byKey }
}

/**
 * A unified diff (3 lines of context) of two objects dumped as YAML, with key-matched lists
 * aligned first. Without the file header; each hunk starts with `@@`.
 */
export function yamlDiff(before: KubernetesObject | undefined, after: KubernetesObject | undefined): string {
  const a = before ? dump(before) : ''
  const b = after
    ? dump(after === undefined || before === undefined ? after : (alignLists(before, after) as KubernetesObject))
    : ''
  const patch = structuredPatch('base', 'head', a, b, '', '', { context: 3 })
  const lines: string[] = []
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`)
    for (const line of hunk.lines) if (!line.startsWith('\\')) lines.push(line)
  }
  return lines.join('\n')
}

function dump(object: KubernetesObject): string {
  return jsYaml.dump(object, { lineWidth: -1, noRefs: true, sortKeys: false })
}
