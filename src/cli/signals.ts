/**
 * What the CLI does on SIGINT/SIGTERM: remove every temporary worktree and directory the
 * run created (`removeAllWorktrees`, `removeAllTempDirs`), then exit with 128 + the signal
 * number — 130 for SIGINT, 143 for SIGTERM, as a shell reports a process killed by it. The
 * core never exits the process; only the entry point passes `exit`.
 */
import { removeAllTempDirs } from '../util/temp.js'

/** Exit codes after a signal: 128 + signal number (POSIX shell convention). */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const

/** Longest wait for cleanup before exiting anyway, in milliseconds. */
export const CLEANUP_TIMEOUT_MS = 15_000

/**
 * Installs the SIGINT/SIGTERM handlers. A second signal during cleanup exits at once.
 *
 * @param exit called with 130/143 once cleanup finished (or timed out); the entry point
 *   passes `process.exit`.
 * @returns a function that removes the handlers.
 */
export function installSignalCleanup(exit: (code: number) => void): () => void {
  let cleaning = false
  const handler = (signal: NodeJS.Signals) => {
    const code = SIGNAL_EXIT_CODES[signal as keyof typeof SIGNAL_EXIT_CODES] ?? 1
    if (cleaning) {
      exit(code)
      return
    }
    cleaning = true
    const timer = setTimeout(() => exit(code), CLEANUP_TIMEOUT_MS)
    void (async () => {
      // Imported when needed: a command that made no worktree never loads the git module
      // (issue 13: start-up); one that did shares this module's registry of worktrees.
      const { removeAllWorktrees } = await import('../git/worktree.js')
      await removeAllWorktrees({ final: true })
      await removeAllTempDirs()
    })().finally(() => {
      clearTimeout(timer)
      exit(code)
    })
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}
