import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  formatLocation
} from "./chunk-FLTQMEEW.js";
import {
  findRepoRoot
} from "./chunk-TJ7Q3D6Q.js";
import {
  discoverEnvironments,
  loadConfig,
  renderDiscovered
} from "./chunk-HI2CB3BG.js";
import {
  action
} from "./chunk-LR7QPOOY.js";
import "./chunk-WVJIADMF.js";
import "./chunk-LDDIOIKT.js";
import "./chunk-I5JGUYUF.js";
import "./chunk-VI375W5W.js";
import "./chunk-YGF2LCPS.js";
import {
  redactSecret
} from "./chunk-ILDUC7BX.js";
import "./chunk-PEXW4HFU.js";
import "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-GZHCTZ73.js";
import {
  yaml
} from "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-6JA5DT7B.js";
import {
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/render.ts
import { resolve as resolve2 } from "node:path";

// src/render/output.ts
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
async function renderManifests(options) {
  const config = await loadConfig(options.repoRoot, options.configFile);
  const renderOptions = { ...options, config, buildMetadata: false };
  const discovery = await discoverEnvironments(renderOptions);
  if (discovery.environments.length === 0)
    throw new UsageError(
      "nothing to render: no environment found (no Argo CD Application or ApplicationSet, no environments.<name>.path in slipway.yaml, no Kustomize root under manifests/overlays/)"
    );
  const results = await renderDiscovered(discovery.environments, renderOptions);
  const errors = [];
  const warnings = options.environments?.length ? [] : [...discovery.skipped];
  for (const result of results) {
    for (const finding of result.findings) (finding.severity === "error" ? errors : warnings).push(finding);
    if (result.resources.length === 0 && !result.findings.some((finding) => finding.severity === "error"))
      warnings.push({
        severity: "warning",
        rule: "render",
        message: "rendered no resources",
        environment: result.environment.name,
        file: result.environment.path
      });
  }
  if (errors.length > 0) return { environments: [], errors, warnings };
  return {
    environments: results.map((result) => ({
      environment: result.environment,
      yaml: formatYamlStream(result.resources, { showSecrets: options.showSecrets === true }),
      resources: result.resources.length
    })),
    errors,
    warnings
  };
}
function formatYamlStream(resources, options) {
  return resources.map((resource) => dumpObject(options.showSecrets ? resource.object : redactSecret(resource.object))).join("---\n");
}
function dumpObject(object) {
  return yaml.dump(object, { lineWidth: -1, noRefs: true, sortKeys: false, quotingType: '"', noArrayIndent: true });
}
function formatEnvironmentStreams(rendered) {
  return rendered.map((env) => `---
# Source: environment ${env.environment.name}
${env.yaml}`).join("");
}
var FILE_SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,249}$/;
function environmentFileName(name) {
  if (!FILE_SAFE_NAME.test(name))
    throw new UsageError(
      `environment ${JSON.stringify(name)} cannot be written to a file: its name must be letters, digits, ".", "_" and "-", starting with a letter or digit (at most 250 characters)`
    );
  return `${name}.yaml`;
}
async function writeEnvironmentFiles(dir, rendered) {
  const root = resolve(dir);
  const targets = [];
  const seen = /* @__PURE__ */ new Map();
  for (const env of rendered) {
    const name = environmentFileName(env.environment.name);
    const other = seen.get(name.toLowerCase());
    if (other !== void 0)
      throw new UsageError(
        `environments "${other}" and "${env.environment.name}" would be written to the same file (names that differ only in case)`
      );
    seen.set(name.toLowerCase(), env.environment.name);
    const file = join(root, name);
    if (dirname(file) !== root) throw new UsageError(`refusing to write outside ${dir}: ${file}`);
    targets.push({ file, yaml: env.yaml });
  }
  const cannotWrite = (error) => {
    const code = error.code;
    const reason = code === "ENOTDIR" || code === "EEXIST" ? "not a directory" : code === "EACCES" ? "permission denied" : errorMessage(error);
    return new UsageError(`cannot write --output ${dir}: ${reason}`);
  };
  await mkdir(root, { recursive: true }).catch((error) => {
    throw cannotWrite(error);
  });
  if (!(await stat(root)).isDirectory()) throw cannotWrite(Object.assign(new Error(), { code: "ENOTDIR" }));
  const temporaries = [];
  try {
    for (const target of targets) {
      const temporary = join(root, `.${randomBytes(6).toString("hex")}.slipway-render.tmp`);
      temporaries.push(temporary);
      await writeFile(temporary, target.yaml, { flag: "wx" });
    }
    for (const [index, target] of targets.entries()) await rename(temporaries[index], target.file);
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => rm(temporary, { force: true })));
    throw cannotWrite(error);
  }
  return targets.map((target) => target.file);
}

// src/cli/render.ts
var registerRenderCommand = (program, context) => {
  program.command("render").description(
    'Print what Argo CD would apply for each environment (YAML streams, "# Source: environment NAME" before each). Secret values are redacted unless --show-secrets.'
  ).argument("[env...]", "environments to render (default: every environment)").option("-c, --config <file>", "slipway.yaml to use (default: the repository root's)").option("--output <dir>", "write DIR/<env>.yaml per environment (atomically) instead of printing").option("--show-secrets", "print Secret data/stringData values as Argo CD would apply them").option("-k, --kubernetes-version <X.Y>", "target Kubernetes version for every environment ($KUBE_VERSION)").option(
    "--kustomize <program>",
    'kustomize binary, or "kubectl kustomize" (default: $KUSTOMIZE, kustomize on PATH, kubectl kustomize)'
  ).action(
    action(context, async (environments, flags) => {
      const rendered = await renderManifests({
        repoRoot: await findRepoRoot(context.cwd),
        environments,
        showSecrets: flags.showSecrets === true,
        ...flags.config ? { configFile: resolve2(context.cwd, flags.config) } : {},
        ...flags.kubernetesVersion ? { kubernetesVersion: flags.kubernetesVersion } : {},
        ...flags.kustomize ? { kustomizeCommand: flags.kustomize } : {}
      });
      for (const finding of [...rendered.warnings, ...rendered.errors])
        context.stderr.write(`slipway: ${describe(finding)}
`);
      if (rendered.errors.length > 0) return 1;
      if (flags.output) {
        const files = await writeEnvironmentFiles(resolve2(context.cwd, flags.output), rendered.environments);
        for (const file of files) context.stderr.write(`wrote ${file}
`);
      } else context.stdout.write(formatEnvironmentStreams(rendered.environments));
      return 0;
    })
  );
};
function describe(finding) {
  const location = formatLocation(finding);
  const where = location ? `${location}: ` : "";
  const env = finding.environment ? `${finding.environment}: ` : "";
  return `${where}${env}${finding.severity === "warning" ? "warning: " : ""}${finding.message}`;
}
export {
  registerRenderCommand
};
//# sourceMappingURL=render-VYH3J5WG.js.map
