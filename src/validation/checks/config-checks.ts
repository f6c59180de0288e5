import type { Resource } from '../../manifests/resource.js'
import { environmentCheck, type Check, type EnvironmentIndex, type Violation } from './check.js'
import { containersOf, isRecord, podTemplateOf } from './workloads.js'

/** Keys a ConfigMap or Secret will have; `any` when they cannot be known (ExternalSecret dataFrom). */
type Keys = Set<string> | 'any'

/**
 * What each ConfigMap and Secret name in a namespace will contain: rendered ConfigMaps
 * (`data`, `binaryData`) and Secrets (`data`, `stringData`), and Secrets an External Secrets
 * Operator ExternalSecret creates (`spec.target.name`, default the ExternalSecret's name;
 * keys from `spec.data[].secretKey` and `spec.target.template.data`, any key with `dataFrom`).
 * Rules: external-secrets.io ExternalSecret API (`spec.target`, `spec.data`, `spec.dataFrom`).
 */
function provided(index: EnvironmentIndex): { configMaps: Map<string, Keys>; secrets: Map<string, Keys> } {
  const configMaps = new Map<string, Keys>()
  const secrets = new Map<string, Keys>()
  const merge = (map: Map<string, Keys>, key: string, keys: Keys) => {
    const existing = map.get(key)
    if (existing === 'any' || keys === 'any') map.set(key, 'any')
    else map.set(key, new Set([...(existing ?? []), ...keys]))
  }
  const keysOf = (...maps: unknown[]): Set<string> =>
    new Set(maps.flatMap((map) => (isRecord(map) ? Object.keys(map) : [])))
  for (const resource of index.resources) {
    const namespace = index.namespaceOf(resource)
    const object = resource.object
    if (resource.ref.kind === 'ConfigMap')
      merge(configMaps, `${namespace}/${resource.ref.name}`, keysOf(object.data, object.binaryData))
    else if (resource.ref.kind === 'Secret')
      merge(secrets, `${namespace}/${resource.ref.name}`, keysOf(object.data, object.stringData))
    else if (resource.ref.kind === 'ExternalSecret') {
      const spec = isRecord(object.spec) ? object.spec : {}
      const target = isRecord(spec.target) ? spec.target : {}
      const name = typeof target.name === 'string' && target.name !== '' ? target.name : resource.ref.name
      const fromData = Array.isArray(spec.data) ? spec.data.filter(isRecord).map((item) => String(item.secretKey)) : []
      const template = isRecord(target.template) ? target.template : {}
      const keys: Keys =
        Array.isArray(spec.dataFrom) && spec.dataFrom.length > 0
          ? 'any'
          : new Set([...fromData, ...keysOf(template.data)])
      merge(secrets, `${namespace}/${name}`, keys)
    }
  }
  return { configMaps, secrets }
}

interface Reference {
  kind: 'ConfigMap' | 'Secret'
  name: string
  key?: string
  optional: boolean
  /** Pointer of the name field. */
  namePath: string
  /** Pointer of the key field, when a key is referenced. */
  keyPath?: string
}

/** Every ConfigMap/Secret reference of a pod spec: env valueFrom, envFrom, volumes and projected volumes. */
function references(resource: Resource): Reference[] {
  const template = podTemplateOf(resource)
  if (!template) return []
  const refs: Reference[] = []
  const optional = (value: Record<string, unknown>) => value.optional === true
  for (const { container, pointer } of containersOf(template)) {
    if (Array.isArray(container.env)) {
      container.env.forEach((env, i) => {
        if (!isRecord(env) || !isRecord(env.valueFrom)) return
        for (const [field, kind] of [
          ['configMapKeyRef', 'ConfigMap'],
          ['secretKeyRef', 'Secret'],
        ] as const) {
          const ref = env.valueFrom[field]
          if (!isRecord(ref)) continue
          const base = `${pointer}/env/${i}/valueFrom/${field}`
          refs.push({
            kind,
            name: String(ref.name ?? ''),
            key: String(ref.key ?? ''),
            optional: optional(ref),
            namePath: `${base}/name`,
            keyPath: `${base}/key`,
          })
        }
      })
    }
    if (Array.isArray(container.envFrom)) {
      container.envFrom.forEach((source, i) => {
        if (!isRecord(source)) return
        for (const [field, kind] of [
          ['configMapRef', 'ConfigMap'],
          ['secretRef', 'Secret'],
        ] as const) {
          const ref = source[field]
          if (isRecord(ref))
            refs.push({
              kind,
              name: String(ref.name ?? ''),
              optional: optional(ref),
              namePath: `${pointer}/envFrom/${i}/${field}/name`,
            })
        }
      })
    }
  }
  const withItems = (kind: Reference['kind'], source: Record<string, unknown>, nameField: string, base: string) => {
    const name = String(source[nameField] ?? '')
    refs.push({ kind, name, optional: optional(source), namePath: `${base}/${nameField}` })
    if (Array.isArray(source.items)) {
      source.items.forEach((item, j) => {
        if (isRecord(item))
          refs.push({
            kind,
            name,
            key: String(item.key ?? ''),
            optional: optional(source),
            namePath: `${base}/${nameField}`,
            keyPath: `${base}/items/${j}/key`,
          })
      })
    }
  }
  if (Array.isArray(template.spec.volumes)) {
    template.spec.volumes.forEach((volume, i) => {
      if (!isRecord(volume)) return
      const base = `${template.pointer}/volumes/${i}`
      if (isRecord(volume.configMap)) withItems('ConfigMap', volume.configMap, 'name', `${base}/configMap`)
      if (isRecord(volume.secret)) withItems('Secret', volume.secret, 'secretName', `${base}/secret`)
      if (isRecord(volume.projected) && Array.isArray(volume.projected.sources)) {
        volume.projected.sources.forEach((source, j) => {
          if (!isRecord(source)) return
          if (isRecord(source.configMap))
            withItems('ConfigMap', source.configMap, 'name', `${base}/projected/sources/${j}/configMap`)
          if (isRecord(source.secret))
            withItems('Secret', source.secret, 'name', `${base}/projected/sources/${j}/secret`)
        })
      }
    })
  }
  return refs
}

