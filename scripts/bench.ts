/**
 * `npm run bench`: runs every `bench/*.ts` module's exported `run()` in turn. Each prints
 * its own measurements and ratios; nothing here asserts a target — targets are measured.
 */
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '../bench')
const only = process.argv.slice(2)
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort()
for (const name of files) {
  const module = (await import(pathToFileURL(join(benchDir, name)).href)) as { run?: () => Promise<void> }
  if (typeof module.run !== 'function') continue
  console.log(`\n## ${name.replace(/\.ts$/, '')}`)
  await module.run()
}
