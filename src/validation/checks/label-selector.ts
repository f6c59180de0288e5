import { isRecord } from './workloads.js'

/** A Kubernetes LabelSelector (`matchLabels` and `matchExpressions`, ANDed). */
export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: Array<{
    key: string
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | string
    values?: string[]
  }>
}

/**
 * Tests labels against a LabelSelector, with the API server's semantics
 * (k8s.io/apimachinery `pkg/apis/meta/v1/helpers.go` LabelSelectorAsSelector): requirements
 * are ANDed; an empty selector `{}` matches everything; `In`/`NotIn` compare against
 * `values`; an unknown operator matches nothing.
 *
 * @param selector the selector; undefined or null matches nothing (as a missing selector on a NetworkPolicy would not exist).
 */
export function matchesLabelSelector(selector: unknown, labels: Record<string, string>): boolean {
  if (!isRecord(selector)) return false
  const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {}
  for (const [key, value] of Object.entries(matchLabels)) if (labels[key] !== String(value)) return false
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []
  for (const expression of expressions) {
    if (!isRecord(expression)) return false
    const key = String(expression.key)
    const values = Array.isArray(expression.values) ? expression.values.map(String) : []
    const has = Object.prototype.hasOwnProperty.call(labels, key)
    switch (expression.operator) {
      case 'In':
        if (!has || !values.includes(labels[key] as string)) return false
        break
      case 'NotIn':
        if (has && values.includes(labels[key] as string)) return false
        break
      case 'Exists':
        if (!has) return false
        break
      case 'DoesNotExist':
        if (has) return false
        break
      default:
        return false
    }
  }
  return true
}

/**
 * Tests labels against an equality-based selector map (a Service's `spec.selector`, a
 * ReplicationController's selector). An empty map matches nothing here, because a Service
 * with an empty selector selects no pods (its Endpoints are managed by hand).
 */
export function matchesSelectorMap(selector: unknown, labels: Record<string, string>): boolean {
  if (!isRecord(selector)) return false
  const entries = Object.entries(selector)
  if (entries.length === 0) return false
  return entries.every(([key, value]) => labels[key] === String(value))
}
