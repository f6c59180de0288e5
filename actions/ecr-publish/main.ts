// Entry of the `ecr-publish` composite action; bundled by esbuild to
// dist/actions/ecr-publish/index.js. Each bash step of action.yml runs it with one phase:
// `region` (Resolve AWS region) or `publish` (Build and push). Glue only.
import * as core from '@actions/core'
import { loadConfig } from '../../src/config/index.js'
import { requireEcrConfig, resolveEcrRegion } from '../../src/ecr/config.js'
import { describePublished } from '../../src/ecr/publish.js'
import { publishRelease } from '../../src/ecr/publish-release.js'
import { errorMessage } from '../../src/errors.js'
import { getPhase, getPublishInputs, getRegionInputs } from './inputs.js'

/** Runs the phase named by the first argument: one top-level catch, `core.setFailed` only here. */
export async function run(): Promise<void> {
  try {
    const phase = getPhase()
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd()
    if (phase === 'region') {
      const inputs = getRegionInputs()
      const region = await resolveEcrRegion(inputs.awsRegion, 'aws-region', () => loadConfig(repoRoot, inputs.config))
      core.setOutput('region', region)
      return
    }
    const inputs = getPublishInputs()
    const config = requireEcrConfig(await loadConfig(repoRoot, inputs.config))
    const images = await publishRelease({
      repoRoot,
      config,
      registry: inputs.registry,
      tag: inputs.tag,
      services: inputs.services,
      builder: inputs.builder,
      onPublished: (service, image, detail) => core.info(describePublished(service, image, detail)),
    })
    core.setOutput('images', JSON.stringify(images))
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

await run()
