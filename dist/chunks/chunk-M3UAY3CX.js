import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  changedFiles,
  repositoryRoot,
  resolveCommit
} from "./chunk-S2CQAO26.js";
import {
  podSpecOf
} from "./chunk-XAWRQWTT.js";
import {
  assignShards
} from "./chunk-POLLFBIY.js";
import {
  discoverEnvironments,
  isProductionEnvironment,
  loadConfig,
  monotonicMs,
  renderDiscovered
} from "./chunk-HI2CB3BG.js";
import {
  addKustomizationToGraph,
  emptyGraph,
  toRepo
} from "./chunk-LDDIOIKT.js";
import {
  exportCommit
} from "./chunk-4WFFHY5W.js";
import {
  SecretScrubber,
  isSecret,
  redactSecretPair,
  sanitizeRenderMessage
} from "./chunk-ILDUC7BX.js";
import {
  splitImageReference
} from "./chunk-36EPN6MW.js";
import {
  findKustomizationFile
} from "./chunk-UDUT55WC.js";
import {
  yaml
} from "./chunk-XRJQ2ZGK.js";
import {
  pointerTokens
} from "./chunk-HYL7XOB6.js";
import {
  formatRef,
  refKey,
  refOf
} from "./chunk-6JA5DT7B.js";
import {
  ConfigError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";

// src/config/sections/plan.ts
var GITHUB_COMMENT_LIMIT = 65536;
var BOOLEAN = { type: "boolean", errorMessage: "must be true or false" };
var planSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    ignore: {
      type: "array",
      // A field path, or a mapping with `path` and filters. `if`/`then`/`else` rather than
      // `oneOf`, so that a bad mapping reports its own key instead of "must be string".
      items: {
        if: { type: "string" },
        then: { minLength: 1 },
        else: {
          type: "object",
          additionalProperties: false,
          required: ["path"],
          properties: {
            path: { type: "string", minLength: 1 },
            apiVersion: { type: "string" },
            kind: { type: "string" },
            namespace: { type: "string" },
            name: { type: "string" }
          },
          errorMessage: {
            type: "must be a field path, or a mapping with path and optional apiVersion, kind, namespace, name"
          }
        }
      }
    },
    defaults: {
      type: "object",
      additionalProperties: false,
      properties: { generatorHash: BOOLEAN, lastAppliedConfiguration: BOOLEAN }
    },
    production: { type: "array", items: { type: "string", minLength: 1 } },
    maxCommentChars: {
      type: "integer",
      minimum: 1e3,
      maximum: GITHUB_COMMENT_LIMIT,
      errorMessage: `must be an integer from 1000 to ${GITHUB_COMMENT_LIMIT}`
    }
  }
};

// src/plan/field-path.ts
var IDENT = /^[A-Za-z0-9_$-]+/;
function parseFieldPath(text, where2 = "field path") {
  const fail = (why) => {
    throw new ConfigError(`${where2}: invalid field path ${JSON.stringify(text)}: ${why}`);
  };
  if (text.trim() === "") fail("empty");
  if (text.startsWith("/")) {
    return pointerTokens(text).map(
      (part) => part === "*" ? { type: "any" } : /^\d+$/.test(part) ? { type: "index", index: Number(part) } : { type: "key", key: part }
    );
  }
  const segments = [];
  let rest = text;
  let first = true;
  while (rest.length > 0) {
    if (rest.startsWith("[")) {
      const close = findClose(rest);
      if (close < 0) fail("unclosed [");
      const inner = rest.slice(1, close).trim();
      rest = rest.slice(close + 1);
      if (inner === "*") segments.push({ type: "any" });
      else if (/^\d+$/.test(inner)) segments.push({ type: "index", index: Number(inner) });
      else if (/^["'].*["']$/.test(inner)) segments.push({ type: "key", key: inner.slice(1, -1) });
      else {
        const eq = inner.indexOf("=");
        if (eq <= 0) fail(`expected [*], [N], ["key"] or [field=value], got [${inner}]`);
        segments.push({ type: "match", key: inner.slice(0, eq).trim(), value: unquote(inner.slice(eq + 1).trim()) });
      }
    } else {
      if (!first) {
        if (!rest.startsWith(".")) fail(`expected "." or "[" at ${JSON.stringify(rest)}`);
        rest = rest.slice(1);
      }
      if (rest.startsWith("*")) {
        segments.push({ type: "any" });
        rest = rest.slice(1);
      } else {
        const ident = IDENT.exec(rest);
        if (!ident) fail(`expected a field name at ${JSON.stringify(rest)}`);
        segments.push({ type: "key", key: ident[0] });
        rest = rest.slice(ident[0].length);
      }
    }
    first = false;
  }
  return segments;
}
function findClose(text) {
  let quote;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "]") return i;
  }
  return -1;
}
function unquote(value) {
  return /^["'].*["']$/.test(value) ? value.slice(1, -1) : value;
}
function formatFieldPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string")
      out += IDENT.test(segment) && IDENT.exec(segment)[0] === segment ? out ? `.${segment}` : segment : `[${JSON.stringify(segment)}]`;
    else out += `[${segment.key}=${segment.value}]`;
  }
  return out;
}
function deleteAtPath(value, pattern) {
  if (pattern.length === 0 || value === null || typeof value !== "object") return false;
  const [head, ...rest] = pattern;
  const last = rest.length === 0;
  let deleted = false;
  if (Array.isArray(value)) {
    const indexes = [];
    value.forEach((item, index) => {
      if (head.type === "any" || head.type === "index" && head.index === index) indexes.push(index);
      else if (head.type === "match" && item !== null && typeof item === "object" && String(item[head.key]) === head.value)
        indexes.push(index);
    });
    if (last) {
      for (const index of indexes.reverse()) value.splice(index, 1);
      return indexes.length > 0;
    }
    for (const index of indexes) deleted = deleteAtPath(value[index], rest) || deleted;
    return deleted;
  }
  const record = value;
  const keys = head.type === "any" ? Object.keys(record) : head.type === "key" ? [head.key] : [];
  for (const key of keys) {
    if (!(key in record)) continue;
    if (last) {
      delete record[key];
      deleted = true;
    } else deleted = deleteAtPath(record[key], rest) || deleted;
  }
  return deleted;
}

