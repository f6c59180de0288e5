/**
 * Cross-resource checks: problems no single-resource schema can see. Each has a stable id
 * (kube-linter's name where the check is the same).
 */
import { argocdAppPathMissing, argocdDestinationNotPermitted, duplicateResourceAcrossApps } from './argocd-checks.js'
import { runChecksWith, type Check, type CheckContext, type RunChecksOptions } from './check.js'
import { externalSecretStoreMissing, missingConfigRef } from './config-checks.js'
import { istioHostUnknown } from './istio-checks.js'
import { API_RULES, NOT_YET_SERVED_RULE } from '../deprecations/index.js'
import type { Finding } from '../../findings/finding.js'
import type { RuleDescription } from '../policies/rules.js'
import {
  danglingHpa,
  danglingService,
  hpaMinAboveMax,
  hpaReplicasConflict,
  nonExistentServiceAccount,
  nonIsolatedPod,
  pdbBlocksEviction,
  serviceMonitorSelectsNothing,
} from './workload-checks.js'

export {
  EnvironmentIndex,
  environmentCheck,
  runChecksWith,
  toFinding,
  type Check,
  type CheckContext,
  type RunChecksOptions,
  type Violation,
} from './check.js'
export { globMatch, isDestinationPermitted, isSourcePermitted } from './argocd-checks.js'
export { serviceOfHost } from './istio-checks.js'
export { matchesLabelSelector, matchesSelectorMap, type LabelSelector } from './label-selector.js'
export { containersOf, podTemplateOf, WORKLOAD_KINDS, type ContainerRef, type PodTemplate } from './workloads.js'

/** Every check, in report order. */
export const ALL_CHECKS: readonly Check[] = [
  danglingService,
  danglingHpa,
  pdbBlocksEviction,
  nonIsolatedPod,
  nonExistentServiceAccount,
  missingConfigRef,
  externalSecretStoreMissing,
  istioHostUnknown,
  serviceMonitorSelectsNothing,
  hpaReplicasConflict,
  hpaMinAboveMax,
  duplicateResourceAcrossApps,
  argocdAppPathMissing,
  argocdDestinationNotPermitted,
]

/**
 * Runs every check ({@link ALL_CHECKS}) over the rendered environments.
 *
 * @param options `disabled` check ids; `severity` per check id or `off`; `overrides` as in
 *   slipway.yaml `checks.overrides` (per environment).
 * @returns findings with `rule` = check id; per-environment checks set `environment`; Argo CD
 *   checks about an Application manifest set `file` to it.
 */
export function runChecks(context: CheckContext, options?: RunChecksOptions): Finding[] {
  return runChecksWith(ALL_CHECKS, context, options)
}

/** Describes every check ({@link ALL_CHECKS}) and the removed/deprecated API rules, for reports that list rules. */
export function describeChecks(): RuleDescription[] {
  return [
    ...ALL_CHECKS.map((check) => ({
      id: check.id,
      description: check.description,
      defaultSeverity: check.severity,
      source: 'check',
    })),
    {
      id: 'removed-api',
      description: 'apiVersion/kind is not served by the target Kubernetes version',
      defaultSeverity: 'error',
      helpUri: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
      source: 'api',
    },
    {
      id: 'deprecated-api',
      description: 'apiVersion/kind is deprecated in the target Kubernetes version',
      defaultSeverity: 'warning',
      helpUri: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
      source: 'api',
    },
    {
      id: NOT_YET_SERVED_RULE,
      description: 'apiVersion/kind is newer than the target Kubernetes version and not served by it yet',
      defaultSeverity: 'error',
      helpUri: 'https://kubernetes.io/docs/reference/using-api/',
      source: 'api',
    },
  ]
}

/**
 * Every rule id slipway.yaml `checks.overrides` may name: the cross-resource checks
 * ({@link ALL_CHECKS}) and the API rules of `checkApiVersions` (`removed-api`,
 * `deprecated-api`, `api-not-yet-served`). Pass it to `checkOverrideIds`.
 */
export function checkRuleIds(): string[] {
  return [...ALL_CHECKS.map((check) => check.id), ...API_RULES]
}
