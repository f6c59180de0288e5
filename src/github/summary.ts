/**
 * The one job-summary writer (`$GITHUB_STEP_SUMMARY`), for the actions and for the CLI
 * running inside a workflow step. It appends, as `core.summary.write()` does
 * (actions/toolkit `packages/core/src/summary.ts`), so several steps and several writes of
 * one step add up.
 */
import { appendFile } from 'node:fs/promises'

/**
 * Bytes a step summary may hold; the runner rejects a larger `GITHUB_STEP_SUMMARY` whole
 * ("supports content up to a size of 1024k", GitHub docs "Adding a job summary"). We stay a
 * little below it.
 */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4 * 1024

/**
 * Characters a rendered plan may take in the summary: below {@link STEP_SUMMARY_LIMIT_BYTES}
 * for text that is mostly ASCII; the plan's renderer truncates to it.
 */
export const SUMMARY_MAX_CHARS = 1_000_000

/**
 * Appends markdown to the job summary, ending it with a newline. Does nothing outside
 * GitHub Actions (no `GITHUB_STEP_SUMMARY`), so the CLI and tests can call it freely.
 *
 * @param file the summary file; default `process.env.GITHUB_STEP_SUMMARY`.
 * @returns true when written, false when there is no summary file.
 * @throws the file system error when the file cannot be written.
 */
export async function writeJobSummary(
  markdown: string,
  file: string | undefined = process.env.GITHUB_STEP_SUMMARY,
): Promise<boolean> {
  if (!file) return false
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8')
  return true
}
