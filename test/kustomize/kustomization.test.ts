import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/errors.js'
import { addComponent, getComponents, removeComponent, replaceComponent } from '../../src/kustomize/components.js'
import { getImages, setImages, type KustomizeImage } from '../../src/kustomize/images.js'
import {
  findKustomizationFile,
  Kustomization,
  readKustomization,
  writeKustomization,
} from '../../src/kustomize/kustomization.js'
import { getLabelValue, setLabelValue } from '../../src/kustomize/labels.js'
import { parseImageOverride } from '../../src/render/overrides.js'
import { execFile } from '../../src/util/exec.js'
import { REPO_ROOT } from '../helpers/paths.js'

const PRODUCTION = join(REPO_ROOT, 'manifests/overlays/production/kustomization.yaml')
const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com/trading'
const DIGEST = 'sha256:' + 'ab'.repeat(32)

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'slipway-kustomize-test-'))
})
afterAll(() => rm(tmp, { recursive: true, force: true }))

/** Lines of `after` that differ from `before`, as [line number, before, after] (same line count assumed). */
function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b).toHaveLength(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i + 1, line, b[i] as string] as [number, string, string]]))
}

async function kustomizationFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await kustomizationFiles(path)))
    else if (entry.name === 'kustomization.yaml') out.push(path)
  }
  return out
}

describe('read and write', () => {
  it('returns every kustomization of the reference platform byte for byte when nothing is edited', async () => {
    const files = await kustomizationFiles(join(REPO_ROOT, 'manifests'))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const k = await readKustomization(file)
      expect(k.toString(), relative(REPO_ROOT, file)).toBe(await readFile(file, 'utf8'))
      expect(k.edited).toBe(false)
    }
  })

  it('finds the kustomization file in kustomize order', async () => {
    const dir = join(tmp, 'order')
    await mkdir(dir, { recursive: true })
    expect(await findKustomizationFile(dir)).toBeUndefined()
    await writeFile(join(dir, 'Kustomization'), 'resources: []\n')
    expect(await findKustomizationFile(dir)).toBe('Kustomization')
    await writeFile(join(dir, 'kustomization.yml'), 'resources: []\n')
    expect(await findKustomizationFile(dir)).toBe('kustomization.yml')
    await writeFile(join(dir, 'kustomization.yaml'), 'resources: []\n')
    expect(await findKustomizationFile(dir)).toBe('kustomization.yaml')
    expect((await readKustomization(dir)).path).toBe(join(dir, 'kustomization.yaml'))
  })

  it('names the file for invalid YAML, a non-mapping, or a missing kustomization', async () => {
    const dir = join(tmp, 'bad')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'kustomization.yaml'), 'resources:\n  - a\n bad: [\n')
    const error = await readKustomization(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toMatch(
      new RegExp(`^${join(dir, 'kustomization.yaml')}: invalid YAML \\(line \\d+, column \\d+\\)`),
    )
    expect(() => new Kustomization('k.yaml', '- a\n- b\n')).toThrow(/k.yaml: a kustomization must be a YAML mapping/)
    expect(() => new Kustomization('k.yaml', 'a: 1\na: 2\n')).toThrow(ConfigError)
    await expect(readKustomization(join(tmp, 'nowhere'))).rejects.toThrow(/nowhere/)
    await mkdir(join(tmp, 'empty-dir'), { recursive: true })
    await expect(readKustomization(join(tmp, 'empty-dir'))).rejects.toThrow(/no kustomization file/)
  })

  it('writes atomically, keeping the file mode and leaving no temp file', async () => {
    const dir = join(tmp, 'write')
    await mkdir(dir, { recursive: true })
    const file = join(dir, 'kustomization.yaml')
    await writeFile(file, 'images:\n  - name: app # the app\n    newTag: v1\n', { mode: 0o640 })
    const k = await readKustomization(file)
    setImages(k, [{ name: 'app', newTag: 'v2' }])
    await writeKustomization(k)
    expect(await readFile(file, 'utf8')).toBe('images:\n  - name: app # the app\n    newTag: v2\n')
    expect((await stat(file)).mode & 0o777).toBe(0o640)
    expect(await readdir(dir)).toEqual(['kustomization.yaml'])
  })
})

