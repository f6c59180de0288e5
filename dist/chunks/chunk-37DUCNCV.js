import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  commitChange,
  formatResource,
  pushWithRetry,
  verifyImages,
  waitForRollout
} from "./chunk-K45LOUMS.js";
import {
  validate
} from "./chunk-HH46WBX6.js";
import {
  createPlan,
  renderText,
  toPlanJson
} from "./chunk-M3UAY3CX.js";
import {
  changedFiles,
  commitDate,
  currentBranch,
  headCommit,
  log,
  repositoryRoot,
  showFile
} from "./chunk-S2CQAO26.js";
import {
  podSpecOf
} from "./chunk-XAWRQWTT.js";
import {
  discoverEnvironments,
  loadConfig,
  renderDiscovered
} from "./chunk-HI2CB3BG.js";
import {
  git,
  withWorktree
} from "./chunk-4WFFHY5W.js";
import {
  removeItem,
  setScalar
} from "./chunk-HRSHY6RN.js";
import {
  readKustomization,
  writeKustomization
} from "./chunk-MBO2E76D.js";
import {
  splitImageReference
} from "./chunk-36EPN6MW.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import {
  formatRef,
  refOf
} from "./chunk-6JA5DT7B.js";
import {
  ConfigError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/failover/run.ts
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join as join2, resolve as resolve3 } from "node:path";

// src/config/sections/failover.ts
var DURATION_PATTERN = "^([0-9]+(ms|s|m|h|d))+$";
var UNITS_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(value, key = "duration") {
  if (!new RegExp(DURATION_PATTERN).test(value))
    throw new ConfigError(
      `${key}: ${JSON.stringify(value)} is not a duration like "1h", "90m" or "1h30m"`,
      "slipway.yaml"
    );
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/([0-9]+)(ms|s|m|h|d)/g))
    total += Number(amount) * UNITS_MS[unit];
  return total;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.max(0, Math.round(ms))}ms`;
  let seconds = Math.round(ms / 1e3);
  const parts = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    if (seconds >= size) {
      parts.push(`${Math.floor(seconds / size)}${unit}`);
      seconds %= size;
    }
  }
  return parts.join("");
}

// src/failover/annotations.ts
var EXTERNAL_DNS_PREFIX = "external-dns.kubernetes.io/";
var LEGACY_EXTERNAL_DNS_PREFIX = "external-dns.alpha.kubernetes.io/";
var SET_IDENTIFIER = `${EXTERNAL_DNS_PREFIX}set-identifier`;
var WEIGHT = `${EXTERNAL_DNS_PREFIX}aws-weight`;
var FAILOVER = `${EXTERNAL_DNS_PREFIX}aws-failover`;
var HOSTNAME = `${EXTERNAL_DNS_PREFIX}hostname`;
var HEALTH_CHECK = `${EXTERNAL_DNS_PREFIX}aws-health-check-id`;
function dnsRecords(objects) {
  const records = [];
  for (const object of objects) {
    const annotations = object.metadata?.annotations ?? {};
    if (!Object.keys(annotations).some((key) => key.startsWith(EXTERNAL_DNS_PREFIX))) continue;
    const problems = [];
    const weightText = annotations[WEIGHT];
    const failover = annotations[FAILOVER];
    let weight;
    if (weightText !== void 0) {
      weight = /^[0-9]+$/.test(weightText.trim()) ? Number(weightText) : Number.NaN;
      if (!Number.isInteger(weight) || weight < 0 || weight > 255)
        problems.push(`${WEIGHT} ${JSON.stringify(weightText)} is not an integer 0-255`);
    }
    if (failover !== void 0 && failover !== "PRIMARY" && failover !== "SECONDARY")
      problems.push(`${FAILOVER} ${JSON.stringify(failover)} is not PRIMARY or SECONDARY`);
    if (weightText !== void 0 && failover !== void 0)
      problems.push(`both ${WEIGHT} and ${FAILOVER} are set; a record has one routing policy`);
    const policy = weightText !== void 0 ? "weighted" : failover !== void 0 ? "failover" : "simple";
    const setIdentifier = annotations[SET_IDENTIFIER];
    if (policy !== "simple" && !setIdentifier)
      problems.push(`${SET_IDENTIFIER} is missing; Route 53 needs it for a ${policy} record`);
    const hostnames = hostnamesOf(object);
    if (hostnames.length === 0)
      problems.push("no hostname (hostname annotation, Gateway servers[].hosts or Ingress rules[].host)");
    records.push({
      resource: formatRef(refOf(object)),
      key: `${object.kind}/${object.metadata?.name}`,
      hostnames,
      policy,
      ...setIdentifier ? { setIdentifier } : {},
      ...weight !== void 0 && !Number.isNaN(weight) ? { weight } : {},
      ...failover ? { failover } : {},
      ...annotations[HEALTH_CHECK] ? { healthCheckId: annotations[HEALTH_CHECK] } : {},
      problems
    });
  }
  return records;
}
function legacyAnnotations(objects) {
  const found = [];
  for (const object of objects) {
    for (const key of Object.keys(object.metadata?.annotations ?? {})) {
      if (key.startsWith(LEGACY_EXTERNAL_DNS_PREFIX))
        found.push(
          `${formatRef(refOf(object))}: ${key} (ExternalDNS v0.22+ reads ${EXTERNAL_DNS_PREFIX}${key.slice(LEGACY_EXTERNAL_DNS_PREFIX.length)})`
        );
    }
  }
  return found;
}
function hostnamesOf(object) {
  const hosts = /* @__PURE__ */ new Set();
  const annotated = object.metadata?.annotations?.[HOSTNAME];
  if (annotated) {
    for (const host of annotated.split(",")) if (host.trim()) hosts.add(host.trim().replace(/\.$/, ""));
  }
  const spec = object.spec ?? {};
  if (object.kind === "Gateway" && Array.isArray(spec.servers)) {
    for (const server of spec.servers)
      for (const host of Array.isArray(server?.hosts) ? server.hosts : [])
        if (typeof host === "string") hosts.add(host.replace(/^[^/]*\//, ""));
  }
  if (object.kind === "Ingress" && Array.isArray(spec.rules)) {
    for (const rule of spec.rules) if (typeof rule?.host === "string") hosts.add(rule.host);
  }
  if (Array.isArray(spec.hostnames)) {
    for (const host of spec.hostnames) if (typeof host === "string") hosts.add(host);
  }
  return [...hosts].sort();
}
function checkTrafficAnnotations(sides) {
  const problems = [];
  const evidence = [];
  for (const side of [sides.target, sides.other])
    for (const line of legacyAnnotations(side.objects)) problems.push(`${side.name}: ${line}`);
  const target = dnsRecords(sides.target.objects);
  const other = new Map(dnsRecords(sides.other.objects).map((record) => [record.key, record]));
  for (const record of target)
    for (const problem of record.problems) problems.push(`${sides.target.name}: ${record.resource}: ${problem}`);
  for (const record of other.values())
    for (const problem of record.problems) problems.push(`${sides.other.name}: ${record.resource}: ${problem}`);
  for (const record of target) {
    if (record.policy === "simple") {
      evidence.push(`${sides.target.name}: ${record.resource} ${record.hostnames.join(", ")} (simple record)`);
      continue;
    }
    const counterpart = other.get(record.key);
    if (!counterpart) {
      problems.push(
        `${sides.target.name}: ${record.resource} (${record.hostnames.join(", ")}) has no counterpart in ${sides.other.name}`
      );
      continue;
    }
    if (counterpart.hostnames.join(",") !== record.hostnames.join(","))
      problems.push(
        `${record.resource}: hostnames differ: ${sides.target.name} ${record.hostnames.join(", ")}, ${sides.other.name} ${counterpart.hostnames.join(", ")}`
      );
    if (counterpart.policy !== record.policy)
      problems.push(
        `${record.resource}: routing policy differs: ${sides.target.name} ${record.policy}, ${sides.other.name} ${counterpart.policy}`
      );
    else if (record.setIdentifier && record.setIdentifier === counterpart.setIdentifier)
      problems.push(
        `${record.resource}: both environments use set-identifier ${JSON.stringify(record.setIdentifier)}; each region's record needs its own`
      );
    if (record.policy === "weighted" && counterpart.policy === "weighted" && record.weight !== void 0 && counterpart.weight !== void 0) {
      if (record.weight === 0)
        problems.push(
          `${sides.target.name}: ${record.resource}: aws-weight is 0 after the change, so traffic would not move to ${sides.target.name}`
        );
      else if (record.weight < counterpart.weight)
        problems.push(
          `${sides.target.name}: ${record.resource}: aws-weight ${record.weight} is below ${sides.other.name}'s ${counterpart.weight}`
        );
      evidence.push(
        `${record.hostnames.join(", ")}: weighted, ${sides.target.name} ${record.setIdentifier}=${record.weight}, ${sides.other.name} ${counterpart.setIdentifier}=${counterpart.weight}${record.healthCheckId ? "" : ` (${sides.target.name} has no aws-health-check-id)`}`
      );
    }
    if (record.policy === "failover" && counterpart.policy === "failover") {
      if (record.failover === counterpart.failover)
        problems.push(
          `${record.resource}: both environments are ${record.failover}; a failover pair needs one PRIMARY and one SECONDARY`
        );
      evidence.push(
        `${record.hostnames.join(", ")}: failover, ${sides.target.name} ${record.failover}, ${sides.other.name} ${counterpart.failover}`
      );
    }
  }
  if (target.length === 0)
    evidence.push(`${sides.target.name} has no ExternalDNS records (traffic is moved outside these overlays)`);
  return { problems, evidence };
}

