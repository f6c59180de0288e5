import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalPaths, realpathIfAny, statIfAny } from '../../src/util/local-fs.js'

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'slipway-local-fs-'))
  await mkdir(join(root, 'repo/base'), { recursive: true })
  await mkdir(join(root, 'outside'), { recursive: true })
  await writeFile(join(root, 'repo/base/deployment.yaml'), 'kind: Deployment\n')
  await writeFile(join(root, 'outside/secret.yaml'), 'kind: Secret\n')
  // A file that is a symlink, a directory that is one, and a link that leads nowhere.
  await symlink(join(root, 'outside/secret.yaml'), join(root, 'repo/base/linked.yaml'))
  await symlink(join(root, 'outside'), join(root, 'repo/shared'))
  await symlink(join(root, 'missing.yaml'), join(root, 'repo/base/dangling.yaml'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('LocalPaths', () => {
  it('gives what stat and realpath(3) give, through symlinked files and directories', () => {
    const paths = new LocalPaths()
    for (const rel of [
      'repo',
      'repo/base',
      'repo/base/deployment.yaml',
      'repo/base/linked.yaml',
      'repo/base/dangling.yaml',
      'repo/base/none.yaml',
      'repo/shared',
      'repo/shared/secret.yaml',
      'repo/shared/none.yaml',
    ]) {
      const path = join(root, rel)
      // Twice: the second answer comes from memory and must not differ.
      for (let round = 0; round < 2; round++) {
        expect(paths.realpath(path), rel).toBe(realpathIfAny(path))
        const stat = paths.stat(path)
        const expected = statIfAny(path)
        expect(stat?.isFile(), rel).toBe(expected?.isFile())
        expect(stat?.isDirectory(), rel).toBe(expected?.isDirectory())
        expect(stat?.size, rel).toBe(expected?.size)
      }
    }
    // The point of the checks above: a file reached through a symlinked directory resolves outside.
    expect(paths.realpath(join(root, 'repo/shared/secret.yaml'))).toBe(realpathIfAny(join(root, 'outside/secret.yaml')))
    expect(paths.stat(join(root, 'repo/base/dangling.yaml'))).toBeUndefined()
  })
})
