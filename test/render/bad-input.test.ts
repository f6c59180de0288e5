/**
 * Bad Kustomize trees, rendered with the real kustomize through `slipway validate`: each is a
 * clear error naming the file (and line) at fault, nothing outside the repository is read
 * or printed, and no Secret value appears in any output format.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { registerValidateCommand } from '../../src/cli/validate.js'
import { importOpenApi } from '../../src/schemas/index.js'
import { SEEDED_SECRET } from '../helpers/bad-input.js'
import { UPSTREAM_DIR } from '../helpers/paths.js'
import { runCommands } from '../helpers/cli.js'

let work: string
let catalog: string
/** A directory beside the repositories, holding what must never be read. */
let outside: string
const OUTSIDE_DATA = 'OUTSIDE-THE-REPOSITORY-7f3a'

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'slipway-bad-input-'))
  catalog = join(work, 'catalog')
  await importOpenApi(join(UPSTREAM_DIR, 'kubernetes-openapi/v1.33.swagger.json'), catalog)
  outside = join(work, 'outside')
  await mkdir(join(outside, 'component'), { recursive: true })
  await writeFile(join(outside, 'kustomization.yaml'), 'resources:\n  - cm.yaml\n')
  await writeFile(
    join(outside, 'cm.yaml'),
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside\ndata:\n  leak: ${OUTSIDE_DATA}\n`,
  )
  await writeFile(join(outside, 'secret.env'), `LEAK=${OUTSIDE_DATA}\n`)
  await writeFile(
    join(outside, 'component/kustomization.yaml'),
    `apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n  - pairs: {leak: ${OUTSIDE_DATA}}\n`,
  )
}, 120_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: b\n'

/** A repository (marked by slipway.yaml) with `files`; values of `links` are symlink targets (`@outside` = the outside folder). */
async function repoWith(files: Record<string, string | Buffer>, links: Record<string, string> = {}): Promise<string> {
  const repo = await mkdtemp(join(work, 'repo-'))
  await writeFile(join(repo, 'slipway.yaml'), 'kubernetesVersion: "1.33"\n')
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true })
    await writeFile(join(repo, path), typeof content === 'string' ? content.replaceAll('@outside', outside) : content)
  }
  for (const [path, target] of Object.entries(links)) {
    await mkdir(dirname(join(repo, path)), { recursive: true })
    await symlink(target.replace('@outside', outside), join(repo, path))
  }
  return repo
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function validateCli(repo: string, args: string[]): Promise<Run> {
  const run = await runCommands([registerValidateCommand], ['validate', ...args, '--schema-location', catalog], {
    cwd: repo,
  })
  // Progress lines are expected on a pipe; anything else on stderr is not.
  return { ...run, stderr: run.stderr.replace(/^slipway: rendered .*\n/gm, '') }
}

interface JsonFinding {
  severity: string
  rule: string
  message: string
  file?: string
  line?: number
}

async function findingsOf(repo: string, path = 'overlays/prod'): Promise<JsonFinding[]> {
  const run = await validateCli(repo, [path, '--format', 'json'])
  expect(run.stderr).toBe('')
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings
}

/** Every text the user or a later job can see: stdout and stderr of every format, the report files and the job summary. */
async function everyOutput(repo: string, path = 'overlays/prod'): Promise<string> {
  const texts: string[] = []
  const summary = join(repo, 'step-summary.md')
  await writeFile(summary, '')
  process.env.GITHUB_STEP_SUMMARY = summary
  try {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const run = await validateCli(repo, [path, '--format', format])
      texts.push(run.stdout, run.stderr)
      const file = await validateCli(repo, [path, '--format', format, '--output', `report.${format}`])
      texts.push(file.stdout, file.stderr, await readFile(join(repo, `report.${format}`), 'utf8'))
    }
  } finally {
    delete process.env.GITHUB_STEP_SUMMARY
  }
  texts.push(await readFile(summary, 'utf8'))
  return texts.join('\n')
}

describe('the repository is the boundary', () => {
  test.each([
    [
      'a base above the repository (..)',
      { 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../../outside\n' },
      {},
      'overlays/prod/kustomization.yaml',
      'resources entry "../../../outside" is outside the repository',
    ],
    [
      'a symlinked folder',
      { 'overlays/prod/kustomization.yaml': 'resources:\n  - shared\n' },
      { 'overlays/prod/shared': '@outside' },
      'overlays/prod/kustomization.yaml',
      'resources entry "shared" leads outside the repository through a symlink',
    ],
    [
      'a symlinked file',
      { 'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\n' },
      { 'overlays/prod/cm.yaml': '@outside/cm.yaml' },
      'overlays/prod/kustomization.yaml',
      'resources entry "cm.yaml" leads outside the repository through a symlink',
    ],
    [
      'an absolute path',
      { 'overlays/prod/kustomization.yaml': 'resources:\n  - @outside\n' },
      {},
      'overlays/prod/kustomization.yaml',
      'is an absolute path: a kustomization may only refer to paths inside the repository',
    ],
    [
      'a file:// URL',
      { 'overlays/prod/kustomization.yaml': 'resources:\n  - file://@outside\n' },
      {},
      'overlays/prod/kustomization.yaml',
      'is a file:// URL: a kustomization may only refer to paths inside the repository',
    ],
    [
      'a component outside',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\ncomponents:\n  - ../../../outside/component\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
      },
      {},
      'overlays/prod/kustomization.yaml',
      'components entry "../../../outside/component" is outside the repository',
    ],
    [
      'a generator env file outside',
      {
        'overlays/prod/kustomization.yaml': 'secretGenerator:\n  - name: s\n    envs: [../../../outside/secret.env]\n',
      },
      {},
      'overlays/prod/kustomization.yaml',
      'secretGenerator[].envs entry "../../../outside/secret.env" is outside the repository',
    ],
    [
      'a patch through a symlinked folder',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\npatches:\n  - path: ext/cm.yaml\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
      },
      { 'overlays/prod/ext': '@outside' },
      'overlays/prod/kustomization.yaml',
      'patches[].path entry "ext/cm.yaml" leads outside the repository through a symlink',
    ],
    [
      'a Helm chart home outside',
      {
        'overlays/prod/kustomization.yaml':
          'helmGlobals:\n  chartHome: ../../../outside\nhelmCharts:\n  - name: leak\n',
      },
      {},
      'overlays/prod/kustomization.yaml',
      'helmGlobals.chartHome entry "../../../outside" is outside the repository',
    ],
    [
      'a base in the repository whose own base is outside',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
        'base/kustomization.yaml': 'resources:\n  - ../../outside\n',
      },
      {},
      'base/kustomization.yaml',
      'resources entry "../../outside" is outside the repository',
    ],
    [
      'a kustomization file that is a symlink',
      {},
      { 'overlays/prod/kustomization.yaml': '@outside/kustomization.yaml' },
      'overlays/prod/kustomization.yaml',
      'kustomization.yaml leads outside the repository through a symlink',
    ],
  ])(
    '%s is a render error naming the kustomization and the entry; nothing outside is printed',
    async (_, files, links, file, message) => {
      const repo = await repoWith(files, links)
      const findings = await findingsOf(repo)
      expect(findings).toEqual([
        expect.objectContaining({ severity: 'error', rule: 'render', file, message: expect.stringContaining(message) }),
      ])
      // The entry as written is quoted; no other path of this machine is.
      expect(findings[0]?.message.replaceAll(outside, '@outside')).not.toContain(work)
      expect(await everyOutput(repo)).not.toContain(OUTSIDE_DATA)
    },
  )

  test('entries inside the repository, through .. and symlinks that stay inside, render', async () => {
    const repo = await repoWith(
      {
        'base/kustomization.yaml': 'resources:\n  - cm.yaml\n',
        'base/cm.yaml': CONFIG_MAP,
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - linked\n',
      },
      { 'overlays/prod/linked': '../../base' },
    )
    const findings = await findingsOf(repo)
    expect(findings.filter((finding) => finding.rule === 'render')).toEqual([
      // The same base twice: Kustomize's own error, on the entry that adds it again — not a boundary error.
      expect.objectContaining({
        file: 'overlays/prod/kustomization.yaml',
        line: 3,
        message:
          "render failed: resources entry 'linked': may not add resource with an already registered id: ConfigMap.v1.[noGrp]/app.[noNs]",
      }),
    ])
  })

  /** A kustomize for `--kustomize` that records each run in `ran`, then builds with kubectl kustomize. */
  async function recordingKustomize(repo: string): Promise<{ program: string; ran: () => Promise<boolean> }> {
    const program = join(repo, 'record-kustomize.sh')
    const marker = join(repo, 'kustomize-ran')
    await writeFile(program, `#!/bin/sh\necho ran >> '${marker}'\nshift\nexec kubectl kustomize "$@"\n`, {
      mode: 0o755,
    })
    return { program, ran: async () => (await readFile(marker, 'utf8').catch(() => '')) !== '' }
  }

  test('a remote base is a render error naming the kustomization, line and entry; Kustomize never runs', async () => {
    const repo = await repoWith({
      'overlays/prod/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cm.yaml\n  - github.com/org/repo//base?ref=v1\n',
      'overlays/prod/cm.yaml': CONFIG_MAP,
    })
    const kustomize = await recordingKustomize(repo)
    const json = await validateCli(repo, ['overlays/prod', '--format', 'json', '--kustomize', kustomize.program])
    expect(json.code).toBe(1)
    expect((JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'render',
        file: 'overlays/prod/kustomization.yaml',
        line: 5,
        message:
          'render failed: resources entry "github.com/org/repo//base?ref=v1" is a remote base (Kustomize would clone it with git); Slipway renders only what is in the repository (a pull request must not choose what is fetched): vendor it into the repository and refer to it by a relative path',
      }),
    ])
    const text = await validateCli(repo, ['overlays/prod', '--kustomize', kustomize.program])
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('overlays/prod/kustomization.yaml:5')
    expect(text.stdout).toContain('resources entry "github.com/org/repo//base?ref=v1" is a remote base')
    // Refused by the preflight: no build was started, so nothing was fetched (and no git or kubectl message).
    expect(await kustomize.ran()).toBe(false)
    expect(text.stdout).not.toMatch(/git fetch|command failed|accumulat/)
  })

  test('a resources entry named like a repository that is a local file renders from disk', async () => {
    const repo = await repoWith({
      'overlays/prod/kustomization.yaml': 'resources:\n  - github.com/org/repo.yaml\n',
      'overlays/prod/github.com/org/repo.yaml': CONFIG_MAP,
    })
    const kustomize = await recordingKustomize(repo)
    const run = await validateCli(repo, ['overlays/prod', '--format', 'json', '--kustomize', kustomize.program])
    expect((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings).toEqual([])
    expect(run.code).toBe(0)
    expect(await kustomize.ran()).toBe(true)
  })
})

