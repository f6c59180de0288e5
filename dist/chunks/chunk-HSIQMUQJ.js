import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  escapePointer,
  resolvePointer
} from "./chunk-HYL7XOB6.js";

// src/schemas/errors.ts
var COMBINATORS = /* @__PURE__ */ new Set(["anyOf", "oneOf"]);
function violationsOf(errors, root) {
  const secret = isSecret(root);
  const combinatorPaths = errors.filter((error) => COMBINATORS.has(error.keyword)).map((error) => error.schemaPath);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const error of errors) {
    if (combinatorPaths.some((prefix) => error.schemaPath !== prefix && error.schemaPath.startsWith(`${prefix}/`))) continue;
    const violation = translate(error, root, secret && SECRET_VALUES.test(error.instancePath));
    if (!violation) continue;
    const key = `${violation.path}\0${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(violation);
  }
  return out;
}
var SECRET_VALUES = /^\/(?:data|stringData|binaryData)(?:\/|$)/;
function isSecret(root) {
  const object = root;
  return object?.kind === "Secret" && (object.apiVersion === "v1" || object.apiVersion === void 0);
}
function translate(error, root, hidden) {
  const params = error.params;
  const path = error.instancePath;
  const located = hidden ? { found: false, value: void 0 } : "data" in error ? { found: true, value: error.data } : resolvePointer(root, path);
  const known = located.found;
  const data = located.value;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const known2 = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closest(field, known2);
      return { path: `${path}/${escapePointer(field)}`, message: `unknown field "${field}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}` };
    }
    case "required":
      return { path, message: `missing required field "${String(params.missingProperty)}"` };
    case "type": {
      const expected = String(params.type).split(",").filter((type) => type !== "null").join(" or ");
      return { path, message: `expected ${expected}, got ${hidden ? `${typeOf(resolvePointer(root, path).value)} (Secret value not shown)` : describe(data, known)}` };
    }
    case "enum": {
      const allowed = (params.allowedValues ?? error.schema ?? []).filter((value) => value !== null);
      return { path, message: `invalid value ${describeValue(data, known)}: must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}` };
    }
    case "const":
      return { path, message: `invalid value ${describeValue(data, known)}: must be ${JSON.stringify(params.allowedValue)}` };
    case "format":
      return { path, message: `invalid ${String(params.format)}${known ? ` ${describeValue(data, true)}` : hidden ? " value (Secret value not shown)" : ""}` };
    case "pattern":
      return { path, message: `value ${describeValue(data, known)} does not match pattern ${String(params.pattern)}` };
    case "anyOf":
    case "oneOf":
      return { path, message: `value ${describeValue(data, known)} matches ${error.keyword === "oneOf" && params.passingSchemas ? "more than one" : "none"} of the allowed forms (${error.keyword})` };
    case "if":
      return void 0;
    // the failing then/else branch reports the actual problem
    default:
      return { path, message: `${known ? `value ${describeValue(data, true)} ` : ""}${error.message ?? `fails ${error.keyword}`}` };
  }
}
function describe(data, known) {
  if (!known) return "another type";
  const type = typeOf(data);
  return type === "string" || type === "number" || type === "integer" || type === "boolean" ? `${type} ${JSON.stringify(data)}` : type;
}
function typeOf(data) {
  return data === null ? "null" : Array.isArray(data) ? "array" : typeof data === "number" && Number.isInteger(data) ? "integer" : typeof data;
}
function describeValue(data, known) {
  if (!known) return "(value)";
  const text = JSON.stringify(data) ?? String(data);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function closest(name, known) {
  let best;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function levenshtein(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

export {
  violationsOf,
  closest
};
//# sourceMappingURL=chunk-HSIQMUQJ.js.map
