import type { Finding } from '../../src/findings/finding.js'
import type { ValidationReport } from '../../src/validation/report.js'

/** A Deployment in the trading namespace, the resource most fixtures point at. */
export const apiGateway = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'trading', name: 'api-gateway' }

/** Builds a report whose summary counts agree with its findings. */
export function reportOf(findings: Finding[], overrides: Partial<ValidationReport> = {}): ValidationReport {
  const environments = overrides.environments ?? [
    { name: 'staging', path: 'manifests/overlays/staging', resources: 42, renderMs: 850, kubernetesVersion: '1.31' },
    {
      name: 'production',
      path: 'manifests/overlays/production',
      resources: 44,
      renderMs: 1234,
      kubernetesVersion: '1.31',
    },
  ]
  return {
    summary: {
      environments: environments.length,
      resources: environments.reduce((sum, env) => sum + env.resources, 0),
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
      durationMs: 1900,
    },
    environments,
    findings,
    ...(overrides.summary ? { summary: overrides.summary } : {}),
  }
}

/** A mix that exercises every reporter branch: exact, approximate and missing locations, a multi-line message, a cluster-scoped resource. */
export const mixedFindings: Finding[] = [
  {
    severity: 'error',
    rule: 'schema',
    message: 'unknown field "replica"',
    environment: 'staging',
    resource: apiGateway,
    path: '/spec/replica',
    file: 'manifests/overlays/staging/patches/api-gateway.yaml',
    line: 7,
    column: 3,
  },
  {
    severity: 'warning',
    rule: 'deprecated-api',
    message: 'autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated; use autoscaling/v2',
    environment: 'staging',
    resource: {
      apiVersion: 'autoscaling/v2beta2',
      kind: 'HorizontalPodAutoscaler',
      namespace: 'trading',
      name: 'api-gateway',
    },
    file: 'manifests/base/api-gateway/hpa.yaml',
    line: 1,
    column: 1,
    locationApproximate: true,
  },
  {
    severity: 'error',
    rule: 'schema',
    message: 'must be integer',
    environment: 'staging',
    resource: apiGateway,
    path: '/spec/template/spec/containers/0/ports/0/containerPort',
  },
  {
    severity: 'error',
    rule: 'render',
    message: 'kustomize build failed:\nError: accumulating resources: missing.yaml: no such file',
    environment: 'broken',
  },
  {
    severity: 'warning',
    rule: 'no-schema',
    message: 'no schema for example.com/v1 Widget',
    environment: 'staging',
    resource: { apiVersion: 'example.com/v1', kind: 'Widget', name: 'w' },
  },
]
