import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/paths.js'

// The real CLI (src/cli.ts under tsx's loader) as a user runs it.
const TSX = pathToFileURL(join(REPO_ROOT, 'node_modules/tsx/dist/esm/index.mjs')).href
const CLI = join(REPO_ROOT, 'src/cli.ts')

function slipway(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The production overlay's matching-engine image (manifests/overlays/production/kustomization.yaml). */
const PRODUCTION_MATCHING_ENGINE =
  '123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/matching-engine:v1.4.2@sha256:fa0cf256d01a371ac7181a166fdf839454b052f664e8270d51798b8a8bd8637a'

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'render-cli-test-'))
})
afterAll(() => rm(scratch, { recursive: true, force: true }))

async function tempRepo(files: Record<string, string>): Promise<string> {
  const repo = await mkdtemp(join(scratch, 'repo-'))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true })
    await writeFile(join(repo, path), content)
  }
  return repo
}

const configMap = (name: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}}
data: {color: blue}
`

/** Two overlays (`dev`, `prod`); prod carries a generated Secret and a stringData Secret. */
const secretRepo = () =>
  tempRepo({
    'slipway.yaml': 'environments:\n  dev: {path: overlays/dev}\n  prod: {path: overlays/prod}\n',
    'overlays/dev/kustomization.yaml': 'resources: [cm.yaml]\n',
    'overlays/dev/cm.yaml': configMap('dev-config'),
    'overlays/prod/kustomization.yaml': `resources: [cm.yaml, db.yaml]
secretGenerator:
  - name: api-token
    literals: [token=generated-token-value-42]
generatorOptions: {disableNameSuffixHash: true}
`,
    'overlays/prod/cm.yaml': configMap('prod-config'),
    'overlays/prod/db.yaml': `apiVersion: v1
