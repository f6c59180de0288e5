// Bundles the CLI and each JavaScript action into dist/ with esbuild (after
// docker/build-push-action's build): ESM for Node 22+/node24, sourcemaps, and one
// licences file for the third-party code inside the bundles. dist/ is committed;
// .github/workflows/check-dist.yml fails when a rebuild differs.
//
// Every bundle is self-contained: no node_modules at run time. A bundle that validates
// schemas gets a copy of the shipped catalogs (schemas/, ~0.25 MB) in a `schemas/`
// directory beside it, where src/schemas/builtin.ts looks first.
//
// `--outdir DIR` builds elsewhere than dist/ (tests build into a temporary directory).
import { build } from 'esbuild'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const outdirFlag = process.argv.indexOf('--outdir')
const outdir = outdirFlag > 0 ? resolve(process.argv[outdirFlag + 1] ?? '') : 'dist'
if (outdirFlag > 0 && !process.argv[outdirFlag + 1]) throw new Error('--outdir needs a directory')

const entries = [
  { in: 'src/cli.ts', out: 'cli' },
  { in: 'actions/validate/main.ts', out: 'actions/validate/index' },
  { in: 'actions/plan/main.ts', out: 'actions/plan/index' },
  { in: 'actions/ecr-publish/main.ts', out: 'actions/ecr-publish/index' },
  { in: 'actions/promote/main.ts', out: 'actions/promote/index' },
  { in: 'actions/failover/main.ts', out: 'actions/failover/index' },
].filter((entry) => existsSync(entry.in))

rmSync(outdir, { recursive: true, force: true })
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // Whitespace and syntax only (names stay, so stack traces name the functions): every byte
  // of bundled code costs start-up time before the code runs (issue 13: ~35 ms per MB read,
  // hashed and compiled on this project's machine). The linked sourcemaps map a stack back
  // to src/ (SLIPWAY_DEBUG=1 turns them on for the CLI).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __slipwayCreateRequire } from 'node:module';\nconst require = __slipwayCreateRequire(import.meta.url);",
  },
}
// The CLI is split into chunks (dist/chunks/) so that a command loads only its own code
// (`slipway --help` imports no command, issue 13); the actions stay one self-contained file each.
const cliResult = await build({
  ...common,
  entryPoints: entries.filter((entry) => entry.out === 'cli'),
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
})
const actionsResult = await build({ ...common, entryPoints: entries.filter((entry) => entry.out !== 'cli'), outdir })
const result = {
  metafile: {
    inputs: { ...cliResult.metafile.inputs, ...actionsResult.metafile.inputs },
    outputs: { ...cliResult.metafile.outputs, ...actionsResult.metafile.outputs },
  },
}

// The shipped schema catalogs beside each bundle that reads them.
const catalogs = []
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (!file.endsWith('.js') || !Object.keys(output.inputs).some((input) => input.endsWith('src/schemas/builtin.ts')))
    continue
  const target = join(dirname(file), 'schemas')
  cpSync('schemas', target, { recursive: true, filter: (source) => !source.endsWith('README.md') })
  catalogs.push(target)
}

// dist/cli.js is the package bin: give it a shebang.
const cli = join(outdir, 'cli.js')
const bundled = readFileSync(cli, 'utf8')
if (!bundled.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${bundled}`)

// One licences file for every third-party package in the bundles.
const packages = new Map()
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
  if (!match || packages.has(match[1])) continue
  const root = input.slice(0, input.indexOf(match[1]) + match[1].length)
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const licenceFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE', 'license.md']
    .map((name) => join(root, name))
    .find((file) => existsSync(file))
  packages.set(match[1], {
    version: manifest.version,
    license: manifest.license ?? 'UNKNOWN',
    text: licenceFile ? readFileSync(licenceFile, 'utf8').trim() : '',
  })
}
const sections = [...packages.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, info]) => `${name}@${info.version}\n${info.license}\n${info.text}`)
mkdirSync(outdir, { recursive: true })
writeFileSync(join(outdir, 'licenses.txt'), `${sections.join('\n\n-----\n\n')}\n`)
console.log(
  `built ${entries.map((entry) => `${outdir}/${entry.out}.js`).join(', ')} (${packages.size} third-party packages); schema catalogs in ${catalogs.join(', ')}`,
)
