import { PLAN_CONFIG_SCHEMA } from '../plan/config.js'
import { ecrConfigSchema } from '../ecr/config.js'
import { UNREACHABLE_SCHEMA_LOCATION_SCHEMA } from '../schemas/config.js'
import { failoverSchema } from './sections/failover.js'
import { checksConfigSchema, policiesConfigSchema } from '../validation/policies/config.js'
import { promotionSchema } from './sections/promotion.js'

/**
 * JSON Schema of `slipway.yaml`. Unknown keys are errors so a typo (`kubernetesVerison`)
 * is reported instead of silently ignored. Sections owned by other domains (`policies`,
 * `checks`, `plan`, `ecr`) are validated by those domains' own schemas, merged in below.
 */
export const configSchema = {
  $id: 'https://slipway.dev/schemas/slipway.yaml.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    kubernetesVersion: { $ref: '#/definitions/kubernetesVersion' },
    schemaLocations: { type: 'array', items: { type: 'string', minLength: 1 } },
    missingSchema: { enum: ['error', 'warning', 'ignore'] },
    unreachableSchemaLocation: UNREACHABLE_SCHEMA_LOCATION_SCHEMA,
    strict: { type: 'boolean' },
    argocd: {
      type: 'object',
      additionalProperties: false,
      properties: {
        /** Repository-relative directories searched for Applications and ApplicationSets. Default: the whole repository. */
        paths: { type: 'array', items: { type: 'string', minLength: 1 } },
        /** Repository URLs that mean "this repository"; Applications pointing elsewhere are not rendered. Default: any. */
        repoURLs: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    render: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kustomize: { type: 'string', minLength: 1 },
        timeoutSeconds: { type: 'number', exclusiveMinimum: 0, maximum: 3600 },
        enableHelm: { type: 'boolean' },
        concurrency: { type: 'integer', minimum: 1, maximum: 64 },
      },
    },
    environments: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          path: { type: 'string', minLength: 1 },
          kubernetesVersion: { $ref: '#/definitions/kubernetesVersion' },
          production: { type: 'boolean' },
          region: { type: 'string' },
          /** Merged over the top-level `vars` for this environment's policies. */
          vars: { type: 'object' },
        },
      },
    },
    vars: { type: 'object' },
    policies: policiesConfigSchema,
    checks: checksConfigSchema,
    plan: PLAN_CONFIG_SCHEMA,
    ecr: ecrConfigSchema,
    promotion: promotionSchema,
    failover: failoverSchema,
  },
  definitions: {
    kubernetesVersion: {
      type: 'string',
      pattern: '^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$',
      errorMessage: 'must be a Kubernetes version like "1.33"',
    },
  },
} as const
