import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  tryExecFile
} from "./chunk-I5JGUYUF.js";
import {
  makeTempDir,
  removeTempDir
} from "./chunk-VI375W5W.js";
import {
  ExecError,
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/git/worktree.ts
import { join } from "node:path";

// src/git/runner.ts
import { stat } from "node:fs/promises";
var GIT_REMOTE_ENV = ["SSH_AUTH_SOCK", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_SSH_VARIANT"];
var GIT_TIMEOUT_MS = 12e4;
var SAFE_CONFIG = ["-c", "core.hooksPath=/dev/null"];
var UNTRUSTED_CONFIG = ["-c", "filter.lfs.smudge=", "-c", "filter.lfs.process=", "-c", "filter.lfs.required=false"];
function gitInvocation(args, options = {}) {
  return {
    args: [...SAFE_CONFIG, ...options.untrusted ? UNTRUSTED_CONFIG : [], ...args],
    env: {
      GIT_TERMINAL_PROMPT: "0",
      GIT_OPTIONAL_LOCKS: "0",
      ...options.untrusted ? { GIT_LFS_SKIP_SMUDGE: "1" } : {},
      ...options.env
    }
  };
}
function tryGit(repo, args, options = {}) {
  const invocation = gitInvocation(args, options);
  return tryExecFile("git", invocation.args, {
    cwd: repo,
    env: invocation.env,
    timeoutMs: options.timeoutMs ?? GIT_TIMEOUT_MS,
    ...options.passEnv ? { passEnv: options.passEnv } : {},
    ...options.input !== void 0 ? { input: options.input } : {}
  });
}
async function git(repo, args, options = {}) {
  let result;
  try {
    result = await tryGit(repo, args, options);
  } catch (error) {
    if (error instanceof ExecError && !error.timedOut && !await isDirectory(repo))
      throw new UsageError(`git: ${repo} is not a directory`);
    throw error;
  }
  if (result.exitCode !== 0) {
    const stderr = result.stderr.trim();
    if (/not a git repository/i.test(stderr)) throw new UsageError(`${repo} is not inside a git repository: ${stderr}`);
    throw new ExecError(
      `git ${subcommand(args)} failed (exit ${result.exitCode})${stderr ? `: ${stderr}` : ""}`,
      "git",
      result.exitCode,
      result.stderr
    );
  }
  return result.stdout;
}
function subcommand(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-c" || arg === "-C") i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return args[0] ?? "";
}
async function isDirectory(path) {
  return (await stat(path).catch(() => void 0))?.isDirectory() ?? false;
}

// src/git/worktree.ts
var live = /* @__PURE__ */ new Set();
var pending = /* @__PURE__ */ new Set();
var repos = /* @__PURE__ */ new Set();
var shuttingDown = false;
async function addWorktree(repo, commit, label, options = {}) {
  repos.add(repo);
  return checkout(commit, label, {
    create: (dir) => git(repo, ["worktree", "add", "--detach", "--quiet", dir, "--end-of-options", commit], {
      untrusted: options.untrusted ?? false
    }).then(() => void 0),
    // git's record of a worktree it failed to finish, or whose files are gone, is pruned.
    forget: async (dir) => {
      if (dir !== void 0)
        await git(repo, ["worktree", "remove", "--force", dir]).catch(() => {
        });
      return async () => void await git(repo, ["worktree", "prune"]).catch(() => void 0);
    }
  });
}
async function exportCommit(repo, commit, label, options = {}) {
  return checkout(commit, label, {
    create: async (dir, parent) => {
      const gitOptions = { untrusted: options.untrusted ?? false, env: { GIT_INDEX_FILE: join(parent, "index") } };
      await git(repo, ["read-tree", "--end-of-options", commit], gitOptions);
      await git(repo, ["checkout-index", "--all", "--force", `--prefix=${dir}/`], gitOptions);
    }
  });
}
async function checkout(commit, label, steps) {
  if (shuttingDown) throw new UsageError("interrupted: not creating a new checkout");
  const parent = await makeTempDir(label);
  const dir = join(parent, "tree");
  const creating = steps.create(dir, parent);
  pending.add(creating);
  try {
    await creating;
  } catch (error) {
    const after = await steps.forget?.(void 0);
    await removeTempDir(parent);
    await after?.();
    throw error;
  } finally {
    pending.delete(creating);
  }
  let removing;
  const tree = {
    dir,
    commit,
    remove: () => {
      removing ??= (async () => {
        const after = await steps.forget?.(dir);
        await removeTempDir(parent);
        await after?.();
        live.delete(tree);
      })();
      return removing;
    }
  };
  live.add(tree);
  return tree;
}
async function withWorktree(repo, commit, label, fn, options = {}) {
  const tree = await addWorktree(repo, commit, label, options);
  try {
    return await fn(tree);
  } finally {
    await tree.remove();
  }
}
function liveWorktrees() {
  return [...live];
}
async function removeAllWorktrees(options = {}) {
  if (options.final) shuttingDown = true;
  await Promise.allSettled([...pending]);
  await Promise.allSettled([...live].map((tree) => tree.remove()));
  await Promise.allSettled([...repos].map((repo) => git(repo, ["worktree", "prune"])));
}

export {
  GIT_REMOTE_ENV,
  tryGit,
  git,
  addWorktree,
  exportCommit,
  withWorktree,
  liveWorktrees,
  removeAllWorktrees
};
//# sourceMappingURL=chunk-4WFFHY5W.js.map
