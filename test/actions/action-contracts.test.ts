// Every action.yml and every workflow must load on GitHub: strict YAML (no duplicate keys,
// no `: ` inside a plain scalar), and each `with:` given to a local action (`uses: ./actions/x`)
// must be an input that action declares, with every required input given.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../helpers/paths.js'

interface ActionInput {
  description?: string
  required?: boolean | string
  default?: unknown
}
interface ActionMetadata {
  name?: string
  inputs?: Record<string, ActionInput>
  runs?: { using?: string; steps?: Step[] }
}
interface Step {
  uses?: string
  with?: Record<string, unknown>
}

const actionFiles = readdirSync(join(REPO_ROOT, 'actions'))
  .map((name) => `actions/${name}/action.yml`)
  .filter((file) => existsSync(join(REPO_ROOT, file)))
const workflowFiles = readdirSync(join(REPO_ROOT, '.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => `.github/workflows/${name}`)

/** Parses like GitHub's loader: any error (duplicate key, bad indentation, `: ` in a plain scalar) fails. */
function load(source: string, file: string): unknown {
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: true, strict: true })
  const problems = [...document.errors, ...document.warnings].map((problem) => `${file}: ${problem.message}`)
  if (problems.length) throw new Error(problems.join('\n'))
  return document.toJS()
}

const loadFile = (file: string): unknown => load(readFileSync(join(REPO_ROOT, file), 'utf8'), file)

/** Steps of every job of a workflow, or of a composite action. */
function stepsOf(file: string, document: unknown): Array<{ where: string; step: Step }> {
  const out: Array<{ where: string; step: Step }> = []
  const doc = document as { jobs?: Record<string, { steps?: Step[] }>; runs?: { steps?: Step[] } }
  for (const [job, body] of Object.entries(doc.jobs ?? {}))
    (body.steps ?? []).forEach((step, i) => out.push({ where: `${file}: jobs.${job}.steps[${i}]`, step }))
  ;(doc.runs?.steps ?? []).forEach((step, i) => out.push({ where: `${file}: runs.steps[${i}]`, step }))
  return out
}

/** Contract problems of local-action steps: unknown `with:` keys, missing required inputs. */
function contractProblems(file: string, document: unknown, actions: Map<string, ActionMetadata>): string[] {
  const problems: string[] = []
  for (const { where, step } of stepsOf(file, document)) {
    const uses = step.uses
    if (!uses?.startsWith('./')) continue
    const path = uses.replace(/^\.\//, '').replace(/\/$/, '')
    const action = actions.get(path)
    if (!action) {
      problems.push(`${where}: uses ${uses}, which has no action.yml`)
      continue
    }
    const inputs = action.inputs ?? {}
    const given = Object.keys(step.with ?? {})
    for (const key of given)
      if (!(key in inputs))
        problems.push(`${where}: with.${key} is not an input of ${uses} (inputs: ${Object.keys(inputs).join(', ')})`)
    for (const [name, input] of Object.entries(inputs)) {
      const required = input.required === true || input.required === 'true'
      if (required && input.default === undefined && !given.includes(name))
        problems.push(`${where}: required input ${name} of ${uses} is not given`)
    }
  }
  return problems
}

const actions = new Map<string, ActionMetadata>()
for (const file of actionFiles) {
  try {
    actions.set(file.replace(/\/action\.yml$/, ''), loadFile(file) as ActionMetadata)
  } catch {
    // Reported by the test below.
  }
}

describe('action and workflow contracts', () => {
  test('there are actions and workflows to check', () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining([
        'actions/plan/action.yml',
        'actions/validate/action.yml',
        'actions/ecr-publish/action.yml',
      ]),
    )
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['.github/workflows/pr.yml', '.github/workflows/pr-comment.yml']),
    )
  })

  test.each(actionFiles)('%s is strict YAML with a name, inputs that describe themselves, and a runner', (file) => {
    const metadata = loadFile(file) as ActionMetadata
    expect(metadata.name, file).toEqual(expect.any(String))
    for (const [name, input] of Object.entries(metadata.inputs ?? {}))
      expect(input.description, `${file}: inputs.${name}.description`).toEqual(expect.any(String))
    expect(['node24', 'composite']).toContain(metadata.runs?.using)
  })

  test.each(workflowFiles)(
    '%s is strict YAML and calls local actions with declared inputs only, giving every required one',
    (file) => {
      expect(contractProblems(file, loadFile(file), actions)).toEqual([])
    },
  )

  test.each(actionFiles)('%s (composite steps) calls local actions with declared inputs only', (file) => {
    expect(contractProblems(file, loadFile(file), actions)).toEqual([])
  })

  test('the checks can fail: the old plan action.yml, a duplicate key, an undeclared input and a missing required input are caught', () => {
    expect(() =>
      load(
        'inputs:\n  comment:\n    description: In `plan` mode (needs `pull-requests: write`). Default `true`.\n',
        'old.yml',
      ),
    ).toThrow(/old\.yml: Nested mappings are not allowed in compact mappings/)
    expect(() => load('on: push\non: pull_request\n', 'dup.yml')).toThrow(/dup\.yml: Map keys must be unique/)
    const local = new Map<string, ActionMetadata>([
      [
        'actions/x',
        {
          inputs: {
            token: { description: 't', required: true },
            mode: { description: 'm', required: true, default: 'plan' },
          },
        },
      ],
    ])
    const workflow = {
      jobs: { a: { steps: [{ uses: './actions/x', with: { tokn: 'x' } }, { uses: './actions/missing' }] } },
    }
    expect(contractProblems('w.yml', workflow, local)).toEqual([
      'w.yml: jobs.a.steps[0]: with.tokn is not an input of ./actions/x (inputs: token, mode)',
      'w.yml: jobs.a.steps[0]: required input token of ./actions/x is not given',
      'w.yml: jobs.a.steps[1]: uses ./actions/missing, which has no action.yml',
    ])
  })
})
