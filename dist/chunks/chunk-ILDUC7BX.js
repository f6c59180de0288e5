import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  nodeCrypto
} from "./chunk-N5PUN5AS.js";
import {
  RenderError
} from "./chunk-OAC4VE6L.js";

// src/render/files.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "dist", ".slipway-cache"]);
async function listFiles(root, dir = root, filter = () => true) {
  const out = [];
  const walk = (current, prefix) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith(".") && entry.name !== ".github") continue;
        walk(join(current, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.isFile() && filter(entry.name)) {
        out.push(prefix + entry.name);
      }
    }
  };
  const start = toPosix(relative(root, dir));
  walk(dir, start === "" ? "" : `${start}/`);
  return out.sort();
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function isManifestFile(name) {
  return /\.(ya?ml|json)$/i.test(name);
}
var MAX_INPUT_FILE_BYTES = 32 * 1024 * 1024;
async function readInputFile(path, display, encoding = "utf8") {
  checkInputSize(statSync(path).size, display);
  return encoding === null ? readFileSync(path) : readFileSync(path, "utf8");
}
function checkInputSize(size, display) {
  if (size > MAX_INPUT_FILE_BYTES)
    throw new RenderError(
      `${size.toLocaleString("en-US")} bytes, more than the ${MAX_INPUT_FILE_BYTES.toLocaleString("en-US")} allowed for one input file`,
      display
    );
}

