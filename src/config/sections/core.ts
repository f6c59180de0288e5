/**
 * The top-level settings of `slipway.yaml` that every command shares: the target
 * Kubernetes version, where Argo CD Applications are found, how kustomize runs, and the
 * environments. Schema and types only.
 */

import { AWS_REGION_PATTERN } from './region.js'

/** Per-environment settings in `slipway.yaml`. */
export interface EnvironmentConfig {
  /** Repository-relative Kustomize root, for environments not declared by an Argo CD Application. */
  path?: string
  kubernetesVersion?: string
  /** Marks a production environment (policies and plan risks treat it as such). Default: `plan.production`, else the name contains `prod`. */
  production?: boolean
  /**
   * AWS region of the environment's cluster, e.g. `us-east-1`. When the environment is a
   * side of `failover:`, that side's `region` must agree with it.
   */
  region?: string
  /** Merged over the top-level `vars` for this environment's policies. */
  vars?: Record<string, unknown>
}

/** Where Argo CD Applications and ApplicationSets are looked for. */
export interface ArgoCdConfig {
  /** Repository-relative directories searched. Default: the whole repository. */
  paths?: string[]
  /** Repository URLs that mean "this repository"; Applications pointing elsewhere are not rendered. Default: any. */
  repoURLs?: string[]
}

/** How kustomize runs. In `plan`, only the base revision's `render:` is used (see the README's trust model). */
export interface RenderConfig {
  /** The kustomize program: `kustomize`, `kubectl` (as `kubectl kustomize`) or a path. */
  kustomize?: string
  /** Per-build timeout in seconds. Default 60. */
  timeoutSeconds?: number
  /** Passes `--enable-helm` to kustomize. Default false. */
  enableHelm?: boolean
  /** Builds run at once. Default: the number of CPUs. */
  concurrency?: number
}

/** A Kubernetes minor version, `X.Y` (a leading `v` and a patch are accepted). */
export const kubernetesVersionSchema = {
  type: 'string',
  pattern: '^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$',
  errorMessage: 'must be a Kubernetes version like "1.33"',
} as const

/** JSON Schema fragments of the top-level keys, merged into the config schema. */
export const coreProperties = {
  kubernetesVersion: kubernetesVersionSchema,
  argocd: {
    type: 'object',
    additionalProperties: false,
    properties: {
      paths: { type: 'array', items: { type: 'string', minLength: 1 } },
      repoURLs: { type: 'array', items: { type: 'string', minLength: 1 } },
    },
  },
  render: {
    type: 'object',
    additionalProperties: false,
    properties: {
      kustomize: { type: 'string', minLength: 1 },
      timeoutSeconds: { type: 'number', exclusiveMinimum: 0, maximum: 3600 },
      enableHelm: { type: 'boolean' },
      concurrency: { type: 'integer', minimum: 1, maximum: 64 },
    },
  },
  environments: {
    type: 'object',
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      properties: {
        path: { type: 'string', minLength: 1 },
        kubernetesVersion: kubernetesVersionSchema,
        production: { type: 'boolean' },
        region: {
          type: 'string',
          pattern: AWS_REGION_PATTERN,
          errorMessage: 'must be an AWS region like "us-east-1"',
        },
        vars: { type: 'object' },
      },
    },
  },
  vars: { type: 'object' },
} as const
