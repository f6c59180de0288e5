/**
 * The failover edit itself, applied to any checkout of the repository (the user's, a
 * scratch worktree, the fresh tip of a rejected push).
 */
import { join } from 'node:path'
import type { FailoverConfig } from '../config/sections/failover.js'
import type { Direction } from './model.js'
import { activeSide, swapComponent } from './swap.js'

/**
 * Swaps the components of the secondary overlay in `dir`: on failover the standby
 * component becomes the active one, on failback the reverse. Traffic moves with it, since
 * the components carry the secondary's Route 53 weight.
 *
 * @param dir absolute root of a checkout.
 * @param secondaryPath repository-relative directory of the secondary overlay.
 * @returns the repository-relative files written; `[]` when `dir` is already in that state.
 * @throws {ConfigError} when the overlay names neither (or both) components.
 */
export async function applyEdit(
  dir: string,
  direction: Direction,
  failover: FailoverConfig,
  secondaryPath: string,
): Promise<string[]> {
  const overlay = join(dir, secondaryPath)
  const active = await activeSide(dir, overlay, failover)
  if ((direction === 'failover') === (active === 'secondary')) return []
  const [from, to] =
    direction === 'failover'
      ? [failover.components.standby, failover.components.active]
      : [failover.components.active, failover.components.standby]
  const file = await swapComponent(dir, overlay, from, to)
  return file ? [file] : []
}
