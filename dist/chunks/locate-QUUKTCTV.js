import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import {
  pointerTokens
} from "./chunk-HYL7XOB6.js";
import {
  refKey
} from "./chunk-6JA5DT7B.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/validation/locate.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var MERGE_KEYS = ["name", "containerPort", "port", "mountPath", "devicePath", "key", "id", "ip", "topologyKey"];
async function locateFindings(findings, results, repoRoot, inMemory) {
  const cache = /* @__PURE__ */ new Map();
  const load = (file) => {
    let entry = cache.get(file);
    if (!entry) {
      entry = readSource(resolve(repoRoot, file));
      cache.set(file, entry);
    }
    return entry;
  };
  const texts = /* @__PURE__ */ new Map();
  const documentAt = async (file, line) => {
    let lines = texts.get(file);
    if (!lines) {
      const text = inMemory?.get(file);
      lines = text !== void 0 ? Promise.resolve(text.split("\n")) : readFile(resolve(repoRoot, file), "utf8").then(
        (read) => read.split("\n"),
        () => void 0
      );
      texts.set(file, lines);
    }
    return parseDocumentAt(await lines ?? [], line);
  };
  const byEnvironment = /* @__PURE__ */ new Map();
  for (const result of results) {
    const index = /* @__PURE__ */ new Map();
    for (const resource of result.resources) index.set(refKey(resource.ref), resource);
    byEnvironment.set(result.environment.name, index);
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const result of results)
    for (const resource of result.resources)
      if (resource.line !== void 0 && resource.file) byFile.set(`${resource.file}|${refKey(resource.ref)}`, resource);
  for (const finding of findings) {
    if (finding.line !== void 0 || !finding.resource) continue;
    const resource = (finding.environment ? byEnvironment.get(finding.environment)?.get(refKey(finding.resource)) : void 0) ?? (finding.file ? byFile.get(`${finding.file}|${refKey(finding.resource)}`) : void 0);
    if (!resource) continue;
    try {
      const location = await locate(resource, finding.path ?? "", load, documentAt);
      if (!location) continue;
      finding.file = location.file;
      finding.line = location.line;
      finding.column = location.column;
      if (!location.exact) finding.locationApproximate = true;
    } catch {
    }
  }
}
async function locate(resource, pointer, load, documentAt) {
  const tokens = pointerTokens(pointer);
  const origin = resource.origin;
  if (!origin) {
    if (!resource.file || resource.line === void 0) return void 0;
    const found = await documentAt(resource.file, resource.line);
    if (!found) return void 0;
    const location = navigate(found.document, found.source, resource.file, tokens, resource.object, false);
    return location && { ...location, line: location.line + resource.line - 1 };
  }
  for (const step of [...origin.transformations].reverse()) {
    const found = await fromTransformer(step.kind, step.configuredIn, resource, tokens, load);
    if (found) return found;
  }
  if (origin.path && !origin.repo) {
    const source = await load(origin.path);
    const document = source && findDocument(source, resource.object);
    if (source && document) return navigate(document, source, origin.path, tokens, resource.object, false);
  }
  if (origin.configuredIn) {
    const found = await kustomizationEntry(
      origin.configuredIn,
      ["configMapGenerator", "secretGenerator"],
      resource,
      load
    );
    if (found) return { ...found, exact: false };
  }
  return void 0;
}
async function fromTransformer(kind, kustomization, resource, tokens, load) {
  const pointer = `/${tokens.join("/")}`;
  const source = await load(kustomization);
  const document = source?.documents[0];
  if (!source || !document || !(0, import_yaml.isMap)(document.contents)) return void 0;
  const root = document.contents;
  if (kind === "ImageTagTransformer" && /\/(containers|initContainers|ephemeralContainers)\/\d+\/image$/.test(pointer)) {
    const image = String(valueAt(resource.object, tokens) ?? "");
    const repository = image.split("@")[0].replace(/:[^/:]*$/, "");
    const images = root.get("images", true);
    if ((0, import_yaml.isSeq)(images)) {
      for (const entry of images.items) {
        if (!(0, import_yaml.isMap)(entry)) continue;
        const name = String(entry.get("newName") ?? entry.get("name") ?? "");
        if (name === repository || image.startsWith(`${name}:`) || image.startsWith(`${name}@`)) {
          const tag = entry.get("newTag");
          const digest = entry.get("digest");
          if (tag !== void 0 && !image.includes(`:${String(tag)}`) || digest !== void 0 && !image.endsWith(`@${String(digest)}`))
            continue;
          const node = entry.get("digest", true) && image.includes("@") ? entry.get("digest", true) : entry.get("newTag", true) ?? entry;
          return position(node, source, kustomization, true);
        }
      }
    }
  }
  if (kind === "ReplicaCountTransformer" && pointer === "/spec/replicas") {
    const replicas = root.get("replicas", true);
    const entry = (0, import_yaml.isSeq)(replicas) ? bestNamedEntry(replicas.items, resource.ref.name) : void 0;
    if (entry && !valueDiffers(
      entry.get("count", true),
      resource.object.spec && resource.object.spec.replicas
    )) {
      return position(entry.get("count", true) ?? entry, source, kustomization, true);
    }
  }
  if (kind === "NamespaceTransformer" && pointer === "/metadata/namespace")
    return keyLine(root, "namespace", source, kustomization);
  if (kind === "PrefixTransformer" && pointer === "/metadata/name")
    return keyLine(root, "namePrefix", source, kustomization);
  if (kind === "SuffixTransformer" && pointer === "/metadata/name")
    return keyLine(root, "nameSuffix", source, kustomization);
  if (kind === "ReplacementTransformer") return fromReplacements(root, kustomization, resource, tokens, source);
  if (kind === "PatchTransformer" || kind === "PatchStrategicMergeTransformer" || kind === "PatchJson6902Transformer") {
    return fromPatches(root, kustomization, resource, tokens, source, load);
  }
  return void 0;
}
async function fromPatches(root, kustomization, resource, tokens, source, load) {
  const dir = kustomization.split("/").slice(0, -1).join("/");
  const entries = [];
  for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
    const list = root.get(key, true);
    if ((0, import_yaml.isSeq)(list)) entries.push(...list.items);
  }
  for (const entry of entries.reverse()) {
    let patchFile;
    let inline;
    if ((0, import_yaml.isScalar)(entry)) patchFile = String(entry.value);
    else if ((0, import_yaml.isMap)(entry)) {
      if (entry.has("path")) patchFile = String(entry.get("path"));
      else inline = entry.get("patch", true);
      const target = entry.get("target");
      if (target && !targetMatches(target.toJSON?.() ?? target, resource)) continue;
    }
    if (patchFile) {
      const file = dir ? `${dir}/${patchFile}` : patchFile;
      const patch = await load(file);
      if (!patch) continue;
      for (const document of patch.documents) {
        const found = claim(document, patch, file, tokens, resource);
        if (found) return found;
      }
    } else if (inline && (0, import_yaml.isScalar)(inline) && typeof inline.value === "string") {
      const text = inline.value;
      const lines = new import_yaml.LineCounter();
      const documents = (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines, keepSourceTokens: false });
      const parsed = {
        documents: Array.isArray(documents) ? documents : [documents],
        lines,
        text: text.split("\n")
      };
      for (const document of parsed.documents) {
        const found = claim(document, parsed, kustomization, tokens, resource);
        if (found) {
          const start = source.lines.linePos(inline.range?.[0] ?? 0);
          if (inline.type === "BLOCK_LITERAL" || inline.type === "BLOCK_FOLDED") {
            const firstContentLine = source.text[start.line] ?? "";
            const indent = firstContentLine.length - firstContentLine.trimStart().length;
            return { ...found, line: start.line + found.line, column: found.column + indent };
          }
          return { ...found, line: start.line + found.line - 1, column: start.col, exact: false };
        }
      }
    }
  }
  return void 0;
}
function fromReplacements(root, kustomization, resource, tokens, source) {
  const replacements = root.get("replacements", true);
  if (!(0, import_yaml.isSeq)(replacements)) return void 0;
  for (const replacement of replacements.items) {
    const targets = (0, import_yaml.isMap)(replacement) ? replacement.get("targets", true) : void 0;
    if (!(0, import_yaml.isSeq)(targets)) continue;
    for (const target of targets.items) {
      if (!(0, import_yaml.isMap)(target)) continue;
      const select = target.get("select")?.toJSON?.();
      if (select?.kind && select.kind !== resource.ref.kind) continue;
      const fieldPaths = target.get("fieldPaths", true);
      if (!(0, import_yaml.isSeq)(fieldPaths)) continue;
      for (const fieldPath of fieldPaths.items) {
        if ((0, import_yaml.isScalar)(fieldPath) && fieldPathMatches(String(fieldPath.value), tokens))
          return position(fieldPath, source, kustomization, true);
      }
    }
  }
  return void 0;
}
function fieldPathMatches(fieldPath, tokens) {
  const parts = fieldPath.match(/\[[^\]]*\]|[^.]+/g) ?? [];
  if (parts.length !== tokens.length) return false;
  return parts.every(
    (part, i) => part === "*" || part === tokens[i] || part.startsWith("[") && /^\d+$/.test(tokens[i])
  );
}
function claim(document, source, file, tokens, resource) {
  const contents = document.contents;
  if ((0, import_yaml.isSeq)(contents)) {
    const pointer = `/${tokens.join("/")}`;
    for (const op of contents.items) {
      if (!(0, import_yaml.isMap)(op)) continue;
      const path = String(op.get("path") ?? "");
      if (path && (pointer === path || pointer.startsWith(`${path}/`))) return position(op, source, file, true);
    }
    return void 0;
  }
  if (!(0, import_yaml.isMap)(contents)) return void 0;
  const kind = contents.get("kind");
  if (kind !== void 0 && kind !== resource.ref.kind) return void 0;
  const name = contents.getIn(["metadata", "name"]);
  if (typeof name === "string" && name !== resource.ref.name && !new RegExp(`(^|-)${escapeRegExp(name)}(-|$)`).test(resource.ref.name))
    return void 0;
  const found = navigate(document, source, file, tokens, resource.object, true);
  return found?.exact ? found : void 0;
}
function targetMatches(target, resource) {
  if (target.kind && target.kind !== resource.ref.kind) return false;
  if (typeof target.name === "string" && !new RegExp(`^(.*-)?${escapeRegExp(target.name)}(-.*)?$`).test(resource.ref.name) && !new RegExp(`^${target.name}$`).test(resource.ref.name))
    return false;
  return true;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function navigate(document, source, file, tokens, object, strictLists) {
  let node = document.contents;
  let rendered = object;
  let deepest = node ?? void 0;
  let consumed = 0;
  for (const token of tokens) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === token
      );
      if (!pair) break;
      node = pair.value ?? pair.key;
      deepest = pair.key ?? node;
    } else if ((0, import_yaml.isSeq)(node)) {
      const renderedItem = Array.isArray(rendered) ? rendered[Number(token)] : void 0;
      let match;
      const key = renderedItem && typeof renderedItem === "object" ? MERGE_KEYS.find((candidate) => candidate in renderedItem) : void 0;
      if (key)
        match = node.items.find(
          (item) => (0, import_yaml.isMap)(item) && String(item.get(key)) === String(renderedItem[key])
        );
      if (!match && !strictLists) match = node.items[Number(token)];
      if (!match) break;
      node = match;
      deepest = match;
    } else break;
    rendered = rendered && typeof rendered === "object" ? rendered[token] : void 0;
    consumed++;
  }
  if (!deepest) return void 0;
  const exact = consumed === tokens.length && !valueDiffers(node, rendered);
  return position(deepest, source, file, exact);
}
function valueDiffers(node, rendered) {
  if (!(0, import_yaml.isScalar)(node) || rendered === void 0 || rendered !== null && typeof rendered === "object") return false;
  return String(node.value) !== String(rendered);
}
function bestNamedEntry(items, resourceName) {
  let best;
  for (const entry of items) {
    if (!(0, import_yaml.isMap)(entry)) continue;
    const name = String(entry.get("name") ?? "");
    if (!name) continue;
    if (name === resourceName) return entry;
    if (new RegExp(`(^|-)${escapeRegExp(name)}(-|$)`).test(resourceName) && (!best || name.length > best.length))
      best = { entry, length: name.length };
  }
  return best?.entry;
}
function findDocument(source, object) {
  const kind = object.kind;
  const name = String(object.metadata?.name ?? "");
  const sameKind = source.documents.filter(
    (document) => (0, import_yaml.isMap)(document.contents) && document.contents.get("kind") === kind
  );
  return sameKind.find((document) => document.contents.getIn(["metadata", "name"]) === name) ?? sameKind.find(
    (document) => name.includes(String(document.contents.getIn(["metadata", "name"]) ?? "\0"))
  ) ?? sameKind[0] ?? source.documents[0];
}
async function kustomizationEntry(kustomization, keys, resource, load) {
  const source = await load(kustomization);
  const root = source?.documents[0]?.contents;
  if (!source || !(0, import_yaml.isMap)(root)) return void 0;
  for (const key of keys) {
    const list = root.get(key, true);
    const entry = (0, import_yaml.isSeq)(list) ? bestNamedEntry(list.items, resource.ref.name) : void 0;
    if (entry) return position(entry, source, kustomization, false);
  }
  return void 0;
}
function keyLine(root, key, source, file) {
  const pair = root.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === key);
  return pair ? position(pair.key, source, file, true) : void 0;
}
function position(node, source, file, exact) {
  const { line, col } = source.lines.linePos(node.range?.[0] ?? 0);
  return { file, line, column: col, exact };
}
function valueAt(object, tokens) {
  let current = object;
  for (const token of tokens)
    current = current && typeof current === "object" ? current[token] : void 0;
  return current;
}
function parseDocumentAt(lines, line) {
  let end = line - 1;
  while (end < lines.length && !/^---(?:\s.*)?$/.test(lines[end])) end++;
  const lineCounter = new import_yaml.LineCounter();
  const [document] = (0, import_yaml.parseAllDocuments)(lines.slice(line - 1, end).join("\n"), { lineCounter });
  const text = lines.slice(line - 1, end);
  return document ? { document, source: { documents: [document], lines: lineCounter, text } } : void 0;
}
async function readSource(path) {
  try {
    const text = await readFile(path, "utf8");
    const lines = new import_yaml.LineCounter();
    const parsed = (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines });
    return {
      documents: Array.isArray(parsed) ? parsed : [parsed],
      lines,
      text: text.split("\n")
    };
  } catch {
    return void 0;
  }
}
export {
  locateFindings
};
//# sourceMappingURL=locate-QUUKTCTV.js.map
