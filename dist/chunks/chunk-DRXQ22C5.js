import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-HSIQMUQJ.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";

// src/validation/policies/config.ts
function resolveSeverity(id, severity, environment, overrides) {
  const override = overrides?.[id];
  if (override === void 0) return severity;
  if (typeof override === "string") return override;
  const perEnvironment = environment !== void 0 ? override.environments?.[environment] : void 0;
  return perEnvironment ?? override.severity ?? severity;
}
function checkOverrideIds(policies, checkIds, config, file = config.file ?? "slipway.yaml") {
  const policyIds = policies.map((policy) => policy.id);
  const problems = [];
  const verify = (section, overrides, known, other) => {
    for (const id of Object.keys(overrides ?? {})) {
      if (known.includes(id)) continue;
      const key = `${section}.overrides.${id}`;
      const otherSection = section === "policies" ? "checks" : "policies";
      if (other.includes(id)) {
        problems.push(`${key}: "${id}" is a ${section === "policies" ? "check" : "policy"}; move it under ${otherSection}.overrides`);
        continue;
      }
      const suggestion = closest(id, known);
      const what = section === "policies" ? "policy" : "check";
      problems.push(`${key}: unknown ${what} id "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; known ${what} ids: ${[...known].sort().join(", ") || "(none)"}`);
    }
  };
  verify("policies", config.policies?.overrides, policyIds, checkIds);
  verify("checks", config.checks?.overrides, checkIds, policyIds);
  if (problems.length > 0) throw new ConfigError(problems.join("; "), file);
}

export {
  resolveSeverity,
  checkOverrideIds
};
//# sourceMappingURL=chunk-DRXQ22C5.js.map
