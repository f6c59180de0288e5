import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { registerSchemasCommands } from '../../src/cli/schemas.js'
import { UPSTREAM_DIR } from '../helpers/paths.js'
import { tempDir } from './helpers.js'
import { runCommands } from '../helpers/cli.js'

const temp = tempDir('schemas-cli')
afterAll(() => temp.cleanup())

async function slipway(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCommands([registerSchemasCommands], argv, { cwd: temp.dir })
}

test('schemas import-crd writes the catalog and lists the kinds', async () => {
  const result = await slipway('schemas', 'import-crd', join(UPSTREAM_DIR, 'crds-yaml', 'argo-cd', 'appproject-crd.yaml'), '--out', 'crds')
  expect(result).toEqual({ code: 0, stdout: `wrote 1 schema file (1 kind) to ${join(temp.dir, 'crds')}\n  argoproj.io/v1alpha1/AppProject\n`, stderr: '' })
  expect(existsSync(join(temp.dir, 'crds', 'argoproj.io', 'appproject_v1alpha1.json'))).toBe(true)
})

test('schemas import-openapi on a missing file exits 2 naming it', async () => {
  const result = await slipway('schemas', 'import-openapi', 'nope.json', '--out', 'catalog')
  expect(result.code).toBe(2)
  expect(result.stderr).toBe(`slipway: ${join(temp.dir, 'nope.json')}: no such file\n`)
})

test('schemas import-openapi on JSON that is not OpenAPI exits 2 and says what was expected', async () => {
  writeFileSync(join(temp.dir, 'other.json'), '{"openapi": "3.0.0", "components": {}}')
  const result = await slipway('schemas', 'import-openapi', 'other.json', '--out', 'catalog')
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('other.json: not a Kubernetes OpenAPI v2 document: no "definitions" object')
})

test('schemas import-crd on a file without CRDs exits 2', async () => {
  writeFileSync(join(temp.dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n')
  const result = await slipway('schemas', 'import-crd', 'cm.yaml', '--out', 'crds')
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('cm.yaml: no CustomResourceDefinition (apiextensions.k8s.io/v1) found')
})
