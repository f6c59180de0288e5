import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  WORKLOAD_KINDS,
  autoscalerOf,
  autoscalersByTarget,
  containersOf,
  describeMinimum,
  isRecord,
  labelsOf,
  matchesLabelSelector,
  matchesSelectorMap,
  podTemplateOf
} from "./chunk-3EJGTAB6.js";
import "./chunk-XAWRQWTT.js";
import {
  API_RULES,
  NOT_YET_SERVED_RULE
} from "./chunk-4PPEVRCK.js";
import {
  resolveSeverity
} from "./chunk-DRXQ22C5.js";
import "./chunk-HSIQMUQJ.js";
import "./chunk-QDRIPWP2.js";
import {
  escapePointer
} from "./chunk-HYL7XOB6.js";
import {
  refKey
} from "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/validation/checks/argocd-checks.ts
import { existsSync } from "node:fs";
import { join } from "node:path";

// src/validation/checks/check.ts
function environmentCheck(meta, inspect) {
  return {
    ...meta,
    run(context) {
      const findings = [];
      for (const result of context.results) {
        if (result.resources.length === 0) continue;
        for (const violation of inspect(new EnvironmentIndex(result)))
          findings.push(toFinding(meta, violation, result.environment.name));
      }
      return findings;
    }
  };
}
function toFinding(meta, violation, environment) {
  const finding = {
    severity: meta.severity,
    rule: meta.id,
    message: violation.message,
    resource: violation.resource.ref
  };
  if (environment !== void 0) finding.environment = environment;
  if (violation.path !== void 0) finding.path = violation.path;
  if (violation.file !== void 0) finding.file = violation.file;
  return finding;
}
var EnvironmentIndex = class {
  constructor(result) {
    this.result = result;
    this.resources = result.resources;
    this.defaultNamespace = result.environment.application?.destination.namespace || result.environment.kustomize?.namespace || "default";
    for (const resource of this.resources) {
      const list = this.kinds.get(resource.ref.kind);
      if (list) list.push(resource);
      else this.kinds.set(resource.ref.kind, [resource]);
    }
  }
  resources;
  defaultNamespace;
  kinds = /* @__PURE__ */ new Map();
  /** Resources of a kind (any group). */
  ofKind(...kinds) {
    return kinds.flatMap((kind) => this.kinds.get(kind) ?? []);
  }
  /** The namespace a resource lands in. */
  namespaceOf(resource) {
    return resource.ref.namespace ?? this.defaultNamespace;
  }
  byName;
  pods;
  podsByLabel;
  /** A resource of a kind by namespace and name. */
  find(kind, namespace, name) {
    if (!this.byName) {
      this.byName = /* @__PURE__ */ new Map();
      for (const resource of this.resources) {
        const key = `${resource.ref.kind}|${this.namespaceOf(resource)}|${resource.ref.name}`;
        if (!this.byName.has(key)) this.byName.set(key, resource);
      }
    }
    return this.byName.get(`${kind}|${namespace}|${name}`);
  }
  /** Every pod template (workloads and Pods) with the namespace its pods run in. */
  templates() {
    if (!this.pods) {
      this.pods = [];
      for (const resource of this.resources) {
        const template = podTemplateOf(resource);
        if (template) this.pods.push({ ...template, namespace: this.namespaceOf(resource) });
      }
    }
    return this.pods;
  }
  /**
   * Pod templates in a namespace that may match a selector with these required labels: those
   * carrying the first label (a cheap pre-filter; callers still test the whole selector), or all
   * of the namespace's when there is none.
   */
  candidates(namespace, requiredLabels) {
    if (!this.podsByLabel) {
      this.podsByLabel = /* @__PURE__ */ new Map();
      for (const template of this.templates()) {
        const add = (key) => {
          const list = this.podsByLabel.get(key);
          if (list) list.push(template);
          else this.podsByLabel.set(key, [template]);
        };
        add(`${template.namespace}|`);
        for (const [label, value] of Object.entries(template.labels)) add(`${template.namespace}|${label}=${value}`);
      }
    }
    const first = requiredLabels ? Object.entries(requiredLabels)[0] : void 0;
    return this.podsByLabel.get(first ? `${namespace}|${first[0]}=${String(first[1])}` : `${namespace}|`) ?? [];
  }
};
function runChecksWith(checks, context, options = {}) {
  const findings = [];
  for (const check of checks) {
    if (options.disabled?.includes(check.id)) continue;
    const base = options.severity?.[check.id] ?? check.severity;
    if (base === "off" && options.overrides?.[check.id] === void 0) continue;
    for (const finding of check.run(context)) {
      const severity = resolveSeverity(check.id, base, finding.environment, options.overrides);
      if (severity !== "off") findings.push({ ...finding, severity });
    }
  }
  return findings;
}

