// Generates the precompiled slipway.yaml validator (`npm run build:config-validator`):
// Ajv standalone code for src/config/schema.ts in src/config/generated/validate-config.js,
// so the CLI does not compile the schema at start-up (issue 13). `--check` regenerates in
// memory and exits 1 when the checked-in file differs (CI's freshness check).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CONFIG_VALIDATOR_FILE, configValidatorSource } from '../src/config/precompile.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const file = join(root, CONFIG_VALIDATOR_FILE)
const source = configValidatorSource()

if (process.argv.includes('--check')) {
  let current: string | undefined
  try {
    current = readFileSync(file, 'utf8')
  } catch {
    current = undefined
  }
  if (current !== source) {
    console.error(
      `${CONFIG_VALIDATOR_FILE} is ${current === undefined ? 'missing' : 'not what build:config-validator generates from src/config/schema.ts'} (run npm run build:config-validator)`,
    )
    process.exit(1)
  }
  console.log(`${CONFIG_VALIDATOR_FILE} is up to date`)
} else {
  writeFileSync(file, source)
  console.log(`wrote ${CONFIG_VALIDATOR_FILE} (${source.length} bytes)`)
}
