/**
 * The component swap in the secondary overlay: `components:` names the standby component
 * while the primary serves traffic and the active one after a failover. Edits go through
 * `src/kustomize` (in place, comments and layout kept), so a swap followed by the reverse
 * swap gives back the original file byte for byte.
 */
import { posix, relative, resolve } from 'node:path'
import type { FailoverConfig } from '../config/sections/failover.js'
import { ConfigError } from '../errors.js'
import { getComponents, replaceComponent } from '../kustomize/components.js'
import { readKustomization, writeKustomization } from '../kustomize/kustomization.js'
import type { ActiveSide } from './model.js'

/**
 * Which side the secondary overlay says is active: `secondary` when its `components:` name
 * the active component, `primary` when they name the standby one.
 *
 * @param repoRoot absolute root of the checkout; `failover.components` are relative to it.
 * @param overlayDir absolute directory of the secondary overlay in that checkout.
 * @throws {ConfigError} naming the file when it names both or neither, or cannot be read.
 */
export async function activeSide(repoRoot: string, overlayDir: string, failover: FailoverConfig): Promise<ActiveSide> {
  const k = await readKustomization(overlayDir)
  const names = getComponents(k).map((entry) => resolve(overlayDir, entry))
  const standby = names.includes(resolve(repoRoot, failover.components.standby))
  const active = names.includes(resolve(repoRoot, failover.components.active))
  const shown = relative(repoRoot, k.path)
  if (standby && active)
    throw new ConfigError(
      `components name both ${failover.components.standby} and ${failover.components.active}; exactly one of them belongs in the secondary overlay`,
      shown,
    )
  if (!standby && !active)
    throw new ConfigError(
      `components name neither ${failover.components.standby} (failover.components.standby) nor ${failover.components.active} (failover.components.active)`,
      shown,
    )
  return active ? 'secondary' : 'primary'
}

/**
 * Replaces the component `from` by `to` (both repository-relative directories) in the
 * overlay's `components:`, writing the new path relative to the overlay as the other
 * entries are (`../../components/dr-active`).
 *
 * @returns the repository-relative kustomization file changed, or undefined when `from` is not listed.
 * @throws {ConfigError} when the kustomization cannot be read, parsed or written.
 */
export async function swapComponent(
  repoRoot: string,
  overlayDir: string,
  from: string,
  to: string,
): Promise<string | undefined> {
  const k = await readKustomization(overlayDir)
  const relativeTo = (path: string) =>
    posix.normalize(relative(overlayDir, resolve(repoRoot, path)).split('\\').join('/'))
  if (!replaceComponent(k, relativeTo(from), relativeTo(to))) return undefined
  await writeKustomization(k)
  return relative(repoRoot, k.path).split('\\').join('/')
}