// src/validation/checks/argocd-checks.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "StorageClass",
  "PriorityClass",
  "IngressClass",
  "RuntimeClass",
  "APIService",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "CSIDriver",
  "ClusterSecretStore",
  "ClusterIssuer",
  "ClusterExternalSecret"
]);
var applicationRef = (info) => ({
  apiVersion: "argoproj.io/v1alpha1",
  kind: "Application",
  name: info.name,
  ...info.namespace ? { namespace: info.namespace } : {}
});
var duplicateResourceAcrossApps = {
  id: "duplicate-resource-across-apps",
  description: "Two Argo CD Applications render the same resource into the same cluster",
  severity: "error",
  run(context) {
    const owners = /* @__PURE__ */ new Map();
    const findings = [];
    for (const result of context.results) {
      const app = result.environment.application;
      if (!app) continue;
      const cluster = app.destination.server ?? app.destination.name ?? "";
      for (const resource of result.resources) {
        const namespace = resource.ref.namespace ?? (CLUSTER_SCOPED.has(resource.ref.kind) ? "" : app.destination.namespace ?? "");
        const key = `${cluster}|${refKey({ ...resource.ref, namespace, apiVersion: groupOf(resource.ref.apiVersion) })}`;
        const owner = owners.get(key);
        if (owner === void 0) owners.set(key, app.name);
        else if (owner !== app.name) {
          findings.push(
            toFinding(
              this,
              {
                resource,
                message: `${resource.ref.kind} ${namespace ? `${namespace}/` : ""}${resource.ref.name} is also rendered by Application ${owner} into the same cluster (${cluster}); the two will overwrite each other`
              },
              result.environment.name
            )
          );
        }
      }
    }
    return findings;
  }
};
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
var argocdAppPathMissing = {
  id: "argocd-app-path-missing",
  description: "Argo CD Application source path does not exist in the repository",
  severity: "error",
  run(context) {
    const findings = [];
    for (const result of context.results) {
      const app = result.environment.application;
      if (!app || result.environment.path === "" || existsSync(join(context.repoRoot, result.environment.path)))
        continue;
      findings.push(
        toFinding(
          this,
          {
            resource: { ref: applicationRef(app) },
            path: "/spec/source/path",
            file: app.file,
            message: `source path ${result.environment.path} does not exist in the repository`
          },
          result.environment.name
        )
      );
    }
    return findings;
  }
};
function globMatch(pattern, value, separator) {
  if (pattern.startsWith("!")) return !globMatch(pattern.slice(1), value, separator);
  if (pattern === "*") return true;
  const any = separator ? `[^${separator.replace(/[\\\]^-]/g, "\\$&")}]` : ".";
  let regex = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*") {
      if (pattern[i + 1] === "*") {
        regex += ".*";
        i++;
      } else regex += `${any}*`;
    } else if (char === "?") regex += any;
    else if (char === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) regex += "\\{";
      else {
        regex += `(?:${pattern.slice(i + 1, end).split(",").map(escapeRegex).join("|")})`;
        i = end;
      }
    } else regex += escapeRegex(char);
  }
  return new RegExp(`^${regex}$`).test(value);
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function isDestinationPermitted(project, destination) {
  const spec2 = isRecord(project.spec) ? project.spec : {};
  const entries = Array.isArray(spec2.destinations) ? spec2.destinations.filter(isRecord) : [];
  let anyMatched = false;
  for (const entry of entries) {
    const name = String(entry.name ?? "");
    const server = String(entry.server ?? "");
    const namespace = String(entry.namespace ?? "");
    const nameMatched = !!destination.name && globMatch(name, destination.name);
    const serverMatched = !!destination.server && globMatch(server, destination.server);
    const namespaceMatched = globMatch(namespace, destination.namespace ?? "");
    if ((serverMatched || nameMatched) && namespaceMatched) anyMatched = true;
    else if (!nameMatched && name.startsWith("!") || !serverMatched && server.startsWith("!") || !namespaceMatched && namespace.startsWith("!"))
      return false;
  }
  return anyMatched;
}
function normalizeGitUrl(url) {
  return url.trim().toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "");
}
function isSourcePermitted(project, repoURL) {
  const spec2 = isRecord(project.spec) ? project.spec : {};
  const repos = Array.isArray(spec2.sourceRepos) ? spec2.sourceRepos.map(String) : [];
  const source = normalizeGitUrl(repoURL);
  let anyMatched = false;
  for (const repo of repos) {
    const pattern = repo.startsWith("!") ? `!${normalizeGitUrl(repo.slice(1))}` : normalizeGitUrl(repo);
    const matched = globMatch(pattern, source, "/");
    if (matched) anyMatched = true;
    else if (pattern.startsWith("!")) return false;
  }
  return anyMatched;
}
var argocdDestinationNotPermitted = {
  id: "argocd-destination-not-permitted",
  description: "Argo CD AppProject does not permit the Application destination or source repository",
  severity: "error",
  run(context) {
    const findings = [];
    const projects = new Map(context.projects.map((project) => [String(project.metadata?.name ?? ""), project]));
    for (const result of context.results) {
      const app = result.environment.application;
      if (!app) continue;
      const add = (path, message) => findings.push(
        toFinding(
          this,
          { resource: { ref: applicationRef(app) }, path, file: app.file, message },
          result.environment.name
        )
      );
      const project = projects.get(app.project);
      if (!project) {
        if (app.project !== "default")
          add("/spec/project", `AppProject ${app.project} is not declared in the repository`);
        continue;
      }
      const target = app.destination.server ?? app.destination.name ?? "";
      if (!isDestinationPermitted(project, app.destination)) {
        add(
          "/spec/destination",
          `AppProject ${app.project} does not permit destination ${target} namespace ${app.destination.namespace ?? "(none)"}`
        );
      } else {
        for (const namespace of resourceNamespaces(result)) {
          if (namespace === app.destination.namespace || isDestinationPermitted(project, { ...app.destination, namespace }))
            continue;
          add(
            "/spec/destination",
            `AppProject ${app.project} does not permit namespace ${namespace} on ${target}, where the Application renders resources`
          );
        }
      }
      if (app.repoURL && !isSourcePermitted(project, app.repoURL))
        add("/spec/source/repoURL", `AppProject ${app.project} does not permit source repository ${app.repoURL}`);
    }
    return findings;
  }
};
function resourceNamespaces(result) {
  return new Set(
    result.resources.map((resource) => resource.ref.namespace).filter((namespace) => !!namespace)
  );
}