// src/manifests/secret-redaction.ts
var REDACTED = "<redacted>";
var REDACTED_OLD = "<redacted: old value>";
var REDACTED_NEW = "<redacted: new value>";
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
function isSecret(object) {
  return object !== void 0 && object.kind === "Secret" && (object.apiVersion === "v1" || object.apiVersion === void 0);
}
function redactSecretPair(base, head) {
  const before = secretValues(base);
  const after = secretValues(head);
  const keys = { added: [], changed: [], removed: [] };
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (a === void 0) keys.added.push(key);
    else if (b === void 0) keys.removed.push(key);
    else if (a !== b) keys.changed.push(key);
  }
  for (const list of [keys.added, keys.changed, keys.removed]) list.splice(0, list.length, ...list.map(displayKey));
  keys.added.sort();
  keys.changed.sort();
  keys.removed.sort();
  const changed = new Set(keys.changed);
  return {
    base: base && redactOne(base, (key) => changed.has(key) ? REDACTED_OLD : REDACTED),
    head: head && redactOne(head, (key) => changed.has(key) ? REDACTED_NEW : REDACTED),
    keys
  };
}
function redactSecret(object) {
  return isSecret(object) ? redactOne(object, () => REDACTED) : object;
}
function redactOne(secret, placeholder) {
  const copy = structuredClone(secret);
  for (const field of ["data", "stringData", "binaryData"]) {
    const values = copy[field];
    if (values && typeof values === "object" && !Array.isArray(values)) {
      const redacted = {};
      for (const key of Object.keys(values)) redacted[displayKey(key)] = placeholder(key);
      copy[field] = redacted;
    } else if (values !== void 0) copy[field] = REDACTED;
  }
  const annotations = copy.metadata?.annotations;
  if (annotations && LAST_APPLIED in annotations) annotations[LAST_APPLIED] = REDACTED;
  return copy;
}
var VALID_KEY = /^[-._a-zA-Z0-9]+$/;
var keyLabelSecret;
function displayKey(key) {
  if (VALID_KEY.test(key)) return key;
  const crypto = nodeCrypto();
  keyLabelSecret ??= crypto.randomBytes(16);
  return `<invalid key name ${crypto.createHmac("sha256", keyLabelSecret).update(key).digest("hex").slice(0, 8)}>`;
}
function secretValues(secret) {
  const values = /* @__PURE__ */ new Map();
  if (!secret) return values;
  const data = secret.data;
  if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) values.set(key, decodeBase64(String(value)));
  }
  const stringData = secret.stringData;
  if (stringData && typeof stringData === "object") {
    for (const [key, value] of Object.entries(stringData)) values.set(key, String(value));
  }
  return values;
}
function decodeBase64(value) {
  return Buffer.from(value, "base64").toString("utf8");
}
var MIN_SCRUB_LENGTH = 8;
var SECRET_CONTENT_REMOVED = "[secret content removed]";
function sanitizeRenderMessage(message) {
  let out = message;
  out = out.replace(/literal sources \[[\s\S]*?\](?=: |"|$)/g, `literal sources ${SECRET_CONTENT_REMOVED}`);
  out = out.replace(
    /literal sources \[(?!secret content removed\])[^\n]*/g,
    `literal sources ${SECRET_CONTENT_REMOVED}`
  );
  out = out.replace(
    /invalid literal source [\s\S]*?, expected key=value/g,
    `invalid literal source ${SECRET_CONTENT_REMOVED}, expected key=value`
  );
  out = out.replace(
    /((?:file sources|env source files|env sources)\s*:?\s*)\[[^\]\n]*\]/gi,
    `$1${SECRET_CONTENT_REMOVED}`
  );
  out = removeDumps(out);
  return out;
}
var SECRET_FIELD = /(^|[^A-Za-z])(data|stringData|binaryData)\b\s*["']?\s*[:=]/;
function removeDumps(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const isMap = text.startsWith("map[", i);
    if (ch === "{" || isMap) {
      const open = isMap ? "[" : "{";
      const close = isMap ? "]" : "}";
      const startBody = isMap ? i + 4 : i + 1;
      let depth = 1;
      let j = startBody;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === open) depth++;
        else if (text[j] === close) depth--;
      }
      const block = text.slice(i, j);
      if (SECRET_FIELD.test(block) || /"(data|stringData|binaryData)"/.test(block)) {
        out += SECRET_CONTENT_REMOVED;
        i = j;
        continue;
      }
      out += ch;
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  const lines = out.split("\n");
  const kept = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const match = /^(\s*)(data|stringData|binaryData):/.exec(line);
    if (!match) {
      kept.push(line);
      continue;
    }
    const indent = match[1].length;
    kept.push(`${match[1]}${match[2]}: ${SECRET_CONTENT_REMOVED}`);
    while (k + 1 < lines.length && /^(\s*)/.exec(lines[k + 1])[1].length > indent && lines[k + 1].trim() !== "")
      k++;
  }
  return kept.join("\n");
}
var SecretScrubber = class {
  needles = /* @__PURE__ */ new Set();
  identifiers = /* @__PURE__ */ new Set();
  sorted;
  /** Remembers the values of every Secret among `objects` (other kinds are ignored). */
  addSecrets(objects) {
    for (const object of objects) {
      if (!isSecret(object)) continue;
      for (const field of ["data", "stringData", "binaryData"]) {
        const values = object[field];
        if (!values || typeof values !== "object") continue;
        for (const raw of Object.values(values)) {
          const text = String(raw);
          this.add(text);
          if (field !== "stringData") this.add(decodeBase64(text));
        }
      }
    }
  }
  /** Remembers one raw value (a secretGenerator literal, the content of a generator file). */
  addValue(value) {
    this.add(value);
  }
  /** Marks identifiers (environment names, paths, kinds, namespaces, names) that must never be rewritten. */
  protect(identifiers) {
    for (const id of identifiers) if (id) this.identifiers.add(id);
    this.sorted = void 0;
  }
  add(value) {
    const variants = [value, JSON.stringify(value).slice(1, -1), Buffer.from(value, "utf8").toString("base64")];
    for (const line of value.split("\n")) variants.push(line.trim());
    for (const variant of variants) if (variant.length >= MIN_SCRUB_LENGTH) this.needles.add(variant);
    this.sorted = void 0;
  }
  /** Number of distinct strings scrubbed. */
  get size() {
    return this.needles.size;
  }
  /** Returns `text` with every known Secret value (not part of a protected identifier) replaced by `***`, longest first. */
  scrub(text) {
    if (this.needles.size === 0) return text;
    this.sorted ??= [...this.needles].filter((needle) => ![...this.identifiers].some((id) => id.includes(needle))).sort((a, b) => b.length - a.length);
    let out = text;
    for (const needle of this.sorted) if (out.includes(needle)) out = out.split(needle).join("***");
    return out;
  }
};

export {
  listFiles,
  toPosix,
  isManifestFile,
  readInputFile,
  checkInputSize,
  isSecret,
  redactSecretPair,
  redactSecret,
  SECRET_CONTENT_REMOVED,
  sanitizeRenderMessage,
  SecretScrubber
};
//# sourceMappingURL=chunk-ILDUC7BX.js.map
