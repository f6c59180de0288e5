/**
 * The failover preflight: named checks, each `pass` or `fail` with its evidence, run on
 * the target environment as it will be after the change. Results are data; the caller
 * refuses the change when a blocking check fails.
 */
import type { ECRClient } from '@aws-sdk/client-ecr'
import type { SlipwayConfig } from '../config/index.js'
import type { FailoverConfig } from '../config/sections/failover.js'
import { verifyImages, type ImageToVerify } from '../ecr/verify-images.js'
import { errorMessage } from '../errors.js'
import { splitImageReference } from '../manifests/image-reference.js'
import { formatRef, refOf, type KubernetesObject, type Resource } from '../manifests/resource.js'
import { podSpecOf } from '../manifests/workloads.js'
import type { DiscoveredApplication } from '../render/argocd.js'
import type { Environment } from '../render/environment.js'
import type { ValidationReport } from '../validation/report.js'
import { checkTrafficAnnotations } from './annotations.js'
import type { Direction, PreflightCheck } from './model.js'

/** One side of the pair as the preflight sees it. */
export interface PreflightSide {
  environment: Environment
  region: string
  /** Rendered objects, after the change. */
  objects: KubernetesObject[]
}

/** Inputs of {@link runPreflight}. */
export interface PreflightInput {
  direction: Direction
  config: SlipwayConfig
  failover: FailoverConfig
  /** The environment that serves traffic after the change (`--to`). */
  target: PreflightSide
  /** The other environment. */
  other: PreflightSide
  /** Argo CD Applications of the repository ({@link discoverApplications}). */
  applications: DiscoveredApplication[]
  /** The Application, ApplicationSet and AppProject documents as written. */
  definitions: Resource[]
  /** Query ECR for the digests (`--no-verify-images` turns it off). */
  verifyImages: boolean
  /** ECR client per region (tests: aws-sdk-client-mock). */
  clientFor?: (region: string) => ECRClient
  /** Validates the target in the changed checkout (the existing `validate()` core). */
  validateTarget: () => Promise<ValidationReport>
}

/**
 * Runs every preflight check. Checks never throw for what they find; an ECR or render
 * failure becomes a failing check with the error as evidence.
 *
 * - `argocd-application`: an Argo CD Application renders the target's overlay and its
 *   destination is not a cluster in another region.
 * - `applicationset-keeps-applications` (warning): the ApplicationSet generating it has
 *   `syncPolicy.applicationsSync` `create-only` or `create-update`, so the controller
 *   never deletes the Application (argo-cd docs, operator-manual/applicationset
 *   "Controlling Resource Modification" and "Application Deletion"; `preserveResourcesOnDeletion`
 *   alone keeps the workloads but not the Application that syncs the failover).
 * - `digest-parity`: each service runs the same digest on both sides.
 * - `images-in-region`: each image is pulled from the target region's registry and, unless
 *   `--no-verify-images`, exists there (BatchGetImage) with replication from the other region
 *   complete (DescribeImageReplicationStatus) — {@link verifyImages}.
 * - `validates`: the target, rendered with the change, validates with no errors.
 * - `secrets-region`: SecretStores read AWS in the target region and every ExternalSecret's
 *   store is one of them.
 * - `irsa-service-accounts`: every ServiceAccount the other side annotates with
 *   `eks.amazonaws.com/role-arn` is annotated in the target.
 * - `traffic-annotations`: {@link checkTrafficAnnotations}.
 */
export async function runPreflight(input: PreflightInput): Promise<PreflightCheck[]> {
  const checks: PreflightCheck[] = []
  checks.push(...checkApplication(input))
  checks.push(checkParity(input))
  checks.push(await checkImages(input))
  checks.push(await checkValidation(input))
  checks.push(checkSecrets(input.target))
  checks.push(checkIrsa(input))
  const traffic = checkTrafficAnnotations({
    target: { name: input.target.environment.name, objects: input.target.objects },
    other: { name: input.other.environment.name, objects: input.other.objects },
  })
  checks.push(result('traffic-annotations', traffic.problems, traffic.evidence))
  return checks
}

