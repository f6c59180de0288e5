/**
 * `npm run bench cli` (issue 13): the `slipway` CLI timed as a whole process, the way users
 * run it, on synthetic repositories ({@link generateRepository}) of 20, 60, 200 and 1,000
 * services × 3 environments, each clean and with findings in every environment. Every
 * figure is a ratio to a floor measured in the same run (the machine is shared: absolute
 * times are noise):
 *
 * - start-up: `slipway --help` and the first `kustomize build` started, against `node -e 0`;
 * - validate against the sequential `kubectl kustomize` floor (every overlay built one after
 *   another), target ≤ 1.25× floor + 300 ms, with and without findings;
 * - plan (`--all`, base and head) against two plain renders of every overlay, target ≤ 1.3×;
 * - peak RSS of the CLI process (`/usr/bin/time -f %M`, or /proc VmHWM polling), target ≤ 1 GB
 *   and 1,000 × 3 validated in ≤ 60 s;
 * - the growth curve (time against resources) with the exponent between sizes, flagged when
 *   worse than linear (exponent > 1.15);
 * - at the largest size, with findings: four `validate --shard I/4` runs merged by
 *   `merge-reports`, compared with the unsharded report (identical but for wall times).
 *
 * Quick mode: `npm run bench -- cli --sizes 20,60` (`--no-plan` skips plan).
 * The CLI is bundled (as `npm run build` does, code-split) into `.bench-dist/`.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { importOpenApi } from '../src/schemas/index.js'
import { execFile } from '../src/util/exec.js'
import { generateRepository } from './synthetic.js'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const UPSTREAM = resolve(REPO_ROOT, '../shared/upstream')
const OUT = join(REPO_ROOT, '.bench-dist')
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

interface Run {
  ms: number
  /** Peak resident set size of the process, bytes (0 when unknown). */
  rssBytes: number
  code: number
  stdout: string
  stderr: string
}

/** Runs a process, timing it and reading its peak RSS through GNU time when installed. */
function timed(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const useTime = existsSync('/usr/bin/time')
  const [program, argv] = useTime ? ['/usr/bin/time', ['-f', '%M', command, ...args]] : [command, args]
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(program, argv, {
      cwd,
      env: { ...process.env, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => {
      const ms = performance.now() - started
      let rssBytes = 0
      if (useTime) {
        const lines = stderr.trimEnd().split('\n')
        rssBytes = Number(lines.pop()) * 1024 || 0
        stderr = lines.join('\n')
      }
      done({ ms, rssBytes, code: code ?? 1, stdout, stderr })
    })
  })
}

async function median(runs: number, fn: () => Promise<number>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await fn())
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

/** Bundles the CLI as `npm run build` does (code-split), into `.bench-dist/`. */
async function bundleCli(): Promise<string> {
  await rm(OUT, { recursive: true, force: true })
  await build({
    entryPoints: { cli: join(REPO_ROOT, 'src/cli.ts') },
    outdir: OUT,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    external: ['kubernetes-models', 'kubernetes-models/*', '@kubernetes-models/*'],
    banner: {
      js: "import { createRequire as __slipwayCreateRequire } from 'node:module';\nconst require = __slipwayCreateRequire(import.meta.url);",
    },
  })
  return join(OUT, 'cli.js')
}

/** `kubectl kustomize` of every overlay, one after another (the sequential floor), ms. */
async function sequentialFloor(repo: string, overlays: string[]): Promise<number> {
  const started = performance.now()
  for (const dir of overlays)
    await execFile('kubectl', ['kustomize', join(repo, dir), '--load-restrictor', 'LoadRestrictionsRootOnly'], {
      timeoutMs: 600_000,
    })
  return performance.now() - started
}