// src/failover/checklist.ts
var MINUTE = 6e4;
function buildChecklist(input) {
  const { failover } = input;
  const rtoMs = parseDuration(failover.rto, "failover.rto");
  const rpoMs = failover.rpo ? parseDuration(failover.rpo, "failover.rpo") : void 0;
  const names = input.hostnames.length ? input.hostnames.join(", ") : "the public hostnames";
  const to = input.direction === "failover" ? failover.secondary : failover.primary;
  const from = input.direction === "failover" ? failover.primary : failover.secondary;
  const steps = input.direction === "failover" ? [
    {
      step: `Declare the incident: confirm ${from.region} is impaired (AWS Health Dashboard, Route 53 health check of ${from.environment} failing)`,
      budgetMs: 5 * MINUTE
    },
    {
      step: `Promote the database replica in ${to.region} to writer (Aurora global database failover or RDS replica promotion)`,
      budgetMs: 15 * MINUTE
    },
    {
      step: `Check data loss against the RPO${failover.rpo ? ` of ${failover.rpo}` : ""}: replication lag of ${to.region} at the time of failure`,
      budgetMs: 5 * MINUTE
    },
    {
      step: `Argo CD syncs ${to.environment} and it turns Healthy at production capacity (measured by --wait)`,
      budgetMs: 15 * MINUTE
    },
    {
      step: `Route 53 answers ${names} with the ${to.region} record (dig from two resolvers; TTL 60 s)`,
      budgetMs: 5 * MINUTE
    },
    {
      step: `Invert the Route 53 health check of ${from.environment}'s record so ${from.region} takes no traffic when it recovers, before failback`,
      budgetMs: 5 * MINUTE
    },
    {
      step: `Place and cancel a test order end to end in ${to.region} (order entry enabled)`,
      budgetMs: 10 * MINUTE
    }
  ] : [
    {
      step: `Confirm ${to.region} is healthy again and ${to.environment} is Synced at the current digests`,
      budgetMs: 10 * MINUTE
    },
    {
      step: `Re-establish database replication ${from.region} \u2192 ${to.region} and switch the writer back to ${to.region}`,
      budgetMs: 20 * MINUTE
    },
    {
      step: `Argo CD syncs ${from.environment} back to warm standby (measured by --wait on ${to.environment})`,
      budgetMs: 10 * MINUTE
    },
    {
      step: `Restore (un-invert) the Route 53 health check of ${to.environment}'s record; Route 53 answers ${names} with the ${to.region} record`,
      budgetMs: 5 * MINUTE
    },
    { step: `Place and cancel a test order end to end in ${to.region}`, budgetMs: 10 * MINUTE }
  ];
  return {
    rtoMs,
    ...rpoMs !== void 0 ? { rpoMs } : {},
    steps,
    totalMs: steps.reduce((sum, step) => sum + step.budgetMs, 0)
  };
}

