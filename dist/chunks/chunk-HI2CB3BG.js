import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  isProductionByName
} from "./chunk-WVJIADMF.js";
import {
  remoteKind,
  walkKustomization
} from "./chunk-LDDIOIKT.js";
import {
  tryExecFile
} from "./chunk-I5JGUYUF.js";
import {
  makeTempDir,
  removeTempDir
} from "./chunk-VI375W5W.js";
import {
  quickParseConfig
} from "./chunk-YGF2LCPS.js";
import {
  SECRET_CONTENT_REMOVED,
  checkInputSize,
  isManifestFile,
  listFiles,
  readInputFile,
  toPosix
} from "./chunk-ILDUC7BX.js";
import {
  LocalPaths
} from "./chunk-PEXW4HFU.js";
import {
  findKustomizationFile
} from "./chunk-UDUT55WC.js";
import {
  YamlLimitError,
  loadYaml,
  parseYamlStream,
  yaml
} from "./chunk-XRJQ2ZGK.js";
import {
  minorVersion
} from "./chunk-QDRIPWP2.js";
import {
  ConfigError,
  ExecError,
  RenderError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";

// src/config/index.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
var DEFAULT_KUBERNETES_VERSION = "1.33";
function kubernetesVersionFor(config, environment, override) {
  return minorVersion(
    override ?? config.environments?.[environment]?.kubernetesVersion ?? config.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION
  );
}
function isProductionEnvironment(config, environment) {
  const explicit = config.environments?.[environment]?.production;
  if (explicit !== void 0) return explicit;
  if (config.plan?.production !== void 0) return config.plan.production.includes(environment);
  return isProductionByName(environment);
}
var CONFIG_FILE_NAMES = ["slipway.yaml", "slipway.yml"];
async function loadConfig(repoRoot, file) {
  const candidates = file ? [isAbsolute(file) ? file : join(repoRoot, file)] : CONFIG_FILE_NAMES.map((name) => join(repoRoot, name));
  for (const candidate of candidates) {
    let text;
    try {
      text = await readFile(candidate, "utf8");
    } catch (error) {
      if (error.code === "ENOENT" && !file) continue;
      throw new ConfigError(`cannot read config: ${error.message}`, displayPath(repoRoot, candidate));
    }
    const name = displayPath(repoRoot, candidate);
    const config = quickParseConfig(text) ?? (await import("./parse-V7RH7VBQ.js")).parseConfig(text, name);
    return { ...config, file: candidate };
  }
  return {};
}
function displayPath(repoRoot, file) {
  const rel = relative(repoRoot, file);
  return rel.startsWith("..") ? file : rel;
}

// src/util/clock.ts
function monotonicMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// src/render/index.ts
import { cp, readFile as readFile3, stat as stat2, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, isAbsolute as isAbsolute3, join as join5, relative as relative4, resolve as resolve2 } from "node:path";

// src/render/argocd.ts
import { existsSync, readFileSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
async function discoverApplications(repoRoot, options = {}) {
  const roots = options.paths?.length ? options.paths : ["."];
  const files = /* @__PURE__ */ new Set();
  for (const root of roots)
    for (const file of await listFiles(repoRoot, join2(repoRoot, root), isManifestFile)) files.add(file);
  const applications = [];
  const projects = [];
  const definitions = [];
  for (const file of [...files].sort()) {
    const bytes = readFileSync(join2(repoRoot, file));
    if (!bytes.includes("argoproj.io")) continue;
    const text = bytes.toString("utf8");
    const parsed = parseYamlStream(text, file);
    const refused = parsed.errors.find((error) => error.limit);
    if (refused) throw new ConfigError(`line ${refused.line}: ${refused.message}`, file);
    for (const resource of parsed.resources) {
      const { apiVersion, kind } = resource.object;
      if (typeof apiVersion !== "string" || !apiVersion.startsWith("argoproj.io/")) continue;
      if (kind === "Application" || kind === "ApplicationSet" || kind === "AppProject") definitions.push(resource);
      if (kind === "Application") applications.push(fromApplication(resource.object, file, options));
      else if (kind === "ApplicationSet")
        applications.push(...await expandApplicationSet(repoRoot, resource.object, file, options));
      else if (kind === "AppProject") projects.push({ object: resource.object, file });
    }
  }
  return { applications, projects, definitions };
}
function fromApplication(object, file, options, applicationSet) {
  const spec = object.spec ?? {};
  const sources = Array.isArray(spec.sources) ? spec.sources : spec.source ? [spec.source] : [];
  const source = sources.find((candidate) => typeof candidate.path === "string") ?? sources[0] ?? {};
  const destination = spec.destination ?? {};
  const info = {
    name: String(object.metadata?.name ?? ""),
    namespace: object.metadata?.namespace,
    project: String(spec.project ?? "default"),
    destination: { server: destination.server, name: destination.name, namespace: destination.namespace },
    repoURL: typeof source.repoURL === "string" ? source.repoURL : void 0,
    targetRevision: typeof source.targetRevision === "string" ? source.targetRevision : void 0,
    file,
    syncPolicy: spec.syncPolicy
  };
  if (applicationSet) info.applicationSet = applicationSet;
  const app = { info, object };
  if (typeof source.chart === "string")
    app.skipReason = `Helm chart source "${source.chart}" is not rendered from this repository`;
  else if (typeof source.path !== "string") app.skipReason = "source has no path";
  else if (info.repoURL && options.repoURLs?.length && !options.repoURLs.some((url) => sameRepo(url, info.repoURL)))
    app.skipReason = `source repoURL ${info.repoURL} is not this repository`;
  if (typeof source.path === "string") app.path = normalizeAppPath(source.path);
  if (source.kustomize && typeof source.kustomize === "object") app.kustomize = source.kustomize;
  if (source.directory && typeof source.directory === "object")
    app.directory = source.directory;
  return app;
}
function normalizeAppPath(path) {
  const trimmed = path.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}
function sameRepo(a, b) {
  const norm = (url) => url.trim().toLowerCase().replace(/\.git$/, "").replace(/\/$/, "");
  return norm(a) === norm(b);
}
async function expandApplicationSet(repoRoot, appSet, file, options) {
  const name = String(appSet.metadata?.name ?? "");
  const spec = appSet.spec ?? {};
  const goTemplate = spec.goTemplate === true;
  const template = spec.template;
  if (!template) throw new ConfigError(`ApplicationSet ${name}: spec.template is missing`, file);
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const out = [];
  for (const [index, generator] of generators.entries()) {
    const where = `ApplicationSet ${name} spec.generators[${index}]`;
    const paramSets = await generate(repoRoot, generator, goTemplate, where, file);
    if (paramSets === void 0) continue;
    for (const params of paramSets) {
      const rendered = renderTemplate(template, params, goTemplate, where, file);
      const application = { apiVersion: "argoproj.io/v1alpha1", kind: "Application", ...rendered };
      application.metadata = {
        ...rendered.metadata ?? {},
        namespace: rendered.metadata?.namespace ?? appSet.metadata?.namespace
      };
      out.push(fromApplication(application, file, options, name));
    }
  }
  return out;
}
async function generate(repoRoot, generator, goTemplate, where, file) {
  if (generator.list) {
    const list = generator.list;
    const elements = list.elements ?? (list.elementsYaml ? loadYaml(list.elementsYaml, file) : []);
    return elements.map((element) => goTemplate ? element : flatten(element));
  }
  if (generator.git) {
    const git = generator.git;
    const prefix = git.pathParamPrefix ? `${git.pathParamPrefix}.` : "";
    const { minimatch } = await import("./esm-CZ33VAF5.js");
    if (git.directories) {
      const all = await listDirectories(repoRoot);
      const include = git.directories.filter((entry) => !entry.exclude).map((entry) => entry.path);
      const exclude = git.directories.filter((entry) => entry.exclude).map((entry) => entry.path);
      const matched = all.filter(
        (dir) => include.some((glob) => minimatch(dir, glob)) && !exclude.some((glob) => minimatch(dir, glob))
      );
      return matched.map((dir) => pathParams(dir, goTemplate, prefix));
    }
    if (git.files) {
      const all = await listFiles(repoRoot);
      const out = [];
      for (const entry of git.files) {
        for (const match of all.filter((candidate) => minimatch(candidate, entry.path))) {
          const content = loadYaml(await readFile2(join2(repoRoot, match), "utf8"), match);
          const items = Array.isArray(content) ? content : [content];
          for (const item of items) {
            const base = pathParams(match.split("/").slice(0, -1).join("/") || ".", goTemplate, prefix);
            const params = goTemplate ? { ...item, ...base } : { ...flatten(item), ...base };
            if (goTemplate)
              params.path = {
                ...params.path,
                filename: match.split("/").pop(),
                filenameNormalized: normalizeName(match.split("/").pop() ?? "")
              };
            else
              Object.assign(params, {
                [`${prefix}path.filename`]: match.split("/").pop(),
                [`${prefix}path.filenameNormalized`]: normalizeName(match.split("/").pop() ?? "")
              });
            out.push(params);
          }
        }
      }
      return out;
    }
    throw new ConfigError(`${where}: git generator needs directories or files`, file);
  }
  if (generator.matrix) {
    const children = generator.matrix.generators ?? [];
    if (children.length !== 2) throw new ConfigError(`${where}: a matrix generator needs exactly two generators`, file);
    const left = await generate(repoRoot, children[0], goTemplate, `${where}.matrix[0]`, file);
    const right = await generate(repoRoot, children[1], goTemplate, `${where}.matrix[1]`, file);
    if (!left || !right) return void 0;
    return left.flatMap((a) => right.map((b) => ({ ...a, ...b })));
  }
  return void 0;
}
function pathParams(dir, goTemplate, prefix) {
  const segments = dir.split("/");
  const basename = segments[segments.length - 1] ?? dir;
  if (goTemplate) return { path: { path: dir, basename, basenameNormalized: normalizeName(basename), segments } };
  const params = {
    [`${prefix}path`]: dir,
    [`${prefix}path.basename`]: basename,
    [`${prefix}path.basenameNormalized`]: normalizeName(basename)
  };
  segments.forEach((segment, i) => params[`${prefix}path[${i}]`] = segment);
  return params;
}
function normalizeName(name) {
  return name.toLowerCase().replace(/[^a-z0-9-.]+/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(0, 63);
}
function flatten(value, prefix = "", out = {}) {
  for (const [key, inner] of Object.entries(value ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) flatten(inner, name, out);
    else out[name] = inner;
  }
  return out;
}
async function listDirectories(repoRoot) {
  const dirs = /* @__PURE__ */ new Set();
  for (const file of await listFiles(repoRoot)) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return [...dirs].sort();
}
function renderTemplate(value, params, goTemplate, where, file) {
  if (typeof value === "string") return goTemplate ? renderGo(value, params, where, file) : renderFast(value, params);
  if (Array.isArray(value)) return value.map((item) => renderTemplate(item, params, goTemplate, where, file));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [key, inner] of Object.entries(value))
      out[renderTemplate(key, params, goTemplate, where, file)] = renderTemplate(
        inner,
        params,
        goTemplate,
        where,
        file
      );
    return out;
  }
  return value;
}
function renderFast(text, params) {
  return text.replace(/\{\{([^{}]*)\}\}/g, (whole, raw) => {
    const key = raw.trim();
    return key in params ? String(params[key]) : whole;
  });
}
function renderGo(text, params, where, file) {
  return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_whole, expression) => {
    const [head, ...pipes] = expression.split("|").map((part) => part.trim());
    let value = evaluateGo(head ?? "", params);
    for (const pipe of pipes) {
      const fallback = /^default\s+"([^"]*)"$/.exec(pipe);
      if (fallback && (value === void 0 || value === "")) value = fallback[1];
      else if (pipe === "lower") value = String(value ?? "").toLowerCase();
      else if (pipe === "upper") value = String(value ?? "").toUpperCase();
      else if (!fallback)
        throw new ConfigError(`${where}: unsupported Go template function in "{{ ${expression} }}"`, file);
    }
    if (value === void 0)
      throw new ConfigError(`${where}: template parameter "${head}" is not set (in "{{ ${expression} }}")`, file);
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}
function evaluateGo(expression, params) {
  const index = /^index\s+(\.[\w.]+)\s+(\d+)$/.exec(expression);
  if (index) {
    const list = lookupPath(params, index[1]);
    return Array.isArray(list) ? list[Number(index[2])] : void 0;
  }
  const quoted = /^"([^"]*)"$/.exec(expression);
  if (quoted) return quoted[1];
  if (expression.startsWith(".")) return lookupPath(params, expression);
  return void 0;
}
function lookupPath(params, dotted) {
  let current = params;
  for (const part of dotted.slice(1).split(".").filter(Boolean)) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[part];
  }
  return current;
}
async function mergeArgocdSourceFiles(repoRoot, app) {
  if (app.path === void 0) return;
  for (const name of [".argocd-source.yaml", `.argocd-source-${app.info.name}.yaml`]) {
    const file = join2(repoRoot, app.path, name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const display = join2(app.path, name);
    let patch;
    try {
      patch = loadYaml(text);
    } catch (error) {
      throw new ConfigError(`not valid YAML: ${error.message}`, display);
    }
    if (patch === null || patch === void 0) continue;
    if (typeof patch !== "object" || Array.isArray(patch))
      throw new ConfigError("expected a mapping of source fields (kustomize:, directory:, \u2026)", display);
    const merged = mergePatch({ kustomize: app.kustomize, directory: app.directory }, patch);
    if (merged.kustomize && typeof merged.kustomize === "object") app.kustomize = merged.kustomize;
    else delete app.kustomize;
    if (merged.directory && typeof merged.directory === "object") app.directory = merged.directory;
    else delete app.directory;
  }
}
function mergePatch(target, patch) {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out = typeof target === "object" && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

// src/render/kustomize.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, join as join3, relative as relative2 } from "node:path";
async function resolveKustomize(explicit = process.env.KUSTOMIZE) {
  const chosen = explicit?.trim();
  if (chosen) {
    const parts = chosen.split(/\s+/);
    const program = parts[0];
    if (parts.length > 1 && parts[1] === "kustomize") return { program, args: ["kustomize"], display: chosen };
    return { program, args: ["build"], display: program };
  }
  if (await onPath("kustomize")) return { program: "kustomize", args: ["build"], display: "kustomize" };
  if (await onPath("kubectl")) return { program: "kubectl", args: ["kustomize"], display: "kubectl kustomize" };
  throw new ExecError(
    "neither kustomize nor kubectl is on PATH; install one, or pass --kustomize PATH",
    "kustomize",
    null,
    ""
  );
}
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
async function kustomizeBuild(command, dir, options = {}) {
  const args = [...command.args, dir, "--load-restrictor", "LoadRestrictionsRootOnly"];
  if (options.enableHelm) args.push("--enable-helm");
  const timeoutMs = options.timeoutMs ?? 6e4;
  const repoRoot = options.repoRoot ?? dir;
  const display = (file) => {
    const rel = toPosix(relative2(repoRoot, file));
    return rel === "" ? "." : rel.startsWith("..") ? toPosix(file) : rel;
  };
  const running = tryExecFile(command.program, args, { timeoutMs, maxBuffer: MAX_OUTPUT_BYTES });
  options.onStarted?.();
  const result = await running.catch(async (error) => {
    if (!(error instanceof ExecError) || !(error.timedOut || /printed more than/.test(error.message))) throw error;
    const inRepo = options.copyRoot ? join3(repoRoot, relative2(options.copyRoot, dir)) : dir;
    throw new RenderError(
      error.timedOut ? await timeoutMessage(command, dir, display(inRepo), options) : `${command.display} build printed more than ${MAX_OUTPUT_BYTES} bytes`,
      display(join3(inRepo, "kustomization.yaml"))
    );
  });
  if (result.exitCode === 0) return result.stdout;
  const { explainKustomizeFailure } = await import("./kustomize-errors-OLR62PUN.js");
  const failure = await explainKustomizeFailure(result.stderr || result.stdout, {
    buildDir: dir,
    repoRoot,
    copyRoot: options.copyRoot
  });
  throw new RenderError(
    failure.message || `${command.display} build failed (exit ${result.exitCode})`,
    failure.file ? display(failure.file) : void 0,
    failure.line
  );
}
async function timeoutMessage(command, dir, shown, options) {
  const seconds = (options.timeoutMs ?? 6e4) / 1e3;
  const what = options.environment ? `environment ${options.environment} (${shown})` : shown;
  let size = "";
  try {
    let kustomizations = 1;
    let files = 0;
    let bytes = 0;
    for await (const ref of walkKustomization(dir)) {
      if (ref.kind === "kustomization") kustomizations++;
      else if (ref.kind === "file" && ref.path) {
        files++;
        bytes += (await stat(ref.path)).size;
      }
    }
    size = `; it reads ${files} files (${(bytes / 1024).toFixed(0)} KiB) through ${kustomizations} kustomizations`;
  } catch {
  }
  return `${command.display} build of ${what} timed out after ${seconds} s${size}. Raise render.timeoutSeconds in slipway.yaml (now ${seconds}) or split the overlay`;
}
async function onPath(program) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      await access(join3(dir, program), constants.X_OK);
      return true;
    } catch {
    }
  }
  return false;
}

