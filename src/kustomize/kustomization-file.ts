/**
 * Finding and reading a kustomization file as data: what the dependency-graph walk, the
 * preflight and discovery need before the first build. Editing (the `yaml` Document that
 * keeps comments and layout) is `kustomization.ts`; this module does not load the `yaml`
 * package, so the validate command starts its first Kustomize build without it (issue 13).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../errors.js'
import { loadYaml, YamlLimitError } from '../manifests/yaml-stream.js'

/**
 * Names kustomize accepts for a kustomization file, in the order it looks for them
 * (kustomize `api/konfig/general.go` RecognizedKustomizationFileNames).
 */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const

/**
 * Finds the kustomization file of a directory, trying the names in kustomize's order.
 *
 * @returns the file name (`kustomization.yaml`, `kustomization.yml` or `Kustomization`), or
 *   undefined when the directory has none (or does not exist).
 */
export async function findKustomizationFile(dir: string): Promise<string | undefined> {
  // Synchronous on purpose, here and in readKustomization: a walk makes thousands of these
  // local metadata calls, and each promise-based one costs ~6× the CPU of a sync one (and a
  // thread-pool round trip) — issue 13.
  return KUSTOMIZATION_FILE_NAMES.find((name) => existsSync(join(dir, name)))
}

/**
 * Reads a kustomization file's data only (no Document for editing): what a walk of the
 * dependency graph needs. Parsed with js-yaml's CORE schema within the alias budget
 * ({@link loadYaml}), several times faster than the `yaml` Document that
 * `readKustomization` (`kustomization.ts`) builds — the walk runs before every build (issue 13).
 *
 * @param file the kustomization file (absolute).
 * @returns its mapping; `{}` for an empty file.
 * @throws {ConfigError} naming the file when it cannot be read, is not YAML (with line and
 *   column), or is not a mapping; {@link YamlLimitError} when its aliases exceed the budget.
 */
export function readKustomizationData(file: string): Record<string, unknown> {
  const text = readKustomizationText(file)
  let data: unknown
  try {
    data = loadYaml(text, file)
  } catch (error) {
    if (error instanceof YamlLimitError) throw error
    const mark = (error as { mark?: { line: number; column: number } }).mark
    const reason = (error as { reason?: string }).reason ?? (error as Error).message
    throw new ConfigError(
      `invalid YAML${mark ? ` (line ${mark.line + 1}, column ${mark.column + 1})` : ''}: ${reason}`,
      file,
    )
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ConfigError('a kustomization must be a YAML mapping', file)
  return data as Record<string, unknown>
}

/**
 * A kustomization file's text, for {@link readKustomizationData} and for editing
 * (`readKustomization`).
 *
 * @throws {ConfigError} naming the file when it cannot be read.
 */
export function readKustomizationText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read kustomization: ${(error as Error).message}`, file)
  }
}
