import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { build } from 'esbuild'
import { dirname, join } from 'node:path'
import { execFile, tryExecFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'
import { PLATFORM_ENTRIES, referenceRepo } from '../helpers/repo.js'

/** The services of the reference platform's ecr.services. */
export const SERVICES = [
  'api-gateway',
  'websocket-gateway',
  'matching-engine',
  'risk-engine',
  'settlement',
  'market-data',
  'ml-inference',
] as const
export const PRIMARY = '123456789012.dkr.ecr.us-east-1.amazonaws.com'
export const DR = '123456789012.dkr.ecr.us-west-2.amazonaws.com'
export const STAGING = 'manifests/overlays/staging/kustomization.yaml'
export const PRODUCTION = 'manifests/overlays/production/kustomization.yaml'
export const PRODUCTION_DR = 'manifests/overlays/production-dr/kustomization.yaml'

/** A deterministic digest for a service at a release. */
export function digestOf(service: string, release: string): string {
  return `sha256:${createHash('sha256').update(`${service}@${release}`).digest('hex')}`
}

/** `slipway ecr publish` output for a release (all services, or some). */
export function publishOutput(
  release: string,
  services: readonly string[] = SERVICES,
): Record<string, { image: string; tag: string; digest: string }> {
  return Object.fromEntries(
    services.map((service) => [
      service,
      { image: `${PRIMARY}/trading/${service}`, tag: release, digest: digestOf(service, release) },
    ]),
  )
}

export const gitEnv = (date?: string): Record<string, string> => ({
  GIT_AUTHOR_NAME: 'Release Bot',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'release@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
})

let bundle: Promise<string> | undefined

/**
 * The CLI bundled from the current sources (as scripts/build.mjs does, into the ignored
 * `tmp/` of the project so that its runtime dependencies resolve), once per test process:
 * starting a bundle is several times faster than transpiling with tsx on every run.
 */
export function cliBundle(): Promise<string> {
  bundle ??= (async () => {
    const dir = join(REPO_ROOT, 'tmp', `test-cli-${process.pid}`)
    await mkdir(dir, { recursive: true })
    const outfile = join(dir, 'cli.mjs')
    await build({
      entryPoints: [join(REPO_ROOT, 'src/cli.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      external: ['kubernetes-models', 'kubernetes-models/*', '@kubernetes-models/*'],
      banner: {
        js: "import { createRequire as __slipwayCreateRequire } from 'node:module';\nconst require = __slipwayCreateRequire(import.meta.url);",
      },
    })
    return outfile
  })()
  return bundle
}

/** What a CLI run printed. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** A bare remote holding a copy of the reference platform, and clones of it. */
export interface Platform {
  root: string
  bare: string
  /** The first clone (main checked out). */
  work: string
  clone(name: string): Promise<string>
  git(dir: string, args: string[], date?: string): Promise<string>
  /** Runs the real CLI (bundled from `src/cli.ts`, see {@link cliBundle}) as a child process in `dir`. */
  cli(dir: string, args: string[], options?: { date?: string; env?: Record<string, string> }): Promise<CliRun>
  writeJson(name: string, value: unknown): Promise<string>
  read(dir: string, path: string): Promise<string>
  dispose(): Promise<void>
}

/**
 * Creates a bare remote from a copy of the reference platform (`manifests/`,
 * `slipway.yaml`, `policies/`), committed at `date` and tagged v1.4.2 (the shared builder,
 * test/helpers/repo.ts), and clones it to `work`.
 */
export async function platform(date = '2026-11-30T12:00:00Z'): Promise<Platform> {
  const seed = await referenceRepo({
    entries: PLATFORM_ENTRIES,
    message: 'reference platform at v1.4.2',
    tag: 'v1.4.2',
    date,
    remote: true,
  })
  const root = seed.root
  const bare = seed.remote!
  const git = async (dir: string, args: string[], when?: string) =>
    (await execFile('git', args, { cwd: dir, env: gitEnv(when) })).stdout
  const clone = async (name: string) => {
    const dir = join(root, name)
    await execFile('git', ['clone', '-q', bare, dir], { env: gitEnv() })
    return dir
  }
  const work = await clone('clone')
  return {
    root,
    bare,
    work,
    clone,
    git,
    cli: async (dir, args, options = {}) => {
      const result = await tryExecFile(process.execPath, [await cliBundle(), ...args], {
        cwd: dir,
        env: { ...gitEnv(options.date), ...options.env },
        timeoutMs: 600_000,
      })
      return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr }
    },
    writeJson: async (name, value) => {
      const file = join(root, name)
      await writeFile(file, `${JSON.stringify(value)}\n`)
      return file
    },
    read: (dir, path) => readFile(join(dir, path), 'utf8'),
    dispose: async () => {
      await rm(root, { recursive: true, force: true })
      if (bundle) await rm(dirname(await bundle), { recursive: true, force: true })
      bundle = undefined
    },
  }
}