/**
 * `missing-config-ref`: a pod references a ConfigMap or Secret (or a key of one) that is
 * neither rendered nor produced by an ExternalSecret. References marked `optional: true`
 * are fine — the kubelet starts the pod without them.
 */
export const missingConfigRef: Check = environmentCheck(
  {
    id: 'missing-config-ref',
    description: 'Pod references a ConfigMap or Secret (or key) that is not rendered',
    severity: 'error',
  },
  (index) => {
    const { configMaps, secrets } = provided(index)
    const violations: Violation[] = []
    for (const resource of index.resources) {
      const namespace = index.namespaceOf(resource)
      const seen = new Set<string>()
      for (const ref of references(resource)) {
        if (ref.optional || ref.name === '') continue
        const keys = (ref.kind === 'ConfigMap' ? configMaps : secrets).get(`${namespace}/${ref.name}`)
        const produced = ref.kind === 'Secret' ? ' nor produced by an ExternalSecret' : ''
        if (!keys) {
          const key = `${ref.kind}/${ref.name}|${ref.namePath}`
          if (seen.has(key)) continue
          seen.add(key)
          violations.push({
            resource,
            path: ref.namePath,
            message: `${ref.kind} ${ref.name} is not rendered in namespace ${namespace}${produced}`,
          })
        } else if (ref.key !== undefined && keys !== 'any' && !keys.has(ref.key)) {
          violations.push({
            resource,
            path: ref.keyPath,
            message: `${ref.kind} ${ref.name} has no key ${ref.key}${keys.size ? ` (it has ${[...keys].sort().join(', ')})` : ''}`,
          })
        }
      }
    }
    return violations
  },
)

/**
 * `externalsecret-store-missing`: an ExternalSecret refers to a SecretStore that is not
 * rendered in its namespace, or to a ClusterSecretStore that is not rendered at all
 * (`spec.secretStoreRef`, and `sourceRef.storeRef` of `data`/`dataFrom` entries; kind defaults to SecretStore).
 */
export const externalSecretStoreMissing: Check = environmentCheck(
  {
    id: 'externalsecret-store-missing',
    description: 'ExternalSecret refers to a SecretStore or ClusterSecretStore that is not rendered',
    severity: 'error',
  },
  (index) => {
    const violations: Violation[] = []
    for (const externalSecret of index.ofKind('ExternalSecret')) {
      const spec = isRecord(externalSecret.object.spec) ? externalSecret.object.spec : {}
      const namespace = index.namespaceOf(externalSecret)
      const storeRefs: Array<[unknown, string]> = [[spec.secretStoreRef, '/spec/secretStoreRef']]
      for (const list of ['data', 'dataFrom'] as const) {
        if (!Array.isArray(spec[list])) continue
        ;(spec[list] as unknown[]).forEach((item, i) => {
          if (isRecord(item) && isRecord(item.sourceRef))
            storeRefs.push([item.sourceRef.storeRef, `/spec/${list}/${i}/sourceRef/storeRef`])
        })
      }
      for (const [ref, pointer] of storeRefs) {
        if (!isRecord(ref) || typeof ref.name !== 'string') continue
        const kind = ref.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore'
        const found =
          kind === 'ClusterSecretStore'
            ? index.ofKind(kind).some((store) => store.ref.name === ref.name)
            : index.find(kind, namespace, ref.name)
        if (!found)
          violations.push({
            resource: externalSecret,
            path: `${pointer}/name`,
            message: `${kind} ${ref.name} is not rendered${kind === 'SecretStore' ? ` in namespace ${namespace}` : ''}`,
          })
      }
    }
    return violations
  },
)
