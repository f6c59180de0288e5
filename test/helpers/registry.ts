import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { freePort } from './net.js'

/** A real OCI registry (Debian's docker-registry) serving plain HTTP on 127.0.0.1. */
export interface LocalRegistry {
  /** `127.0.0.1:<port>`. */
  host: string
  process: ChildProcess
  stop(): void
}

/**
 * Starts docker-registry with its storage under `dir/registry` and waits (up to 10 s) until
 * `GET /v2/` answers.
 *
 * @throws when it does not start listening in time.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  const host = `127.0.0.1:${await freePort()}`
  await mkdir(join(dir, 'registry'), { recursive: true })
  await writeFile(
    join(dir, 'registry.yml'),
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'registry')}\nhttp:\n  addr: ${host}\n`,
  )
  const child = spawn('docker-registry', ['serve', join(dir, 'registry.yml')], { stdio: 'ignore' })
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://${host}/v2/`)).ok) break
    } catch {
      // not listening yet
    }
    if (i > 100) {
      child.kill()
      throw new Error(`docker-registry did not start on ${host}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { host, process: child, stop: () => void child.kill() }
}
