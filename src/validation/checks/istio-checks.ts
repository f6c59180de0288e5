import type { Resource } from '../../manifests/resource.js'
import { environmentCheck, type Check, type EnvironmentIndex, type Violation } from './check.js'
import { isRecord } from './workloads.js'

/**
 * Resolves an Istio host to a Kubernetes Service `namespace/name`, or undefined when the host
 * is not a cluster Service name. Istio interprets a short name (no dots) in the rule's own
 * namespace and `name.namespace.svc.cluster.local` literally; anything else (wildcards,
 * external names, `name.namespace`) is not checked here.
 * Rules: istio.io/latest/docs/reference/config/networking/virtual-service/ (`hosts`).
 */
export function serviceOfHost(host: string, namespace: string): string | undefined {
  if (host.includes('*')) return undefined
  if (!host.includes('.')) return `${namespace}/${host}`
  const match = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(host)
  return match ? `${match[2]}/${match[1]}` : undefined
}

/** Every host a VirtualService or DestinationRule names, with its JSON pointer. */
function hostsOf(resource: Resource): Array<{ host: string; path: string }> {
  const spec = isRecord(resource.object.spec) ? resource.object.spec : {}
  const hosts: Array<{ host: string; path: string }> = []
  if (resource.ref.kind === 'DestinationRule') {
    if (typeof spec.host === 'string') hosts.push({ host: spec.host, path: '/spec/host' })
    return hosts
  }
  if (Array.isArray(spec.hosts))
    spec.hosts.forEach((host, i) => typeof host === 'string' && hosts.push({ host, path: `/spec/hosts/${i}` }))
  for (const protocol of ['http', 'tcp', 'tls'] as const) {
    if (!Array.isArray(spec[protocol])) continue
    ;(spec[protocol] as unknown[]).forEach((route, i) => {
      if (!isRecord(route)) return
      for (const field of ['route', 'mirror'] as const) {
        const destinations =
          field === 'mirror'
            ? isRecord(route.mirror)
              ? [{ destination: route.mirror }]
              : []
            : Array.isArray(route.route)
              ? route.route
              : []
        destinations.forEach((destination: unknown, j: number) => {
          if (
            isRecord(destination) &&
            isRecord(destination.destination) &&
            typeof destination.destination.host === 'string'
          ) {
            hosts.push({
              host: destination.destination.host,
              path:
                field === 'mirror'
                  ? `/spec/${protocol}/${i}/mirror/host`
                  : `/spec/${protocol}/${i}/route/${j}/destination/host`,
            })
          }
        })
      }
    })
  }
  return hosts
}

/**
 * `istio-host-unknown`: a VirtualService or DestinationRule names a cluster host for which no
 * Service is rendered (and no ServiceEntry declares it). Traffic to it fails with 503s, or the
 * DestinationRule's circuit breaker silently applies to nothing.
 */
export const istioHostUnknown: Check = environmentCheck(
  {
    id: 'istio-host-unknown',
    description: 'VirtualService or DestinationRule host has no Service',
    severity: 'warning',
  },
  (index: EnvironmentIndex) => {
    const services = new Set(
      index.ofKind('Service').map((service) => `${index.namespaceOf(service)}/${service.ref.name}`),
    )
    const entries = new Set(
      index.ofKind('ServiceEntry').flatMap((entry) => {
        const hosts = isRecord(entry.object.spec) ? entry.object.spec.hosts : undefined
        return Array.isArray(hosts) ? hosts.map(String) : []
      }),
    )
    const violations: Violation[] = []
    for (const resource of index.ofKind('VirtualService', 'DestinationRule')) {
      const namespace = index.namespaceOf(resource)
      for (const { host, path } of hostsOf(resource)) {
        if (entries.has(host)) continue
        const service = serviceOfHost(host, namespace)
        if (!service || services.has(service)) continue
        const [serviceNamespace, serviceName] = service.split('/')
        violations.push({
          resource,
          path,
          message: `host ${host}: no Service ${serviceName} is rendered in namespace ${serviceNamespace} (nor a ServiceEntry for it)`,
        })
      }
    }
    return violations
  },
)