describe('setImages on the production overlay', () => {
  it('changes only the edited values; comments, order and every other byte stay', async () => {
    const before = await readFile(PRODUCTION, 'utf8')
    const k = await readKustomization(PRODUCTION)
    const changed = setImages(k, [{ name: `${ECR}/api-gateway`, newName: '*', newTag: 'v1.5.0', digest: DIGEST }])
    expect(changed).toBe(true)
    // The api-gateway entry's newTag line, found in the file rather than hard-coded.
    const tagLine =
      before
        .split('\n')
        .findIndex((line, i, lines) => line === '    newTag: v1.4.2' && lines[i - 2]?.endsWith('/api-gateway')) + 1
    expect(tagLine).toBeGreaterThan(1)
    expect(changedLines(before, k.toString())).toEqual([
      [tagLine, '    newTag: v1.4.2', '    newTag: v1.5.0'],
      [
        tagLine + 1,
        '    digest: sha256:1f5adc0b147f2cb759eb15feed6be4dfe1ff8e3ecbbd2f0a3180467dff40d692',
        `    digest: ${DIGEST}`,
      ],
    ])
    expect(getImages(k).find((image) => image.name === `${ECR}/api-gateway`)).toEqual({
      name: `${ECR}/api-gateway`,
      newName: `${ECR}/api-gateway`,
      newTag: 'v1.5.0',
      digest: DIGEST,
    })
  })

  it('a tag-only update removes the newName and digest lines of that entry and nothing else', async () => {
    const before = await readFile(PRODUCTION, 'utf8')
    const k = await readKustomization(PRODUCTION)
    setImages(k, [{ name: `${ECR}/risk-engine`, newTag: 'v1.5.1' }])
    const entry = (tag: string, rest: string) =>
      `  - name: ${ECR}/risk-engine\n${rest.includes('newName') ? `    newName: ${ECR}/risk-engine\n` : ''}    newTag: ${tag}\n${rest.includes('digest') ? '    digest: sha256:d350fb554ea4b38d9416f10b4e4139a126a6d34267050275a6e95af5a87bcfeb\n' : ''}`
    expect(before).toContain(entry('v1.4.2', 'newName digest'))
    expect(k.toString()).toBe(before.replace(entry('v1.4.2', 'newName digest'), entry('v1.5.1', '')))
  })

  it('the label value and a component are edited in place too', async () => {
    const before = await readFile(PRODUCTION, 'utf8')
    const k = await readKustomization(PRODUCTION)
    expect(setLabelValue(k, 'app.kubernetes.io/version', 'v1.5.0')).toBe(true)
    expect(setLabelValue(k, 'team', 'x')).toBe(false)
    expect(replaceComponent(k, '../../components/production-sizing/', '../../components/dr-active')).toBe(true)
    const lineOf = (text: string) => before.split('\n').indexOf(text) + 1
    expect(changedLines(before, k.toString())).toEqual([
      [
        lineOf('  - ../../components/production-sizing'),
        '  - ../../components/production-sizing',
        '  - ../../components/dr-active',
      ],
      [
        lineOf('      app.kubernetes.io/version: v1.4.2'),
        '      app.kubernetes.io/version: v1.4.2',
        '      app.kubernetes.io/version: v1.5.0',
      ],
    ])
    expect(getLabelValue(k, 'app.kubernetes.io/version')).toBe('v1.5.0')
  })

  it('renders with real kubectl kustomize to the new image', async () => {
    const copy = join(tmp, 'render')
    await cp(join(REPO_ROOT, 'manifests'), join(copy, 'manifests'), { recursive: true })
    const k = await readKustomization(join(copy, 'manifests/overlays/production'))
    setImages(k, [
      { name: `${ECR}/api-gateway`, newName: '*', newTag: 'v1.5.0', digest: DIGEST },
      // Only a tag: kustomize drops the entry's digest and newName (the entry is replaced whole).
      { name: `${ECR}/risk-engine`, newTag: 'v1.5.1' },
    ])
    await writeKustomization(k)
    const { stdout } = await execFile('kubectl', ['kustomize', join(copy, 'manifests/overlays/production')], {
      timeoutMs: 60_000,
    })
    const images = new Map<string, string[]>()
    for (const doc of stdout.split(/^---$/m)) {
      const object = parse(doc) as {
        kind?: string
        metadata?: { name?: string }
        spec?: { template?: { spec?: { containers?: Array<{ image: string }> } } }
      } | null
      if (object?.kind === 'Deployment')
        images.set(
          object.metadata!.name!,
          object.spec!.template!.spec!.containers!.map((c) => c.image),
        )
    }
    expect(images.get('api-gateway')).toContain(`${ECR}/api-gateway:v1.5.0@${DIGEST}`)
    expect(images.get('risk-engine')).toContain(`${ECR}/risk-engine:v1.5.1`)
    expect(images.get('settlement')).toContain(
      `${ECR}/settlement:v1.4.2@sha256:c6f2e036a67f1c07d56a90a83da49624319522277e9c1ca92e16d5a98cd7eaeb`,
    )
  })
})

