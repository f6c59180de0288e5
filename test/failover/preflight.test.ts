import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runFailover } from '../../src/failover/run.js'
import { DR_OVERLAY, fakeEcr, platformRepo, referenceDigests, useGitIdentity, type PlatformRepo } from './repo.js'

// Each case breaks one thing in a fresh copy of the reference platform; only its check may fail.
const CASES: Array<{
  check: string
  blocking: boolean
  names: string
  verifyImages?: boolean
  breakIt: (repo: PlatformRepo) => Promise<void>
}> = [
  {
    check: 'argocd-application',
    blocking: true,
    names:
      'Application production-dr deploys to https://4F8C2A61D93B7E05A1C6B2D8E7F90A3B.gr7.us-east-1.eks.amazonaws.com, a cluster in us-east-1, not us-west-2',
    breakIt: (repo) =>
      repo.edit(
        'manifests/argocd/applicationset.yaml',
        'server: https://C3A7F1E95B2D8406A7E3C9F1B5D2806E.yl4.us-west-2.eks.amazonaws.com',
        'server: https://4F8C2A61D93B7E05A1C6B2D8E7F90A3B.gr7.us-east-1.eks.amazonaws.com',
      ),
  },
  {
    check: 'applicationset-keeps-applications',
    blocking: false,
    names:
      'ApplicationSet trading-platform (manifests/argocd/applicationset.yaml) may delete Application production-dr',
    breakIt: (repo) => repo.edit('manifests/argocd/applicationset.yaml', '    applicationsSync: create-update\n', ''),
  },
  {
    check: 'images-in-region',
    blocking: true,
    verifyImages: true,
    names: 'settlement: trading/settlement@',
    breakIt: async () => undefined, // the fake ECR below reports settlement's replication IN_PROGRESS
  },
  {
    check: 'validates',
    blocking: true,
    names: 'HorizontalPodAutoscaler/trading/api-gateway',
    breakIt: (repo) =>
      repo.edit('manifests/components/dr-active/api-gateway-hpa.yaml', 'minReplicas: 5', 'minReplicas: five'),
  },
  {
    check: 'secrets-region',
    blocking: true,
    names: 'SecretStore/legacy-secrets: spec.provider.aws.region is us-east-1, not us-west-2',
    breakIt: async (repo) => {
      await repo.write(
        'manifests/overlays/production-dr/legacy-store.yaml',
        'apiVersion: external-secrets.io/v1\nkind: SecretStore\nmetadata:\n  name: legacy-secrets\nspec:\n  provider:\n    aws:\n      service: SecretsManager\n      region: us-east-1\n',
      )
      await repo.edit(DR_OVERLAY, 'resources:\n  - ../../base\n', 'resources:\n  - ../../base\n  - legacy-store.yaml\n')
    },
  },
  {
    check: 'irsa-service-accounts',
    blocking: true,
    names:
      'ServiceAccount trading/settlement: annotated for IRSA in production (arn:aws:iam::123456789012:role/trading-settlement) but has no eks.amazonaws.com/role-arn in production-dr',
    breakIt: (repo) =>
      repo.edit(
        DR_OVERLAY,
        'patches:\n  - path: patches/edge-dns.yaml\n',
        'patches:\n  - path: patches/edge-dns.yaml\n  - target:\n      kind: ServiceAccount\n      name: settlement\n    patch: |-\n      - op: remove\n        path: /metadata/annotations/eks.amazonaws.com~1role-arn\n',
      ),
  },
  {
    check: 'traffic-annotations',
    blocking: true,
    names:
      'production-dr: Gateway/trading/trading-edge: external-dns.alpha.kubernetes.io/set-identifier (ExternalDNS v0.22+ reads external-dns.kubernetes.io/set-identifier)',
    breakIt: (repo) =>
      repo.edit(
        'manifests/overlays/production-dr/patches/edge-dns.yaml',
        'external-dns.kubernetes.io/set-identifier',
        'external-dns.alpha.kubernetes.io/set-identifier',
      ),
  },
]

let ecr: ReturnType<typeof fakeEcr>
const repos: PlatformRepo[] = []
beforeAll(() => useGitIdentity())
afterEach(() => ecr?.restore())
afterAll(async () => {
  for (const repo of repos) await repo.dispose()
})

describe('each preflight check failing alone refuses the failover, naming the service or resource', () => {
  test.each(CASES)('$check', { timeout: 240_000 }, async ({ check, blocking, names, verifyImages, breakIt }) => {
    const repo = await platformRepo()
    repos.push(repo)
    const digests = await referenceDigests(repo)
    const held = Object.fromEntries(Object.entries(digests).map(([repository, digest]) => [repository, [digest]]))
    ecr = fakeEcr(
      { 'us-west-2': held },
      Object.fromEntries(
        Object.entries(digests).map(([repository, d]) => [
          d,
          repository === 'trading/settlement' ? 'IN_PROGRESS' : 'COMPLETE',
        ]),
      ),
    )
    await breakIt(repo)
    await repo.commitAll(`break ${check}`)
    const head = (await repo.git('rev-parse', 'HEAD')).trim()
    const result = await runFailover({
      cwd: repo.dir,
      direction: 'failover',
      to: 'production-dr',
      mode: 'commit',
      verifyImages: verifyImages === true,
    })
    const failed = result.preflight.filter((c) => c.status === 'fail')
    expect(failed.map((c) => c.name)).toEqual([check])
    expect(failed[0]!.blocking).toBe(blocking)
    expect(failed[0]!.evidence.join('\n')).toContain(names)
    if (blocking) {
      expect(result.outcome).toBe('refused')
      expect((await repo.git('rev-parse', 'HEAD')).trim()).toBe(head)
      expect(await repo.git('status', '--porcelain')).toBe('')
    } else expect(result.outcome).toBe('committed')
  })
})
