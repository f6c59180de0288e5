import { describe, expect, test } from 'vitest'
import { ConfigError } from '../../src/errors.js'
import { compareEnvironment } from '../../src/plan/compare.js'
import { parseConfig } from '../../src/config/parse.js'
import { resolvePlanConfig } from '../../src/plan/config.js'
import { deleteAtPath, formatFieldPath, parseFieldPath } from '../../src/plan/field-path.js'
import { generatorStem } from '../../src/plan/generators.js'
import { parseImage } from '../../src/plan/images.js'
import { redactSecretPair, sanitizeRenderMessage, SecretScrubber } from '../../src/manifests/secret-redaction.js'
import { immutableChanges } from '../../src/plan/risks.js'
import { diffValues } from '../../src/plan/semantic.js'
import type { KubernetesObject } from '../../src/manifests/resource.js'
import { renderMarkdown } from '../../src/plan/format/index.js'
import { checkMarkdownStructure } from '../github/markdown-structure.js'

const deployment = (containers: unknown[], extra: Record<string, unknown> = {}): KubernetesObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'apps' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'api' } },
    template: { metadata: { labels: { app: 'api' } }, spec: { containers } },
  },
  ...extra,
})

describe('diffValues matches list items by merge key before position', () => {
  test.each([
    {
      name: 'container inserted before another is one addition',
      before: { containers: [{ name: 'app', image: 'a:1' }] },
      after: {
        containers: [
          { name: 'sidecar', image: 's:1' },
          { name: 'app', image: 'a:1' },
        ],
      },
      expected: ['add containers[name=sidecar]'],
    },
    {
      name: 'env var value change inside a container',
      before: {
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
      },
      after: {
        env: [
          { name: 'B', value: '3' },
          { name: 'A', value: '1' },
        ],
      },
      expected: ['replace env[name=B].value'],
    },
    {
      name: 'ports matched by containerPort',
      before: { ports: [{ containerPort: 80 }, { containerPort: 443, protocol: 'TCP' }] },
      after: { ports: [{ containerPort: 443, protocol: 'UDP' }] },
      expected: ['remove ports[containerPort=80]', 'replace ports[containerPort=443].protocol'],
    },
    {
      name: 'volumeMounts matched by mountPath when names repeat',
      before: {
        volumeMounts: [
          { name: 'v', mountPath: '/a' },
          { name: 'v', mountPath: '/b', readOnly: true },
        ],
      },
      after: {
        volumeMounts: [
          { name: 'v', mountPath: '/b', readOnly: false },
          { name: 'v', mountPath: '/a' },
        ],
      },
      expected: ['replace volumeMounts[mountPath=/b].readOnly'],
    },
    {
      name: 'scalar list of different length is replaced whole',
      before: { args: ['--a'] },
      after: { args: ['--a', '--b'] },
      expected: ['replace args'],
    },
    { name: 'equal objects', before: { a: { b: [1, 2] } }, after: { a: { b: [1, 2] } }, expected: [] },
  ])('$name', ({ before, after, expected }) => {
    expect(diffValues(before, after).map((c) => `${c.op} ${formatFieldPath(c.path)}`)).toEqual(expected)
  })
})

