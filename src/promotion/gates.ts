/**
 * The promotion gates, as data: `from`, `soak`, `window`, `freeze` (this module), and the
 * `validation` and `images` gates the promotion adds after rendering and asking ECR.
 */
import type { EnvironmentGates, ResolvedPromotionConfig } from './config.js'
import { formatDuration, nextWindowOpening, windowClosing } from './schedule.js'

/** A gate's name. */
export type GateName = 'from' | 'soak' | 'window' | 'freeze' | 'validation' | 'images' | 'rollback'

/** One gate's verdict. */
export interface GateResult {
  gate: GateName
  /** `overridden`: it would refuse, but `--emergency --reason` lets the promotion through. */
  status: 'pass' | 'fail' | 'overridden' | 'skipped'
  /** For people: `soak: 1h12m left (in staging since …)`. */
  message: string
  /** For `soak`, `window` and `freeze` refusals: time until the gate opens, milliseconds. */
  remainingMs?: number
}

/** The images an environment ran from one commit on (a change of its overlay). */
export interface EnvironmentRevision {
  commit: string
  /** Committer date, ms since the epoch. */
  dateMs: number
  /** Service → digest. */
  digests: Record<string, string>
  /** Service → tag. */
  tags: Record<string, string>
  /** The release name: `Slipway-Release` trailer, else the `app.kubernetes.io/version` label, else the common tag. */
  release?: string
  trailers: Record<string, string[]>
  subject: string
}

/** A period in which an environment ran the same digests for the given services. */
export interface Residency {
  /** The commit that put the digests there. */
  commit: string
  startMs: number
  /** Undefined: still running them. */
  endMs?: number
}

/**
 * Where, in an environment's history (oldest first), the given services ran exactly the
 * given digests, each period from the committer date of the commit that put them there to
 * that of the commit that changed any of them.
 */
export function residencies(history: readonly EnvironmentRevision[], digests: Record<string, string>): Residency[] {
  const services = Object.keys(digests)
  const out: Residency[] = []
  let current: Residency | undefined
  for (const revision of history) {
    const same = services.every((service) => revision.digests[service] === digests[service])
    if (same && !current) current = { commit: revision.commit, startMs: revision.dateMs }
    else if (!same && current) {
      out.push({ ...current, endMs: revision.dateMs })
      current = undefined
    }
  }
  if (current) out.push(current)
  return out
}

/** What {@link evaluateGates} needs. */
export interface GateInput {
  config: ResolvedPromotionConfig
  /** The target's gates (absent: an environment without gates). */
  target: EnvironmentGates | undefined
  targetName: string
  release: string
  /** Service → digest being promoted. */
  digests: Record<string, string>
  /** History of the target's `from` environment, oldest first. */
  fromHistory?: readonly EnvironmentRevision[]
  nowMs: number
  emergency?: boolean
  /** This promotion is a rollback (an earlier release): no soak. */
  rollback?: boolean
}

const iso = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/:00\.000Z$/, 'Z')
    .replace(/\.\d{3}Z$/, 'Z')
const short = (sha: string) => sha.slice(0, 7)

/**
 * Evaluates `from`, `soak`, `window` and `freeze` for promoting `digests` to the target.
 * - `from`: the digests ran in `from` at some time (a residency exists);
 * - `soak`: some residency lasted at least `soak` (the current one measured to `nowMs`), so
 *   a release that soaked once stays eligible after a newer one replaced it; a rollback
 *   needs none;
 * - `window`: `nowMs` is inside one of the windows, else the next opening is named;
 * - `freeze`: `nowMs` is inside no freeze of the target, else its reason is named.
 * With `emergency`, failing `soak`, `window` and `freeze` become `overridden`; `from` is not.
 *
 * @returns one result per configured gate, in that order (none for an ungated environment).
 */