function result(name: string, problems: string[], evidence: string[], blocking = true): PreflightCheck {
  return { name, status: problems.length === 0 ? 'pass' : 'fail', evidence: [...problems, ...evidence], blocking }
}

function checkApplication(input: PreflightInput): PreflightCheck[] {
  const env = input.target.environment
  const app =
    input.applications.find((candidate) => candidate.info.name === env.name && !candidate.skipReason) ??
    input.applications.find((candidate) => candidate.path === env.path && !candidate.skipReason)
  if (!app) {
    return [
      result(
        'argocd-application',
        [`no Argo CD Application renders ${env.path} (${env.name}); nothing would sync the change`],
        [],
      ),
      result('applicationset-keeps-applications', [], ['no Application, so no ApplicationSet to check'], false),
    ]
  }
  const problems: string[] = []
  const server = app.info.destination.server ?? app.info.destination.name ?? '(no destination)'
  const region = /\.([a-z]{2}(?:-gov)?-[a-z]+-[0-9])\.eks\.amazonaws\.com/.exec(server)?.[1]
  if (region && region !== input.target.region)
    problems.push(
      `Application ${app.info.name} deploys to ${server}, a cluster in ${region}, not ${input.target.region}`,
    )
  if (app.path !== env.path) problems.push(`Application ${app.info.name} renders ${app.path}, not ${env.path}`)
  const evidence = [
    `Application ${app.info.name}${app.info.applicationSet ? ` (ApplicationSet ${app.info.applicationSet})` : ''} in ${app.info.file}: ${app.path} → ${server}`,
  ]
  const checks = [result('argocd-application', problems, evidence)]
  if (!app.info.applicationSet) {
    checks.push(
      result(
        'applicationset-keeps-applications',
        [],
        [`Application ${app.info.name} is not generated by an ApplicationSet`],
        false,
      ),
    )
    return checks
  }
  const appSet = input.definitions.find(
    (resource) =>
      resource.object.kind === 'ApplicationSet' && resource.object.metadata?.name === app.info.applicationSet,
  )
  const syncPolicy = ((appSet?.object.spec as Record<string, unknown> | undefined)?.syncPolicy ?? {}) as {
    applicationsSync?: string
    preserveResourcesOnDeletion?: boolean
  }
  const where = `ApplicationSet ${app.info.applicationSet} (${appSet?.file ?? app.info.file})`
  const keeps = syncPolicy.applicationsSync === 'create-only' || syncPolicy.applicationsSync === 'create-update'
  const detail = `syncPolicy.applicationsSync: ${syncPolicy.applicationsSync ?? '(unset: sync)'}, preserveResourcesOnDeletion: ${syncPolicy.preserveResourcesOnDeletion === true}`
  checks.push(
    keeps
      ? result(
          'applicationset-keeps-applications',
          [],
          [`${where}: ${detail}; the controller never deletes Application ${app.info.name}`],
          false,
        )
      : result(
          'applicationset-keeps-applications',
          [
            `${where} may delete Application ${app.info.name} when its generator stops producing it (${detail}); set syncPolicy.applicationsSync: create-update`,
          ],
          [],
          false,
        ),
  )
  return checks
}

/** One workload container's image: service (from `ecr.services`, else the container name), registry, repository path, digest. */
interface PinnedImage {
  service: string
  resource: string
  host: string
  repository: string
  digest?: string
  image: string
}

/**
 * The images of an environment's workloads. The service of an image is the `ecr.services`
 * entry whose repository it is, else its container name.
 */
export function pinnedImages(objects: readonly KubernetesObject[], config: SlipwayConfig): PinnedImage[] {
  const byRepository = new Map(
    Object.entries(config.ecr?.services ?? {}).map(([service, settings]) => [settings.repository, service]),
  )
  const images: PinnedImage[] = []
  for (const object of objects) {
    const pod = podSpecOf(object)
    if (!pod) continue
    for (const field of ['initContainers', 'containers'] as const) {
      const containers = Array.isArray(pod[field]) ? (pod[field] as Array<Record<string, unknown>>) : []
      for (const container of containers) {
        if (typeof container.image !== 'string') continue
        const parts = splitImageReference(container.image)
        const slash = parts.name.indexOf('/')
        const host = slash > 0 && /[.:]/.test(parts.name.slice(0, slash)) ? parts.name.slice(0, slash) : ''
        const repository = host ? parts.name.slice(slash + 1) : parts.name
        images.push({
          service: byRepository.get(repository) ?? String(container.name ?? repository),
          resource: formatRef(refOf(object)),
          host,
          repository,
          ...(parts.digest ? { digest: parts.digest } : {}),
          image: container.image,
        })
      }
    }
  }
  return images
}

