import { coreProperties } from './sections/core.js'
import { SECTIONS } from './sections/index.js'
import { schemaSettingsProperties } from './sections/schemas.js'

/**
 * JSON Schema of `slipway.yaml`: the top-level settings ({@link coreProperties},
 * {@link schemaSettingsProperties}) and every section of {@link SECTIONS}. Unknown keys
 * are errors so a typo (`kubernetesVerison`) is reported instead of silently ignored.
 */
export const configSchema = {
  $id: 'https://slipway.dev/schemas/slipway.yaml.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...coreProperties,
    ...schemaSettingsProperties,
    ...Object.fromEntries(SECTIONS.map((section) => [section.key, section.schema])),
  },
} as const
