/**
 * The `ecr:` section of `slipway.yaml`: which services have repositories, where, and how
 * they are kept. Schema and type only; `src/ecr/config.ts` holds the helpers that read it.
 */

import { AWS_REGION_PATTERN } from './region.js'

/** One service's image repository and build inputs. */
export interface EcrServiceConfig {
  /** ECR repository name, e.g. `team/payments` (2–256 chars, lowercase, `/._-` separators). */
  repository: string
  /** Repository-relative build context. Default: `.`. */
  context?: string
  /** Dockerfile/Containerfile path relative to the repository root. Default: `<context>/Dockerfile`. */
  dockerfile?: string
  /** Lifecycle policy file for this repository. Default: {@link EcrConfig.lifecyclePolicy}. */
  lifecyclePolicy?: string
  /** Target platforms (`linux/amd64`, `linux/arm64`). Default: the builder's platform. */
  platforms?: string[]
}

/** Repository encryption. `KMS` needs `kmsKey` (key ARN, id or alias). Cannot be changed after creation. */
export interface EcrEncryptionConfig {
  type: 'AES256' | 'KMS'
  kmsKey?: string
}

/** The `ecr:` section of `slipway.yaml`. */
export interface EcrConfig {
  /** Primary region, e.g. `eu-west-1`. */
  region: string
  /** Disaster-recovery region registry replication must cover. */
  drRegion?: string
  /** 12-digit AWS account id of the registry. Default: the caller's account. */
  registryId?: string
  /** Default `{type: AES256}`. */
  encryption?: EcrEncryptionConfig
  /** Cross-region replication; on by default when `drRegion` is set. */
  replication?: {
    enabled?: boolean
    /** Destination regions. Default: `[drRegion]`. */
    regions?: string[]
  }
  /** Repository-relative lifecycle policy file. Default `policies/ecr-lifecycle.json`. */
  lifecyclePolicy?: string
  /** How many previous release tags (`vX.Y.Z`) the in-use guard renders, for rollback. Default 3. */
  rollbackReleases?: number
  /** Services by name; the name keys the publish output. */
  services: Record<string, EcrServiceConfig>
}

/** Default lifecycle policy path. */
export const DEFAULT_LIFECYCLE_POLICY = 'policies/ecr-lifecycle.json'
/** Default number of previous releases kept for rollback. */
export const DEFAULT_ROLLBACK_RELEASES = 3

const REGION = {
  type: 'string',
  pattern: AWS_REGION_PATTERN,
  errorMessage: 'must be an AWS region like "eu-west-1"',
} as const

/**
 * JSON Schema fragment for `ecr:`. The repository name pattern and its 2–256 length come
 * from the CreateRepository API reference (`repositoryName`).
 */
export const ecrSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['region', 'services'],
  properties: {
    region: REGION,
    drRegion: REGION,
    registryId: { type: 'string', pattern: '^[0-9]{12}$', errorMessage: 'must be a 12-digit AWS account id' },
    encryption: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { enum: ['AES256', 'KMS'], errorMessage: 'must be AES256 or KMS' },
        kmsKey: { type: 'string', minLength: 1 },
      },
      if: { properties: { type: { const: 'KMS' } } },
      then: { required: ['kmsKey'], errorMessage: { required: 'kmsKey is required when type is KMS' } },
    },
    replication: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        regions: { type: 'array', items: REGION, minItems: 1, maxItems: 25 },
      },
    },
    lifecyclePolicy: { type: 'string', minLength: 1 },
    rollbackReleases: { type: 'integer', minimum: 0, maximum: 50 },
    services: {
      type: 'object',
      minProperties: 1,
      propertyNames: {
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
        errorMessage: 'service names are letters, digits, ".", "_" and "-"',
      },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['repository'],
        properties: {
          repository: {
            type: 'string',
            minLength: 2,
            maxLength: 256,
            pattern: '^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$',
            errorMessage: 'must be an ECR repository name (lowercase, "/", ".", "_", "-"), e.g. "team/payments"',
          },
          context: { type: 'string', minLength: 1 },
          dockerfile: { type: 'string', minLength: 1 },
          lifecyclePolicy: { type: 'string', minLength: 1 },
          platforms: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$' } },
        },
      },
    },
  },
} as const
