import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  git,
  tryGit
} from "./chunk-4WFFHY5W.js";
import {
  ExecError,
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/git/repository.ts
async function repositoryRoot(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (error) {
    const detail = error instanceof ExecError ? error.stderr.trim() : error instanceof Error ? error.message : String(error);
    throw new UsageError(`${cwd} is not inside a git repository (slipway compares and edits git revisions): ${detail}`);
  }
}
async function resolveCommit(repo, ref, option = "ref") {
  assertRef(ref, option);
  try {
    return (await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    throw new UsageError(
      `${option}: ${JSON.stringify(ref)} is not a commit in ${repo} (fetch it first, e.g. git fetch origin ${ref})`
    );
  }
}
function headCommit(repo) {
  return resolveCommit(repo, "HEAD", "HEAD");
}
async function currentBranch(repo) {
  const result = await tryGit(repo, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  if (result.exitCode === 0) return result.stdout.trim() || void 0;
  if (/not a git repository/i.test(result.stderr))
    throw new UsageError(`${repo} is not inside a git repository: ${result.stderr.trim()}`);
  return void 0;
}
async function changedFiles(repo, base, head) {
  const files = /* @__PURE__ */ new Set();
  const diffArgs = [
    "-c",
    "core.quotePath=false",
    "diff",
    "--name-status",
    "--no-renames",
    "-z",
    "--end-of-options",
    base
  ];
  if (head) diffArgs.push(head);
  diffArgs.push("--");
  const out = await git(repo, diffArgs);
  const parts = out.split("\0").filter(Boolean);
  for (let i = 0; i + 1 < parts.length; i += 2) files.add(parts[i + 1]);
  if (!head) {
    const untracked = await git(repo, ["ls-files", "--others", "--exclude-standard", "-z"]);
    for (const file of untracked.split("\0")) if (file) files.add(file);
  }
  return [...files].sort();
}
async function showFile(repo, commit, path, options = {}) {
  if (path.startsWith("/") || path.split("/").includes("..") || path === "")
    throw new UsageError(`showFile: ${JSON.stringify(path)} is not a repository-relative path`);
  assertRef(commit, "commit");
  const result = await tryGit(repo, ["cat-file", "blob", `${commit}:${path}`], options);
  if (result.exitCode === 0) return result.stdout;
  await resolveCommit(repo, commit, "commit");
  return void 0;
}
async function commitDate(repo, commit) {
  const sha = await resolveCommit(repo, commit, "commit");
  const seconds = Number((await git(repo, ["show", "-s", "--format=%ct", sha])).trim());
  return new Date(seconds * 1e3);
}
var LOG_FORMAT = "%H%x00%ct%x00%s%x00%b%x00%(trailers:only=true,unfold=true,separator=%x1e,key_value_separator=%x1f)";
var LOG_FIELDS = 5;
async function log(repo, options = {}) {
  const args = ["log", "-z", `--format=${LOG_FORMAT}`];
  if (options.maxCount !== void 0) {
    if (!Number.isInteger(options.maxCount) || options.maxCount < 1)
      throw new UsageError(`log: maxCount ${options.maxCount} is not a positive integer`);
    args.push(`--max-count=${options.maxCount}`);
  }
  if (options.ref !== void 0) args.push("--end-of-options", await resolveCommit(repo, options.ref, "ref"));
  else {
    const head = await tryGit(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    if (/not a git repository/i.test(head.stderr))
      throw new UsageError(`${repo} is not inside a git repository: ${head.stderr.trim()}`);
    if (!head.stdout.trim()) return [];
  }
  args.push("--", ...options.paths ?? []);
  const out = await git(repo, args);
  const fields = out.split("\0");
  const entries = [];
  for (let i = 0; i + LOG_FIELDS <= fields.length; i += LOG_FIELDS) {
    const [sha, ct, subject, body, trailerText] = fields.slice(i, i + LOG_FIELDS);
    if (!sha) break;
    const trailers = {};
    for (const trailer of trailerText.split("")) {
      const cut = trailer.indexOf("");
      if (cut <= 0) continue;
      const key = trailer.slice(0, cut).trim();
      (trailers[key] ??= []).push(trailer.slice(cut + 1).trim());
    }
    entries.push({
      sha: sha.trim(),
      committerDate: new Date(Number(ct) * 1e3),
      subject,
      body: body.replace(/\n+$/, ""),
      trailers
    });
  }
  return entries;
}
function assertRef(ref, option) {
  if (ref === "" || ref.startsWith("-") || /[\0\n]/.test(ref))
    throw new UsageError(`${option}: invalid ref ${JSON.stringify(ref)}`);
}
async function listTags(repo, options = {}) {
  const args = ["tag", "--list"];
  if (options.mergedInto !== void 0) {
    assertRef(options.mergedInto, "mergedInto");
    args.push("--merged", options.mergedInto);
  }
  if (options.pointsAt !== void 0) {
    assertRef(options.pointsAt, "pointsAt");
    args.push("--points-at", options.pointsAt);
  }
  if (options.pattern !== void 0) args.push("--", options.pattern);
  return (await git(repo, args)).split("\n").map((line) => line.trim()).filter(Boolean);
}
async function isShallow(repo) {
  const result = await tryGit(repo, ["rev-parse", "--is-shallow-repository"]);
  return result.exitCode === 0 && result.stdout.trim() === "true";
}
async function remoteUrl(repo, remote = "origin") {
  if (remote.startsWith("-")) throw new UsageError(`invalid remote ${JSON.stringify(remote)}`);
  const result = await tryGit(repo, ["remote", "get-url", remote]);
  return result.exitCode === 0 ? result.stdout.trim() || void 0 : void 0;
}

export {
  repositoryRoot,
  resolveCommit,
  headCommit,
  currentBranch,
  changedFiles,
  showFile,
  commitDate,
  log,
  listTags,
  isShallow,
  remoteUrl
};
//# sourceMappingURL=chunk-S2CQAO26.js.map
