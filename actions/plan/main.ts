// Entry of the `plan` action; bundled by esbuild to dist/actions/plan/index.js.
import { installSignalCleanup } from '../../src/cli/signals.js'
import { run } from '../../src/plan/action.js'

// A cancelled run (SIGINT, then SIGTERM) removes the plan's worktrees and temp dirs first.
installSignalCleanup((code) => process.exit(code))
await run()
