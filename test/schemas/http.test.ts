import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createSchemaSources, createSchemaValidator, fetchSchemaText } from '../../src/schemas/index.js'
import { deployment, resourceOf, tempDir } from './helpers.js'

// A real HTTP server on 127.0.0.1 whose answers each test scripts: per path, a queue of
// status codes (the last one repeats); 'hang' never answers.
type Answer = number | 'hang'
const script = new Map<string, Answer[]>()
const requests: string[] = []
const WIDGET_SCHEMA = JSON.stringify({
  type: 'object',
  required: ['spec'],
  properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec: { type: 'object', properties: { size: { type: 'integer' } } } },
})
let server: Server
let base: string
const temp = tempDir('http')

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? ''
    requests.push(path)
    const queue = script.get(path) ?? [404]
    const answer = queue.length > 1 ? (queue.shift() as Answer) : (queue[0] as Answer)
    if (answer === 'hang') return
    response.writeHead(answer, { 'content-type': 'application/json' })
    response.end(answer === 200 ? WIDGET_SCHEMA : '{"message":"no"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  temp.cleanup()
})
afterEach(() => {
  script.clear()
  requests.length = 0
})

const widget = (size: unknown = 3) => resourceOf(`apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: ${JSON.stringify(size)}}\n`)
const template = () => `${base}/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json`
const fast = { retries: 2, backoffMs: 5, timeoutMs: 500 }

describe('HTTP schema locations', () => {
  test('retries 5xx, then validates with the downloaded schema and caches it on disk', async () => {
    script.set('/example.com/widget_v1.json', [503, 502, 200])
    const cacheDir = `${temp.dir}/cache-a`
    const first = await createSchemaValidator({ kubernetesVersion: '1.33', locations: [template()], cacheDir, http: fast }).validate(widget('big'))
    expect(requests).toEqual(['/example.com/widget_v1.json', '/example.com/widget_v1.json', '/example.com/widget_v1.json'])
    expect(first.source).toBe(`url:${template()}`)
    expect(first.findings.map((finding) => [finding.path, finding.message])).toEqual([['/spec/size', 'expected integer, got string "big"']])

    // A new validator (a new run) with the same cache directory does not ask the server again.
    requests.length = 0
    const second = await createSchemaValidator({ kubernetesVersion: '1.33', locations: [template()], cacheDir, http: fast }).validate(widget())
    expect(second).toEqual({ source: `url:${template()}`, findings: [] })
    expect(requests).toEqual([])
  })

  test('404 means "no schema here": no retry, next location, then no-schema', async () => {
    const result = await createSchemaValidator({ kubernetesVersion: '1.33', locations: [template(), `${base}/second/{{ .ResourceKind }}.json`], cacheDir: `${temp.dir}/cache-b`, http: fast }).validate(widget())
    expect(requests).toEqual(['/example.com/widget_v1.json', '/second/widget.json'])
    expect(result.source).toBe('none')
    expect(result.findings).toMatchObject([{ severity: 'warning', rule: 'no-schema' }])
  })

  test('a location that keeps failing is reported once, as an error, and skipped afterwards', async () => {
    script.set('/example.com/widget_v1.json', [500])
    script.set('/example.com/gadget_v1.json', [500])
    const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [template()], cacheDir: `${temp.dir}/cache-c`, http: fast })
    const first = await validator.validate(widget())
    expect(requests).toHaveLength(3)
    expect(first.findings).toMatchObject([{ severity: 'warning', rule: 'no-schema' }])
    const gadget = await validator.validate(resourceOf('apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n'))
    expect(requests).toHaveLength(3)
    expect(gadget.findings.map((finding) => finding.rule)).toEqual(['no-schema'])
    expect(validator.locationFindings()).toEqual([
      {
        severity: 'error',
        rule: 'schema-location-unreachable',
        message: `schema location "${template()}" cannot be reached: could not download schema ${base}/example.com/widget_v1.json after 3 attempts: HTTP 500; resources are validated with the next location or the Kubernetes 1.33 schemas shipped with Slipway`,
      },
    ])
  })

  test('unreachableSchemaLocation: warning lowers the finding to a warning', async () => {
    script.set('/example.com/widget_v1.json', [503])
    const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [template()], cacheDir: `${temp.dir}/cache-w`, http: fast, unreachableLocation: 'warning' })
    await validator.validate(widget())
    expect(validator.locationFindings()).toMatchObject([{ severity: 'warning', rule: 'schema-location-unreachable', message: expect.stringContaining('HTTP 503') }])
  })

  test('a missing local directory is reported the same way, before any download', async () => {
    const validator = createSchemaValidator({ kubernetesVersion: '1.33', locations: [`${temp.dir}/no-such-dir`], cacheDir: `${temp.dir}/cache-m` })
    expect((await validator.validate(deployment({ '/spec/replica': 3 }))).findings.map((finding) => finding.message)).toEqual(['unknown field "replica" (did you mean "replicas"?)'])
    expect(validator.locationFindings()).toMatchObject([{ severity: 'error', rule: 'schema-location-unreachable', message: `schema location "${temp.dir}/no-such-dir" cannot be reached: no such directory or file; resources are validated with the next location or the Kubernetes 1.33 schemas shipped with Slipway` }])
  })

  test('a request that hangs times out and is retried', async () => {
    script.set('/slow.json', ['hang'])
    await expect(fetchSchemaText(`${base}/slow.json`, { retries: 1, backoffMs: 1, timeoutMs: 100 })).rejects.toThrow(`could not download schema ${base}/slow.json after 2 attempts: timed out after 100 ms`)
    expect(requests).toEqual(['/slow.json', '/slow.json'])
  })

  test('an injected fetch is used', async () => {
    const seen: string[] = []
    const fakeFetch = (async (url: string | URL | Request) => {
      seen.push(String(url))
      return new Response(WIDGET_SCHEMA, { status: 200 })
    }) as typeof fetch
    const result = await createSchemaValidator({ kubernetesVersion: '1.33', locations: ['https://schemas.example.com/{{ .ResourceKind }}.json'], cacheDir: `${temp.dir}/cache-d`, fetch: fakeFetch }).validate(widget())
    expect(seen).toEqual(['https://schemas.example.com/widget.json'])
    expect(result.findings).toEqual([])
  })
})

test('"default" is kubeconform\'s default URL plus the CRDs-catalog URL', () => {
  expect(createSchemaSources(['default'], { kubernetesVersion: '1.33', strict: true }).map((source) => source.name)).toEqual([
    'url:https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json',
    'url:https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json',
  ])
})
