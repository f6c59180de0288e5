import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  assignShards,
  countBySeverity,
  sortFindings,
  stableHash
} from "./chunk-POLLFBIY.js";
import {
  discoverEnvironments,
  isProductionEnvironment,
  kubernetesVersionFor,
  loadConfig,
  monotonicMs,
  renderDiscovered
} from "./chunk-HI2CB3BG.js";
import {
  findKustomizationFile
} from "./chunk-UDUT55WC.js";
import {
  parseYamlStream
} from "./chunk-XRJQ2ZGK.js";
import {
  refKey
} from "./chunk-6JA5DT7B.js";

// src/validation/validate.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
var STDIN_FILE = "<stdin>";
async function validate(options) {
  const started = monotonicMs();
  const config = options.config ?? await loadConfig(options.repoRoot, options.configFile);
  const renderOptions = { ...options, config, buildMetadata: false, onRendered: void 0 };
  const stdinOnly = options.stdin !== void 0 && !options.paths?.length;
  const discovery = stdinOnly ? { environments: [], skipped: [], projects: [], applications: [], definitions: [] } : await discoverEnvironments(renderOptions);
  const definitionsName = definitionsEnvironmentName(discovery);
  const shard = options.shard && shardOf(discovery, options.shard, options.shardWeights, definitionsName);
  let done = 0;
  const total = discovery.environments.length;
  let buildStarted;
  const firstBuild = new Promise((resolve) => buildStarted = resolve);
  let renderingEnded;
  const renderingEnd = new Promise((resolve) => renderingEnded = resolve);
  const loading = (async () => {
    await Promise.race([firstBuild, renderingEnd]);
    return validationStage(options, config);
  })();
  const validated = /* @__PURE__ */ new Map();
  let validating = loading;
  const enqueue = (result) => {
    validating = validating.then(async () => validated.set(result, await (await loading).validateResult(result)));
    validating.catch(noop);
  };
  const rendering = renderDiscovered(discovery.environments, {
    ...renderOptions,
    onBuildStarted: () => buildStarted(),
    onRendered: (result) => {
      options.onRendered?.(result, { done: ++done, total });
      enqueue(result);
    }
  }).finally(() => renderingEnded());
  const [stage, rendered] = await Promise.all([loading, rendering]);
  const results = [...rendered];
  if (discovery.definitions.length > 0 && (!shard || shard.definitions))
    results.push(argoCdDefinitions(discovery, config, options.kubernetesVersion, definitionsName));
  if (options.stdin !== void 0)
    results.push(stdinEnvironment(options.stdin, results, config, options.kubernetesVersion));
  for (const result of results.slice(rendered.length)) enqueue(result);
  await validating;
  const findings = [...discovery.skipped];
  const environments = [];
  for (const result of results) {
    const outcome = validated.get(result);
    findings.push(...result.findings, ...outcome.findings);
    environments.push(outcome.summary);
  }
  findings.push(...stage.locationFindings());
  findings.push(
    ...stage.modules.runChecks(
      { repoRoot: options.repoRoot, results, projects: discovery.projects.map((project) => project.object) },
      { overrides: config.checks?.overrides }
    )
  );
  const notes = [];
  const inMemory = options.stdin !== void 0 ? /* @__PURE__ */ new Map([[STDIN_FILE, options.stdin]]) : void 0;
  if (options.locate !== false) {
    const located = await withOrigins(results, findings, renderOptions, stage.modules);
    notes.push(...located.notes);
    await stage.modules.locateFindings(findings, located.results, options.repoRoot, inMemory);
    notes.push(...await markUnlocated(findings, results, options.repoRoot));
  }
  sortFindings(findings);
  const { errors, warnings } = countBySeverity(findings);
  return {
    summary: {
      environments: environments.length,
      resources: environments.reduce((sum, env) => sum + env.resources, 0),
      errors,
      warnings,
      durationMs: Math.round(monotonicMs() - started)
    },
    environments,
    findings,
    ...notes.length > 0 ? { notes } : {},
    ...shard ? { shard: shard.info } : {}
  };
}
async function loadValidationModules() {
  const [schemas, checks, deprecations, policies, locate, origin] = await Promise.all([
    import("./schemas-DO4MYF7K.js"),
    import("./checks-WGQW6UFE.js"),
    import("./deprecations-AHLNWVUQ.js"),
    import("./policies-FVUH24T3.js"),
    import("./locate-QUUKTCTV.js"),
    import("./origin-index-O5UEHEMF.js")
  ]);
  return { ...schemas, ...checks, ...deprecations, ...policies, ...locate, ...origin };
}
async function validationStage(options, config) {
  const modules = await loadValidationModules();
  const policies = [];
  for (const dir of config.policies?.paths ?? ["policies"])
    policies.push(...await modules.loadPolicies(join(options.repoRoot, dir)).catch(ignoreMissingDir));
  modules.checkOverrideIds(
    policies,
    modules.checkRuleIds(),
    config,
    config.file ? relative(options.repoRoot, config.file) : "slipway.yaml"
  );
  const configuredAt = await schemaLocationLines(config, options.repoRoot);
  const validators = /* @__PURE__ */ new Map();
  const validatorFor = (kubernetesVersion) => {
    let validator = validators.get(kubernetesVersion);
    if (!validator) {
      validator = modules.createSchemaValidator({
        kubernetesVersion,
        locations: [
          ...options.schemaLocations ?? [],
          ...(config.schemaLocations ?? []).map((location) => fromRepoRoot(options.repoRoot, location))
        ],
        cwd: options.cwd ?? options.repoRoot,
        cacheDir: options.cacheDir,
        strict: config.strict ?? true,
        missingSchema: config.missingSchema ?? "warning",
        unreachableLocation: config.unreachableSchemaLocation ?? "error",
        whereConfigured: configuredAt
      });
      validators.set(kubernetesVersion, validator);
    }
    return validator;
  };
  return {
    modules,
    async validateResult(result) {
      const { environment } = result;
      const findings = [];
      const validator = validatorFor(environment.kubernetesVersion);
      const schemaSources = {};
      const customResources = modules.customResourceSchemas(result.resources);
      for (const resource of result.resources) {
        const outcome = await validator.validate(resource, customResources);
        schemaSources[outcome.source] = (schemaSources[outcome.source] ?? 0) + 1;
        for (const finding of outcome.findings)
          findings.push({ ...finding, environment: environment.name, resource: finding.resource ?? resource.ref });
      }
      findings.push(
        ...modules.checkApiVersions(
          result.resources,
          environment.kubernetesVersion,
          environment.name,
          config.checks?.overrides
        )
      );
      const vars = { ...config.vars, ...config.environments?.[environment.name]?.vars };
      const production = isProductionEnvironment(config, environment.name);
      findings.push(
        ...modules.evaluatePolicies(policies, result.resources, {
          environment: environment.name,
          vars,
          overrides: config.policies?.overrides,
          production
        })
      );
      const summary = {
        name: environment.name,
        path: environment.path,
        resources: result.resources.length,
        renderMs: result.renderMs,
        kubernetesVersion: environment.kubernetesVersion,
        schemaSources
      };
      return { findings, summary };
    },
    locationFindings() {
      const unreachable = /* @__PURE__ */ new Map();
      for (const validator of validators.values())
        for (const finding of validator.locationFindings())
          if (!unreachable.has(finding.message)) unreachable.set(finding.message, finding);
      return [...unreachable.values()];
    }
  };
}
function shardOf(discovery, shard, weights, definitionsName) {
  const definitions = discovery.definitions.length > 0 ? [definitionsName] : [];
  const order = [...discovery.environments.map((env) => env.name), ...definitions];
  const assignment = assignShards(order, shard.count, weights);
  const mine = (name) => (assignment.get(name) ?? stableHash(name) % shard.count + 1) === shard.index;
  discovery.environments = discovery.environments.filter((env) => mine(env.name));
  discovery.skipped = discovery.skipped.filter((finding) => mine(finding.environment ?? ""));
  return { info: { ...shard, order }, definitions: definitions.length > 0 && mine(definitions[0]) };
}
async function withOrigins(results, findings, options, { buildOriginIndex, createOriginIndexCache }) {
  const wanted = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.resource || finding.line !== void 0 || !finding.environment) continue;
    const keys = wanted.get(finding.environment) ?? /* @__PURE__ */ new Set();
    keys.add(refKey(finding.resource));
    wanted.set(finding.environment, keys);
  }
  const cache = createOriginIndexCache();
  const undecided = /* @__PURE__ */ new Map();
  for (const result of results) {
    const keys = wanted.get(result.environment.name);
    if (!keys || result.environment.type === "yaml" || result.resources.length === 0) continue;
    const index = await buildOriginIndex(options.repoRoot, result.environment, cache);
    let count = 0;
    for (const resource of result.resources) {
      if (!keys.has(refKey(resource.ref))) continue;
      const origin = index.originOf(resource);
      if (origin) resource.origin = origin;
      else count++;
    }
    if (count > 0) undecided.set(result.environment.name, { count, gaps: index.gaps });
  }
  if (undecided.size === 0) return { results, notes: [] };
  const again = results.filter((result) => undecided.has(result.environment.name));
  const rerendered = await renderDiscovered(
    again.map((result) => result.environment),
    { ...options, buildMetadata: true, onRendered: void 0 }
  );
  const notes = [];
  const byName = /* @__PURE__ */ new Map();
  for (const result of rerendered) {
    const { count, gaps } = undecided.get(result.environment.name);
    const why = gaps.length > 0 ? ` (${gaps.slice(0, 3).join("; ")})` : "";
    const failed = result.findings.find((finding) => finding.rule === "render");
    if (failed) {
      notes.push(
        `${result.environment.name}: ${plural(count, "resource")} with findings not in the static origin index${why}, and the build with origin annotations failed: ${failed.message}`
      );
      continue;
    }
    notes.push(
      `${result.environment.name}: ${plural(count, "resource")} with findings not in the static origin index${why}; located with a second build with origin annotations`
    );
    byName.set(result.environment.name, result);
  }
  return { results: results.map((result) => byName.get(result.environment.name) ?? result), notes };
}
async function markUnlocated(findings, results, repoRoot) {
  const environments = new Map(results.map((result) => [result.environment.name, result.environment]));
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.line !== void 0 || !finding.resource || !finding.environment) continue;
    const environment = environments.get(finding.environment);
    if (!environment || environment.type === "yaml") continue;
    if (!finding.file || finding.file === environment.path) {
      const name = await findKustomizationFile(join(repoRoot, environment.path));
      finding.file = environment.application?.file ?? (name ? `${environment.path}/${name}` : environment.path);
    }
    finding.locationApproximate = true;
    counts.set(environment.name, (counts.get(environment.name) ?? 0) + 1);
  }
  return [...counts].map(
    ([name, count]) => `${name}: the source line of ${plural(count, "finding")} could not be determined; they point at ${environments.get(name)?.application ? "the Application" : "the kustomization"}`
  );
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
var ARGOCD_ENVIRONMENT = "argocd";
function definitionsEnvironmentName(discovery) {
  const taken = new Set(discovery.environments.map((env) => env.name));
  return taken.has(ARGOCD_ENVIRONMENT) ? `${ARGOCD_ENVIRONMENT}-definitions` : ARGOCD_ENVIRONMENT;
}
function argoCdDefinitions(discovery, config, kubernetesVersion, name) {
  const dirs = [
    ...new Set(discovery.definitions.map((resource) => (resource.file ?? "").split("/").slice(0, -1).join("/") || "."))
  ];
  const environment = {
    name,
    path: dirs.length === 1 ? dirs[0] : dirs.join(", "),
    type: "yaml",
    kubernetesVersion: kubernetesVersionFor(config, name, kubernetesVersion)
  };
  return { environment, resources: discovery.definitions, renderMs: 0, findings: [] };
}
function stdinEnvironment(text, results, config, kubernetesVersion) {
  const taken = new Set(results.map((result) => result.environment.name));
  const name = taken.has("stdin") ? "<stdin>" : "stdin";
  const environment = {
    name,
    path: "-",
    type: "yaml",
    kubernetesVersion: kubernetesVersionFor(config, name, kubernetesVersion)
  };
  const started = monotonicMs();
  const parsed = parseYamlStream(text, STDIN_FILE);
  const findings = parsed.errors.map((error) => ({
    severity: "error",
    rule: "parse",
    message: error.message,
    environment: name,
    file: error.file ?? STDIN_FILE,
    line: error.line,
    column: error.column
  }));
  return { environment, resources: parsed.resources, renderMs: Math.round(monotonicMs() - started), findings };
}
function ignoreMissingDir(error) {
  if (error.code === "ENOENT") return [];
  throw error;
}
async function schemaLocationLines(config, repoRoot) {
  const entries = config.schemaLocations ?? [];
  if (!config.file || entries.length === 0) return () => void 0;
  const file = relative(repoRoot, config.file);
  const lines = await readFile(config.file, "utf8").then(
    (text) => text.split("\n"),
    () => []
  );
  const byResolved = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const at = lines.findIndex((text) => /^\s*-\s/.test(text) && text.includes(entry));
    byResolved.set(fromRepoRoot(repoRoot, entry), at >= 0 ? { file, line: at + 1 } : { file });
  }
  return (location) => byResolved.get(location);
}
function fromRepoRoot(repoRoot, location) {
  return location === "default" || /^[a-z]+:\/\//i.test(location) || isAbsolute(location) ? location : join(repoRoot, location);
}
function noop() {
}

export {
  validate
};
//# sourceMappingURL=chunk-HH46WBX6.js.map
