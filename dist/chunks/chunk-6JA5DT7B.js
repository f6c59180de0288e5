import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/manifests/resource.ts
function refOf(object) {
  const ref = {
    apiVersion: String(object.apiVersion ?? ""),
    kind: String(object.kind ?? ""),
    name: String(object.metadata?.name ?? object.metadata?.generateName ?? "")
  };
  const namespace = object.metadata?.namespace;
  if (typeof namespace === "string" && namespace !== "") ref.namespace = namespace;
  return ref;
}
function formatRef(ref) {
  return ref.namespace ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}
function refKey(ref) {
  return `${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ""}|${ref.name}`;
}
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
function isListKind(object) {
  return typeof object.kind === "string" && object.kind.endsWith("List") && Array.isArray(object.items);
}

export {
  refOf,
  formatRef,
  refKey,
  splitApiVersion,
  isListKind
};
//# sourceMappingURL=chunk-6JA5DT7B.js.map