/** The same builds at the CLI's parallelism (the CPU count), ms. */
async function parallelFloor(repo: string, overlays: string[]): Promise<number> {
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(availableParallelism(), overlays.length) }, async () => {
      while (next < overlays.length)
        await execFile(
          'kubectl',
          ['kustomize', join(repo, overlays[next++]!), '--load-restrictor', 'LoadRestrictionsRootOnly'],
          { timeoutMs: 600_000 },
        )
    }),
  )
  return performance.now() - started
}

const mark = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

/** Start-up: `--help` and the first build, against `node -e 0`. */
async function startup(cli: string): Promise<void> {
  const node = process.execPath
  const floor = await median(9, async () => (await timed(node, ['-e', '0'], REPO_ROOT)).ms)
  const help = await median(9, async () => (await timed(node, [cli, '--help'], REPO_ROOT)).ms)
  const work = await mkdtemp(join(tmpdir(), 'slipway-bench-start-'))
  try {
    const stamps = join(work, 'stamps')
    const wrapper = join(work, 'kustomize.sh')
    await writeFile(wrapper, `#!/bin/sh\ndate +%s%N >> "${stamps}"\nshift\nexec kubectl kustomize "$@"\n`, {
      mode: 0o755,
    })
    const first = await median(7, async () => {
      await rm(stamps, { force: true })
      const launched = Date.now()
      await timed(node, [cli, 'validate', '--format', 'json', '--output', join(work, 'out.json')], REPO_ROOT, {
        KUSTOMIZE: wrapper,
      })
      const firstStamp = Math.min(
        ...(await readFile(stamps, 'utf8'))
          .split('\n')
          .filter(Boolean)
          .map((line) => Number(line) / 1e6),
      )
      return firstStamp - launched
    })
    console.log('start-up (median of 9 / 7 runs)')
    console.log(`  node -e 0:                      ${floor.toFixed(0)} ms (floor)`)
    console.log(
      `  slipway --help:                 ${help.toFixed(0)} ms = floor + ${(help - floor).toFixed(0)} ms; target ≤ 150 ms: ${mark(help <= 150)} (over floor: ${mark(help - floor <= 150)})`,
    )
    console.log(
      `  first kustomize build started:  ${first.toFixed(0)} ms after launch = floor + ${(first - floor).toFixed(0)} ms; target ≤ 150 ms: ${mark(first <= 150)} (over floor: ${mark(first - floor <= 150)})`,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

interface Point {
  services: number
  resources: number
  findings: boolean
  floorMs: number
  validateMs: number
}

/** Runs the whole bench; `argv` as given after `npm run bench --`. */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  const sizesAt = argv.indexOf('--sizes')
  const sizes =
    sizesAt >= 0
      ? (argv[sizesAt + 1] ?? '')
          .split(',')
          .map(Number)
          .filter((n) => n > 0)
      : [20, 60, 200, 1000]
  const withPlan = !argv.includes('--no-plan')
  const cli = await bundleCli()
  console.log(
    `${availableParallelism()} cores; CLI bundled at ${cli}; sizes ${sizes.join(', ')} services × 3 environments`,
  )
  await startup(cli)
  const work = await mkdtemp(join(tmpdir(), 'slipway-bench-cli-'))
  const points: Point[] = []
  try {
    const openapi = join(UPSTREAM, 'kubernetes-openapi/v1.33.swagger.json')
    const schemaArgs: string[] = []
    if (existsSync(openapi)) {
      await importOpenApi(openapi, join(work, 'catalog'))
      schemaArgs.push('--schema-location', join(work, 'catalog'))
    }
    for (const services of sizes) {
      for (const findings of [false, true]) {
        const repo = join(work, `repo-${services}-${findings ? 'findings' : 'clean'}`)
        await generateRepository(repo, { services, findings })
        await writeFile(join(repo, 'slipway.yaml'), 'kubernetesVersion: "1.33"\n')
        const overlays = (await readdirOverlays(repo)).map((name) => `manifests/overlays/${name}`)
        await sequentialFloor(repo, overlays.slice(0, 1)) // warm the page cache
        const floorMs = await sequentialFloor(repo, overlays)
        const parallelMs = await parallelFloor(repo, overlays)
        const result = await timed(
          process.execPath,
          [cli, 'validate', '--format', 'json', '--output', join(repo, 'report.json'), ...schemaArgs],
          repo,
        )
        const report = JSON.parse(await readFile(join(repo, 'report.json'), 'utf8')) as {
          summary: { resources: number; errors: number; warnings: number }
          findings: Array<{ line?: number; locationApproximate?: boolean }>
          notes?: string[]
        }
        const located = report.findings.filter((finding) => finding.line !== undefined).length
        const budget = floorMs * 1.25 + 300
        points.push({ services, resources: report.summary.resources, findings, floorMs, validateMs: result.ms })
        console.log(
          `\n${services} services × 3 environments, ${findings ? 'with findings' : 'clean'}: ${overlays.length} overlays, ${report.summary.resources} resources, ${report.summary.errors} errors, ${report.summary.warnings} warnings (${located}/${report.findings.length} located${report.notes?.length ? `; notes: ${report.notes.join(' | ')}` : ''})`,
        )
        console.log(
          `  floor, sequential kubectl kustomize: ${seconds(floorMs)} (parallel ×${availableParallelism()}: ${seconds(parallelMs)})`,
        )
        console.log(
          `  slipway validate:                    ${seconds(result.ms)} = ${(result.ms / floorMs).toFixed(2)}× floor; target ≤ 1.25× + 300 ms = ${seconds(budget)}: ${mark(result.ms <= budget)}   (vs parallel floor ${(result.ms / parallelMs).toFixed(2)}×)`,
        )
        console.log(`  peak RSS: ${mib(result.rssBytes)}; target ≤ 1 GB: ${mark(result.rssBytes <= 1024 ** 3)}`)
        if (services >= 1000)
          console.log(
            `  1,000 services × 3 validated in ${seconds(result.ms)}; target ≤ 60 s: ${mark(result.ms <= 60_000)}`,
          )
        if (withPlan && !findings) await plan(cli, repo, services, overlays)
        if (findings && services === Math.max(...sizes)) await shardedRun(cli, repo, schemaArgs)
      }
    }
    growth(points)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** Wall times and peak RSS of a report: what differs between any two runs of the same tree. */
function timeless(report: { summary: object; environments: object[]; shard?: unknown }): string {
  const { shard: _shard, ...rest } = report
  void _shard
  return JSON.stringify(
    {
      ...rest,
      summary: { ...rest.summary, durationMs: 0 },
      environments: rest.environments.map((env) => ({ ...env, renderMs: 0 })),
    },
    null,
    2,
  )
}

/**
 * The issue's "4-shard run merges into a report identical to the unsharded one": four
 * `validate --shard I/4` processes (one after another, as four matrix jobs would run them
 * on four machines), then `merge-reports`, compared with the unsharded report of the same
 * tree (`report.json`, just written) but for wall times.
 */
async function shardedRun(cli: string, repo: string, schemaArgs: string[]): Promise<void> {
  const shards: Run[] = []
  for (let index = 1; index <= 4; index++)
    shards.push(
      await timed(
        process.execPath,
        [
          cli,
          'validate',
          '--shard',
          `${index}/4`,
          '--quiet',
          '--format',
          'json',
          '--output',
          join(repo, `shard-${index}.json`),
          ...schemaArgs,
        ],
        repo,
      ),
    )
  const merged = await timed(
    process.execPath,
    [
      cli,
      'merge-reports',
      ...[1, 2, 3, 4].map((index) => join(repo, `shard-${index}.json`)),
      '--format',
      'json',
      '--output',
      join(repo, 'merged.json'),
    ],
    repo,
  )
  const whole = timeless(
    JSON.parse(await readFile(join(repo, 'report.json'), 'utf8')) as Parameters<typeof timeless>[0],
  )
  const joined = timeless(
    JSON.parse(await readFile(join(repo, 'merged.json'), 'utf8')) as Parameters<typeof timeless>[0],
  )
  const slowest = Math.max(...shards.map((shard) => shard.ms))
  const sizes = await Promise.all(
    [1, 2, 3, 4].map(
      async (index) =>
        (JSON.parse(await readFile(join(repo, `shard-${index}.json`), 'utf8')) as { environments: unknown[] })
          .environments.length,
    ),
  )
  console.log(
    `  4 shards (${sizes.join(' + ')} environments; slowest shard ${seconds(slowest)}, merge ${seconds(merged.ms)}, exit codes ${shards.map((shard) => shard.code).join(' ')} / ${merged.code}): merged report ${whole === joined ? 'identical to the unsharded one (wall times aside): PASS' : 'DIFFERS from the unsharded one: FAIL'}`,
  )
  if (whole !== joined) {
    const a = whole.split('\n')
    const b = joined.split('\n')
    const at = a.findIndex((line, i) => line !== b[i])
    console.log(
      `    first difference at line ${at + 1}: unsharded ${JSON.stringify(a[at])}, merged ${JSON.stringify(b[at])}`,
    )
  }
}

async function readdirOverlays(repo: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises')
  return (await readdir(join(repo, 'manifests/overlays'))).sort()
}

/** plan --all between two commits (every image tag changed) against two plain renders. */
async function plan(cli: string, repo: string, services: number, overlays: string[]): Promise<void> {
  const git = (...args: string[]) => execFile('git', args, { cwd: repo, env: GIT_ENV })
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git('commit', '-qm', 'base')
  await generateRepository(repo, { services, tag: 'v1.1.0' })
  await git('commit', '-qam', 'release every service')
  const floorMs = (await sequentialFloor(repo, overlays)) * 2
  const result = await timed(
    process.execPath,
    [
      cli,
      'plan',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--all',
      '--format',
      'json',
      '--output',
      join(repo, 'plan.json'),
    ],
    repo,
  )
  if (result.code !== 0) console.log(`  plan exited ${result.code}: ${result.stderr.slice(0, 300)}`)
  console.log(
    `  slipway plan --all:                  ${seconds(result.ms)} = ${(result.ms / floorMs).toFixed(2)}× two sequential renders (${seconds(floorMs)}); target ≤ 1.3×: ${mark(result.ms <= floorMs * 1.3)}; peak RSS ${mib(result.rssBytes)}`,
  )
}

/** Time against resources: the exponent between consecutive sizes (1 = linear). */
function growth(points: Point[]): void {
  console.log('\ngrowth curve (validate time against resources; exponent k in t ∝ resources^k between sizes)')
  for (const findings of [false, true]) {
    const series = points.filter((point) => point.findings === findings)
    console.log(`  ${findings ? 'with findings' : 'clean'}:`)
    series.forEach((point, i) => {
      const previous = series[i - 1]
      const k = previous
        ? Math.log(point.validateMs / previous.validateMs) / Math.log(point.resources / previous.resources)
        : undefined
      const kFloor = previous
        ? Math.log(point.floorMs / previous.floorMs) / Math.log(point.resources / previous.resources)
        : undefined
      // Kustomize's own build time can grow faster than linear between two sizes; the flag says
      // when Slipway's growth is no worse than that floor's (within 0.05).
      const flag =
        k !== undefined && k > 1.15
          ? `  WORSE THAN LINEAR${kFloor! >= k - 0.05 ? ' (as the Kustomize floor grows)' : ''}`
          : ''
      console.log(
        `    ${String(point.resources).padStart(6)} resources: validate ${seconds(point.validateMs).padStart(9)}, floor ${seconds(point.floorMs).padStart(9)}${k !== undefined ? `, k = ${k.toFixed(2)} (floor k = ${kFloor!.toFixed(2)})` : ''}${flag}`,
      )
    })
  }
}
