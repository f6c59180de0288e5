import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ConfigError } from '../../src/errors.js'
import type { KubernetesObject } from '../../src/manifests/resource.js'
import { checkRuleIds } from '../../src/validation/checks/index.js'
import {
  checkOverrideIds,
  evaluatePolicies,
  loadPolicies,
  parsePolicy,
  resolveSeverity,
  type Policy,
} from '../../src/validation/policies/index.js'
import { REPO_ROOT } from '../helpers/paths.js'
import {
  container,
  deployment,
  DIGEST,
  hpa,
  modified,
  namespace,
  REGISTRY,
  resources,
  scaledObject,
} from './fixtures/build.js'

const vars = { ecrRegistries: [REGISTRY, '123456789012.dkr.ecr.us-west-2.amazonaws.com'] }
let policies: Policy[]
beforeAll(async () => {
  policies = await loadPolicies(join(REPO_ROOT, 'policies'))
})

const C0 = '/spec/template/spec/containers/0'
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const withContainer = (mutate: (c: Record<string, any>) => void) =>
  modified(deployment(), (d) => mutate(d.spec.template.spec.containers[0]))

// policy id, case, objects, environment, expected pointers (empty = passes)
const cases: Array<[string, string, KubernetesObject[], string, string[]]> = [
  ['images-from-ecr', 'Docker Hub image', [withContainer((c) => (c.image = 'nginx:1.27'))], 'staging', [`${C0}/image`]],
  [
    'images-from-ecr',
    'look-alike host',
    [withContainer((c) => (c.image = `${REGISTRY}.evil.com/shop/web:1`))],
    'staging',
    [`${C0}/image`],
  ],
  [
    'images-from-ecr',
    'second configured registry',
    [withContainer((c) => (c.image = '123456789012.dkr.ecr.us-west-2.amazonaws.com/shop/web:1'))],
    'staging',
    [],
  ],
  [
    'images-from-ecr',
    'init container from Docker Hub',
    [
      modified(
        deployment(),
        (d) => (d.spec.template.spec.initContainers = [{ ...container('init'), image: 'busybox:1.36' }]),
      ),
    ],
    'staging',
    ['/spec/template/spec/initContainers/0/image'],
  ],
  [
    'no-latest-tag',
    ':latest',
    [withContainer((c) => (c.image = `${REGISTRY}/shop/web:latest`))],
    'staging',
    [`${C0}/image`],
  ],
  [
    'no-latest-tag',
    ':latest with digest',
    [withContainer((c) => (c.image = `${REGISTRY}/shop/web:latest@${DIGEST}`))],
    'staging',
    [`${C0}/image`],
  ],
  ['no-latest-tag', 'untagged', [withContainer((c) => (c.image = `${REGISTRY}/shop/web`))], 'staging', [`${C0}/image`]],
  [
    'no-latest-tag',
    'registry port, untagged',
    [withContainer((c) => (c.image = 'registry.local:5000/shop/web'))],
    'staging',
    [`${C0}/image`],
  ],
  ['no-latest-tag', 'digest only', [withContainer((c) => (c.image = `${REGISTRY}/shop/web@${DIGEST}`))], 'staging', []],
  ['no-latest-tag', 'version tag', [withContainer((c) => (c.image = `${REGISTRY}/shop/web:1.4.2`))], 'staging', []],
  [
    'pinned-by-digest',
    'tag only in production',
    [withContainer((c) => (c.image = `${REGISTRY}/shop/web:1.4.2`))],
    'production',
    [`${C0}/image`],
  ],
  [
    'pinned-by-digest',
    'tag only in production-dr',
    [withContainer((c) => (c.image = `${REGISTRY}/shop/web:1.4.2`))],
    'production-dr',
    [`${C0}/image`],
  ],
  [
    'pinned-by-digest',
    'tag only in staging',
    [withContainer((c) => (c.image = `${REGISTRY}/shop/web:1.4.2`))],
    'staging',
    [],
  ],
  [
    'require-resources',
    'no memory limit',
    [withContainer((c) => delete c.resources.limits.memory)],
    'staging',
    [`${C0}/resources/limits/memory`],
  ],
  ['require-resources', 'no resources', [withContainer((c) => delete c.resources)], 'staging', [`${C0}/resources`]],
  [
    'run-as-non-root',
    'neither pod nor container',
    [
      modified(deployment(), (d) => {
        delete d.spec.template.spec.securityContext
        delete d.spec.template.spec.containers[0].securityContext.runAsNonRoot
      }),
    ],
    'staging',
    [`${C0}/securityContext/runAsNonRoot`],
  ],
  [
    'run-as-non-root',
    'container overrides pod with false',
    [withContainer((c) => (c.securityContext.runAsNonRoot = false))],
    'staging',
    [`${C0}/securityContext/runAsNonRoot`],
  ],
  ['run-as-non-root', 'pod level only', [withContainer((c) => delete c.securityContext.runAsNonRoot)], 'staging', []],
  [
    'run-as-non-root',
    'container level only',
    [modified(deployment(), (d) => delete d.spec.template.spec.securityContext)],
    'staging',
    [],
  ],
  [
    'read-only-root-filesystem',
    'false',
    [withContainer((c) => (c.securityContext.readOnlyRootFilesystem = false))],
    'staging',
    [`${C0}/securityContext/readOnlyRootFilesystem`],
  ],
  [
    'read-only-root-filesystem',
    'no securityContext',
    [modified(deployment(), (d) => delete d.spec.template.spec.containers[0].securityContext)],
    'staging',
    [`${C0}/securityContext`],
  ],
  [
    'no-privilege-escalation',
    'unset',
    [withContainer((c) => delete c.securityContext.allowPrivilegeEscalation)],
    'staging',
    [`${C0}/securityContext/allowPrivilegeEscalation`],
  ],
  [
    'no-privilege-escalation',
    'true',
    [withContainer((c) => (c.securityContext.allowPrivilegeEscalation = true))],
    'staging',
    [`${C0}/securityContext/allowPrivilegeEscalation`],
  ],
  [
    'drop-all-capabilities',
    'drops NET_RAW only',
    [withContainer((c) => (c.securityContext.capabilities.drop = ['NET_RAW']))],
    'staging',
    [`${C0}/securityContext/capabilities/drop/0`],
  ],
  [
    'drop-all-capabilities',
    'no capabilities',
    [withContainer((c) => delete c.securityContext.capabilities)],
    'staging',
    [`${C0}/securityContext/capabilities`],
  ],
  [
    'require-probes',
    'no readiness probe',
    [withContainer((c) => delete c.readinessProbe)],
    'staging',
    [`${C0}/readinessProbe`],
  ],
  [
    'require-probes',
    'no probes',
    [
      withContainer((c) => {
        delete c.readinessProbe
        delete c.livenessProbe
      }),
    ],
    'staging',
    [`${C0}/livenessProbe`, `${C0}/readinessProbe`],
  ],
  [
    'require-probes',
    'init container without probes',
    [
      modified(
        deployment(),
        (d) =>
          (d.spec.template.spec.initContainers = [
            { ...container('init'), livenessProbe: undefined, readinessProbe: undefined },
          ]),
      ),
    ],
    'staging',
    [],
  ],
  ['production-replicas', '2 replicas', [deployment('web', { replicas: 2 })], 'production', ['/spec/replicas']],
  [
    'production-replicas',
    'replicas unset, no HPA',
    [deployment('web', { replicas: undefined })],
    'production',
    ['/spec/replicas'],
  ],
  [
    'production-replicas',
    'replicas unset, HPA min 2',
    [deployment('web', { replicas: undefined }), hpa('web', 2)],
    'production',
    ['/spec/replicas'],
  ],
  [
    'production-replicas',
    'replicas unset, HPA min unset (1)',
    [deployment('web', { replicas: undefined }), hpa('web', undefined)],
    'production',
    ['/spec/replicas'],
  ],
  [
    'production-replicas',
    'replicas unset, HPA min 3',
    [deployment('web', { replicas: undefined }), hpa('web', 3)],
    'production',
    [],
  ],
  [
    'production-replicas',
    'HPA in another namespace does not count',
    [deployment('web', { replicas: undefined }), hpa('web', 3, 10, 'other')],
    'production',
    ['/spec/replicas'],
  ],
  [
    'production-replicas',
    'replicas 1, KEDA minReplicaCount 3',
    [deployment('web', { replicas: 1 }), scaledObject('web', 3)],
    'production',
    [],
  ],
  [
    'production-replicas',
    'replicas 3, KEDA minReplicaCount unset (0)',
    [deployment('web', { replicas: 3 }), scaledObject('web', undefined)],
    'production',
    ['/spec/replicas'],
  ],
  ['production-replicas', '1 replica in staging', [deployment('web', { replicas: 1 })], 'staging', []],
  ['istio-injection', 'no labels', [namespace('shop', {})], 'staging', ['/metadata/labels/istio-injection']],
  [
    'istio-injection',
    'injection disabled',
    [namespace('shop', { 'istio-injection': 'disabled', 'istio.io/rev': 'stable' })],
    'staging',
    ['/metadata/labels/istio-injection'],
  ],
  ['istio-injection', 'revision label', [namespace('shop', { 'istio.io/rev': 'stable' })], 'staging', []],
  [
    'standard-labels',
    'no team label',
    [modified(deployment(), (d) => delete d.metadata.labels.team)],
    'staging',
    ['/metadata/labels/team'],
  ],
  [
    'standard-labels',
    'no cost-centre, no version',
    [
      modified(deployment(), (d) => {
        delete d.metadata.labels['cost-centre']
        delete d.metadata.labels['app.kubernetes.io/version']
      }),
    ],
    'staging',
    ['/metadata/labels/app.kubernetes.io~1version', '/metadata/labels/cost-centre'],
  ],
]

