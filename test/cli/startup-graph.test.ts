import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Metafile } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

let graph: Map<string, string[]>

/** Every input the entries reach through static imports (a dynamic `import()` is not followed). */
function reachable(...entries: string[]): Set<string> {
  const seen = new Set<string>()
  const stack = [...entries]
  while (stack.length > 0) {
    const input = stack.pop()!
    if (seen.has(input)) continue
    seen.add(input)
    stack.push(...(graph.get(input) ?? []))
  }
  return seen
}

beforeAll(async () => {
  // The CLI bundled as `npm run build` bundles it (code split), kept in memory: esbuild's
  // metafile lists each input's imports and their kind.
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: join(ROOT, '.startup-graph'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['kubernetes-models', 'kubernetes-models/*', '@kubernetes-models/*'],
  })
  const inputs: Metafile['inputs'] = result.metafile.inputs
  graph = new Map(
    Object.entries(inputs).map(([input, { imports }]) => [
      input,
      imports.filter((entry) => entry.kind === 'import-statement' || entry.kind === 'require-call').map((e) => e.path),
    ]),
  )
})

/** Modules `slipway validate` must not load before its first build. */
const LATE = [
  /^node_modules\/yaml\//,
  /^node_modules\/minimatch\//,
  /^node_modules\/ajv\/dist\/(?!runtime\/)/,
  /^node_modules\/@(aws-sdk|actions|octokit)\//,
  /^src\/schemas\//,
  /^src\/validation\/(policies|checks|deprecations)\//,
  /^src\/validation\/(locate|origin-index)\.ts$/,
  /^src\/report\/(?!format\.ts|progress\.ts)/,
  /^src\/render\/(overrides|kustomize-errors)\.ts$/,
  /^src\/git\//,
  /^node:crypto$/,
]

// Issue 13: `slipway validate` starts its first Kustomize build before it loads what only
// later steps need. These are the modules that made start-up slow; each one loads with a
// dynamic import once it is needed. (The bench measures the time; this holds the design.)
describe('what slipway validate loads before its first build', () => {
  it('leaves out the yaml package, minimatch, Ajv, the schema catalogs, policies, checks and reporters', () => {
    const loaded = [...reachable('src/cli.ts', 'src/cli/validate.ts')]
    expect(loaded.filter((input) => LATE.some((pattern) => pattern.test(input)))).toEqual([])
    // The check would pass vacuously on a graph that lost its entry; these are what it needs.
    expect(loaded).toEqual(
      expect.arrayContaining([
        'src/render/preflight.ts',
        'src/render/argocd.ts',
        'src/config/quick-parse.ts',
        'node_modules/js-yaml/dist/js-yaml.mjs',
        'node_modules/commander/index.js',
      ]),
    )
  })

  it('names modules the CLI does load later (each pattern matches an input or a built-in it imports)', () => {
    const bundled = [...graph.keys(), ...[...graph.values()].flat()]
    for (const pattern of LATE)
      expect(
        bundled.some((input) => pattern.test(input)),
        String(pattern),
      ).toBe(true)
  })
})
