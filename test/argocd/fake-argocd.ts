import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The status an Application reports at one poll (the fields of Argo CD's ApplicationStatus Slipway reads). */
export interface FakeAppState {
  sync: string
  health: string
  revision?: string
  resources?: Array<{
    group?: string
    kind: string
    namespace?: string
    name: string
    status?: string
    health?: { status: string; message?: string }
  }>
  operationState?: { phase: string; message?: string; syncResult?: { revision?: string } }
}

/**
 * A local HTTP server on 127.0.0.1 that answers `GET /api/v1/applications/{name}` like Argo
 * CD's API server: bearer token required, 404 for unknown Applications, and a script of
 * states per Application that advances one step per request (the last one repeats).
 */
export class FakeArgoCd {
  readonly token = 'argocd-test-token'
  readonly scripts = new Map<string, FakeAppState[]>()
  readonly requests: Array<{ url: string; authorization?: string }> = []
  private server?: Server

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`
  }

  /** Sets the states `name` goes through, one per poll. */
  script(name: string, states: FakeAppState[]): void {
    this.scripts.set(name, [...states])
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.requests.push({ url: req.url ?? '', authorization: req.headers.authorization })
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return send(401, {
        error: 'invalid session: token is invalid',
        code: 16,
        message: 'invalid session: token is invalid',
      })
    const match = /^\/api\/v1\/applications\/([^/?]+)/.exec(req.url ?? '')
    if (!match || req.method !== 'GET') return send(404, { message: 'Not Found' })
    const name = decodeURIComponent(match[1]!)
    const states = this.scripts.get(name)
    if (!states)
      return send(404, {
        error: `applications.argoproj.io "${name}" not found`,
        code: 5,
        message: `applications.argoproj.io "${name}" not found`,
      })
    const state = states.length > 1 ? states.shift()! : states[0]!
    send(200, {
      metadata: { name, namespace: 'argocd' },
      spec: { project: 'trading' },
      status: {
        sync: { status: state.sync, revision: state.revision },
        health: { status: state.health },
        resources: state.resources ?? [],
        ...(state.operationState ? { operationState: state.operationState } : {}),
      },
    })
  }
}
