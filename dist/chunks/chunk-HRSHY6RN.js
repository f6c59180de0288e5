import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/kustomize/source-edit.ts
var import_yaml = __toESM(require_dist(), 1);
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function endOfLine(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}
function contentEnd(node) {
  if (((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1);
    if ((0, import_yaml.isMap)(node)) {
      const pair = last;
      return pair.value ? contentEnd(pair.value) : pair.key.range?.[1] ?? 0;
    }
    return contentEnd(last);
  }
  return node.range?.[1] ?? 0;
}
function renderScalar(value, like) {
  const type = like?.type;
  if (type === import_yaml.Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (type === import_yaml.Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  const plain = (0, import_yaml.stringify)(value, { lineWidth: 0 }).replace(/\n$/, "");
  return plain === value ? value : JSON.stringify(value);
}
function splice(k, start, end, insert) {
  const text = k.toString();
  k.replaceText(text.slice(0, start) + insert + text.slice(end));
}
function editDocument(k, edit) {
  const document = k.document.clone();
  edit(document);
  const indentSeq = detectSeqIndent(k) !== "";
  k.replaceText(document.toString({ lineWidth: 0, indentSeq }));
}
function detectSeqIndent(k) {
  const text = k.toString();
  const root = k.document.contents;
  if (!(0, import_yaml.isMap)(root)) return "";
  for (const pair of root.items) {
    const value = pair.value;
    const key = pair.key;
    if (!(0, import_yaml.isSeq)(value) || value.flow || !value.range || !key.range) continue;
    const keyCol = key.range[0] - lineStart(text, key.range[0]);
    const dashCol = value.range[0] - lineStart(text, value.range[0]);
    return " ".repeat(Math.max(0, dashCol - keyCol));
  }
  return "";
}
function setScalar(k, node, value) {
  if (node.value === value && typeof node.value === "string") return;
  const [start, end] = node.range ?? [void 0, void 0];
  if (start === void 0 || end === void 0 || node.type === import_yaml.Scalar.BLOCK_FOLDED || node.type === import_yaml.Scalar.BLOCK_LITERAL) {
    throw new ConfigError(
      `cannot edit the value ${JSON.stringify(String(node.value))} in place (a block scalar); write it as a plain or quoted string`,
      k.path
    );
  }
  splice(k, start, end, renderScalar(value, node));
}
function mapKeyColumn(text, map) {
  const first = map.items[0]?.key;
  const start = first?.range?.[0];
  if (start === void 0) return void 0;
  const prefix = text.slice(lineStart(text, start), start);
  return { column: prefix.length, ownLine: /^\s*(?:-\s+)*$/.test(prefix) };
}
function renderBlock(value, indent, seqIndent) {
  if (typeof value === "string") return ` ${renderScalar(value)}
`;
  return `
${renderItem(value, indent + seqIndent)}`;
}
function renderItem(value, dashIndent, gap = " ") {
  if (typeof value === "string") return `${dashIndent}-${gap}${renderScalar(value)}
`;
  const keyIndent = dashIndent + " ".repeat(1 + gap.length);
  return Object.entries(value).map(([key, v], i) => `${i === 0 ? `${dashIndent}-${gap}` : keyIndent}${key}: ${renderScalar(v)}
`).join("");
}
function addPair(k, map, key, value) {
  const text = k.toString();
  const target = map ?? ((0, import_yaml.isMap)(k.document.contents) ? k.document.contents : void 0);
  const column = target && !target.flow ? mapKeyColumn(text, target) : void 0;
  if (!target || !column?.ownLine) {
    editDocument(k, (document) => {
      const node = document.createNode(value);
      if (!target) document.set(key, node);
      else findSame(document, target)?.set(key, node);
    });
    return;
  }
  const indent = " ".repeat(column.column);
  const seqIndent = detectSeqIndent(k);
  const rendered = Array.isArray(value) ? `
${value.map((item) => renderItem(item, indent + seqIndent)).join("")}` : renderBlock(value, indent, seqIndent);
  const at = target === k.document.contents ? text.length : endOfLine(text, contentEnd(target));
  let line = `${indent}${key}:${rendered}`;
  if (at === text.length && text.length > 0 && !text.endsWith("\n")) line = `
${line}`;
  splice(k, at, at, line);
}
function removePair(k, map, key) {
  const pair = map.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === key);
  if (!pair) return;
  const text = k.toString();
  const keyNode = pair.key;
  const start = keyNode.range?.[0];
  const column = mapKeyColumn(text, map);
  const prefix = start !== void 0 ? text.slice(lineStart(text, start), start) : "";
  const index = map.items.indexOf(pair);
  const next = map.items[index + 1]?.key;
  if (!map.flow && start !== void 0 && index === 0 && /^\s*-\s+$/.test(prefix) && next?.range) {
    splice(k, start, next.range[0], "");
    return;
  }
  if (map.flow || !/^\s*$/.test(prefix) || !column || start === void 0) {
    editDocument(k, (document) => findSame(document, map)?.delete(key));
    return;
  }
  const end = endOfLine(text, pair.value ? contentEnd(pair.value) : keyNode.range?.[1] ?? start);
  splice(k, lineStart(text, start), end, "");
}
function appendItem(k, seq, value) {
  const text = k.toString();
  const first = seq.items[0];
  const start = first?.range?.[0];
  const prefix = start !== void 0 ? text.slice(lineStart(text, start), start) : "";
  const dash = /^(\s*)-(\s+)$/.exec(prefix);
  if (seq.flow || !first || !dash) {
    editDocument(k, (document) => findSame(document, seq)?.add(document.createNode(value)));
    return;
  }
  const at = endOfLine(text, contentEnd(seq));
  let item = renderItem(value, dash[1], dash[2]);
  if (at === text.length && !text.endsWith("\n")) item = `
${item}`;
  splice(k, at, at, item);
}
function removeItem(k, seq, index) {
  const text = k.toString();
  const item = seq.items[index];
  const start = item?.range?.[0];
  const prefix = start !== void 0 ? text.slice(lineStart(text, start), start) : "";
  if (seq.flow || !item || start === void 0 || !/^\s*-\s+$/.test(prefix) || seq.items.length === 1) {
    editDocument(k, (document) => findSame(document, seq)?.delete(index));
    return;
  }
  splice(k, lineStart(text, start), endOfLine(text, contentEnd(item)), "");
}
function findSame(document, node) {
  const start = node.range?.[0];
  let found;
  const visit = (current) => {
    if (found) return;
    if (((0, import_yaml.isMap)(current) || (0, import_yaml.isSeq)(current)) && current.range?.[0] === start && current.constructor === node.constructor) {
      found = current;
      return;
    }
    if ((0, import_yaml.isMap)(current)) for (const pair of current.items) visit(pair.value);
    else if ((0, import_yaml.isSeq)(current)) for (const item of current.items) visit(item);
  };
  visit(document.contents);
  return found;
}

export {
  setScalar,
  addPair,
  removePair,
  appendItem,
  removeItem
};
//# sourceMappingURL=chunk-HRSHY6RN.js.map
