/**
 * ExternalDNS annotations that move traffic between the regions: each cluster's ExternalDNS
 * owns one Route 53 record for the public name, told apart by `set-identifier`, with a
 * routing policy (`aws-weight` for weighted records, `aws-failover` PRIMARY/SECONDARY).
 *
 * Since ExternalDNS v0.22.0 the annotation prefix is `external-dns.kubernetes.io/`; the
 * legacy `external-dns.alpha.kubernetes.io/` is read only when ExternalDNS is started with
 * it enabled (kubernetes-sigs/external-dns `source/annotations/annotations.go`,
 * `DefaultAnnotationPrefix`, `LegacyAnnotationPrefix`, `ResolveLegacyAnnotations`). Route 53
 * weights are 0–255; a record of weight 0 gets traffic only when every non-zero record of
 * the set is unhealthy (Amazon Route 53 Developer Guide, "Weighted routing" and
 * "Values specific for weighted records").
 */
import { formatRef, refOf, type KubernetesObject } from '../manifests/resource.js'

/** The annotation prefix ExternalDNS v0.22+ reads. */
export const EXTERNAL_DNS_PREFIX = 'external-dns.kubernetes.io/'
/** The prefix of releases before v0.22.0, no longer read by default. */
export const LEGACY_EXTERNAL_DNS_PREFIX = 'external-dns.alpha.kubernetes.io/'

const SET_IDENTIFIER = `${EXTERNAL_DNS_PREFIX}set-identifier`
const WEIGHT = `${EXTERNAL_DNS_PREFIX}aws-weight`
const FAILOVER = `${EXTERNAL_DNS_PREFIX}aws-failover`
const HOSTNAME = `${EXTERNAL_DNS_PREFIX}hostname`
const HEALTH_CHECK = `${EXTERNAL_DNS_PREFIX}aws-health-check-id`

/** One DNS record an object asks ExternalDNS for, as read from its annotations and spec. */
export interface DnsRecord {
  /** `Kind/namespace/name` of the object. */
  resource: string
  /** Kind and name, to pair the record with its counterpart in the other environment. */
  key: string
  hostnames: string[]
  setIdentifier?: string
  /** `weighted` (aws-weight), `failover` (aws-failover), or `simple`. */
  policy: 'weighted' | 'failover' | 'simple'
  weight?: number
  failover?: string
  healthCheckId?: string
  /** Problems with this record on its own. */
  problems: string[]
}

/**
 * The DNS records of an environment's rendered objects: every object with an annotation
 * under {@link EXTERNAL_DNS_PREFIX}. Hostnames come from the `hostname` annotation, Istio
 * Gateway `spec.servers[].hosts`, Ingress `spec.rules[].host` and Gateway API
 * `spec.hostnames`.
 */
export function dnsRecords(objects: readonly KubernetesObject[]): DnsRecord[] {
  const records: DnsRecord[] = []
  for (const object of objects) {
    const annotations = object.metadata?.annotations ?? {}
    if (!Object.keys(annotations).some((key) => key.startsWith(EXTERNAL_DNS_PREFIX))) continue
    const problems: string[] = []
    const weightText = annotations[WEIGHT]
    const failover = annotations[FAILOVER]
    let weight: number | undefined
    if (weightText !== undefined) {
      weight = /^[0-9]+$/.test(weightText.trim()) ? Number(weightText) : Number.NaN
      if (!Number.isInteger(weight) || weight < 0 || weight > 255)
        problems.push(`${WEIGHT} ${JSON.stringify(weightText)} is not an integer 0-255`)
    }
    if (failover !== undefined && failover !== 'PRIMARY' && failover !== 'SECONDARY')
      problems.push(`${FAILOVER} ${JSON.stringify(failover)} is not PRIMARY or SECONDARY`)
    if (weightText !== undefined && failover !== undefined)
      problems.push(`both ${WEIGHT} and ${FAILOVER} are set; a record has one routing policy`)
    const policy = weightText !== undefined ? 'weighted' : failover !== undefined ? 'failover' : 'simple'
    const setIdentifier = annotations[SET_IDENTIFIER]
    if (policy !== 'simple' && !setIdentifier)
      problems.push(`${SET_IDENTIFIER} is missing; Route 53 needs it for a ${policy} record`)
    const hostnames = hostnamesOf(object)
    if (hostnames.length === 0)
      problems.push('no hostname (hostname annotation, Gateway servers[].hosts or Ingress rules[].host)')
    records.push({
      resource: formatRef(refOf(object)),
      key: `${object.kind}/${object.metadata?.name}`,
      hostnames,
      policy,
      ...(setIdentifier ? { setIdentifier } : {}),
      ...(weight !== undefined && !Number.isNaN(weight) ? { weight } : {}),
      ...(failover ? { failover } : {}),
      ...(annotations[HEALTH_CHECK] ? { healthCheckId: annotations[HEALTH_CHECK] } : {}),
      problems,
    })
  }
  return records
}

/** Annotations with the legacy prefix, as `resource: key` lines. */
export function legacyAnnotations(objects: readonly KubernetesObject[]): string[] {
  const found: string[] = []
  for (const object of objects) {
    for (const key of Object.keys(object.metadata?.annotations ?? {})) {
      if (key.startsWith(LEGACY_EXTERNAL_DNS_PREFIX))
        found.push(
          `${formatRef(refOf(object))}: ${key} (ExternalDNS v0.22+ reads ${EXTERNAL_DNS_PREFIX}${key.slice(LEGACY_EXTERNAL_DNS_PREFIX.length)})`,
        )
    }
  }
  return found
}