kind: Secret
metadata: {name: db}
stringData: {password: correct-horse-battery-staple}
`,
  })

describe('slipway render on the reference platform', () => {
  it('prints the production stream: the Deployment with the overlay digest, under its Source header', async () => {
    const { code, stdout, stderr } = await slipway(['render', 'production'], REPO_ROOT)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.startsWith('---\n# Source: environment production\napiVersion: v1\nkind: Namespace\n')).toBe(true)
    expect(stdout.match(/^# Source: /gm)).toHaveLength(1)
    expect(stdout).toContain(`image: ${PRODUCTION_MATCHING_ENGINE}`)
    expect(stdout).toMatch(/kind: Deployment\nmetadata:\n(?: .*\n)*? {2}name: matching-engine\n/)
    expect(stdout).toContain('  ENVIRONMENT: production\n')
    expect(stdout).not.toContain('ENVIRONMENT: staging')
  })

  it('renders every environment when none is named, each behind its own header', async () => {
    const { code, stdout } = await slipway(['render'], REPO_ROOT)
    expect(code).toBe(0)
    expect(stdout.match(/^# Source: environment .*$/gm)).toEqual([
      '# Source: environment staging',
      '# Source: environment production',
      '# Source: environment production-dr',
    ])
  })

  it('exits 2 naming an unknown environment and listing the known ones; prints nothing', async () => {
    const { code, stdout, stderr } = await slipway(['render', 'production', 'prod'], REPO_ROOT)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('slipway: unknown environment "prod"; known: staging, production, production-dr\n')
  })

  it('--output writes DIR/<env>.yaml for the named environments only, as the stream without header', async () => {
    const out = join(scratch, 'out-reference', 'nested')
    const { code, stdout } = await slipway(['render', 'staging', 'production', '--output', out], REPO_ROOT)
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect((await readdir(out)).sort()).toEqual(['production.yaml', 'staging.yaml'])
    const production = await readFile(join(out, 'production.yaml'), 'utf8')
    expect(production.startsWith('apiVersion: v1\nkind: Namespace\n')).toBe(true)
    expect(production).toContain(`image: ${PRODUCTION_MATCHING_ENGINE}`)
    expect(production).toContain('  ENVIRONMENT: production\n')
    expect(await readFile(join(out, 'staging.yaml'), 'utf8')).toContain('  ENVIRONMENT: staging\n')
  })
})

describe('slipway render: Secrets, failures, file names', () => {
  it('redacts Secret values by default and prints them with --show-secrets', async () => {
    const repo = await secretRepo()
    const redacted = await slipway(['render', 'prod'], repo)
    expect(redacted.code).toBe(0)
    expect(redacted.stdout).not.toContain('correct-horse-battery-staple')
    expect(redacted.stdout).not.toContain(Buffer.from('generated-token-value-42').toString('base64'))
    expect(redacted.stdout).toContain('stringData:\n  password: <redacted>\n')
    expect(redacted.stdout).toContain('data:\n  token: <redacted>\n')
    // Other objects are untouched.
    expect(redacted.stdout).toContain('data:\n  color: blue\n')

    const shown = await slipway(['render', 'prod', '--show-secrets'], repo)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain('stringData:\n  password: correct-horse-battery-staple\n')
    expect(shown.stdout).toContain(`token: ${Buffer.from('generated-token-value-42').toString('base64')}\n`)
  })

  it('redacts in --output files too', async () => {
    const repo = await secretRepo()
    const { code } = await slipway(['render', '--output', 'rendered'], repo)
    expect(code).toBe(0)
    expect((await readdir(join(repo, 'rendered'))).sort()).toEqual(['dev.yaml', 'prod.yaml'])
    const prod = await readFile(join(repo, 'rendered', 'prod.yaml'), 'utf8')
    expect(prod).toContain('password: <redacted>')
    expect(prod).not.toContain('correct-horse-battery-staple')
  })

  it('exits 1 with the Kustomize error when an environment fails to render, writing nothing', async () => {
    const repo = await secretRepo()
    await writeFile(join(repo, 'overlays/dev/kustomization.yaml'), 'resources: [cm.yaml, missing.yaml]\n')
    const out = join(repo, 'rendered')
    const printed = await slipway(['render'], repo)
    expect(printed.code).toBe(1)
    expect(printed.stdout).toBe('')
    expect(printed.stderr).toMatch(/^slipway: overlays\/dev.*: dev: render failed: .*missing\.yaml/m)

    const written = await slipway(['render', '--output', out], repo)
    expect(written.code).toBe(1)
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' })
    // The environment that did render is not written either.
    expect(written.stderr).not.toContain('wrote')
  })

  it('refuses to write an environment whose name is not a file name (exit 2), and writes nothing', async () => {
    const repo = await tempRepo({
      'slipway.yaml': 'environments:\n  ok: {path: overlays/ok}\n  "../escape": {path: overlays/ok}\n',
      'overlays/ok/kustomization.yaml': 'resources: [cm.yaml]\n',
      'overlays/ok/cm.yaml': configMap('ok'),
    })
    const { code, stderr } = await slipway(['render', '--output', 'out'], repo)
    expect(code).toBe(2)
    expect(stderr).toContain('environment "../escape" cannot be written to a file')
    await expect(readdir(join(repo, 'out'))).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(readdir(repo)).resolves.not.toContain('escape.yaml')
  })

  it('replaces an existing file in place and leaves other files and no temporary file', async () => {
    const repo = await secretRepo()
    const out = join(repo, 'out')
    await mkdir(out)
    await writeFile(join(out, 'dev.yaml'), 'stale\n')
    await writeFile(join(out, 'notes.txt'), 'mine\n')
    const { code } = await slipway(['render', 'dev', '--output', out], repo)
    expect(code).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['dev.yaml', 'notes.txt'])
    expect(await readFile(join(out, 'dev.yaml'), 'utf8')).toContain('name: dev-config')
  })

  it('--output naming a file is a usage error (exit 2) naming it', async () => {
    const repo = await secretRepo()
    await writeFile(join(repo, 'taken'), 'x\n')
    const { code, stderr } = await slipway(['render', '--output', 'taken'], repo)
    expect(code).toBe(2)
    expect(stderr).toBe(`slipway: cannot write --output ${join(repo, 'taken')}: not a directory\n`)
  })
})

describe('slipway render | head', () => {
  it('ends with 141 and no stack trace when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, 'render'], { cwd: REPO_ROOT })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(141)
    expect(stderr).not.toContain('EPIPE')
  })
})
