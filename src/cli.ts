#!/usr/bin/env node
/**
 * The `slipway` command-line entrypoint (bundled to dist/cli.js). Glue only: every command
 * lives in its domain's `src/cli/*.ts` and calls the core library.
 *
 * Start-up is kept short (issue 13: `--help` ≤ 150 ms): only the module of the command
 * being run is imported. For the top-level help (no command named) each command is listed
 * from {@link COMMANDS} without importing it.
 */
import * as nodeModule from 'node:module'
import { Option } from 'commander'
import type { RegisterCommands } from './cli/command.js'
import { runCli } from './cli/main.js'
import { installSignalCleanup } from './cli/signals.js'

interface CommandEntry {
  /** Arguments as the top-level help lists them, e.g. `[path...]`. */
  args?: string
  /** One line for the top-level help (the command's own description). */
  summary: string
  load: () => Promise<RegisterCommands>
}

/** Every `slipway` command: one line each (a new command registers here). */
const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    args: '[path...]',
    summary:
      'Render every environment as Argo CD would and validate it: strict schemas, removed APIs, policies, cross-resource checks.',
    load: async () => (await import('./cli/validate.js')).registerValidateCommand,
  },
  render: {
    args: '[env...]',
    summary:
      'Print what Argo CD would apply for each environment (YAML streams, or DIR/<env>.yaml with --output). Secret values are redacted unless --show-secrets.',
    load: async () => (await import('./cli/render.js')).registerRenderCommand,
  },
  plan: {
    args: '[paths...]',
    summary:
      'Show what each environment will change between --base and --head (default: the working tree), resource by resource. Secret values are never printed.',
    load: async () => (await import('./cli/plan.js')).registerPlanCommand,
  },
  schemas: {
    summary: 'Build JSON Schema catalogs for strict validation (kubeconform-compatible layouts).',
    load: async () => (await import('./cli/schemas.js')).registerSchemasCommands,
  },
  'merge-reports': {
    args: '<file...>',
    summary:
      'Combine the JSON reports of validate --shard I/N runs into one report (JSON, SARIF, text, or GitHub annotations + job summary).',
    load: async () => (await import('./cli/merge-reports.js')).registerMergeReportsCommand,
  },
  shards: {
    summary:
      'Print the CI job matrix (ci.matrix of slipway.yaml): how many shards validate and plan split into, from the environments. Nothing is rendered.',
    load: async () => (await import('./cli/shards.js')).registerShardsCommand,
  },
  ecr: {
    summary: 'Amazon ECR: repositories, lifecycle policies with an in-use guard, build and push.',
    load: async () => (await import('./cli/ecr.js')).registerEcrCommands,
  },
  promote: {
    summary:
      'Move a release (every service, by digest) into an environment behind its gates, as one commit with Slipway-* trailers.',
    load: async () => (await import('./cli/promote.js')).registerPromoteCommand,
  },
  release: {
    summary: 'Releases across environments: slipway release status.',
    load: async () => (await import('./cli/release.js')).registerReleaseCommands,
  },
  failover: {
    summary:
      'Fail over to the DR environment: preflight, then swap its standby component for the active one (traffic moves in the same commit).',
    load: async () => (await import('./cli/failover.js')).registerFailoverCommands,
  },
  failback: {
    summary: 'Fail back to the primary: restore both overlays to their state before the failover.',
    load: async () => (await import('./cli/failover.js')).registerFailoverCommands,
  },
  dr: {
    summary: 'Disaster recovery readiness: slipway dr status (active side, digest parity, preflight).',
    load: async () => (await import('./cli/dr.js')).registerDrCommands,
  },
}

// V8's code cache for the command modules imported below (Node ≥ 22.1; `os.tmpdir()/node-compile-cache`,
// off with NODE_DISABLE_COMPILE_CACHE=1): a second run skips parsing and compiling the
// bundled JavaScript before its first Kustomize build (issue 13). Looked up on the module
// namespace, so a Node without it still starts.
nodeModule.enableCompileCache?.()

// SLIPWAY_DEBUG=1 prints an error's stack; the bundle is minified, so map it back to src/
// through the linked sourcemaps (dist/**/*.js.map).
if (process.env.SLIPWAY_DEBUG) process.setSourceMapsEnabled(true)

// SIGINT/SIGTERM: remove temporary worktrees and directories, then exit 130/143. The only process.exit.
installSignalCleanup((code) => process.exit(code))

// `slipway render | head`: a reader that closes the pipe early ends the run as SIGPIPE would
// (128 + 13, as a shell reports it), not with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(141)
  throw error
})

const argv = process.argv.slice(2)
const named = argv.find((arg) => !arg.startsWith('-'))
const wanted = named === 'help' ? argv.slice(argv.indexOf('help') + 1).find((arg) => !arg.startsWith('-')) : named
const entry = wanted !== undefined ? COMMANDS[wanted] : undefined
const registrations: RegisterCommands[] = entry
  ? [await entry.load()]
  : Object.entries(COMMANDS).map(([name, { args, summary }]) => (program) => {
      // A listing entry only: running it imports nothing, it is never reached (the command was not named).
      const command = program.command(args ? `${name} ${args}` : name).description(summary)
      if (args) command.addOption(new Option('--options').hideHelp())
    })
process.exitCode = await runCli(argv, registrations)
