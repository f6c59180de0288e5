/**
 * Milliseconds on the process's monotonic clock (`process.hrtime`), for durations such as
 * `renderMs` and `durationMs`. The first `performance.now()` of a process loads Node's
 * `perf_hooks` (about 2 ms, measured on Node 24), which the validate command would pay
 * before its first Kustomize build (issue 13).
 *
 * @returns a time in ms (fractional), meaningful only as a difference between two calls.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}
