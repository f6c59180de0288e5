/**
 * Failover and failback as data: the preflight checks, the checklist of steps outside Git
 * and the result of a run. The CLI, the action and `dr status` render these same shapes.
 */
import type { RolloutResult } from '../argocd/index.js'
import type { Plan } from '../plan/model.js'

/** `failover` moves the platform to the secondary; `failback` moves it back to the primary. */
export type Direction = 'failover' | 'failback'

/** Which side of the pair serves traffic, read from the secondary overlay's components. */
export type ActiveSide = 'primary' | 'secondary'

/**
 * One named preflight check. A failing check with `blocking: true` refuses the change;
 * `blocking: false` is a warning (printed, never refusing).
 */
export interface PreflightCheck {
  /** Stable id, e.g. `digest-parity`, `images-in-dr-region`. */
  name: string
  status: 'pass' | 'fail'
  /** What was looked at, one line each; on failure, the service or resource at fault first. */
  evidence: string[]
  blocking: boolean
}

/** A step of the runbook outside Git (database promotion, DNS verification, …). */
export interface ChecklistStep {
  /** What to do, imperative. */
  step: string
  /** Time allowed for this step, milliseconds. */
  budgetMs: number
}

/** The checklist against the recovery time objective. */
export interface Checklist {
  /** `failover.rto`, milliseconds. */
  rtoMs: number
  /** `failover.rpo`, milliseconds, when configured. */
  rpoMs?: number
  steps: ChecklistStep[]
  /** Sum of the step budgets, milliseconds; over `rtoMs` means the plan cannot meet the RTO. */
  totalMs: number
}

/** What a run did. */
export type FailoverOutcome =
  /** Dry run: nothing written. */
  | 'planned'
  | 'committed'
  | 'pushed'
  /** The target already serves traffic: nothing to do. */
  | 'no-op'
  /** A blocking preflight check failed: nothing written. */
  | 'refused'

/** The result of {@link runFailover}: the `--format json` contract of `slipway failover|failback`. */
export interface FailoverResult {
  direction: Direction
  /** The environment that serves traffic afterwards (`--to`). */
  to: string
  primary: string
  secondary: string
  /** Which side was active before the run. */
  activeBefore: ActiveSide
  outcome: FailoverOutcome
  preflight: PreflightCheck[]
  /** The plan diff of both overlays (absent for a no-op or refusal before planning). */
  plan?: Plan
  checklist: Checklist
  /** Repository-relative files the change writes. */
  files: string[]
  /** The commit made or pushed. */
  commit?: string
  /** Push attempts, with `--push`. */
  attempts?: number
  /** Trailers recorded on the commit. */
  trailers?: Record<string, string>
  /** With `--wait`: the rollout of the target's Application and the time from commit to Healthy. */
  rollout?: RolloutResult & { commitToHealthyMs?: number; withinRto?: boolean }
}

/** The result of {@link drStatus}: the `--format json` contract of `slipway dr status`. */
export interface DrStatus {
  primary: { environment: string; region: string }
  secondary: { environment: string; region: string }
  active: ActiveSide
  /** Digest per service on each side, and whether they match. */
  parity: Array<{ service: string; primary?: string; secondary?: string; equal: boolean }>
  /** The failover preflight, run against the secondary as it would be after a failover. */
  preflight: PreflightCheck[]
  /** No blocking check fails. */
  ready: boolean
  checklist: Checklist
}
