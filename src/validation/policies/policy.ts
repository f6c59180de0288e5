/**
 * Policy files: `policies/<id>.yaml`, one policy each.
 *
 * ```yaml
 * id: pinned-by-digest                 # lower-case kebab-case, unique; the finding's rule
 * description: In production, images are pinned by digest.
 * severity: error                      # error | warning (slipway.yaml policies.overrides can change it per environment, or switch it off)
 * select: containers                   # resource (default) | podSpec | containers | mainContainers
 * match:                               # all optional, ANDed
 *   kinds: [Deployment, apps/StatefulSet, apps/v1/DaemonSet, v1/Pod]
 *   production: true                   # only production environments (see PolicyMatch.production)
 *   environments: ["!production-dr"]   # `*` wildcards; a leading `!` excludes
 *   namespaces: [trading]
 *   labelSelector: { matchLabels: { tier: web } }
 * vars:                                # values the schema refers to as {{ vars.NAME }} (from slipway.yaml vars:)
 *   ecrRegistries: { description: allowed registry hosts }
 * schema:                              # JSON Schema (draft-07, ajv) + ajv-errors errorMessage
 *   properties: { image: { pattern: "@sha256:[a-f0-9]{64}$" } }
 *   errorMessage: "container ${/name} image ${/image} is not pinned by digest"
 * remediation: set digest in the overlay's images:   # appended to messages
 * docs: https://…                      # for reports that link rules
 * ```
 *
 * Instead of `schema`, `builtin: { name, params }` names a TypeScript rule from
 * `builtins.ts` for what needs more than one resource (replicas or an HPA). Unknown schema
 * keywords are errors. ajv-errors only wraps errors raised at the same data path inside
 * array `items`, so put messages on each node that can fail there (or use `select:
 * containers`, where the container is the root and one message covers it).
 */
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parseDocument } from 'yaml'
import { documentToJs } from '../../manifests/yaml-stream.js'
import type { ValidateFunction } from 'ajv'
import { ConfigError, errorMessage } from '../../errors.js'
import { compileLazily, createAjv } from '../../util/ajv.js'
import type { LabelSelector } from '../checks/label-selector.js'
import type { Severity } from '../../findings/finding.js'
import { BUILTINS } from './builtins.js'

/** Which resources a policy applies to. Every given criterion must hold (AND); an omitted one matches all. */
export interface PolicyMatch {
  /**
   * `Kind` (any group), `group/Kind` (any version), `apiVersion/Kind` (`apps/v1/Deployment`,
   * `v1/Namespace`). When `select` is not `resource` the default is every workload kind.
   */
  kinds?: string[]
  /**
   * Environment names; `*` is a wildcard (`production*`). An entry starting with `!`
   * excludes (`!production-dr`): the environment must match no exclusion and, when the list
   * has any inclusion, at least one inclusion — so `["!production-dr"]` alone means "every
   * environment but production-dr".
   */
  environments?: string[]
  /**
   * `true`: only production environments; `false`: only the others. An environment is
   * production when slipway.yaml `environments.<name>.production` says so, else when its
   * name contains `prod` (the caller passes the result as {@link PolicyContext.production}).
   */
  production?: boolean
  /** Namespaces of namespaced resources; cluster-scoped resources never match a namespace list. */
  namespaces?: string[]
  /** Selector over the resource's `metadata.labels`. */
  labelSelector?: LabelSelector
}

/** What a policy's schema sees; see {@link Policy.select}. */
export type PolicySelect = 'resource' | 'podSpec' | 'containers' | 'mainContainers'

/** A declared variable a policy's schema refers to as `{{ vars.NAME }}`. */
export interface PolicyVar {
  description?: string
  /** Used when the caller's vars do not set it. Without a default the var is required. */
  default?: unknown
}

/**
 * One organisation policy, read from `policies/<id>.yaml`. Either `schema` (JSON Schema,
 * applied with ajv + ajv-errors) or `builtin` (a TypeScript rule that needs more than one
 * resource, e.g. replicas-or-HPA) says what a matching resource must look like.
 */
export interface Policy {
  id: string
  description: string
  severity: Severity
  match: PolicyMatch
  /**
   * What the schema is applied to: `resource` (default) the whole object; `podSpec` each
   * workload's pod spec (`spec.template.spec`, …); `containers` each container, init
   * container and ephemeral container of the pod spec; `mainContainers` only `spec.containers`.
   * Pointers in findings are always relative to the resource.
   */
  select: PolicySelect
  schema?: Record<string, unknown>
  builtin?: { name: string; params: Record<string, unknown> }
  vars: Record<string, PolicyVar>
  remediation?: string
  docs?: string
  /** File the policy was read from (as given to {@link loadPolicies}, joined with the file name). */
  file: string
}

const selectorSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    matchLabels: { type: 'object', additionalProperties: { type: 'string' } },
    matchExpressions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'operator'],
        properties: {
          key: { type: 'string' },
          operator: { enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'] },
          values: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
}

/** JSON Schema of a policy file. */
export const policyFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'description', 'severity'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', errorMessage: 'must be lower-case kebab-case, e.g. require-probes' },
    description: { type: 'string', minLength: 1 },
    severity: { enum: ['error', 'warning'], errorMessage: 'must be error or warning' },
    match: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: { type: 'array', items: { type: 'string', pattern: '^([A-Za-z0-9.-]+/){0,2}[A-Z][A-Za-z0-9]*$' }, minItems: 1 },
        environments: { type: 'array', items: { type: 'string', pattern: '^!?[^!]', errorMessage: 'must be an environment name or pattern, optionally prefixed by ! to exclude' }, minItems: 1 },
        production: { type: 'boolean' },
        namespaces: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        labelSelector: selectorSchema,
      },
    },
    select: { enum: ['resource', 'podSpec', 'containers', 'mainContainers'], errorMessage: 'must be resource, podSpec, containers or mainContainers' },
    schema: { type: 'object' },
    builtin: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: { name: { enum: Object.keys(BUILTINS) }, params: { type: 'object' } },
    },
    vars: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      additionalProperties: { type: 'object', additionalProperties: false, properties: { description: { type: 'string' }, default: {} } },
    },
    remediation: { type: 'string' },
    docs: { type: 'string' },
  },
  oneOf: [{ required: ['schema'] }, { required: ['builtin'] }],
  errorMessage: { oneOf: 'must have exactly one of "schema" or "builtin"' },
} as const

const validatePolicyFile = compileLazily(policyFileSchema)

/**
 * Parses and validates one policy file's text.
 *
 * @param file the file name used in messages and recorded on the policy.
 * @throws {ConfigError} naming the file and the key (`unknown key "match.kind"`,
 *   `severity: must be error or warning`) when the YAML or the policy is invalid, when a
 *   `{{ vars.NAME }}` reference is not declared under `vars:`, or when the schema does not compile.
 */
export function parsePolicy(text: string, file: string): Policy {
  const document = parseDocument(text, { uniqueKeys: true })
  if (document.errors.length > 0) {
    const first = document.errors[0]!
    throw new ConfigError(first.message.split('\n')[0]!.replace(/:$/, ''), file)
  }
  const value: unknown = documentToJs(document, file)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('a policy file must be a mapping with id, description, severity, match and schema', file)
  if (!validatePolicyFile(value)) {
    const messages = (validatePolicyFile.errors ?? []).map((error) => {
      const key = error.instancePath.slice(1).replace(/\//g, '.')
      if (error.keyword === 'additionalProperties') return `unknown key "${key ? `${key}.` : ''}${(error.params as { additionalProperty: string }).additionalProperty}"`
      if (error.keyword === 'required') return `missing key "${key ? `${key}.` : ''}${(error.params as { missingProperty: string }).missingProperty}"`
      return `${key || '(root)'}: ${error.message}`
    })
    throw new ConfigError([...new Set(messages)].join('; '), file)
  }
  const raw = value as unknown as Record<string, unknown>
  const policy: Policy = {
    id: raw.id as string,
    description: raw.description as string,
    severity: raw.severity as Severity,
    match: (raw.match ?? {}) as PolicyMatch,
    select: (raw.select as Policy['select'] | undefined) ?? 'resource',
    vars: (raw.vars ?? {}) as Record<string, PolicyVar>,
    file,
  }
  if (raw.schema) policy.schema = raw.schema as Record<string, unknown>
  if (raw.builtin) {
    const builtin = raw.builtin as { name: string; params?: Record<string, unknown> }
    policy.builtin = { name: builtin.name, params: builtin.params ?? {} }
  }
  if (typeof raw.remediation === 'string') policy.remediation = raw.remediation
  if (typeof raw.docs === 'string') policy.docs = raw.docs
  const names = referencedVars(policy.schema)
  for (const name of names) {
    if (!(name in policy.vars)) throw new ConfigError(`schema refers to {{ vars.${name} }} but "vars.${name}" is not declared`, file)
  }
  // Compile now when no configured value is needed, so a broken schema fails at load time.
  if ([...names].every((name) => policy.vars[name]?.default !== undefined)) compilePolicy(policy)
  return policy
}

/**
 * Reads every `*.yaml`/`*.yml` policy file of a directory (not recursive; other files such
 * as `ecr-lifecycle.json` are ignored), in file-name order.
 *
 * @param dir directory path (absolute, or relative to the working directory); recorded on each policy's `file`.
 * @returns the policies; an empty list when the directory does not exist.
 * @throws {ConfigError} for an invalid policy file (see {@link parsePolicy}) or two files with the same `id`.
 */
export async function loadPolicies(dir: string): Promise<Policy[]> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new ConfigError(`cannot read policy directory: ${(error as Error).message}`, dir)
  }
  const policies: Policy[] = []
  const seen = new Map<string, string>()
  for (const name of names) {
    const file = join(dir, name)
    const policy = parsePolicy(await readFile(file, 'utf8'), file)
    const previous = seen.get(policy.id)
    if (previous) throw new ConfigError(`policy id "${policy.id}" is also declared in ${basename(previous)}`, file)
    seen.set(policy.id, file)
    policies.push(policy)
  }
  return policies
}

