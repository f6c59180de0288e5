import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  YamlLimitError,
  loadYaml
} from "./chunk-XRJQ2ZGK.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";

// src/kustomize/kustomization-file.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
async function findKustomizationFile(dir) {
  return KUSTOMIZATION_FILE_NAMES.find((name) => existsSync(join(dir, name)));
}
function readKustomizationData(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read kustomization: ${error.message}`, file);
  }
  let data;
  try {
    data = loadYaml(text, file);
  } catch (error) {
    if (error instanceof YamlLimitError) throw error;
    const mark = error.mark;
    const reason = error.reason ?? error.message;
    throw new ConfigError(
      `invalid YAML${mark ? ` (line ${mark.line + 1}, column ${mark.column + 1})` : ""}: ${reason}`,
      file
    );
  }
  if (data === null || data === void 0) return {};
  if (typeof data !== "object" || Array.isArray(data))
    throw new ConfigError("a kustomization must be a YAML mapping", file);
  return data;
}

export {
  KUSTOMIZATION_FILE_NAMES,
  findKustomizationFile,
  readKustomizationData
};
//# sourceMappingURL=chunk-UDUT55WC.js.map
