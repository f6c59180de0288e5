import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { refKey, type KubernetesObject, type ResourceRef } from '../../manifests/resource.js'
import type { ApplicationInfo, RenderResult } from '../../render/environment.js'
import type { Finding } from '../../findings/finding.js'
import { toFinding, type Check } from './check.js'
import { isRecord } from './workloads.js'

/** Kinds that are cluster-scoped, so a missing namespace does not default to the destination's. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'CSIDriver',
  'ClusterSecretStore',
  'ClusterIssuer',
  'ClusterExternalSecret',
])

const applicationRef = (info: ApplicationInfo): ResourceRef => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  name: info.name,
  ...(info.namespace ? { namespace: info.namespace } : {}),
})

/**
 * `duplicate-resource-across-apps`: two Argo CD Applications render the same resource into
 * the same cluster — they overwrite each other on every sync (Argo CD's SharedResourceWarning).
 * Reported on each Application after the first that renders it.
 */
export const duplicateResourceAcrossApps: Check = {
  id: 'duplicate-resource-across-apps',
  description: 'Two Argo CD Applications render the same resource into the same cluster',
  severity: 'error',
  run(context) {
    const owners = new Map<string, string>()
    const findings: Finding[] = []
    for (const result of context.results) {
      const app = result.environment.application
      if (!app) continue
      const cluster = app.destination.server ?? app.destination.name ?? ''
      for (const resource of result.resources) {
        const namespace =
          resource.ref.namespace ?? (CLUSTER_SCOPED.has(resource.ref.kind) ? '' : (app.destination.namespace ?? ''))
        // The same object is served under every version of its group.
        const key = `${cluster}|${refKey({ ...resource.ref, namespace, apiVersion: groupOf(resource.ref.apiVersion) })}`
        const owner = owners.get(key)
        if (owner === undefined) owners.set(key, app.name)
        else if (owner !== app.name) {
          findings.push(
            toFinding(
              this,
              {
                resource,
                message: `${resource.ref.kind} ${namespace ? `${namespace}/` : ''}${resource.ref.name} is also rendered by Application ${owner} into the same cluster (${cluster}); the two will overwrite each other`,
              },
              result.environment.name,
            ),
          )
        }
      }
    }
    return findings
  },
}

/** The API group of an apiVersion (`''` for the core group). */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash < 0 ? '' : apiVersion.slice(0, slash)
}

/** `argocd-app-path-missing`: an Application's `spec.source.path` does not exist in the repository. */
export const argocdAppPathMissing: Check = {
  id: 'argocd-app-path-missing',
  description: 'Argo CD Application source path does not exist in the repository',
  severity: 'error',
  run(context) {
    const findings: Finding[] = []
    for (const result of context.results) {
      const app = result.environment.application
      if (!app || result.environment.path === '' || existsSync(join(context.repoRoot, result.environment.path)))
        continue
      findings.push(
        toFinding(
          this,
          {
            resource: { ref: applicationRef(app) },
            path: '/spec/source/path',
            file: app.file,
            message: `source path ${result.environment.path} does not exist in the repository`,
          },
          result.environment.name,
        ),
      )
    }
    return findings
  },
}

/**
 * Glob match as Argo CD's `globMatch` (argoproj/argo-cd `pkg/apis/application/v1alpha1/types.go`,
 * gobwas/glob): `*` matches anything (within one separator-delimited segment when separators
 * are given; `**` crosses them), `?` one character, `{a,b}` alternatives; a leading `!`
 * negates the match.
 */