// The cases of kustomize's own kustomize/commands/edit/set/setimage_test.go (v5): the
// argument, the images: before, the images: after (compared as data; upstream also sorts).
const D = 'sha256:24a0c4b4a4c0eb97a1aabb8e29f18e917d05abfe1b7a7c07857230879ce7d3d3'
const UPSTREAM_CASES: Array<[string, string, KustomizeImage[], KustomizeImage[]]> = [
  ['new name and tag', 'image1=my-image1:my-tag', [], [{ name: 'image1', newName: 'my-image1', newTag: 'my-tag' }]],
  ['numeric tag is quoted', 'image1=my-image1:1234', [], [{ name: 'image1', newName: 'my-image1', newTag: '1234' }]],
  [
    'float-looking tag is quoted',
    'image1=my-image1:3.2e2',
    [],
    [{ name: 'image1', newName: 'my-image1', newTag: '3.2e2' }],
  ],
  ['new name and digest', `image1=my-image1@${D}`, [], [{ name: 'image1', newName: 'my-image1', digest: D }]],
  ['tag only', 'image1:my-tag', [], [{ name: 'image1', newTag: 'my-tag' }]],
  ['digest only', `image1@${D}`, [], [{ name: 'image1', digest: D }]],
  ['tag and digest', `my-image1:my-tag@${D}`, [], [{ name: 'my-image1', newTag: 'my-tag', digest: D }]],
  [
    'name, tag and digest',
    `image1=my-image1:my-tag@${D}`,
    [],
    [{ name: 'image1', newName: 'my-image1', newTag: 'my-tag', digest: D }],
  ],
  [
    '<image>=<image> with a registry port',
    'ngnix=localhost:5000/my-project/ngnix',
    [],
    [{ name: 'ngnix', newName: 'localhost:5000/my-project/ngnix' }],
  ],
  [
    'override file',
    'image1=foo.bar.foo:8800/foo/image1:foo-bar',
    [
      { name: 'image1', newName: 'my-image1', newTag: 'my-tag' },
      { name: 'image2', newName: 'my-image2', newTag: 'my-tag2' },
    ],
    [
      { name: 'image1', newName: 'foo.bar.foo:8800/foo/image1', newTag: 'foo-bar' },
      { name: 'image2', newName: 'my-image2', newTag: 'my-tag2' },
    ],
  ],
  [
    'a new tag replaces the entry whole',
    'image1:v1',
    [{ name: 'image1', newName: 'x', newTag: 'my-tag', digest: D }],
    [{ name: 'image1', newTag: 'v1' }],
  ],
  [
    'a digest drops the tag',
    `image2=my-image2@${D}`,
    [{ name: 'image2', newName: 'my-image2', newTag: 'my-tag2' }],
    [{ name: 'image2', newName: 'my-image2', digest: D }],
  ],
  [
    '* keeps the new name',
    'image1=*:v1',
    [{ name: 'image1', newName: 'foo.bar.foo:8800/foo/image1', newTag: 'my-tag' }],
    [{ name: 'image1', newName: 'foo.bar.foo:8800/foo/image1', newTag: 'v1' }],
  ],
  [
    '* keeps the tag',
    'image1=my-image1:*',
    [{ name: 'image1', newName: 'foo.bar.foo:8800/foo/image1', newTag: 'my-tag' }],
    [{ name: 'image1', newName: 'my-image1', newTag: 'my-tag' }],
  ],
  [
    '*:* keeps both',
    'image1=*:*',
    [{ name: 'image1', newName: 'my-image1', newTag: 'my-tag' }],
    [{ name: 'image1', newName: 'my-image1', newTag: 'my-tag' }],
  ],
  [
    '* with nothing to keep is dropped (existing)',
    'image1=*:v1',
    [{ name: 'image1', newTag: 'my-tag' }],
    [{ name: 'image1', newTag: 'v1' }],
  ],
  ['* with nothing to keep is dropped (new)', 'image1=*:v1', [], [{ name: 'image1', newTag: 'v1' }]],
  ['* tag on a new entry is dropped', 'image1=my-image1:*', [], [{ name: 'image1', newName: 'my-image1' }]],
  [
    'keep new name, update digest',
    `image2=*@${D}`,
    [{ name: 'image2', newName: 'my-image2', digest: 'sha256:abcdef12345' }],
    [{ name: 'image2', newName: 'my-image2', digest: D }],
  ],
  [
    'keep new name, remove tag, set digest',
    `image2=*@${D}`,
    [{ name: 'image2', newName: 'my-image2', newTag: 'my-tag' }],
    [{ name: 'image2', newName: 'my-image2', digest: D }],
  ],
  [
    'update new name, keep digest',
    'image2=my-image2@*',
    [{ name: 'image2', digest: D, newName: 'foo.bar.foo:8800/foo/image1' }],
    [{ name: 'image2', digest: D, newName: 'my-image2' }],
  ],
  [
    'matching is exact: a different case is another image',
    'Image1:v2',
    [{ name: 'image1', newTag: 'v1' }],
    [
      { name: 'image1', newTag: 'v1' },
      { name: 'Image1', newTag: 'v2' },
    ],
  ],
]

