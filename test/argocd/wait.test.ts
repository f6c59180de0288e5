import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  ArgoCdClient,
  ArgoCdError,
  argoCdClientFromEnv,
  formatResource,
  waitForRollout,
} from '../../src/argocd/index.js'
import { FakeArgoCd } from './fake-argocd.js'

const COMMIT = 'a'.repeat(40)
const OLD = 'b'.repeat(40)
const deployment = (name: string, health: string, message?: string) => ({
  group: 'apps',
  kind: 'Deployment',
  namespace: 'trading',
  name,
  status: 'Synced',
  health: { status: health, ...(message ? { message } : {}) },
})

let argo: FakeArgoCd
let client: ArgoCdClient
beforeAll(async () => {
  argo = new FakeArgoCd()
  await argo.start()
  client = new ArgoCdClient({ server: argo.url, token: argo.token })
})
afterAll(() => argo.stop())

describe('waitForRollout against a local Argo CD API', () => {
  test('Progressing → Healthy at the commit is healthy; an older revision being Healthy does not count', async () => {
    argo.script('staging', [
      { sync: 'Synced', health: 'Healthy', revision: OLD },
      { sync: 'OutOfSync', health: 'Healthy', revision: OLD },
      {
        sync: 'Synced',
        health: 'Progressing',
        revision: COMMIT,
        resources: [
          deployment(
            'risk-engine',
            'Progressing',
            'Waiting for rollout to finish: 1 of 2 updated replicas are available...',
          ),
        ],
      },
      { sync: 'Synced', health: 'Healthy', revision: COMMIT, resources: [deployment('risk-engine', 'Healthy')] },
    ])
    const seen: string[] = []
    const result = await waitForRollout({
      client,
      application: 'staging',
      revision: COMMIT,
      timeoutMs: 60_000,
      pollMs: 5,
      onPoll: (s) => seen.push(`${s.sync.status}/${s.health.status}`),
    })
    expect(result.outcome).toBe('healthy')
    expect(result.unhealthy).toEqual([])
    expect(seen).toEqual(['Synced/Healthy', 'OutOfSync/Healthy', 'Synced/Progressing', 'Synced/Healthy'])
    expect(argo.requests.at(-1)).toEqual({ url: '/api/v1/applications/staging', authorization: `Bearer ${argo.token}` })
  })

  test('Progressing → Degraded is degraded and lists the resources that are not healthy', async () => {
    argo.script('production', [
      { sync: 'Synced', health: 'Progressing', revision: COMMIT },
      {
        sync: 'Synced',
        health: 'Degraded',
        revision: COMMIT,
        resources: [
          deployment('api-gateway', 'Healthy'),
          deployment('matching-engine', 'Degraded', 'Deployment "matching-engine" exceeded its progress deadline'),
          { kind: 'ConfigMap', namespace: 'trading', name: 'cfg', status: 'Synced' },
        ],
      },
    ])
    const result = await waitForRollout({
      client,
      application: 'production',
      revision: COMMIT.slice(0, 12),
      timeoutMs: 60_000,
      pollMs: 5,
    })
    expect(result.outcome).toBe('degraded')
    expect(result.unhealthy.map(formatResource)).toEqual([
      'Deployment.apps trading/matching-engine: Degraded (Deployment "matching-engine" exceeded its progress deadline)',
    ])
  })

  test('an Application that never reaches the commit times out, with its last state', async () => {
    argo.script('production-dr', [
      { sync: 'OutOfSync', health: 'Progressing', revision: OLD, resources: [deployment('settlement', 'Progressing')] },
    ])
    const result = await waitForRollout({
      client,
      application: 'production-dr',
      revision: COMMIT,
      timeoutMs: 50,
      pollMs: 10,
    })
    expect(result.outcome).toBe('timeout')
    expect(result.last).toMatchObject({ sync: 'OutOfSync', health: 'Progressing', revision: OLD })
    expect(result.unhealthy.map((r) => r.name)).toEqual(['settlement'])
    expect(result.polls).toBeGreaterThan(1)
  })

  test('a failed sync of the commit ends the wait', async () => {
    argo.script('failing', [
      {
        sync: 'OutOfSync',
        health: 'Healthy',
        revision: OLD,
        operationState: {
          phase: 'Failed',
          message: 'one or more objects failed to apply',
          syncResult: { revision: COMMIT },
        },
      },
    ])
    expect(
      (await waitForRollout({ client, application: 'failing', revision: COMMIT, timeoutMs: 60_000, pollMs: 5 }))
        .outcome,
    ).toBe('sync-failed')
  })

  test('a wrong token or an unknown Application is an error, not a wait', async () => {
    await expect(
      waitForRollout({
        client: new ArgoCdClient({ server: argo.url, token: 'wrong' }),
        application: 'staging',
        revision: COMMIT,
        timeoutMs: 60_000,
        pollMs: 5,
      }),
    ).rejects.toThrow(/HTTP 401: invalid session/)
    await expect(client.getApplication('nope')).rejects.toThrow(ArgoCdError)
    await expect(client.getApplication('nope')).rejects.toThrow(/HTTP 404: applications.argoproj.io "nope" not found/)
  })

  test('server and token come from ARGOCD_SERVER and ARGOCD_AUTH_TOKEN', async () => {
    expect(() => argoCdClientFromEnv({})).toThrow(/ARGOCD_SERVER is not set/)
    expect(() => argoCdClientFromEnv({ ARGOCD_SERVER: 'argocd.example.com' })).toThrow(/ARGOCD_AUTH_TOKEN is not set/)
    expect(argoCdClientFromEnv({ ARGOCD_SERVER: 'argocd.example.com', ARGOCD_AUTH_TOKEN: 't' }).baseUrl).toBe(
      'https://argocd.example.com/',
    )
    const fromEnv = argoCdClientFromEnv({
      ARGOCD_SERVER: argo.url.replace('http://', ''),
      ARGOCD_AUTH_TOKEN: argo.token,
      ARGOCD_PLAINTEXT: 'true',
    })
    argo.script('env', [{ sync: 'Synced', health: 'Healthy', revision: COMMIT }])
    expect((await fromEnv.getApplication('env')).health.status).toBe('Healthy')
    expect(() => new ArgoCdClient({ server: 'https://user:pw@argocd.example.com', token: 't' })).toThrow(
      /must not carry credentials/,
    )
  })
})
