import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  compileLazily,
  createAjv
} from "./chunk-OY5CVGVG.js";
import {
  WORKLOAD_KINDS,
  autoscalersByTarget,
  containersOf,
  describeMinimum,
  labelsOf,
  matchesLabelSelector,
  podTemplateOf
} from "./chunk-3EJGTAB6.js";
import "./chunk-XAWRQWTT.js";
import {
  isProductionByName
} from "./chunk-WVJIADMF.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import "./chunk-HF7QP6AL.js";
import "./chunk-GZHCTZ73.js";
import {
  documentToJs
} from "./chunk-XRJQ2ZGK.js";
import {
  checkOverrideIds,
  resolveSeverity
} from "./chunk-DRXQ22C5.js";
import "./chunk-HSIQMUQJ.js";
import {
  escapePointer
} from "./chunk-HYL7XOB6.js";
import {
  splitApiVersion
} from "./chunk-6JA5DT7B.js";
import {
  ConfigError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/validation/policies/builtins.ts
var minReplicasOrHpa = (matched, all, params) => {
  const minimum = typeof params.minimum === "number" ? params.minimum : 3;
  const autoscalers = autoscalersByTarget(all);
  const violations = [];
  for (const resource of matched) {
    const autoscaler = autoscalers.get(`${resource.ref.namespace ?? ""}|${resource.ref.kind}|${resource.ref.name}`);
    if (autoscaler) {
      if (autoscaler.minReplicas < minimum) violations.push({ resource, path: "/spec/replicas", message: `${describeMinimum(autoscaler)} allows ${autoscaler.minReplicas} replica(s); at least ${minimum} are required` });
      continue;
    }
    const replicas = resource.object.spec?.replicas;
    const count = typeof replicas === "number" ? replicas : 1;
    if (count < minimum) {
      const why = typeof replicas === "number" ? `runs ${count} replica(s)` : "sets no spec.replicas (so 1) and no HorizontalPodAutoscaler targets it";
      violations.push({ resource, path: "/spec/replicas", message: `${resource.ref.kind} ${resource.ref.name} ${why}; at least ${minimum} are required (or an HPA with minReplicas \u2265 ${minimum})` });
    }
  }
  return violations;
};
var BUILTINS = {
  "min-replicas-or-hpa": minReplicasOrHpa
};

// src/validation/policies/match.ts
var CORE_VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;
function matchesKind(entry, apiVersion, kind) {
  const parts = entry.split("/");
  if (parts[parts.length - 1] !== kind) return false;
  const { group, version } = splitApiVersion(apiVersion);
  if (parts.length === 1) return true;
  if (parts.length === 2) return CORE_VERSION.test(parts[0]) ? group === "" && version === parts[0] : group === parts[0];
  return group === parts[0] && version === parts[1];
}
function matchesName(patterns, name) {
  return patterns.some((pattern) => pattern.includes("*") ? new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(name) : pattern === name);
}
function matchesEnvironment(patterns, environment) {
  const excluded = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => pattern.slice(1));
  const included = patterns.filter((pattern) => !pattern.startsWith("!"));
  if (excluded.length > 0 && matchesName(excluded, environment)) return false;
  return included.length === 0 || matchesName(included, environment);
}
function policyMatches(policy, resource, environment, production = isProductionByName(environment)) {
  const match = policy.match;
  if (match.production !== void 0 && match.production !== production) return false;
  const kinds = match.kinds ?? (policy.select !== "resource" ? WORKLOAD_KINDS : void 0);
  if (kinds && !kinds.some((entry) => matchesKind(entry, resource.ref.apiVersion, resource.ref.kind))) return false;
  if (match.environments && !matchesEnvironment(match.environments, environment)) return false;
  if (match.namespaces && (resource.ref.namespace === void 0 || !matchesName(match.namespaces, resource.ref.namespace))) return false;
  if (match.labelSelector && !matchesLabelSelector(match.labelSelector, labelsOf(resource.object))) return false;
  return true;
}

