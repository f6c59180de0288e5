import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** An issue comment as the GitHub REST API returns it (the fields Slipway reads). */
export interface FakeComment {
  id: number
  body: string
  html_url: string
  user: { login: string; type: string }
  created_at: string
}

/** A response the server gives instead of the real one, once, to the next matching request. */
export interface InjectedFailure {
  method: string
  status: number
  headers?: Record<string, string>
  /** Perform the request, then answer with `status` anyway (a gateway error after the write). */
  afterWrite?: boolean
}

/**
 * A tiny GitHub REST server on 127.0.0.1 speaking the shapes of the endpoints the sticky
 * comment uses: list/create issue comments, update a comment, get a pull request.
 */
export class FakeGitHub {
  comments: FakeComment[] = []
  pulls = new Map<number, { head: { sha: string }; base?: { ref: string; sha: string } }>()
  /** Pull requests opened with POST /repos/{owner}/{repo}/pulls (promotion's pull-request mode). */
  created: Array<{
    owner: string
    repo: string
    number: number
    head: string
    base: string
    title: string
    body: string
  }> = []
  failures: InjectedFailure[] = []
  requests: Array<{ method: string; url: string; authorization?: string }> = []
  private server?: Server
  private nextId = 1000

  get url(): string {
    const address = this.server?.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  /** Adds a comment as if posted by `login` (`type` User or Bot). */
  seed(body: string, login = 'octocat', type = 'User'): FakeComment {
    const comment = {
      id: this.nextId++,
      body,
      html_url: `https://github.test/o/r/pull/7#issuecomment-${this.nextId}`,
      user: { login, type },
      created_at: new Date().toISOString(),
    }
    this.comments.push(comment)
    return comment
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    this.requests.push({ method, url: url.pathname + url.search, authorization: req.headers.authorization })
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(body))
    }
    const failure = this.failures.findIndex((f) => f.method === method)
    if (failure >= 0 && this.failures[failure]!.afterWrite) {
      const [f] = this.failures.splice(failure, 1)
      const ignored = { writeHead: () => ignored, end: () => ignored } as unknown as ServerResponse
      this.requests.pop()
      await this.handle(
        Object.assign(Object.create(req) as IncomingMessage, {
          [Symbol.asyncIterator]: async function* () {
            yield* chunks
          },
        }),
        ignored,
      )
      return send(f!.status, { message: 'Bad Gateway' })
    }
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1)
      return send(
        f!.status,
        {
          message: f!.status === 429 || f!.status === 403 ? 'API rate limit exceeded' : 'Server Error',
          documentation_url: 'https://docs.github.com/rest',
        },
        f!.headers,
      )
    }
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string }) : {}
    let match: RegExpExecArray | null
    if (url.pathname.startsWith('/repos/o/missing/')) return send(404, { message: 'Not Found' })
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      if (method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        return send(200, this.comments.slice((page - 1) * perPage, page * perPage))
      }
      if (method === 'POST') {
        if (typeof body.body !== 'string' || body.body.length > 65536)
          return send(422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'too_long' }] })
        return send(201, this.seed(body.body, 'github-actions[bot]', 'Bot'))
      }
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(match![3]))
      if (!comment) return send(404, { message: 'Not Found' })
      if (typeof body.body !== 'string' || body.body.length > 65536) return send(422, { message: 'Validation Failed' })
      comment.body = body.body
      return send(200, comment)
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(url.pathname)) && method === 'POST') {
      const pull = body as { head?: string; base?: string; title?: string; body?: string }
      if (!pull.head || !pull.base || !pull.title) return send(422, { message: 'Validation Failed' })
      const number = this.created.length + 1
      this.created.push({
        owner: match[1]!,
        repo: match[2]!,
        number,
        head: pull.head,
        base: pull.base,
        title: pull.title,
        body: pull.body ?? '',
      })
      return send(201, {
        number,
        html_url: `https://github.test/${match[1]}/${match[2]}/pull/${number}`,
        head: { ref: pull.head },
        base: { ref: pull.base },
      })
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname)) && method === 'GET') {
      const pull = this.pulls.get(Number(match[3]))
      return pull ? send(200, { number: Number(match[3]), ...pull }) : send(404, { message: 'Not Found' })
    }
    send(404, { message: `Not Found: ${method} ${url.pathname}` })
  }
}