// src/validation/checks/config-checks.ts
function provided(index) {
  const configMaps = /* @__PURE__ */ new Map();
  const secrets = /* @__PURE__ */ new Map();
  const merge = (map, key, keys) => {
    const existing = map.get(key);
    if (existing === "any" || keys === "any") map.set(key, "any");
    else map.set(key, /* @__PURE__ */ new Set([...existing ?? [], ...keys]));
  };
  const keysOf = (...maps) => new Set(maps.flatMap((map) => isRecord(map) ? Object.keys(map) : []));
  for (const resource of index.resources) {
    const namespace = index.namespaceOf(resource);
    const object = resource.object;
    if (resource.ref.kind === "ConfigMap")
      merge(configMaps, `${namespace}/${resource.ref.name}`, keysOf(object.data, object.binaryData));
    else if (resource.ref.kind === "Secret")
      merge(secrets, `${namespace}/${resource.ref.name}`, keysOf(object.data, object.stringData));
    else if (resource.ref.kind === "ExternalSecret") {
      const spec2 = isRecord(object.spec) ? object.spec : {};
      const target = isRecord(spec2.target) ? spec2.target : {};
      const name = typeof target.name === "string" && target.name !== "" ? target.name : resource.ref.name;
      const fromData = Array.isArray(spec2.data) ? spec2.data.filter(isRecord).map((item) => String(item.secretKey)) : [];
      const template = isRecord(target.template) ? target.template : {};
      const keys = Array.isArray(spec2.dataFrom) && spec2.dataFrom.length > 0 ? "any" : /* @__PURE__ */ new Set([...fromData, ...keysOf(template.data)]);
      merge(secrets, `${namespace}/${name}`, keys);
    }
  }
  return { configMaps, secrets };
}
function references(resource) {
  const template = podTemplateOf(resource);
  if (!template) return [];
  const refs = [];
  const optional = (value) => value.optional === true;
  for (const { container, pointer } of containersOf(template)) {
    if (Array.isArray(container.env)) {
      container.env.forEach((env, i) => {
        if (!isRecord(env) || !isRecord(env.valueFrom)) return;
        for (const [field, kind] of [
          ["configMapKeyRef", "ConfigMap"],
          ["secretKeyRef", "Secret"]
        ]) {
          const ref = env.valueFrom[field];
          if (!isRecord(ref)) continue;
          const base = `${pointer}/env/${i}/valueFrom/${field}`;
          refs.push({
            kind,
            name: String(ref.name ?? ""),
            key: String(ref.key ?? ""),
            optional: optional(ref),
            namePath: `${base}/name`,
            keyPath: `${base}/key`
          });
        }
      });
    }
    if (Array.isArray(container.envFrom)) {
      container.envFrom.forEach((source, i) => {
        if (!isRecord(source)) return;
        for (const [field, kind] of [
          ["configMapRef", "ConfigMap"],
          ["secretRef", "Secret"]
        ]) {
          const ref = source[field];
          if (isRecord(ref))
            refs.push({
              kind,
              name: String(ref.name ?? ""),
              optional: optional(ref),
              namePath: `${pointer}/envFrom/${i}/${field}/name`
            });
        }
      });
    }
  }
  const withItems = (kind, source, nameField, base) => {
    const name = String(source[nameField] ?? "");
    refs.push({ kind, name, optional: optional(source), namePath: `${base}/${nameField}` });
    if (Array.isArray(source.items)) {
      source.items.forEach((item, j) => {
        if (isRecord(item))
          refs.push({
            kind,
            name,
            key: String(item.key ?? ""),
            optional: optional(source),
            namePath: `${base}/${nameField}`,
            keyPath: `${base}/items/${j}/key`
          });
      });
    }
  };
  if (Array.isArray(template.spec.volumes)) {
    template.spec.volumes.forEach((volume, i) => {
      if (!isRecord(volume)) return;
      const base = `${template.pointer}/volumes/${i}`;
      if (isRecord(volume.configMap)) withItems("ConfigMap", volume.configMap, "name", `${base}/configMap`);
      if (isRecord(volume.secret)) withItems("Secret", volume.secret, "secretName", `${base}/secret`);
      if (isRecord(volume.projected) && Array.isArray(volume.projected.sources)) {
        volume.projected.sources.forEach((source, j) => {
          if (!isRecord(source)) return;
          if (isRecord(source.configMap))
            withItems("ConfigMap", source.configMap, "name", `${base}/projected/sources/${j}/configMap`);
          if (isRecord(source.secret))
            withItems("Secret", source.secret, "name", `${base}/projected/sources/${j}/secret`);
        });
      }
    });
  }
  return refs;
}
var missingConfigRef = environmentCheck(
  {
    id: "missing-config-ref",
    description: "Pod references a ConfigMap or Secret (or key) that is not rendered",
    severity: "error"
  },
  (index) => {
    const { configMaps, secrets } = provided(index);
    const violations = [];
    for (const resource of index.resources) {
      const namespace = index.namespaceOf(resource);
      const seen = /* @__PURE__ */ new Set();
      for (const ref of references(resource)) {
        if (ref.optional || ref.name === "") continue;
        const keys = (ref.kind === "ConfigMap" ? configMaps : secrets).get(`${namespace}/${ref.name}`);
        const produced = ref.kind === "Secret" ? " nor produced by an ExternalSecret" : "";
        if (!keys) {
          const key = `${ref.kind}/${ref.name}|${ref.namePath}`;
          if (seen.has(key)) continue;
          seen.add(key);
          violations.push({
            resource,
            path: ref.namePath,
            message: `${ref.kind} ${ref.name} is not rendered in namespace ${namespace}${produced}`
          });
        } else if (ref.key !== void 0 && keys !== "any" && !keys.has(ref.key)) {
          violations.push({
            resource,
            path: ref.keyPath,
            message: `${ref.kind} ${ref.name} has no key ${ref.key}${keys.size ? ` (it has ${[...keys].sort().join(", ")})` : ""}`
          });
        }
      }
    }
    return violations;
  }
);
var externalSecretStoreMissing = environmentCheck(
  {
    id: "externalsecret-store-missing",
    description: "ExternalSecret refers to a SecretStore or ClusterSecretStore that is not rendered",
    severity: "error"
  },
  (index) => {
    const violations = [];
    for (const externalSecret of index.ofKind("ExternalSecret")) {
      const spec2 = isRecord(externalSecret.object.spec) ? externalSecret.object.spec : {};
      const namespace = index.namespaceOf(externalSecret);
      const storeRefs = [[spec2.secretStoreRef, "/spec/secretStoreRef"]];
      for (const list of ["data", "dataFrom"]) {
        if (!Array.isArray(spec2[list])) continue;
        spec2[list].forEach((item, i) => {
          if (isRecord(item) && isRecord(item.sourceRef))
            storeRefs.push([item.sourceRef.storeRef, `/spec/${list}/${i}/sourceRef/storeRef`]);
        });
      }
      for (const [ref, pointer] of storeRefs) {
        if (!isRecord(ref) || typeof ref.name !== "string") continue;
        const kind = ref.kind === "ClusterSecretStore" ? "ClusterSecretStore" : "SecretStore";
        const found = kind === "ClusterSecretStore" ? index.ofKind(kind).some((store) => store.ref.name === ref.name) : index.find(kind, namespace, ref.name);
        if (!found)
          violations.push({
            resource: externalSecret,
            path: `${pointer}/name`,
            message: `${kind} ${ref.name} is not rendered${kind === "SecretStore" ? ` in namespace ${namespace}` : ""}`
          });
      }
    }
    return violations;
  }
);

