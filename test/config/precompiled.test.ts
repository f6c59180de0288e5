import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/parse.js'
import { validate as precompiled } from '../../src/config/generated/validate-config.js'
import { CONFIG_VALIDATOR_FILE, configValidatorSource } from '../../src/config/precompile.js'
import { configSchema } from '../../src/config/schema.js'
import { createAjv } from '../../src/util/ajv.js'
import { REPO_ROOT } from '../helpers/paths.js'

// parseConfig runs the validator generated ahead of time (issue 13); these hold it to what
// compiling src/config/schema.ts at run time, as compileLazily did, reports.
const runtime = createAjv({ validateSchema: false }).compile(configSchema)

describe('the precompiled slipway.yaml validator', () => {
  it('is what build:config-validator generates from the current schema (else run npm run build:config-validator)', () => {
    expect(readFileSync(join(REPO_ROOT, CONFIG_VALIDATOR_FILE), 'utf8')).toBe(configValidatorSource())
  })

  it.each([
    ['ecr:\n  region: us-east-1\n', 'slipway.yaml: ecr.services: is required'],
    ['kubernetesVerison: "1.33"\n', 'slipway.yaml: unknown key "kubernetesVerison"'],
    [
      'plan:\n  ignore:\n    - ""\n    - {kind: Deployment}\n',
      'slipway.yaml: plan.ignore[0]: must NOT have fewer than 1 characters (got ""); plan.ignore[1].path: is required',
    ],
    [
      'ecr:\n  region: us-east-1\n  services: {}\n  encryption: {type: KMS}\n',
      'slipway.yaml: ecr.encryption: kmsKey is required when type is KMS; ecr.services: must NOT have fewer than 1 properties',
    ],
    [
      'kubernetesVersion: latest\nrender: {concurrency: 0}\nargocd: {paths: [""]}\n',
      'slipway.yaml: kubernetesVersion: must be a Kubernetes version like "1.33" (got "latest"); argocd.paths[0]: must NOT have fewer than 1 characters (got ""); render.concurrency: must be >= 1 (got 0)',
    ],
    [
      'failover:\n  rto: soon\n',
      'slipway.yaml: failover.primary: is required; failover.secondary: is required; failover.components: is required; failover.rto: must be a duration like "1h", "90m" or "1h30m" (got "soon")',
    ],
    [
      'environments:\n  production: {region: virginia, production: "yes"}\n',
      'slipway.yaml: environments.production.production: must be boolean (got "yes"); environments.production.region: must be an AWS region like "us-east-1" (got "virginia")',
    ],
    ['promotion:\n  mode: pull\n', 'slipway.yaml: promotion.mode: must be push or pull-request (got "pull")'],
  ])('rejects %j as the run-time compiled schema does', (text, message) => {
    const data: unknown = parse(text)
    expect(runtime(data)).toBe(false)
    expect(precompiled(data)).toBe(false)
    expect(precompiled.errors).toEqual(runtime.errors)
    expect(() => parseConfig(text, 'slipway.yaml')).toThrow(message)
  })

  it("accepts the reference platform's slipway.yaml, as the run-time compiled schema does", () => {
    const data: unknown = parse(readFileSync(join(REPO_ROOT, 'slipway.yaml'), 'utf8'))
    expect(runtime(data)).toBe(true)
    expect(precompiled(data)).toBe(true)
    expect(precompiled.errors).toBeNull()
  })
})
