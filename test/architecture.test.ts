import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { REPO_ROOT as repoRoot } from './helpers/paths.js'

// The layout rules of issue 8, checked on the source itself: each `src/` folder is a room
// with one job, rooms depend on each other in one direction only, and the process-level
// effects (exit codes, child processes, git) each have one owner.

const SRC = join(repoRoot, 'src')

interface SourceFile {
  /** Repository-relative path, `src/plan/plan.ts`. */
  path: string
  text: string
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [{ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }] : []
  })
}

/** The room of a file: its first folder under `src/`, or the file itself for `src/cli.ts`. */
function roomOf(path: string): string {
  const parts = path.split('/')
  return parts.length > 2 ? (parts[1] as string) : (parts[1] as string).replace(/\.ts$/, '')
}

/** Relative module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(file: SourceFile): string[] {
  const specifiers: string[] = []
  for (const match of file.text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"](\.[^'"]+)['"]/g))
    specifiers.push(match[1] as string)
  for (const match of file.text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) specifiers.push(match[1] as string)
  for (const match of file.text.matchAll(/(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)) specifiers.push(match[1] as string)
  return specifiers
}

/** Cycles of a directed graph (Tarjan's strongly connected components of more than one node). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const visit = (node: string): void => {
    indices.set(node, index)
    low.set(node, index)
    index++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!))
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) components.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!indices.has(node)) visit(node)
  return components
}

const files = sourceFiles(SRC)

describe('architecture', () => {
  test('the source tree is read (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(new Set(files.map((file) => roomOf(file.path)))).toContain('plan')
    expect(files.some((file) => importsOf(file).length > 0)).toBe(true)
  })

  test('no import cycle between the folders of src/', () => {
    const graph = new Map<string, Set<string>>()
    const witness = new Map<string, string>()
    for (const file of files) {
      const from = roomOf(file.path)
      if (!graph.has(from)) graph.set(from, new Set())
      for (const specifier of importsOf(file)) {
        const target = normalize(join(dirname(file.path), specifier))
        if (!target.startsWith('src/')) continue
        const to = roomOf(target)
        if (to === from) continue
        graph.get(from)!.add(to)
        witness.set(`${from}->${to}`, `${file.path} imports ${specifier}`)
      }
    }
    expect(graph.size).toBeGreaterThan(10)
    const found = cycles(graph).map((component) => {
      const edges = [...witness.entries()]
        .filter(([edge]) => {
          const [from, to] = edge.split('->') as [string, string]
          return component.includes(from) && component.includes(to)
        })
        .map(([, example]) => example)
      return `${component.join(' <-> ')}: ${edges.join('; ')}`
    })
    expect(found).toEqual([])
  })

  test('process.exit is called only by the CLI entry point (src/cli.ts)', () => {
    const callers = files
      .filter(
        (file) =>
          file.path !== 'src/cli.ts' &&
          /\bprocess\.exit\s*\(/.test(file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
      )
      .map((file) => file.path)
    expect(callers).toEqual([])
  })

  test('child processes are started only through src/util/exec.ts', () => {
    const importers = files
      .filter((file) => file.path !== 'src/util/exec.ts' && /['"](node:)?child_process['"]/.test(file.text))
      .map((file) => file.path)
    expect(importers).toEqual([])
  })

  test('git is run only from src/git/', () => {
    // Every program is started through src/util/exec.ts; the program name is its first
    // argument. Outside src/git/, none names git.
    const runners = files
      .filter((file) => !file.path.startsWith('src/git/'))
      .filter((file) => /\b(?:exec|run|spawn|tryExec|execFile|runCommand)\w*\(\s*['"]git['"]/.test(file.text))
      .map((file) => file.path)
    expect(runners).toEqual([])
    expect(files.some((file) => file.path.startsWith('src/git/') && /['"]git['"]/.test(file.text))).toBe(true)
  })
})
