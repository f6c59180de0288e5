import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  statIfAny
} from "./chunk-PEXW4HFU.js";
import {
  KUSTOMIZATION_FILE_NAMES,
  findKustomizationFile
} from "./chunk-UDUT55WC.js";
import {
  nodeCrypto
} from "./chunk-N5PUN5AS.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import {
  documentToJs
} from "./chunk-XRJQ2ZGK.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/kustomize/kustomization.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var Kustomization = class {
  /**
   * @param path the file (absolute or relative to the working directory); used in errors
   *   and by {@link writeKustomization}.
   * @param text the file's content.
   * @throws {ConfigError} naming the file when the text is not YAML or not a mapping.
   */
  constructor(path, text) {
    this.path = path;
    this.#original = text;
    this.#text = text;
    this.#document = parseKustomization(path, text);
  }
  #text;
  #document;
  #original;
  /** The directory holding the file: paths in the kustomization are relative to it. */
  get dir() {
    return dirname(this.path);
  }
  /** The parsed document — a view: edit through the `src/kustomize` functions, not on it. */
  get document() {
    return this.#document;
  }
  /** True when the text differs from what was read. */
  get edited() {
    return this.#text !== this.#original;
  }
  /**
   * The plain data (`toJS`) of the kustomization; `{}` for an empty file.
   *
   * @throws {YamlLimitError} naming the file when its aliases exceed the budget (an alias bomb).
   */
  toJS() {
    return documentToJs(this.#document, this.path) ?? {};
  }
  /** The file's text: byte-identical to what was read when nothing was edited. */
  toString() {
    return this.#text;
  }
  /**
   * Replaces the text (one edit) and re-parses it. Internal to `src/kustomize`.
   *
   * @throws {ConfigError} when the edit produced invalid YAML — a bug; the text is kept as before.
   */
  replaceText(next) {
    const document = parseKustomization(this.path, next);
    this.#text = next;
    this.#document = document;
  }
};
function parseKustomization(path, text) {
  const document = (0, import_yaml.parseDocument)(text, { keepSourceTokens: false, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const where = first.linePos ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : "";
    throw new ConfigError(`invalid YAML${where}: ${first.message.split("\n")[0]}`, path);
  }
  if (document.contents !== null && !(0, import_yaml.isMap)(document.contents))
    throw new ConfigError("a kustomization must be a YAML mapping", path);
  return document;
}
async function readKustomization(path) {
  let file = path;
  if (statIfAny(path)?.isDirectory()) {
    const name = await findKustomizationFile(path);
    if (!name) throw new ConfigError(`no kustomization file (${KUSTOMIZATION_FILE_NAMES.join(", ")}) in ${path}`, path);
    file = join(path, name);
  }
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read kustomization: ${error.message}`, file);
  }
  return new Kustomization(file, text);
}
async function writeKustomization(k) {
  const temp = join(k.dir, `.${basename(k.path)}.slipway-${nodeCrypto().randomBytes(6).toString("hex")}`);
  const mode = (await stat(k.path).catch(() => void 0))?.mode;
  try {
    await writeFile(temp, k.toString(), { flag: "wx", ...mode !== void 0 ? { mode: mode & 4095 } : {} });
    await rename(temp, k.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new ConfigError(`cannot write kustomization: ${error.message}`, k.path);
  }
}

export {
  Kustomization,
  readKustomization,
  writeKustomization
};
//# sourceMappingURL=chunk-MBO2E76D.js.map