export function evaluateGates(input: GateInput): GateResult[] {
  const results: GateResult[] = []
  const { target, nowMs } = input
  const override = (result: GateResult): GateResult =>
    result.status === 'fail' && input.emergency
      ? { ...result, status: 'overridden', message: `${result.message} — overridden by --emergency` }
      : result
  if (target?.from) {
    const found = residencies(input.fromHistory ?? [], input.digests)
    const latest = found.at(-1)
    results.push(
      latest
        ? {
            gate: 'from',
            status: 'pass',
            message: `from: ${input.release} ran in ${target.from} (commit ${short(latest.commit)}, ${iso(latest.startMs)})`,
          }
        : {
            gate: 'from',
            status: 'fail',
            message: `from: ${input.release} (these digests) has not been promoted to ${target.from}`,
          },
    )
    if (target.soakMs !== undefined) {
      if (input.rollback)
        results.push({
          gate: 'soak',
          status: 'skipped',
          message: `soak: not needed for a rollback (${input.release} ran before)`,
        })
      else if (!latest)
        results.push(
          override({
            gate: 'soak',
            status: 'fail',
            message: `soak: ${target.soak} in ${target.from} has not started`,
            remainingMs: target.soakMs,
          }),
        )
      else {
        const lengths = found.map((r) => ({ r, ms: (r.endMs ?? nowMs) - r.startMs }))
        const best = lengths.reduce((a, b) => (b.ms > a.ms ? b : a))
        if (best.ms >= target.soakMs) {
          results.push({
            gate: 'soak',
            status: 'pass',
            message: `soak: ${formatDuration(best.ms)} in ${target.from}${best.r.endMs !== undefined ? ` until ${iso(best.r.endMs)}` : ''} (needs ${target.soak})`,
          })
        } else {
          const current = found.find((r) => r.endMs === undefined)
          const left = target.soakMs - (current ? nowMs - current.startMs : 0)
          results.push(
            override({
              gate: 'soak',
              status: 'fail',
              message: current
                ? `soak: ${formatDuration(left)} left (in ${target.from} since ${iso(current.startMs)}, commit ${short(current.commit)}; needs ${target.soak})`
                : `soak: ${input.release} ran in ${target.from} for ${formatDuration(best.ms)} only and was replaced; needs ${target.soak}`,
              ...(current ? { remainingMs: left } : {}),
            }),
          )
        }
      }
    }
  }
  if (target && target.windows.length > 0) {
    const closes = windowClosing(target.windows, nowMs)
    if (closes !== undefined)
      results.push({
        gate: 'window',
        status: 'pass',
        message: `window: open (${target.windows.map((w) => w.text).join(', ')}) until ${iso(closes)}`,
      })
    else {
      const opens = nextWindowOpening(target.windows, nowMs)
      results.push(
        override({
          gate: 'window',
          status: 'fail',
          message: `window: outside ${target.windows.map((w) => w.text).join(', ')}; next opens ${opens === undefined ? 'never' : `${iso(opens)} (in ${formatDuration(opens - nowMs)})`}`,
          ...(opens !== undefined ? { remainingMs: opens - nowMs } : {}),
        }),
      )
    }
  }
  const freezes = input.config.freeze.filter(
    (f) => (!f.environments || f.environments.includes(input.targetName)) && f.fromMs <= nowMs && nowMs < f.toMs,
  )
  if (freezes.length > 0) {
    const until = Math.max(...freezes.map((f) => f.toMs))
    results.push(
      override({
        gate: 'freeze',
        status: 'fail',
        message: `freeze: ${freezes.map((f) => f.reason).join('; ')} (until ${iso(until)}, ${formatDuration(until - nowMs)} left)`,
        remainingMs: until - nowMs,
      }),
    )
  } else if (input.config.freeze.some((f) => !f.environments || f.environments.includes(input.targetName))) {
    results.push({ gate: 'freeze', status: 'pass', message: 'freeze: none in force' })
  }
  return results
}

/** The gates that refuse (status `fail`). */
export function refusals(gates: readonly GateResult[]): GateResult[] {
  return gates.filter((gate) => gate.status === 'fail')
}
