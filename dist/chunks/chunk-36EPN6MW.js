import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/manifests/image-reference.ts
function splitImageReference(reference) {
  let rest = reference;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = { name: rest };
  if (tag !== void 0) parts.tag = tag;
  if (digest !== void 0) parts.digest = digest;
  return parts;
}
var DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
var HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
function parseImageReference(raw) {
  const value = raw.trim();
  if (value === "" || /\s/.test(value)) return void 0;
  if (DIGEST.test(value) && !value.includes("/")) return { raw, digest: value };
  const parts = splitImageReference(value);
  let rest = parts.name;
  const { tag, digest } = parts;
  if (digest !== void 0 && !DIGEST.test(digest)) return void 0;
  if (tag !== void 0 && !TAG.test(tag)) return void 0;
  if (rest === "") return void 0;
  let registry;
  const firstSlash = rest.indexOf("/");
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (!PATH.test(rest) || registry !== void 0 && !HOST.test(registry)) return void 0;
  const reference = { raw, repository: rest };
  if (registry !== void 0) reference.registry = registry;
  if (tag !== void 0) reference.tag = tag;
  if (digest !== void 0) reference.digest = digest;
  return reference;
}

export {
  splitImageReference,
  parseImageReference
};
//# sourceMappingURL=chunk-36EPN6MW.js.map
