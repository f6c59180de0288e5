import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, test } from 'vitest'
import { buildBundledCatalog, compareBundledCatalog, type BundledFiles } from '../../src/schemas/bundle.js'
import type { BundledIndex } from '../../src/schemas/bundled-format.js'
import { REPO_ROOT, UPSTREAM_DIR } from '../helpers/paths.js'
import { tempDir } from './helpers.js'

const SHIPPED = join(REPO_ROOT, 'schemas')
const openApi = ['1.28', '1.31', '1.33', '1.36'].map((kubernetesVersion) => ({ kubernetesVersion, file: join(UPSTREAM_DIR, 'kubernetes-openapi', `v${kubernetesVersion}.swagger.json`) }))

describe('the shipped schema catalogs', () => {
  let files: BundledFiles
  beforeAll(async () => {
    files = await buildBundledCatalog({ openApi, crdDir: join(UPSTREAM_DIR, 'crd-schemas') })
    files.set('LICENSE-crd-schemas', readFileSync(join(UPSTREAM_DIR, 'crd-schemas', 'LICENSE')))
  }, 180_000)

  test('are what npm run build:schemas generates from ../shared/upstream (regenerating gives the same content)', () => {
    expect(compareBundledCatalog(files, SHIPPED)).toEqual([])
  })

  test('stay within the 5 MB budget', () => {
    let bytes = 0
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else bytes += statSync(path).size
      }
    }
    walk(SHIPPED)
    expect(bytes).toBeLessThan(5 * 1024 * 1024)
  })

  test('store a definition shared by several versions once', () => {
    const index = JSON.parse(gunzipSync(files.get('index.json.gz')!).toString('utf8')) as BundledIndex
    const selector = Object.values(index.kubernetes).map((version) => version.definitions['io.k8s.api.core.v1.ObjectFieldSelector'])
    expect(selector).toHaveLength(4)
    expect(new Set(selector).size).toBe(1)
    const chunk = JSON.parse(brotliDecompressSync(files.get('chunks/io.k8s.api.core.v1.json.br')!).toString('utf8')) as Record<string, unknown>
    expect(Object.keys(chunk)).toContain(selector[0])
    const all = Object.values(index.kubernetes).flatMap((version) => Object.values(version.definitions))
    expect(new Set(all).size).toBeLessThan(all.length / 2)
  })

  test('a catalog that differs from its sources is detected, naming the file', () => {
    const temp = tempDir('bundle-check')
    try {
      cpSync(SHIPPED, temp.dir, { recursive: true })
      writeFileSync(join(temp.dir, 'chunks', 'io.k8s.api.apps.v1.json.br'), brotliCompressSync('{}'))
      writeFileSync(join(temp.dir, 'chunks', 'stale.json.br'), brotliCompressSync('{}'))
      expect(compareBundledCatalog(files, temp.dir)).toEqual(['chunks/io.k8s.api.apps.v1.json.br: differs', 'chunks/stale.json.br: not generated (stale)'])
    } finally {
      temp.cleanup()
    }
  })
})
