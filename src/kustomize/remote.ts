/**
 * Which kustomization entries Kustomize fetches from the network instead of reading from
 * disk. The rules are read from kustomize v5 (the version `kubectl kustomize` embeds):
 *
 * - `api/internal/loader/fileloader.go` `IsRemoteFile` / `Load`: every file a kustomization
 *   names (a resource, a patch, a generator's file, a Helm values file, …) is downloaded
 *   over HTTP when its URL scheme is `http` or `https`, before the disk is looked at.
 * - `api/internal/loader/fileloader.go` `New`: a base — a `resources`/`bases` entry that is
 *   not a file, a `components` entry, a `generators`/`transformers`/`validators` entry that
 *   is not a file — is cloned with git when `api/internal/git/repospec.go`
 *   `NewRepoSpecFromURL` accepts it (see {@link isGitRemoteBase}); only then is it looked
 *   for on disk.
 * - `api/internal/target/kusttarget.go` `accumulateResources`: a `resources` entry is tried
 *   as a file first, so an existing local file is read even when its name parses as a repo
 *   URL. A directory is not: `github.com/org/repo` names a clone even when a folder of
 *   that name exists.
 *
 * Where we deliberately differ (refusing more, never less):
 * - Any entry starting `http:` or `https:` counts as remote for every key, also where
 *   Kustomize would fail to parse it as a URL or a repository.
 * - `gh:org/repo` counts as a git base: kustomize v4 (`parseHostSpec`) cloned it, and the
 *   `render.kustomize` program may be a standalone kustomize of any version.
 * - `oci://…` counts as remote: kustomize's development branch pulls OCI artifacts as bases
 *   (`api/internal/oci`).
 * - `file://` is not remote: it reads this machine's disk (`src/render/preflight.ts` refuses
 *   it on its own).
 */
import { isAbsolute, posix } from 'node:path'

/** How Kustomize would fetch an entry: downloaded over HTTP(S), cloned with git, or pulled from an OCI registry. */
export type RemoteKind = 'http' | 'git' | 'oci'

/** Keys (as `walkKustomization` names them) whose entries Kustomize may load as a base (`fileloader.go` `New`). */
const BASE_KEYS = new Set(['resources', 'bases', 'components', 'generators', 'transformers', 'validators'])

/** Keys whose entries Kustomize tries as a file before as a base (`kusttarget.go` `accumulateResources`); `components` are bases only. */
const FILE_FIRST_KEYS = new Set(['resources', 'bases', 'generators', 'transformers', 'validators'])

/**
 * How Kustomize would fetch the entry `value` of `key` from the network, or `undefined`
 * when it reads it from disk (the rules are in the module comment).
 *
 * @param key the field, as `walkKustomization` (`src/kustomize/graph.ts`) names it:
 *   `resources`, `components`, `patches[].path`, `configMapGenerator[].files`, …
 * @param value the entry as written.
 * @param localFile true when `value`, relative to the kustomization, is an existing regular
 *   file: a `resources` entry that is one is read from disk, whatever its name looks like.
 */
export function remoteKind(key: string, value: string, localFile = false): RemoteKind | undefined {
  if (/^https?:/i.test(value)) return 'http'
  if (!BASE_KEYS.has(key) || (localFile && FILE_FIRST_KEYS.has(key))) return undefined
  if (/^oci:\/\//i.test(value)) return 'oci'
  if (/^gh:/i.test(value) || isGitRemoteBase(value)) return 'git'
  return undefined
}

/**
 * True when kustomize `api/internal/git/repospec.go` `NewRepoSpecFromURL` accepts `value`
 * as a git repository (with an optional `//subpath` and `?ref=`), i.e. when Kustomize would
 * clone it. Read from that function and its `repospec_test.go` cases:
 *
 * 1. Absolute paths are not; the query (`?ref=…`, `?version=…`, `?timeout=…`) is cut off.
 * 2. A leading `git::` (go-getter's) is dropped. A scheme `ssh://`, `https://`, `http://` or
 *    `file://` (any case) is taken, then a username (`^[a-zA-Z][a-zA-Z0-9-]*@`).
 * 3. Without a scheme the entry must be scp-like: a username (`git@host:org/repo`) or the
 *    bare GitHub host (`github.com/org/repo`, `github.com:org/repo`); otherwise it is a
 *    local path (`gitlab.com/org/repo`, `src/github.com/org/repo`, `../base`).
 * 4. The host ends at the first `/` (or, scp-like, at a `:` before it) and must not be empty.
 * 5. The repository path is split from the kustomization path at `_git/<repo>`, at `//`, at
 *    `.git`, or else after two segments (`org/repo`; all of it for `file://`). It must not be
 *    empty, and the kustomization path must not climb out of it with `..`.
 *
 * `file://` entries are local (see the module comment) and return false here.
 */
export function isGitRemoteBase(value: string): boolean {
  if (isAbsolute(value) || value.startsWith('/')) return false
  let rest = value.split('?')[0] as string
  rest = rest.replace(/^git::/i, '')
  const scheme = /^(ssh|https|http|file):\/\//i.exec(rest)?.[0].toLowerCase() ?? ''
  if (scheme === 'file://') return false
  rest = rest.slice(scheme.length)
  const username = /^[a-zA-Z][a-zA-Z0-9-]*@/.exec(rest)?.[0] ?? ''
  rest = rest.slice(username.length)
  const github = /^github\.com[/:]/i.test(rest)
  const scpLike = scheme === '' && (username !== '' || github)
  if (scheme === '' && !scpLike) return false

  let separator = rest.indexOf('/')
  if (scpLike) {
    const colon = rest.indexOf(':')
    if (separator === -1 || (colon > 0 && colon < separator)) separator = colon
  }
  const host = separator >= 0 ? rest.slice(0, separator + 1) : rest
  const path = separator >= 0 ? rest.slice(separator + 1) : ''
  if (host === '') return false

  const split = splitRepoPath(path)
  if (!split || split.repo === '') return false
  const root = posix.normalize(split.root.replace(/^\//, ''))
  return root.split('/')[0] !== '..'
}

/** The repository path and the kustomization path inside it (`repospec.go` `parsePathParts`, for a non-`file://` host). */
function splitRepoPath(path: string): { repo: string; root: string } | undefined {
  const azure = path.indexOf('_git/')
  if (azure >= 0) {
    const [repo = '', ...root] = path.slice(azure + '_git/'.length).split('/')
    return { repo: path.slice(0, azure + '_git/'.length) + repo, root: root.join('/') }
  }
  const double = path.indexOf('//')
  if (double >= 0) return { repo: path.slice(0, double), root: path.slice(double + 2) }
  const suffix = path.indexOf('.git')
  if (suffix >= 0) return { repo: path.slice(0, suffix + '.git'.length), root: path.slice(suffix + '.git'.length) }
  const segments = path.split('/')
  if (segments.length < 2) return undefined
  return { repo: segments.slice(0, 2).join('/'), root: segments.slice(2).join('/') }
}