function imagesYaml(images: KustomizeImage[]): string {
  if (images.length === 0) return 'resources:\n- deployment.yaml\n'
  return `resources:\n- deployment.yaml\nimages:\n${images
    .map((image) =>
      Object.entries(image)
        .map(([key, value], i) => `${i === 0 ? '- ' : '  '}${key}: ${value}`)
        .join('\n'),
    )
    .join('\n')}\n`
}

describe('setImages: kustomize edit set image semantics', () => {
  it.each(UPSTREAM_CASES)('%s: %s', (_name, arg, before, after) => {
    const k = new Kustomization('kustomization.yaml', imagesYaml(before))
    setImages(k, [parseImageOverride(arg)])
    expect(getImages(k)).toEqual(after)
    // What kustomize itself reads back from the text.
    expect((parse(k.toString()) as { images: unknown }).images).toEqual(after)
  })

  it('quotes a value that would not read back as the same string, and keeps a value quoting style', () => {
    const k = new Kustomization(
      'k.yaml',
      'images:\n  - name: a\n    newTag: \'1.0\'\n  - name: b\n    newTag: "2.0"\n  - name: c\n    newTag: v3\n',
    )
    setImages(k, [
      { name: 'a', newTag: '1.1' },
      { name: 'b', newTag: '2.1' },
      { name: 'c', newTag: '3' },
    ])
    expect(k.toString()).toBe(
      'images:\n  - name: a\n    newTag: \'1.1\'\n  - name: b\n    newTag: "2.1"\n  - name: c\n    newTag: "3"\n',
    )
  })

  it('adds an images: list in the file indentation, after the comments of the last key', () => {
    const text = '# top\nresources:\n  - a.yaml # first\n# trailing comment\n'
    const k = new Kustomization('k.yaml', text)
    setImages(k, [{ name: 'app', newTag: 'v1', digest: DIGEST }])
    expect(k.toString()).toBe(`${text}images:\n  - name: app\n    newTag: v1\n    digest: ${DIGEST}\n`)
    setImages(k, [{ name: 'other', newName: 'reg/other' }])
    expect(k.toString()).toBe(
      `${text}images:\n  - name: app\n    newTag: v1\n    digest: ${DIGEST}\n  - name: other\n    newName: reg/other\n`,
    )
  })

  it('adds to a flow list and to a file without a trailing newline', () => {
    const flow = new Kustomization('k.yaml', 'images: []\nresources: [a.yaml]\n')
    setImages(flow, [{ name: 'app', newTag: 'v1' }])
    expect(parse(flow.toString())).toEqual({ images: [{ name: 'app', newTag: 'v1' }], resources: ['a.yaml'] })
    const noNewline = new Kustomization('k.yaml', 'images:\n- name: app\n  newTag: v1')
    setImages(noNewline, [{ name: 'app', newTag: 'v2', digest: DIGEST }])
    expect(noNewline.toString()).toBe(`images:\n- name: app\n  newTag: v2\n  digest: ${DIGEST}\n`)
    const empty = new Kustomization('k.yaml', '')
    setImages(empty, [{ name: 'app', newTag: 'v1' }])
    expect(parse(empty.toString())).toEqual({ images: [{ name: 'app', newTag: 'v1' }] })
  })

  it('adds and removes keys of an entry line by line, keeping comments and indentation', () => {
    const text =
      'images:\n    - name: app   # the main app\n      newTag: v1 # bumped by CI\n    # the database\n    - name: db\n      newTag: "5"\nreplicas: []\n'
    const k = new Kustomization('k.yaml', text)
    setImages(k, [{ name: 'app', newTag: 'v2', digest: DIGEST }])
    expect(k.toString()).toBe(
      `images:\n    - name: app   # the main app\n      newTag: v2 # bumped by CI\n      digest: ${DIGEST}\n    # the database\n    - name: db\n      newTag: "5"\nreplicas: []\n`,
    )
    setImages(k, [{ name: 'app', digest: DIGEST }])
    expect(k.toString()).toBe(
      `images:\n    - name: app   # the main app\n      digest: ${DIGEST}\n    # the database\n    - name: db\n      newTag: "5"\nreplicas: []\n`,
    )
  })

  it('removes the first key of an entry as kustomize writes it (digest first)', () => {
    const k = new Kustomization(
      'k.yaml',
      `# written by kustomize edit\nimages:\n- digest: ${D}\n  name: my-app\n  newName: my-registry/my-app\n`,
    )
    setImages(k, [{ name: 'my-app', newName: '*', newTag: 'v3' }])
    expect(k.toString()).toBe(
      '# written by kustomize edit\nimages:\n- name: my-app\n  newName: my-registry/my-app\n  newTag: v3\n',
    )
  })

  it('edits a flow-style entry in place', () => {
    const k = new Kustomization(
      'k.yaml',
      '# pinned\nimages:\n  - {name: app, newTag: v1} # app\n  - name: db\n    newTag: "5"\n',
    )
    setImages(k, [{ name: 'app', newTag: 'v2' }])
    expect(k.toString()).toBe('# pinned\nimages:\n  - {name: app, newTag: v2} # app\n  - name: db\n    newTag: "5"\n')
  })

  it('refuses invalid values, naming the file', () => {
    const k = new Kustomization('overlays/prod/kustomization.yaml', 'images: []\n')
    expect(() => setImages(k, [{ name: 'app', newTag: 'v1\nevil: true' }])).toThrow(
      /overlays\/prod\/kustomization.yaml: images: invalid newTag/,
    )
    expect(() => setImages(k, [{ name: 'app', digest: 'sha256' }])).toThrow(ConfigError)
    expect(() => setImages(k, [{ name: '' }])).toThrow(ConfigError)
    expect(() => setImages(new Kustomization('k.yaml', 'images: x\n'), [{ name: 'app', newTag: 'v1' }])).toThrow(
      /images: must be a list/,
    )
    expect(k.toString()).toBe('images: []\n')
  })
})

