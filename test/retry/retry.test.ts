import { describe, expect, test } from 'vitest'
import { backoffDelayMs, retry, type RetryAttempt, type RetryPolicy } from '../../src/retry/index.js'

const policy: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 300, jitter: 'full' }
const transient = (error: unknown) =>
  error instanceof Error && error.message === 'busy' ? { reason: 'busy' } : undefined

function failing(times: number, message = 'busy') {
  let calls = 0
  const operation = async (attempt: number) => {
    calls++
    if (attempt <= times) throw new Error(message)
    return `ok on ${attempt}`
  }
  return { operation, calls: () => calls }
}

describe('retry', () => {
  test('retries transient failures with capped exponential backoff, then returns the success', async () => {
    const waits: RetryAttempt[] = []
    const slept: number[] = []
    const { operation, calls } = failing(3)
    const result = await retry(operation, transient, policy, {
      random: () => 0.5,
      sleep: async (ms) => void slept.push(ms),
      onRetry: (info) => waits.push(info),
    })
    expect(result).toBe('ok on 4')
    expect(calls()).toBe(4)
    // caps 100, 200, 300 (max), half of each with random 0.5
    expect(slept).toEqual([50, 100, 150])
    expect(waits.map((w) => [w.attempt, w.reason])).toEqual([
      [1, 'busy'],
      [2, 'busy'],
      [3, 'busy'],
    ])
  })

  test('rethrows a terminal failure at once, without waiting', async () => {
    const slept: number[] = []
    const { operation, calls } = failing(5, 'forbidden')
    await expect(retry(operation, transient, policy, { sleep: async (ms) => void slept.push(ms) })).rejects.toThrow(
      'forbidden',
    )
    expect([calls(), slept]).toEqual([1, []])
  })

  test('gives up after the attempts and rethrows the last error', async () => {
    const { operation, calls } = failing(10)
    await expect(retry(operation, transient, policy, { attempts: 2, sleep: async () => undefined })).rejects.toThrow(
      'busy',
    )
    expect(calls()).toBe(2)
  })

  test('a delay the failure asks for wins over the backoff, capped by maxDelayMs', async () => {
    const slept: number[] = []
    const { operation } = failing(2)
    await retry(operation, () => ({ reason: 'rate limited', delayMs: 10_000 }), policy, {
      sleep: async (ms) => void slept.push(ms),
    })
    expect(slept).toEqual([300, 300])
  })

  test('rejects a non-positive attempt count', async () => {
    await expect(retry(async () => 1, transient, policy, { attempts: 0 })).rejects.toThrow(
      'attempts 0 must be a positive integer',
    )
  })

  test.each([
    [1, 'none', 100],
    [2, 'none', 200],
    [3, 'none', 300],
    [9, 'none', 300],
    [2, 'full', 199],
  ] as const)('backoff after attempt %i with jitter %s is %i ms', (attempt, jitter, expected) => {
    expect(backoffDelayMs(attempt, { ...policy, jitter, random: () => 0.999 })).toBe(expected)
  })
})
