/**
 * The import jobs behind `slipway schemas import-openapi` and `import-crd`: read the
 * input (file or URL), convert, write the catalog.
 */
import { readFile } from 'node:fs/promises'
import { ConfigError, errorMessage } from '../errors.js'
import { writeCatalog } from './catalog.js'
import { crdsToCatalog } from './crd.js'
import { fetchSchemaText, type HttpOptions } from './http.js'
import { openApiToCatalog, type OpenApiImportOptions } from './openapi.js'

/** What an import wrote. */
export interface ImportSummary {
  /** Absolute paths of the schema files written. */
  files: string[]
  /** Distinct `group/version/kind` (or `version/kind`) written, sorted. */
  kinds: string[]
}

/**
 * Reads a Kubernetes OpenAPI v2 document (JSON) from a file or an http(s) URL and writes
 * its catalog to `outDir` (see {@link openApiToCatalog}).
 *
 * @throws ConfigError naming the input when it cannot be read, is not JSON or not an OpenAPI v2 document.
 */
export async function importOpenApi(input: string, outDir: string, options: OpenApiImportOptions & { http?: HttpOptions } = {}): Promise<ImportSummary> {
  const text = await readInput(input, options.http)
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`not JSON: ${errorMessage(error)} (expected the output of \`kubectl get --raw /openapi/v2\`)`, input)
  }
  const entries = openApiToCatalog(document, input, options)
  const files = await writeCatalog(entries, outDir)
  return { files, kinds: [...new Set(entries.map((entry) => [entry.group, entry.version, entry.kind].filter(Boolean).join('/')))].sort() }
}

/**
 * Reads CustomResourceDefinition YAML files (or URLs) and writes
 * `{group}/{kind}_{version}.json` for every served version to `outDir` (see {@link crdsToCatalog}).
 *
 * @throws ConfigError naming the file when it cannot be read, does not parse, or holds no CustomResourceDefinition.
 */
export async function importCrds(inputs: readonly string[], outDir: string, options: { strict?: boolean; http?: HttpOptions } = {}): Promise<ImportSummary> {
  const entries = []
  for (const input of inputs) {
    const found = crdsToCatalog(await readInput(input, options.http), input, options)
    if (found.length === 0) throw new ConfigError('no CustomResourceDefinition (apiextensions.k8s.io/v1) found', input)
    entries.push(...found)
  }
  const files = await writeCatalog(entries, outDir)
  return { files, kinds: [...new Set(entries.map((entry) => `${entry.group}/${entry.version}/${entry.kind}`))].sort() }
}

async function readInput(input: string, http: HttpOptions | undefined): Promise<string> {
  if (/^https?:\/\//i.test(input)) {
    let text: string | undefined
    try {
      text = await fetchSchemaText(input, { ...http, cacheDir: undefined })
    } catch (error) {
      throw new ConfigError(errorMessage(error), input)
    }
    if (text === undefined) throw new ConfigError('not found (HTTP 404)', input)
    return text
  }
  try {
    return await readFile(input, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a file' : errorMessage(error), input)
  }
}
