import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  SECRET_CONTENT_REMOVED,
  sanitizeRenderMessage,
  toPosix
} from "./chunk-ILDUC7BX.js";
import {
  findKustomizationFile
} from "./chunk-UDUT55WC.js";
import "./chunk-N5PUN5AS.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/render/kustomize-errors.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
function stripKlogPrefix(stderr) {
  const lines = stderr.split("\n").filter((line) => !/^# Warning: /.test(line));
  const text = lines.join("\n").trim();
  const quoted = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err="((?:[^"\\]|\\.)*)"/m.exec(text);
  if (quoted?.[1] !== void 0) return unquoteGo(quoted[1]);
  const block = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err=<\n([\s\S]*?)\n\s*>\s*$/m.exec(text);
  if (block?.[1] !== void 0)
    return block[1].split("\n").map((line) => line.replace(/^\t/, "")).join("\n");
  return text.replace(/^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] /gm, "").replace(/^Error: /, "");
}
function unquoteGo(text) {
  return text.replace(/\\(["\\nt])/g, (_, ch) => ch === "n" ? "\n" : ch === "t" ? "	" : ch);
}
function redactKustomizeMessage(message) {
  let out = message;
  out = out.replace(
    /line \[[\d ]*\] has invalid utf8 bytes : [^\n]*/g,
    `a line has invalid UTF-8 bytes: ${SECRET_CONTENT_REMOVED}`
  );
  out = out.replace(
    /illegally repeats the key `([^`\n]*)`/g,
    (whole, key) => /^[-._a-zA-Z0-9]+$/.test(key) ? whole : `illegally repeats a key that is not a valid key name (${SECRET_CONTENT_REMOVED})`
  );
  out = out.replace(/cannot unmarshal (!!\w+) `[^`\n]*`/g, `cannot unmarshal $1 ${SECRET_CONTENT_REMOVED}`);
  return sanitizeRenderMessage(out);
}
async function explainKustomizeFailure(stderr, context) {
  const toRepo = (path) => context.copyRoot && isUnder(context.copyRoot, path) ? join(context.repoRoot, relative(context.copyRoot, path)) : path;
  const display = (path) => {
    const inRepo = toRepo(path);
    const rel = toPosix(relative(context.repoRoot, inRepo));
    return rel === "" ? "." : rel;
  };
  const kustomizationOf = async (dir2) => {
    const name = await findKustomizationFile(dir2);
    return name ? join(dir2, name) : dir2;
  };
  let rest = stripKlogPrefix(stderr);
  let dir = context.buildDir;
  let file;
  let message;
  let entryText;
  let fieldName;
  for (let guard = 0; guard < 100; guard++) {
    rest = rest.replace(/^(?:accumulating (?:resources|components): |accumulateDirectory: |")+/, "");
    const accumulation = /^accumulation err='accumulating resources from '([^']*)': /.exec(rest);
    if (accumulation) {
      const entry = accumulation[1];
      const after = rest.slice(accumulation[0].length);
      const merging = /^'[^']*' must resolve to a file': recursed merging from path '[^']*': /.exec(after);
      if (merging) {
        file = await kustomizationOf(dir);
        message = `resources entry '${entry}': ${after.slice(merging[0].length)}`;
        entryText = entry;
        break;
      }
      const directory = /^'[^']*' must resolve to a file': (?:recursed accumulation of path|couldn't make target for path) '([^']*)': /.exec(
        after
      );
      if (directory) {
        dir = directory[1];
        rest = after.slice(directory[0].length);
        continue;
      }
      const cut = after.indexOf("': must build at directory: ");
      const fileError = cut >= 0 ? after.slice(0, cut) : after;
      if (/^evalsymlink failure on /.test(fileError)) {
        file = await kustomizationOf(dir);
        message = `resources entry '${entry}' does not exist`;
        entryText = entry;
        break;
      }
      file = resolve(dir, entry);
      rest = fileError;
      break;
    }
    const other = /^accumulation err='((?:accumulating|merging) resources from '([^']*)': [\s\S]*?)': must build at directory: /.exec(
      rest
    );
    if (other) {
      file = resolve(dir, other[2]);
      rest = other[1];
      break;
    }
    const resource = /^accumulating resources from '([^']*)': /.exec(rest);
    if (resource) {
      file = resolve(dir, resource[1]);
      rest = rest.slice(resource[0].length);
      break;
    }
    const descend = /^(?:recursed accumulation of path|couldn't make target for path) '([^']*)': /.exec(rest);
    if (descend) {
      dir = descend[1];
      rest = rest.slice(descend[0].length);
      continue;
    }
    if (rest.startsWith("invalid Kustomization: ")) {
      file = await kustomizationOf(dir);
      const unknown = /json: unknown field "([^"]*)"/.exec(rest);
      if (unknown) fieldName = unknown[1];
      break;
    }
    const builtin = /^trouble configuring builtin (\w+) with config: `[\s\S]*?`: /.exec(rest);
    if (builtin) {
      const plugin = builtin[1];
      const cause = rest.slice(builtin[0].length);
      const missing = /^failed to get the patch file from path\(([^)]*)\): evalsymlink failure/.exec(cause);
      const unparsable = /unable to parse SM or JSON patch from \[path: "([^"]*)"\]/.exec(cause);
      if (missing) {
        file = await kustomizationOf(dir);
        message = `${plugin}: patch file '${missing[1]}' does not exist`;
        entryText = missing[1];
      } else if (unparsable) {
        file = resolve(dir, unparsable[1]);
        message = `${plugin}: not a strategic-merge patch or a JSON 6902 patch`;
      } else rest = `${plugin}: ${cause}`;
      break;
    }
    const component = /expected kind 'Component' for path '([^']*)' but got '(\w+)'/.exec(rest);
    if (component) {
      file = await kustomizationOf(dir);
      message = `components entry '${display(component[1])}' is a ${component[2]}, not a Component`;
      entryText = toPosix(relative(dir, component[1]));
      break;
    }
    break;
  }
  const inFile = /\s+in File: (\S+)$/m.exec(rest);
  if (inFile) {
    file = resolve(dir, inFile[1]);
    rest = rest.replace(inFile[0], "");
  }
  file ??= await kustomizationOf(dir);
  const documentLine = /(?:^|\W)yaml: line (\d+):/.exec(rest);
  const line = documentLine ? await fileLine(toRepo(file), Number(documentLine[1])) : entryText ? await entryLine(toRepo(file), entryText) : fieldName ? await lineMatching(toRepo(file), new RegExp(`^${escapeRegExp(fieldName)}\\s*:`)) : void 0;
  if (documentLine && line) rest = rest.replace(/(?:MalformedYAMLError: )?yaml: line \d+: /, "invalid YAML: ");
  const text = (message ?? rest).replace(
    /evalsymlink failure on '([^']*)' : lstat [^:]*: no such file or directory/g,
    (_, path) => `'${display(path)}': no such file or directory`
  ).replace(
    new RegExp(
      `(?:${[context.copyRoot, context.repoRoot].filter(Boolean).map((root) => escapeRegExp(`${root}`)).join("|")})/[^\\s'"\`,)\\]]*`,
      "g"
    ),
    (path) => display(path)
  );
  return { message: redactKustomizeMessage(text.trim()), file: toRepo(file), ...line ? { line } : {} };
}
async function fileLine(file, documentLine) {
  const text = await readFile(file, "utf8").catch(() => void 0);
  if (text === void 0) return documentLine;
  const lines = text.split("\n");
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !/^---(?:\s.*)?$/.test(lines[i])) continue;
    const body = lines.slice(start, i).join("\n");
    if ((0, import_yaml.parseDocument)(body).errors.length > 0) return start + documentLine;
    start = i + 1;
  }
  return documentLine;
}
async function entryLine(file, entry) {
  return lineMatching(file, new RegExp(`(?:^|[\\s\\[,:=-])["']?${escapeRegExp(entry)}["']?\\s*(?:$|[,\\]#])`));
}
async function lineMatching(file, pattern) {
  const text = await readFile(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const index = text.split("\n").findIndex((line) => pattern.test(line));
  return index >= 0 ? index + 1 : void 0;
}
function isUnder(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith("/");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
export {
  entryLine,
  explainKustomizeFailure,
  redactKustomizeMessage,
  stripKlogPrefix
};
//# sourceMappingURL=kustomize-errors-OLR62PUN.js.map
