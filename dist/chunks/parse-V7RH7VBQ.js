import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  checkFailoverRegions,
  quickParseConfig,
  validate14
} from "./chunk-YGF2LCPS.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import "./chunk-GZHCTZ73.js";
import {
  documentToJs
} from "./chunk-XRJQ2ZGK.js";
import {
  pointerTokens,
  resolvePointer
} from "./chunk-HYL7XOB6.js";
import "./chunk-6JA5DT7B.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function parseConfig(text, name = "slipway.yaml") {
  const quick = quickParseConfig(text);
  if (quick) return quick;
  const document = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first.linePos?.[0]?.line;
    throw new ConfigError(`${first.message.split("\n")[0]}${line ? ` (line ${line})` : ""}`, name);
  }
  const value = documentToJs(document, name) ?? {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError("must be a mapping of settings", name);
  if (!validate14(value)) {
    const errors = (validate14.errors ?? []).filter((error) => error.keyword !== "if");
    const messages = errors.map((error) => {
      const key = keyOf(error.instancePath);
      if (error.keyword === "additionalProperties") {
        const extra = error.params.additionalProperty;
        return `unknown key "${key ? `${key}.` : ""}${extra}"`;
      }
      if (error.keyword === "required") {
        const missing = error.params.missingProperty;
        return `${key ? `${key}.` : ""}${missing}: is required`;
      }
      const actual = key ? resolvePointer(value, error.instancePath).value : void 0;
      return `${key || "(root)"}: ${error.message}${actual !== void 0 && typeof actual !== "object" ? ` (got ${JSON.stringify(actual)})` : ""}`;
    });
    throw new ConfigError([...new Set(messages)].join("; "), name);
  }
  const config = value;
  checkFailoverRegions(config, name);
  return config;
}
function keyOf(pointer) {
  return pointerTokens(pointer).reduce(
    (key, part) => /^[0-9]+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part,
    ""
  );
}
export {
  parseConfig
};
//# sourceMappingURL=parse-V7RH7VBQ.js.map
