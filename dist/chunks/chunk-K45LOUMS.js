import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  errorName,
  require_dist_cjs,
  withAwsRetry
} from "./chunk-AIUIBUBN.js";
import {
  GIT_REMOTE_ENV,
  git,
  tryGit,
  withWorktree
} from "./chunk-4WFFHY5W.js";
import {
  makeTempDir,
  removeTempDir
} from "./chunk-VI375W5W.js";
import {
  retry
} from "./chunk-KWGMOYHE.js";
import {
  UsageError
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/argocd/client.ts
var ArgoCdError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  name = "ArgoCdError";
};
var ArgoCdClient = class {
  baseUrl;
  token;
  timeoutMs;
  fetchImpl;
  /** @throws {UsageError} when the server is not a URL or host, or the token is empty. */
  constructor(options) {
    this.baseUrl = normalizeServer(options.server);
    if (!options.token.trim()) throw new UsageError("Argo CD token is empty (set ARGOCD_AUTH_TOKEN)");
    this.token = options.token.trim();
    this.timeoutMs = options.requestTimeoutMs ?? 3e4;
    this.fetchImpl = options.fetch ?? fetch;
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
  async getApplication(name, appNamespace) {
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.length > 253)
      throw new UsageError(`Argo CD Application name ${JSON.stringify(name)} is not a Kubernetes object name`);
    const url = new URL(`api/v1/applications/${encodeURIComponent(name)}`, this.baseUrl);
    if (appNamespace) url.searchParams.set("appNamespace", appNamespace);
    let response;
    try {
      response = await this.fetchImpl(url, {
        headers: { authorization: `Bearer ${this.token}`, accept: "application/json" },
        signal: AbortSignal.timeout(this.timeoutMs)
      });
    } catch (error) {
      throw new ArgoCdError(`Argo CD ${url.origin}: ${error.message}`);
    }
    const text = await response.text();
    let body;
    try {
      body = text ? JSON.parse(text) : void 0;
    } catch {
      body = void 0;
    }
    if (!response.ok) {
      const detail = body && typeof body === "object" ? body.message ?? body.error : void 0;
      throw new ArgoCdError(
        `Argo CD GET /api/v1/applications/${name}: HTTP ${response.status}${detail ? `: ${String(detail).slice(0, 300)}` : ""}`,
        response.status
      );
    }
    if (!body || typeof body !== "object")
      throw new ArgoCdError(`Argo CD GET /api/v1/applications/${name}: the response is not JSON`, response.status);
    return toStatus(name, body);
  }
};
function toStatus(name, raw) {
  const status = raw.status ?? {};
  return {
    name: raw.metadata?.name ?? name,
    sync: {
      status: status.sync?.status ?? "Unknown",
      ...status.sync?.revision ? { revision: status.sync.revision } : {},
      ...status.sync?.revisions ? { revisions: status.sync.revisions } : {}
    },
    health: {
      status: status.health?.status ?? "Unknown",
      ...status.health?.message ? { message: status.health.message } : {}
    },
    resources: Array.isArray(status.resources) ? status.resources.filter((r) => r && typeof r.kind === "string" && typeof r.name === "string") : [],
    ...status.operationState ? { operationState: status.operationState } : {}
  };
}
function normalizeServer(server) {
  const trimmed = server.trim();
  if (!trimmed) throw new UsageError("Argo CD server is empty (set ARGOCD_SERVER, e.g. argocd.example.com)");
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageError(`Argo CD server ${JSON.stringify(server)} is not a URL or host name`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new UsageError(`Argo CD server ${JSON.stringify(server)}: only http and https are supported`);
  if (url.username || url.password)
    throw new UsageError("Argo CD server URL must not carry credentials; use ARGOCD_AUTH_TOKEN");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
function argoCdClientFromEnv(env = process.env) {
  const server = env.ARGOCD_SERVER?.trim();
  const token = env.ARGOCD_AUTH_TOKEN?.trim();
  if (!server) throw new UsageError("ARGOCD_SERVER is not set (the Argo CD API server, e.g. argocd.example.com)");
  if (!token) throw new UsageError("ARGOCD_AUTH_TOKEN is not set (an Argo CD API token that can read the Application)");
  const plaintext = env.ARGOCD_PLAINTEXT === "true" && !/^[a-z]+:\/\//i.test(server);
  return new ArgoCdClient({ server: plaintext ? `http://${server}` : server, token });
}

// src/argocd/wait.ts
function sameRevision(a, b) {
  if (!a) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 7 && /^[0-9a-f]+$/.test(x) && /^[0-9a-f]+$/.test(y) && (x.startsWith(y) || y.startsWith(x));
}
async function waitForRollout(options) {
  const pollMs = options.pollMs ?? 1e4;
  if (!(options.timeoutMs > 0)) throw new UsageError(`rollout timeout must be positive, got ${options.timeoutMs} ms`);
  if (!(pollMs > 0)) throw new UsageError(`rollout poll interval must be positive, got ${pollMs} ms`);
  const client = options.client ?? argoCdClientFromEnv();
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const started = now();
  let polls = 0;
  let last;
  let lastError;
  const result = (outcome) => ({
    outcome,
    application: options.application,
    revision: options.revision,
    ...last ? {
      last: {
        sync: last.sync.status,
        health: last.health.status,
        ...last.sync.revision ? { revision: last.sync.revision } : {},
        ...last.health.message ? { message: last.health.message } : {}
      }
    } : {},
    unhealthy: last ? unhealthyResources(last) : [],
    elapsedMs: now() - started,
    polls,
    ...lastError && outcome === "timeout" ? { error: lastError } : {}
  });
  for (; ; ) {
    polls++;
    try {
      last = await client.getApplication(options.application, options.appNamespace);
      lastError = void 0;
      options.onPoll?.(last);
      const outcome = classify(last, options.revision);
      if (outcome) return result(outcome);
    } catch (error) {
      if (error instanceof ArgoCdError && (error.status === 401 || error.status === 403 || error.status === 404))
        throw error;
      if (!(error instanceof ArgoCdError)) throw error;
      lastError = error.message;
    }
    const remaining = options.timeoutMs - (now() - started);
    if (remaining <= 0) return result("timeout");
    await sleep(Math.min(pollMs, remaining));
  }
}
function classify(status, revision) {
  const atRevision = sameRevision(status.sync.revision, revision) || (status.sync.revisions ?? []).some((r) => sameRevision(r, revision));
  const operation = status.operationState;
  if (operation && (operation.phase === "Failed" || operation.phase === "Error") && sameRevision(operation.syncResult?.revision, revision))
    return "sync-failed";
  if (!atRevision) return void 0;
  if (status.sync.status === "Synced" && status.health.status === "Healthy") return "healthy";
  if (status.health.status === "Degraded") return "degraded";
  return void 0;
}
function unhealthyResources(status) {
  return status.resources.filter(
    (resource) => resource.health?.status !== void 0 && resource.health.status !== "Healthy" || resource.status === "OutOfSync"
  );
}
function formatResource(resource) {
  const kind = resource.group ? `${resource.kind}.${resource.group}` : resource.kind;
  const where = resource.namespace ? `${resource.namespace}/${resource.name}` : resource.name;
  const health = resource.health?.status ?? (resource.status === "OutOfSync" ? "OutOfSync" : "Unknown");
  return `${kind} ${where}: ${health}${resource.status === "OutOfSync" && resource.health?.status ? ", OutOfSync" : ""}${resource.health?.message ? ` (${resource.health.message})` : ""}`;
}

// src/ecr/verify-images.ts
var import_client_ecr = __toESM(require_dist_cjs(), 1);
var ACCEPTED_MEDIA_TYPES = [
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.v1+json"
];
var BATCH = 100;
var defaultClient = (region) => new import_client_ecr.ECRClient({ region, maxAttempts: 1 });
async function verifyImages(options) {
  const clientFor = options.clientFor ?? defaultClient;
  const client = clientFor(options.region);
  const registry = options.registryId ? { registryId: options.registryId } : {};
  const send = (operation) => withAwsRetry(operation, options.retry);
  const found = /* @__PURE__ */ new Set();
  const byRepository = /* @__PURE__ */ new Map();
  for (const image of options.images)
    byRepository.set(image.repository, [.../* @__PURE__ */ new Set([...byRepository.get(image.repository) ?? [], image.digest])]);
  for (const [repository, digests] of byRepository) {
    for (let i = 0; i < digests.length; i += BATCH) {
      const imageIds = digests.slice(i, i + BATCH).map((imageDigest) => ({ imageDigest }));
      try {
        const response = await send(
          () => client.send(
            new import_client_ecr.BatchGetImageCommand({
              ...registry,
              repositoryName: repository,
              imageIds,
              acceptedMediaTypes: ACCEPTED_MEDIA_TYPES
            })
          )
        );
        for (const image of response.images ?? [])
          if (image.imageId?.imageDigest) found.add(`${repository}@${image.imageId.imageDigest}`);
      } catch (error) {
        if (errorName(error) !== "RepositoryNotFoundException") throw error;
      }
    }
  }
  const source = options.replicatedFrom ? clientFor(options.replicatedFrom) : void 0;
  const images = [];
  for (const image of options.images) {
    const exists = found.has(`${image.repository}@${image.digest}`);
    const entry = { ...image, found: exists };
    if (source) {
      let status = "NONE";
      try {
        const response = await send(
          () => source.send(
            new import_client_ecr.DescribeImageReplicationStatusCommand({
              ...registry,
              repositoryName: image.repository,
              imageId: { imageDigest: image.digest }
            })
          )
        );
        const match = (response.replicationStatuses ?? []).find(
          (s) => s.region === options.region && (!options.registryId || !s.registryId || s.registryId === options.registryId)
        );
        if (match?.status === "COMPLETE" || match?.status === "IN_PROGRESS" || match?.status === "FAILED")
          status = match.status;
      } catch (error) {
        if (!["ImageNotFoundException", "RepositoryNotFoundException"].includes(errorName(error))) throw error;
      }
      entry.replication = status;
      if (status !== "COMPLETE")
        entry.problem = `replication from ${options.replicatedFrom} to ${options.region}: ${status === "NONE" ? "not reported" : status}`;
    }
    if (!exists) entry.problem = `not found in ${options.region}${entry.problem ? `; ${entry.problem}` : ""}`;
    images.push(entry);
  }
  return { region: options.region, images, ok: images.every((image) => !image.problem) };
}
async function resolveTagDigests(options) {
  const client = (options.clientFor ?? defaultClient)(options.region);
  const registry = options.registryId ? { registryId: options.registryId } : {};
  const digests = /* @__PURE__ */ new Map();
  for (const repository of options.repositories) {
    try {
      const response = await withAwsRetry(
        () => client.send(
          new import_client_ecr.BatchGetImageCommand({
            ...registry,
            repositoryName: repository,
            imageIds: [{ imageTag: options.tag }],
            acceptedMediaTypes: ACCEPTED_MEDIA_TYPES
          })
        ),
        options.retry
      );
      const digest = response.images?.find((image) => image.imageId?.imageDigest)?.imageId?.imageDigest;
      if (digest) digests.set(repository, digest);
    } catch (error) {
      if (errorName(error) !== "RepositoryNotFoundException") throw error;
    }
  }
  return digests;
}

// src/git/commit.ts
import { join } from "node:path";
var TRAILER_KEY = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
function formatTrailers(trailers) {
  const lines = [];
  for (const [key, raw] of Object.entries(trailers)) {
    if (!TRAILER_KEY.test(key))
      throw new UsageError(`trailer key ${JSON.stringify(key)} must be letters, digits and "-"`);
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (/[\r\n]/.test(value)) throw new UsageError(`trailer ${key}: value ${JSON.stringify(value)} must be one line`);
      lines.push(`${key}: ${value}`);
    }
  }
  return lines;
}
async function appendTrailers(repo, message, trailers) {
  const lines = formatTrailers(trailers);
  if (lines.length === 0) return message.endsWith("\n") ? message : `${message}
`;
  const args = ["interpret-trailers", "--where", "end", "--if-exists", "add", "--if-missing", "add"];
  for (const line of lines) args.push("--trailer", line);
  return git(repo, args, { input: message.endsWith("\n") ? message : `${message}
` });
}
async function commitChange(repo, change) {
  if (!change.message.trim()) throw new UsageError("commit message is empty");
  if (change.files.length === 0) throw new UsageError("commitChange: no files given");
  for (const file of change.files) {
    if (file.startsWith("/") || file.split("/").includes("..") || file.startsWith("-") || file === "")
      throw new UsageError(`commitChange: ${JSON.stringify(file)} is not a repository-relative path`);
  }
  const message = await appendTrailers(repo, change.message, change.trailers ?? {});
  const head = (await git(repo, ["rev-parse", "--verify", "HEAD^{commit}"])).trim();
  const scratch = await makeTempDir("index");
  try {
    const env = { GIT_INDEX_FILE: join(scratch, "index"), ...identityEnv(change) };
    await git(repo, ["read-tree", head], { env });
    await git(repo, ["add", "-A", "--", ...change.files], { env });
    const tree = (await git(repo, ["write-tree"], { env })).trim();
    if (tree === (await git(repo, ["rev-parse", `${head}^{tree}`])).trim()) return void 0;
    const commit = (await git(repo, ["commit-tree", tree, "-p", head, "-F", "-"], { env, input: message })).trim();
    const subject = change.message.trim().split("\n")[0];
    await git(repo, ["update-ref", "-m", `commit: ${subject}`, "HEAD", commit, head]);
    await tryGit(repo, ["reset", "-q", commit, "--", ...change.files]);
    return commit;
  } finally {
    await removeTempDir(scratch);
  }
}
function identityEnv(change) {
  const env = {};
  const committer = change.committer ?? change.author;
  if (change.author) Object.assign(env, { GIT_AUTHOR_NAME: change.author.name, GIT_AUTHOR_EMAIL: change.author.email });
  if (committer) Object.assign(env, { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email });
  return env;
}

// src/git/push.ts
import { setTimeout as delay } from "node:timers/promises";
var PushError = class extends Error {
  constructor(message, reason, attempts, stderr, retryable = false) {
    super(message);
    this.reason = reason;
    this.attempts = attempts;
    this.stderr = stderr;
    this.retryable = retryable;
  }
  name = "PushError";
};
function classifyPushFailure(output) {
  if (/GH006|GH013|protected branch|branch is protected/i.test(output))
    return { retry: false, reason: "protected-branch" };
  if (/hook declined|pre-receive hook|update hook/i.test(output)) return { retry: false, reason: "hook-declined" };
  if (/authentication failed|permission denied|permission to .* denied|could not read (username|password)|returned error: 403|\b403 forbidden|invalid credentials|terminal prompts disabled/i.test(
    output
  ))
    return { retry: false, reason: "auth" };
  if (/repository not found|does not appear to be a git repository|couldn't find remote ref|remote: not found/i.test(
    output
  ))
    return { retry: false, reason: "not-found" };
  if (/\(fetch first\)|non-fast-forward|stale info|cannot lock ref|failed to update ref|incorrect old value|unable to update local ref/i.test(
    output
  ))
    return { retry: true, reason: "rejected" };
  return { retry: false, reason: "rejected" };
}
async function pushWithRetry(options) {
  const remote = options.remote ?? "origin";
  const { branch, repo } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const sleep = options.sleep ?? ((ms) => delay(ms).then(() => void 0));
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new UsageError(`pushWithRetry: maxAttempts ${maxAttempts} must be a positive integer`);
  if (!remote || remote.startsWith("-") || /\s/.test(remote))
    throw new UsageError(`pushWithRetry: invalid remote ${JSON.stringify(remote)}`);
  await assertBranchName(repo, branch);
  const tracking = `refs/slipway/push/${remote}/${branch}`;
  const policy = { attempts: maxAttempts, baseDelayMs: 200, maxDelayMs: 5e3, jitter: "full" };
  const pushOnce = async (attempt) => {
    const fetched = await tryGit(
      repo,
      ["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", remote, `+refs/heads/${branch}:${tracking}`],
      { passEnv: GIT_REMOTE_ENV }
    );
    if (fetched.exitCode !== 0) {
      const kind2 = classifyPushFailure(fetched.stderr);
      throw new PushError(
        `git fetch ${remote} ${branch} failed (${kind2.reason}): ${fetched.stderr.trim()}`,
        kind2.reason,
        attempt,
        fetched.stderr,
        kind2.retry
      );
    }
    const tip = (await git(repo, ["rev-parse", "--verify", `${tracking}^{commit}`])).trim();
    const outcome = await withWorktree(repo, tip, "push", async (tree) => {
      const change = await options.apply(tree.dir);
      if (!change) return { status: "no-op", commit: tip, attempts: attempt };
      const commit = await commitChange(tree.dir, {
        ...change,
        ...options.author ? { author: options.author } : {},
        ...options.committer ? { committer: options.committer } : {}
      });
      if (!commit) return { status: "no-op", commit: tip, attempts: attempt };
      const pushed = await tryGit(
        tree.dir,
        ["push", "--porcelain", "--no-verify", remote, `HEAD:refs/heads/${branch}`],
        { passEnv: GIT_REMOTE_ENV }
      );
      if (pushed.exitCode === 0) return { status: "pushed", commit, attempts: attempt };
      return `${pushed.stdout}
${pushed.stderr}`;
    });
    if (typeof outcome !== "string") return outcome;
    const kind = classifyPushFailure(outcome);
    throw new PushError(
      `git push to ${remote} ${branch} was rejected (${kind.reason}): ${summarise(outcome)}`,
      kind.reason,
      attempt,
      outcome,
      kind.retry
    );
  };
  try {
    return await retry(
      pushOnce,
      (error) => error instanceof PushError && error.retryable ? { reason: error.reason } : void 0,
      policy,
      { baseDelayMs: options.baseDelayMs, maxDelayMs: options.maxDelayMs, random: options.random, sleep }
    );
  } catch (error) {
    if (error instanceof PushError && error.retryable)
      throw new PushError(
        `git push to ${remote} ${branch} still rejected after ${maxAttempts} attempts (the branch kept moving): ${summarise(error.stderr)}`,
        "attempts-exhausted",
        maxAttempts,
        error.stderr
      );
    throw error;
  }
}
function summarise(output) {
  return output.split("\n").map((line) => line.trim()).filter((line) => line && line !== "Done" && !line.startsWith("To ")).join("; ");
}
async function assertBranchName(repo, branch) {
  if (!branch || branch.startsWith("-") || branch.startsWith("refs/"))
    throw new UsageError(`pushWithRetry: invalid branch ${JSON.stringify(branch)} (give the short name, e.g. main)`);
  const check = await tryGit(repo, ["check-ref-format", `refs/heads/${branch}`]);
  if (check.exitCode !== 0) throw new UsageError(`pushWithRetry: invalid branch name ${JSON.stringify(branch)}`);
}

export {
  waitForRollout,
  formatResource,
  verifyImages,
  resolveTagDigests,
  commitChange,
  PushError,
  classifyPushFailure,
  pushWithRetry
};
//# sourceMappingURL=chunk-K45LOUMS.js.map
