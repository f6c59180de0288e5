import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OAC4VE6L.js";

// src/config/kubernetes-version.ts
var VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+][0-9A-Za-z.+-]*)?$/;
function parseKubernetesVersion(text) {
  const match = VERSION.exec(text.trim());
  if (!match) throw new UsageError(`invalid Kubernetes version "${text}" (expected X.Y, e.g. 1.33)`);
  const version = { major: Number(match[1]), minor: Number(match[2]) };
  if (match[3] !== void 0) version.patch = Number(match[3]);
  return version;
}
function minorVersion(text) {
  const { major, minor } = parseKubernetesVersion(text);
  return `${major}.${minor}`;
}
function compareKubernetesVersions(a, b) {
  const left = parseKubernetesVersion(a);
  const right = parseKubernetesVersion(b);
  return left.major - right.major || left.minor - right.minor;
}

export {
  parseKubernetesVersion,
  minorVersion,
  compareKubernetesVersions
};
//# sourceMappingURL=chunk-QDRIPWP2.js.map
