/**
 * `npm run bench`: runs every `bench/*.ts` module's exported `run()` in turn (`npm run bench -- cli --sizes 20,60` runs only `bench/cli.ts`, on those sizes). Each prints
 * its own measurements and ratios; nothing here asserts a target — targets are measured.
 */
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '../bench')
// Names select bench modules (`npm run bench -- cli`); options (`--sizes 20,60`) are for the modules.
const args = process.argv.slice(2)
const only = args.filter((arg, i) => !arg.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'))
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