describe('shipped policies', () => {
  test('the compliant fixtures pass every policy in every environment', () => {
    for (const environment of ['staging', 'production', 'production-dr']) {
      expect(
        evaluatePolicies(
          policies,
          resources(namespace(), deployment(), deployment('api', { replicas: undefined }), hpa('api', 3)),
          { environment, vars },
        ),
      ).toEqual([])
    }
  })

  test('every shipped policy has a failing and a passing case here', () => {
    const failing = new Set(cases.filter((c) => c[4].length > 0).map((c) => c[0]))
    const passing = new Set(cases.filter((c) => c[4].length === 0).map((c) => c[0]))
    for (const policy of policies) {
      expect(failing.has(policy.id), `failing case for ${policy.id}`).toBe(true)
    }
    // A policy without an explicit passing case is covered by the compliant-fixture test above.
    expect(passing.size).toBeGreaterThan(5)
  })

  test.each(cases)('%s: %s', (id, _name, objects, environment, pointers) => {
    const findings = evaluatePolicies(policies, resources(...objects), { environment, vars }).filter(
      (finding) => finding.rule === id,
    )
    expect(findings.map((finding) => finding.path).sort()).toEqual([...pointers].sort())
    for (const finding of findings) {
      expect(finding.severity).toBe('error')
      expect(finding.environment).toBe(environment)
      expect(finding.resource?.kind).toBe(objects[0]!.kind)
      expect(finding.message).not.toMatch(/must match|must be equal to constant|\$\{/)
    }
  })

  test('environments marked production in slipway.yaml count as production; the name rule is the default', () => {
    const tagged = resources(
      withContainer((c) => (c.image = `${REGISTRY}/shop/web:1.4.2`)),
      deployment('api', { replicas: 1 }),
    )
    const rules = (environment: string, production?: boolean) =>
      evaluatePolicies(
        policies,
        tagged,
        production === undefined ? { environment, vars } : { environment, vars, production },
      )
        .map((f) => f.rule)
        .filter((rule) => rule === 'pinned-by-digest' || rule === 'production-replicas')
        .sort()
    // `live` is production only because the config says so.
    expect(rules('live', true)).toEqual(['pinned-by-digest', 'production-replicas'])
    expect(rules('live')).toEqual([])
    // The config can also say a *prod* name is not production.
    expect(rules('preprod', false)).toEqual([])
    expect(rules('preprod')).toEqual(['pinned-by-digest', 'production-replicas'])
    // The DR standby is production for digests but runs 1 replica by design.
    expect(rules('production-dr', true)).toEqual(['pinned-by-digest'])
  })

  test('messages name the container and the value', () => {
    const [finding] = evaluatePolicies(policies, resources(withContainer((c) => (c.image = 'nginx:latest'))), {
      environment: 'staging',
      vars,
    }).filter((f) => f.rule === 'no-latest-tag')
    expect(finding?.message).toContain('container "web" image "nginx:latest"')
  })
})

describe('policy overrides and vars', () => {
  const broken = () => resources(withContainer((c) => delete c.readinessProbe))

  test.each([
    [{ 'require-probes': 'off' as const }, 'production', []],
    [{ 'require-probes': 'warning' as const }, 'production', ['warning']],
    [
      { 'require-probes': { severity: 'warning' as const, environments: { production: 'error' as const } } },
      'production',
      ['error'],
    ],
    [
      { 'require-probes': { severity: 'warning' as const, environments: { production: 'error' as const } } },
      'staging',
      ['warning'],
    ],
    [{ 'require-probes': { environments: { staging: 'off' as const } } }, 'staging', []],
  ])('override %j in %s', (overrides, environment, severities) => {
    const findings = evaluatePolicies(policies, broken(), { environment, vars, overrides }).filter(
      (f) => f.rule === 'require-probes',
    )
    expect(findings.map((f) => f.severity)).toEqual(severities)
  })

  test('resolveSeverity falls back to the policy severity', () => {
    expect(resolveSeverity('x', 'error', 'prod', { y: 'off' })).toBe('error')
    expect(resolveSeverity('x', 'error', undefined, { x: { environments: { prod: 'off' } } })).toBe('error')
  })

  test('a policy that needs a var that is not configured is a ConfigError naming the policy and var', () => {
    expect(() => evaluatePolicies(policies, broken(), { environment: 'staging' })).toThrow(
      /images-from-ecr.*vars\.ecrRegistries/,
    )
  })

  test('a single registry string works as well as a list', () => {
    const findings = evaluatePolicies(policies, broken(), {
      environment: 'staging',
      vars: { ecrRegistries: REGISTRY },
    }).filter((f) => f.rule === 'images-from-ecr')
    expect(findings).toEqual([])
  })
})

describe('checkOverrideIds', () => {
  const errorOf = (config: Parameters<typeof checkOverrideIds>[2]): Error | undefined => {
    try {
      checkOverrideIds(policies, checkRuleIds(), config)
    } catch (error) {
      return error as Error
    }
    return undefined
  }

  test('known ids pass, in both sections', () => {
    expect(
      errorOf({
        policies: { overrides: { 'pinned-by-digest': 'off' } },
        checks: { overrides: { 'non-isolated-pod': 'warning', 'api-not-yet-served': 'off' } },
      }),
    ).toBeUndefined()
    expect(errorOf({})).toBeUndefined()
  })

  test('a misspelt policy id is a ConfigError naming slipway.yaml, the key and the closest id', () => {
    const error = errorOf({ policies: { overrides: { 'pinned-by-digst': 'off' } } })
    expect(error).toBeInstanceOf(ConfigError)
    expect(error?.message).toMatch(
      /^slipway\.yaml: policies\.overrides\.pinned-by-digst: unknown policy id "pinned-by-digst" \(did you mean "pinned-by-digest"\?\)/,
    )
  })

  test('a misspelt check id, an id nothing resembles, and an id in the wrong section', () => {
    const error = errorOf({
      file: 'deploy/slipway.yaml',
      checks: { overrides: { 'non-isolated-pods': 'off', 'require-probes': 'warning' } },
      policies: { overrides: { 'something-else': 'off' } },
    })
    expect(error).toBeInstanceOf(ConfigError)
    expect(error?.message).toContain('deploy/slipway.yaml: ')
    expect(error?.message).toContain(
      'checks.overrides.non-isolated-pods: unknown check id "non-isolated-pods" (did you mean "non-isolated-pod"?)',
    )
    expect(error?.message).toContain(
      'checks.overrides.require-probes: "require-probes" is a policy; move it under policies.overrides',
    )
    expect(error?.message).toMatch(
      /policies\.overrides\.something-else: unknown policy id "something-else"; known policy ids: drop-all-capabilities, /,
    )
  })
})

describe('policy files', () => {
  const valid =
    'id: p\ndescription: d\nseverity: error\nmatch: { kinds: [apps/v1/Deployment] }\nschema: { required: [spec] }\n'

  test.each([
    ['a bad key', valid.replace('match:', 'matches:'), /bad\.yaml: unknown key "matches"/],
    ['a bad nested key', valid.replace('kinds:', 'kind:'), /unknown key "match\.kind"/],
    ['a bad severity', valid.replace('severity: error', 'severity: fatal'), /severity: must be error or warning/],
    ['no schema nor builtin', valid.replace(/schema:.*\n/, ''), /exactly one of "schema" or "builtin"/],
    [
      'an unknown schema keyword',
      valid.replace('required: [spec]', 'requird: [spec]'),
      /schema of policy "p" is invalid.*requird/,
    ],
    [
      'an undeclared var',
      valid.replace('required: [spec]', 'pattern: "{{ vars.hosts | regex }}"'),
      /vars\.hosts" is not declared/,
    ],
    ['duplicate keys', valid + 'severity: warning\n', /bad\.yaml: .*[Mm]ap keys must be unique/],
    ['not a mapping', '- a\n- b\n', /bad\.yaml: a policy file must be a mapping/],
  ])('%s is a ConfigError naming the file and key', (_name, text, message) => {
    let error: unknown
    try {
      parsePolicy(text, 'policies/bad.yaml')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toContain('policies/bad.yaml')
  })

  test.each([
    ['Deployment', true],
    ['apps/Deployment', true],
    ['apps/v1/Deployment', true],
    ['apps/v1beta1/Deployment', false],
    ['extensions/Deployment', false],
    ['v1/Deployment', false],
    ['StatefulSet', false],
  ])('match.kinds %s against apps/v1 Deployment → %s', (kind, expected) => {
    const policy = parsePolicy(valid.replace('apps/v1/Deployment', kind), 'p.yaml')
    const findings = evaluatePolicies(
      [policy],
      resources({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } }),
      { environment: 'e' },
    )
    expect(findings.length > 0).toBe(expected)
  })

  test('match by namespace, environment glob and label selector', () => {
    const policy = parsePolicy(
      valid.replace(
        'match: { kinds: [apps/v1/Deployment] }',
        'match: { namespaces: [shop], environments: ["prod*"], labelSelector: { matchExpressions: [{ key: tier, operator: In, values: [web] }] } }',
      ),
      'p.yaml',
    )
    const object = (ns: string, tier: string): KubernetesObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c', namespace: ns, labels: { tier } },
    })
    expect(evaluatePolicies([policy], resources(object('shop', 'web')), { environment: 'production' })).toHaveLength(1)
    expect(evaluatePolicies([policy], resources(object('shop', 'web')), { environment: 'staging' })).toHaveLength(0)
    expect(evaluatePolicies([policy], resources(object('other', 'web')), { environment: 'production' })).toHaveLength(0)
    expect(evaluatePolicies([policy], resources(object('shop', 'db')), { environment: 'production' })).toHaveLength(0)
  })

  test.each([
    [['!production-dr'], 'production', true],
    [['!production-dr'], 'production-dr', false],
    [['prod*', '!*-dr'], 'production', true],
    [['prod*', '!*-dr'], 'production-dr', false],
    [['prod*', '!*-dr'], 'staging', false],
  ])('match.environments %j against %s → %s', (environments, environment, expected) => {
    const policy = parsePolicy(
      valid.replace(
        'match: { kinds: [apps/v1/Deployment] }',
        `match: { environments: ${JSON.stringify(environments)} }`,
      ),
      'p.yaml',
    )
    expect(
      evaluatePolicies([policy], resources({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }), {
        environment,
      }),
    ).toHaveLength(expected ? 1 : 0)
  })

  test('a lone "!" in match.environments and a non-boolean match.production are ConfigErrors', () => {
    expect(() =>
      parsePolicy(valid.replace('match: { kinds: [apps/v1/Deployment] }', 'match: { environments: ["!"] }'), 'p.yaml'),
    ).toThrow(/p\.yaml: match\.environments\.0: must be an environment name/)
    expect(() =>
      parsePolicy(valid.replace('match: { kinds: [apps/v1/Deployment] }', 'match: { production: yes }'), 'p.yaml'),
    ).toThrow(/p\.yaml: match\.production: must be boolean/)
  })

  describe('loadPolicies', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'slipway-policies-'))
    })
    afterAll(async () => rm(dir, { recursive: true, force: true }))

    test('reads *.yaml, ignores other files, rejects duplicate ids', async () => {
      await writeFile(join(dir, 'a.yaml'), valid)
      await writeFile(join(dir, 'ecr-lifecycle.json'), '{"rules": []}')
      expect((await loadPolicies(dir)).map((p) => p.id)).toEqual(['p'])
      await writeFile(join(dir, 'b.yaml'), valid)
      await expect(loadPolicies(dir)).rejects.toThrow(/b\.yaml: policy id "p" is also declared in a\.yaml/)
    })

    test('a missing directory has no policies', async () => {
      expect(await loadPolicies(join(dir, 'nope'))).toEqual([])
    })
  })
})

describe('slipway.yaml policies:/checks: schema fragments', () => {
  test.each([
    [
      {
        paths: ['policies'],
        overrides: {
          'require-probes': 'off',
          'pinned-by-digest': { severity: 'warning', environments: { production: 'error' } },
        },
      },
      true,
    ],
    [{ overrides: { 'require-probes': 'fatal' } }, false],
    [{ overrides: { 'require-probes': { severty: 'warning' } } }, false],
    [{ overides: {} }, false],
    [{ overrides: { Require_Probes: 'off' } }, false],
  ])('%j valid = %s', async (section, valid) => {
    const { createAjv } = await import('../../src/util/ajv.js')
    const { policiesSchema, checksSchema } = await import('../../src/config/sections/policies.js')
    expect(createAjv().validate(policiesSchema, section)).toBe(valid)
    if (!('paths' in section)) expect(createAjv().validate(checksSchema, section)).toBe(valid)
  })
})
