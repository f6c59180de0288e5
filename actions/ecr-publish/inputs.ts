import * as core from '@actions/core'
import { UsageError } from '../../src/errors.js'
import { getEnumInput, getListInput, getOptionalInput } from '../../src/github/actions-io.js'

/** The phases `actions/ecr-publish/action.yml` runs, one per step, named by the step's first argument. */
export const PHASES = ['region', 'publish'] as const

/** Which builder builds the images (`createBuilder` in `src/ecr/builder.ts`). */
export const BUILDERS = ['auto', 'buildx', 'buildah'] as const

/** Inputs of the `region` phase (the step `Resolve AWS region`). */
export interface RegionInputs {
  /** The `aws-region` input; `undefined` means ecr.region of the config. */
  awsRegion?: string
  config?: string
}

/** Inputs of the `publish` phase (the step `Build and push`). */
export interface PublishInputs {
  /** Registry host from the `Log in to Amazon ECR` step, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`. */
  registry: string
  tag?: string
  /** Empty means every service of ecr.services. */
  services: string[]
  config?: string
  builder: (typeof BUILDERS)[number]
}

/**
 * The phase named by the step's first argument (`node …/index.js region`).
 *
 * @throws {UsageError} `Invalid phase "build": expected region or publish`.
 */
export function getPhase(argv: readonly string[] = process.argv.slice(2)): (typeof PHASES)[number] {
  const phase = argv[0] ?? ''
  if ((PHASES as readonly string[]).includes(phase)) return phase as (typeof PHASES)[number]
  throw new UsageError(`Invalid phase ${JSON.stringify(phase)}: expected region or publish`)
}

/**
 * Reads the `region` phase's inputs from `INPUT_AWS-REGION` and `INPUT_CONFIG` (the step
 * passes them through `env:`, since a composite action does not export its inputs).
 */
export function getRegionInputs(): RegionInputs {
  return { awsRegion: getOptionalInput('aws-region'), config: getOptionalInput('config') }
}

/**
 * Reads the `publish` phase's inputs from `INPUT_REGISTRY`, `INPUT_TAG`, `INPUT_SERVICES`,
 * `INPUT_CONFIG` and `INPUT_BUILDER` (after build-push-action `src/context.ts`).
 *
 * @throws {UsageError} when registry is empty (`no registry input: …`), or for a builder
 *   other than auto, buildx or buildah (`Invalid builder "kaniko": expected auto, buildx or buildah`).
 */
export function getPublishInputs(): PublishInputs {
  const registry = core.getInput('registry')
  if (registry === '') throw new UsageError('no registry input: the "Log in to Amazon ECR" step gave no registry host')
  return {
    registry,
    tag: getOptionalInput('tag'),
    services: getListInput('services'),
    config: getOptionalInput('config'),
    builder: getEnumInput('builder', BUILDERS, 'auto'),
  }
}