describe('field paths', () => {
  test.each([
    ['spec.replicas', { spec: { replicas: 3, x: 1 } }, { spec: { x: 1 } }],
    [
      'metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"]',
      { metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', keep: 'y' } } },
      { metadata: { annotations: { keep: 'y' } } },
    ],
    [
      'spec.containers[*].image',
      {
        spec: {
          containers: [
            { name: 'a', image: 'x' },
            { name: 'b', image: 'y' },
          ],
        },
      },
      { spec: { containers: [{ name: 'a' }, { name: 'b' }] } },
    ],
    [
      'spec.containers[name=b].image',
      {
        spec: {
          containers: [
            { name: 'a', image: 'x' },
            { name: 'b', image: 'y' },
          ],
        },
      },
      { spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b' }] } },
    ],
    ['/spec/ports/0', { spec: { ports: [1, 2] } }, { spec: { ports: [2] } }],
  ])('%s', (path, input, expected) => {
    deleteAtPath(input, parseFieldPath(path))
    expect(input).toEqual(expected)
  })

  test.each(['', 'spec..x', 'spec[', 'spec[=a]'])('rejects %j with the path in the message', (path) => {
    expect(() => parseFieldPath(path, 'slipway.yaml: plan.ignore[0]')).toThrow(/plan\.ignore\[0\]: invalid field path/)
  })
})

describe('resolvePlanConfig', () => {
  test('defaults: generator hash and last-applied on, prod by name, 65536 chars', () => {
    const config = resolvePlanConfig({})
    expect(config).toMatchObject({
      generatorHash: true,
      lastAppliedConfiguration: true,
      maxCommentChars: 65536,
      ignore: [],
    })
    expect([config.isProduction('production-dr'), config.isProduction('staging')]).toEqual([true, false])
  })
  test('environments.<name>.production overrides the name rule', () => {
    const config = resolvePlanConfig({
      plan: { production: ['live'] },
      environments: { staging: { production: true } },
    })
    expect(['live', 'staging', 'production'].map(config.isProduction)).toEqual([true, true, false])
  })
  // The section is validated once, with the rest of slipway.yaml (parseConfig).
  test.each([
    [{ ignores: [] }, /unknown key "plan\.ignores"/],
    [{ ignore: [{ path: 'spec.x', knd: 'A' }] }, /unknown key "plan\.ignore\[0\]\.knd"/],
    [{ ignore: [{ kind: 'A' }] }, /plan\.ignore\[0\]\.path: is required/],
    [{ ignore: [7] }, /plan\.ignore\[0\]: must be a field path, or a mapping with path/],
    [{ defaults: { generatorHash: 'no' } }, /plan\.defaults\.generatorHash: must be true or false \(got "no"\)/],
    [{ maxCommentChars: 100000 }, /plan\.maxCommentChars: must be an integer from 1000 to 65536 \(got 100000\)/],
  ])('rejects %j', (section, message) => {
    const text = JSON.stringify({ plan: section })
    expect(() => parseConfig(text)).toThrow(ConfigError)
    expect(() => parseConfig(text)).toThrow(message)
  })
  test('a field path that does not parse names its key', () => {
    expect(() => resolvePlanConfig(parseConfig(JSON.stringify({ plan: { ignore: ['spec['] } })))).toThrow(
      /plan\.ignore\[0\]: invalid field path/,
    )
  })
})

describe('generator hash suffix', () => {
  test.each([
    ['ConfigMap', 'app-config-5t2mbk8c9h', 'app-config'],
    ['Secret', 'db-creds-g9f8b7m2tk', 'db-creds'],
    ['ConfigMap', 'app-config', undefined],
    ['ConfigMap', 'my-deployment', undefined],
    ['Deployment', 'api-5t2mbk8c9h', undefined],
  ])('%s %s → %s', (kind, name, stem) => {
    expect(generatorStem({ apiVersion: 'v1', kind, name })).toBe(stem)
  })
})

test('parseImage splits repository, tag and digest', () => {
  expect(parseImage('123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/api:v1.2@sha256:abc')).toEqual({
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/api:v1.2@sha256:abc',
    repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/api',
    tag: 'v1.2',
    digest: 'sha256:abc',
  })
  expect(parseImage('localhost:5000/app')).toEqual({ image: 'localhost:5000/app', repository: 'localhost:5000/app' })
})

describe('Secrets', () => {
  const secret = (data: Record<string, string>, annotations?: Record<string, string>): KubernetesObject => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 's', ...(annotations ? { annotations } : {}) },
    data,
  })
  const b64 = (text: string) => Buffer.from(text).toString('base64')

  test('redactSecretPair reports keys only and hides every value', () => {
    const before = secret(
      { same: b64('unchanged-value'), changed: b64('old-password-1'), gone: b64('removed-value') },
      { 'kubectl.kubernetes.io/last-applied-configuration': `{"data":{"changed":"${b64('old-password-1')}"}}` },
    )
    const after = secret({ same: b64('unchanged-value'), changed: b64('new-password-2'), fresh: b64('added-value') })
    const result = redactSecretPair(before, after)
    expect(result.keys).toEqual({ added: ['fresh'], changed: ['changed'], removed: ['gone'] })
    const text = JSON.stringify(result)
    for (const value of ['unchanged-value', 'old-password-1', 'new-password-2', 'removed-value', 'added-value']) {
      expect(text).not.toContain(value)
      expect(text).not.toContain(b64(value))
    }
  })

  test('SecretScrubber removes raw, base64 and JSON-escaped values', () => {
    const scrubber = new SecretScrubber()
    scrubber.addSecrets([secret({ token: b64('s3cr3t"value\nline-two-of-it') })])
    const leaked = `a ${b64('s3cr3t"value\nline-two-of-it')} b ${JSON.stringify('s3cr3t"value\nline-two-of-it')} c line-two-of-it`
    const out = scrubber.scrub(leaked)
    expect(out).not.toContain('line-two-of-it')
    expect(out).not.toContain(b64('s3cr3t"value\nline-two-of-it'))
  })
})

