#!/usr/bin/env node
/**
 * The `slipway` command-line entrypoint (bundled to dist/cli.js). Glue only: every command
 * lives in its domain's `src/cli/*.ts` and calls the core library.
 */
import { registerDrCommands } from './cli/dr.js'
import { registerEcrCommands } from './cli/ecr.js'
import { registerFailoverCommands } from './cli/failover.js'
import { runCli } from './cli/main.js'
import { registerPlanCommand } from './cli/plan.js'
import { registerSchemasCommands } from './cli/schemas.js'
import { registerValidateCommand } from './cli/validate.js'

const code = await runCli(process.argv.slice(2), [registerValidateCommand, registerPlanCommand, registerSchemasCommands, registerEcrCommands, registerFailoverCommands, registerDrCommands])
process.exitCode = code
