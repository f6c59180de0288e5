import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Environment } from '../../src/render/environment.js'
import { selectEnvironments } from '../../src/render/index.js'
import { writeEnvironmentFiles, type RenderedEnvironment } from '../../src/render/output.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'render-output-test-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const env = (name: string): Environment => ({
  name,
  path: `overlays/${name}`,
  type: 'kustomize',
  kubernetesVersion: '1.33',
})
const rendered = (name: string, yaml = `kind: ConfigMap # ${name}\n`): RenderedEnvironment => ({
  environment: env(name),
  yaml,
  resources: 1,
})

describe('writeEnvironmentFiles', () => {
  it('replaces a symlink at DIR/<env>.yaml instead of writing through it', async () => {
    const outside = join(dir, 'outside.yaml')
    await writeFile(outside, 'keep me\n')
    const out = join(dir, 'out')
    await mkdir(out)
    await symlink(outside, join(out, 'prod.yaml'))
    await writeEnvironmentFiles(out, [rendered('prod')])
    expect(await readFile(outside, 'utf8')).toBe('keep me\n')
    expect((await lstat(join(out, 'prod.yaml'))).isSymbolicLink()).toBe(false)
    expect(await readFile(join(out, 'prod.yaml'), 'utf8')).toBe('kind: ConfigMap # prod\n')
  })

  it.each([['..'], ['../up'], ['a/b'], ['.hidden'], ['-flag'], ['']])(
    'refuses the environment name %j and writes nothing',
    async (name) => {
      const out = join(dir, 'out')
      await expect(writeEnvironmentFiles(out, [rendered('ok'), rendered(name)])).rejects.toThrow(
        `environment ${JSON.stringify(name)} cannot be written to a file`,
      )
      await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' })
      expect(await readdir(dir)).toEqual([])
    },
  )

  it('refuses two names that differ only in case (one file on macOS and Windows)', async () => {
    await expect(writeEnvironmentFiles(join(dir, 'out'), [rendered('Prod'), rendered('prod')])).rejects.toThrow(
      'environments "Prod" and "prod" would be written to the same file',
    )
  })
})

describe('selectEnvironments', () => {
  const discovery = {
    environments: [env('staging'), env('production')],
    skipped: [
      {
        severity: 'warning' as const,
        rule: 'argocd-app-not-rendered',
        message: 'Application charts is not rendered: Helm chart source',
        environment: 'charts',
      },
    ],
    projects: [],
    applications: [],
    definitions: [],
  }

  it('keeps discovery order and ignores duplicates', () => {
    expect(selectEnvironments(discovery, ['production', 'staging', 'production']).map((e) => e.name)).toEqual([
      'staging',
      'production',
    ])
  })

  it('says why an Application that is found but not rendered cannot be rendered', () => {
    expect(() => selectEnvironments(discovery, ['charts'])).toThrow(
      'environment "charts" cannot be rendered: Application charts is not rendered: Helm chart source',
    )
  })
})
