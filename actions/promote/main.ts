// Entry of the `promote` action; bundled by esbuild to dist/actions/promote/index.js. Glue only.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { formatResource, waitForRollout } from '../../src/argocd/index.js'
import { loadConfig } from '../../src/config/index.js'
import { errorMessage } from '../../src/errors.js'
import { createGitHubClient } from '../../src/github/comment.js'
import { fenced, text as markdownText } from '../../src/github/markdown.js'
import { writeJobSummary } from '../../src/github/summary.js'
import { resolvePromotionConfig } from '../../src/promotion/config.js'
import { formatPromotion } from '../../src/promotion/format.js'
import { promote, type ReleaseSource } from '../../src/promotion/promote.js'
import { openPullRequest } from '../../src/promotion/pull-request.js'
import { parseReleaseName } from '../../src/promotion/release.js'
import { getInputs } from './inputs.js'

/** Runs the action: one top-level catch, `core.setFailed` only here. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const config = await loadConfig(repoRoot, inputs.config)
    const promotion = resolvePromotionConfig(config)
    let source: ReleaseSource
    if (inputs.release) source = { kind: 'release', name: parseReleaseName(inputs.release, 'release') }
    else if (inputs.from) source = { kind: 'from', environment: inputs.from }
    else if (inputs.images) {
      // The publish job's output is JSON text; a path is accepted too.
      let file = resolve(repoRoot, inputs.images)
      if (inputs.images.trimStart().startsWith('{')) {
        file = join(await mkdtemp(join(tmpdir(), 'slipway-promote-')), 'images.json')
        await writeFile(file, inputs.images)
      }
      source = { kind: 'images', file, shownAs: 'images' }
    } else source = { kind: 'newest-eligible' }
    const repository = process.env.GITHUB_REPOSITORY
    const result = await core.group(`Promote to ${inputs.to}`, () =>
      promote({
        repoRoot,
        config,
        to: inputs.to,
        source,
        mode: inputs.mode,
        nowMs: Date.now(),
        verifyImages: inputs.verifyImages,
        emergency: inputs.emergency,
        automatic: inputs.automatic,
        ...(inputs.reason ? { reason: inputs.reason } : {}),
        ...(promotion.mode === 'pull-request' && inputs.githubToken && repository
          ? {
              openPullRequest: (request) =>
                openPullRequest(createGitHubClient(inputs.githubToken!), repository, request),
            }
          : {}),
        onProgress: (line) => core.info(line),
      }),
    )
    const text = formatPromotion(result)
    core.info(text)
    core.setOutput('status', result.status)
    core.setOutput('release', result.release)
    core.setOutput('commit', result.commit ?? '')
    // The text holds commit messages and reasons: a fence longer than any backtick run in it.
    let summary = `### Slipway promote: ${result.status}\n\n${fenced(text.replace(/\n$/, ''))}\n`
    if (result.status === 'refused') {
      await writeJobSummary(summary)
      core.setFailed(
        `promotion of ${result.release} to ${result.environment} refused: ${result.gates
          .filter((g) => g.status === 'fail')
          .map((g) => g.message)
          .join('; ')}`,
      )
      return
    }
    if (inputs.wait && result.status === 'pushed' && result.commit) {
      const application = promotion.environments[result.environment]?.application ?? result.environment
      const rollout = await core.group(`Wait for ${application}`, () =>
        waitForRollout({
          application,
          revision: result.commit!,
          timeoutMs: inputs.waitTimeoutMs,
          pollMs: 10_000,
          onPoll: (s) =>
            core.info(`${application}: ${s.sync.status} at ${s.sync.revision?.slice(0, 7) ?? '?'}, ${s.health.status}`),
        }),
      )
      core.setOutput('rollout', rollout.outcome)
      summary += `\nRollout of ${markdownText(application)}: **${rollout.outcome}**\n${rollout.unhealthy.map((r) => `- ${markdownText(formatResource(r))}`).join('\n')}\n`
      if (rollout.outcome !== 'healthy') {
        await writeJobSummary(summary)
        core.setFailed(
          `${application} did not become Healthy at ${result.commit.slice(0, 7)}: ${rollout.outcome}${rollout.unhealthy.length ? ` (${rollout.unhealthy.map(formatResource).join('; ')})` : ''}`,
        )
        return
      }
    }
    await writeJobSummary(summary)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

await run()
