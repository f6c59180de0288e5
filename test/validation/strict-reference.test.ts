import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validate } from '../../src/validation/validate.js'
import { REPO_ROOT } from '../helpers/paths.js'

// The reference platform, copied, with no schema location configured: the schemas shipped
// with Slipway make the default run strict, offline.
let repo: string
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-strict-reference-'))
  for (const entry of ['manifests', 'policies', 'slipway.yaml'])
    await cp(join(REPO_ROOT, entry), join(repo, entry), { recursive: true })
  const file = join(repo, 'manifests/base/matching-engine/deployment.yaml')
  const text = await readFile(file, 'utf8')
  expect(text.split('\n')[56]).toBe('          imagePullPolicy: IfNotPresent')
  await writeFile(
    file,
    text.replace('          imagePullPolicy: IfNotPresent', '          imagePullPolcy: IfNotPresent'),
  )
}, 60_000)
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('default validation of the reference platform', () => {
  it('is strict for the configured Kubernetes version: a typo in a base Deployment is an error at its file and line in every environment', async () => {
    const report = await validate({ repoRoot: repo })
    for (const environment of report.environments) {
      expect(Object.keys(environment.schemaSources ?? {}).sort()).toEqual(
        environment.name === 'argocd'
          ? ['builtin:CRD schemas']
          : ['builtin:CRD schemas', 'builtin:Kubernetes 1.33 schemas'],
      )
    }
    expect(
      report.findings.map((finding) => [
        finding.environment,
        finding.rule,
        finding.file,
        finding.line,
        finding.message,
      ]),
    ).toEqual(
      ['production', 'production-dr', 'staging'].map((environment) => [
        environment,
        'schema',
        'manifests/base/matching-engine/deployment.yaml',
        57,
        'unknown field "imagePullPolcy" (did you mean "imagePullPolicy"?)',
      ]),
    )
    expect(report.summary.errors).toBe(3)
  }, 300_000)
})
