// Generates the schema catalogs that ship with Slipway into schemas/ (`npm run build:schemas`):
// strict JSON Schemas of every Kubernetes version in ../shared/upstream/kubernetes-openapi and of
// the CRDs in ../shared/upstream/crd-schemas (MIT; its licence is copied beside the data).
// `--check` regenerates in memory and exits 1 when schemas/ differs (CI's reproducibility check).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareBundledCatalog, buildBundledCatalog } from '../src/schemas/bundle.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const upstream = resolve(process.env.SLIPWAY_SHARED_DIR ?? join(root, '..', 'shared'), 'upstream')
const out = join(root, 'schemas')
const openApiDir = join(upstream, 'kubernetes-openapi')
const crdDir = join(upstream, 'crd-schemas')
if (!existsSync(openApiDir) || !existsSync(crdDir)) {
  console.error(
    `build:schemas: ${upstream} lacks kubernetes-openapi/ or crd-schemas/ (set SLIPWAY_SHARED_DIR to the directory holding upstream/)`,
  )
  process.exit(2)
}
const openApi = readdirSync(openApiDir)
  .map((name) => /^v(\d+\.\d+)\.swagger\.json$/.exec(name))
  .filter((match) => match !== null)
  .map((match) => ({ kubernetesVersion: match[1] as string, file: join(openApiDir, match[0]) }))

const started = performance.now()
const files = await buildBundledCatalog({ openApi, crdDir })
files.set('LICENSE-crd-schemas', readFileSync(join(crdDir, 'LICENSE')))

if (process.argv.includes('--check')) {
  const differences = compareBundledCatalog(files, out)
  if (differences.length > 0) {
    console.error(
      `schemas/ is not what build:schemas generates (run npm run build:schemas):\n${differences.map((line) => `  ${line}`).join('\n')}`,
    )
    process.exit(1)
  }
  console.log(`schemas/ is up to date (${files.size} files)`)
} else {
  rmSync(join(out, 'chunks'), { recursive: true, force: true })
  let bytes = 0
  for (const [path, data] of files) {
    const file = join(out, ...path.split('/'))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, data)
    bytes += data.length
  }
  console.log(
    `wrote ${files.size} files to schemas/ (${bytes} bytes, ${openApi.map((entry) => entry.kubernetesVersion).join(', ')} + CRDs) in ${Math.round(performance.now() - started)} ms`,
  )
}
