import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { registerValidateCommand } from '../../src/cli/validate.js'
import { runCli } from '../../src/cli/main.js'
import { createProgress } from '../../src/report/progress.js'

/** A stderr that says it is a terminal, collecting what is written. */
function fakeStream(tty: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean }
  if (tty) stream.isTTY = true
  let text = ''
  stream.on('data', (chunk) => (text += chunk))
  return { stream, text: () => text }
}

const event = (done: number, environment: string) => ({ done, total: 2, environment, renderMs: 1234, resources: 80 })

describe('progress', () => {
  it('rewrites one status line on a terminal, with renders done/total and the environment, and clears it at the end', () => {
    const { stream, text } = fakeStream(true)
    const progress = createProgress({ stream, env: {} })
    progress.rendered(event(1, 'staging'))
    progress.rendered({ ...event(2, 'production'), side: 'head' })
    progress.done()
    expect(progress.mode).toBe('tty')
    expect(text()).toBe(
      '\r\u001b[1mrendered 1/2\u001b[22m · staging (1.2 s)\u001b[K\r\u001b[1mrendered 2/2\u001b[22m · production (head) (1.2 s)\u001b[K\r\u001b[K',
    )
  })

  it('honours NO_COLOR on a terminal', () => {
    const { stream, text } = fakeStream(true)
    createProgress({ stream, env: { NO_COLOR: '' } }).rendered(event(1, 'staging'))
    expect(text()).toBe('\rrendered 1/2 · staging (1.2 s)\u001b[K')
  })

  it('logs one line per environment with its time in CI, even on a terminal', () => {
    const { stream, text } = fakeStream(true)
    const progress = createProgress({ stream, env: { CI: 'true' } })
    progress.rendered(event(1, 'staging'))
    progress.rendered(event(2, 'production'))
    progress.done()
    expect(text()).toBe(
      'slipway: rendered staging in 1.23 s (80 resources) [1/2]\nslipway: rendered production in 1.23 s (80 resources) [2/2]\n',
    )
  })

  it('prints nothing when quiet', () => {
    const { stream, text } = fakeStream(true)
    const progress = createProgress({ stream, quiet: true, env: {} })
    progress.rendered(event(1, 'staging'))
    progress.done()
    expect(text()).toBe('')
  })

  it('slipway validate shows each environment on a terminal stderr, and nothing with --quiet', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'slipway-progress-'))
    try {
      for (const env of ['dev', 'prod']) {
        await mkdir(join(repo, 'manifests/overlays', env), { recursive: true })
        await writeFile(join(repo, 'manifests/overlays', env, 'kustomization.yaml'), 'resources: [cm.yaml]\n')
        await writeFile(
          join(repo, 'manifests/overlays', env, 'cm.yaml'),
          'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
        )
      }
      const run = async (args: string[]) => {
        const stderr = fakeStream(true)
        const stdout = new PassThrough()
        stdout.resume()
        const previous = process.env.CI
        delete process.env.CI
        try {
          await runCli(['validate', ...args], [registerValidateCommand], { stdout, stderr: stderr.stream, cwd: repo })
        } finally {
          if (previous !== undefined) process.env.CI = previous
        }
        return stderr.text()
      }
      const shown = await run([])
      expect(shown).toMatch(/rendered 1\/2.* · (dev|prod) /)
      expect(shown).toMatch(/rendered 2\/2.* · (dev|prod) /)
      expect(shown.endsWith('\r\u001b[K')).toBe(true)
      expect(await run(['--quiet'])).toBe('')
    } finally {
      await rm(repo, { recursive: true, force: true })
    }
  })
})