// src/failover/edit.ts
import { join } from "node:path";

// src/failover/swap.ts
import { posix, relative, resolve as resolve2 } from "node:path";

// src/kustomize/components.ts
var import_yaml = __toESM(require_dist(), 1);
import { resolve } from "node:path";
function components(k) {
  const node = k.document.get("components", true);
  if (node === void 0 || (0, import_yaml.isScalar)(node) && node.value === null) return void 0;
  if (!(0, import_yaml.isSeq)(node)) throw new ConfigError("components: must be a list", k.path);
  return node;
}
function same(k, a, b) {
  return resolve(k.dir, a) === resolve(k.dir, b);
}
function indexOf(k, path) {
  const seq = components(k);
  return seq ? seq.items.findIndex((item) => (0, import_yaml.isScalar)(item) && typeof item.value === "string" && same(k, item.value, path)) : -1;
}
function check(k, path) {
  if (!path || /[\r\n]/.test(path)) throw new ConfigError(`components: invalid path ${JSON.stringify(path)}`, k.path);
}
function getComponents(k) {
  return (components(k)?.items ?? []).filter((item) => (0, import_yaml.isScalar)(item) && typeof item.value === "string").map((item) => item.value);
}
function removeComponent(k, path) {
  check(k, path);
  let removed = false;
  for (let index = indexOf(k, path); index >= 0; index = indexOf(k, path)) {
    removeItem(k, components(k), index);
    removed = true;
  }
  return removed;
}
function replaceComponent(k, from, to) {
  check(k, from);
  check(k, to);
  const index = indexOf(k, from);
  if (index < 0) return false;
  if (same(k, from, to)) return true;
  if (indexOf(k, to) >= 0) return removeComponent(k, from);
  setScalar(k, components(k).items[index], to);
  removeComponent(k, from);
  return true;
}

// src/failover/swap.ts
async function activeSide(repoRoot, overlayDir, failover) {
  const k = await readKustomization(overlayDir);
  const names = getComponents(k).map((entry) => resolve2(overlayDir, entry));
  const standby = names.includes(resolve2(repoRoot, failover.components.standby));
  const active = names.includes(resolve2(repoRoot, failover.components.active));
  const shown = relative(repoRoot, k.path);
  if (standby && active)
    throw new ConfigError(
      `components name both ${failover.components.standby} and ${failover.components.active}; exactly one of them belongs in the secondary overlay`,
      shown
    );
  if (!standby && !active)
    throw new ConfigError(
      `components name neither ${failover.components.standby} (failover.components.standby) nor ${failover.components.active} (failover.components.active)`,
      shown
    );
  return active ? "secondary" : "primary";
}
async function swapComponent(repoRoot, overlayDir, from, to) {
  const k = await readKustomization(overlayDir);
  const relativeTo = (path) => posix.normalize(relative(overlayDir, resolve2(repoRoot, path)).split("\\").join("/"));
  if (!replaceComponent(k, relativeTo(from), relativeTo(to))) return void 0;
  await writeKustomization(k);
  return relative(repoRoot, k.path).split("\\").join("/");
}

// src/failover/edit.ts
async function applyEdit(dir, direction, failover, secondaryPath) {
  const overlay = join(dir, secondaryPath);
  const active = await activeSide(dir, overlay, failover);
  if (direction === "failover" === (active === "secondary")) return [];
  const [from, to] = direction === "failover" ? [failover.components.standby, failover.components.active] : [failover.components.active, failover.components.standby];
  const file = await swapComponent(dir, overlay, from, to);
  return file ? [file] : [];
}

