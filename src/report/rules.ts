import type { Severity } from '../findings/finding.js'

/**
 * What a reporter knows about a rule id: a one-line description (SARIF
 * `shortDescription`), its default severity and a page that explains it.
 */
export interface RuleMetadata {
  id: string
  /** One sentence, no trailing period needed. */
  description: string
  defaultSeverity?: Severity
  /** Absolute URL of a page that explains the rule and how to fix a finding. */
  helpUri?: string
  /** Free-form tags (SARIF `properties.tags`), e.g. `security`, `kubernetes`. */
  tags?: string[]
}

const DEPRECATION_GUIDE = 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/'
const KUBE_LINTER_CHECKS = 'https://docs.kubelinter.io/#/generated/checks'

function kubeLinter(id: string, description: string, tags: string[] = ['kubernetes']): RuleMetadata {
  // kube-linter's documentation anchors each built-in check by its name.
  return { id, description, defaultSeverity: 'error', helpUri: `${KUBE_LINTER_CHECKS}?id=${id}`, tags }
}

/**
 * Rules every Slipway build knows about: the foundation rules (render, parse, schema) and
 * the cross-resource checks of issue 3 §2 (ids shared with kube-linter link to its docs).
 * Policies loaded from `policies/` bring their own metadata through the reporters'
 * `rules` option.
 */
const BUILTIN_RULE_LIST: RuleMetadata[] = [
  {
    id: 'render',
    description: 'The environment failed to render with kustomize',
    defaultSeverity: 'error',
    tags: ['kustomize'],
  },
  {
    id: 'parse',
    description: 'A rendered or input document is not valid YAML or not a Kubernetes object',
    defaultSeverity: 'error',
  },
  {
    id: 'schema',
    description: 'The resource does not match the schema of its apiVersion and kind',
    defaultSeverity: 'error',
    helpUri: 'https://kubernetes.io/docs/reference/kubernetes-api/',
    tags: ['kubernetes', 'schema'],
  },
  {
    id: 'no-schema',
    description: 'No schema source has a schema for this apiVersion and kind',
    defaultSeverity: 'warning',
    tags: ['schema'],
  },
  {
    id: 'schema-source',
    description: 'A schema file could not be read or compiled',
    defaultSeverity: 'error',
    tags: ['schema'],
  },
  {
    id: 'schema-location-unreachable',
    description:
      'A configured schema location cannot be reached (missing directory, or downloads failing after retries)',
    defaultSeverity: 'error',
    tags: ['schema'],
  },
  {
    id: 'removed-api',
    description: 'The apiVersion and kind are no longer served by the target Kubernetes version',
    defaultSeverity: 'error',
    helpUri: DEPRECATION_GUIDE,
  },
  {
    id: 'api-not-yet-served',
    description: 'The apiVersion and kind are newer than the target Kubernetes version',
    defaultSeverity: 'error',
    helpUri: DEPRECATION_GUIDE,
  },
  {
    id: 'deprecated-api',
    description: 'The apiVersion and kind are deprecated in the target Kubernetes version',
    defaultSeverity: 'warning',
    helpUri: DEPRECATION_GUIDE,
  },
  kubeLinter('dangling-service', 'A Service selector matches no pod template'),
  kubeLinter('dangling-hpa', 'A HorizontalPodAutoscaler scale target does not exist'),
  kubeLinter('non-isolated-pod', 'No NetworkPolicy selects the pods', ['kubernetes', 'security']),
  kubeLinter('non-existent-service-account', 'The pods use a ServiceAccount that is not rendered'),
  {
    id: 'pdb-blocks-eviction',
    description: 'A PodDisruptionBudget allows no eviction, so node drains block',
    defaultSeverity: 'error',
  },
  {
    id: 'missing-config-ref',
    description:
      'A ConfigMap or Secret (or key) referenced by pods is neither rendered nor produced by an ExternalSecret',
    defaultSeverity: 'error',
  },
  {
    id: 'externalsecret-store-missing',
    description: 'An ExternalSecret references a SecretStore or ClusterSecretStore that is not rendered',
    defaultSeverity: 'error',
  },
  {
    id: 'istio-host-unknown',
    description: 'A VirtualService or DestinationRule host has no Service',
    defaultSeverity: 'error',
  },
  {
    id: 'servicemonitor-selects-nothing',
    description: 'A ServiceMonitor selector matches no Service',
    defaultSeverity: 'warning',
  },
  {
    id: 'hpa-replicas-conflict',
    description: 'A Deployment scaled by an HPA also sets replicas, which Argo CD would keep resetting',
    defaultSeverity: 'warning',
  },
  { id: 'hpa-min-above-max', description: 'An HPA has minReplicas above maxReplicas', defaultSeverity: 'error' },
  {
    id: 'duplicate-resource-across-apps',
    description: 'Two Argo CD Applications render the same resource',
    defaultSeverity: 'error',
  },
  {
    id: 'argocd-app-path-missing',
    description: 'An Argo CD Application source path does not exist in the repository',
    defaultSeverity: 'error',
  },
  {
    id: 'argocd-destination-not-permitted',
    description: 'An Argo CD Application destination is not permitted by its AppProject',
    defaultSeverity: 'error',
  },
]

/** {@link BUILTIN_RULE_LIST} by id. */
export const BUILTIN_RULES: Readonly<Record<string, RuleMetadata>> = Object.fromEntries(
  BUILTIN_RULE_LIST.map((rule) => [rule.id, rule]),
)

/**
 * Looks up a rule: `extra` (e.g. policy metadata) wins over the built-ins; an unknown id
 * gets a generic description so every SARIF rule still has a `shortDescription`.
 */
export function ruleMetadata(id: string, extra?: Readonly<Record<string, RuleMetadata>>): RuleMetadata {
  return extra?.[id] ?? BUILTIN_RULES[id] ?? { id, description: `Slipway rule ${id}` }
}
