/**
 * Per-environment progress of `slipway validate` and `slipway plan`, on stderr (stdout holds
 * the report). Three modes:
 *
 * - a terminal (stderr is a TTY and `CI` is not `true`): one status line rewritten in place,
 *   `rendered 3/9 · team-00-dev (1.2 s)`, cleared at the end;
 * - CI or a pipe: one line per environment with its time, `slipway: rendered team-00-dev in 1.23 s (80 resources) [3/9]`;
 * - quiet (`--quiet`): nothing.
 *
 * Colour (bold counts) only on a terminal and never when `NO_COLOR` is set (https://no-color.org).
 */

/** One finished render. */
export interface ProgressEvent {
  /** Renders finished so far, this one included. */
  done: number
  /** Renders in the run. */
  total: number
  environment: string
  /** `base` or `head` for plan; absent for validate. */
  side?: 'base' | 'head'
  /** Wall time of the render, milliseconds. */
  renderMs: number
  resources: number
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Where progress goes (stderr). TTY-ness is read from its `isTTY`. */
  stream: NodeJS.WritableStream
  /** Print nothing. */
  quiet?: boolean
  /** Environment variables consulted (`CI`, `NO_COLOR`); default `process.env`. */
  env?: NodeJS.ProcessEnv
}

/** Reports progress; {@link Progress.done} clears a terminal status line. */
export interface Progress {
  readonly mode: 'tty' | 'lines' | 'quiet'
  rendered(event: ProgressEvent): void
  done(): void
}

/** Creates the progress reporter for a stream, choosing the mode as described above. */
export function createProgress(options: ProgressOptions): Progress {
  const env = options.env ?? process.env
  const tty = (options.stream as NodeJS.WriteStream).isTTY === true && env.CI !== 'true'
  const mode = options.quiet ? 'quiet' : tty ? 'tty' : 'lines'
  const color = tty && env.NO_COLOR === undefined
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text)
  let shown = false
  return {
    mode,
    rendered(event) {
      const name = event.side ? `${event.environment} (${event.side})` : event.environment
      if (mode === 'quiet') return
      if (mode === 'lines') {
        options.stream.write(
          `slipway: rendered ${name} in ${(event.renderMs / 1000).toFixed(2)} s (${event.resources} resources) [${event.done}/${event.total}]\n`,
        )
        return
      }
      shown = true
      options.stream.write(
        `\r${bold(`rendered ${event.done}/${event.total}`)} · ${name} (${(event.renderMs / 1000).toFixed(1)} s)\u001b[K`,
      )
    },
    done() {
      if (shown) options.stream.write('\r\u001b[K')
      shown = false
    },
  }
}