// src/plan/format/common.ts
function planLine(env) {
  return `${env.name}: ${counts(env)}`;
}
function counts(env) {
  return `${env.added} to add, ${env.changed} to change, ${env.removed} to destroy`;
}
function changeSymbol(change) {
  return change === "added" ? "+" : change === "removed" ? "-" : "~";
}
function resourceTitle(resource) {
  return `${formatRef(resource.ref)}${resource.previousName ? ` (was ${resource.previousName})` : ""}`;
}
function fieldLine(field, width = 100) {
  const path = formatFieldPath(field.path);
  if (field.op === "add") return `${path}: added ${short(field.after, width)}`;
  if (field.op === "remove") return `${path}: removed (was ${short(field.before, width)})`;
  return `${path}: ${short(field.before, width)} \u2192 ${short(field.after, width)}`;
}
function short(value, width = 100) {
  const text = value === void 0 ? "undefined" : JSON.stringify(value);
  return text.length > width ? `${text.slice(0, width - 1)}\u2026` : text;
}
function imageLabel(image) {
  if (!image) return "(none)";
  const parts = [image.tag ?? (image.digest ? "" : "latest")];
  if (image.digest) parts.push(`@${image.digest.length > 19 ? `${image.digest.slice(0, 19)}\u2026` : image.digest}`);
  return `${image.repository}:${parts.join("")}`.replace(/:@/, "@");
}
function secretKeyLine(resource) {
  const keys = resource.secretKeys;
  if (!keys) return void 0;
  const parts = [];
  if (keys.added.length) parts.push(`added ${keys.added.join(", ")}`);
  if (keys.changed.length) parts.push(`changed ${keys.changed.join(", ")}`);
  if (keys.removed.length) parts.push(`removed ${keys.removed.join(", ")}`);
  return parts.length ? `Secret keys ${parts.join("; ")} (values hidden)` : "Secret values unchanged (values hidden)";
}
function toolingSentence(count) {
  return `this change touches ${count === 1 ? "1 file" : `${count} files`} of Slipway's tooling or settings (dist/, actions/, .github/, slipway.yaml, policies/)`;
}

// src/plan/format/text.ts
function renderText(plan) {
  const out = [];
  out.push(`Plan: ${plan.base.ref} \u2192 ${plan.head.ref ?? "working tree"}`);
  if (plan.toolingChanges?.length)
    out.push(`  warning: ${toolingSentence(plan.toolingChanges.length)}: ${plan.toolingChanges.join(", ")}`);
  for (const note of plan.notes ?? []) out.push(`  note: ${note}`);
  for (const env of plan.environments) out.push(`  ${planLine(env)}`);
  out.push(`  total: ${plan.totals.added} to add, ${plan.totals.changed} to change, ${plan.totals.removed} to destroy`);
  for (const env of plan.environments) {
    out.push("", `${env.name} (${env.path})`);
    for (const error of env.errors) out.push(`  error: ${error}`);
    for (const risk of env.risks) out.push(`  ! [${risk.rule}] ${risk.message}`);
    for (const image of env.images)
      out.push(
        `  image ${formatRef(image.resource)} ${image.container}: ${imageLabel(image.before)} \u2192 ${imageLabel(image.after)}`
      );
    for (const resource of env.resources) {
      out.push(`  ${changeSymbol(resource.change)} ${resourceTitle(resource)}`);
      const secret = secretKeyLine(resource);
      if (resource.reason) out.push(`      ${resource.reason}`);
      if (secret) out.push(`      ${secret}`);
      else for (const field of resource.fields) out.push(`      ${fieldLine(field)}`);
      if (resource.rollsOut?.length) out.push(`      rolls out: ${resource.rollsOut.map(formatRef).join(", ")}`);
    }
    if (env.resources.length === 0 && env.errors.length === 0) out.push("  no changes");
  }
  if (plan.skipped.length) out.push("", `Not affected (not rendered): ${plan.skipped.map((s) => s.name).join(", ")}`);
  return `${out.join("\n")}
`;
}
function renderFullDiff(plan) {
  const out = [];
  for (const env of plan.environments) {
    out.push(`# ${planLine(env)}`);
    for (const resource of env.resources) {
      const name = `${env.name}/${formatRef(resource.ref)}`;
      const oldName = `${env.name}/${resource.previousName ? formatRef({ ...resource.ref, name: resource.previousName }) : formatRef(resource.ref)}`;
      out.push(`diff --slipway a/${oldName} b/${name}`);
      out.push(resource.change === "added" ? "--- /dev/null" : `--- a/${oldName}`);
      out.push(resource.change === "removed" ? "+++ /dev/null" : `+++ b/${name}`);
      if (resource.diff) out.push(resource.diff);
    }
  }
  return `${out.join("\n")}
`;
}

