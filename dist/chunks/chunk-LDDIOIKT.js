import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  realpathIfAny,
  statIfAny
} from "./chunk-PEXW4HFU.js";
import {
  findKustomizationFile,
  readKustomizationData
} from "./chunk-UDUT55WC.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";

// src/kustomize/graph.ts
import { basename, dirname, isAbsolute as isAbsolute2, join, normalize, relative, sep } from "node:path";

// src/kustomize/remote.ts
import { isAbsolute, posix } from "node:path";
var BASE_KEYS = /* @__PURE__ */ new Set(["resources", "bases", "components", "generators", "transformers", "validators"]);
var FILE_FIRST_KEYS = /* @__PURE__ */ new Set(["resources", "bases", "generators", "transformers", "validators"]);
function remoteKind(key, value, localFile = false) {
  if (/^https?:/i.test(value)) return "http";
  if (!BASE_KEYS.has(key) || localFile && FILE_FIRST_KEYS.has(key)) return void 0;
  if (/^oci:\/\//i.test(value)) return "oci";
  if (/^gh:/i.test(value) || isGitRemoteBase(value)) return "git";
  return void 0;
}
function isGitRemoteBase(value) {
  if (isAbsolute(value) || value.startsWith("/")) return false;
  let rest = value.split("?")[0];
  rest = rest.replace(/^git::/i, "");
  const scheme = /^(ssh|https|http|file):\/\//i.exec(rest)?.[0].toLowerCase() ?? "";
  if (scheme === "file://") return false;
  rest = rest.slice(scheme.length);
  const username = /^[a-zA-Z][a-zA-Z0-9-]*@/.exec(rest)?.[0] ?? "";
  rest = rest.slice(username.length);
  const github = /^github\.com[/:]/i.test(rest);
  const scpLike = scheme === "" && (username !== "" || github);
  if (scheme === "" && !scpLike) return false;
  let separator = rest.indexOf("/");
  if (scpLike) {
    const colon = rest.indexOf(":");
    if (separator === -1 || colon > 0 && colon < separator) separator = colon;
  }
  const host = separator >= 0 ? rest.slice(0, separator + 1) : rest;
  const path = separator >= 0 ? rest.slice(separator + 1) : "";
  if (host === "") return false;
  const split = splitRepoPath(path);
  if (!split || split.repo === "") return false;
  const root = posix.normalize(split.root.replace(/^\//, ""));
  return root.split("/")[0] !== "..";
}
function splitRepoPath(path) {
  const azure = path.indexOf("_git/");
  if (azure >= 0) {
    const [repo = "", ...root] = path.slice(azure + "_git/".length).split("/");
    return { repo: path.slice(0, azure + "_git/".length) + repo, root: root.join("/") };
  }
  const double = path.indexOf("//");
  if (double >= 0) return { repo: path.slice(0, double), root: path.slice(double + 2) };
  const suffix = path.indexOf(".git");
  if (suffix >= 0) return { repo: path.slice(0, suffix + ".git".length), root: path.slice(suffix + ".git".length) };
  const segments = path.split("/");
  if (segments.length < 2) return void 0;
  return { repo: segments.slice(0, 2).join("/"), root: segments.slice(2).join("/") };
}

// src/kustomize/graph.ts
function isInside(boundary, path) {
  if (!boundary) return true;
  const rel = relative(boundary, path);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
var strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : typeof value === "string" ? [value] : [];
var pathsOf = (value) => Array.isArray(value) ? value.map((v) => v && typeof v === "object" ? v.path : void 0).filter((p) => typeof p === "string") : [];
async function* walkKustomization(dir, options = {}, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(dir)) return;
  seen.add(dir);
  const name = await findKustomizationFile(dir);
  if (!name) throw new ConfigError(`no kustomization in ${dir}`, dir);
  const file = join(dir, name);
  const k = readKustomizationData(file);
  options.onKustomization?.(file, k);
  const reference = async (key, value, walk) => {
    const path = normalize(join(dir, value));
    const info = statIfAny(path);
    const remote = remoteKind(key, value, info?.isFile() === true);
    if (remote) return { from: file, key, value, kind: "remote", remote, outside: true };
    const outside = !isInside(options.boundary, path);
    const kind = !info ? "missing" : info.isDirectory() ? walk ? "kustomization" : "directory" : "file";
    return { from: file, key, value, kind, path, outside };
  };
  const follow = async function* (ref) {
    yield ref;
    if (ref.kind === "kustomization" && !ref.outside) yield* walkKustomization(ref.path, options, seen);
  };
  for (const key of ["resources", "bases", "components", "crds"])
    for (const value of strings(k[key])) yield* follow(await reference(key, value, true));
  for (const key of ["patches", "patchesJson6902", "replacements"])
    for (const value of pathsOf(k[key])) yield await reference(`${key}[].path`, value, false);
  for (const key of ["patchesStrategicMerge", "generators", "transformers", "validators", "configurations"]) {
    for (const value of strings(k[key])) if (!value.includes("\n")) yield* follow(await reference(key, value, true));
  }
  const openapi = k.openapi;
  if (typeof openapi?.path === "string") yield await reference("openapi.path", openapi.path, false);
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    const generators = Array.isArray(k[key]) ? k[key] : [];
    for (const generator of generators) {
      if (!generator || typeof generator !== "object") continue;
      for (const entry of strings(generator.files))
        yield await reference(
          `${key}[].files`,
          entry.includes("=") ? entry.slice(entry.indexOf("=") + 1) : entry,
          false
        );
      for (const entry of strings(generator.envs)) yield await reference(`${key}[].envs`, entry, false);
      for (const entry of strings(generator.env)) yield await reference(`${key}[].env`, entry, false);
    }
  }
  if (Array.isArray(k.helmCharts) && k.helmCharts.length > 0) {
    const home = k.helmGlobals?.chartHome;
    yield await reference("helmGlobals.chartHome", typeof home === "string" ? home : "charts", false);
    for (const chart of k.helmCharts) {
      if (typeof chart?.valuesFile === "string")
        yield await reference("helmCharts[].valuesFile", chart.valuesFile, false);
      for (const extra of strings(chart?.additionalValuesFiles))
        yield await reference("helmCharts[].additionalValuesFiles", extra, false);
    }
  }
}
function emptyGraph() {
  return { files: /* @__PURE__ */ new Set(), dirs: /* @__PURE__ */ new Set(), complete: true, secretLiterals: [], secretFiles: /* @__PURE__ */ new Set() };
}
function literalValue(literal) {
  const value = literal.includes("=") ? literal.slice(literal.indexOf("=") + 1) : literal;
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]) ? value.slice(1, -1) : value;
}
async function addKustomizationToGraph(repoRoot, dir, graph, extra = []) {
  const seen = /* @__PURE__ */ new Set();
  const onKustomization = (file, data) => {
    graph.files.add(toRepo(repoRoot, file));
    const generators = Array.isArray(data.secretGenerator) ? data.secretGenerator : [];
    for (const generator of generators)
      if (generator && typeof generator === "object")
        for (const literal of strings(generator.literals)) graph.secretLiterals.push(literalValue(literal));
  };
  const add = (ref) => {
    if (ref.kind === "remote" || !ref.path) return;
    const rel = toRepo(repoRoot, ref.path);
    if (ref.kind === "directory" || ref.key === "helmGlobals.chartHome") graph.dirs.add(rel);
    else if (ref.kind !== "kustomization") graph.files.add(rel);
    if (ref.key.startsWith("secretGenerator[]")) graph.secretFiles.add(rel);
  };
  for await (const ref of walkKustomization(dir, { onKustomization }, seen)) add(ref);
  for (const component of extra) {
    if (remoteKind("components", component)) continue;
    const path = normalize(join(dir, component));
    const info = statIfAny(path);
    if (info?.isDirectory()) for await (const ref of walkKustomization(path, { onKustomization }, seen)) add(ref);
    else graph.files.add(toRepo(repoRoot, path));
  }
  await addResolvedPaths(repoRoot, graph);
}
async function addResolvedPaths(repoRoot, graph) {
  const root = realpathIfAny(repoRoot) ?? repoRoot;
  const resolveRel = async (rel) => {
    let existing = join(repoRoot, rel);
    const rest = [];
    for (; ; ) {
      const real = realpathIfAny(existing);
      if (real !== void 0) {
        const full = join(real, ...rest);
        const inside = relative(root, full);
        return inside.startsWith("..") || isAbsolute2(inside) ? void 0 : (inside === "" ? "." : inside).split(sep).join("/");
      }
      if (dirname(existing) === existing) return void 0;
      rest.unshift(basename(existing));
      existing = dirname(existing);
    }
  };
  for (const set of [graph.files, graph.dirs, graph.secretFiles]) {
    for (const rel of [...set]) {
      const resolved = await resolveRel(rel);
      if (resolved !== void 0) set.add(resolved);
    }
  }
}
function toRepo(repoRoot, full) {
  const rel = relative(repoRoot, full);
  if (rel.startsWith("..")) throw new Error(`${full} is outside the repository`);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

export {
  remoteKind,
  walkKustomization,
  emptyGraph,
  addKustomizationToGraph,
  toRepo
};
//# sourceMappingURL=chunk-LDDIOIKT.js.map