// src/validation/checks/istio-checks.ts
function serviceOfHost(host, namespace) {
  if (host.includes("*")) return void 0;
  if (!host.includes(".")) return `${namespace}/${host}`;
  const match = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(host);
  return match ? `${match[2]}/${match[1]}` : void 0;
}
function hostsOf(resource) {
  const spec2 = isRecord(resource.object.spec) ? resource.object.spec : {};
  const hosts = [];
  if (resource.ref.kind === "DestinationRule") {
    if (typeof spec2.host === "string") hosts.push({ host: spec2.host, path: "/spec/host" });
    return hosts;
  }
  if (Array.isArray(spec2.hosts))
    spec2.hosts.forEach((host, i) => typeof host === "string" && hosts.push({ host, path: `/spec/hosts/${i}` }));
  for (const protocol of ["http", "tcp", "tls"]) {
    if (!Array.isArray(spec2[protocol])) continue;
    spec2[protocol].forEach((route, i) => {
      if (!isRecord(route)) return;
      for (const field of ["route", "mirror"]) {
        const destinations = field === "mirror" ? isRecord(route.mirror) ? [{ destination: route.mirror }] : [] : Array.isArray(route.route) ? route.route : [];
        destinations.forEach((destination, j) => {
          if (isRecord(destination) && isRecord(destination.destination) && typeof destination.destination.host === "string") {
            hosts.push({
              host: destination.destination.host,
              path: field === "mirror" ? `/spec/${protocol}/${i}/mirror/host` : `/spec/${protocol}/${i}/route/${j}/destination/host`
            });
          }
        });
      }
    });
  }
  return hosts;
}
var istioHostUnknown = environmentCheck(
  {
    id: "istio-host-unknown",
    description: "VirtualService or DestinationRule host has no Service",
    severity: "warning"
  },
  (index) => {
    const services = new Set(
      index.ofKind("Service").map((service) => `${index.namespaceOf(service)}/${service.ref.name}`)
    );
    const entries = new Set(
      index.ofKind("ServiceEntry").flatMap((entry) => {
        const hosts = isRecord(entry.object.spec) ? entry.object.spec.hosts : void 0;
        return Array.isArray(hosts) ? hosts.map(String) : [];
      })
    );
    const violations = [];
    for (const resource of index.ofKind("VirtualService", "DestinationRule")) {
      const namespace = index.namespaceOf(resource);
      for (const { host, path } of hostsOf(resource)) {
        if (entries.has(host)) continue;
        const service = serviceOfHost(host, namespace);
        if (!service || services.has(service)) continue;
        const [serviceNamespace, serviceName] = service.split("/");
        violations.push({
          resource,
          path,
          message: `host ${host}: no Service ${serviceName} is rendered in namespace ${serviceNamespace} (nor a ServiceEntry for it)`
        });
      }
    }
    return violations;
  }
);

