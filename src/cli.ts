#!/usr/bin/env node
/**
 * The `slipway` command-line entrypoint (bundled to dist/cli.js). Glue only: every command
 * lives in its domain's `src/cli/*.ts` and calls the core library.
 */
import { registerEcrCommands } from './cli/ecr.js'
import { runCli } from './cli/main.js'
import { registerPlanCommand } from './cli/plan.js'
import { registerSchemasCommands } from './cli/schemas.js'
import { installSignalCleanup } from './cli/signals.js'
import { registerValidateCommand } from './cli/validate.js'

// SIGINT/SIGTERM: remove temporary worktrees and directories, then exit 130/143. The only process.exit.
installSignalCleanup((code) => process.exit(code))

const code = await runCli(process.argv.slice(2), [registerValidateCommand, registerPlanCommand, registerSchemasCommands, registerEcrCommands])
process.exitCode = code