// src/plan/config.ts
function resolvePlanConfig(config, file = "slipway.yaml") {
  const section = config.plan ?? {};
  const ignore = (section.ignore ?? []).map((entry, i) => {
    const where2 = `plan.ignore[${i}]`;
    if (typeof entry === "string") return { pattern: parseFieldPath(entry, `${file}: ${where2}`), text: entry };
    return {
      pattern: parseFieldPath(entry.path, `${file}: ${where2}.path`),
      text: entry.path,
      ...entry.apiVersion !== void 0 ? { apiVersion: entry.apiVersion } : {},
      ...entry.kind !== void 0 ? { kind: entry.kind } : {},
      ...entry.namespace !== void 0 ? { namespace: entry.namespace } : {},
      ...entry.name !== void 0 ? { name: entry.name } : {}
    };
  });
  return {
    ignore,
    isProduction: (name) => isProductionEnvironment(config, name),
    generatorHash: section.defaults?.generatorHash !== false,
    lastAppliedConfiguration: section.defaults?.lastAppliedConfiguration !== false,
    maxCommentChars: section.maxCommentChars ?? GITHUB_COMMENT_LIMIT
  };
}
function parseMaxCommentChars(value, fallback, name) {
  if (value === void 0 || value === "") return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1e3 || Number(value) > GITHUB_COMMENT_LIMIT)
    throw new UsageError(
      `${name}: expected an integer from 1000 to ${GITHUB_COMMENT_LIMIT}, got ${JSON.stringify(value)}`
    );
  return Number(value);
}

// src/plan/plan.ts
import { availableParallelism } from "node:os";
import { readFile, stat as stat2 } from "node:fs/promises";
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join as join2, relative, resolve } from "node:path";

// src/plan/affected.ts
import { stat } from "node:fs/promises";
import { join } from "node:path";
async function dependencyGraph(repoRoot, environment) {
  const graph = emptyGraph();
  const root = join(repoRoot, environment.path);
  try {
    if (environment.application?.file) graph.files.add(toRepo(repoRoot, join(repoRoot, environment.application.file)));
    const info = await stat(root);
    if (!info.isDirectory()) graph.files.add(toRepo(repoRoot, root));
    else if (!await findKustomizationFile(root)) graph.dirs.add(toRepo(repoRoot, root));
    else await addKustomizationToGraph(repoRoot, root, graph, environment.kustomize?.components ?? []);
  } catch (error) {
    graph.complete = false;
    graph.reason = error.message;
  }
  return graph;
}
function isAffected(graph, changed) {
  for (const file of changed) {
    if (graph.files.has(file)) return true;
    for (const dir of graph.dirs) if (dir === "." || file.startsWith(`${dir}/`)) return true;
  }
  return false;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/plan/generators.ts
var HASH_SUFFIX = /^(.+)-([2456789bcdfghkmt]{10})$/;
function generatorStem(ref) {
  if (ref.apiVersion !== "v1" || ref.kind !== "ConfigMap" && ref.kind !== "Secret") return void 0;
  return HASH_SUFFIX.exec(ref.name)?.[1];
}
function generatorStems(base, head, key) {
  const group = (refs) => {
    const groups = /* @__PURE__ */ new Map();
    for (const ref of refs) {
      const stem = generatorStem(ref);
      if (stem === void 0) continue;
      const id = `${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ""}|${stem}`;
      groups.set(id, [...groups.get(id) ?? [], ref]);
    }
    return groups;
  };
  const before = group(base);
  const after = group(head);
  const result = { byName: /* @__PURE__ */ new Map(), byRef: /* @__PURE__ */ new Map() };
  for (const [id, refs] of before) {
    const other = after.get(id);
    if (!other || refs.length !== 1 || other.length !== 1) continue;
    const stem = generatorStem(refs[0]);
    for (const ref of [refs[0], other[0]]) {
      result.byName.set(ref.name, stem);
      result.byRef.set(key(ref), stem);
    }
  }
  return result;
}
function normalizeGeneratedNames(object, names) {
  const replaced = /* @__PURE__ */ new Set();
  if (names.size === 0) return replaced;
  const walk2 = (value) => {
    if (typeof value === "string") {
      const stem = names.get(value);
      if (stem !== void 0) {
        replaced.add(value);
        return stem;
      }
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk2(value[i]);
    } else if (value !== null && typeof value === "object") {
      const record = value;
      for (const key of Object.keys(record)) record[key] = walk2(record[key]);
    }
    return value;
  };
  for (const key of Object.keys(object)) if (key !== "apiVersion" && key !== "kind") object[key] = walk2(object[key]);
  return replaced;
}

// src/plan/images.ts
function parseImage(image) {
  const { name, tag, digest } = splitImageReference(image);
  const ref = { image, repository: name };
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}
function imagesOf(object) {
  const images = /* @__PURE__ */ new Map();
  const pod = podSpecOf(object);
  if (!pod) return images;
  for (const [field, prefix] of [
    ["initContainers", "init:"],
    ["containers", ""]
  ]) {
    const list = pod[field];
    if (!Array.isArray(list)) continue;
    for (const container of list) {
      if (container && typeof container === "object" && typeof container.image === "string")
        images.set(`${prefix}${String(container.name ?? "")}`, container.image);
    }
  }
  return images;
}
function imageChanges(ref, before, after) {
  const a = imagesOf(before);
  const b = imagesOf(after);
  const changes = [];
  for (const container of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()])) {
    const old = a.get(container);
    const next = b.get(container);
    if (old === next) continue;
    const change = { resource: ref, container };
    if (old !== void 0) change.before = parseImage(old);
    if (next !== void 0) change.after = parseImage(next);
    changes.push(change);
  }
  return changes;
}

