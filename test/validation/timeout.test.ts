import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validate } from '../../src/validation/validate.js'

let repo: string
beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'slipway-timeout-'))
  await mkdir(join(repo, 'manifests/overlays/production'), { recursive: true })
  await writeFile(join(repo, 'manifests/overlays/production/kustomization.yaml'), 'resources: [cm.yaml]\n')
  await writeFile(
    join(repo, 'manifests/overlays/production/cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
  )
})
afterEach(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('a build that hits render.timeoutSeconds', () => {
  it('names the environment, what it reads and the setting to raise', async () => {
    const report = await validate({ repoRoot: repo, timeoutMs: 1 })
    const render = report.findings.find((finding) => finding.rule === 'render')
    expect(render?.environment).toBe('production')
    expect(render?.message).toMatch(
      /build of environment production \(.*manifests\/overlays\/production\) timed out after 0\.001 s; it reads 1 files \(0 KiB\) through 1 kustomizations\. Raise render\.timeoutSeconds in slipway\.yaml/,
    )
  })
})