// src/render/preflight.ts
import { readFileSync as readFileSync2, realpathSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join4, relative as relative3, resolve, sep } from "node:path";
var YAML_KEYS = /^(resources|bases|components|crds|configurations|patchesStrategicMerge|generators|transformers|validators|openapi\.path|(patches|patchesJson6902|replacements)\[\]\.path|helmCharts\[\]\.(valuesFile|additionalValuesFiles))$/;
var ENV_KEYS = /^(configMapGenerator|secretGenerator)\[\]\.envs?$/;
async function preflightKustomize(root, options) {
  const repo = resolve(options.repoRoot);
  const repoReal = realpathSync.native(repo);
  const rel = (path) => {
    const r = toPosix(relative3(repo, path));
    return r === "" ? "." : r.startsWith("..") ? toPosix(path) : r;
  };
  const start = resolve(root);
  const paths = new LocalPaths();
  const bounded = isInside(repo, start) && isInside(repoReal, paths.realpath(start) ?? start);
  const warnings = [];
  const scanned = /* @__PURE__ */ new Set();
  const checkPath = async (holder, where, value, path, remote) => {
    if (/^file:/i.test(value))
      throw new RenderError(
        `${where} is a file:// URL: a kustomization may only refer to paths inside the repository`,
        rel(holder)
      );
    if (remote)
      throw new RenderError(
        `${where} is ${REMOTE_WHAT[remote]}; Slipway renders only what is in the repository (a pull request must not choose what is fetched): vendor it into the repository and refer to it by a relative path`,
        rel(holder),
        // Imported for this error only (issue 13: it loads the `yaml` package).
        await (await import("./kustomize-errors-OLR62PUN.js")).entryLine(holder, value)
      );
    if (!bounded) return;
    if (isAbsolute2(value))
      throw new RenderError(
        `${where} is an absolute path: a kustomization may only refer to paths inside the repository`,
        rel(holder)
      );
    if (!path) return;
    if (!isInside(repo, path)) throw new RenderError(`${where} is outside the repository`, rel(holder));
    const real = paths.realpath(path);
    if (real && !isInside(repoReal, real))
      throw new RenderError(`${where} leads outside the repository through a symlink`, rel(holder));
    const name = paths.stat(path)?.isDirectory() ? await findKustomizationFile(path) : void 0;
    const kustomization = name ? paths.realpath(join4(path, name)) : void 0;
    if (name && kustomization && !isInside(repoReal, kustomization))
      throw new RenderError(
        `${where === "" ? "" : `${where}: its `}${name} leads outside the repository through a symlink`,
        rel(where === "" ? join4(path, name) : holder)
      );
  };
  const onKustomization = (file, data) => {
    for (const inline of inlinePatches(data)) checkYamlText(inline.text, rel(file), inline.key);
    const literal = badLiteral(data);
    if (literal)
      throw new RenderError(
        `${literal}: literal sources ${SECRET_CONTENT_REMOVED}: invalid literal source, expected key=value (the entry is not shown: it may hold a Secret value)`,
        rel(file)
      );
  };
  const check = async (ref) => {
    await checkPath(ref.from, `${ref.key} entry ${JSON.stringify(ref.value)}`, ref.value, ref.path, ref.remote);
    if (ref.kind !== "file" || !ref.path || scanned.has(ref.path)) return;
    scanned.add(ref.path);
    if (ENV_KEYS.test(ref.key))
      warnings.push(...await checkEnvFile(ref.path, rel(ref.path), ref.key.startsWith("secret")));
    else if (YAML_KEYS.test(ref.key)) {
      const text = readBounded(paths, ref.path, rel(ref.path));
      if (text !== void 0) checkYamlText(text, rel(ref.path));
    } else readBounded(paths, ref.path, rel(ref.path), false);
  };
  const walk = async (dir) => {
    try {
      for await (const ref of walkKustomization(dir, { boundary: repo, onKustomization })) await check(ref);
    } catch (error) {
      if (error instanceof YamlLimitError)
        throw new RenderError(
          error.message.slice(error.file ? error.file.length + 2 : 0),
          error.file ? rel(resolve(error.file)) : void 0
        );
      if (error instanceof ConfigError) return;
      throw error;
    }
  };
  const components = options.components;
  for (const [index, entry] of components?.entries.entries() ?? []) {
    const holder = resolve(repo, components.file);
    const remote = remoteKind("components", entry);
    const path = remote || isAbsolute2(entry) ? void 0 : resolve(start, entry);
    await checkPath(
      holder,
      `spec.source.kustomize.components[${index}] entry ${JSON.stringify(entry)}`,
      entry,
      path,
      remote
    );
    if (path && await findKustomizationFile(path)) await walk(path);
  }
  await checkPath(start, "", ".", start);
  await walk(start);
  return warnings;
}
var REMOTE_WHAT = {
  http: "a remote file (Kustomize would download it over HTTP)",
  git: "a remote base (Kustomize would clone it with git)",
  oci: "a remote base (Kustomize would pull it from an OCI registry)"
};
function inlinePatches(k) {
  const out = [];
  for (const field of ["patches", "patchesJson6902"]) {
    ;
    (Array.isArray(k[field]) ? k[field] : []).forEach((entry, i) => {
      const patch = entry?.patch;
      if (typeof patch === "string") out.push({ key: `${field}[${i}].patch`, text: patch });
    });
  }
  ;
  (Array.isArray(k.patchesStrategicMerge) ? k.patchesStrategicMerge : []).forEach((entry, i) => {
    if (typeof entry === "string" && entry.includes("\n")) out.push({ key: `patchesStrategicMerge[${i}]`, text: entry });
  });
  return out;
}
function badLiteral(k) {
  for (const field of ["secretGenerator", "configMapGenerator"]) {
    const generators = Array.isArray(k[field]) ? k[field] : [];
    for (const [i, generator] of generators.entries()) {
      const literals = generator?.literals;
      if (!Array.isArray(literals)) continue;
      for (const [j, literal] of literals.entries()) {
        if (typeof literal === "string" && literal.indexOf("=") <= 0) return `${field}[${i}].literals[${j}]`;
      }
    }
  }
  return void 0;
}
function checkYamlText(text, file, key) {
  if (!text.includes("&")) return;
  const refused = parseYamlStream(text, file).errors.find((error) => error.limit);
  if (!refused) return;
  const message = refused.message.replace(/^YAML: /, "");
  throw new RenderError(key ? `${key}: ${message}` : message, file, key ? void 0 : refused.line);
}
function readBounded(paths, path, display, text = true) {
  const info = paths.stat(path);
  if (!info?.isFile()) return void 0;
  checkInputSize(info.size, display);
  if (!text) return void 0;
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
}
var VALID_KEY = /^[-._a-zA-Z0-9]+$/;
async function checkEnvFile(path, display, secret) {
  const bytes = await readInputFile(path, display, null);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const warnings = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    let text;
    try {
      text = decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new RenderError(
        `line ${line} is not valid UTF-8; Kustomize would print the line${secret ? ", which holds a Secret value" : ""} (it is not shown here)`,
        display,
        line
      );
    }
    start = end + 1;
    const trimmed = text.replace(/\r$/, "").replace(/^\s+/, "").replace(/^\uFEFF/, "");
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const key = trimmed.includes("=") ? trimmed.slice(0, trimmed.indexOf("=")) : trimmed;
    if (VALID_KEY.test(key)) continue;
    const typo = /^[-._a-zA-Z0-9]+\s*:/.test(trimmed);
    warnings.push({
      file: display,
      line,
      message: typo ? `line ${line} looks like "KEY: value"; env files take KEY=VALUE, so the whole line becomes the key name${secret ? " and the Secret value is exposed as a key" : ""} (the line is not shown)` : `line ${line}: the key is not a valid ${secret ? "Secret" : "ConfigMap"} key (letters, digits, "-", "_", "."); the line is not shown`
    });
  }
  return warnings;
}
function isInside(root, path) {
  const r = relative3(root, path);
  return r === "" || !r.startsWith(`..${sep}`) && r !== ".." && !isAbsolute2(r);
}

