// The reference platform (manifests/) must pass every shipped policy, cross-resource check
// and removed-API check in every environment, rendered for real (kubectl kustomize, as Argo CD would).
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { loadConfig, type SlipwayConfig } from '../../src/config/index.js'
import { formatRef, type Resource } from '../../src/manifests/resource.js'
import { discoverEnvironments, renderDiscovered, type RenderResult } from '../../src/render/index.js'
import { runChecks } from '../../src/validation/checks/index.js'
import { checkApiVersions } from '../../src/validation/deprecations/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { evaluatePolicies, loadPolicies, type Policy } from '../../src/validation/policies/index.js'
import { REPO_ROOT } from '../helpers/paths.js'

// The registries the reference platform pulls from (manifests/overlays/*/kustomization.yaml),
// used only when slipway.yaml does not set vars.ecrRegistries.
const REFERENCE_REGISTRIES = [
  '123456789012.dkr.ecr.us-east-1.amazonaws.com',
  '123456789012.dkr.ecr.us-west-2.amazonaws.com',
]

let config: SlipwayConfig
let results: RenderResult[]
let projects: Array<{ object: import('../../src/manifests/resource.js').KubernetesObject }>
let policies: Policy[]
let vars: Record<string, unknown>

beforeAll(async () => {
  config = await loadConfig(REPO_ROOT)
  const discovery = await discoverEnvironments({ repoRoot: REPO_ROOT, config })
  results = await renderDiscovered(discovery.environments, { repoRoot: REPO_ROOT, config })
  projects = discovery.projects
  policies = await loadPolicies(join(REPO_ROOT, 'policies'))
  vars = { ecrRegistries: REFERENCE_REGISTRIES, ...config.vars }
})

const describeFindings = (findings: Finding[]) =>
  findings.map(
    (f) =>
      `${f.severity} ${f.rule} [${f.environment}] ${f.resource ? formatRef(f.resource) : ''} ${f.path ?? ''}: ${f.message}`,
  )

describe('the reference platform', () => {
  test('renders staging, production and production-dr', () => {
    expect(results.map((result) => result.environment.name).sort()).toEqual(['production', 'production-dr', 'staging'])
    for (const result of results) {
      expect(result.findings).toEqual([])
      expect(result.resources.length).toBeGreaterThan(20)
    }
  })

  test('passes every shipped policy', () => {
    const findings = results.flatMap((result) =>
      evaluatePolicies(policies, result.resources, { environment: result.environment.name, vars }),
    )
    expect(describeFindings(findings)).toEqual([])
  })

  test('passes every cross-resource check', () => {
    const findings = runChecks({ repoRoot: REPO_ROOT, results, projects: projects.map((project) => project.object) })
    expect(describeFindings(findings)).toEqual([])
  })

  test('uses no removed or deprecated API', () => {
    const findings = results.flatMap((result) =>
      checkApiVersions(result.resources, result.environment.kubernetesVersion, result.environment.name),
    )
    expect(describeFindings(findings)).toEqual([])
  })

  // Guards against the tests above passing because nothing matched.
  test('the policies and checks do look at it: one seeded defect per rule family is reported', () => {
    const production = results.find((result) => result.environment.name === 'production')!
    const copy: Resource[] = structuredClone(production.resources)
    const deployment = copy.find((resource) => resource.ref.kind === 'Deployment')!
    const podSpec = (deployment.object.spec as any).template.spec // eslint-disable-line @typescript-eslint/no-explicit-any
    delete podSpec.containers[0].readinessProbe
    podSpec.containers[0].image = podSpec.containers[0].image.replace(/@sha256:[a-f0-9]+$/, '')
    podSpec.serviceAccountName = 'nobody'
    const policyRules = new Set(
      evaluatePolicies(policies, copy, { environment: 'production', vars }).map((f) => f.rule),
    )
    expect(policyRules).toEqual(new Set(['require-probes', 'pinned-by-digest']))
    const checkRules = new Set(
      runChecks({
        repoRoot: REPO_ROOT,
        results: [{ ...production, resources: copy }],
        projects: projects.map((p) => p.object),
      }).map((f) => f.rule),
    )
    expect(checkRules).toEqual(new Set(['non-existent-service-account']))
  })
})
