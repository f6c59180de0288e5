/**
 * The job summary (`$GITHUB_STEP_SUMMARY`), written through `@actions/core`.
 */
import * as core from '@actions/core'

/** GitHub truncates a step summary above 1 MiB; keep well below. */
export const SUMMARY_MAX_CHARS = 1_000_000

/**
 * Appends markdown to the job summary. Does nothing outside GitHub Actions (no
 * `GITHUB_STEP_SUMMARY`), so the CLI and tests can call it freely.
 *
 * @returns true when written.
 */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false
  await core.summary.addRaw(markdown, true).write()
  return true
}
