#!/usr/bin/env node
/**
 * The `slipway` command-line entrypoint (bundled to dist/cli.js). Glue only: every command
 * lives in its domain's `src/cli/*.ts` and calls the core library.
 */
import { runCli } from './cli/main.js'
import { registerValidateCommand } from './cli/validate.js'

const code = await runCli(process.argv.slice(2), [registerValidateCommand])
process.exitCode = code