// src/validation/policies/policy.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
var selectorSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    matchLabels: { type: "object", additionalProperties: { type: "string" } },
    matchExpressions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["key", "operator"],
        properties: {
          key: { type: "string" },
          operator: { enum: ["In", "NotIn", "Exists", "DoesNotExist"] },
          values: { type: "array", items: { type: "string" } }
        }
      }
    }
  }
};
var policyFileSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "description", "severity"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", errorMessage: "must be lower-case kebab-case, e.g. require-probes" },
    description: { type: "string", minLength: 1 },
    severity: { enum: ["error", "warning"], errorMessage: "must be error or warning" },
    match: {
      type: "object",
      additionalProperties: false,
      properties: {
        kinds: { type: "array", items: { type: "string", pattern: "^([A-Za-z0-9.-]+/){0,2}[A-Z][A-Za-z0-9]*$" }, minItems: 1 },
        environments: { type: "array", items: { type: "string", pattern: "^!?[^!]", errorMessage: "must be an environment name or pattern, optionally prefixed by ! to exclude" }, minItems: 1 },
        production: { type: "boolean" },
        namespaces: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
        labelSelector: selectorSchema
      }
    },
    select: { enum: ["resource", "podSpec", "containers", "mainContainers"], errorMessage: "must be resource, podSpec, containers or mainContainers" },
    schema: { type: "object" },
    builtin: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: { name: { enum: Object.keys(BUILTINS) }, params: { type: "object" } }
    },
    vars: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
      additionalProperties: { type: "object", additionalProperties: false, properties: { description: { type: "string" }, default: {} } }
    },
    remediation: { type: "string" },
    docs: { type: "string" }
  },
  oneOf: [{ required: ["schema"] }, { required: ["builtin"] }],
  errorMessage: { oneOf: 'must have exactly one of "schema" or "builtin"' }
};
var validatePolicyFile = compileLazily(policyFileSchema);
function parsePolicy(text, file) {
  const document = (0, import_yaml.parseDocument)(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    throw new ConfigError(first.message.split("\n")[0].replace(/:$/, ""), file);
  }
  const value = documentToJs(document, file);
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ConfigError("a policy file must be a mapping with id, description, severity, match and schema", file);
  if (!validatePolicyFile(value)) {
    const messages = (validatePolicyFile.errors ?? []).map((error) => {
      const key = error.instancePath.slice(1).replace(/\//g, ".");
      if (error.keyword === "additionalProperties") return `unknown key "${key ? `${key}.` : ""}${error.params.additionalProperty}"`;
      if (error.keyword === "required") return `missing key "${key ? `${key}.` : ""}${error.params.missingProperty}"`;
      return `${key || "(root)"}: ${error.message}`;
    });
    throw new ConfigError([...new Set(messages)].join("; "), file);
  }
  const raw = value;
  const policy = {
    id: raw.id,
    description: raw.description,
    severity: raw.severity,
    match: raw.match ?? {},
    select: raw.select ?? "resource",
    vars: raw.vars ?? {},
    file
  };
  if (raw.schema) policy.schema = raw.schema;
  if (raw.builtin) {
    const builtin = raw.builtin;
    policy.builtin = { name: builtin.name, params: builtin.params ?? {} };
  }
  if (typeof raw.remediation === "string") policy.remediation = raw.remediation;
  if (typeof raw.docs === "string") policy.docs = raw.docs;
  const names = referencedVars(policy.schema);
  for (const name of names) {
    if (!(name in policy.vars)) throw new ConfigError(`schema refers to {{ vars.${name} }} but "vars.${name}" is not declared`, file);
  }
  if ([...names].every((name) => policy.vars[name]?.default !== void 0)) compilePolicy(policy);
  return policy;
}
async function loadPolicies(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw new ConfigError(`cannot read policy directory: ${error.message}`, dir);
  }
  const policies = [];
  const seen = /* @__PURE__ */ new Map();
  for (const name of names) {
    const file = join(dir, name);
    const policy = parsePolicy(await readFile(file, "utf8"), file);
    const previous = seen.get(policy.id);
    if (previous) throw new ConfigError(`policy id "${policy.id}" is also declared in ${basename(previous)}`, file);
    seen.set(policy.id, file);
    policies.push(policy);
  }
  return policies;
}
var VAR_REFERENCE = /\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;
function referencedVars(schema) {
  const names = /* @__PURE__ */ new Set();
  const walk = (value) => {
    if (typeof value === "string") for (const match of value.matchAll(VAR_REFERENCE)) names.add(match[1]);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(schema);
  return names;
}
function substituteVars(policy, vars = {}) {
  if (!policy.schema) return void 0;
  const valueOf = (name) => {
    if (vars[name] !== void 0) return vars[name];
    const declared = policy.vars[name];
    if (declared?.default !== void 0) return declared.default;
    throw new ConfigError(`policy "${policy.id}" needs vars.${name}${declared?.description ? ` (${declared.description})` : ""}; set it under vars: in slipway.yaml`, policy.file);
  };
  const render = (name, filter) => {
    const value = valueOf(name);
    const list = Array.isArray(value) ? value : [value];
    if (filter === "regex") {
      if (list.length === 0 || !list.every((item) => typeof item === "string" && item !== "")) throw new ConfigError(`vars.${name} must be a non-empty string or list of strings for "| regex" (policy "${policy.id}")`, policy.file);
      return `(?:${list.map(escapeRegex).join("|")})`;
    }
    if (filter !== void 0) throw new ConfigError(`unknown filter "| ${filter}" in {{ vars.${name} }} (known: regex)`, policy.file);
    return list.map(String).join(", ");
  };
  const walk = (value) => {
    if (typeof value === "string") {
      const whole = /^\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(value);
      if (whole) return valueOf(whole[1]);
      return value.replace(VAR_REFERENCE, (_all, name, filter) => render(name, filter));
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    return value;
  };
  return walk(policy.schema);
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var ajv;
var compiled = /* @__PURE__ */ new WeakMap();
function compilePolicy(policy, vars = {}) {
  const schema = substituteVars(policy, vars);
  if (!schema) return void 0;
  const key = JSON.stringify(schema);
  let cache = compiled.get(policy);
  if (!cache) compiled.set(policy, cache = /* @__PURE__ */ new Map());
  let validate = cache.get(key);
  if (!validate) {
    try {
      ajv ??= createAjv({ strictSchema: true });
      validate = ajv.compile(schema);
    } catch (error) {
      throw new ConfigError(`schema of policy "${policy.id}" is invalid: ${errorMessage(error)}`, policy.file);
    }
    cache.set(key, validate);
  }
  return validate;
}

// src/validation/policies/evaluate.ts
function evaluatePolicies(policies, resources, context) {
  const findings = [];
  const production = context.production ?? isProductionByName(context.environment);
  for (const policy of policies) {
    const severity = resolveSeverity(policy.id, policy.severity, context.environment, context.overrides);
    if (severity === "off") continue;
    const matched = resources.filter((resource) => policyMatches(policy, resource, context.environment, production));
    if (matched.length === 0) continue;
    const seen = /* @__PURE__ */ new Set();
    const add = (resource, path, message) => {
      const key = `${resource.index}|${resource.ref.kind}|${resource.ref.namespace}|${resource.ref.name}|${path}|${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        severity,
        rule: policy.id,
        message: policy.remediation ? `${message}. Fix: ${policy.remediation.trim()}` : message,
        environment: context.environment,
        resource: resource.ref,
        path
      });
    };
    if (policy.builtin) {
      const rule = BUILTINS[policy.builtin.name];
      if (!rule) throw new ConfigError(`unknown builtin "${policy.builtin.name}"`, policy.file);
      for (const violation of rule(matched, resources, policy.builtin.params)) add(violation.resource, violation.path, violation.message);
      continue;
    }
    const validate = compilePolicy(policy, context.vars);
    if (!validate) continue;
    for (const resource of matched) {
      for (const { data, prefix } of subjects(policy, resource)) {
        if (validate(data)) continue;
        for (const error of validate.errors ?? []) {
          const described = describeError(error);
          if (described) add(resource, prefix + described.path, described.message);
        }
      }
    }
  }
  return findings;
}
function subjects(policy, resource) {
  if (policy.select === "resource") return [{ data: resource.object, prefix: "" }];
  const template = podTemplateOf(resource);
  if (!template) return [];
  if (policy.select === "podSpec") return [{ data: template.spec, prefix: template.pointer }];
  return containersOf(template).filter((ref) => policy.select === "containers" || ref.list === "containers").map((ref) => ({ data: ref.container, prefix: ref.pointer }));
}
function describeError(error) {
  if (error.keyword === "if") return void 0;
  const originals = error.keyword === "errorMessage" ? error.params.errors ?? [] : [error];
  const first = originals.find((original) => original.keyword !== "if") ?? originals[0];
  let path = first ? first.instancePath : error.instancePath;
  if (first?.keyword === "required") path += `/${escapePointer(first.params.missingProperty)}`;
  if (error.keyword === "errorMessage") return { path, message: error.message ?? "does not match the policy" };
  if (error.keyword === "required") return { path, message: `${readable(error.instancePath)} must have "${error.params.missingProperty}"` };
  return { path, message: `${readable(error.instancePath)} ${error.message ?? "does not match the policy"}` };
}
function readable(pointer) {
  return pointer === "" ? "the resource" : pointer.slice(1).split("/").join(".");
}

// src/validation/policies/rules.ts
function describePolicies(policies) {
  return policies.map((policy) => ({
    id: policy.id,
    description: policy.description,
    defaultSeverity: policy.severity,
    ...policy.docs ? { helpUri: policy.docs } : {},
    source: policy.file
  }));
}
export {
  BUILTINS,
  checkOverrideIds,
  compilePolicy,
  describePolicies,
  evaluatePolicies,
  isProductionByName,
  loadPolicies,
  matchesEnvironment,
  matchesKind,
  matchesName,
  parsePolicy,
  policyFileSchema,
  policyMatches,
  resolveSeverity,
  substituteVars
};
//# sourceMappingURL=policies-FVUH24T3.js.map
