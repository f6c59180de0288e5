import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  TRAILERS,
  environmentHistory,
  evaluateGates,
  formatStatus,
  isRollback,
  nextEnvironments,
  parseFormat,
  parseNow,
  residencies,
  resolvePromotionConfig
} from "./chunk-4YDHTNNH.js";
import "./chunk-K45LOUMS.js";
import {
  requireEcrConfig
} from "./chunk-TQLLVMQE.js";
import "./chunk-AIUIBUBN.js";
import "./chunk-DC5RP2FM.js";
import "./chunk-HH46WBX6.js";
import {
  findRepoRoot
} from "./chunk-TJ7Q3D6Q.js";
import "./chunk-NTEOURNR.js";
import "./chunk-M3UAY3CX.js";
import {
  headCommit
} from "./chunk-S2CQAO26.js";
import "./chunk-XAWRQWTT.js";
import "./chunk-J2HC3OBI.js";
import "./chunk-POLLFBIY.js";
import "./chunk-K3ZHAPP6.js";
import {
  discoverEnvironments,
  loadConfig
} from "./chunk-HI2CB3BG.js";
import {
  action
} from "./chunk-LR7QPOOY.js";
import "./chunk-WVJIADMF.js";
import "./chunk-LDDIOIKT.js";
import "./chunk-4WFFHY5W.js";
import "./chunk-I5JGUYUF.js";
import "./chunk-VI375W5W.js";
import "./chunk-YGF2LCPS.js";
import "./chunk-ILDUC7BX.js";
import "./chunk-6A2SAIH4.js";
import "./chunk-HRSHY6RN.js";
import "./chunk-MBO2E76D.js";
import "./chunk-36EPN6MW.js";
import "./chunk-PEXW4HFU.js";
import {
  findKustomizationFile
} from "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import "./chunk-GKJJR7QI.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-GZHCTZ73.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-HYL7XOB6.js";
import "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/release.ts
import { resolve } from "node:path";

// src/promotion/status.ts
import { join } from "node:path";
async function releaseStatus(repoRoot, config, nowMs) {
  const ecr = requireEcrConfig(config);
  const promotion = resolvePromotionConfig(config);
  const head = await headCommit(repoRoot);
  const { environments } = await discoverEnvironments({ repoRoot, config });
  const configured = Object.keys(promotion.environments);
  const ordered = [...environments].filter((env) => env.type !== "yaml").sort((a, b) => rank(configured, a.name) - rank(configured, b.name));
  const histories = /* @__PURE__ */ new Map();
  const rows = [];
  for (const env of ordered) {
    const name = await findKustomizationFile(join(repoRoot, env.path));
    if (!name) continue;
    const file = env.path === "." ? name : `${env.path}/${name}`;
    const history = await environmentHistory(repoRoot, env.name, file, ecr, head);
    histories.set(env.name, history);
    const latest = history.at(-1);
    const services = {};
    for (const service of Object.keys(ecr.services)) {
      const tag = latest?.tags[service];
      const digest = latest?.digests[service];
      if (tag || digest) services[service] = { ...tag ? { tag } : {}, ...digest ? { digest } : {} };
    }
    const row = {
      name: env.name,
      file,
      services,
      next: [],
      ...promotion.environments[env.name]?.follows ? { follows: promotion.environments[env.name].follows } : {}
    };
    if (latest) {
      if (latest.release) row.release = latest.release;
      const since = residencies(history, latest.digests).at(-1);
      const start = history.find((r) => r.commit === since?.commit) ?? latest;
      row.promoted = {
        commit: start.commit,
        at: new Date(start.dateMs).toISOString(),
        subject: start.subject,
        emergency: start.trailers[TRAILERS.emergency]?.[0] === "true",
        rollback: isRollback(start, env.name),
        ...start.trailers[TRAILERS.reason]?.[0] ? { reason: start.trailers[TRAILERS.reason][0] } : {}
      };
      row.soakedMs = Math.max(0, nowMs - start.dateMs);
    }
    rows.push(row);
  }
  for (const row of rows) {
    const latest = histories.get(row.name)?.at(-1);
    for (const next of nextEnvironments(promotion, row.name)) {
      if (!latest) continue;
      const target = (histories.get(next) ?? []).at(-1);
      const already = target && Object.entries(latest.digests).every(([service, digest]) => target.digests[service] === digest);
      const gates = already ? [
        {
          gate: "from",
          status: "pass",
          message: `${next} already runs ${row.release ?? "these digests"}`
        }
      ] : evaluateGates({
        config: promotion,
        target: promotion.environments[next],
        targetName: next,
        release: row.release ?? "this release",
        digests: latest.digests,
        fromHistory: histories.get(row.name) ?? [],
        nowMs
      });
      row.next.push({ environment: next, open: !already && gates.every((g) => g.status !== "fail"), gates });
    }
  }
  return { commit: head, now: new Date(nowMs).toISOString(), environments: rows };
}
function rank(order, name) {
  const index = order.indexOf(name);
  return index < 0 ? order.length : index;
}

// src/cli/release.ts
var registerReleaseCommands = (program, context) => {
  const release = program.command("release").description("Releases across environments.");
  release.command("status").description(
    "For each environment: the release and digest per service, the promotion commit and when, how long it has soaked, and whether the next environment\u2019s gates are open now."
  ).option("--format <format>", "text or json", "text").option("--now <iso-8601>", "the time soak and windows are measured at (default: the clock)").option("--config <file>", "slipway.yaml (default: at the repository root)").action(
    action(context, async (flags) => {
      const format = parseFormat(flags.format);
      const nowMs = parseNow(flags.now);
      const repoRoot = await findRepoRoot(context.cwd);
      const config = await loadConfig(
        repoRoot,
        flags.config === void 0 ? void 0 : resolve(context.cwd, flags.config)
      );
      const status = await releaseStatus(repoRoot, config, nowMs);
      context.stdout.write(format === "json" ? `${JSON.stringify(status, null, 2)}
` : formatStatus(status));
      return 0;
    })
  );
};
export {
  registerReleaseCommands
};
//# sourceMappingURL=release-IKWR46RS.js.map
