// Entry of the `failover` action; bundled by esbuild to dist/actions/failover/index.js. Glue only.
import * as core from '@actions/core'
import { loadConfig } from '../../src/config/index.js'
import { errorMessage, UsageError } from '../../src/errors.js'
import { renderResultMarkdown, renderResultText } from '../../src/failover/report.js'
import { runFailover } from '../../src/failover/run.js'
import { writeJobSummary } from '../../src/github/summary.js'
import { getInputs } from './inputs.js'

/** Runs the action: one top-level catch, `core.setFailed` only here. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd()
    let to = inputs.to
    if (!to) {
      const { failover } = await loadConfig(repoRoot, inputs.config)
      if (!failover) throw new UsageError('slipway.yaml has no failover: section; set the to input or add one')
      to = inputs.direction === 'failover' ? failover.secondary.environment : failover.primary.environment
    }
    const result = await core.group(`${inputs.direction} to ${to}`, () =>
      runFailover({
        cwd: repoRoot,
        direction: inputs.direction,
        to: to!,
        mode: inputs.dryRun ? 'dry-run' : 'push',
        verifyImages: inputs.verifyImages,
        onProgress: (line) => core.info(line),
        ...(inputs.reason ? { reason: inputs.reason } : {}),
        ...(inputs.config ? { configFile: inputs.config } : {}),
        ...(inputs.wait && !inputs.dryRun ? { wait: {} } : {}),
      }),
    )
    core.info(renderResultText(result))
    core.setOutput('outcome', result.outcome)
    core.setOutput('commit', result.commit ?? '')
    await writeJobSummary(renderResultMarkdown(result))
    if (result.outcome === 'refused') {
      const failed = result.preflight
        .filter((check) => check.status === 'fail' && check.blocking)
        .map((check) => check.name)
      core.setFailed(`${inputs.direction} to ${to} refused by preflight: ${failed.join(', ')}`)
    } else if (result.rollout && result.rollout.outcome !== 'healthy') {
      core.setFailed(`${to} did not become Healthy after the ${inputs.direction}: ${result.rollout.outcome}`)
    }
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

await run()
