import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, vi } from 'vitest'

/**
 * Sets an action's inputs as the runner does (`INPUT_<NAME>`, upper-cased), after removing
 * every `INPUT_*` variable a previous case left.
 */
export function setInputs(values: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name]
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value
}

/** The step outputs written to a `$GITHUB_OUTPUT` file (`name<<DELIMITER` blocks, as `core.setOutput` writes them). */
export function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of readFileSync(file, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1]!] = match[3]!
  return outputs
}

/**
 * Captures what the step writes to standard output (annotations, log lines) until
 * `vi.restoreAllMocks()`.
 *
 * @returns a function giving everything written so far.
 */
export function captureStdout(): () => string {
  let written = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk)
    return true
  })
  return () => written
}

/**
 * The files and streams of one action step, fresh for every test of the file: empties
 * `$GITHUB_OUTPUT` and `$GITHUB_STEP_SUMMARY` and captures standard output before each test;
 * after it, restores the mocks and clears the exit code `core.setFailed` set (so that it does
 * not fail the test worker).
 *
 * @returns what the step wrote to standard output in the current test, and its outputs.
 */
export function actionStep(
  outputFile: string,
  summaryFile: string,
): { stdout(): string; outputs(): Record<string, string> } {
  let written = () => ''
  beforeEach(() => {
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    written = captureStdout()
  })
  afterEach(() => {
    vi.restoreAllMocks()
    process.exitCode = undefined
  })
  return { stdout: () => written(), outputs: () => readOutputs(outputFile) }
}
