// Entry of the `plan` action; bundled by esbuild to dist/actions/plan/index.js. Glue only:
// inputs in, the core's runPlanAction, the step's failure out.
import * as core from '@actions/core'
import { installSignalCleanup } from '../../src/cli/signals.js'
import { errorMessage } from '../../src/errors.js'
import { getRunContext, runPlanAction } from '../../src/plan/action.js'
import { getInputs } from './inputs.js'

/** The action's entrypoint: the one place that calls `core.setFailed`. */
export async function run(): Promise<void> {
  try {
    const result = await runPlanAction(getInputs(), getRunContext())
    if (result.failed) core.setFailed('an environment failed to render; see the plan for the message')
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

// A cancelled run (SIGINT, then SIGTERM) removes the plan's worktrees and temp dirs first.
installSignalCleanup((code) => process.exit(code))
await run()