// src/render/index.ts
async function discoverEnvironments(options) {
  const config = options.config ?? {};
  const versionFor = (name) => kubernetesVersionFor(config, name, options.kubernetesVersion);
  const discovery = { environments: [], skipped: [], projects: [], applications: [], definitions: [] };
  if (options.paths?.length) {
    const cwd = options.cwd ?? options.repoRoot;
    for (const given of options.paths) {
      const absolute = resolve2(cwd, given);
      const found = await environmentsAtPath(absolute);
      if (found.length === 0)
        throw new UsageError(
          `nothing to render at ${given}: no Kustomize root (kind: Component folders are not buildable on their own) and no YAML files`
        );
      for (const root of found) {
        const path = displayPath2(options.repoRoot, root.path);
        discovery.environments.push({ name: path, path, type: root.type, kubernetesVersion: versionFor(path) });
      }
    }
  } else {
    const argo = await discoverApplications(options.repoRoot, {
      paths: config.argocd?.paths,
      repoURLs: config.argocd?.repoURLs
    });
    discovery.projects = argo.projects;
    discovery.applications = argo.applications;
    discovery.definitions = argo.definitions;
    for (const app of argo.applications) {
      if (app.skipReason || app.path === void 0) {
        discovery.skipped.push({
          severity: "warning",
          rule: "argocd-app-not-rendered",
          message: `Application ${app.info.name} is not rendered: ${app.skipReason ?? "no source path"}`,
          environment: app.info.name,
          file: app.info.file,
          resource: {
            apiVersion: "argoproj.io/v1alpha1",
            kind: "Application",
            name: app.info.name,
            ...app.info.namespace ? { namespace: app.info.namespace } : {}
          }
        });
        continue;
      }
      await mergeArgocdSourceFiles(options.repoRoot, app);
      const isKustomize = await findKustomizationFile(join5(options.repoRoot, app.path)) !== void 0;
      const environment = {
        name: app.info.name,
        path: app.path,
        type: isKustomize ? "argocd-application" : "yaml",
        kubernetesVersion: versionFor(app.info.name),
        application: app.info
      };
      if (app.kustomize) environment.kustomize = app.kustomize;
      if (!isKustomize) environment.directory = app.directory ?? {};
      discovery.environments.push(environment);
    }
    for (const [name, settings] of Object.entries(config.environments ?? {})) {
      if (!settings.path || discovery.environments.some((env) => env.name === name)) continue;
      const isKustomize = await findKustomizationFile(join5(options.repoRoot, settings.path)) !== void 0;
      discovery.environments.push({
        name,
        path: settings.path,
        type: isKustomize ? "kustomize" : "yaml",
        kubernetesVersion: versionFor(name)
      });
    }
    if (discovery.environments.length === 0 && argo.applications.length === 0) {
      const overlays = join5(options.repoRoot, "manifests", "overlays");
      const start = await exists(overlays) ? overlays : options.repoRoot;
      for (const found of await environmentsAtPath(start)) {
        if (found.type !== "kustomize") continue;
        const path = displayPath2(options.repoRoot, found.path);
        const name = start === overlays ? path.split("/").pop() ?? path : path;
        discovery.environments.push({ name, path, type: "kustomize", kubernetesVersion: versionFor(name) });
      }
    }
  }
  if (options.environments?.length) discovery.environments = selectEnvironments(discovery, options.environments);
  return discovery;
}
function selectEnvironments(discovery, names) {
  if (names.length === 0) return discovery.environments;
  const known = new Set(discovery.environments.map((env) => env.name));
  for (const name of names) {
    if (known.has(name)) continue;
    const skipped = discovery.skipped.find((finding) => finding.environment === name);
    if (skipped) throw new UsageError(`environment "${name}" cannot be rendered: ${skipped.message}`);
  }
  const unknown = [...new Set(names.filter((name) => !known.has(name)))];
  if (unknown.length > 0)
    throw new UsageError(
      `unknown environment ${unknown.map((name) => JSON.stringify(name)).join(", ")}; known: ${[...known].join(", ") || "(none)"}`
    );
  return discovery.environments.filter((env) => names.includes(env.name));
}
async function renderEnvironments(options) {
  const { environments } = await discoverEnvironments(options);
  return renderDiscovered(environments, options);
}
async function renderDiscovered(environments, options) {
  const needsKustomize = environments.some((env) => env.type !== "yaml");
  const command = needsKustomize ? await resolveKustomize(options.kustomizeCommand ?? options.config?.render?.kustomize ?? process.env.KUSTOMIZE) : void 0;
  const limit = Math.max(1, options.concurrency ?? options.config?.render?.concurrency ?? availableParallelism());
  const results = new Array(environments.length);
  let next = 0;
  const worker = async (underway) => {
    let held;
    const release = () => {
      const result = held;
      held = void 0;
      if (result) options.onRendered?.(result);
    };
    const perBuild = {
      ...options,
      onBuildStarted: () => {
        options.onBuildStarted?.();
        underway();
        release();
      }
    };
    while (next < environments.length) {
      const index = next++;
      const result = await renderEnvironment(environments[index], command, perBuild);
      underway();
      release();
      results[index] = result;
      held = result;
    }
    release();
  };
  const workers = [];
  const count = Math.min(limit, environments.length);
  while (workers.length < count) {
    let underway;
    const started = new Promise((resolve3) => underway = resolve3);
    const running = worker(underway);
    workers.push(running);
    await Promise.race([started, running.catch(noop)]);
  }
  await Promise.all(workers);
  return results;
}
function noop() {
}
async function renderEnvironment(environment, command, options) {
  const started = monotonicMs();
  const findings = [];
  let resources = [];
  const absolute = resolve2(options.repoRoot, environment.path);
  try {
    if (environment.type === "yaml" && environment.kustomize && environment.application) {
      throw new ConfigError(
        `Application ${environment.application.name} sets spec.source.kustomize, but ${environment.path} has no kustomization.yaml: Argo CD fails this build instead of applying the directory as plain YAML`
      );
    }
    if (environment.type === "yaml") {
      const files = (await stat2(absolute)).isDirectory() ? (await directoryFiles(absolute, environment.directory)).map((file) => join5(absolute, file)) : [absolute];
      for (const file of files) {
        const parsed = parseYamlStream(
          await readInputFile(file, displayPath2(options.repoRoot, file)),
          displayPath2(options.repoRoot, file)
        );
        resources.push(...parsed.resources);
        for (const error of parsed.errors)
          findings.push({
            severity: "error",
            rule: "parse",
            message: error.message,
            environment: environment.name,
            file: error.file,
            line: error.line,
            column: error.column
          });
      }
    } else {
      if (!command) throw new UsageError("no Kustomize command");
      resources = await buildKustomize(environment, absolute, command, options, findings);
    }
  } catch (error) {
    const cause = error instanceof RenderError ? error : void 0;
    findings.push({
      severity: "error",
      rule: "render",
      message: `render failed: ${errorMessage(error)}`,
      environment: environment.name,
      file: cause?.file ?? environment.application?.file ?? environment.path,
      ...cause?.line ? { line: cause.line } : {}
    });
    resources = [];
  }
  return { environment, resources, renderMs: Math.round(monotonicMs() - started), findings };
}
async function buildKustomize(environment, absolute, command, options, findings) {
  const timeoutMs = options.timeoutMs ?? (options.config?.render?.timeoutSeconds ? options.config.render.timeoutSeconds * 1e3 : 6e4);
  const buildOptions = {
    timeoutMs,
    enableHelm: options.config?.render?.enableHelm === true,
    repoRoot: options.repoRoot,
    environment: environment.name
  };
  const warnings = await preflightKustomize(absolute, {
    repoRoot: options.repoRoot,
    ...environment.kustomize?.components?.length ? {
      components: {
        file: environment.application?.file ?? environment.path,
        entries: environment.kustomize.components
      }
    } : {}
  });
  for (const warning of warnings)
    findings.push({
      severity: "warning",
      rule: "env-file",
      message: warning.message,
      environment: environment.name,
      file: warning.file,
      ...warning.line ? { line: warning.line } : {}
    });
  let scratch;
  try {
    let buildDir = absolute;
    let originBase = absolute;
    let scratchRepo;
    if (environment.kustomize) {
      scratch = await makeTempDir("render");
      scratchRepo = join5(scratch, "repo");
      await cp(options.repoRoot, scratchRepo, {
        recursive: true,
        filter: (source) => !/(^|[/\\])(\.git|node_modules|dist)$/.test(source)
      });
      buildDir = join5(scratchRepo, relative4(options.repoRoot, absolute));
      originBase = buildDir;
      const { applyKustomizeOverrides } = await import("./overrides-F5ZLDWD7.js");
      await applyKustomizeOverrides(buildDir, environment.kustomize, {
        buildMetadata: options.buildMetadata,
        appName: environment.application?.name,
        buildEnv: buildEnvironment(environment)
      });
    } else if (options.buildMetadata) {
      const { BUILD_METADATA } = await import("./overrides-F5ZLDWD7.js");
      scratch = await makeTempDir("render");
      await writeFile(
        join5(scratch, "kustomization.yaml"),
        yaml.dump({ resources: [toPosix(relative4(scratch, absolute))], buildMetadata: [...BUILD_METADATA] })
      );
      buildDir = scratch;
      originBase = scratch;
    }
    const output = await kustomizeBuild(command, buildDir, {
      ...buildOptions,
      ...scratchRepo ? { copyRoot: scratchRepo } : {},
      ...options.onBuildStarted ? { onStarted: options.onBuildStarted } : {}
    });
    const parsed = parseYamlStream(output);
    for (const error of parsed.errors)
      findings.push({
        severity: "error",
        rule: "parse",
        message: `kustomize output: ${error.message}`,
        environment: environment.name
      });
    const toRepo = (path) => {
      const full = resolve2(originBase, path);
      const inRepo = scratchRepo && full.startsWith(scratchRepo) ? join5(options.repoRoot, relative4(scratchRepo, full)) : full;
      return displayPath2(options.repoRoot, inRepo);
    };
    for (const resource of parsed.resources) {
      resource.file = environment.path;
      if (options.buildMetadata) resource.origin = takeOrigin(resource.object, toRepo);
    }
    return parsed.resources;
  } finally {
    if (scratch) await removeTempDir(scratch);
  }
}
function buildEnvironment(environment) {
  const app = environment.application;
  const env = { KUBE_VERSION: `${environment.kubernetesVersion}.0` };
  if (!app) return env;
  env.ARGOCD_APP_NAME = app.name;
  env.ARGOCD_APP_NAMESPACE = app.destination.namespace ?? "";
  env.ARGOCD_APP_PROJECT_NAME = app.project;
  env.ARGOCD_APP_SOURCE_PATH = environment.path;
  env.ARGOCD_APP_SOURCE_REPO_URL = app.repoURL ?? "";
  env.ARGOCD_APP_SOURCE_TARGET_REVISION = app.targetRevision ?? "";
  env.ARGOCD_APP_REVISION = app.targetRevision ?? "";
  if (/^[0-9a-f]{40}$/i.test(app.targetRevision ?? "")) {
    env.ARGOCD_APP_REVISION_SHORT = app.targetRevision.slice(0, 7);
    env.ARGOCD_APP_REVISION_SHORT_8 = app.targetRevision.slice(0, 8);
  }
  return env;
}
var ORIGIN = "config.kubernetes.io/origin";
var TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
function takeOrigin(object, toRepo) {
  const origin = { transformations: [] };
  const annotations = object.metadata?.annotations;
  if (!annotations) return origin;
  const rawOrigin = annotations[ORIGIN];
  const rawTransformations = annotations[TRANSFORMATIONS];
  delete annotations[ORIGIN];
  delete annotations[TRANSFORMATIONS];
  if (Object.keys(annotations).length === 0 && object.metadata) delete object.metadata.annotations;
  try {
    const parsed = rawOrigin ? yaml.load(rawOrigin) : void 0;
    if (parsed?.path) origin.path = parsed.repo ? parsed.path : toRepo(parsed.path);
    if (parsed?.configuredIn) origin.configuredIn = toRepo(parsed.configuredIn);
    if (parsed?.configuredBy?.kind) origin.configuredBy = parsed.configuredBy.kind;
    if (parsed?.repo) origin.repo = parsed.repo;
    const transformations = rawTransformations ? yaml.load(rawTransformations) : [];
    for (const step of transformations ?? [])
      if (step.configuredIn)
        origin.transformations.push({ configuredIn: toRepo(step.configuredIn), kind: step.configuredBy?.kind ?? "" });
  } catch {
  }
  return origin;
}
async function directoryFiles(dir, settings) {
  const files = await listFiles(dir, dir, isManifestFile);
  if (!settings) return files;
  const { include, exclude } = settings;
  const listed = files.filter((file) => settings.recurse || !file.includes("/"));
  if (!include && !exclude) return listed;
  const { minimatch } = await import("./esm-CZ33VAF5.js");
  return listed.filter((file) => !include || minimatch(file, include, { matchBase: !include.includes("/") })).filter((file) => !exclude || !minimatch(file, exclude, { matchBase: !exclude.includes("/") }));
}
async function environmentsAtPath(absolute) {
  let info;
  try {
    info = await stat2(absolute);
  } catch {
    throw new UsageError(`path not found: ${absolute}`);
  }
  if (!info.isDirectory()) return [{ path: absolute, type: "yaml" }];
  const own = await kustomizationKind(absolute);
  if (own === "Kustomization") return [{ path: absolute, type: "kustomize" }];
  if (own === "Component") return [];
  const files = await listFiles(absolute);
  const roots = /* @__PURE__ */ new Set();
  for (const file of files) {
    const name = file.split("/").pop() ?? "";
    if (name !== "kustomization.yaml" && name !== "kustomization.yml" && name !== "Kustomization") continue;
    const dir = join5(absolute, dirname(file));
    if (await kustomizationKind(dir) === "Kustomization") roots.add(dir);
  }
  if (roots.size > 0) return [...roots].sort().map((path) => ({ path, type: "kustomize" }));
  return files.some(isManifestFile) ? [{ path: absolute, type: "yaml" }] : [];
}
async function kustomizationKind(dir) {
  const name = await findKustomizationFile(dir);
  if (!name) return void 0;
  try {
    const content = yaml.load(await readFile3(join5(dir, name), "utf8"), { schema: yaml.CORE_SCHEMA });
    return content?.kind === "Component" ? "Component" : "Kustomization";
  } catch {
    return "Kustomization";
  }
}
async function exists(path) {
  try {
    await stat2(path);
    return true;
  } catch {
    return false;
  }
}
function displayPath2(repoRoot, path) {
  const rel = toPosix(relative4(repoRoot, path));
  return rel === "" ? "." : isAbsolute3(rel) ? toPosix(path) : rel;
}

export {
  kubernetesVersionFor,
  isProductionEnvironment,
  loadConfig,
  monotonicMs,
  discoverEnvironments,
  renderEnvironments,
  renderDiscovered
};
//# sourceMappingURL=chunk-HI2CB3BG.js.map
