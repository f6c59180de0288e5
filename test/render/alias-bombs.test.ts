/**
 * A YAML alias bomb anywhere Slipway or Kustomize would read it is a clear error naming the
 * file. The CLI runs as a child process with a 512 MB heap and a timeout, so a regression
 * fails the test (out of memory, or killed) instead of taking the machine down.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { aliasBomb, bombConfigMap } from '../helpers/bad-input.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { fileTree } from '../helpers/repo.js'

const TSX = createRequire(import.meta.url).resolve('tsx/esm')
const CLI = join(REPO_ROOT, 'src/cli.ts')
/** Well above a normal run; a bomb that got through would be killed here (or run out of heap first). */
const KILL_AFTER_MS = 60_000

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'slipway-alias-bombs-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const repoWith = (files: Record<string, string>) =>
  fileTree(work, { 'slipway.yaml': 'kubernetesVersion: "1.33"\n', ...files })

/** `slipway ARGS` in `cwd` under `node --max-old-space-size=512`. */
function slipway(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', '--import', TSX, CLI, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      // Progress lines are expected on a pipe; anything else on stderr is not.
      resolve({ code, signal, stdout, stderr: stderr.replace(/^slipway: rendered .*\n/gm, '') })
    })
  })
}

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: b\n'
/** js-yaml documents are measured in nodes; the `yaml` package (kustomizations) counts alias uses. */
const BOMB =
  /aliases would expand the document by [\d.]+ (million|billion) nodes, more than the 100,000 allowed \(an alias bomb\?\)|YAML aliases expand beyond the budget of 100 \(an alias bomb\?\); not read/

describe('an alias bomb is a clear error naming the file', () => {
  test.each([
    [
      'a resource of an overlay',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\n  - bomb.yaml\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
        'overlays/prod/bomb.yaml': bombConfigMap(),
      },
      'overlays/prod/bomb.yaml:1',
    ],
    [
      'a resource of a base, through an overlay',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
        'base/kustomization.yaml': 'resources:\n  - bomb.yaml\n',
        'base/bomb.yaml': `${CONFIG_MAP}---\n${bombConfigMap()}`,
      },
      'base/bomb.yaml:8',
    ],
    [
      'a patch file',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\npatches:\n  - path: patch.yaml\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
        'overlays/prod/patch.yaml': bombConfigMap('app'),
      },
      'overlays/prod/patch.yaml:1',
    ],
    [
      'an inline patch',
      {
        'overlays/prod/kustomization.yaml': `resources:\n  - cm.yaml\npatches:\n  - patch: |\n${bombConfigMap('app').replace(/^/gm, '      ')}`,
        'overlays/prod/cm.yaml': CONFIG_MAP,
      },
      'overlays/prod/kustomization.yaml',
    ],
    [
      'the kustomization itself',
      {
        'overlays/prod/kustomization.yaml': `resources:\n  - cm.yaml\nlabels:\n  - pairs: {a: b}\nx-bomb:\n${aliasBomb(9, 9, '  ')}`,
        'overlays/prod/cm.yaml': CONFIG_MAP,
      },
      'overlays/prod/kustomization.yaml',
    ],
    [
      'a plain YAML directory',
      { 'plain/cm.yaml': CONFIG_MAP, 'plain/bomb.yaml': bombConfigMap() },
      'plain/bomb.yaml:1',
    ],
  ])('%s: validate exits 1 with a render or parse error', async (_, files, where) => {
    const repo = await repoWith(files)
    const result = await slipway(
      ['validate', Object.keys(files)[0]!.split('/').slice(0, -1).join('/'), '--no-locate'],
      repo,
    )
    expect(result.signal).toBeNull()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const line = result.stdout.split('\n').find((text) => BOMB.test(text))
    expect(line).toBeDefined()
    expect(line).toContain(`  ${where}`)
  })

  test.each([
    [
      'slipway.yaml',
      { 'slipway.yaml': `kubernetesVersion: "1.33"\nvars:\n${aliasBomb(9, 9, '  ')}`, 'ok/cm.yaml': CONFIG_MAP },
    ],
    [
      'policies/bomb.yaml',
      {
        'policies/bomb.yaml': `id: bomb\ndescription: x\nseverity: error\nmatch: {kinds: [ConfigMap]}\nschema:\n  properties:\n${aliasBomb(9, 9, '    ')}`,
        'ok/cm.yaml': CONFIG_MAP,
      },
    ],
    [
      'manifests/argocd/apps.yaml',
      {
        'manifests/argocd/apps.yaml': `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: bomb}\nspec:\n${aliasBomb(9, 9, '  ')}`,
        'ok/cm.yaml': CONFIG_MAP,
      },
    ],
  ])('%s: validate exits 2 naming the file', async (file, files) => {
    const repo = await repoWith(files)
    const result = await slipway(file.startsWith('manifests/') ? ['validate'] : ['validate', 'ok'], repo)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    // Policy files are named by their absolute path, as every policy error is.
    expect(result.stderr).toMatch(new RegExp(`^slipway: (\\S*/)?${file.replace(/[./]/g, '\\$&')}: .*alias bomb`))
    expect(result.stderr.split('\n')).toHaveLength(2)
  })
})
