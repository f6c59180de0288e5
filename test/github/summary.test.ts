import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { writeJobSummary } from '../../src/github/summary.js'

describe('writeJobSummary', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('appends to the summary file, each write ending in a newline, and says whether it wrote', async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-summary-'))
    const file = join(dir, 'summary.md')
    expect(await writeJobSummary('## one\n', file)).toBe(true)
    expect(await writeJobSummary('two', file)).toBe(true)
    expect(await readFile(file, 'utf8')).toBe('## one\ntwo\n')
    expect(await writeJobSummary('x', '')).toBe(false)
  })

  test('writes to $GITHUB_STEP_SUMMARY by default, and nothing outside Actions', async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-summary-'))
    const file = join(dir, 'step.md')
    const saved = process.env.GITHUB_STEP_SUMMARY
    try {
      process.env.GITHUB_STEP_SUMMARY = file
      await writeJobSummary('from the env')
      delete process.env.GITHUB_STEP_SUMMARY
      expect(await writeJobSummary('nowhere')).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
      else process.env.GITHUB_STEP_SUMMARY = saved
    }
    expect(await readFile(file, 'utf8')).toBe('from the env\n')
  })
})