// src/failover/preflight.ts
async function runPreflight(input) {
  const checks = [];
  checks.push(...checkApplication(input));
  checks.push(checkParity(input));
  checks.push(await checkImages(input));
  checks.push(await checkValidation(input));
  checks.push(checkSecrets(input.target));
  checks.push(checkIrsa(input));
  const traffic = checkTrafficAnnotations({
    target: { name: input.target.environment.name, objects: input.target.objects },
    other: { name: input.other.environment.name, objects: input.other.objects }
  });
  checks.push(result("traffic-annotations", traffic.problems, traffic.evidence));
  return checks;
}
function result(name, problems, evidence, blocking = true) {
  return { name, status: problems.length === 0 ? "pass" : "fail", evidence: [...problems, ...evidence], blocking };
}
function checkApplication(input) {
  const env = input.target.environment;
  const app = input.applications.find((candidate) => candidate.info.name === env.name && !candidate.skipReason) ?? input.applications.find((candidate) => candidate.path === env.path && !candidate.skipReason);
  if (!app) {
    return [
      result(
        "argocd-application",
        [`no Argo CD Application renders ${env.path} (${env.name}); nothing would sync the change`],
        []
      ),
      result("applicationset-keeps-applications", [], ["no Application, so no ApplicationSet to check"], false)
    ];
  }
  const problems = [];
  const server = app.info.destination.server ?? app.info.destination.name ?? "(no destination)";
  const region = /\.([a-z]{2}(?:-gov)?-[a-z]+-[0-9])\.eks\.amazonaws\.com/.exec(server)?.[1];
  if (region && region !== input.target.region)
    problems.push(
      `Application ${app.info.name} deploys to ${server}, a cluster in ${region}, not ${input.target.region}`
    );
  if (app.path !== env.path) problems.push(`Application ${app.info.name} renders ${app.path}, not ${env.path}`);
  const evidence = [
    `Application ${app.info.name}${app.info.applicationSet ? ` (ApplicationSet ${app.info.applicationSet})` : ""} in ${app.info.file}: ${app.path} \u2192 ${server}`
  ];
  const checks = [result("argocd-application", problems, evidence)];
  if (!app.info.applicationSet) {
    checks.push(
      result(
        "applicationset-keeps-applications",
        [],
        [`Application ${app.info.name} is not generated by an ApplicationSet`],
        false
      )
    );
    return checks;
  }
  const appSet = input.definitions.find(
    (resource) => resource.object.kind === "ApplicationSet" && resource.object.metadata?.name === app.info.applicationSet
  );
  const syncPolicy = appSet?.object.spec?.syncPolicy ?? {};
  const where = `ApplicationSet ${app.info.applicationSet} (${appSet?.file ?? app.info.file})`;
  const keeps = syncPolicy.applicationsSync === "create-only" || syncPolicy.applicationsSync === "create-update";
  const detail = `syncPolicy.applicationsSync: ${syncPolicy.applicationsSync ?? "(unset: sync)"}, preserveResourcesOnDeletion: ${syncPolicy.preserveResourcesOnDeletion === true}`;
  checks.push(
    keeps ? result(
      "applicationset-keeps-applications",
      [],
      [`${where}: ${detail}; the controller never deletes Application ${app.info.name}`],
      false
    ) : result(
      "applicationset-keeps-applications",
      [
        `${where} may delete Application ${app.info.name} when its generator stops producing it (${detail}); set syncPolicy.applicationsSync: create-update`
      ],
      [],
      false
    )
  );
  return checks;
}
function pinnedImages(objects, config) {
  const byRepository = new Map(
    Object.entries(config.ecr?.services ?? {}).map(([service, settings]) => [settings.repository, service])
  );
  const images = [];
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (!pod) continue;
    for (const field of ["initContainers", "containers"]) {
      const containers = Array.isArray(pod[field]) ? pod[field] : [];
      for (const container of containers) {
        if (typeof container.image !== "string") continue;
        const parts = splitImageReference(container.image);
        const slash = parts.name.indexOf("/");
        const host = slash > 0 && /[.:]/.test(parts.name.slice(0, slash)) ? parts.name.slice(0, slash) : "";
        const repository = host ? parts.name.slice(slash + 1) : parts.name;
        images.push({
          service: byRepository.get(repository) ?? String(container.name ?? repository),
          resource: formatRef(refOf(object)),
          host,
          repository,
          ...parts.digest ? { digest: parts.digest } : {},
          image: container.image
        });
      }
    }
  }
  return images;
}
function digestsByService(objects, config) {
  const digests = /* @__PURE__ */ new Map();
  for (const image of pinnedImages(objects, config))
    if (!digests.has(image.service)) digests.set(image.service, image.digest);
  return digests;
}
function checkParity(input) {
  const target = digestsByService(input.target.objects, input.config);
  const other = digestsByService(input.other.objects, input.config);
  const problems = [];
  let equal = 0;
  for (const service of [.../* @__PURE__ */ new Set([...other.keys(), ...target.keys()])].sort()) {
    const a = target.get(service);
    const b = other.get(service);
    if (!target.has(service))
      problems.push(
        `${service}: runs in ${input.other.environment.name} (${b ?? "no digest"}) but not in ${input.target.environment.name}`
      );
    else if (!other.has(service))
      problems.push(`${service}: runs in ${input.target.environment.name} but not in ${input.other.environment.name}`);
    else if (!a || !b)
      problems.push(
        `${service}: not pinned by digest (${input.target.environment.name} ${a ?? "none"}, ${input.other.environment.name} ${b ?? "none"})`
      );
    else if (a !== b)
      problems.push(`${service}: ${input.target.environment.name} runs ${a}, ${input.other.environment.name} runs ${b}`);
    else equal++;
  }
  return result("digest-parity", problems, [
    `${equal} of ${(/* @__PURE__ */ new Set([...other.keys(), ...target.keys()])).size} services run the same digest in ${input.target.environment.name} and ${input.other.environment.name}`
  ]);
}
var ECR_HOST = /^([0-9]{12})\.dkr\.ecr\.([a-z]{2}(?:-gov)?-[a-z]+-[0-9])\.amazonaws\.com$/;
async function checkImages(input) {
  const problems = [];
  const evidence = [];
  const region = input.target.region;
  const images = pinnedImages(input.target.objects, input.config);
  const toVerify = [];
  let registryId;
  const seen = /* @__PURE__ */ new Set();
  for (const image of images) {
    const match = ECR_HOST.exec(image.host);
    if (!match) continue;
    if (match[2] !== region)
      problems.push(`${image.service}: ${image.resource} pulls from ${image.host}, not the ${region} registry`);
    else if (image.digest && !seen.has(`${image.repository}@${image.digest}`)) {
      seen.add(`${image.repository}@${image.digest}`);
      toVerify.push({ repository: image.repository, digest: image.digest });
      registryId ??= match[1];
    }
  }
  if (!input.verifyImages) {
    evidence.push(`${toVerify.length} images pulled from ${region}; ECR not queried (--no-verify-images)`);
    return result("images-in-region", problems, evidence);
  }
  const replicatedFrom = input.direction === "failover" ? input.other.region : void 0;
  try {
    const verified = await verifyImages({
      region,
      images: toVerify,
      ...registryId ? { registryId } : {},
      ...replicatedFrom ? { replicatedFrom } : {},
      ...input.clientFor ? { clientFor: input.clientFor } : {}
    });
    const services = new Map(images.map((image) => [`${image.repository}@${image.digest}`, image.service]));
    for (const image of verified.images)
      if (image.problem)
        problems.push(
          `${services.get(`${image.repository}@${image.digest}`) ?? image.repository}: ${image.repository}@${image.digest} ${image.problem}`
        );
    evidence.push(
      `${verified.images.filter((image) => !image.problem).length} of ${verified.images.length} digests present in ${region}${replicatedFrom ? ` with replication from ${replicatedFrom} COMPLETE` : ""}`
    );
  } catch (error) {
    problems.push(`ECR in ${region} could not be queried: ${errorMessage(error)}`);
  }
  return result("images-in-region", problems, evidence);
}
async function checkValidation(input) {
  const name = input.target.environment.name;
  try {
    const report = await input.validateTarget();
    const errors = report.findings.filter((finding) => finding.severity === "error");
    const problems = errors.slice(0, 10).map(
      (finding) => `${finding.resource ? `${formatRef(finding.resource)}: ` : ""}${finding.message} [${finding.rule}]${finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ""})` : ""}`
    );
    if (errors.length > 10) problems.push(`\u2026 and ${errors.length - 10} more errors`);
    return result("validates", problems, [
      `${name} rendered with the change: ${report.summary.resources} resources, ${report.summary.errors} errors, ${report.summary.warnings} warnings`
    ]);
  } catch (error) {
    return result("validates", [`${name} could not be validated: ${errorMessage(error)}`], []);
  }
}
function checkSecrets(target) {
  const problems = [];
  const stores = /* @__PURE__ */ new Map();
  for (const object of target.objects) {
    if (object.kind !== "SecretStore" && object.kind !== "ClusterSecretStore") continue;
    const aws = object.spec?.provider?.aws;
    stores.set(`${object.kind}/${object.metadata?.name}`, aws ? aws.region : "not-aws");
    if (aws && aws.region !== target.region)
      problems.push(
        `${formatRef(refOf(object))}: spec.provider.aws.region is ${aws.region ?? "(unset)"}, not ${target.region}`
      );
  }
  let externalSecrets = 0;
  for (const object of target.objects) {
    if (object.kind !== "ExternalSecret") continue;
    externalSecrets++;
    const ref = object.spec?.secretStoreRef ?? {};
    const key = `${ref.kind ?? "SecretStore"}/${ref.name}`;
    if (!stores.has(key))
      problems.push(
        `${formatRef(refOf(object))}: reads ${key}, which ${target.environment.name} does not define, so its region cannot be confirmed`
      );
    const text = JSON.stringify(object.spec ?? {});
    for (const arn of text.match(/arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:/g) ?? [])
      if (!arn.includes(`:${target.region}:`))
        problems.push(`${formatRef(refOf(object))}: names ${arn}\u2026 outside ${target.region}`);
  }
  return result("secrets-region", problems, [
    `${stores.size} secret stores and ${externalSecrets} ExternalSecrets in ${target.environment.name}; AWS stores read ${target.region}`
  ]);
}
var ROLE_ARN = "eks.amazonaws.com/role-arn";
function checkIrsa(input) {
  const annotated = (objects) => new Map(
    objects.filter((object) => object.kind === "ServiceAccount").map((object) => [
      `${object.metadata?.namespace ?? ""}/${object.metadata?.name}`,
      object.metadata?.annotations?.[ROLE_ARN]
    ])
  );
  const other = annotated(input.other.objects);
  const target = annotated(input.target.objects);
  const problems = [];
  let count = 0;
  for (const [account, role] of other) {
    if (!role) continue;
    count++;
    if (!target.has(account))
      problems.push(
        `ServiceAccount ${account}: annotated for IRSA in ${input.other.environment.name} (${role}) but missing in ${input.target.environment.name}`
      );
    else if (!target.get(account))
      problems.push(
        `ServiceAccount ${account}: annotated for IRSA in ${input.other.environment.name} (${role}) but has no ${ROLE_ARN} in ${input.target.environment.name}`
      );
  }
  return result("irsa-service-accounts", problems, [
    `${count} IRSA ServiceAccounts in ${input.other.environment.name}, ${[...target.values()].filter(Boolean).length} in ${input.target.environment.name}`
  ]);
}

// src/failover/run.ts
var TRAILERS = {
  direction: "Slipway-Failover",
  environment: "Slipway-Environment",
  reason: "Slipway-Reason",
  time: "Slipway-Time"
};
async function context(cwd, configFile, kustomizeCommand) {
  const repo = await repositoryRoot(cwd);
  const config = await loadConfig(repo, configFile === void 0 ? void 0 : resolve3(cwd, configFile));
  const failover = config.failover;
  if (!failover)
    throw new ConfigError(
      'no failover: section (primary, secondary, components, rto); see the README, "DR failover"',
      configFile ?? "slipway.yaml"
    );
  parseDuration(failover.rto, "failover.rto");
  if (failover.rpo) parseDuration(failover.rpo, "failover.rpo");
  const discovery = await discoverEnvironments({
    repoRoot: repo,
    config,
    ...kustomizeCommand ? { kustomizeCommand } : {}
  });
  const find = (key) => {
    const name = failover[key].environment;
    const env = discovery.environments.find((candidate) => candidate.name === name);
    if (!env)
      throw new ConfigError(
        `failover.${key}.environment: "${name}" is not an environment (known: ${discovery.environments.map((e) => e.name).join(", ") || "none"})`,
        "slipway.yaml"
      );
    return env;
  };
  return { repo, config, failover, discovery, primary: find("primary"), secondary: find("secondary") };
}
function checkTarget(ctx, direction, to) {
  const expected = direction === "failover" ? ctx.failover.secondary.environment : ctx.failover.primary.environment;
  if (to !== expected)
    throw new UsageError(
      `--to ${JSON.stringify(to)}: ${direction} goes to ${expected} (failover.${direction === "failover" ? "secondary" : "primary"}.environment)`
    );
}
async function makeChange(dir, direction, ctx) {
  if (direction === "failover") return applyEdit(dir, "failover", ctx.failover, ctx.secondary.path);
  if (await activeSide(dir, join2(dir, ctx.secondary.path), ctx.failover) === "primary") return [];
  const failoverCommit = await openFailoverCommit(dir, ctx);
  const restored = [];
  if (failoverCommit) {
    for (const file of await changedFiles(dir, `${failoverCommit}^`, failoverCommit)) {
      const atFailover = await showFile(dir, failoverCommit, file);
      const now = await readFile(join2(dir, file), "utf8").catch(() => void 0);
      if (now !== atFailover) continue;
      const before = await showFile(dir, `${failoverCommit}^`, file);
      if (before === void 0) await rm(join2(dir, file), { force: true });
      else {
        await mkdir(dirname(join2(dir, file)), { recursive: true });
        await writeFile(join2(dir, file), before);
      }
      restored.push(file);
    }
  }
  if (await activeSide(dir, join2(dir, ctx.secondary.path), ctx.failover) === "secondary")
    restored.push(...await applyEdit(dir, "failback", ctx.failover, ctx.secondary.path));
  return [...new Set(restored)].sort();
}
async function openFailoverCommit(dir, ctx) {
  for (const entry of await log(dir, { paths: [ctx.secondary.path, ctx.primary.path], maxCount: 1e3 })) {
    const direction = entry.trailers[TRAILERS.direction]?.[0];
    if (direction === "failback") return void 0;
    if (direction === "failover") return entry.sha;
  }
  return void 0;
}
async function runFailover(options) {
  if (options.wait && options.mode !== "push")
    throw new UsageError("--wait needs --push: Argo CD syncs what is on the remote");
  const progress = options.onProgress ?? (() => void 0);
  const ctx = await context(options.cwd, options.configFile, options.kustomizeCommand);
  checkTarget(ctx, options.direction, options.to);
  const { direction } = options;
  const activeBefore = await activeSide(ctx.repo, join2(ctx.repo, ctx.secondary.path), ctx.failover);
  const base = {
    direction,
    to: options.to,
    primary: ctx.primary.name,
    secondary: ctx.secondary.name,
    activeBefore
  };
  if (direction === "failover" === (activeBefore === "secondary")) {
    return {
      ...base,
      outcome: "no-op",
      preflight: [],
      checklist: buildChecklist({ direction, failover: ctx.failover, hostnames: [] }),
      files: []
    };
  }
  const head = await headCommit(ctx.repo);
  progress(`checking ${direction} to ${options.to} on a scratch worktree of ${head.slice(0, 12)}`);
  const prepared = await withWorktree(ctx.repo, head, direction, async (tree) => {
    const files2 = await makeChange(tree.dir, direction, ctx);
    const preflight = await preflightIn(tree.dir, ctx, direction, options);
    if (preflight.preflight.some((check2) => check2.blocking && check2.status === "fail")) return { files: files2, ...preflight };
    progress("planning both overlays");
    const { plan } = await createPlan({
      cwd: tree.dir,
      base: head,
      environments: [ctx.primary.name, ctx.secondary.name],
      all: true,
      ...options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}
    });
    return { files: files2, plan, ...preflight };
  });
  const checklist = buildChecklist({ direction, failover: ctx.failover, hostnames: prepared.hostnames });
  const result2 = {
    ...base,
    outcome: "planned",
    preflight: prepared.preflight,
    ..."plan" in prepared && prepared.plan ? { plan: prepared.plan } : {},
    checklist,
    files: prepared.files
  };
  if (prepared.preflight.some((check2) => check2.blocking && check2.status === "fail"))
    return { ...result2, outcome: "refused" };
  if (options.mode === "dry-run") return result2;
  const time = (options.now ?? (() => /* @__PURE__ */ new Date()))().toISOString();
  const trailers = {
    [TRAILERS.direction]: direction,
    [TRAILERS.environment]: options.to,
    [TRAILERS.reason]: oneLine(options.reason ?? `${direction} to ${options.to}`),
    [TRAILERS.time]: time
  };
  const message = `${direction} to ${options.to}

${direction === "failover" ? `${ctx.secondary.name} takes production traffic: ${ctx.failover.components.standby} replaced by ${ctx.failover.components.active}.` : `${ctx.primary.name} takes production traffic again: ${ctx.secondary.name} back to ${ctx.failover.components.standby}.`}`;
  if (options.mode === "commit") {
    const dirty = (await git(ctx.repo, ["status", "--porcelain", "--", ...prepared.files])).trim();
    if (dirty) throw new UsageError(`uncommitted changes in ${prepared.files.join(", ")}; commit or stash them first`);
    const files2 = await makeChange(ctx.repo, direction, ctx);
    const commit = await commitChange(ctx.repo, { message, trailers, files: files2 });
    if (!commit) return { ...result2, outcome: "no-op" };
    return { ...result2, outcome: "committed", commit, files: files2, trailers };
  }
  const branch = options.branch ?? await currentBranch(ctx.repo);
  if (!branch) throw new UsageError("--push: HEAD is detached; name the branch with --branch");
  let files = prepared.files;
  const pushed = await pushWithRetry({
    repo: ctx.repo,
    branch,
    ...options.remote ? { remote: options.remote } : {},
    ...options.push ?? {},
    apply: async (dir) => {
      files = await makeChange(dir, direction, ctx);
      return files.length > 0 ? { message, trailers, files } : null;
    }
  });
  if (pushed.status === "no-op") return { ...result2, outcome: "no-op", attempts: pushed.attempts };
  const done = {
    ...result2,
    outcome: "pushed",
    commit: pushed.commit,
    attempts: pushed.attempts,
    files,
    trailers
  };
  if (options.wait) {
    const application = applicationName(ctx, options.to);
    progress(`waiting for Argo CD Application ${application} to be Synced at ${pushed.commit.slice(0, 12)} and Healthy`);
    const rollout = await waitForRollout({
      application,
      revision: pushed.commit,
      timeoutMs: options.wait.timeoutMs ?? checklist.rtoMs,
      ...options.wait.pollMs ? { pollMs: options.wait.pollMs } : {},
      ...options.wait.client ? { client: options.wait.client } : {},
      ...options.wait.sleep ? { sleep: options.wait.sleep } : {},
      ...options.wait.now ? { now: options.wait.now } : {}
    });
    const committed = (await commitDate(ctx.repo, pushed.commit).catch(() => new Date(time))).getTime();
    const healthyAt = (options.wait.now ?? Date.now)();
    done.rollout = {
      ...rollout,
      ...rollout.outcome === "healthy" ? { commitToHealthyMs: Math.max(0, healthyAt - committed), withinRto: healthyAt - committed <= checklist.rtoMs } : {}
    };
  }
  return done;
}
function applicationName(ctx, environment) {
  return ctx.discovery.applications.find((app) => app.info.name === environment)?.info.name ?? environment;
}
function oneLine(text) {
  return text.replace(/[\r\n]+/g, " ").trim() || "(none)";
}
async function preflightIn(dir, ctx, direction, options) {
  const [target, other] = direction === "failover" ? [ctx.secondary, ctx.primary] : [ctx.primary, ctx.secondary];
  const [targetSide, otherSide] = direction === "failover" ? [ctx.failover.secondary, ctx.failover.primary] : [ctx.failover.primary, ctx.failover.secondary];
  const renderOptions = {
    repoRoot: dir,
    config: ctx.config,
    concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
    ...options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}
  };
  options.onProgress?.(`rendering ${target.name} and ${other.name}`);
  const [targetResult, otherResult] = await renderDiscovered([target, other], renderOptions);
  const objects = (r) => (r?.resources ?? []).map((resource) => resource.object);
  const targetObjects = objects(targetResult);
  const otherObjects = objects(otherResult);
  options.onProgress?.("running the preflight checks");
  const preflight = await runPreflight({
    direction,
    config: ctx.config,
    failover: ctx.failover,
    target: { environment: target, region: targetSide.region, objects: targetObjects },
    other: { environment: other, region: otherSide.region, objects: otherObjects },
    applications: ctx.discovery.applications,
    definitions: ctx.discovery.definitions,
    verifyImages: options.verifyImages !== false,
    ...options.clientFor ? { clientFor: options.clientFor } : {},
    validateTarget: () => validate({
      repoRoot: dir,
      config: ctx.config,
      environments: [target.name],
      locate: false,
      ...options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {}
    })
  });
  const hostnames = [...new Set(dnsRecords(targetObjects).flatMap((record) => record.hostnames))].sort();
  const primaryDigests = digestsByService(direction === "failover" ? otherObjects : targetObjects, ctx.config);
  const secondaryDigests = digestsByService(direction === "failover" ? targetObjects : otherObjects, ctx.config);
  const parity = [.../* @__PURE__ */ new Set([...primaryDigests.keys(), ...secondaryDigests.keys()])].sort().map((service) => {
    const primary = primaryDigests.get(service);
    const secondary = secondaryDigests.get(service);
    return {
      service,
      ...primary ? { primary } : {},
      ...secondary ? { secondary } : {},
      equal: primary !== void 0 && primary === secondary
    };
  });
  return { preflight, hostnames, parity };
}
async function drStatus(options) {
  const ctx = await context(options.cwd, options.configFile, options.kustomizeCommand);
  const active = await activeSide(ctx.repo, join2(ctx.repo, ctx.secondary.path), ctx.failover);
  const head = await headCommit(ctx.repo);
  const checked = await withWorktree(ctx.repo, head, "dr-status", async (tree) => {
    await makeChange(tree.dir, "failover", ctx);
    return preflightIn(tree.dir, ctx, "failover", options);
  });
  return {
    primary: { ...ctx.failover.primary },
    secondary: { ...ctx.failover.secondary },
    active,
    parity: checked.parity,
    preflight: checked.preflight,
    ready: !checked.preflight.some((check2) => check2.blocking && check2.status === "fail"),
    checklist: buildChecklist({ direction: "failover", failover: ctx.failover, hostnames: checked.hostnames })
  };
}

// src/failover/report.ts
var MARK = { pass: "\u2713", fail: "\u2717", warn: "!" };
function mark(check2) {
  return check2.status === "pass" ? MARK.pass : check2.blocking ? MARK.fail : MARK.warn;
}
function preflightLines(checks) {
  const width = Math.max(0, ...checks.map((check2) => check2.name.length));
  const lines = [];
  for (const check2 of checks) {
    const [first, ...rest] = check2.evidence;
    lines.push(`  ${mark(check2)} ${check2.name.padEnd(width)}  ${first ?? ""}`.trimEnd());
    for (const line of rest) lines.push(`    ${" ".repeat(width)}  ${line}`);
  }
  return lines;
}
function checklistLines(checklist) {
  const lines = checklist.steps.map(
    (step, i) => `  ${String(i + 1).padStart(2)}. [${formatDuration(step.budgetMs).padStart(4)}] ${step.step}`
  );
  const over = checklist.totalMs > checklist.rtoMs;
  lines.push(
    `  total ${formatDuration(checklist.totalMs)} of the ${formatDuration(checklist.rtoMs)} RTO${over ? ` \u2014 OVER by ${formatDuration(checklist.totalMs - checklist.rtoMs)}` : ""}`
  );
  return lines;
}
function headline(result2) {
  const what = `${result2.direction} to ${result2.to}`;
  switch (result2.outcome) {
    case "no-op":
      return `${what}: ${result2.to} already serves traffic; nothing to do`;
    case "refused": {
      const failed = result2.preflight.filter((check2) => check2.blocking && check2.status === "fail").map((check2) => check2.name);
      return `${what}: REFUSED \u2014 ${failed.join(", ")} failed; nothing written`;
    }
    case "planned":
      return `${what}: dry run, nothing written (add --commit or --push)`;
    case "committed":
      return `${what}: committed ${result2.commit?.slice(0, 12)} (${result2.files.join(", ")})`;
    case "pushed":
      return `${what}: pushed ${result2.commit?.slice(0, 12)} after ${result2.attempts} attempt(s) (${result2.files.join(", ")})`;
  }
}
function renderResultText(result2) {
  const out = [headline(result2)];
  if (result2.outcome === "no-op") return `${out.join("\n")}
`;
  out.push("", "Preflight", ...preflightLines(result2.preflight));
  if (result2.plan) out.push("", ...renderText(result2.plan).trimEnd().split("\n"));
  out.push(
    "",
    `Checklist outside Git (RTO ${formatDuration(result2.checklist.rtoMs)}${result2.checklist.rpoMs !== void 0 ? `, RPO ${formatDuration(result2.checklist.rpoMs)}` : ""})`,
    ...checklistLines(result2.checklist)
  );
  if (result2.trailers)
    out.push("", "Trailers", ...Object.entries(result2.trailers).map(([key, value]) => `  ${key}: ${value}`));
  if (result2.rollout) out.push("", ...rolloutLines(result2));
  return `${out.join("\n")}
`;
}
function rolloutLines(result2) {
  const rollout = result2.rollout;
  const lines = [`Rollout of ${rollout.application}: ${rollout.outcome} after ${rollout.polls} poll(s)`];
  if (rollout.commitToHealthyMs !== void 0)
    lines.push(
      `  commit \u2192 Healthy: ${formatDuration(rollout.commitToHealthyMs)} of the ${formatDuration(result2.checklist.rtoMs)} RTO${rollout.withinRto ? "" : " \u2014 OVER the RTO"}`
    );
  for (const resource of rollout.unhealthy) lines.push(`  ${formatResource(resource)}`);
  if (rollout.error) lines.push(`  last error: ${rollout.error}`);
  return lines;
}
function renderResultJson(result2) {
  return `${JSON.stringify({ ...result2, ...result2.plan ? { plan: toPlanJson(result2.plan) } : {} }, null, 2)}
`;
}
function renderResultMarkdown(result2) {
  const out = [`### Slipway ${result2.direction} to ${result2.to}: ${result2.outcome}`, "", headline(result2)];
  if (result2.preflight.length) {
    out.push("", "| Check | Status | Evidence |", "| --- | --- | --- |");
    for (const check2 of result2.preflight)
      out.push(
        `| \`${check2.name}\` | ${check2.status === "pass" ? "pass" : check2.blocking ? "**fail**" : "warning"} | ${check2.evidence.map(cell).join("<br>")} |`
      );
  }
  if (result2.rollout) {
    out.push("", `**Rollout** of \`${result2.rollout.application}\`: ${result2.rollout.outcome}`);
    if (result2.rollout.commitToHealthyMs !== void 0)
      out.push(
        "",
        `**Commit \u2192 Healthy: ${formatDuration(result2.rollout.commitToHealthyMs)}** of the ${formatDuration(result2.checklist.rtoMs)} RTO${result2.rollout.withinRto ? "" : " (over the RTO)"}`
      );
  }
  out.push(
    "",
    `**Checklist** (${formatDuration(result2.checklist.totalMs)} of the ${formatDuration(result2.checklist.rtoMs)} RTO)`,
    "",
    ...result2.checklist.steps.map((step, i) => `${i + 1}. [${formatDuration(step.budgetMs)}] ${cell(step.step)}`)
  );
  return `${out.join("\n")}
`;
}
function cell(text) {
  return text.replace(/[|<>`*_[\]\\]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
function renderStatusText(status) {
  const active = status.active === "primary" ? status.primary : status.secondary;
  const out = [
    `DR ${status.ready ? "ready" : "NOT READY"}: ${active.environment} (${active.region}) is active; ${status.secondary.environment} (${status.secondary.region}) is ${status.active === "secondary" ? "serving traffic" : "the standby"}`,
    "",
    `Digest parity (${status.primary.environment} / ${status.secondary.environment})`,
    ...status.parity.map(
      (row) => `  ${row.equal ? MARK.pass : MARK.fail} ${row.service.padEnd(Math.max(...status.parity.map((r) => r.service.length)))}  ${row.equal ? short(row.primary) : `${short(row.primary)} \u2260 ${short(row.secondary)}`}`
    ),
    "",
    "Failover preflight",
    ...preflightLines(status.preflight),
    "",
    `Checklist outside Git (RTO ${formatDuration(status.checklist.rtoMs)})`,
    ...checklistLines(status.checklist)
  ];
  return `${out.join("\n")}
`;
}
function short(digest) {
  return digest ? digest.slice(0, 19) : "(none)";
}

export {
  runFailover,
  drStatus,
  renderResultText,
  renderResultJson,
  renderResultMarkdown,
  renderStatusText
};
//# sourceMappingURL=chunk-37DUCNCV.js.map
