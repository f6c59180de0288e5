/**
 * The offline built-in fallback: the npm `kubernetes-models` family carries a precompiled
 * validator per kind. It checks types, enums and required fields, but its schemas leave
 * objects open, so it cannot see unknown fields.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { ErrorObject } from 'ajv'

/** The packages searched, in order. */
export const MODEL_PACKAGES = ['kubernetes-models', '@kubernetes-models/argo-cd', '@kubernetes-models/istio', '@kubernetes-models/external-secrets', '@kubernetes-models/prometheus-operator', '@kubernetes-models/keda'] as const

// What each package models, from its README (the packages do not expose it in code).
const COVERS: Record<string, string> = {
  'kubernetes-models': 'Kubernetes 1.27 API',
}

/** A validator taken from a model package. */
export interface ModelValidator {
  /** `kubernetes-models@4.5.1 (Kubernetes 1.27 API)`: which package and what it models. */
  readonly origin: string
  /** Runs the model's `validate()`; returns ajv errors (empty when valid). */
  validate(object: object): ErrorObject[]
}

interface IndexEntry {
  name: string
  origin: string
  /** Modules per kind (`pkg/group/version/Kind`) rather than per group/version. */
  perKind: boolean
}

interface PackageIndex {
  /** `apps/v1` (or `v1` for the core group) → package name. */
  byGroupVersion: Map<string, IndexEntry>
}

let index: PackageIndex | undefined

function buildIndex(): PackageIndex {
  const require = createRequire(import.meta.url)
  const byGroupVersion = new Map<string, IndexEntry>()
  for (const name of MODEL_PACKAGES) {
    let manifest: { version?: string; exports?: Record<string, unknown> }
    try {
      manifest = JSON.parse(readFileSync(join(packageRoot(require, name), 'package.json'), 'utf8'))
    } catch {
      continue // not installed: that family is simply not covered
    }
    const origin = `${name}@${manifest.version ?? '?'}${COVERS[name] ? ` (${COVERS[name]})` : ''}`
    for (const key of Object.keys(manifest.exports ?? {})) {
      // Older releases export one module per kind (`./apps/v1/*`); newer ones one module
      // per group/version with every kind as a named export (`./networking.istio.io/v1`).
      const perKind = /^\.\/(.+)\/\*$/.exec(key)
      const perGroupVersion = /^\.\/([^*]+\/v\d+(?:(?:alpha|beta)\d+)?)$/.exec(key)
      const groupVersion = perKind?.[1] ?? perGroupVersion?.[1]
      if (groupVersion && !byGroupVersion.has(groupVersion)) byGroupVersion.set(groupVersion, { name, origin, perKind: perKind !== null })
    }
  }
  return { byGroupVersion }
}

function packageRoot(require: NodeJS.Require, name: string): string {
  // The packages' `exports` list neither package.json nor (for the ESM-only releases) a
  // `require` condition, so look in the node_modules directories Node would search.
  for (const dir of require.resolve.paths(name) ?? []) {
    const root = join(dir, name)
    if (existsSync(join(root, 'package.json'))) return root
  }
  throw new Error(`package root of ${name} not found`)
}

/**
 * Which model packages are installed (resolvable from this module). Empty when Slipway runs
 * from a bundle without its `node_modules` — then the fallback validates nothing, and
 * reports should say so rather than blame the models.
 */
export function installedModelPackages(): string[] {
  index ??= buildIndex()
  return [...new Set([...index.byGroupVersion.values()].map((entry) => entry.name))]
}

/**
 * Finds the model class of `apiVersion`/`kind` in the installed model packages and wraps
 * its `validate()`. Packages are indexed on first use from their `exports` maps
 * (`./apps/v1/*`) and each kind's module is imported lazily (`kubernetes-models/apps/v1/Deployment`).
 *
 * Istio `networking.istio.io/v1` and `security.istio.io/v1` kinds the package lacks are
 * validated with their v1beta1 models (identical APIs; the origin says so).
 *
 * @param kind a kind that passed {@link isLookupSafe}-style checks (letters and digits).
 * @returns the validator, or `undefined` when no installed package models this kind.
 */
export async function loadModelValidator(kind: string, apiVersion: string): Promise<ModelValidator | undefined> {
  const direct = await loadModel(kind, apiVersion)
  if (direct || !API_ALIASES[apiVersion]) return direct
  const alias = API_ALIASES[apiVersion] as string
  const aliased = await loadModel(kind, alias)
  if (!aliased) return undefined
  return {
    origin: `${aliased.origin}, as ${alias}: Istio's v1 API is identical to v1beta1`,
    validate: (object) => aliased.validate({ ...object, apiVersion: alias }),
  }
}

// Istio promoted its networking and security APIs to v1 unchanged (Istio 1.22 release
// notes: "identical to v1beta1"); the model package only ships the v1beta1 modules.
const API_ALIASES: Record<string, string> = {
  'networking.istio.io/v1': 'networking.istio.io/v1beta1',
  'security.istio.io/v1': 'security.istio.io/v1beta1',
}

async function loadModel(kind: string, apiVersion: string): Promise<ModelValidator | undefined> {
  index ??= buildIndex()
  const entry = index.byGroupVersion.get(apiVersion)
  if (!entry || !/^[A-Za-z][A-Za-z0-9]*$/.test(kind)) return undefined
  let module: Record<string, unknown>
  try {
    module = (await import(entry.perKind ? `${entry.name}/${apiVersion}/${kind}` : `${entry.name}/${apiVersion}`)) as Record<string, unknown>
  } catch {
    return undefined
  }
  const Model = module[kind] as (new (data: object) => { validate(): void }) & { apiVersion?: string; kind?: string }
  // Per-kind modules also exist for nested types (DeploymentSpec); only a top-level kind with this apiVersion counts.
  if (typeof Model !== 'function' || Model.kind !== kind || Model.apiVersion !== apiVersion) return undefined
  return {
    origin: entry.origin,
    validate(object) {
      try {
        new Model(object).validate()
        return []
      } catch (error) {
        const errors = (error as { errors?: unknown }).errors
        if (Array.isArray(errors)) return errors as ErrorObject[]
        throw error
      }
    },
  }
}