describe('components', () => {
  const text =
    'resources:\n  - ../../base\n# optional parts\ncomponents:\n  - ../../components/a # keep me\n  - ../../components/b\nimages: []\n'

  it('adds, removes and replaces, comparing paths after normalising', () => {
    const k = new Kustomization('/repo/overlays/x/kustomization.yaml', text)
    expect(addComponent(k, './../../components/a/')).toBe(false)
    expect(addComponent(k, '../../components/c')).toBe(true)
    expect(k.toString()).toBe(
      text.replace('  - ../../components/b\n', '  - ../../components/b\n  - ../../components/c\n'),
    )
    expect(removeComponent(k, '../../components/b')).toBe(true)
    expect(removeComponent(k, '../../components/zzz')).toBe(false)
    expect(replaceComponent(k, '../../components/a', '../../components/dr-active')).toBe(true)
    expect(k.toString()).toBe(
      'resources:\n  - ../../base\n# optional parts\ncomponents:\n  - ../../components/dr-active # keep me\n  - ../../components/c\nimages: []\n',
    )
    expect(replaceComponent(k, '../../components/nope', '../../components/x')).toBe(false)
    expect(getComponents(k)).toEqual(['../../components/dr-active', '../../components/c'])
  })

  it('replacing with a component already listed removes the old one', () => {
    const k = new Kustomization('/r/k.yaml', text)
    expect(replaceComponent(k, '../../components/a', '../../components/b')).toBe(true)
    expect(getComponents(k)).toEqual(['../../components/b'])
  })

  it('creates components: when absent, and empties it to []', () => {
    const k = new Kustomization('/r/k.yaml', 'resources:\n- a\n')
    addComponent(k, '../c')
    expect(k.toString()).toBe('resources:\n- a\ncomponents:\n- ../c\n')
    removeComponent(k, '../c')
    expect(parse(k.toString())).toEqual({ resources: ['a'], components: [] })
  })
})

describe('labels', () => {
  it('updates commonLabels and every labels[].pairs that has the key, never adds one', () => {
    const text =
      'labels:\n  - pairs:\n      tier: web\n  - pairs:\n      version: "1"\n      tier: web # again\ncommonLabels:\n  version: "1"\n'
    const k = new Kustomization('k.yaml', text)
    expect(setLabelValue(k, 'version', '2')).toBe(true)
    expect(k.toString()).toBe(text.replaceAll('version: "1"', 'version: "2"'))
    expect(setLabelValue(k, 'tier', 'api')).toBe(true)
    expect(k.toString()).toContain('      tier: api # again\n')
    expect(setLabelValue(k, 'missing', 'x')).toBe(false)
    expect(k.toString()).not.toContain('missing')
  })
})