/** `service → digest` of an environment (the first digest seen per service). */
export function digestsByService(
  objects: readonly KubernetesObject[],
  config: SlipwayConfig,
): Map<string, string | undefined> {
  const digests = new Map<string, string | undefined>()
  for (const image of pinnedImages(objects, config))
    if (!digests.has(image.service)) digests.set(image.service, image.digest)
  return digests
}

function checkParity(input: PreflightInput): PreflightCheck {
  const target = digestsByService(input.target.objects, input.config)
  const other = digestsByService(input.other.objects, input.config)
  const problems: string[] = []
  let equal = 0
  for (const service of [...new Set([...other.keys(), ...target.keys()])].sort()) {
    const a = target.get(service)
    const b = other.get(service)
    if (!target.has(service))
      problems.push(
        `${service}: runs in ${input.other.environment.name} (${b ?? 'no digest'}) but not in ${input.target.environment.name}`,
      )
    else if (!other.has(service))
      problems.push(`${service}: runs in ${input.target.environment.name} but not in ${input.other.environment.name}`)
    else if (!a || !b)
      problems.push(
        `${service}: not pinned by digest (${input.target.environment.name} ${a ?? 'none'}, ${input.other.environment.name} ${b ?? 'none'})`,
      )
    else if (a !== b)
      problems.push(`${service}: ${input.target.environment.name} runs ${a}, ${input.other.environment.name} runs ${b}`)
    else equal++
  }
  return result('digest-parity', problems, [
    `${equal} of ${new Set([...other.keys(), ...target.keys()]).size} services run the same digest in ${input.target.environment.name} and ${input.other.environment.name}`,
  ])
}

const ECR_HOST = /^([0-9]{12})\.dkr\.ecr\.([a-z]{2}(?:-gov)?-[a-z]+-[0-9])\.amazonaws\.com$/

async function checkImages(input: PreflightInput): Promise<PreflightCheck> {
  const problems: string[] = []
  const evidence: string[] = []
  const region = input.target.region
  const images = pinnedImages(input.target.objects, input.config)
  const toVerify: ImageToVerify[] = []
  let registryId: string | undefined
  const seen = new Set<string>()
  for (const image of images) {
    const match = ECR_HOST.exec(image.host)
    if (!match) continue
    if (match[2] !== region)
      problems.push(`${image.service}: ${image.resource} pulls from ${image.host}, not the ${region} registry`)
    else if (image.digest && !seen.has(`${image.repository}@${image.digest}`)) {
      seen.add(`${image.repository}@${image.digest}`)
      toVerify.push({ repository: image.repository, digest: image.digest })
      registryId ??= match[1]
    }
  }
  if (!input.verifyImages) {
    evidence.push(`${toVerify.length} images pulled from ${region}; ECR not queried (--no-verify-images)`)
    return result('images-in-region', problems, evidence)
  }
  // Replication runs from the primary to the DR region; a failback goes to where the images were pushed.
  const replicatedFrom = input.direction === 'failover' ? input.other.region : undefined
  try {
    const verified = await verifyImages({
      region,
      images: toVerify,
      ...(registryId ? { registryId } : {}),
      ...(replicatedFrom ? { replicatedFrom } : {}),
      ...(input.clientFor ? { clientFor: input.clientFor } : {}),
    })
    const services = new Map(images.map((image) => [`${image.repository}@${image.digest}`, image.service]))
    for (const image of verified.images)
      if (image.problem)
        problems.push(
          `${services.get(`${image.repository}@${image.digest}`) ?? image.repository}: ${image.repository}@${image.digest} ${image.problem}`,
        )
    evidence.push(
      `${verified.images.filter((image) => !image.problem).length} of ${verified.images.length} digests present in ${region}${replicatedFrom ? ` with replication from ${replicatedFrom} COMPLETE` : ''}`,
    )
  } catch (error) {
    problems.push(`ECR in ${region} could not be queried: ${errorMessage(error)}`)
  }
  return result('images-in-region', problems, evidence)
}