// src/plan/risks.ts
import { isDeepStrictEqual } from "node:util";
var SCALABLE = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "ReplicaSet", "Rollout"]);
var SELECTOR_IMMUTABLE = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);
var STATEFULSET_MUTABLE = /* @__PURE__ */ new Set([
  "replicas",
  "template",
  "updateStrategy",
  "minReadySeconds",
  "ordinals",
  "persistentVolumeClaimRetentionPolicy"
]);
function assessRisks(changes, context) {
  const risks = [];
  const add = (rule, ref, message) => risks.push({ rule, message: `${formatRef(ref)}: ${message}`, resource: ref });
  for (const { change, ref, before, after } of changes) {
    const kind = ref.kind;
    if (change === "removed" && context.production)
      add("production-deletion", ref, `deleted from production environment ${context.environment}`);
    if (change === "removed" && kind === "PodDisruptionBudget")
      add("pdb-removed", ref, "PodDisruptionBudget removed: voluntary disruptions no longer limited");
    if (change === "removed" && kind === "NetworkPolicy")
      add("networkpolicy-removed", ref, "NetworkPolicy removed: traffic it restricted is now allowed");
    if (kind === "Namespace" && change !== "added")
      add(
        "namespace-changed",
        ref,
        change === "removed" ? "Namespace deleted: every resource in it is deleted" : "Namespace changed"
      );
    if (kind === "CustomResourceDefinition" && change !== "added")
      add(
        "crd-changed",
        ref,
        change === "removed" ? "CustomResourceDefinition deleted: every custom resource of it is deleted" : "CustomResourceDefinition changed"
      );
    if (kind === "PersistentVolumeClaim" && change !== "added")
      add(
        "pvc-changed",
        ref,
        change === "removed" ? "PersistentVolumeClaim deleted: its volume may be deleted" : "PersistentVolumeClaim changed"
      );
    if (change !== "changed" || !before || !after) continue;
    const a = before.spec ?? {};
    const b = after.spec ?? {};
    if (kind === "StatefulSet" && !isDeepStrictEqual(a.volumeClaimTemplates, b.volumeClaimTemplates))
      add("pvc-changed", ref, "spec.volumeClaimTemplates changed");
    if (SCALABLE.has(kind)) replicaRisks(ref, a, b, after, context, add);
    for (const field of immutableChanges(kind, before, after))
      add(
        "immutable-field",
        ref,
        `${field} is immutable; Argo CD cannot apply this in place (needs Replace=true or delete and recreate)`
      );
  }
  return risks;
}
function replicaRisks(ref, a, b, after, context, add) {
  const old = typeof a.replicas === "number" ? a.replicas : 1;
  const next = b.replicas;
  if (typeof next !== "number" || next >= old) return;
  if (next === 0) {
    add("replicas-zero", ref, `replicas lowered from ${old} to 0`);
    return;
  }
  const labels = after.spec?.template?.metadata?.labels ?? {};
  for (const pdb of context.headObjects) {
    if (pdb.kind !== "PodDisruptionBudget") continue;
    if ((pdb.metadata?.namespace ?? "") !== (ref.namespace ?? "")) continue;
    const spec = pdb.spec ?? {};
    if (typeof spec.minAvailable !== "number" || !selects(spec.selector, labels)) continue;
    if (next < spec.minAvailable)
      add(
        "replicas-below-pdb",
        ref,
        `replicas lowered from ${old} to ${next}, below minAvailable ${spec.minAvailable} of PodDisruptionBudget ${pdb.metadata?.name ?? ""}: node drains will block`
      );
  }
}
function selects(selector, labels) {
  if (!selector) return false;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const expression of selector.matchExpressions ?? []) {
    const has = expression.key in labels;
    const value = labels[expression.key];
    const values = expression.values ?? [];
    if (expression.operator === "In" && !(has && values.includes(value))) return false;
    if (expression.operator === "NotIn" && has && values.includes(value)) return false;
    if (expression.operator === "Exists" && !has) return false;
    if (expression.operator === "DoesNotExist" && has) return false;
  }
  return true;
}
function immutableChanges(kind, before, after) {
  const a = before.spec ?? {};
  const b = after.spec ?? {};
  const differs = (field) => !isDeepStrictEqual(a[field], b[field]);
  const fields = [];
  if (SELECTOR_IMMUTABLE.has(kind) && differs("selector")) fields.push("spec.selector");
  if (kind === "StatefulSet") {
    for (const field of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]))
      if (field !== "selector" && !STATEFULSET_MUTABLE.has(field) && differs(field)) fields.push(`spec.${field}`);
  }
  if (kind === "Job") {
    for (const field of ["selector", "template"]) if (differs(field)) fields.push(`spec.${field}`);
  }
  if (kind === "Service") {
    for (const field of ["clusterIP", "clusterIPs"])
      if (a[field] !== void 0 && b[field] !== void 0 && differs(field)) fields.push(`spec.${field}`);
  }
  if (kind === "PersistentVolumeClaim") {
    for (const field of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]))
      if (field !== "resources" && field !== "volumeAttributesClassName" && differs(field)) fields.push(`spec.${field}`);
  }
  if ((kind === "RoleBinding" || kind === "ClusterRoleBinding") && !isDeepStrictEqual(before.roleRef, after.roleRef))
    fields.push("roleRef");
  if (kind === "StorageClass") {
    for (const field of ["provisioner", "parameters", "reclaimPolicy", "volumeBindingMode"])
      if (!isDeepStrictEqual(before[field], after[field])) fields.push(field);
  }
  if ((kind === "ConfigMap" || kind === "Secret") && before.immutable === true) {
    for (const field of ["data", "binaryData", "stringData"])
      if (!isDeepStrictEqual(before[field], after[field])) fields.push(field);
  }
  return fields;
}