// src/validation/checks/workload-checks.ts
function templates(index) {
  return index.templates();
}
var spec = (resource) => isRecord(resource.object.spec) ? resource.object.spec : {};
var danglingService = environmentCheck(
  { id: "dangling-service", description: "Service selector matches no pod template", severity: "error" },
  (index) => {
    const violations = [];
    for (const service of index.ofKind("Service")) {
      const { selector, type } = spec(service);
      if (type === "ExternalName" || !isRecord(selector) || Object.keys(selector).length === 0) continue;
      const namespace = index.namespaceOf(service);
      if (index.candidates(namespace, selector).some((pod) => matchesSelectorMap(selector, pod.labels))) continue;
      const wanted = Object.entries(selector).map(([key, value]) => `${key}=${String(value)}`).join(",");
      violations.push({
        resource: service,
        path: "/spec/selector",
        message: `Service ${service.ref.name} selects ${wanted} but no pod template in namespace ${namespace} has those labels`
      });
    }
    return violations;
  }
);
var danglingHpa = environmentCheck(
  { id: "dangling-hpa", description: "HorizontalPodAutoscaler scale target is not rendered", severity: "error" },
  (index) => {
    const violations = [];
    for (const hpa of index.ofKind("HorizontalPodAutoscaler")) {
      const target = spec(hpa).scaleTargetRef;
      if (!isRecord(target)) continue;
      const namespace = index.namespaceOf(hpa);
      if (index.find(String(target.kind), namespace, String(target.name))) continue;
      violations.push({
        resource: hpa,
        path: "/spec/scaleTargetRef/name",
        message: `scale target ${String(target.kind)} ${String(target.name)} is not rendered in namespace ${namespace}`
      });
    }
    return violations;
  }
);
var hpaMinAboveMax = environmentCheck(
  {
    id: "hpa-min-above-max",
    description: "HorizontalPodAutoscaler minReplicas is greater than maxReplicas",
    severity: "error"
  },
  (index) => index.ofKind("HorizontalPodAutoscaler").flatMap((hpa) => {
    const { maxReplicas } = spec(hpa);
    const min = autoscalerOf(hpa)?.minReplicas ?? 1;
    return typeof maxReplicas === "number" && min > maxReplicas ? [
      {
        resource: hpa,
        path: "/spec/minReplicas",
        message: `minReplicas ${min} is greater than maxReplicas ${maxReplicas}`
      }
    ] : [];
  })
);
var hpaReplicasConflict = environmentCheck(
  {
    id: "hpa-replicas-conflict",
    description: "Workload scaled by an HPA or KEDA ScaledObject also sets spec.replicas",
    severity: "error"
  },
  (index) => {
    const autoscalers = autoscalersByTarget(index.resources, (resource) => index.namespaceOf(resource));
    const violations = [];
    for (const resource of index.ofKind("Deployment", "StatefulSet", "ReplicaSet", "Rollout")) {
      const replicas = spec(resource).replicas;
      if (replicas === void 0) continue;
      const autoscaler = autoscalers.get(`${index.namespaceOf(resource)}|${resource.ref.kind}|${resource.ref.name}`);
      if (!autoscaler) continue;
      const setBy = resource.origin?.transformations.find((t) => t.kind === "ReplicaCountTransformer");
      const where = setBy ? ` (set by ${setBy.kind} in ${setBy.configuredIn})` : "";
      violations.push({
        resource,
        path: "/spec/replicas",
        message: `spec.replicas ${String(replicas)}${where} conflicts with ${autoscaler.kind} ${autoscaler.resource.ref.name}: Argo CD resets the replica count the autoscaler chose on every sync; remove replicas or ignore /spec/replicas in the Application`
      });
    }
    return violations;
  }
);
var pdbBlocksEviction = environmentCheck(
  { id: "pdb-blocks-eviction", description: "PodDisruptionBudget allows no pod to be evicted", severity: "error" },
  (index) => {
    const autoscalers = autoscalersByTarget(index.resources, (resource) => index.namespaceOf(resource));
    const violations = [];
    for (const pdb of index.ofKind("PodDisruptionBudget")) {
      const { selector, minAvailable, maxUnavailable } = spec(pdb);
      const namespace = index.namespaceOf(pdb);
      if (maxUnavailable === 0 || maxUnavailable === "0%" || maxUnavailable === "0") {
        violations.push({
          resource: pdb,
          path: "/spec/maxUnavailable",
          message: `maxUnavailable ${JSON.stringify(maxUnavailable)} allows no pod to be evicted; node drains will hang`
        });
        continue;
      }
      if (minAvailable === void 0) continue;
      const required = isRecord(selector) && isRecord(selector.matchLabels) ? selector.matchLabels : void 0;
      for (const template of index.candidates(namespace, required)) {
        if (!matchesLabelSelector(selector, template.labels)) continue;
        const workload = template.resource;
        const autoscaler = autoscalers.get(`${namespace}|${workload.ref.kind}|${workload.ref.name}`);
        const replicasValue = spec(workload).replicas;
        const replicas = autoscaler ? Math.max(1, autoscaler.minReplicas) : typeof replicasValue === "number" ? replicasValue : 1;
        const needed = typeof minAvailable === "string" && minAvailable.endsWith("%") ? Math.ceil(Number(minAvailable.slice(0, -1)) * replicas / 100) : Number(minAvailable);
        if (Number.isNaN(needed) || needed < replicas) continue;
        const source = autoscaler ? `${replicas} replica(s) at ${describeMinimum(autoscaler)}${autoscaler.minReplicas === 0 ? " (scaled to zero it has no pod; at one pod none can be evicted)" : ""}` : `${replicas} replica(s)`;
        violations.push({
          resource: pdb,
          path: "/spec/minAvailable",
          message: `minAvailable ${JSON.stringify(minAvailable)} requires ${needed} of ${workload.ref.kind} ${workload.ref.name}'s ${source} to stay up, so no pod can be evicted; node drains will hang`
        });
      }
    }
    return violations;
  }
);
var nonIsolatedPod = environmentCheck(
  { id: "non-isolated-pod", description: "No NetworkPolicy selects the pods", severity: "warning" },
  (index) => {
    const policies = index.ofKind("NetworkPolicy");
    const violations = [];
    for (const template of templates(index)) {
      if (template.resource.ref.kind === "Pod" && template.resource.object.metadata?.ownerReferences) continue;
      const selected = policies.some(
        (policy) => index.namespaceOf(policy) === template.namespace && matchesLabelSelector(spec(policy).podSelector ?? {}, template.labels)
      );
      if (selected) continue;
      const labelsPointer = template.resource.ref.kind === "Pod" ? "/metadata/labels" : `${template.pointer.slice(0, -"/spec".length)}/metadata/labels`;
      violations.push({
        resource: template.resource,
        path: labelsPointer,
        message: `no NetworkPolicy in namespace ${template.namespace} selects the pods of ${template.resource.ref.kind} ${template.resource.ref.name}; they accept traffic from anywhere`
      });
    }
    return violations;
  }
);
var nonExistentServiceAccount = environmentCheck(
  { id: "non-existent-service-account", description: "Pod service account is not rendered", severity: "error" },
  (index) => {
    const violations = [];
    for (const template of templates(index)) {
      const field = typeof template.spec.serviceAccountName === "string" ? "serviceAccountName" : typeof template.spec.serviceAccount === "string" ? "serviceAccount" : void 0;
      if (!field) continue;
      const name = template.spec[field];
      if (name === "" || name === "default" || index.find("ServiceAccount", template.namespace, name)) continue;
      violations.push({
        resource: template.resource,
        path: `${template.pointer}/${escapePointer(field)}`,
        message: `ServiceAccount ${name} is not rendered in namespace ${template.namespace}`
      });
    }
    return violations;
  }
);
var serviceMonitorSelectsNothing = environmentCheck(
  { id: "servicemonitor-selects-nothing", description: "ServiceMonitor selects no Service", severity: "warning" },
  (index) => {
    const violations = [];
    for (const monitor of index.ofKind("ServiceMonitor")) {
      const { selector, namespaceSelector, endpoints } = spec(monitor);
      const own = index.namespaceOf(monitor);
      const inNamespace = (namespace) => {
        if (!isRecord(namespaceSelector)) return namespace === own;
        if (namespaceSelector.any === true) return true;
        return Array.isArray(namespaceSelector.matchNames) ? namespaceSelector.matchNames.includes(namespace) : namespace === own;
      };
      const services = index.ofKind("Service").filter(
        (service) => inNamespace(index.namespaceOf(service)) && matchesLabelSelector(selector ?? {}, labelsOf(service.object))
      );
      if (services.length === 0) {
        violations.push({
          resource: monitor,
          path: "/spec/selector",
          message: `ServiceMonitor ${monitor.ref.name} selects no Service${isRecord(selector) && isRecord(selector.matchLabels) ? ` with labels ${Object.entries(selector.matchLabels).map(([k, v]) => `${k}=${String(v)}`).join(",")}` : ""}`
        });
        continue;
      }
      if (!Array.isArray(endpoints)) continue;
      endpoints.forEach((endpoint, i) => {
        if (!isRecord(endpoint) || typeof endpoint.port !== "string") return;
        const hasPort = services.some(
          (service) => Array.isArray(spec(service).ports) && spec(service).ports.some((port) => isRecord(port) && port.name === endpoint.port)
        );
        if (!hasPort)
          violations.push({
            resource: monitor,
            path: `/spec/endpoints/${i}/port`,
            message: `no selected Service has a port named ${endpoint.port}`
          });
      });
    }
    return violations;
  }
);