async function checkValidation(input: PreflightInput): Promise<PreflightCheck> {
  const name = input.target.environment.name
  try {
    const report = await input.validateTarget()
    const errors = report.findings.filter((finding) => finding.severity === 'error')
    const problems = errors
      .slice(0, 10)
      .map(
        (finding) =>
          `${finding.resource ? `${formatRef(finding.resource)}: ` : ''}${finding.message} [${finding.rule}]${finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : ''}`,
      )
    if (errors.length > 10) problems.push(`… and ${errors.length - 10} more errors`)
    return result('validates', problems, [
      `${name} rendered with the change: ${report.summary.resources} resources, ${report.summary.errors} errors, ${report.summary.warnings} warnings`,
    ])
  } catch (error) {
    return result('validates', [`${name} could not be validated: ${errorMessage(error)}`], [])
  }
}

function checkSecrets(target: PreflightSide): PreflightCheck {
  const problems: string[] = []
  const stores = new Map<string, string | undefined>()
  for (const object of target.objects) {
    if (object.kind !== 'SecretStore' && object.kind !== 'ClusterSecretStore') continue
    const aws = ((object.spec as Record<string, unknown> | undefined)?.provider as Record<string, unknown> | undefined)
      ?.aws as { region?: string } | undefined
    stores.set(`${object.kind}/${object.metadata?.name}`, aws ? aws.region : 'not-aws')
    if (aws && aws.region !== target.region)
      problems.push(
        `${formatRef(refOf(object))}: spec.provider.aws.region is ${aws.region ?? '(unset)'}, not ${target.region}`,
      )
  }
  let externalSecrets = 0
  for (const object of target.objects) {
    if (object.kind !== 'ExternalSecret') continue
    externalSecrets++
    const ref = ((object.spec as Record<string, unknown> | undefined)?.secretStoreRef ?? {}) as {
      name?: string
      kind?: string
    }
    const key = `${ref.kind ?? 'SecretStore'}/${ref.name}`
    if (!stores.has(key))
      problems.push(
        `${formatRef(refOf(object))}: reads ${key}, which ${target.environment.name} does not define, so its region cannot be confirmed`,
      )
    const text = JSON.stringify(object.spec ?? {})
    for (const arn of text.match(/arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:/g) ?? [])
      if (!arn.includes(`:${target.region}:`))
        problems.push(`${formatRef(refOf(object))}: names ${arn}… outside ${target.region}`)
  }
  return result('secrets-region', problems, [
    `${stores.size} secret stores and ${externalSecrets} ExternalSecrets in ${target.environment.name}; AWS stores read ${target.region}`,
  ])
}

const ROLE_ARN = 'eks.amazonaws.com/role-arn'

function checkIrsa(input: PreflightInput): PreflightCheck {
  const annotated = (objects: readonly KubernetesObject[]) =>
    new Map(
      objects
        .filter((object) => object.kind === 'ServiceAccount')
        .map((object) => [
          `${object.metadata?.namespace ?? ''}/${object.metadata?.name}`,
          object.metadata?.annotations?.[ROLE_ARN],
        ]),
    )
  const other = annotated(input.other.objects)
  const target = annotated(input.target.objects)
  const problems: string[] = []
  let count = 0
  for (const [account, role] of other) {
    if (!role) continue
    count++
    if (!target.has(account))
      problems.push(
        `ServiceAccount ${account}: annotated for IRSA in ${input.other.environment.name} (${role}) but missing in ${input.target.environment.name}`,
      )
    else if (!target.get(account))
      problems.push(
        `ServiceAccount ${account}: annotated for IRSA in ${input.other.environment.name} (${role}) but has no ${ROLE_ARN} in ${input.target.environment.name}`,
      )
  }
  return result('irsa-service-accounts', problems, [
    `${count} IRSA ServiceAccounts in ${input.other.environment.name}, ${[...target.values()].filter(Boolean).length} in ${input.target.environment.name}`,
  ])
}