export function globMatch(pattern: string, value: string, separator?: string): boolean {
  if (pattern.startsWith('!')) return !globMatch(pattern.slice(1), value, separator)
  if (pattern === '*') return true
  const any = separator ? `[^${separator.replace(/[\\\]^-]/g, '\\$&')}]` : '.'
  let regex = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        regex += '.*'
        i++
      } else regex += `${any}*`
    } else if (char === '?') regex += any
    else if (char === '{') {
      const end = pattern.indexOf('}', i)
      if (end < 0) regex += '\\{'
      else {
        regex += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map(escapeRegex)
          .join('|')})`
        i = end
      }
    } else regex += escapeRegex(char)
  }
  return new RegExp(`^${regex}$`).test(value)
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * Whether an AppProject permits a destination, as Argo CD's `AppProject.isDestinationMatched`:
 * some entry matches (server or name, and namespace), and no `!` deny entry excludes it.
 */
export function isDestinationPermitted(
  project: KubernetesObject,
  destination: { server?: string; name?: string; namespace?: string },
): boolean {
  const spec = isRecord(project.spec) ? project.spec : {}
  const entries = Array.isArray(spec.destinations) ? spec.destinations.filter(isRecord) : []
  let anyMatched = false
  for (const entry of entries) {
    const name = String(entry.name ?? '')
    const server = String(entry.server ?? '')
    const namespace = String(entry.namespace ?? '')
    const nameMatched = !!destination.name && globMatch(name, destination.name)
    const serverMatched = !!destination.server && globMatch(server, destination.server)
    const namespaceMatched = globMatch(namespace, destination.namespace ?? '')
    if ((serverMatched || nameMatched) && namespaceMatched) anyMatched = true
    else if (
      (!nameMatched && name.startsWith('!')) ||
      (!serverMatched && server.startsWith('!')) ||
      (!namespaceMatched && namespace.startsWith('!'))
    )
      return false
  }
  return anyMatched
}

/** Normalises a git URL for comparison as Argo CD's `git.NormalizeGitURL` does in spirit: lower case, no trailing `/` or `.git`. */
function normalizeGitUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
}

/** Whether an AppProject permits a source repository (`spec.sourceRepos`, globs with `/` as separator, `!` denies), as `AppProject.IsSourcePermitted`. */
export function isSourcePermitted(project: KubernetesObject, repoURL: string): boolean {
  const spec = isRecord(project.spec) ? project.spec : {}
  const repos = Array.isArray(spec.sourceRepos) ? spec.sourceRepos.map(String) : []
  const source = normalizeGitUrl(repoURL)
  let anyMatched = false
  for (const repo of repos) {
    const pattern = repo.startsWith('!') ? `!${normalizeGitUrl(repo.slice(1))}` : normalizeGitUrl(repo)
    const matched = globMatch(pattern, source, '/')
    if (matched) anyMatched = true
    else if (pattern.startsWith('!')) return false
  }
  return anyMatched
}

/**
 * `argocd-destination-not-permitted`: an Application's AppProject does not exist, or does not
 * permit its destination (server/name + namespace, including the namespaces its resources
 * land in) or its source repository. The built-in `default` project permits everything when
 * it is not declared in the repository.
 */
export const argocdDestinationNotPermitted: Check = {
  id: 'argocd-destination-not-permitted',
  description: 'Argo CD AppProject does not permit the Application destination or source repository',
  severity: 'error',
  run(context) {
    const findings: Finding[] = []
    const projects = new Map(context.projects.map((project) => [String(project.metadata?.name ?? ''), project]))
    for (const result of context.results) {
      const app = result.environment.application
      if (!app) continue
      const add = (path: string, message: string) =>
        findings.push(
          toFinding(
            this,
            { resource: { ref: applicationRef(app) }, path, file: app.file, message },
            result.environment.name,
          ),
        )
      const project = projects.get(app.project)
      if (!project) {
        if (app.project !== 'default')
          add('/spec/project', `AppProject ${app.project} is not declared in the repository`)
        continue
      }
      const target = app.destination.server ?? app.destination.name ?? ''
      if (!isDestinationPermitted(project, app.destination)) {
        add(
          '/spec/destination',
          `AppProject ${app.project} does not permit destination ${target} namespace ${app.destination.namespace ?? '(none)'}`,
        )
      } else {
        for (const namespace of resourceNamespaces(result)) {
          if (
            namespace === app.destination.namespace ||
            isDestinationPermitted(project, { ...app.destination, namespace })
          )
            continue
          add(
            '/spec/destination',
            `AppProject ${app.project} does not permit namespace ${namespace} on ${target}, where the Application renders resources`,
          )
        }
      }
      if (app.repoURL && !isSourcePermitted(project, app.repoURL))
        add('/spec/source/repoURL', `AppProject ${app.project} does not permit source repository ${app.repoURL}`)
    }
    return findings
  },
}

function resourceNamespaces(result: RenderResult): Set<string> {
  return new Set(
    result.resources.map((resource) => resource.ref.namespace).filter((namespace): namespace is string => !!namespace),
  )
}