describe('compareEnvironment', () => {
  const config = resolvePlanConfig({})
  const cm = (name: string, data: Record<string, string>): KubernetesObject => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'apps' },
    data,
  })
  const withConfig = (name: string) =>
    deployment([{ name: 'app', image: 'repo/api:v1', envFrom: [{ configMapRef: { name } }] }])

  test('a generator hash rename is one change, and the workload that only follows the new name rolls out', () => {
    const plan = compareEnvironment(
      {
        name: 'staging',
        path: 'overlays/staging',
        base: [cm('app-config-5t2mbk8c9h', { A: '1' }), withConfig('app-config-5t2mbk8c9h')],
        head: [cm('app-config-7bk6hbcmdb', { A: '2' }), withConfig('app-config-7bk6hbcmdb')],
      },
      config,
    )
    expect([plan.added, plan.changed, plan.removed]).toEqual([0, 2, 0])
    expect(plan.resources[0]).toMatchObject({
      change: 'changed',
      ref: { kind: 'ConfigMap', name: 'app-config-7bk6hbcmdb' },
      previousName: 'app-config-5t2mbk8c9h',
      rollsOut: [{ kind: 'Deployment', name: 'api' }],
    })
    expect(plan.resources[1]).toMatchObject({
      change: 'changed',
      ref: { kind: 'Deployment', name: 'api' },
      reason: 'rolls out: references the new generated name app-config-7bk6hbcmdb',
    })
  })

  test('a kustomize hash without a digit (mmgkmgfcgk) is still one rename', () => {
    const plan = compareEnvironment(
      {
        name: 'staging',
        path: 'p',
        base: [cm('app-config-mmgkmgfcgk', { A: '1' }), withConfig('app-config-mmgkmgfcgk')],
        head: [cm('app-config-7bk6hbcmdb', { A: '2' }), withConfig('app-config-7bk6hbcmdb')],
      },
      config,
    )
    expect([plan.added, plan.changed, plan.removed]).toEqual([0, 2, 0])
    expect(plan.resources[0]).toMatchObject({
      ref: { name: 'app-config-7bk6hbcmdb' },
      previousName: 'app-config-mmgkmgfcgk',
    })
  })

  test('with defaults.generatorHash off the rename is a delete, an add and a workload change', () => {
    const plan = compareEnvironment(
      {
        name: 'staging',
        path: 'p',
        base: [cm('app-config-5t2mbk8c9h', { A: '1' }), withConfig('app-config-5t2mbk8c9h')],
        head: [cm('app-config-7bk6hbcmdb', { A: '2' }), withConfig('app-config-7bk6hbcmdb')],
      },
      resolvePlanConfig({ plan: { defaults: { generatorHash: false } } }),
    )
    expect([plan.added, plan.changed, plan.removed]).toEqual([1, 1, 1])
  })

  test('ignore rules hide a field; a resource whose only change is ignored is not listed', () => {
    const before = deployment([{ name: 'app', image: 'repo/api:v1' }])
    const after = structuredClone(before)
    ;(after.spec as { replicas: number }).replicas = 5
    const ignoring = resolvePlanConfig({ plan: { ignore: [{ path: 'spec.replicas', kind: 'Deployment' }] } })
    expect(compareEnvironment({ name: 'e', path: 'p', base: [before], head: [after] }, ignoring).resources).toEqual([])
    expect(compareEnvironment({ name: 'e', path: 'p', base: [before], head: [after] }, config).changed).toBe(1)
  })

  test('replicas to zero, below a PDB, selector change and deletion in production are risks', () => {
    const pdb: KubernetesObject = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'api', namespace: 'apps' },
      spec: { minAvailable: 2, selector: { matchLabels: { app: 'api' } } },
    }
    const before = deployment([{ name: 'app', image: 'repo/api:v1' }])
    const lowered = structuredClone(before)
    ;(lowered.spec as { replicas: number }).replicas = 1
    ;(lowered.spec as { selector: unknown }).selector = { matchLabels: { app: 'api', tier: 'web' } }
    const np: KubernetesObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'deny', namespace: 'apps' },
      spec: {},
    }
    const plan = compareEnvironment(
      { name: 'production', path: 'p', base: [before, pdb, np], head: [lowered, pdb] },
      config,
    )
    expect(plan.risks.map((r) => r.rule).sort()).toEqual([
      'immutable-field',
      'networkpolicy-removed',
      'production-deletion',
      'replicas-below-pdb',
    ])
    const zero = structuredClone(before)
    ;(zero.spec as { replicas: number }).replicas = 0
    expect(
      compareEnvironment({ name: 'staging', path: 'p', base: [before], head: [zero] }, config).risks.map((r) => r.rule),
    ).toEqual(['replicas-zero'])
  })

  test.each([
    ['Service', { spec: { clusterIP: '10.0.0.1' } }, { spec: { clusterIP: '10.0.0.2' } }, ['spec.clusterIP']],
    ['Service', { spec: { ports: [] } }, { spec: { clusterIP: '10.0.0.2', ports: [] } }, []],
    ['Job', { spec: { template: { a: 1 } } }, { spec: { template: { a: 2 } } }, ['spec.template']],
    [
      'StatefulSet',
      { spec: { replicas: 1, serviceName: 'a' } },
      { spec: { replicas: 2, serviceName: 'b' } },
      ['spec.serviceName'],
    ],
    ['RoleBinding', { roleRef: { name: 'a' } }, { roleRef: { name: 'b' } }, ['roleRef']],
  ])('immutable fields of %s', (kind, before, after, fields) => {
    expect(immutableChanges(kind, before as KubernetesObject, after as KubernetesObject)).toEqual(fields)
  })
})