// src/validation/checks/index.ts
var ALL_CHECKS = [
  danglingService,
  danglingHpa,
  pdbBlocksEviction,
  nonIsolatedPod,
  nonExistentServiceAccount,
  missingConfigRef,
  externalSecretStoreMissing,
  istioHostUnknown,
  serviceMonitorSelectsNothing,
  hpaReplicasConflict,
  hpaMinAboveMax,
  duplicateResourceAcrossApps,
  argocdAppPathMissing,
  argocdDestinationNotPermitted
];
function runChecks(context, options) {
  return runChecksWith(ALL_CHECKS, context, options);
}
function describeChecks() {
  return [
    ...ALL_CHECKS.map((check) => ({
      id: check.id,
      description: check.description,
      defaultSeverity: check.severity,
      source: "check"
    })),
    {
      id: "removed-api",
      description: "apiVersion/kind is not served by the target Kubernetes version",
      defaultSeverity: "error",
      helpUri: "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
      source: "api"
    },
    {
      id: "deprecated-api",
      description: "apiVersion/kind is deprecated in the target Kubernetes version",
      defaultSeverity: "warning",
      helpUri: "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
      source: "api"
    },
    {
      id: NOT_YET_SERVED_RULE,
      description: "apiVersion/kind is newer than the target Kubernetes version and not served by it yet",
      defaultSeverity: "error",
      helpUri: "https://kubernetes.io/docs/reference/using-api/",
      source: "api"
    }
  ];
}
function checkRuleIds() {
  return [...ALL_CHECKS.map((check) => check.id), ...API_RULES];
}
export {
  ALL_CHECKS,
  EnvironmentIndex,
  WORKLOAD_KINDS,
  checkRuleIds,
  containersOf,
  describeChecks,
  environmentCheck,
  globMatch,
  isDestinationPermitted,
  isSourcePermitted,
  matchesLabelSelector,
  matchesSelectorMap,
  podTemplateOf,
  runChecks,
  runChecksWith,
  serviceOfHost,
  toFinding
};
//# sourceMappingURL=checks-WGQW6UFE.js.map
