import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  YamlLimitError,
  documentToJs,
  loadYaml
} from "./chunk-GEK42CFO.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/kustomize/graph.ts
import { basename as basename2, dirname as dirname2, isAbsolute as isAbsolute2, join as join2, normalize, relative, sep } from "node:path";

// src/kustomize/kustomization.ts
var import_yaml = __toESM(require_dist(), 1);
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// src/util/local-fs.ts
import { realpathSync, statSync } from "node:fs";
function statIfAny(path) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function realpathIfAny(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return void 0;
  }
}

// src/kustomize/kustomization.ts
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
async function findKustomizationFile(dir) {
  return KUSTOMIZATION_FILE_NAMES.find((name) => existsSync(join(dir, name)));
}
var Kustomization = class {
  /**
   * @param path the file (absolute or relative to the working directory); used in errors
   *   and by {@link writeKustomization}.
   * @param text the file's content.
   * @throws {ConfigError} naming the file when the text is not YAML or not a mapping.
   */
  constructor(path, text) {
    this.path = path;
    this.#original = text;
    this.#text = text;
    this.#document = parseKustomization(path, text);
  }
  #text;
  #document;
  #original;
  /** The directory holding the file: paths in the kustomization are relative to it. */
  get dir() {
    return dirname(this.path);
  }
  /** The parsed document — a view: edit through the `src/kustomize` functions, not on it. */
  get document() {
    return this.#document;
  }
  /** True when the text differs from what was read. */
  get edited() {
    return this.#text !== this.#original;
  }
  /**
   * The plain data (`toJS`) of the kustomization; `{}` for an empty file.
   *
   * @throws {YamlLimitError} naming the file when its aliases exceed the budget (an alias bomb).
   */
  toJS() {
    return documentToJs(this.#document, this.path) ?? {};
  }
  /** The file's text: byte-identical to what was read when nothing was edited. */
  toString() {
    return this.#text;
  }
  /**
   * Replaces the text (one edit) and re-parses it. Internal to `src/kustomize`.
   *
   * @throws {ConfigError} when the edit produced invalid YAML — a bug; the text is kept as before.
   */
  replaceText(next) {
    const document = parseKustomization(this.path, next);
    this.#text = next;
    this.#document = document;
  }
};
function parseKustomization(path, text) {
  const document = (0, import_yaml.parseDocument)(text, { keepSourceTokens: false, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const where = first.linePos ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : "";
    throw new ConfigError(`invalid YAML${where}: ${first.message.split("\n")[0]}`, path);
  }
  if (document.contents !== null && !(0, import_yaml.isMap)(document.contents))
    throw new ConfigError("a kustomization must be a YAML mapping", path);
  return document;
}
async function readKustomization(path) {
  let file = path;
  if (statIfAny(path)?.isDirectory()) {
    const name = await findKustomizationFile(path);
    if (!name) throw new ConfigError(`no kustomization file (${KUSTOMIZATION_FILE_NAMES.join(", ")}) in ${path}`, path);
    file = join(path, name);
  }
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read kustomization: ${error.message}`, file);
  }
  return new Kustomization(file, text);
}
function readKustomizationData(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read kustomization: ${error.message}`, file);
  }
  let data;
  try {
    data = loadYaml(text, file);
  } catch (error) {
    if (error instanceof YamlLimitError) throw error;
    const mark = error.mark;
    const reason = error.reason ?? error.message;
    throw new ConfigError(
      `invalid YAML${mark ? ` (line ${mark.line + 1}, column ${mark.column + 1})` : ""}: ${reason}`,
      file
    );
  }
  if (data === null || data === void 0) return {};
  if (typeof data !== "object" || Array.isArray(data))
    throw new ConfigError("a kustomization must be a YAML mapping", file);
  return data;
}
async function writeKustomization(k) {
  const temp = join(k.dir, `.${basename(k.path)}.slipway-${randomBytes(6).toString("hex")}`);
  const mode = (await stat(k.path).catch(() => void 0))?.mode;
  try {
    await writeFile(temp, k.toString(), { flag: "wx", ...mode !== void 0 ? { mode: mode & 4095 } : {} });
    await rename(temp, k.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new ConfigError(`cannot write kustomization: ${error.message}`, k.path);
  }
}

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
  const file = join2(dir, name);
  const k = readKustomizationData(file);
  options.onKustomization?.(file, k);
  const reference = async (key, value, walk) => {
    const path = normalize(join2(dir, value));
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
    const path = normalize(join2(dir, component));
    const info = statIfAny(path);
    if (info?.isDirectory()) for await (const ref of walkKustomization(path, { onKustomization }, seen)) add(ref);
    else graph.files.add(toRepo(repoRoot, path));
  }
  await addResolvedPaths(repoRoot, graph);
}
async function addResolvedPaths(repoRoot, graph) {
  const root = realpathIfAny(repoRoot) ?? repoRoot;
  const resolveRel = async (rel) => {
    let existing = join2(repoRoot, rel);
    const rest = [];
    for (; ; ) {
      const real = realpathIfAny(existing);
      if (real !== void 0) {
        const full = join2(real, ...rest);
        const inside = relative(root, full);
        return inside.startsWith("..") || isAbsolute2(inside) ? void 0 : (inside === "" ? "." : inside).split(sep).join("/");
      }
      if (dirname2(existing) === existing) return void 0;
      rest.unshift(basename2(existing));
      existing = dirname2(existing);
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
  statIfAny,
  realpathIfAny,
  findKustomizationFile,
  Kustomization,
  readKustomization,
  writeKustomization,
  remoteKind,
  walkKustomization,
  emptyGraph,
  addKustomizationToGraph,
  toRepo
};
//# sourceMappingURL=chunk-XQAWCN3F.js.map