describe('renderMarkdown', () => {
  const config = resolvePlanConfig({})
  const cm = (name: string, readme: string): KubernetesObject => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'apps' },
    data: { 'README.md': readme },
  })
  const planOf = (environments: ReturnType<typeof compareEnvironment>[]) => ({
    base: { ref: 'main', commit: 'a'.repeat(40) },
    head: {},
    environments,
    skipped: [],
    totals: {
      added: environments.reduce((n, e) => n + e.added, 0),
      changed: environments.reduce((n, e) => n + e.changed, 0),
      removed: environments.reduce((n, e) => n + e.removed, 0),
    },
    durationMs: 0,
  })

  test('a diff containing a code fence cannot break out of its block', () => {
    const env = compareEnvironment(
      { name: 'staging', path: 'p', base: [cm('docs', 'x')], head: [cm('docs', '```\n</details>\n| a |\n```')] },
      config,
    )
    const { markdown } = renderMarkdown(planOf([env]))
    expect(markdown).toContain('````diff')
    expect(checkMarkdownStructure(markdown)).toEqual([])
  })

  test('~250 changed resources at the 65,536 limit: a bare resource list (cut with "… and N more" if needed) and the summary', () => {
    const wide = (i: number, v: number): KubernetesObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `service-${i}-configuration-for-the-trading-platform`, namespace: 'apps' },
      data: Object.fromEntries(
        Array.from({ length: 12 }, (_, k) => [`SETTING_${k}_WITH_A_LONG_NAME`, `value-${v}-${'x'.repeat(40)}`]),
      ),
    })
    const env = (name: string, n: number) =>
      compareEnvironment(
        {
          name,
          path: `overlays/${name}`,
          base: Array.from({ length: n }, (_, i) => wide(i, 1)),
          head: Array.from({ length: n }, (_, i) => wide(i, 2)),
        },
        config,
      )
    const plan = planOf([env('staging', 125), env('production', 125)])
    const { markdown, level } = renderMarkdown(plan, { maxChars: 65_536 })
    expect(markdown.length).toBeLessThanOrEqual(65_536)
    expect(level).toBe('names')
    expect(markdown).toContain('| **Total** | | **0** | **250** | **0** |')
    expect(markdown).toContain('- `~` ConfigMap/apps/service-0-configuration-for-the-trading-platform\n')
    expect(markdown).toContain('- `~` ConfigMap/apps/service-124-configuration-for-the-trading-platform\n')
    expect(checkMarkdownStructure(markdown)).toEqual([])
    const cut = renderMarkdown(plan, { maxChars: 12_000 })
    expect(cut.markdown.length).toBeLessThanOrEqual(12_000)
    expect(cut.level).toBe('names')
    expect(cut.markdown).toMatch(/- … and \d+ more/)
    expect(cut.markdown).toContain('- **production**: 0 to add, 125 to change, 0 to destroy')
    expect(cut.markdown).toMatch(/\d+ of 250 resources in the list/)
    expect(checkMarkdownStructure(cut.markdown)).toEqual([])
  })

  test('many risks: the first 20 in view, the rest folded, structure intact', () => {
    const before = Array.from({ length: 30 }, (_, i): KubernetesObject => ({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: `pdb-${i}`, namespace: 'apps' },
      spec: { minAvailable: 1 },
    }))
    const env = compareEnvironment({ name: 'staging', path: 'p', base: before, head: [] }, config)
    const { markdown, level } = renderMarkdown(planOf([env]))
    expect(level).toBe('full')
    expect(markdown).toContain('#### ⚠️ Risks (30)')
    expect(markdown).toContain('<details><summary>10 more risks</summary>')
    expect(checkMarkdownStructure(markdown)).toEqual([])
  })
})