describe('render failures point at the cause', () => {
  const multiDocument = `${CONFIG_MAP}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: second\n data: x\n  - y\n`
  test.each([
    [
      'a missing resource',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\n  - nope.yaml\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
      },
      'overlays/prod/kustomization.yaml',
      3,
      "resources entry 'nope.yaml' does not exist",
    ],
    [
      'a missing base',
      { 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../nobase\n' },
      'overlays/prod/kustomization.yaml',
      2,
      "resources entry '../../nobase' does not exist",
    ],
    [
      'malformed YAML in the second document of a base resource',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
        'base/kustomization.yaml': 'resources:\n  - cm.yaml\n',
        'base/cm.yaml': multiDocument,
      },
      'base/cm.yaml',
      11,
      'invalid YAML: did not find expected key',
    ],
    [
      'a tab in a resource',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\n',
        'overlays/prod/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: cm\n',
      },
      'overlays/prod/cm.yaml',
      4,
      'invalid YAML: found character that cannot start any token',
    ],
    [
      'malformed YAML in a base kustomization',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
        'base/kustomization.yaml': 'resources:\n- cm.yaml\n  foo: [\n',
      },
      'base/kustomization.yaml',
      3,
      'invalid Kustomization: invalid YAML: mapping values are not allowed in this context',
    ],
    [
      'an unknown kustomization field',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\nresourcez: []\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
      },
      'overlays/prod/kustomization.yaml',
      3,
      'invalid Kustomization: json: unknown field "resourcez"',
    ],
    [
      'a missing patch file',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\npatches:\n  - path: nope.yaml\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
      },
      'overlays/prod/kustomization.yaml',
      4,
      "PatchTransformer: patch file 'nope.yaml' does not exist",
    ],
    [
      'a patch that is no patch, in a base',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
        'base/kustomization.yaml': 'resources:\n  - cm.yaml\npatches:\n  - path: p.yaml\n',
        'base/cm.yaml': CONFIG_MAP,
        'base/p.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n data: [\n',
      },
      'base/p.yaml',
      undefined,
      'PatchTransformer: not a strategic-merge patch or a JSON 6902 patch',
    ],
    [
      'a Kustomization listed as a component',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\ncomponents:\n  - ../../base\n',
        'overlays/prod/cm.yaml': CONFIG_MAP,
        'base/kustomization.yaml': 'resources: []\n',
      },
      'overlays/prod/kustomization.yaml',
      4,
      "components entry 'base' is a Kustomization, not a Component",
    ],
    [
      'a resource without metadata',
      { 'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\n', 'overlays/prod/cm.yaml': 'foo: bar\n' },
      'overlays/prod/cm.yaml',
      undefined,
      'missing Resource metadata',
    ],
  ])('%s', async (_, files, file, line, message) => {
    const repo = await repoWith({ ...files, 'manifests/argocd/applicationset.yaml': '# not an environment\n' })
    const findings = (await findingsOf(repo)).filter((finding) => finding.rule === 'render')
    expect(findings).toEqual([
      {
        severity: 'error',
        rule: 'render',
        environment: 'overlays/prod',
        file,
        ...(line ? { line } : {}),
        message: expect.stringContaining(message),
      },
    ])
    // No klog header (`E1201 10:38:52.329462 6791 run.go:72]`), no absolute path of this machine.
    expect(findings[0]?.message).not.toMatch(/run\.go|"command failed"|^E\d{4}|\/tmp\/|evalsymlink/)
  })

  test('the text format shows the file and line, not the Argo CD file', async () => {
    const repo = await repoWith({
      'overlays/prod/kustomization.yaml': 'resources:\n  - cm.yaml\n',
      'overlays/prod/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: cm\n',
    })
    const run = await validateCli(repo, ['overlays/prod', '--no-locate'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'error    render  render failed: invalid YAML: found character that cannot start any token  overlays/prod/cm.yaml:4',
    )
  })
})

