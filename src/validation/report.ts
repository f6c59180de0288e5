import type { Finding } from '../findings/finding.js'
import type { ShardInfo } from './shard.js'

/** Per-environment line of a {@link ValidationReport}. */
export interface EnvironmentSummary {
  name: string
  /** Repository-relative Kustomize root or YAML path. */
  path: string
  /** Resources rendered. */
  resources: number
  /** Wall time of the render, milliseconds. */
  renderMs: number
  /** Target Kubernetes minor version, `X.Y`. */
  kubernetesVersion: string
  /** Which schema source validated how many resources, e.g. `{"builtin:Kubernetes 1.33 schemas": 40, "crd:widgets.example.com": 3}`. */
  schemaSources?: Record<string, number>
}

/**
 * The result of `slipway validate` — the JSON contract (`--format json`) users and later
 * tools rely on. Every reporter renders this same object.
 */
export interface ValidationReport {
  summary: {
    environments: number
    resources: number
    errors: number
    warnings: number
    /** Wall time of the whole run, milliseconds. */
    durationMs: number
  }
  environments: EnvironmentSummary[]
  findings: Finding[]
  /** What the run could not do fully, in words (e.g. findings whose source line could not be determined); absent when none. */
  notes?: string[]
  /** Set by a `--shard I/N` run: which shard, and every environment of the run in order (for `merge-reports`). */
  shard?: ShardInfo
}