// src/plan/semantic.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";
var LIST_MERGE_KEYS = [
  "name",
  "key",
  "id",
  "containerPort",
  "port",
  "mountPath",
  "devicePath",
  "ip",
  "topologyKey",
  "secretKey",
  "type"
];
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function listMergeKey(a, b) {
  const items = [...a, ...b];
  if (items.length === 0 || !items.every(isRecord)) return void 0;
  for (const key of LIST_MERGE_KEYS) {
    if (uniqueScalar(a, key) && uniqueScalar(b, key)) return key;
  }
  return void 0;
}
function uniqueScalar(list, key) {
  const seen = /* @__PURE__ */ new Set();
  for (const item of list) {
    const value = item[key];
    if (typeof value !== "string" && typeof value !== "number") return false;
    if (seen.has(value)) return false;
    seen.add(value);
  }
  return true;
}
function diffValues(before, after, path = []) {
  const changes = [];
  walk(before, after, path, changes);
  return changes;
}
function walk(a, b, path, out) {
  if (isRecord(a) && isRecord(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const here = [...path, key];
      if (!(key in b)) out.push({ path: here, op: "remove", before: a[key] });
      else if (!(key in a)) out.push({ path: here, op: "add", after: b[key] });
      else walk(a[key], b[key], here, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = listMergeKey(a, b);
    if (key !== void 0) {
      const byKey = new Map(b.map((item) => [item[key], item]));
      const seen = /* @__PURE__ */ new Set();
      for (const item of a) {
        const id = item[key];
        const here = [...path, { key, value: id }];
        seen.add(id);
        if (!byKey.has(id)) out.push({ path: here, op: "remove", before: item });
        else walk(item, byKey.get(id), here, out);
      }
      for (const item of b) {
        const id = item[key];
        if (!seen.has(id)) out.push({ path: [...path, { key, value: id }], op: "add", after: item });
      }
      return;
    }
    if (a.length === b.length && (a.some(isRecord) || b.some(isRecord))) {
      for (let i = 0; i < a.length; i++) walk(a[i], b[i], [...path, i], out);
      return;
    }
  }
  if (!isDeepStrictEqual2(a, b)) out.push({ path, op: "replace", before: a, after: b });
}
function alignLists(before, after) {
  if (isRecord(before) && isRecord(after)) {
    const out = {};
    for (const [key, value] of Object.entries(after)) out[key] = key in before ? alignLists(before[key], value) : value;
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = listMergeKey(before, after);
    if (key === void 0) return after.map((item, i) => i < before.length ? alignLists(before[i], item) : item);
    const byKey = new Map(after.map((item) => [item[key], item]));
    const ordered = [];
    const used = /* @__PURE__ */ new Set();
    for (const item of before) {
      const id = item[key];
      if (byKey.has(id)) {
        ordered.push(alignLists(item, byKey.get(id)));
        used.add(id);
      }
    }
    for (const item of after) if (!used.has(item[key])) ordered.push(item);
    return ordered;
  }
  return after;
}

// src/plan/compare.ts
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
function compareEnvironment(input, config) {
  const stems = config.generatorHash ? generatorStems((input.base ?? []).map(refOf), (input.head ?? []).map(refOf), refKey) : { byName: /* @__PURE__ */ new Map(), byRef: /* @__PURE__ */ new Map() };
  const base = prepare(input.base ?? [], config, stems);
  const head = prepare(input.head ?? [], config, stems);
  const resources = [];
  const images = [];
  const riskInputs = [];
  const rollouts = /* @__PURE__ */ new Map();
  for (const [key, after] of head.byKey) {
    const before = base.byKey.get(key);
    if (!before) continue;
    for (const name of after.referenced) {
      if (name !== after.ref.name && !before.referenced.has(name)) {
        const list = rollouts.get(name) ?? [];
        list.push(after.ref);
        rollouts.set(name, list);
      }
    }
  }
  const keys = /* @__PURE__ */ new Set([...base.byKey.keys(), ...head.byKey.keys()]);
  for (const key of keys) {
    const before = base.byKey.get(key);
    const after = head.byKey.get(key);
    const change = !before ? "added" : !after ? "removed" : "changed";
    const ref = (after ?? before).ref;
    const secret = isSecret(before?.object) || isSecret(after?.object);
    let shownBefore = before?.object;
    let shownAfter = after?.object;
    let secretKeys;
    if (secret) {
      const redacted = redactSecretPair(before?.object, after?.object);
      shownBefore = redacted.base;
      shownAfter = redacted.head;
      secretKeys = redacted.keys;
    }
    let fields = change === "changed" ? diffValues(shownBefore, shownAfter) : [];
    const renamed = before && after && before.ref.name !== after.ref.name;
    const newNames = before && after ? [...after.referenced].filter((name) => !before.referenced.has(name)).sort() : [];
    let reason;
    if (change === "changed" && fields.length === 0 && !renamed && newNames.length > 0 && !secret) {
      shownBefore = before.raw;
      shownAfter = after.raw;
      fields = diffValues(shownBefore, shownAfter);
      reason = `rolls out: references the new generated name${newNames.length > 1 ? "s" : ""} ${newNames.join(", ")}`;
    }
    if (change === "changed" && fields.length === 0 && !renamed) continue;
    const entry = { change, ref, fields, diff: yamlDiff(shownBefore, shownAfter) };
    if (reason) entry.reason = reason;
    if (renamed) entry.previousName = before.ref.name;
    if (secretKeys) entry.secretKeys = secretKeys;
    const rolls = after && rollouts.get(after.ref.name);
    if (rolls && renamed) entry.rollsOut = rolls;
    resources.push(entry);
    images.push(...imageChanges(ref, before?.object, after?.object));
    riskInputs.push({ change, ref, before: before?.object, after: after?.object });
  }
  const order = { removed: 0, changed: 1, added: 2 };
  resources.sort((x, y) => order[x.change] - order[y.change] || formatRef(x.ref).localeCompare(formatRef(y.ref)));
  const risks = assessRisks(riskInputs, {
    environment: input.name,
    production: config.isProduction(input.name),
    headObjects: [...head.byKey.values()].map((entry) => entry.object)
  });
  return {
    name: input.name,
    path: input.path,
    added: resources.filter((r) => r.change === "added").length,
    changed: resources.filter((r) => r.change === "changed").length,
    removed: resources.filter((r) => r.change === "removed").length,
    resources,
    images,
    risks,
    errors: input.errors ?? []
  };
}
function prepare(objects, config, stems) {
  const byKey = /* @__PURE__ */ new Map();
  for (const original of objects) {
    const ref = refOf(original);
    const object = structuredClone(original);
    if (config.lastAppliedConfiguration && object.metadata?.annotations) {
      delete object.metadata.annotations[LAST_APPLIED];
      if (Object.keys(object.metadata.annotations).length === 0) delete object.metadata.annotations;
    }
    for (const rule of config.ignore) {
      if (rule.kind !== void 0 && rule.kind !== ref.kind) continue;
      if (rule.apiVersion !== void 0 && rule.apiVersion !== ref.apiVersion) continue;
      if (rule.namespace !== void 0 && rule.namespace !== (ref.namespace ?? "")) continue;
      if (rule.name !== void 0 && rule.name !== ref.name) continue;
      deleteAtPath(object, rule.pattern);
    }
    const raw = stems.byName.size ? structuredClone(object) : object;
    const referenced = normalizeGeneratedNames(object, stems.byName);
    const stem = stems.byRef.get(refKey(ref));
    const identity = stem !== void 0 ? { ...ref, name: stem } : ref;
    byKey.set(refKey(identity), { ref, object, raw, referenced });
  }
  return { byKey };
}
function yamlDiff(before, after) {
  const a = before ? dump(before) : "";
  const b = after ? dump(after === void 0 || before === void 0 ? after : alignLists(before, after)) : "";
  const patch = structuredPatch("base", "head", a, b, "", "", { context: 3 });
  const lines = [];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    for (const line of hunk.lines) if (!line.startsWith("\\")) lines.push(line);
  }
  return lines.join("\n");
}
function dump(object) {
  return yaml.dump(object, { lineWidth: -1, noRefs: true, sortKeys: false });
}

// src/plan/plan.ts
var GLOBAL_FILES = /* @__PURE__ */ new Set(["slipway.yaml", "slipway.yml"]);
async function createPlan(options) {
  const started = monotonicMs();
  const repo = await repositoryRoot(options.cwd);
  const baseCommit = await resolveCommit(repo, options.base, "--base");
  const headCommit = options.head ? await resolveCommit(repo, options.head, "--head") : void 0;
  const worktrees = [];
  const keep = (tree) => {
    worktrees.push(tree);
    return tree;
  };
  try {
    const exports = await Promise.allSettled([
      exportCommit(repo, baseCommit, "plan-base").then(keep),
      options.head ? exportCommit(repo, headCommit, "plan-head", { untrusted: true }).then(keep) : void 0
    ]);
    const failed = exports.find((outcome) => outcome.status === "rejected");
    if (failed) throw failed.reason;
    const [baseTree, headTree] = exports.map(
      (outcome) => outcome.value
    );
    if (!baseTree) throw new Error("unreachable: the base checkout is always exported");
    const headDir = headTree?.dir ?? repo;
    const configPath = options.configFile === void 0 ? void 0 : repoRelativePath(repo, options.cwd, options.configFile);
    const configFile = configPath ?? "slipway.yaml";
    const notes = [];
    const baseConfig = await loadConfig(baseTree.dir, configPath).catch((error) => {
      notes.push(
        `${configFile} could not be read at base (${errorMessage(error)}); this plan uses the default settings and plan rules`
      );
      return void 0;
    });
    const headConfig = await loadConfig(headDir, configPath).catch((error) => {
      notes.push(`${configFile} is invalid at head (${errorMessage(error)}); it is not used`);
      return void 0;
    });
    const trusted = baseConfig ?? {};
    const planConfig = resolvePlanConfig(baseConfig ?? {}, configFile);
    if (baseConfig && headConfig) {
      if (planRules(baseConfig) !== planRules(headConfig))
        notes.push(
          `the head changes the plan rules in ${configFile} (plan, environments.*.production); this plan uses the base revision's rules`
        );
      const changedSettings = changedSettingKeys(baseConfig, headConfig);
      if (changedSettings.length)
        notes.push(
          `the head changes ${changedSettings.join(", ")} in ${configFile}; both revisions are rendered with the base revision's settings (the head contributes manifests only)`
        );
    }
    const relCwd = relative(repo, resolve(options.cwd));
    const renderOptions = (dir, config) => ({
      repoRoot: dir,
      cwd: resolve(dir, relCwd),
      config,
      ...options.paths?.length ? { paths: options.paths } : {},
      ...options.kustomizeCommand ? { kustomizeCommand: options.kustomizeCommand } : {},
      ...options.kubernetesVersion ? { kubernetesVersion: options.kubernetesVersion } : {},
      ...options.timeoutMs ? { timeoutMs: options.timeoutMs } : {},
      concurrency: Math.max(1, Math.floor(availableParallelism() / 2))
    });
    const baseOptions = renderOptions(baseTree.dir, trusted);
    const headOptions = renderOptions(headDir, trusted);
    const [baseEnvs, headEnvs] = await Promise.all([discoverSide(baseOptions), discoverSide(headOptions)]);
    const names = unionNames(baseEnvs, headEnvs);
    if (options.paths?.length) await checkPaths(options.paths, [baseOptions, headOptions]);
    if (options.environments?.length) {
      const unknown = options.environments.filter((name) => !names.includes(name));
      if (unknown.length)
        throw new UsageError(
          `--env: unknown environment ${unknown.map((n) => `"${n}"`).join(", ")}; known: ${names.join(", ") || "(none)"}`
        );
    }
    const shards = options.shard && assignShards(names, options.shard.count, options.shardWeights);
    const wanted = names.filter(
      (name) => (!options.environments?.length || options.environments.includes(name)) && (!shards || shards.get(name) === options.shard?.index)
    );
    const skipped = [];
    let changed;
    let selected = wanted;
    const allChanged = await changedFiles(repo, baseCommit, options.head ? headCommit : void 0);
    const toolingChanges = allChanged.filter(isToolingPath);
    if (!options.all) {
      changed = allChanged;
      if (!changed.some((file) => GLOBAL_FILES.has(file))) {
        selected = [];
        for (const name of wanted) {
          const reason = await affectedReason(name, baseEnvs, headEnvs, baseTree.dir, headDir, changed);
          if (reason === void 0) {
            const env = headEnvs.get(name) ?? baseEnvs.get(name);
            skipped.push({ name, path: env.path, reason: "no changed file is in its Kustomize dependency graph" });
          } else selected.push(name);
        }
      }
    }
    const pick = (envs) => selected.map((name) => envs.get(name)).filter((env) => env !== void 0);
    const total = pick(baseEnvs).length + pick(headEnvs).length;
    let done = 0;
    const progress = (side) => (result) => options.onRendered?.({
      done: ++done,
      total,
      environment: result.environment.name,
      side,
      renderMs: result.renderMs,
      resources: result.resources.length
    });
    const [baseResults, headResults] = await Promise.all([
      renderDiscovered(pick(baseEnvs), { ...baseOptions, onRendered: progress("base") }),
      renderDiscovered(pick(headEnvs), { ...headOptions, onRendered: progress("head") })
    ]);
    const scrubber = new SecretScrubber();
    await addGeneratorSecrets(scrubber, selected, [
      [baseEnvs, baseTree.dir],
      [headEnvs, headDir]
    ]);
    scrubber.protect(identifiers(selected, [baseEnvs, headEnvs], [...baseResults, ...headResults], changed ?? []));
    const byName = (results) => new Map(results.map((result) => [result.environment.name, result]));
    const baseByName = byName(baseResults);
    const headByName = byName(headResults);
    const environments = [];
    for (const name of selected) {
      const before = baseByName.get(name);
      const after = headByName.get(name);
      const objects = (result) => result?.resources.map((resource) => resource.object);
      scrubber.addSecrets(objects(before) ?? []);
      scrubber.addSecrets(objects(after) ?? []);
      const errors = [
        ...(before?.findings ?? []).filter((f) => f.severity === "error").map((f) => `base: ${sanitizeRenderMessage(f.message)}${where(f)}`),
        ...(after?.findings ?? []).filter((f) => f.severity === "error").map((f) => `head: ${sanitizeRenderMessage(f.message)}${where(f)}`)
      ];
      const failed2 = errors.length > 0;
      environments.push(
        compareEnvironment(
          {
            name,
            path: (after ?? before).environment.path,
            base: failed2 ? [] : objects(before),
            head: failed2 ? [] : objects(after),
            errors
          },
          planConfig
        )
      );
    }
    const plan = {
      base: { ref: options.base, commit: baseCommit },
      head: options.head ? { ref: options.head, commit: headCommit } : {},
      environments,
      skipped,
      totals: planTotals(environments),
      durationMs: 0,
      ...notes.length ? { notes } : {},
      ...toolingChanges.length ? { toolingChanges } : {},
      ...options.shard ? { shard: { ...options.shard, order: names } } : {}
    };
    scrubPlan(plan, scrubber);
    plan.durationMs = Math.round(monotonicMs() - started);
    return { plan, scrubber, config: planConfig, ...changed ? { changedFiles: changed } : {} };
  } finally {
    for (const tree of worktrees) await tree.remove().catch(() => void 0);
  }
}
async function discoverSide(options) {
  try {
    const { environments } = await discoverEnvironments(options);
    return new Map(environments.map((env) => [env.name, env]));
  } catch (error) {
    if (error instanceof UsageError && options.paths?.length) return /* @__PURE__ */ new Map();
    throw error;
  }
}
function unionNames(a, b) {
  return [.../* @__PURE__ */ new Set([...b.keys(), ...a.keys()])];
}
async function affectedReason(name, base, head, baseDir, headDir, changed) {
  const before = base.get(name);
  const after = head.get(name);
  if (!before || !after) return before ? "removed at head" : "new at head";
  if (JSON.stringify({ ...before, application: void 0 }) !== JSON.stringify({ ...after, application: void 0 }))
    return "environment definition changed";
  const graphs = await Promise.all([dependencyGraph(baseDir, before), dependencyGraph(headDir, after)]);
  for (const graph of graphs) {
    if (!graph.complete) return `dependency graph unknown (${graph.reason ?? "unreadable"})`;
    if (isAffected(graph, changed)) return "changed files in its dependency graph";
  }
  return void 0;
}
function scrubPlan(plan, scrubber) {
  if (scrubber.size === 0) return;
  for (const env of plan.environments) env.errors = env.errors.map((error) => scrubber.scrub(error));
}
function planTotals(environments) {
  return {
    added: environments.reduce((n, e) => n + e.added, 0),
    changed: environments.reduce((n, e) => n + e.changed, 0),
    removed: environments.reduce((n, e) => n + e.removed, 0)
  };
}
var TOOLING_PATHS = ["dist/", "actions/", ".github/", "slipway.yaml", "slipway.yml", "policies/"];
function isToolingPath(file) {
  return TOOLING_PATHS.some((prefix) => prefix.endsWith("/") ? file.startsWith(prefix) : file === prefix);
}
function changedSettingKeys(base, head) {
  const strip = (config) => {
    const { file: _file, plan: _plan, environments, ...rest } = config;
    const envs = Object.fromEntries(
      Object.entries(environments ?? {}).map(([name, env]) => [name, { ...env, production: void 0 }])
    );
    return { ...rest, ...Object.keys(envs).length ? { environments: envs } : {} };
  };
  const a = strip(base);
  const b = strip(head);
  return [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}
function planRules(config) {
  const production = Object.fromEntries(
    Object.entries(config.environments ?? {}).map(([name, env]) => [
      name,
      env.production
    ])
  );
  return JSON.stringify({ plan: config.plan ?? null, production });
}
async function addGeneratorSecrets(scrubber, selected, sides) {
  for (const [envs, dir] of sides) {
    const graphs = await Promise.all(
      selected.map((name) => envs.get(name)).filter((env) => env !== void 0).map((env) => dependencyGraph(dir, env))
    );
    const files = /* @__PURE__ */ new Set();
    for (const graph of graphs) {
      for (const literal of graph.secretLiterals) scrubber.addValue(literal);
      for (const file of graph.secretFiles) files.add(file);
    }
    for (const file of files) {
      const text = await readFile(join2(dir, file), "utf8").catch(() => void 0);
      if (text === void 0) continue;
      scrubber.addValue(text);
      for (const line of text.split("\n"))
        if (line.includes("=")) scrubber.addValue(line.slice(line.indexOf("=") + 1).trim());
    }
  }
}
function identifiers(selected, sides, results, changed) {
  const ids = /* @__PURE__ */ new Set([...selected, ...changed]);
  for (const envs of sides) for (const env of envs.values()) ids.add(env.path);
  for (const result of results) {
    for (const resource of result.resources) {
      const object = resource.object;
      for (const value of [object.kind, object.apiVersion, object.metadata?.name, object.metadata?.namespace])
        if (typeof value === "string") ids.add(value);
    }
  }
  return [...ids];
}
async function checkPaths(paths, sides) {
  for (const path of paths) {
    let found = false;
    for (const side of sides) {
      if (await stat2(resolve(side.cwd ?? side.repoRoot, path)).then(
        () => true,
        () => false
      ))
        found = true;
    }
    if (!found) throw new UsageError(`${path}: no such file or directory at the base or the head revision`);
  }
}
function where(finding) {
  return finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ""})` : "";
}
function repoRelativePath(repo, cwd, file) {
  const absolute = resolve(cwd, file);
  let inRepo = relative(repo, absolute);
  if (inRepo.startsWith("..")) inRepo = relative(repo, join2(realpathOrSelf(dirname(absolute)), basename(absolute)));
  if (inRepo === "" || inRepo.startsWith("..") || isAbsolute(inRepo))
    throw new UsageError(
      `--config ${file}: the config file must be inside the repository (${repo}), since it is read at both revisions`
    );
  return inRepo;
}
function realpathOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// src/plan/format/json.ts
function toPlanJson(plan) {
  const detail = plan.shard !== void 0;
  return {
    base: plan.base,
    head: plan.head,
    environments: plan.environments.map((env) => ({
      name: env.name,
      path: env.path,
      added: env.added,
      changed: env.changed,
      removed: env.removed,
      resources: env.resources.map((r) => ({
        change: r.change,
        ...r.ref,
        ...r.previousName ? { previousName: r.previousName } : {},
        ...r.reason ? { reason: r.reason } : {},
        ...detail ? {
          fields: r.fields,
          diff: r.diff,
          ...r.secretKeys ? { secretKeys: r.secretKeys } : {},
          ...r.rollsOut ? { rollsOut: r.rollsOut } : {}
        } : {}
      })),
      images: env.images.map((i) => ({
        resource: i.resource,
        container: i.container,
        before: i.before ?? null,
        after: i.after ?? null
      })),
      risks: env.risks.map((r) => ({ rule: r.rule, message: r.message, resource: r.resource })),
      ...env.errors.length ? { errors: env.errors } : {}
    })),
    skipped: plan.skipped,
    ...plan.notes?.length ? { notes: plan.notes } : {},
    ...plan.toolingChanges?.length ? { toolingChanges: plan.toolingChanges } : {},
    totals: plan.totals,
    ...plan.shard ? { shard: plan.shard } : {}
  };
}
function renderJson(plan) {
  return `${JSON.stringify(toPlanJson(plan), null, 2)}
`;
}

export {
  toPlanJson,
  renderJson,
  GITHUB_COMMENT_LIMIT,
  planLine,
  counts,
  changeSymbol,
  resourceTitle,
  fieldLine,
  imageLabel,
  secretKeyLine,
  toolingSentence,
  renderText,
  renderFullDiff,
  parseMaxCommentChars,
  createPlan,
  planTotals
};
//# sourceMappingURL=chunk-M3UAY3CX.js.map
