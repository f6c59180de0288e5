/**
 * A small Argo CD REST client: reads an Application's sync and health status.
 *
 * Endpoint: `GET /api/v1/applications/{name}` with `Authorization: Bearer <token>`
 * (argoproj/argo-cd `server/application/application.proto`, rpc `Get`). The fields read
 * are those of `ApplicationStatus` (argoproj/argo-cd `pkg/apis/application/v1alpha1/types.go`):
 * `status.sync.{status,revision,revisions}`, `status.health.status`,
 * `status.resources[].{group,kind,namespace,name,status,health}` and
 * `status.operationState.{phase,message,syncResult.revision}`. Health codes are those of
 * argoproj/gitops-engine `pkg/health/health.go` (Healthy, Progressing, Degraded, Suspended,
 * Missing, Unknown).
 */
import { UsageError } from '../errors.js'

/** Health of an Application or resource (gitops-engine `health.HealthStatusCode`). */
export type HealthStatus = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown'
/** Sync status of an Application or resource (`SyncStatusCode`). */
export type SyncStatus = 'Synced' | 'OutOfSync' | 'Unknown'

/** One managed resource's status, as listed in `status.resources`. */
export interface ResourceStatus {
  group?: string
  kind: string
  namespace?: string
  name: string
  /** Sync status of the resource. */
  status?: string
  health?: { status?: string; message?: string }
}

/** The parts of an Application's status a rollout check reads. */
export interface ApplicationStatus {
  name: string
  sync: { status: string; revision?: string; revisions?: string[] }
  health: { status: string; message?: string }
  resources: ResourceStatus[]
  operationState?: { phase?: string; message?: string; syncResult?: { revision?: string } }
}

/** An HTTP or protocol failure talking to Argo CD. */
export class ArgoCdError extends Error {
  override name = 'ArgoCdError'
  constructor(
    message: string,
    /** HTTP status, when there was a response. */
    readonly status?: number,
  ) {
    super(message)
  }
}

/** Options of {@link ArgoCdClient}. */
export interface ArgoCdClientOptions {
  /** Server URL (`https://argocd.example.com`) or host[:port] (then `https://` is assumed). */
  server: string
  /** Bearer token (an Argo CD account or project token). */
  token: string
  /** Per-request timeout, milliseconds. Default 30,000. */
  requestTimeoutMs?: number
  /** Injected in tests; default the global `fetch`. */
  fetch?: typeof fetch
}

/** Reads Applications from an Argo CD API server. */
export class ArgoCdClient {
  readonly baseUrl: string
  private readonly token: string
  private readonly timeoutMs: number
  private readonly fetchImpl: typeof fetch

  /** @throws {UsageError} when the server is not a URL or host, or the token is empty. */
  constructor(options: ArgoCdClientOptions) {
    this.baseUrl = normalizeServer(options.server)
    if (!options.token.trim()) throw new UsageError('Argo CD token is empty (set ARGOCD_AUTH_TOKEN)')
    this.token = options.token.trim()
    this.timeoutMs = options.requestTimeoutMs ?? 30_000
    this.fetchImpl = options.fetch ?? fetch
  }

  /**
   * `GET /api/v1/applications/{name}`.
   *
   * @param name Application name (`metadata.name`), e.g. `staging`; `appNamespace` for
   *   Applications outside Argo CD's own namespace.
   * @returns the status fields, with absent ones defaulted (`Unknown`, empty resources).
   * @throws {ArgoCdError} on a network failure, timeout, non-2xx status (with the server's
   *   `message`/`error` field), or a body that is not an Application.
   */
  async getApplication(name: string, appNamespace?: string): Promise<ApplicationStatus> {
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.length > 253)
      throw new UsageError(`Argo CD Application name ${JSON.stringify(name)} is not a Kubernetes object name`)
    const url = new URL(`api/v1/applications/${encodeURIComponent(name)}`, this.baseUrl)
    if (appNamespace) url.searchParams.set('appNamespace', appNamespace)
    let response: Response
    try {
      response = await this.fetchImpl(url, {
        headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (error) {
      throw new ArgoCdError(`Argo CD ${url.origin}: ${(error as Error).message}`)
    }
    const text = await response.text()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = undefined
    }
    if (!response.ok) {
      const detail =
        body && typeof body === 'object'
          ? ((body as { message?: string; error?: string }).message ?? (body as { error?: string }).error)
          : undefined
      throw new ArgoCdError(
        `Argo CD GET /api/v1/applications/${name}: HTTP ${response.status}${detail ? `: ${String(detail).slice(0, 300)}` : ''}`,
        response.status,
      )
    }
    if (!body || typeof body !== 'object')
      throw new ArgoCdError(`Argo CD GET /api/v1/applications/${name}: the response is not JSON`, response.status)
    return toStatus(name, body as RawApplication)
  }
}

interface RawApplication {
  metadata?: { name?: string }
  status?: {
    sync?: { status?: string; revision?: string; revisions?: string[] }
    health?: { status?: string; message?: string }
    resources?: ResourceStatus[]
    operationState?: ApplicationStatus['operationState']
  }
}

function toStatus(name: string, raw: RawApplication): ApplicationStatus {
  const status = raw.status ?? {}
  return {
    name: raw.metadata?.name ?? name,
    sync: {
      status: status.sync?.status ?? 'Unknown',
      ...(status.sync?.revision ? { revision: status.sync.revision } : {}),
      ...(status.sync?.revisions ? { revisions: status.sync.revisions } : {}),
    },
    health: {
      status: status.health?.status ?? 'Unknown',
      ...(status.health?.message ? { message: status.health.message } : {}),
    },
    resources: Array.isArray(status.resources)
      ? status.resources.filter((r) => r && typeof r.kind === 'string' && typeof r.name === 'string')
      : [],
    ...(status.operationState ? { operationState: status.operationState } : {}),
  }
}

function normalizeServer(server: string): string {
  const trimmed = server.trim()
  if (!trimmed) throw new UsageError('Argo CD server is empty (set ARGOCD_SERVER, e.g. argocd.example.com)')
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new UsageError(`Argo CD server ${JSON.stringify(server)} is not a URL or host name`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`Argo CD server ${JSON.stringify(server)}: only http and https are supported`)
  if (url.username || url.password)
    throw new UsageError('Argo CD server URL must not carry credentials; use ARGOCD_AUTH_TOKEN')
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/**
 * A client from the environment, as the `argocd` CLI reads it: server from `ARGOCD_SERVER`
 * (host[:port] or URL), token from `ARGOCD_AUTH_TOKEN`; `ARGOCD_PLAINTEXT=true` means
 * `http://` for a bare host (argoproj/argo-cd `cmd/argocd/commands` global flags).
 *
 * @throws {UsageError} naming the missing variable.
 */
export function argoCdClientFromEnv(env: NodeJS.ProcessEnv = process.env): ArgoCdClient {
  const server = env.ARGOCD_SERVER?.trim()
  const token = env.ARGOCD_AUTH_TOKEN?.trim()
  if (!server) throw new UsageError('ARGOCD_SERVER is not set (the Argo CD API server, e.g. argocd.example.com)')
  if (!token) throw new UsageError('ARGOCD_AUTH_TOKEN is not set (an Argo CD API token that can read the Application)')
  const plaintext = env.ARGOCD_PLAINTEXT === 'true' && !/^[a-z]+:\/\//i.test(server)
  return new ArgoCdClient({ server: plaintext ? `http://${server}` : server, token })
}
