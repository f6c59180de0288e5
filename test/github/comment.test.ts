import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createGitHubClient, stickyMarker, upsertStickyComment } from '../../src/github/comment.js'
import { retryDelay, withGitHubRetry } from '../../src/github/retry.js'
import { FakeGitHub } from './fake-github.js'

const github = new FakeGitHub()
const target = { owner: 'o', repo: 'r', issueNumber: 7 }
const waits: number[] = []
const retry = { sleep: async (ms: number) => void waits.push(ms) }
const marker = stickyMarker('PR')

beforeAll(() => github.start())
afterAll(() => github.stop())
afterEach(() => {
  github.comments = []
  github.failures = []
  github.requests = []
  waits.length = 0
})

describe('sticky comment over HTTP', () => {
  test('first run creates one comment, a re-run edits it in place', async () => {
    const client = createGitHubClient('t0ken', github.url)
    const first = await upsertStickyComment(client, target, marker, '### Slipway plan\n\nstaging: 1 to add', { retry })
    expect(first.action).toBe('created')
    const second = await upsertStickyComment(client, target, marker, '### Slipway plan\n\nstaging: 2 to add', { retry })
    expect(second).toMatchObject({ action: 'updated', id: first.id })
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toBe(`${marker}\n### Slipway plan\n\nstaging: 2 to add`)
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH'])
    expect(github.requests.every((r) => r.authorization === 'token t0ken')).toBe(true)
    const third = await upsertStickyComment(client, target, marker, '### Slipway plan\n\nstaging: 2 to add', { retry })
    expect(third.action).toBe('unchanged')
  })

  test('a person quoting the marker does not take the comment over; another workflow keeps its own', async () => {
    const client = createGitHubClient('t', github.url)
    github.seed(`${marker}\nI pasted this`, 'mallory', 'User')
    github.seed(`${stickyMarker('nightly')}\nother workflow`, 'github-actions[bot]', 'Bot')
    const result = await upsertStickyComment(client, target, marker, 'plan', { retry })
    expect(result.action).toBe('created')
    expect(github.comments.map((c) => c.body)).toEqual([
      `${marker}\nI pasted this`,
      `${stickyMarker('nightly')}\nother workflow`,
      `${marker}\nplan`,
    ])
  })

  test('finds the comment on a later page', async () => {
    const client = createGitHubClient('t', github.url)
    for (let i = 0; i < 120; i++) github.seed(`chatter ${i}`)
    github.seed(`${marker}\nold plan`, 'github-actions[bot]', 'Bot')
    expect((await upsertStickyComment(client, target, marker, 'new plan', { retry })).action).toBe('updated')
    expect(github.comments).toHaveLength(121)
  })

  test('retries a 502 and a rate limit (honouring retry-after), then succeeds', async () => {
    const client = createGitHubClient('t', github.url)
    github.failures.push(
      { method: 'GET', status: 502 },
      { method: 'POST', status: 429, headers: { 'retry-after': '7' } },
      {
        method: 'POST',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3) },
      },
    )
    const result = await upsertStickyComment(client, target, marker, 'plan', { retry })
    expect(result.action).toBe('created')
    expect(github.comments).toHaveLength(1)
    expect(waits[0]).toBe(1000)
    expect(waits[1]).toBe(7000)
    expect(waits[2]).toBeGreaterThan(1000)
    expect(waits[2]).toBeLessThanOrEqual(5000)
  })

  test('a create answered 502 after it was made is not repeated: one comment, found again and kept', async () => {
    const client = createGitHubClient('t', github.url)
    github.failures.push({ method: 'POST', status: 502, afterWrite: true })
    const result = await upsertStickyComment(client, target, marker, 'plan', { retry })
    expect(result.action).toBe('created')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toBe(`${marker}\nplan`)
    expect(result.id).toBe(github.comments[0]!.id)
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET'])
  })

  test('does not retry a 404 and gives up after the retries on persistent 5xx', async () => {
    const client = createGitHubClient('t', github.url)
    await expect(
      upsertStickyComment(client, { ...target, repo: 'missing' }, marker, 'plan', { retry }),
    ).rejects.toMatchObject({ status: 404 })
    expect(waits).toEqual([])
    github.failures.push(...Array.from({ length: 4 }, () => ({ method: 'GET', status: 503 })))
    await expect(upsertStickyComment(client, target, marker, 'plan', { retry })).rejects.toMatchObject({ status: 503 })
    expect(waits).toEqual([1000, 2000, 4000])
  })

  test('refuses a body over 65,536 characters without calling the API', async () => {
    const client = createGitHubClient('t', github.url)
    await expect(upsertStickyComment(client, target, marker, 'x'.repeat(65_536), { retry })).rejects.toThrow(
      /GitHub accepts at most 65536/,
    )
    expect(github.requests).toEqual([])
  })
})

test.each([
  [{ status: 500 }, 1, { delayMs: 1000, reason: 'HTTP 500' }],
  [{ status: 502 }, 3, { delayMs: 4000, reason: 'HTTP 502' }],
  [
    { status: 403, response: { headers: { 'retry-after': '120' } } },
    1,
    { delayMs: 60000, reason: 'rate limited (HTTP 403)' },
  ],
  [{ status: 403 }, 1, undefined],
  [{ status: 422 }, 1, undefined],
  [new Error('socket hang up'), 2, { delayMs: 2000, reason: 'network error' }],
])('retryDelay(%j, attempt %i)', (error, attempt, expected) => {
  expect(retryDelay(error, attempt)).toEqual(expected)
})

test('withGitHubRetry returns the first success', async () => {
  let calls = 0
  const value = await withGitHubRetry(async () => {
    if (++calls < 3) throw Object.assign(new Error('boom'), { status: 500 })
    return 'ok'
  }, retry)
  expect([value, calls]).toEqual(['ok', 3])
})