describe('no Secret value appears in any output', () => {
  const generator = (source: string) => `secretGenerator:\n  - name: app\n    ${source}\n`
  test.each([
    [
      'an env file line with invalid UTF-8',
      {
        'overlays/prod/kustomization.yaml': generator('envs: [app.env]'),
        'overlays/prod/app.env': Buffer.concat([
          Buffer.from(`USER=app\nPASSWORD=${SEEDED_SECRET}`),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('\n'),
        ]),
      },
      {
        severity: 'error',
        rule: 'render',
        file: 'overlays/prod/app.env',
        line: 2,
        message:
          'render failed: line 2 is not valid UTF-8; Kustomize would print the line, which holds a Secret value (it is not shown here)',
      },
    ],
    [
      'a literal without "="',
      { 'overlays/prod/kustomization.yaml': generator(`literals: ["USER=app", "${SEEDED_SECRET}"]`) },
      {
        severity: 'error',
        rule: 'render',
        file: 'overlays/prod/kustomization.yaml',
        message:
          'render failed: secretGenerator[0].literals[1]: literal sources [secret content removed]: invalid literal source, expected key=value (the entry is not shown: it may hold a Secret value)',
      },
    ],
    [
      'a literal with no key',
      { 'overlays/prod/kustomization.yaml': generator(`literals: ["=${SEEDED_SECRET}"]`) },
      {
        severity: 'error',
        rule: 'render',
        file: 'overlays/prod/kustomization.yaml',
        message:
          'render failed: secretGenerator[0].literals[0]: literal sources [secret content removed]: invalid literal source, expected key=value (the entry is not shown: it may hold a Secret value)',
      },
    ],
    [
      'a "KEY: value" line in an env file',
      {
        'overlays/prod/kustomization.yaml': generator('envs: [app.env]'),
        'overlays/prod/app.env': `# app\nUSER=app\nPASSWORD: ${SEEDED_SECRET}\n`,
      },
      {
        severity: 'warning',
        rule: 'env-file',
        file: 'overlays/prod/app.env',
        line: 3,
        message:
          'line 3 looks like "KEY: value"; env files take KEY=VALUE, so the whole line becomes the key name and the Secret value is exposed as a key (the line is not shown)',
      },
    ],
    [
      'a Secret whose data is not base64',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - secret.yaml\n',
        'overlays/prod/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  password: ${SEEDED_SECRET}\n`,
      },
      {
        severity: 'error',
        rule: 'schema',
        path: '/data/password',
        message: 'invalid byte value (Secret value not shown)',
      },
    ],
    [
      'a Secret whose stringData value is a number',
      {
        'overlays/prod/kustomization.yaml': 'resources:\n  - secret.yaml\n',
        'overlays/prod/secret.yaml':
          'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  pin: 8675309\n',
      },
      {
        severity: 'error',
        rule: 'schema',
        path: '/stringData/pin',
        message: 'expected string, got integer (Secret value not shown)',
      },
    ],
  ])('%s', async (_, files, expected) => {
    const repo = await repoWith(files)
    expect(await findingsOf(repo)).toContainEqual(expect.objectContaining(expected))
    const everything = await everyOutput(repo)
    expect(everything).not.toContain(SEEDED_SECRET)
    expect(everything).not.toContain('8675309')
    expect(everything).not.toContain(Buffer.from(SEEDED_SECRET).toString('base64'))
    // Nothing written beside the reports: no scratch copy or kustomize output left in the repository.
    expect((await readdir(join(repo, 'overlays/prod'))).sort()).toEqual(
      Object.keys(files)
        .map((path) => path.split('/').pop())
        .sort(),
    )
  })
})
