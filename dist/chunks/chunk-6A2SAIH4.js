import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  addPair,
  appendItem,
  removePair,
  setScalar
} from "./chunk-HRSHY6RN.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/kustomize/images.ts
var import_yaml = __toESM(require_dist(), 1);
var PARTS = ["newName", "newTag", "digest"];
var KEEP = "*";
function getImages(k) {
  const images = k.toJS().images;
  if (!Array.isArray(images)) return [];
  const out = [];
  for (const entry of images) {
    if (!entry || typeof entry !== "object" || typeof entry.name !== "string") continue;
    const image = { name: entry.name };
    for (const part of PARTS) {
      const value = entry[part];
      if (value !== void 0 && value !== null && value !== "") image[part] = String(value);
    }
    out.push(image);
  }
  return out;
}
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function validate(update, file) {
  if (typeof update.name !== "string" || update.name.trim() === "" || /\s/.test(update.name))
    throw new ConfigError(`images: invalid image name ${JSON.stringify(update.name)}`, file);
  if (update.newName !== void 0 && update.newName !== KEEP && (update.newName === "" || /\s|@/.test(update.newName)))
    throw new ConfigError(`images: invalid newName ${JSON.stringify(update.newName)} for ${update.name}`, file);
  if (update.newTag !== void 0 && update.newTag !== KEEP && !TAG.test(update.newTag))
    throw new ConfigError(
      `images: invalid newTag ${JSON.stringify(update.newTag)} for ${update.name} (letters, digits, ".", "_", "-"; at most 128)`,
      file
    );
  if (update.digest !== void 0 && update.digest !== KEEP && !DIGEST.test(update.digest))
    throw new ConfigError(
      `images: invalid digest ${JSON.stringify(update.digest)} for ${update.name} (expected sha256:<hex>)`,
      file
    );
}
function matches(k, name) {
  const seq = k.document.get("images", true);
  if (!(0, import_yaml.isSeq)(seq)) return [];
  const out = [];
  seq.items.forEach((item, index) => {
    if ((0, import_yaml.isMap)(item) && item.get("name") === name) out.push(index);
  });
  return out;
}
function entryAt(k, index) {
  return k.document.get("images", true).items[index];
}
function setImages(k, updates) {
  const before = k.toString();
  for (const update of updates) validate(update, k.path);
  const existing = k.document.get("images", true);
  if (existing !== void 0 && existing !== null && !(0, import_yaml.isSeq)(existing) && !((0, import_yaml.isScalar)(existing) && existing.value === null))
    throw new ConfigError("images: must be a list", k.path);
  for (const update of updates) {
    const indices = matches(k, update.name);
    if (indices.length === 0) {
      const entry = { name: update.name };
      for (const part of PARTS)
        if (update[part] !== void 0 && update[part] !== KEEP) entry[part] = update[part];
      const seq = k.document.get("images", true);
      if ((0, import_yaml.isSeq)(seq) && seq.items.length > 0) appendItem(k, seq, entry);
      else {
        if (seq !== void 0) removePair(k, k.document.contents, "images");
        addPair(k, void 0, "images", [entry]);
      }
      continue;
    }
    for (const index of indices) {
      for (const part of PARTS) {
        const wanted = update[part];
        const map = entryAt(k, index);
        const current = map.get(part, true);
        if (wanted === KEEP) continue;
        if (wanted === void 0) {
          if (map.has(part)) removePair(k, map, part);
        } else if (current && (0, import_yaml.isScalar)(current)) {
          if (scalarText(current) !== wanted) setScalar(k, current, wanted);
        } else {
          if (map.has(part)) removePair(k, map, part);
          addPair(k, entryAt(k, index), part, wanted);
        }
      }
    }
  }
  return k.toString() !== before;
}
function scalarText(node) {
  return node.type === "PLAIN" && typeof node.source === "string" ? node.source : String(node.value);
}

export {
  getImages,
  setImages
};
//# sourceMappingURL=chunk-6A2SAIH4.js.map