describe('sanitizeRenderMessage', () => {
  test.each([
    [
      'loading KV pairs: literal sources [DB_PASSWORD=BrandNewProdPassword42 SHORT pw1]: invalid literal source SHORT pw1, expected key=value',
      'loading KV pairs: literal sources [secret content removed]: invalid literal source [secret content removed], expected key=value',
    ],
    [
      'id conflict: {"apiVersion":"v1","kind":"Secret","metadata":{"name":"db"},"data":{"p":"QnJhbmROZXdQcm9kUGFzc3dvcmQ0Mg=="}} exists',
      'id conflict: [secret content removed] exists',
    ],
    [
      'cannot merge map[apiVersion:v1 kind:Secret stringData:map[p:BrandNewProdPassword42]] into it',
      'cannot merge [secret content removed] into it',
    ],
    [
      'conflict:\nkind: Secret\nstringData:\n  p: BrandNewProdPassword42\nmetadata:\n  name: db',
      'conflict:\nkind: Secret\nstringData: [secret content removed]\nmetadata:\n  name: db',
    ],
    [
      "accumulating resources: 'manifests/overlays/staging/missing.yaml' not found",
      "accumulating resources: 'manifests/overlays/staging/missing.yaml' not found",
    ],
  ])('%s', (message, expected) => {
    expect(sanitizeRenderMessage(message)).toBe(expected)
  })

  test('the scrubber never rewrites a protected identifier, but still a value inside free text', () => {
    const scrubber = new SecretScrubber()
    scrubber.addValue('production')
    scrubber.addValue('Hunter2-Hunter2')
    scrubber.protect(['production', 'manifests/overlays/production'])
    expect(scrubber.scrub('manifests/overlays/production: bad value Hunter2-Hunter2')).toBe(
      'manifests/overlays/production: bad value ***',
    )
  })
})
