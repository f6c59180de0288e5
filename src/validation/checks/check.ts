import type { KubernetesObject, Resource, ResourceRef } from '../../manifests/resource.js'
import type { RenderResult } from '../../render/environment.js'
import type { Finding, Severity } from '../../findings/finding.js'
import type { RuleOverrides } from '../../config/sections/policies.js'
import { resolveSeverity } from '../policies/config.js'
import { podTemplateOf, type PodTemplate } from './workloads.js'

/** Everything the cross-resource checks may look at. */
export interface CheckContext {
  /** Absolute path of the repository (for Argo CD source paths). */
  repoRoot: string
  /** Every environment's render; `environment.application` carries the Argo CD Application (project, destination, file). */
  results: RenderResult[]
  /** AppProject objects found in the repository. */
  projects: KubernetesObject[]
}

/** A cross-resource check with a stable id (kube-linter's name where the check is the same). */
export interface Check {
  id: string
  description: string
  severity: Severity
  /** Returns findings with the check's id and default severity; {@link runChecks} applies overrides. */
  run(context: CheckContext): Finding[]
}

/** Options of {@link runChecks}. */
export interface RunChecksOptions {
  /** Check ids not to run. */
  disabled?: string[]
  /** Severity per check id, or `off`; applies in every environment. */
  severity?: Record<string, Severity | 'off'>
  /** slipway.yaml `checks.overrides`: severity per check and environment (applied after `severity`). */
  overrides?: RuleOverrides
}

/** A violation found by a per-environment check, before it becomes a {@link Finding}. */
export interface Violation {
  resource: Resource | { ref: ResourceRef }
  path?: string
  message: string
  /** Source file to report when the finding is about a file rather than a rendered resource (e.g. an Application manifest). */
  file?: string
}

/**
 * Makes a check that looks at one environment at a time: `inspect` sees the environment's
 * resources (with an index) and returns violations; each becomes a finding with the
 * environment's name. Failed renders (no resources) are skipped.
 */
export function environmentCheck(meta: Omit<Check, 'run'>, inspect: (index: EnvironmentIndex) => Violation[]): Check {
  return {
    ...meta,
    run(context) {
      const findings: Finding[] = []
      for (const result of context.results) {
        if (result.resources.length === 0) continue
        for (const violation of inspect(new EnvironmentIndex(result)))
          findings.push(toFinding(meta, violation, result.environment.name))
      }
      return findings
    },
  }
}

/** Turns a violation into a finding of a check. */
export function toFinding(meta: Pick<Check, 'id' | 'severity'>, violation: Violation, environment?: string): Finding {
  const finding: Finding = {
    severity: meta.severity,
    rule: meta.id,
    message: violation.message,
    resource: violation.resource.ref,
  }
  if (environment !== undefined) finding.environment = environment
  if (violation.path !== undefined) finding.path = violation.path
  if (violation.file !== undefined) finding.file = violation.file
  return finding
}

/**
 * The resources of one rendered environment, indexed for cross-resource lookups.
 * Namespaced resources without `metadata.namespace` are placed in the Argo CD
 * Application's destination namespace (as Argo CD does), else `default`.
 */
export class EnvironmentIndex {
  readonly resources: Resource[]
  readonly defaultNamespace: string
  private readonly kinds = new Map<string, Resource[]>()

  constructor(readonly result: RenderResult) {
    this.resources = result.resources
    this.defaultNamespace =
      result.environment.application?.destination.namespace || result.environment.kustomize?.namespace || 'default'
    for (const resource of this.resources) {
      const list = this.kinds.get(resource.ref.kind)
      if (list) list.push(resource)
      else this.kinds.set(resource.ref.kind, [resource])
    }
  }

  /** Resources of a kind (any group). */
  ofKind(...kinds: string[]): Resource[] {
    return kinds.flatMap((kind) => this.kinds.get(kind) ?? [])
  }

  /** The namespace a resource lands in. */
  namespaceOf(resource: Resource): string {
    return resource.ref.namespace ?? this.defaultNamespace
  }

  private byName?: Map<string, Resource>
  private pods?: NamespacedTemplate[]
  private podsByLabel?: Map<string, NamespacedTemplate[]>

  /** A resource of a kind by namespace and name. */
  find(kind: string, namespace: string, name: string): Resource | undefined {
    if (!this.byName) {
      this.byName = new Map()
      for (const resource of this.resources) {
        const key = `${resource.ref.kind}|${this.namespaceOf(resource)}|${resource.ref.name}`
        if (!this.byName.has(key)) this.byName.set(key, resource)
      }
    }
    return this.byName.get(`${kind}|${namespace}|${name}`)
  }

  /** Every pod template (workloads and Pods) with the namespace its pods run in. */
  templates(): NamespacedTemplate[] {
    if (!this.pods) {
      this.pods = []
      for (const resource of this.resources) {
        const template = podTemplateOf(resource)
        if (template) this.pods.push({ ...template, namespace: this.namespaceOf(resource) })
      }
    }
    return this.pods
  }

  /**
   * Pod templates in a namespace that may match a selector with these required labels: those
   * carrying the first label (a cheap pre-filter; callers still test the whole selector), or all
   * of the namespace's when there is none.
   */
  candidates(namespace: string, requiredLabels: Record<string, unknown> | undefined): NamespacedTemplate[] {
    if (!this.podsByLabel) {
      this.podsByLabel = new Map()
      for (const template of this.templates()) {
        const add = (key: string) => {
          const list = this.podsByLabel!.get(key)
          if (list) list.push(template)
          else this.podsByLabel!.set(key, [template])
        }
        add(`${template.namespace}|`)
        for (const [label, value] of Object.entries(template.labels)) add(`${template.namespace}|${label}=${value}`)
      }
    }
    const first = requiredLabels ? Object.entries(requiredLabels)[0] : undefined
    return this.podsByLabel.get(first ? `${namespace}|${first[0]}=${String(first[1])}` : `${namespace}|`) ?? []
  }
}

/** A pod template with the namespace its pods run in. */
export type NamespacedTemplate = PodTemplate & { namespace: string }

/**
 * Runs checks over rendered environments.
 *
 * @param checks the checks to run; default {@link ALL_CHECKS} (pass it in tests to run one).
 * @returns findings with `rule` = check id and the severity after `severity`/`overrides`;
 *   per-environment checks set `environment`.
 */
export function runChecksWith(
  checks: readonly Check[],
  context: CheckContext,
  options: RunChecksOptions = {},
): Finding[] {
  const findings: Finding[] = []
  for (const check of checks) {
    if (options.disabled?.includes(check.id)) continue
    const base = options.severity?.[check.id] ?? check.severity
    // Skip the work when no environment can turn the check back on.
    if (base === 'off' && options.overrides?.[check.id] === undefined) continue
    for (const finding of check.run(context)) {
      const severity = resolveSeverity(check.id, base, finding.environment, options.overrides)
      if (severity !== 'off') findings.push({ ...finding, severity })
    }
  }
  return findings
}
