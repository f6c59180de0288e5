/**
 * Remote entries (what Kustomize would download or clone) are refused by the preflight,
 * before any program runs, naming the kustomization, line, key and entry. The remote forms
 * are kustomize's own test cases (`api/internal/git/repospec_test.go`, `api/internal/loader/
 * fileloader_test.go`); the local forms are the ones its parser rejects.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RenderError } from '../../src/errors.js'
import { preflightKustomize } from '../../src/render/preflight.js'
import { fileTree } from '../helpers/repo.js'

let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'slipway-remote-bases-'))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: b\n'
const HEADER = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n'

const repoWith = (files: Record<string, string>) => fileTree(work, files)

/** A repository whose overlays/prod kustomization lists `entry` under `resources`, on line 5. */
async function overlayListing(entry: string, extra: Record<string, string> = {}): Promise<string> {
  return repoWith({
    'overlays/prod/kustomization.yaml': `${HEADER}resources:\n  - cm.yaml\n  - ${JSON.stringify(entry)}\n`,
    'overlays/prod/cm.yaml': CONFIG_MAP,
    ...extra,
  })
}

async function refusal(repo: string): Promise<RenderError> {
  const error: unknown = await preflightKustomize(join(repo, 'overlays/prod'), { repoRoot: repo }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(RenderError)
  return error as RenderError
}

const GIT = 'is a remote base (Kustomize would clone it with git)'
const HTTP = 'is a remote file (Kustomize would download it over HTTP)'

describe('remote entries are refused before the build', () => {
  test.each([
    // repospec_test.go TestNewRepoSpecFromUrl_Permute hosts, with a repo path, a kustomization path and a ref.
    ['github.com/someOrg/someRepo', GIT],
    ['gitHub.com/kubernetes/website/foo/krusty.txt?ref=group/version', GIT],
    ['github.com:someOrg/someRepo?ref=v0.1.0', GIT],
    ['git@github.com:someorg/somerepo.git/somedir', GIT],
    ['git@github.com/someorg/somerepo/somepath', GIT],
    ['git::git@github.com:someOrg/someRepo', GIT],
    ['org-12345@github.com:kubernetes/website', GIT],
    ['git::https://gitlab.com/someOrg/someRepo?ref=someBranch', GIT],
    ['ssh://git.example.com:7999/someOrg/someRepo/README.md', GIT],
    // TestNewRepoSpecFromUrl_Smoke
    ['git@gitlab2.sqtools.ru:infra/kubernetes/thanos-base.git?ref=v0.1.0', GIT],
    ['git@bitbucket.org:company/project.git//path?ref=branch', GIT],
    ['git@bitbucket.org/company/project.git//path?ref=branch', GIT],
    ['ssh://git@bitbucket.org/company/project.git//path?ref=branch', GIT],
    ['ssh://git@github.com/kubernetes-sigs/kustomize//examples/multibases/dev?ref=v1.0.6', GIT],
    // http(s) URLs: downloaded by the file loader first (fileloader.go Load), cloned when that fails.
    ['https://github.com/kubernetes-sigs/kustomize//examples/multibases/dev/?ref=v1.0.6', HTTP],
    ['hTTps://github.com/someOrg/someRepo', HTTP],
    ['http://github.com/someorg/somerepo.git/somedir', HTTP],
    ['https://itfs.mycompany.com/collection/project/_git/somerepos/somedir?version=v1.0.0', HTTP],
    ['https://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo/somedir', HTTP],
    ['https://raw.githubusercontent.com/kubernetes-sigs/kustomize/master/examples/helloWorld/deployment.yaml', HTTP],
    // Not a repository to kustomize's git parser, but still a URL the file loader downloads.
    ['https://github.com/thisisa404.yaml', HTTP],
    ['https://github.com/org/repo.git//path/../../exits/repo', HTTP],
    // Deliberately refused as well (src/kustomize/remote.ts): kustomize v4's gh: and OCI bases.
    ['gh:org/repo', GIT],
    ['oci://ghcr.io/org/manifests:v1', 'is a remote base (Kustomize would pull it from an OCI registry)'],
  ])('resources entry %s', async (entry, what) => {
    const error = await refusal(await overlayListing(entry))
    expect(error.file).toBe('overlays/prod/kustomization.yaml')
    expect(error.line).toBe(5)
    expect(error.message).toBe(
      `resources entry ${JSON.stringify(entry)} ${what}; Slipway renders only what is in the repository (a pull request must not choose what is fetched): vendor it into the repository and refer to it by a relative path`,
    )
  })

  test.each([
    [
      'components',
      `${HEADER}resources:\n  - cm.yaml\ncomponents:\n  - github.com/org/components//sizing?ref=v1\n`,
      6,
      GIT,
    ],
    ['bases', `${HEADER}bases:\n  - git@github.com:org/repo.git//base\n`, 4, GIT],
    [
      'patches[].path',
      `${HEADER}resources:\n  - cm.yaml\npatches:\n  - path: https://example.com/patch.yaml\n`,
      6,
      HTTP,
    ],
    [
      'configMapGenerator[].files',
      `${HEADER}configMapGenerator:\n  - name: app\n    files:\n      - app.properties=https://example.com/app.properties\n`,
      6,
      HTTP,
    ],
    [
      'helmCharts[].valuesFile',
      `${HEADER}helmCharts:\n  - name: app\n    repo: https://charts.example.com\n    valuesFile: https://example.com/values.yaml\n`,
      6,
      HTTP,
    ],
  ])('a %s entry', async (key, kustomization, line, what) => {
    const repo = await repoWith({
      'overlays/prod/kustomization.yaml': kustomization,
      'overlays/prod/cm.yaml': CONFIG_MAP,
    })
    const error = await refusal(repo)
    expect(error.file).toBe('overlays/prod/kustomization.yaml')
    expect(error.line).toBe(line)
    expect(error.message).toMatch(
      new RegExp(`^${key.replace(/[[\]().]/g, '\\$&')} entry "[^"]+" ${what.replace(/[()]/g, '\\$&')}; `),
    )
  })

  test('in a base the overlay reaches, the error names the base', async () => {
    const repo = await repoWith({
      'overlays/prod/kustomization.yaml': `${HEADER}resources:\n  - ../../base\n`,
      'base/kustomization.yaml': `${HEADER}resources:\n  - cm.yaml\n  - github.com/org/repo//deploy?ref=main\n`,
      'base/cm.yaml': CONFIG_MAP,
    })
    const error = await refusal(repo)
    expect([error.file, error.line]).toEqual(['base/kustomization.yaml', 5])
    expect(error.message).toContain(`resources entry "github.com/org/repo//deploy?ref=main" ${GIT}`)
  })

  test('an Argo CD Application component is refused naming the Application', async () => {
    const repo = await repoWith({
      'overlays/prod/kustomization.yaml': `${HEADER}resources:\n  - cm.yaml\n`,
      'overlays/prod/cm.yaml': CONFIG_MAP,
      'apps/prod.yaml':
        'kind: Application\nspec:\n  source:\n    kustomize:\n      components:\n        - https://github.com/org/repo//sizing\n',
    })
    const error: unknown = await preflightKustomize(join(repo, 'overlays/prod'), {
      repoRoot: repo,
      components: { file: 'apps/prod.yaml', entries: ['https://github.com/org/repo//sizing'] },
    }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(RenderError)
    expect([(error as RenderError).file, (error as RenderError).line]).toEqual(['apps/prod.yaml', 6])
    expect((error as RenderError).message).toContain(
      `spec.source.kustomize.components[0] entry "https://github.com/org/repo//sizing" ${HTTP}`,
    )
  })

  test('a resources entry shaped like a repository but naming a local file is read from disk, as Kustomize does', async () => {
    const repo = await overlayListing('github.com/org/repo.yaml', {
      'overlays/prod/github.com/org/repo.yaml': CONFIG_MAP,
    })
    await expect(preflightKustomize(join(repo, 'overlays/prod'), { repoRoot: repo })).resolves.toEqual([])
  })

  test('a local folder of that shape is still a clone to Kustomize, so it is refused', async () => {
    const repo = await overlayListing('github.com/org/repo', {
      'overlays/prod/github.com/org/repo/kustomization.yaml': `${HEADER}resources: []\n`,
    })
    expect((await refusal(repo)).message).toContain(`resources entry "github.com/org/repo" ${GIT}`)
  })
})

describe('local entries are not remote', () => {
  test.each([
    'base',
    '../../base',
    // repospec_test.go TestNewRepoSpecFromUrlErrors: not a repository to kustomize.
    '../../tmp',
    'src/github.com/org/repo/path',
    'iauhsdiuashduas',
    'git::___',
    'github.com!org/repo.git//path',
    // Only github.com is a host without a scheme; one segment is no org/repo.
    'gitlab.com/org/repo',
    'bitbucket.org/org/repo',
    'github.com/org',
  ])('resources entry %s is left to Kustomize (a missing path is its error to report)', async (entry) => {
    const repo = await overlayListing(entry)
    await expect(preflightKustomize(join(repo, 'overlays/prod'), { repoRoot: repo })).resolves.toEqual([])
  })

  test('a patch path shaped like a repository is a file: only bases are cloned', async () => {
    const repo = await repoWith({
      'overlays/prod/kustomization.yaml': `${HEADER}resources:\n  - cm.yaml\npatches:\n  - path: github.com/org/repo/patch.yaml\n`,
      'overlays/prod/cm.yaml': CONFIG_MAP,
    })
    await expect(preflightKustomize(join(repo, 'overlays/prod'), { repoRoot: repo })).resolves.toEqual([])
  })
})
