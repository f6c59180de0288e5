import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/github/markdown.ts
var ZWSP = "\u200B";
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
function neutralize(text2) {
  return text2.replace(/@/g, `@${ZWSP}`).replace(/\b(https?|ftp|mailto|file|data|javascript)(:)/gi, `$1${ZWSP}$2`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
function oneLine(text2) {
  return text2.replace(/\r\n?|\n/g, " ").replace(CONTROL, " ");
}
function text(value) {
  return neutralize(
    oneLine(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
  );
}
function cell(value, options = {}) {
  if (!options.lineBreaks) return text(value);
  return value.split(/\r\n?|\n/).map((line) => text(line)).join("<br>");
}
function code(value, options = {}) {
  let body = oneLine(value);
  if (options.table) body = body.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const delimiter = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "" ? " " : "";
  return `${delimiter}${pad}${body === "" ? " " : body}${pad}${delimiter}`;
}
function fenceFor(content) {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}
function fenced(content, info = "") {
  const body = content.replace(/\r\n?/g, "\n").replace(CONTROL, " ");
  const fence = fenceFor(body);
  return `${fence}${info.replace(/[^A-Za-z0-9_+-]/g, "")}
${body}
${fence}`;
}
function htmlText(value) {
  return neutralize(
    oneLine(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")
  );
}
function annotationText(value, multiline = false) {
  const cleaned = multiline ? value.replace(/\r\n?/g, "\n").replace(CONTROL, " ") : oneLine(value);
  return neutralize(cleaned);
}

export {
  text,
  cell,
  code,
  fenced,
  htmlText,
  annotationText
};
//# sourceMappingURL=chunk-J2HC3OBI.js.map