const VAR_REFERENCE = /\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g

/** Names of the vars a schema refers to. */
function referencedVars(schema: unknown): Set<string> {
  const names = new Set<string>()
  const walk = (value: unknown) => {
    if (typeof value === 'string') for (const match of value.matchAll(VAR_REFERENCE)) names.add(match[1] as string)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(schema)
  return names
}

/**
 * Replaces `{{ vars.NAME }}` references in a policy schema with configured values.
 *
 * - A string that is exactly `{{ vars.NAME }}` becomes the value itself (any JSON type), so
 *   `enum: "{{ vars.allowedNamespaces }}"` takes a list.
 * - `{{ vars.NAME | regex }}` inside a string becomes `(?:a|b)`: each value of the string
 *   or list, regex-escaped, as alternatives — for `pattern: "^{{ vars.ecrRegistries | regex }}/"`.
 * - `{{ vars.NAME }}` inside a longer string becomes the value's text (lists joined by `, `),
 *   for messages.
 *
 * @param vars the caller's values, over the policy's declared defaults.
 * @throws {ConfigError} naming the policy file and var when a referenced var has no value
 *   or `| regex` is given something other than strings, or an unknown filter is used.
 */
export function substituteVars(policy: Policy, vars: Record<string, unknown> = {}): Record<string, unknown> | undefined {
  if (!policy.schema) return undefined
  const valueOf = (name: string): unknown => {
    if (vars[name] !== undefined) return vars[name]
    const declared = policy.vars[name]
    if (declared?.default !== undefined) return declared.default
    throw new ConfigError(`policy "${policy.id}" needs vars.${name}${declared?.description ? ` (${declared.description})` : ''}; set it under vars: in slipway.yaml`, policy.file)
  }
  const render = (name: string, filter: string | undefined): string => {
    const value = valueOf(name)
    const list = Array.isArray(value) ? value : [value]
    if (filter === 'regex') {
      if (list.length === 0 || !list.every((item) => typeof item === 'string' && item !== '')) throw new ConfigError(`vars.${name} must be a non-empty string or list of strings for "| regex" (policy "${policy.id}")`, policy.file)
      return `(?:${(list as string[]).map(escapeRegex).join('|')})`
    }
    if (filter !== undefined) throw new ConfigError(`unknown filter "| ${filter}" in {{ vars.${name} }} (known: regex)`, policy.file)
    return list.map(String).join(', ')
  }
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = /^\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(value)
      if (whole) return valueOf(whole[1] as string)
      return value.replace(VAR_REFERENCE, (_all, name: string, filter: string | undefined) => render(name, filter))
    }
    if (Array.isArray(value)) return value.map(walk)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]))
    return value
  }
  return walk(policy.schema) as Record<string, unknown>
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

// Unknown keywords in a policy schema are errors (a typo such as `requried` would
// otherwise silently accept everything).
let ajv: ReturnType<typeof createAjv> | undefined
const compiled = new WeakMap<Policy, Map<string, ValidateFunction>>()

/**
 * Compiles a policy's schema with the given vars (cached per policy and vars).
 *
 * @throws {ConfigError} naming the policy file when the schema does not compile or a var is missing.
 */
export function compilePolicy(policy: Policy, vars: Record<string, unknown> = {}): ValidateFunction | undefined {
  const schema = substituteVars(policy, vars)
  if (!schema) return undefined
  const key = JSON.stringify(schema)
  let cache = compiled.get(policy)
  if (!cache) compiled.set(policy, (cache = new Map()))
  let validate = cache.get(key)
  if (!validate) {
    try {
      ajv ??= createAjv({ strictSchema: true })
      validate = ajv.compile(schema)
    } catch (error) {
      throw new ConfigError(`schema of policy "${policy.id}" is invalid: ${errorMessage(error)}`, policy.file)
    }
    cache.set(key, validate)
  }
  return validate
}

