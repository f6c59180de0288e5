/**
 * The component swap in the secondary overlay: `components:` names the standby component
 * while the primary serves traffic and the active one after a failover.
 *
 * The edit replaces the one list entry's text in place, so every other byte of the
 * kustomization (comments, order, quoting, layout) stays as it was and a swap followed by
 * the reverse swap gives back the original file.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join, posix, relative, resolve } from 'node:path'
import { isScalar, isSeq, parseDocument } from 'yaml'
import { ConfigError } from '../errors.js'
import type { FailoverConfig } from '../config/sections/failover.js'
import type { ActiveSide } from './model.js'

/** File names Kustomize looks for, in its order (kustomize `konfig.RecognizedKustomizationFileNames`). */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']

/** The kustomization file of an overlay directory. @throws {ConfigError} when there is none. */
export async function kustomizationFile(dir: string): Promise<string> {
  for (const name of KUSTOMIZATION_FILES) {
    const file = join(dir, name)
    if (await readFile(file).then(() => true, () => false)) return file
  }
  throw new ConfigError(`no kustomization.yaml in ${dir}`)
}

interface ComponentEntry {
  value: string
  /** Offsets of the scalar in the file text. */
  start: number
  end: number
}

async function components(file: string): Promise<{ text: string; entries: ComponentEntry[] }> {
  const text = await readFile(file, 'utf8')
  const document = parseDocument(text, { keepSourceTokens: true })
  if (document.errors.length > 0) throw new ConfigError(document.errors[0]!.message.split('\n')[0]!, file)
  const list = document.get('components', true)
  const entries: ComponentEntry[] = []
  if (isSeq(list)) {
    for (const item of list.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.range) entries.push({ value: item.value, start: item.range[0], end: item.range[1] })
    }
  }
  return { text, entries }
}

/**
 * Which side the secondary overlay says is active: `secondary` when its `components:` name
 * the active component, `primary` when they name the standby one.
 *
 * @param overlayDir absolute directory of the secondary overlay in `repoRoot`.
 * @throws {ConfigError} naming the file when it names both or neither.
 */
export async function activeSide(repoRoot: string, overlayDir: string, failover: FailoverConfig): Promise<ActiveSide> {
  const file = await kustomizationFile(overlayDir)
  const { entries } = await components(file)
  const names = entries.map((entry) => resolve(overlayDir, entry.value))
  const standby = names.includes(resolve(repoRoot, failover.components.standby))
  const active = names.includes(resolve(repoRoot, failover.components.active))
  const shown = relative(repoRoot, file)
  if (standby && active) throw new ConfigError(`components name both ${failover.components.standby} and ${failover.components.active}; exactly one of them belongs in the secondary overlay`, shown)
  if (!standby && !active) throw new ConfigError(`components name neither ${failover.components.standby} (failover.components.standby) nor ${failover.components.active} (failover.components.active)`, shown)
  return active ? 'secondary' : 'primary'
}

/**
 * Replaces the component `from` by `to` (both repository-relative directories) in the
 * overlay's `components:`, writing the new path relative to the overlay as the other
 * entries are (`../../components/dr-active`).
 *
 * @returns the repository-relative kustomization file changed, or undefined when `from` is not listed.
 * @throws {ConfigError} when the kustomization cannot be read or parsed.
 */
export async function swapComponent(repoRoot: string, overlayDir: string, from: string, to: string): Promise<string | undefined> {
  const file = await kustomizationFile(overlayDir)
  const { text, entries } = await components(file)
  const entry = entries.find((candidate) => resolve(overlayDir, candidate.value) === resolve(repoRoot, from))
  if (!entry) return undefined
  const replacement = posix.normalize(relative(overlayDir, resolve(repoRoot, to)).split('\\').join('/'))
  const raw = text.slice(entry.start, entry.end)
  // Keep the entry's quoting: replace the path inside the scalar's own text.
  const written = raw.includes(entry.value) ? raw.replace(entry.value, replacement) : replacement
  await writeFile(file, text.slice(0, entry.start) + written + text.slice(entry.end))
  return relative(repoRoot, file).split('\\').join('/')
}