function hostnamesOf(object: KubernetesObject): string[] {
  const hosts = new Set<string>()
  const annotated = object.metadata?.annotations?.[HOSTNAME]
  if (annotated) for (const host of annotated.split(',')) if (host.trim()) hosts.add(host.trim().replace(/\.$/, ''))
  const spec = (object.spec ?? {}) as Record<string, unknown>
  if (object.kind === 'Gateway' && Array.isArray(spec.servers)) {
    for (const server of spec.servers as Array<{ hosts?: unknown }>)
      for (const host of Array.isArray(server?.hosts) ? server.hosts : [])
        if (typeof host === 'string') hosts.add(host.replace(/^[^/]*\//, ''))
  }
  if (object.kind === 'Ingress' && Array.isArray(spec.rules))
    for (const rule of spec.rules as Array<{ host?: unknown }>) if (typeof rule?.host === 'string') hosts.add(rule.host)
  if (Array.isArray(spec.hostnames)) for (const host of spec.hostnames) if (typeof host === 'string') hosts.add(host)
  return [...hosts].sort()
}

/** Inputs of {@link checkTrafficAnnotations}. */
export interface TrafficSides {
  /** The environment that will serve traffic, rendered as it will be after the change. */
  target: { name: string; objects: readonly KubernetesObject[] }
  /** The environment that stops serving traffic, rendered as it will be after the change. */
  other: { name: string; objects: readonly KubernetesObject[] }
}

/**
 * Checks that the failover annotations are well formed and consistent with each other:
 * no legacy-prefix annotation on either side; each record's own annotations valid; each
 * record of the target paired with the same object in the other environment, with the
 * same hostnames and routing policy and a different `set-identifier`; after the change the
 * target's weighted records have a weight above 0 and above the other side's, and of a
 * failover pair exactly one record is PRIMARY.
 *
 * @returns problems (each naming the resource) and evidence lines; no problems means pass.
 */
export function checkTrafficAnnotations(sides: TrafficSides): { problems: string[]; evidence: string[] } {
  const problems: string[] = []
  const evidence: string[] = []
  for (const side of [sides.target, sides.other])
    for (const line of legacyAnnotations(side.objects)) problems.push(`${side.name}: ${line}`)
  const target = dnsRecords(sides.target.objects)
  const other = new Map(dnsRecords(sides.other.objects).map((record) => [record.key, record]))
  for (const record of target)
    for (const problem of record.problems) problems.push(`${sides.target.name}: ${record.resource}: ${problem}`)
  for (const record of other.values())
    for (const problem of record.problems) problems.push(`${sides.other.name}: ${record.resource}: ${problem}`)
  for (const record of target) {
    if (record.policy === 'simple') {
      evidence.push(`${sides.target.name}: ${record.resource} ${record.hostnames.join(', ')} (simple record)`)
      continue
    }
    const counterpart = other.get(record.key)
    if (!counterpart) {
      problems.push(
        `${sides.target.name}: ${record.resource} (${record.hostnames.join(', ')}) has no counterpart in ${sides.other.name}`,
      )
      continue
    }
    if (counterpart.hostnames.join(',') !== record.hostnames.join(','))
      problems.push(
        `${record.resource}: hostnames differ: ${sides.target.name} ${record.hostnames.join(', ')}, ${sides.other.name} ${counterpart.hostnames.join(', ')}`,
      )
    if (counterpart.policy !== record.policy)
      problems.push(
        `${record.resource}: routing policy differs: ${sides.target.name} ${record.policy}, ${sides.other.name} ${counterpart.policy}`,
      )
    else if (record.setIdentifier && record.setIdentifier === counterpart.setIdentifier)
      problems.push(
        `${record.resource}: both environments use set-identifier ${JSON.stringify(record.setIdentifier)}; each region's record needs its own`,
      )
    if (
      record.policy === 'weighted' &&
      counterpart.policy === 'weighted' &&
      record.weight !== undefined &&
      counterpart.weight !== undefined
    ) {
      if (record.weight === 0)
        problems.push(
          `${sides.target.name}: ${record.resource}: aws-weight is 0 after the change, so traffic would not move to ${sides.target.name}`,
        )
      else if (record.weight < counterpart.weight)
        problems.push(
          `${sides.target.name}: ${record.resource}: aws-weight ${record.weight} is below ${sides.other.name}'s ${counterpart.weight}`,
        )
      evidence.push(
        `${record.hostnames.join(', ')}: weighted, ${sides.target.name} ${record.setIdentifier}=${record.weight}, ${sides.other.name} ${counterpart.setIdentifier}=${counterpart.weight}${record.healthCheckId ? '' : ` (${sides.target.name} has no aws-health-check-id)`}`,
      )
    }
    if (record.policy === 'failover' && counterpart.policy === 'failover') {
      if (record.failover === counterpart.failover)
        problems.push(
          `${record.resource}: both environments are ${record.failover}; a failover pair needs one PRIMARY and one SECONDARY`,
        )
      evidence.push(
        `${record.hostnames.join(', ')}: failover, ${sides.target.name} ${record.failover}, ${sides.other.name} ${counterpart.failover}`,
      )
    }
  }
  if (target.length === 0)
    evidence.push(`${sides.target.name} has no ExternalDNS records (traffic is moved outside these overlays)`)
  return { problems, evidence }
}
