import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  makeTempDir,
  removeTempDir,
  tryExecFile
} from "./chunk-FUDDQNB7.js";
import {
  minorVersion
} from "./chunk-QDRIPWP2.js";
import {
  isProductionByName
} from "./chunk-WVJIADMF.js";
import {
  require_ucs2length
} from "./chunk-GZHCTZ73.js";
import {
  pointerTokens,
  resolvePointer
} from "./chunk-HYL7XOB6.js";
import {
  findKustomizationFile,
  readKustomization,
  realpathIfAny,
  remoteKind,
  statIfAny,
  walkKustomization
} from "./chunk-XQAWCN3F.js";
import {
  YamlLimitError,
  documentToJs,
  loadYaml,
  parseYamlStream,
  yaml
} from "./chunk-GEK42CFO.js";
import {
  ConfigError,
  ExecError,
  RenderError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import {
  require_dist
} from "./chunk-GKJJR7QI.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/config/index.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";

// src/config/generated/validate-config.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var runtime0 = import_ucs2length.default.__esModule ? import_ucs2length.default : { default: import_ucs2length.default };
var validate = validate14;
var schema16 = { "$id": "https://slipway.dev/schemas/slipway.yaml.json", "type": "object", "additionalProperties": false, "properties": { "kubernetesVersion": { "type": "string", "pattern": "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$", "errorMessage": 'must be a Kubernetes version like "1.33"' }, "argocd": { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "repoURLs": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "render": { "type": "object", "additionalProperties": false, "properties": { "kustomize": { "type": "string", "minLength": 1 }, "timeoutSeconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600 }, "enableHelm": { "type": "boolean" }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 64 } } }, "environments": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1 }, "kubernetesVersion": { "type": "string", "pattern": "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$", "errorMessage": 'must be a Kubernetes version like "1.33"' }, "production": { "type": "boolean" }, "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "us-east-1"' }, "vars": { "type": "object" } } } }, "vars": { "type": "object" }, "schemaLocations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "missingSchema": { "enum": ["error", "warning", "ignore"] }, "unreachableSchemaLocation": { "enum": ["error", "warning"] }, "strict": { "type": "boolean" }, "policies": { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "overrides": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*$", "errorMessage": "must be a policy or check id (lower-case kebab-case)" }, "additionalProperties": { "anyOf": [{ "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, "environments": { "type": "object", "additionalProperties": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" } } } }] } } } }, "checks": { "type": "object", "additionalProperties": false, "properties": { "overrides": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*$", "errorMessage": "must be a policy or check id (lower-case kebab-case)" }, "additionalProperties": { "anyOf": [{ "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, "environments": { "type": "object", "additionalProperties": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" } } } }] } } } }, "plan": { "type": "object", "additionalProperties": false, "properties": { "ignore": { "type": "array", "items": { "if": { "type": "string" }, "then": { "minLength": 1 }, "else": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1 }, "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "namespace": { "type": "string" }, "name": { "type": "string" } }, "errorMessage": { "type": "must be a field path, or a mapping with path and optional apiVersion, kind, namespace, name" } } } }, "defaults": { "type": "object", "additionalProperties": false, "properties": { "generatorHash": { "type": "boolean", "errorMessage": "must be true or false" }, "lastAppliedConfiguration": { "type": "boolean", "errorMessage": "must be true or false" } } }, "production": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "maxCommentChars": { "type": "integer", "minimum": 1e3, "maximum": 65536, "errorMessage": "must be an integer from 1000 to 65536" } } }, "ecr": { "type": "object", "additionalProperties": false, "required": ["region", "services"], "properties": { "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "eu-west-1"' }, "drRegion": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "eu-west-1"' }, "registryId": { "type": "string", "pattern": "^[0-9]{12}$", "errorMessage": "must be a 12-digit AWS account id" }, "encryption": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["AES256", "KMS"], "errorMessage": "must be AES256 or KMS" }, "kmsKey": { "type": "string", "minLength": 1 } }, "if": { "properties": { "type": { "const": "KMS" } } }, "then": { "required": ["kmsKey"], "errorMessage": { "required": "kmsKey is required when type is KMS" } } }, "replication": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "regions": { "type": "array", "items": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "eu-west-1"' }, "minItems": 1, "maxItems": 25 } } }, "lifecyclePolicy": { "type": "string", "minLength": 1 }, "rollbackReleases": { "type": "integer", "minimum": 0, "maximum": 50 }, "services": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "errorMessage": 'service names are letters, digits, ".", "_" and "-"' }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["repository"], "properties": { "repository": { "type": "string", "minLength": 2, "maxLength": 256, "pattern": "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$", "errorMessage": 'must be an ECR repository name (lowercase, "/", ".", "_", "-"), e.g. "team/payments"' }, "context": { "type": "string", "minLength": 1 }, "dockerfile": { "type": "string", "minLength": 1 }, "lifecyclePolicy": { "type": "string", "minLength": 1 }, "platforms": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$" } } } } } } }, "promotion": { "type": "object", "additionalProperties": false, "properties": { "mode": { "enum": ["push", "pull-request"], "errorMessage": "must be push or pull-request" }, "branch": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$", "errorMessage": "must be a branch name like main" }, "remote": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "errorMessage": "must be a remote name like origin" }, "environments": { "type": "object", "propertyNames": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' }, "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "from": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' }, "soak": { "type": "string", "minLength": 1 }, "window": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "errorMessage": 'must be a window like "Sun 02:00-06:00 UTC" or a list of them' }, "follows": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' }, "application": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' } } } }, "freeze": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["from", "to", "reason"], "properties": { "from": { "type": "string", "minLength": 1 }, "to": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "environments": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' } } } } } } }, "failover": { "type": "object", "additionalProperties": false, "required": ["primary", "secondary", "components", "rto"], "properties": { "primary": { "type": "object", "additionalProperties": false, "required": ["environment", "region"], "properties": { "environment": { "type": "string", "minLength": 1 }, "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "us-west-2"' } } }, "secondary": { "type": "object", "additionalProperties": false, "required": ["environment", "region"], "properties": { "environment": { "type": "string", "minLength": 1 }, "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "us-west-2"' } } }, "components": { "type": "object", "additionalProperties": false, "required": ["standby", "active"], "properties": { "standby": { "type": "string", "minLength": 1 }, "active": { "type": "string", "minLength": 1 } } }, "rto": { "type": "string", "pattern": "^([0-9]+(ms|s|m|h|d))+$", "errorMessage": 'must be a duration like "1h", "90m" or "1h30m"' }, "rpo": { "type": "string", "pattern": "^([0-9]+(ms|s|m|h|d))+$", "errorMessage": 'must be a duration like "1h", "90m" or "1h30m"' } } }, "ci": { "type": "object", "additionalProperties": false, "properties": { "matrix": { "type": "object", "additionalProperties": false, "required": ["environmentsPerShard"], "properties": { "environmentsPerShard": { "type": "integer", "minimum": 1, "errorMessage": "must be an integer of at least 1" }, "maxShards": { "type": "integer", "minimum": 1, "maximum": 256, "errorMessage": { "type": "must be an integer from 1 to 256", "minimum": "must be >= 1", "maximum": "must be <= 256" } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime0.default;
var pattern0 = new RegExp("^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$", "u");
var pattern2 = new RegExp("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "u");
var pattern3 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var pattern7 = new RegExp("^[0-9]{12}$", "u");
var pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern10 = new RegExp("^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$", "u");
var pattern11 = new RegExp("^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]*$", "u");
var pattern14 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern21 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema16.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.kubernetesVersion !== void 0) {
      let data0 = data.kubernetesVersion;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err1 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$" }, message: 'must match pattern "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (errors > 0) {
        const emErrs0 = [];
        for (const err3 of vErrors) {
          if (err3.keyword !== "errorMessage" && !err3.emUsed && (err3.instancePath === instancePath + "/kubernetesVersion" || err3.instancePath.indexOf(instancePath + "/kubernetesVersion") === 0 && err3.instancePath[instancePath + "/kubernetesVersion".length] === "/") && err3.schemaPath.indexOf("#/properties/kubernetesVersion") === 0 && err3.schemaPath["#/properties/kubernetesVersion".length] === "/") {
            emErrs0.push(err3);
            err3.emUsed = true;
          }
        }
        if (emErrs0.length) {
          const err4 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/errorMessage", keyword: "errorMessage", params: { errors: emErrs0 }, message: 'must be a Kubernetes version like "1.33"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const emErrs1 = [];
        for (const err5 of vErrors) {
          if (!err5.emUsed) {
            emErrs1.push(err5);
          }
        }
        vErrors = emErrs1;
        errors = emErrs1.length;
      }
    }
    if (data.argocd !== void 0) {
      let data1 = data.argocd;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "paths" || key1 === "repoURLs")) {
            const err6 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.paths !== void 0) {
          let data2 = data1.paths;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                  const err7 = { instancePath: instancePath + "/argocd/paths/" + i0, schemaPath: "#/properties/argocd/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/argocd/paths/" + i0, schemaPath: "#/properties/argocd/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/argocd/paths", schemaPath: "#/properties/argocd/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.repoURLs !== void 0) {
          let data4 = data1.repoURLs;
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (func3(data5) < 1) {
                  const err10 = { instancePath: instancePath + "/argocd/repoURLs/" + i1, schemaPath: "#/properties/argocd/properties/repoURLs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/argocd/repoURLs/" + i1, schemaPath: "#/properties/argocd/properties/repoURLs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/argocd/repoURLs", schemaPath: "#/properties/argocd/properties/repoURLs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.render !== void 0) {
      let data6 = data.render;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "kustomize" || key2 === "timeoutSeconds" || key2 === "enableHelm" || key2 === "concurrency")) {
            const err14 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.kustomize !== void 0) {
          let data7 = data6.kustomize;
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err15 = { instancePath: instancePath + "/render/kustomize", schemaPath: "#/properties/render/properties/kustomize/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/render/kustomize", schemaPath: "#/properties/render/properties/kustomize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.timeoutSeconds !== void 0) {
          let data8 = data6.timeoutSeconds;
          if (typeof data8 == "number") {
            if (data8 > 3600 || isNaN(data8)) {
              const err17 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data8 <= 0 || isNaN(data8)) {
              const err18 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.enableHelm !== void 0) {
          if (typeof data6.enableHelm !== "boolean") {
            const err20 = { instancePath: instancePath + "/render/enableHelm", schemaPath: "#/properties/render/properties/enableHelm/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.concurrency !== void 0) {
          let data10 = data6.concurrency;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
            const err21 = { instancePath: instancePath + "/render/concurrency", schemaPath: "#/properties/render/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data10 == "number") {
            if (data10 > 64 || isNaN(data10)) {
              const err22 = { instancePath: instancePath + "/render/concurrency", schemaPath: "#/properties/render/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data10 < 1 || isNaN(data10)) {
              const err23 = { instancePath: instancePath + "/render/concurrency", schemaPath: "#/properties/render/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data11 = data.environments;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key3 in data11) {
          let data12 = data11[key3];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key4 in data12) {
              if (!(key4 === "path" || key4 === "kubernetesVersion" || key4 === "production" || key4 === "region" || key4 === "vars")) {
                const err25 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data12.path !== void 0) {
              let data13 = data12.path;
              if (typeof data13 === "string") {
                if (func3(data13) < 1) {
                  const err26 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/environments/additionalProperties/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/environments/additionalProperties/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data12.kubernetesVersion !== void 0) {
              let data14 = data12.kubernetesVersion;
              if (typeof data14 === "string") {
                if (!pattern0.test(data14)) {
                  const err28 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion", schemaPath: "#/properties/environments/additionalProperties/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$" }, message: 'must match pattern "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion", schemaPath: "#/properties/environments/additionalProperties/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs2 = [];
                for (const err30 of vErrors) {
                  if (err30.keyword !== "errorMessage" && !err30.emUsed && (err30.instancePath === instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion" || err30.instancePath.indexOf(instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion") === 0 && err30.instancePath[instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion".length] === "/") && err30.schemaPath.indexOf("#/properties/environments/additionalProperties/properties/kubernetesVersion") === 0 && err30.schemaPath["#/properties/environments/additionalProperties/properties/kubernetesVersion".length] === "/") {
                    emErrs2.push(err30);
                    err30.emUsed = true;
                  }
                }
                if (emErrs2.length) {
                  const err31 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion", schemaPath: "#/properties/environments/additionalProperties/properties/kubernetesVersion/errorMessage", keyword: "errorMessage", params: { errors: emErrs2 }, message: 'must be a Kubernetes version like "1.33"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const emErrs3 = [];
                for (const err32 of vErrors) {
                  if (!err32.emUsed) {
                    emErrs3.push(err32);
                  }
                }
                vErrors = emErrs3;
                errors = emErrs3.length;
              }
            }
            if (data12.production !== void 0) {
              if (typeof data12.production !== "boolean") {
                const err33 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/production", schemaPath: "#/properties/environments/additionalProperties/properties/production/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.region !== void 0) {
              let data16 = data12.region;
              if (typeof data16 === "string") {
                if (!pattern2.test(data16)) {
                  const err34 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/environments/additionalProperties/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/environments/additionalProperties/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs4 = [];
                for (const err36 of vErrors) {
                  if (err36.keyword !== "errorMessage" && !err36.emUsed && (err36.instancePath === instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region" || err36.instancePath.indexOf(instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region") === 0 && err36.instancePath[instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region".length] === "/") && err36.schemaPath.indexOf("#/properties/environments/additionalProperties/properties/region") === 0 && err36.schemaPath["#/properties/environments/additionalProperties/properties/region".length] === "/") {
                    emErrs4.push(err36);
                    err36.emUsed = true;
                  }
                }
                if (emErrs4.length) {
                  const err37 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/environments/additionalProperties/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs4 }, message: 'must be an AWS region like "us-east-1"' };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                const emErrs5 = [];
                for (const err38 of vErrors) {
                  if (!err38.emUsed) {
                    emErrs5.push(err38);
                  }
                }
                vErrors = emErrs5;
                errors = emErrs5.length;
              }
            }
            if (data12.vars !== void 0) {
              let data17 = data12.vars;
              if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
                const err39 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/vars", schemaPath: "#/properties/environments/additionalProperties/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.vars !== void 0) {
      let data18 = data.vars;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
        const err42 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.schemaLocations !== void 0) {
      let data19 = data.schemaLocations;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data20 = data19[i2];
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err43 = { instancePath: instancePath + "/schemaLocations/" + i2, schemaPath: "#/properties/schemaLocations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/schemaLocations/" + i2, schemaPath: "#/properties/schemaLocations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/schemaLocations", schemaPath: "#/properties/schemaLocations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.missingSchema !== void 0) {
      let data21 = data.missingSchema;
      if (!(data21 === "error" || data21 === "warning" || data21 === "ignore")) {
        const err46 = { instancePath: instancePath + "/missingSchema", schemaPath: "#/properties/missingSchema/enum", keyword: "enum", params: { allowedValues: schema16.properties.missingSchema.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.unreachableSchemaLocation !== void 0) {
      let data22 = data.unreachableSchemaLocation;
      if (!(data22 === "error" || data22 === "warning")) {
        const err47 = { instancePath: instancePath + "/unreachableSchemaLocation", schemaPath: "#/properties/unreachableSchemaLocation/enum", keyword: "enum", params: { allowedValues: schema16.properties.unreachableSchemaLocation.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.strict !== void 0) {
      if (typeof data.strict !== "boolean") {
        const err48 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data24 = data.policies;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key5 in data24) {
          if (!(key5 === "paths" || key5 === "overrides")) {
            const err49 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data24.paths !== void 0) {
          let data25 = data24.paths;
          if (Array.isArray(data25)) {
            const len3 = data25.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data26 = data25[i3];
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err50 = { instancePath: instancePath + "/policies/paths/" + i3, schemaPath: "#/properties/policies/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/policies/paths/" + i3, schemaPath: "#/properties/policies/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/policies/paths", schemaPath: "#/properties/policies/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data24.overrides !== void 0) {
          let data27 = data24.overrides;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key6 in data27) {
              const _errs61 = errors;
              if (typeof key6 === "string") {
                if (!pattern3.test(key6)) {
                  const err53 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrs6 = [];
                for (const err54 of vErrors) {
                  if (err54.keyword !== "errorMessage" && !err54.emUsed && (err54.instancePath === instancePath + "/policies/overrides" || err54.instancePath.indexOf(instancePath + "/policies/overrides") === 0 && err54.instancePath[instancePath + "/policies/overrides".length] === "/") && err54.schemaPath.indexOf("#/properties/policies/properties/overrides/propertyNames") === 0 && err54.schemaPath["#/properties/policies/properties/overrides/propertyNames".length] === "/") {
                    emErrs6.push(err54);
                    err54.emUsed = true;
                  }
                }
                if (emErrs6.length) {
                  const err55 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs6 }, message: "must be a policy or check id (lower-case kebab-case)", propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                const emErrs7 = [];
                for (const err56 of vErrors) {
                  if (!err56.emUsed) {
                    emErrs7.push(err56);
                  }
                }
                vErrors = emErrs7;
                errors = emErrs7.length;
              }
              var valid14 = _errs61 === errors;
              if (!valid14) {
                const err57 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            for (const key7 in data27) {
              let data28 = data27[key7];
              const _errs64 = errors;
              let valid16 = false;
              const _errs65 = errors;
              if (!(data28 === "error" || data28 === "warning" || data28 === "off")) {
                const err58 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema16.properties.policies.properties.overrides.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs8 = [];
                for (const err59 of vErrors) {
                  if (err59.keyword !== "errorMessage" && !err59.emUsed && (err59.instancePath === instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") || err59.instancePath.indexOf(instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err59.instancePath[instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err59.schemaPath.indexOf("#/properties/policies/properties/overrides/additionalProperties/anyOf/0") === 0 && err59.schemaPath["#/properties/policies/properties/overrides/additionalProperties/anyOf/0".length] === "/") {
                    emErrs8.push(err59);
                    err59.emUsed = true;
                  }
                }
                if (emErrs8.length) {
                  const err60 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/0/errorMessage", keyword: "errorMessage", params: { errors: emErrs8 }, message: "must be error, warning or off" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                const emErrs9 = [];
                for (const err61 of vErrors) {
                  if (!err61.emUsed) {
                    emErrs9.push(err61);
                  }
                }
                vErrors = emErrs9;
                errors = emErrs9.length;
              }
              var _valid0 = _errs65 === errors;
              valid16 = valid16 || _valid0;
              if (!valid16) {
                const _errs66 = errors;
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  for (const key8 in data28) {
                    if (!(key8 === "severity" || key8 === "environments")) {
                      const err62 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  }
                  if (data28.severity !== void 0) {
                    let data29 = data28.severity;
                    if (!(data29 === "error" || data29 === "warning" || data29 === "off")) {
                      const err63 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema16.properties.policies.properties.overrides.additionalProperties.anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    if (errors > 0) {
                      const emErrs10 = [];
                      for (const err64 of vErrors) {
                        if (err64.keyword !== "errorMessage" && !err64.emUsed && (err64.instancePath === instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity" || err64.instancePath.indexOf(instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity") === 0 && err64.instancePath[instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity".length] === "/") && err64.schemaPath.indexOf("#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity") === 0 && err64.schemaPath["#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity".length] === "/") {
                          emErrs10.push(err64);
                          err64.emUsed = true;
                        }
                      }
                      if (emErrs10.length) {
                        const err65 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity/errorMessage", keyword: "errorMessage", params: { errors: emErrs10 }, message: "must be error, warning or off" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                      const emErrs11 = [];
                      for (const err66 of vErrors) {
                        if (!err66.emUsed) {
                          emErrs11.push(err66);
                        }
                      }
                      vErrors = emErrs11;
                      errors = emErrs11.length;
                    }
                  }
                  if (data28.environments !== void 0) {
                    let data30 = data28.environments;
                    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                      for (const key9 in data30) {
                        let data31 = data30[key9];
                        if (!(data31 === "error" || data31 === "warning" || data31 === "off")) {
                          const err67 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema16.properties.policies.properties.overrides.additionalProperties.anyOf[1].properties.environments.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        if (errors > 0) {
                          const emErrs12 = [];
                          for (const err68 of vErrors) {
                            if (err68.keyword !== "errorMessage" && !err68.emUsed && (err68.instancePath === instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") || err68.instancePath.indexOf(instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err68.instancePath[instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err68.schemaPath.indexOf("#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties") === 0 && err68.schemaPath["#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties".length] === "/") {
                              emErrs12.push(err68);
                              err68.emUsed = true;
                            }
                          }
                          if (emErrs12.length) {
                            const err69 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/errorMessage", keyword: "errorMessage", params: { errors: emErrs12 }, message: "must be error, warning or off" };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                          const emErrs13 = [];
                          for (const err70 of vErrors) {
                            if (!err70.emUsed) {
                              emErrs13.push(err70);
                            }
                          }
                          vErrors = emErrs13;
                          errors = emErrs13.length;
                        }
                      }
                    } else {
                      const err71 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err72 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                var _valid0 = _errs66 === errors;
                valid16 = valid16 || _valid0;
              }
              if (!valid16) {
                const err73 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              } else {
                errors = _errs64;
                if (vErrors !== null) {
                  if (_errs64) {
                    vErrors.length = _errs64;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data32 = data.checks;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (const key10 in data32) {
          if (!(key10 === "overrides")) {
            const err76 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data32.overrides !== void 0) {
          let data33 = data32.overrides;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key11 in data33) {
              const _errs79 = errors;
              if (typeof key11 === "string") {
                if (!pattern3.test(key11)) {
                  const err77 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrs14 = [];
                for (const err78 of vErrors) {
                  if (err78.keyword !== "errorMessage" && !err78.emUsed && (err78.instancePath === instancePath + "/checks/overrides" || err78.instancePath.indexOf(instancePath + "/checks/overrides") === 0 && err78.instancePath[instancePath + "/checks/overrides".length] === "/") && err78.schemaPath.indexOf("#/properties/checks/properties/overrides/propertyNames") === 0 && err78.schemaPath["#/properties/checks/properties/overrides/propertyNames".length] === "/") {
                    emErrs14.push(err78);
                    err78.emUsed = true;
                  }
                }
                if (emErrs14.length) {
                  const err79 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs14 }, message: "must be a policy or check id (lower-case kebab-case)", propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                const emErrs15 = [];
                for (const err80 of vErrors) {
                  if (!err80.emUsed) {
                    emErrs15.push(err80);
                  }
                }
                vErrors = emErrs15;
                errors = emErrs15.length;
              }
              var valid20 = _errs79 === errors;
              if (!valid20) {
                const err81 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/propertyNames", keyword: "propertyNames", params: { propertyName: key11 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            for (const key12 in data33) {
              let data34 = data33[key12];
              const _errs82 = errors;
              let valid22 = false;
              const _errs83 = errors;
              if (!(data34 === "error" || data34 === "warning" || data34 === "off")) {
                const err82 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema16.properties.checks.properties.overrides.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs16 = [];
                for (const err83 of vErrors) {
                  if (err83.keyword !== "errorMessage" && !err83.emUsed && (err83.instancePath === instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") || err83.instancePath.indexOf(instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err83.instancePath[instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err83.schemaPath.indexOf("#/properties/checks/properties/overrides/additionalProperties/anyOf/0") === 0 && err83.schemaPath["#/properties/checks/properties/overrides/additionalProperties/anyOf/0".length] === "/") {
                    emErrs16.push(err83);
                    err83.emUsed = true;
                  }
                }
                if (emErrs16.length) {
                  const err84 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/0/errorMessage", keyword: "errorMessage", params: { errors: emErrs16 }, message: "must be error, warning or off" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                const emErrs17 = [];
                for (const err85 of vErrors) {
                  if (!err85.emUsed) {
                    emErrs17.push(err85);
                  }
                }
                vErrors = emErrs17;
                errors = emErrs17.length;
              }
              var _valid1 = _errs83 === errors;
              valid22 = valid22 || _valid1;
              if (!valid22) {
                const _errs84 = errors;
                if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                  for (const key13 in data34) {
                    if (!(key13 === "severity" || key13 === "environments")) {
                      const err86 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                  if (data34.severity !== void 0) {
                    let data35 = data34.severity;
                    if (!(data35 === "error" || data35 === "warning" || data35 === "off")) {
                      const err87 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema16.properties.checks.properties.overrides.additionalProperties.anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    if (errors > 0) {
                      const emErrs18 = [];
                      for (const err88 of vErrors) {
                        if (err88.keyword !== "errorMessage" && !err88.emUsed && (err88.instancePath === instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity" || err88.instancePath.indexOf(instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity") === 0 && err88.instancePath[instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity".length] === "/") && err88.schemaPath.indexOf("#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity") === 0 && err88.schemaPath["#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity".length] === "/") {
                          emErrs18.push(err88);
                          err88.emUsed = true;
                        }
                      }
                      if (emErrs18.length) {
                        const err89 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity/errorMessage", keyword: "errorMessage", params: { errors: emErrs18 }, message: "must be error, warning or off" };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                      const emErrs19 = [];
                      for (const err90 of vErrors) {
                        if (!err90.emUsed) {
                          emErrs19.push(err90);
                        }
                      }
                      vErrors = emErrs19;
                      errors = emErrs19.length;
                    }
                  }
                  if (data34.environments !== void 0) {
                    let data36 = data34.environments;
                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                      for (const key14 in data36) {
                        let data37 = data36[key14];
                        if (!(data37 === "error" || data37 === "warning" || data37 === "off")) {
                          const err91 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema16.properties.checks.properties.overrides.additionalProperties.anyOf[1].properties.environments.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                        if (errors > 0) {
                          const emErrs20 = [];
                          for (const err92 of vErrors) {
                            if (err92.keyword !== "errorMessage" && !err92.emUsed && (err92.instancePath === instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") || err92.instancePath.indexOf(instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err92.instancePath[instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err92.schemaPath.indexOf("#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties") === 0 && err92.schemaPath["#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties".length] === "/") {
                              emErrs20.push(err92);
                              err92.emUsed = true;
                            }
                          }
                          if (emErrs20.length) {
                            const err93 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/errorMessage", keyword: "errorMessage", params: { errors: emErrs20 }, message: "must be error, warning or off" };
                            if (vErrors === null) {
                              vErrors = [err93];
                            } else {
                              vErrors.push(err93);
                            }
                            errors++;
                          }
                          const emErrs21 = [];
                          for (const err94 of vErrors) {
                            if (!err94.emUsed) {
                              emErrs21.push(err94);
                            }
                          }
                          vErrors = emErrs21;
                          errors = emErrs21.length;
                        }
                      }
                    } else {
                      const err95 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err96 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                var _valid1 = _errs84 === errors;
                valid22 = valid22 || _valid1;
              }
              if (!valid22) {
                const err97 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              } else {
                errors = _errs82;
                if (vErrors !== null) {
                  if (_errs82) {
                    vErrors.length = _errs82;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data38 = data.plan;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key15 in data38) {
          if (!(key15 === "ignore" || key15 === "defaults" || key15 === "production" || key15 === "maxCommentChars")) {
            const err100 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data38.ignore !== void 0) {
          let data39 = data38.ignore;
          if (Array.isArray(data39)) {
            const len4 = data39.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data40 = data39[i4];
              const _errs98 = errors;
              let valid28 = true;
              const _errs99 = errors;
              if (typeof data40 !== "string") {
                const err101 = {};
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              var _valid2 = _errs99 === errors;
              errors = _errs98;
              if (vErrors !== null) {
                if (_errs98) {
                  vErrors.length = _errs98;
                } else {
                  vErrors = null;
                }
              }
              let ifClause0;
              if (_valid2) {
                const _errs101 = errors;
                if (typeof data40 === "string") {
                  if (func3(data40) < 1) {
                    const err102 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                var _valid2 = _errs101 === errors;
                valid28 = _valid2;
                ifClause0 = "then";
              } else {
                const _errs102 = errors;
                if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                  if (data40.path === void 0) {
                    const err103 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                  for (const key16 in data40) {
                    if (!(key16 === "path" || key16 === "apiVersion" || key16 === "kind" || key16 === "namespace" || key16 === "name")) {
                      const err104 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                  }
                  if (data40.path !== void 0) {
                    let data41 = data40.path;
                    if (typeof data41 === "string") {
                      if (func3(data41) < 1) {
                        const err105 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/path", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    } else {
                      const err106 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/path", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  }
                  if (data40.apiVersion !== void 0) {
                    if (typeof data40.apiVersion !== "string") {
                      const err107 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/apiVersion", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                  if (data40.kind !== void 0) {
                    if (typeof data40.kind !== "string") {
                      const err108 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/kind", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  }
                  if (data40.namespace !== void 0) {
                    if (typeof data40.namespace !== "string") {
                      const err109 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/namespace", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                  }
                  if (data40.name !== void 0) {
                    if (typeof data40.name !== "string") {
                      const err110 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/name", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err111 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (errors > 0) {
                  const emErrors0 = { "type": [] };
                  const templates0 = {};
                  for (const err112 of vErrors) {
                    if (err112.keyword !== "errorMessage" && !err112.emUsed && err112.instancePath === instancePath + "/plan/ignore/" + i4 && err112.keyword in emErrors0 && err112.schemaPath.indexOf("#/properties/plan/properties/ignore/items/else") === 0 && /^\/[^\/]*$/.test(err112.schemaPath.slice(46))) {
                      emErrors0[err112.keyword].push(err112);
                      err112.emUsed = true;
                    }
                  }
                  for (const key17 in emErrors0) {
                    if (emErrors0[key17].length) {
                      const err113 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/errorMessage", keyword: "errorMessage", params: { errors: emErrors0[key17] }, message: key17 in templates0 ? templates0[key17]() : schema16.properties.plan.properties.ignore.items.else.errorMessage[key17] };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  }
                  const emErrs22 = [];
                  for (const err114 of vErrors) {
                    if (!err114.emUsed) {
                      emErrs22.push(err114);
                    }
                  }
                  vErrors = emErrs22;
                  errors = emErrs22.length;
                }
                var _valid2 = _errs102 === errors;
                valid28 = _valid2;
                ifClause0 = "else";
              }
              if (!valid28) {
                const err115 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/plan/ignore", schemaPath: "#/properties/plan/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data38.defaults !== void 0) {
          let data46 = data38.defaults;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key18 in data46) {
              if (!(key18 === "generatorHash" || key18 === "lastAppliedConfiguration")) {
                const err117 = { instancePath: instancePath + "/plan/defaults", schemaPath: "#/properties/plan/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data46.generatorHash !== void 0) {
              if (typeof data46.generatorHash !== "boolean") {
                const err118 = { instancePath: instancePath + "/plan/defaults/generatorHash", schemaPath: "#/properties/plan/properties/defaults/properties/generatorHash/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs23 = [];
                for (const err119 of vErrors) {
                  if (err119.keyword !== "errorMessage" && !err119.emUsed && (err119.instancePath === instancePath + "/plan/defaults/generatorHash" || err119.instancePath.indexOf(instancePath + "/plan/defaults/generatorHash") === 0 && err119.instancePath[instancePath + "/plan/defaults/generatorHash".length] === "/") && err119.schemaPath.indexOf("#/properties/plan/properties/defaults/properties/generatorHash") === 0 && err119.schemaPath["#/properties/plan/properties/defaults/properties/generatorHash".length] === "/") {
                    emErrs23.push(err119);
                    err119.emUsed = true;
                  }
                }
                if (emErrs23.length) {
                  const err120 = { instancePath: instancePath + "/plan/defaults/generatorHash", schemaPath: "#/properties/plan/properties/defaults/properties/generatorHash/errorMessage", keyword: "errorMessage", params: { errors: emErrs23 }, message: "must be true or false" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                const emErrs24 = [];
                for (const err121 of vErrors) {
                  if (!err121.emUsed) {
                    emErrs24.push(err121);
                  }
                }
                vErrors = emErrs24;
                errors = emErrs24.length;
              }
            }
            if (data46.lastAppliedConfiguration !== void 0) {
              if (typeof data46.lastAppliedConfiguration !== "boolean") {
                const err122 = { instancePath: instancePath + "/plan/defaults/lastAppliedConfiguration", schemaPath: "#/properties/plan/properties/defaults/properties/lastAppliedConfiguration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs25 = [];
                for (const err123 of vErrors) {
                  if (err123.keyword !== "errorMessage" && !err123.emUsed && (err123.instancePath === instancePath + "/plan/defaults/lastAppliedConfiguration" || err123.instancePath.indexOf(instancePath + "/plan/defaults/lastAppliedConfiguration") === 0 && err123.instancePath[instancePath + "/plan/defaults/lastAppliedConfiguration".length] === "/") && err123.schemaPath.indexOf("#/properties/plan/properties/defaults/properties/lastAppliedConfiguration") === 0 && err123.schemaPath["#/properties/plan/properties/defaults/properties/lastAppliedConfiguration".length] === "/") {
                    emErrs25.push(err123);
                    err123.emUsed = true;
                  }
                }
                if (emErrs25.length) {
                  const err124 = { instancePath: instancePath + "/plan/defaults/lastAppliedConfiguration", schemaPath: "#/properties/plan/properties/defaults/properties/lastAppliedConfiguration/errorMessage", keyword: "errorMessage", params: { errors: emErrs25 }, message: "must be true or false" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
                const emErrs26 = [];
                for (const err125 of vErrors) {
                  if (!err125.emUsed) {
                    emErrs26.push(err125);
                  }
                }
                vErrors = emErrs26;
                errors = emErrs26.length;
              }
            }
          } else {
            const err126 = { instancePath: instancePath + "/plan/defaults", schemaPath: "#/properties/plan/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data38.production !== void 0) {
          let data49 = data38.production;
          if (Array.isArray(data49)) {
            const len5 = data49.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data50 = data49[i5];
              if (typeof data50 === "string") {
                if (func3(data50) < 1) {
                  const err127 = { instancePath: instancePath + "/plan/production/" + i5, schemaPath: "#/properties/plan/properties/production/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              } else {
                const err128 = { instancePath: instancePath + "/plan/production/" + i5, schemaPath: "#/properties/plan/properties/production/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
          } else {
            const err129 = { instancePath: instancePath + "/plan/production", schemaPath: "#/properties/plan/properties/production/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data38.maxCommentChars !== void 0) {
          let data51 = data38.maxCommentChars;
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
            const err130 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
          if (typeof data51 == "number") {
            if (data51 > 65536 || isNaN(data51)) {
              const err131 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536" };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            if (data51 < 1e3 || isNaN(data51)) {
              const err132 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
          }
          if (errors > 0) {
            const emErrs27 = [];
            for (const err133 of vErrors) {
              if (err133.keyword !== "errorMessage" && !err133.emUsed && (err133.instancePath === instancePath + "/plan/maxCommentChars" || err133.instancePath.indexOf(instancePath + "/plan/maxCommentChars") === 0 && err133.instancePath[instancePath + "/plan/maxCommentChars".length] === "/") && err133.schemaPath.indexOf("#/properties/plan/properties/maxCommentChars") === 0 && err133.schemaPath["#/properties/plan/properties/maxCommentChars".length] === "/") {
                emErrs27.push(err133);
                err133.emUsed = true;
              }
            }
            if (emErrs27.length) {
              const err134 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/errorMessage", keyword: "errorMessage", params: { errors: emErrs27 }, message: "must be an integer from 1000 to 65536" };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            const emErrs28 = [];
            for (const err135 of vErrors) {
              if (!err135.emUsed) {
                emErrs28.push(err135);
              }
            }
            vErrors = emErrs28;
            errors = emErrs28.length;
          }
        }
      } else {
        const err136 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
    if (data.ecr !== void 0) {
      let data52 = data.ecr;
      if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
        if (data52.region === void 0) {
          const err137 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
          if (vErrors === null) {
            vErrors = [err137];
          } else {
            vErrors.push(err137);
          }
          errors++;
        }
        if (data52.services === void 0) {
          const err138 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'" };
          if (vErrors === null) {
            vErrors = [err138];
          } else {
            vErrors.push(err138);
          }
          errors++;
        }
        for (const key19 in data52) {
          if (!(key19 === "region" || key19 === "drRegion" || key19 === "registryId" || key19 === "encryption" || key19 === "replication" || key19 === "lifecyclePolicy" || key19 === "rollbackReleases" || key19 === "services")) {
            const err139 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data52.region !== void 0) {
          let data53 = data52.region;
          if (typeof data53 === "string") {
            if (!pattern2.test(data53)) {
              const err140 = { instancePath: instancePath + "/ecr/region", schemaPath: "#/properties/ecr/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
          } else {
            const err141 = { instancePath: instancePath + "/ecr/region", schemaPath: "#/properties/ecr/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs29 = [];
            for (const err142 of vErrors) {
              if (err142.keyword !== "errorMessage" && !err142.emUsed && (err142.instancePath === instancePath + "/ecr/region" || err142.instancePath.indexOf(instancePath + "/ecr/region") === 0 && err142.instancePath[instancePath + "/ecr/region".length] === "/") && err142.schemaPath.indexOf("#/properties/ecr/properties/region") === 0 && err142.schemaPath["#/properties/ecr/properties/region".length] === "/") {
                emErrs29.push(err142);
                err142.emUsed = true;
              }
            }
            if (emErrs29.length) {
              const err143 = { instancePath: instancePath + "/ecr/region", schemaPath: "#/properties/ecr/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs29 }, message: 'must be an AWS region like "eu-west-1"' };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
            const emErrs30 = [];
            for (const err144 of vErrors) {
              if (!err144.emUsed) {
                emErrs30.push(err144);
              }
            }
            vErrors = emErrs30;
            errors = emErrs30.length;
          }
        }
        if (data52.drRegion !== void 0) {
          let data54 = data52.drRegion;
          if (typeof data54 === "string") {
            if (!pattern2.test(data54)) {
              const err145 = { instancePath: instancePath + "/ecr/drRegion", schemaPath: "#/properties/ecr/properties/drRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          } else {
            const err146 = { instancePath: instancePath + "/ecr/drRegion", schemaPath: "#/properties/ecr/properties/drRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs31 = [];
            for (const err147 of vErrors) {
              if (err147.keyword !== "errorMessage" && !err147.emUsed && (err147.instancePath === instancePath + "/ecr/drRegion" || err147.instancePath.indexOf(instancePath + "/ecr/drRegion") === 0 && err147.instancePath[instancePath + "/ecr/drRegion".length] === "/") && err147.schemaPath.indexOf("#/properties/ecr/properties/drRegion") === 0 && err147.schemaPath["#/properties/ecr/properties/drRegion".length] === "/") {
                emErrs31.push(err147);
                err147.emUsed = true;
              }
            }
            if (emErrs31.length) {
              const err148 = { instancePath: instancePath + "/ecr/drRegion", schemaPath: "#/properties/ecr/properties/drRegion/errorMessage", keyword: "errorMessage", params: { errors: emErrs31 }, message: 'must be an AWS region like "eu-west-1"' };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
            const emErrs32 = [];
            for (const err149 of vErrors) {
              if (!err149.emUsed) {
                emErrs32.push(err149);
              }
            }
            vErrors = emErrs32;
            errors = emErrs32.length;
          }
        }
        if (data52.registryId !== void 0) {
          let data55 = data52.registryId;
          if (typeof data55 === "string") {
            if (!pattern7.test(data55)) {
              const err150 = { instancePath: instancePath + "/ecr/registryId", schemaPath: "#/properties/ecr/properties/registryId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          } else {
            const err151 = { instancePath: instancePath + "/ecr/registryId", schemaPath: "#/properties/ecr/properties/registryId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs33 = [];
            for (const err152 of vErrors) {
              if (err152.keyword !== "errorMessage" && !err152.emUsed && (err152.instancePath === instancePath + "/ecr/registryId" || err152.instancePath.indexOf(instancePath + "/ecr/registryId") === 0 && err152.instancePath[instancePath + "/ecr/registryId".length] === "/") && err152.schemaPath.indexOf("#/properties/ecr/properties/registryId") === 0 && err152.schemaPath["#/properties/ecr/properties/registryId".length] === "/") {
                emErrs33.push(err152);
                err152.emUsed = true;
              }
            }
            if (emErrs33.length) {
              const err153 = { instancePath: instancePath + "/ecr/registryId", schemaPath: "#/properties/ecr/properties/registryId/errorMessage", keyword: "errorMessage", params: { errors: emErrs33 }, message: "must be a 12-digit AWS account id" };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
            const emErrs34 = [];
            for (const err154 of vErrors) {
              if (!err154.emUsed) {
                emErrs34.push(err154);
              }
            }
            vErrors = emErrs34;
            errors = emErrs34.length;
          }
        }
        if (data52.encryption !== void 0) {
          let data56 = data52.encryption;
          const _errs139 = errors;
          let valid34 = true;
          const _errs140 = errors;
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.type !== void 0) {
              if ("KMS" !== data56.type) {
                const err155 = {};
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
          }
          var _valid3 = _errs140 === errors;
          errors = _errs139;
          if (vErrors !== null) {
            if (_errs139) {
              vErrors.length = _errs139;
            } else {
              vErrors = null;
            }
          }
          if (_valid3) {
            const _errs142 = errors;
            if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
              if (data56.kmsKey === void 0) {
                const err156 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/then/required", keyword: "required", params: { missingProperty: "kmsKey" }, message: "must have required property 'kmsKey'" };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (errors > 0) {
              const emErrors1 = { "required": [] };
              const templates1 = {};
              for (const err157 of vErrors) {
                if (err157.keyword !== "errorMessage" && !err157.emUsed && err157.instancePath === instancePath + "/ecr/encryption" && err157.keyword in emErrors1 && err157.schemaPath.indexOf("#/properties/ecr/properties/encryption/then") === 0 && /^\/[^\/]*$/.test(err157.schemaPath.slice(43))) {
                  emErrors1[err157.keyword].push(err157);
                  err157.emUsed = true;
                }
              }
              for (const key20 in emErrors1) {
                if (emErrors1[key20].length) {
                  const err158 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/then/errorMessage", keyword: "errorMessage", params: { errors: emErrors1[key20] }, message: key20 in templates1 ? templates1[key20]() : schema16.properties.ecr.properties.encryption.then.errorMessage[key20] };
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
              }
              const emErrs35 = [];
              for (const err159 of vErrors) {
                if (!err159.emUsed) {
                  emErrs35.push(err159);
                }
              }
              vErrors = emErrs35;
              errors = emErrs35.length;
            }
            var _valid3 = _errs142 === errors;
            valid34 = _valid3;
          }
          if (!valid34) {
            const err160 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.type === void 0) {
              const err161 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            for (const key21 in data56) {
              if (!(key21 === "type" || key21 === "kmsKey")) {
                const err162 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data56.type !== void 0) {
              let data58 = data56.type;
              if (!(data58 === "AES256" || data58 === "KMS")) {
                const err163 = { instancePath: instancePath + "/ecr/encryption/type", schemaPath: "#/properties/ecr/properties/encryption/properties/type/enum", keyword: "enum", params: { allowedValues: schema16.properties.ecr.properties.encryption.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs36 = [];
                for (const err164 of vErrors) {
                  if (err164.keyword !== "errorMessage" && !err164.emUsed && (err164.instancePath === instancePath + "/ecr/encryption/type" || err164.instancePath.indexOf(instancePath + "/ecr/encryption/type") === 0 && err164.instancePath[instancePath + "/ecr/encryption/type".length] === "/") && err164.schemaPath.indexOf("#/properties/ecr/properties/encryption/properties/type") === 0 && err164.schemaPath["#/properties/ecr/properties/encryption/properties/type".length] === "/") {
                    emErrs36.push(err164);
                    err164.emUsed = true;
                  }
                }
                if (emErrs36.length) {
                  const err165 = { instancePath: instancePath + "/ecr/encryption/type", schemaPath: "#/properties/ecr/properties/encryption/properties/type/errorMessage", keyword: "errorMessage", params: { errors: emErrs36 }, message: "must be AES256 or KMS" };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
                const emErrs37 = [];
                for (const err166 of vErrors) {
                  if (!err166.emUsed) {
                    emErrs37.push(err166);
                  }
                }
                vErrors = emErrs37;
                errors = emErrs37.length;
              }
            }
            if (data56.kmsKey !== void 0) {
              let data59 = data56.kmsKey;
              if (typeof data59 === "string") {
                if (func3(data59) < 1) {
                  const err167 = { instancePath: instancePath + "/ecr/encryption/kmsKey", schemaPath: "#/properties/ecr/properties/encryption/properties/kmsKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              } else {
                const err168 = { instancePath: instancePath + "/ecr/encryption/kmsKey", schemaPath: "#/properties/ecr/properties/encryption/properties/kmsKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
          } else {
            const err169 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
        if (data52.replication !== void 0) {
          let data60 = data52.replication;
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            for (const key22 in data60) {
              if (!(key22 === "enabled" || key22 === "regions")) {
                const err170 = { instancePath: instancePath + "/ecr/replication", schemaPath: "#/properties/ecr/properties/replication/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data60.enabled !== void 0) {
              if (typeof data60.enabled !== "boolean") {
                const err171 = { instancePath: instancePath + "/ecr/replication/enabled", schemaPath: "#/properties/ecr/properties/replication/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data60.regions !== void 0) {
              let data62 = data60.regions;
              if (Array.isArray(data62)) {
                if (data62.length > 25) {
                  const err172 = { instancePath: instancePath + "/ecr/replication/regions", schemaPath: "#/properties/ecr/properties/replication/properties/regions/maxItems", keyword: "maxItems", params: { limit: 25 }, message: "must NOT have more than 25 items" };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
                if (data62.length < 1) {
                  const err173 = { instancePath: instancePath + "/ecr/replication/regions", schemaPath: "#/properties/ecr/properties/replication/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
                const len6 = data62.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data63 = data62[i6];
                  if (typeof data63 === "string") {
                    if (!pattern2.test(data63)) {
                      const err174 = { instancePath: instancePath + "/ecr/replication/regions/" + i6, schemaPath: "#/properties/ecr/properties/replication/properties/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                  } else {
                    const err175 = { instancePath: instancePath + "/ecr/replication/regions/" + i6, schemaPath: "#/properties/ecr/properties/replication/properties/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs38 = [];
                    for (const err176 of vErrors) {
                      if (err176.keyword !== "errorMessage" && !err176.emUsed && (err176.instancePath === instancePath + "/ecr/replication/regions/" + i6 || err176.instancePath.indexOf(instancePath + "/ecr/replication/regions/" + i6) === 0 && err176.instancePath[instancePath + "/ecr/replication/regions/" + i6.length] === "/") && err176.schemaPath.indexOf("#/properties/ecr/properties/replication/properties/regions/items") === 0 && err176.schemaPath["#/properties/ecr/properties/replication/properties/regions/items".length] === "/") {
                        emErrs38.push(err176);
                        err176.emUsed = true;
                      }
                    }
                    if (emErrs38.length) {
                      const err177 = { instancePath: instancePath + "/ecr/replication/regions/" + i6, schemaPath: "#/properties/ecr/properties/replication/properties/regions/items/errorMessage", keyword: "errorMessage", params: { errors: emErrs38 }, message: 'must be an AWS region like "eu-west-1"' };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                    const emErrs39 = [];
                    for (const err178 of vErrors) {
                      if (!err178.emUsed) {
                        emErrs39.push(err178);
                      }
                    }
                    vErrors = emErrs39;
                    errors = emErrs39.length;
                  }
                }
              } else {
                const err179 = { instancePath: instancePath + "/ecr/replication/regions", schemaPath: "#/properties/ecr/properties/replication/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
          } else {
            const err180 = { instancePath: instancePath + "/ecr/replication", schemaPath: "#/properties/ecr/properties/replication/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data52.lifecyclePolicy !== void 0) {
          let data64 = data52.lifecyclePolicy;
          if (typeof data64 === "string") {
            if (func3(data64) < 1) {
              const err181 = { instancePath: instancePath + "/ecr/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/lifecyclePolicy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          } else {
            const err182 = { instancePath: instancePath + "/ecr/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/lifecyclePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
        if (data52.rollbackReleases !== void 0) {
          let data65 = data52.rollbackReleases;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
            const err183 = { instancePath: instancePath + "/ecr/rollbackReleases", schemaPath: "#/properties/ecr/properties/rollbackReleases/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
          if (typeof data65 == "number") {
            if (data65 > 50 || isNaN(data65)) {
              const err184 = { instancePath: instancePath + "/ecr/rollbackReleases", schemaPath: "#/properties/ecr/properties/rollbackReleases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors++;
            }
            if (data65 < 0 || isNaN(data65)) {
              const err185 = { instancePath: instancePath + "/ecr/rollbackReleases", schemaPath: "#/properties/ecr/properties/rollbackReleases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
          }
        }
        if (data52.services !== void 0) {
          let data66 = data52.services;
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (Object.keys(data66).length < 1) {
              const err186 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
            for (const key23 in data66) {
              const _errs162 = errors;
              if (typeof key23 === "string") {
                if (!pattern9.test(key23)) {
                  const err187 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', propertyName: key23 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrs40 = [];
                for (const err188 of vErrors) {
                  if (err188.keyword !== "errorMessage" && !err188.emUsed && (err188.instancePath === instancePath + "/ecr/services" || err188.instancePath.indexOf(instancePath + "/ecr/services") === 0 && err188.instancePath[instancePath + "/ecr/services".length] === "/") && err188.schemaPath.indexOf("#/properties/ecr/properties/services/propertyNames") === 0 && err188.schemaPath["#/properties/ecr/properties/services/propertyNames".length] === "/") {
                    emErrs40.push(err188);
                    err188.emUsed = true;
                  }
                }
                if (emErrs40.length) {
                  const err189 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs40 }, message: 'service names are letters, digits, ".", "_" and "-"', propertyName: key23 };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
                const emErrs41 = [];
                for (const err190 of vErrors) {
                  if (!err190.emUsed) {
                    emErrs41.push(err190);
                  }
                }
                vErrors = emErrs41;
                errors = emErrs41.length;
              }
              var valid40 = _errs162 === errors;
              if (!valid40) {
                const err191 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            for (const key24 in data66) {
              let data67 = data66[key24];
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                if (data67.repository === void 0) {
                  const err192 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ecr/properties/services/additionalProperties/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
                for (const key25 in data67) {
                  if (!(key25 === "repository" || key25 === "context" || key25 === "dockerfile" || key25 === "lifecyclePolicy" || key25 === "platforms")) {
                    const err193 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ecr/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                }
                if (data67.repository !== void 0) {
                  let data68 = data67.repository;
                  if (typeof data68 === "string") {
                    if (func3(data68) > 256) {
                      const err194 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err194];
                      } else {
                        vErrors.push(err194);
                      }
                      errors++;
                    }
                    if (func3(data68) < 2) {
                      const err195 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                      if (vErrors === null) {
                        vErrors = [err195];
                      } else {
                        vErrors.push(err195);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data68)) {
                      const err196 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$" }, message: 'must match pattern "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err196];
                      } else {
                        vErrors.push(err196);
                      }
                      errors++;
                    }
                  } else {
                    const err197 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err197];
                    } else {
                      vErrors.push(err197);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs42 = [];
                    for (const err198 of vErrors) {
                      if (err198.keyword !== "errorMessage" && !err198.emUsed && (err198.instancePath === instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository" || err198.instancePath.indexOf(instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository") === 0 && err198.instancePath[instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository".length] === "/") && err198.schemaPath.indexOf("#/properties/ecr/properties/services/additionalProperties/properties/repository") === 0 && err198.schemaPath["#/properties/ecr/properties/services/additionalProperties/properties/repository".length] === "/") {
                        emErrs42.push(err198);
                        err198.emUsed = true;
                      }
                    }
                    if (emErrs42.length) {
                      const err199 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/errorMessage", keyword: "errorMessage", params: { errors: emErrs42 }, message: 'must be an ECR repository name (lowercase, "/", ".", "_", "-"), e.g. "team/payments"' };
                      if (vErrors === null) {
                        vErrors = [err199];
                      } else {
                        vErrors.push(err199);
                      }
                      errors++;
                    }
                    const emErrs43 = [];
                    for (const err200 of vErrors) {
                      if (!err200.emUsed) {
                        emErrs43.push(err200);
                      }
                    }
                    vErrors = emErrs43;
                    errors = emErrs43.length;
                  }
                }
                if (data67.context !== void 0) {
                  let data69 = data67.context;
                  if (typeof data69 === "string") {
                    if (func3(data69) < 1) {
                      const err201 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/context", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/context/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                  } else {
                    const err202 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/context", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err202];
                    } else {
                      vErrors.push(err202);
                    }
                    errors++;
                  }
                }
                if (data67.dockerfile !== void 0) {
                  let data70 = data67.dockerfile;
                  if (typeof data70 === "string") {
                    if (func3(data70) < 1) {
                      const err203 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/dockerfile", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/dockerfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err203];
                      } else {
                        vErrors.push(err203);
                      }
                      errors++;
                    }
                  } else {
                    const err204 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/dockerfile", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                }
                if (data67.lifecyclePolicy !== void 0) {
                  let data71 = data67.lifecyclePolicy;
                  if (typeof data71 === "string") {
                    if (func3(data71) < 1) {
                      const err205 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/lifecyclePolicy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                  } else {
                    const err206 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/lifecyclePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data67.platforms !== void 0) {
                  let data72 = data67.platforms;
                  if (Array.isArray(data72)) {
                    const len7 = data72.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data73 = data72[i7];
                      if (typeof data73 === "string") {
                        if (!pattern11.test(data73)) {
                          const err207 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/platforms/" + i7, schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/platforms/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$" }, message: 'must match pattern "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$"' };
                          if (vErrors === null) {
                            vErrors = [err207];
                          } else {
                            vErrors.push(err207);
                          }
                          errors++;
                        }
                      } else {
                        const err208 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/platforms/" + i7, schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err208];
                        } else {
                          vErrors.push(err208);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err209 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/platforms", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err209];
                    } else {
                      vErrors.push(err209);
                    }
                    errors++;
                  }
                }
              } else {
                const err210 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ecr/properties/services/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
          } else {
            const err211 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
      } else {
        const err212 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
    }
    if (data.promotion !== void 0) {
      let data74 = data.promotion;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        for (const key26 in data74) {
          if (!(key26 === "mode" || key26 === "branch" || key26 === "remote" || key26 === "environments" || key26 === "freeze")) {
            const err213 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
        if (data74.mode !== void 0) {
          let data75 = data74.mode;
          if (!(data75 === "push" || data75 === "pull-request")) {
            const err214 = { instancePath: instancePath + "/promotion/mode", schemaPath: "#/properties/promotion/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.properties.promotion.properties.mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs44 = [];
            for (const err215 of vErrors) {
              if (err215.keyword !== "errorMessage" && !err215.emUsed && (err215.instancePath === instancePath + "/promotion/mode" || err215.instancePath.indexOf(instancePath + "/promotion/mode") === 0 && err215.instancePath[instancePath + "/promotion/mode".length] === "/") && err215.schemaPath.indexOf("#/properties/promotion/properties/mode") === 0 && err215.schemaPath["#/properties/promotion/properties/mode".length] === "/") {
                emErrs44.push(err215);
                err215.emUsed = true;
              }
            }
            if (emErrs44.length) {
              const err216 = { instancePath: instancePath + "/promotion/mode", schemaPath: "#/properties/promotion/properties/mode/errorMessage", keyword: "errorMessage", params: { errors: emErrs44 }, message: "must be push or pull-request" };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
            const emErrs45 = [];
            for (const err217 of vErrors) {
              if (!err217.emUsed) {
                emErrs45.push(err217);
              }
            }
            vErrors = emErrs45;
            errors = emErrs45.length;
          }
        }
        if (data74.branch !== void 0) {
          let data76 = data74.branch;
          if (typeof data76 === "string") {
            if (func3(data76) < 1) {
              const err218 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
            if (!pattern12.test(data76)) {
              const err219 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/-]*$"' };
              if (vErrors === null) {
                vErrors = [err219];
              } else {
                vErrors.push(err219);
              }
              errors++;
            }
          } else {
            const err220 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs46 = [];
            for (const err221 of vErrors) {
              if (err221.keyword !== "errorMessage" && !err221.emUsed && (err221.instancePath === instancePath + "/promotion/branch" || err221.instancePath.indexOf(instancePath + "/promotion/branch") === 0 && err221.instancePath[instancePath + "/promotion/branch".length] === "/") && err221.schemaPath.indexOf("#/properties/promotion/properties/branch") === 0 && err221.schemaPath["#/properties/promotion/properties/branch".length] === "/") {
                emErrs46.push(err221);
                err221.emUsed = true;
              }
            }
            if (emErrs46.length) {
              const err222 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/errorMessage", keyword: "errorMessage", params: { errors: emErrs46 }, message: "must be a branch name like main" };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
            const emErrs47 = [];
            for (const err223 of vErrors) {
              if (!err223.emUsed) {
                emErrs47.push(err223);
              }
            }
            vErrors = emErrs47;
            errors = emErrs47.length;
          }
        }
        if (data74.remote !== void 0) {
          let data77 = data74.remote;
          if (typeof data77 === "string") {
            if (func3(data77) < 1) {
              const err224 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
            if (!pattern9.test(data77)) {
              const err225 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          } else {
            const err226 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs48 = [];
            for (const err227 of vErrors) {
              if (err227.keyword !== "errorMessage" && !err227.emUsed && (err227.instancePath === instancePath + "/promotion/remote" || err227.instancePath.indexOf(instancePath + "/promotion/remote") === 0 && err227.instancePath[instancePath + "/promotion/remote".length] === "/") && err227.schemaPath.indexOf("#/properties/promotion/properties/remote") === 0 && err227.schemaPath["#/properties/promotion/properties/remote".length] === "/") {
                emErrs48.push(err227);
                err227.emUsed = true;
              }
            }
            if (emErrs48.length) {
              const err228 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/errorMessage", keyword: "errorMessage", params: { errors: emErrs48 }, message: "must be a remote name like origin" };
              if (vErrors === null) {
                vErrors = [err228];
              } else {
                vErrors.push(err228);
              }
              errors++;
            }
            const emErrs49 = [];
            for (const err229 of vErrors) {
              if (!err229.emUsed) {
                emErrs49.push(err229);
              }
            }
            vErrors = emErrs49;
            errors = emErrs49.length;
          }
        }
        if (data74.environments !== void 0) {
          let data78 = data74.environments;
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key27 in data78) {
              const _errs189 = errors;
              if (typeof key27 === "string") {
                if (!pattern14.test(key27)) {
                  const err230 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', propertyName: key27 };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              } else {
                const err231 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key27 };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs50 = [];
                for (const err232 of vErrors) {
                  if (err232.keyword !== "errorMessage" && !err232.emUsed && (err232.instancePath === instancePath + "/promotion/environments" || err232.instancePath.indexOf(instancePath + "/promotion/environments") === 0 && err232.instancePath[instancePath + "/promotion/environments".length] === "/") && err232.schemaPath.indexOf("#/properties/promotion/properties/environments/propertyNames") === 0 && err232.schemaPath["#/properties/promotion/properties/environments/propertyNames".length] === "/") {
                    emErrs50.push(err232);
                    err232.emUsed = true;
                  }
                }
                if (emErrs50.length) {
                  const err233 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs50 }, message: 'must be an environment name (lowercase letters, digits, "-")', propertyName: key27 };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
                const emErrs51 = [];
                for (const err234 of vErrors) {
                  if (!err234.emUsed) {
                    emErrs51.push(err234);
                  }
                }
                vErrors = emErrs51;
                errors = emErrs51.length;
              }
              var valid46 = _errs189 === errors;
              if (!valid46) {
                const err235 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key27 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
            for (const key28 in data78) {
              let data79 = data78[key28];
              if (!(data79 && typeof data79 == "object" && !Array.isArray(data79)) && data79 !== null) {
                const err236 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promotion/properties/environments/additionalProperties/type", keyword: "type", params: { type: schema16.properties.promotion.properties.environments.additionalProperties.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
              if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                for (const key29 in data79) {
                  if (!(key29 === "from" || key29 === "soak" || key29 === "window" || key29 === "follows" || key29 === "application")) {
                    const err237 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promotion/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                }
                if (data79.from !== void 0) {
                  let data80 = data79.from;
                  if (typeof data80 === "string") {
                    if (!pattern14.test(data80)) {
                      const err238 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/from/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err238];
                      } else {
                        vErrors.push(err238);
                      }
                      errors++;
                    }
                  } else {
                    const err239 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs52 = [];
                    for (const err240 of vErrors) {
                      if (err240.keyword !== "errorMessage" && !err240.emUsed && (err240.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from" || err240.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from") === 0 && err240.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from".length] === "/") && err240.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/from") === 0 && err240.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/from".length] === "/") {
                        emErrs52.push(err240);
                        err240.emUsed = true;
                      }
                    }
                    if (emErrs52.length) {
                      const err241 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/from/errorMessage", keyword: "errorMessage", params: { errors: emErrs52 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                      if (vErrors === null) {
                        vErrors = [err241];
                      } else {
                        vErrors.push(err241);
                      }
                      errors++;
                    }
                    const emErrs53 = [];
                    for (const err242 of vErrors) {
                      if (!err242.emUsed) {
                        emErrs53.push(err242);
                      }
                    }
                    vErrors = emErrs53;
                    errors = emErrs53.length;
                  }
                }
                if (data79.soak !== void 0) {
                  let data81 = data79.soak;
                  if (typeof data81 === "string") {
                    if (func3(data81) < 1) {
                      const err243 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/soak", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/soak/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err243];
                      } else {
                        vErrors.push(err243);
                      }
                      errors++;
                    }
                  } else {
                    const err244 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/soak", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/soak/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                }
                if (data79.window !== void 0) {
                  let data82 = data79.window;
                  const _errs200 = errors;
                  let valid49 = false;
                  const _errs201 = errors;
                  if (typeof data82 === "string") {
                    if (func3(data82) < 1) {
                      const err245 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err245];
                      } else {
                        vErrors.push(err245);
                      }
                      errors++;
                    }
                  } else {
                    const err246 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                  var _valid4 = _errs201 === errors;
                  valid49 = valid49 || _valid4;
                  if (!valid49) {
                    const _errs203 = errors;
                    if (Array.isArray(data82)) {
                      if (data82.length < 1) {
                        const err247 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                          vErrors = [err247];
                        } else {
                          vErrors.push(err247);
                        }
                        errors++;
                      }
                      const len8 = data82.length;
                      for (let i8 = 0; i8 < len8; i8++) {
                        let data83 = data82[i8];
                        if (typeof data83 === "string") {
                          if (func3(data83) < 1) {
                            const err248 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window/" + i8, schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err248];
                            } else {
                              vErrors.push(err248);
                            }
                            errors++;
                          }
                        } else {
                          const err249 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window/" + i8, schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err249];
                          } else {
                            vErrors.push(err249);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err250 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors++;
                    }
                    var _valid4 = _errs203 === errors;
                    valid49 = valid49 || _valid4;
                  }
                  if (!valid49) {
                    const err251 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err251];
                    } else {
                      vErrors.push(err251);
                    }
                    errors++;
                  } else {
                    errors = _errs200;
                    if (vErrors !== null) {
                      if (_errs200) {
                        vErrors.length = _errs200;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (errors > 0) {
                    const emErrs54 = [];
                    for (const err252 of vErrors) {
                      if (err252.keyword !== "errorMessage" && !err252.emUsed && (err252.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window" || err252.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window") === 0 && err252.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window".length] === "/") && err252.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/window") === 0 && err252.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/window".length] === "/") {
                        emErrs54.push(err252);
                        err252.emUsed = true;
                      }
                    }
                    if (emErrs54.length) {
                      const err253 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/errorMessage", keyword: "errorMessage", params: { errors: emErrs54 }, message: 'must be a window like "Sun 02:00-06:00 UTC" or a list of them' };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                    const emErrs55 = [];
                    for (const err254 of vErrors) {
                      if (!err254.emUsed) {
                        emErrs55.push(err254);
                      }
                    }
                    vErrors = emErrs55;
                    errors = emErrs55.length;
                  }
                }
                if (data79.follows !== void 0) {
                  let data84 = data79.follows;
                  if (typeof data84 === "string") {
                    if (!pattern14.test(data84)) {
                      const err255 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/follows/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err255];
                      } else {
                        vErrors.push(err255);
                      }
                      errors++;
                    }
                  } else {
                    const err256 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/follows/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs56 = [];
                    for (const err257 of vErrors) {
                      if (err257.keyword !== "errorMessage" && !err257.emUsed && (err257.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows" || err257.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows") === 0 && err257.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows".length] === "/") && err257.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/follows") === 0 && err257.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/follows".length] === "/") {
                        emErrs56.push(err257);
                        err257.emUsed = true;
                      }
                    }
                    if (emErrs56.length) {
                      const err258 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/follows/errorMessage", keyword: "errorMessage", params: { errors: emErrs56 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                      if (vErrors === null) {
                        vErrors = [err258];
                      } else {
                        vErrors.push(err258);
                      }
                      errors++;
                    }
                    const emErrs57 = [];
                    for (const err259 of vErrors) {
                      if (!err259.emUsed) {
                        emErrs57.push(err259);
                      }
                    }
                    vErrors = emErrs57;
                    errors = emErrs57.length;
                  }
                }
                if (data79.application !== void 0) {
                  let data85 = data79.application;
                  if (typeof data85 === "string") {
                    if (!pattern14.test(data85)) {
                      const err260 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/application/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err260];
                      } else {
                        vErrors.push(err260);
                      }
                      errors++;
                    }
                  } else {
                    const err261 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/application/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err261];
                    } else {
                      vErrors.push(err261);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs58 = [];
                    for (const err262 of vErrors) {
                      if (err262.keyword !== "errorMessage" && !err262.emUsed && (err262.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application" || err262.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application") === 0 && err262.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application".length] === "/") && err262.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/application") === 0 && err262.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/application".length] === "/") {
                        emErrs58.push(err262);
                        err262.emUsed = true;
                      }
                    }
                    if (emErrs58.length) {
                      const err263 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/application/errorMessage", keyword: "errorMessage", params: { errors: emErrs58 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                      if (vErrors === null) {
                        vErrors = [err263];
                      } else {
                        vErrors.push(err263);
                      }
                      errors++;
                    }
                    const emErrs59 = [];
                    for (const err264 of vErrors) {
                      if (!err264.emUsed) {
                        emErrs59.push(err264);
                      }
                    }
                    vErrors = emErrs59;
                    errors = emErrs59.length;
                  }
                }
              }
            }
          } else {
            const err265 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
        if (data74.freeze !== void 0) {
          let data86 = data74.freeze;
          if (Array.isArray(data86)) {
            const len9 = data86.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data87 = data86[i9];
              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                if (data87.from === void 0) {
                  const err266 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                  if (vErrors === null) {
                    vErrors = [err266];
                  } else {
                    vErrors.push(err266);
                  }
                  errors++;
                }
                if (data87.to === void 0) {
                  const err267 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
                  if (vErrors === null) {
                    vErrors = [err267];
                  } else {
                    vErrors.push(err267);
                  }
                  errors++;
                }
                if (data87.reason === void 0) {
                  const err268 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err268];
                  } else {
                    vErrors.push(err268);
                  }
                  errors++;
                }
                for (const key30 in data87) {
                  if (!(key30 === "from" || key30 === "to" || key30 === "reason" || key30 === "environments")) {
                    const err269 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err269];
                    } else {
                      vErrors.push(err269);
                    }
                    errors++;
                  }
                }
                if (data87.from !== void 0) {
                  let data88 = data87.from;
                  if (typeof data88 === "string") {
                    if (func3(data88) < 1) {
                      const err270 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/from", schemaPath: "#/properties/promotion/properties/freeze/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err270];
                      } else {
                        vErrors.push(err270);
                      }
                      errors++;
                    }
                  } else {
                    const err271 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/from", schemaPath: "#/properties/promotion/properties/freeze/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                }
                if (data87.to !== void 0) {
                  let data89 = data87.to;
                  if (typeof data89 === "string") {
                    if (func3(data89) < 1) {
                      const err272 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/to", schemaPath: "#/properties/promotion/properties/freeze/items/properties/to/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                  } else {
                    const err273 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/to", schemaPath: "#/properties/promotion/properties/freeze/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err273];
                    } else {
                      vErrors.push(err273);
                    }
                    errors++;
                  }
                }
                if (data87.reason !== void 0) {
                  let data90 = data87.reason;
                  if (typeof data90 === "string") {
                    if (func3(data90) < 1) {
                      const err274 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/reason", schemaPath: "#/properties/promotion/properties/freeze/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err274];
                      } else {
                        vErrors.push(err274);
                      }
                      errors++;
                    }
                  } else {
                    const err275 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/reason", schemaPath: "#/properties/promotion/properties/freeze/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err275];
                    } else {
                      vErrors.push(err275);
                    }
                    errors++;
                  }
                }
                if (data87.environments !== void 0) {
                  let data91 = data87.environments;
                  if (Array.isArray(data91)) {
                    const len10 = data91.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      let data92 = data91[i10];
                      if (typeof data92 === "string") {
                        if (!pattern14.test(data92)) {
                          const err276 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10, schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                          if (vErrors === null) {
                            vErrors = [err276];
                          } else {
                            vErrors.push(err276);
                          }
                          errors++;
                        }
                      } else {
                        const err277 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10, schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err277];
                        } else {
                          vErrors.push(err277);
                        }
                        errors++;
                      }
                      if (errors > 0) {
                        const emErrs60 = [];
                        for (const err278 of vErrors) {
                          if (err278.keyword !== "errorMessage" && !err278.emUsed && (err278.instancePath === instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10 || err278.instancePath.indexOf(instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10) === 0 && err278.instancePath[instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10.length] === "/") && err278.schemaPath.indexOf("#/properties/promotion/properties/freeze/items/properties/environments/items") === 0 && err278.schemaPath["#/properties/promotion/properties/freeze/items/properties/environments/items".length] === "/") {
                            emErrs60.push(err278);
                            err278.emUsed = true;
                          }
                        }
                        if (emErrs60.length) {
                          const err279 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10, schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/items/errorMessage", keyword: "errorMessage", params: { errors: emErrs60 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                          if (vErrors === null) {
                            vErrors = [err279];
                          } else {
                            vErrors.push(err279);
                          }
                          errors++;
                        }
                        const emErrs61 = [];
                        for (const err280 of vErrors) {
                          if (!err280.emUsed) {
                            emErrs61.push(err280);
                          }
                        }
                        vErrors = emErrs61;
                        errors = emErrs61.length;
                      }
                    }
                  } else {
                    const err281 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments", schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err281];
                    } else {
                      vErrors.push(err281);
                    }
                    errors++;
                  }
                }
              } else {
                const err282 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
            }
          } else {
            const err283 = { instancePath: instancePath + "/promotion/freeze", schemaPath: "#/properties/promotion/properties/freeze/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err283];
            } else {
              vErrors.push(err283);
            }
            errors++;
          }
        }
      } else {
        const err284 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err284];
        } else {
          vErrors.push(err284);
        }
        errors++;
      }
    }
    if (data.failover !== void 0) {
      let data93 = data.failover;
      if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
        if (data93.primary === void 0) {
          const err285 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "primary" }, message: "must have required property 'primary'" };
          if (vErrors === null) {
            vErrors = [err285];
          } else {
            vErrors.push(err285);
          }
          errors++;
        }
        if (data93.secondary === void 0) {
          const err286 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "secondary" }, message: "must have required property 'secondary'" };
          if (vErrors === null) {
            vErrors = [err286];
          } else {
            vErrors.push(err286);
          }
          errors++;
        }
        if (data93.components === void 0) {
          const err287 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'" };
          if (vErrors === null) {
            vErrors = [err287];
          } else {
            vErrors.push(err287);
          }
          errors++;
        }
        if (data93.rto === void 0) {
          const err288 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "rto" }, message: "must have required property 'rto'" };
          if (vErrors === null) {
            vErrors = [err288];
          } else {
            vErrors.push(err288);
          }
          errors++;
        }
        for (const key31 in data93) {
          if (!(key31 === "primary" || key31 === "secondary" || key31 === "components" || key31 === "rto" || key31 === "rpo")) {
            const err289 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err289];
            } else {
              vErrors.push(err289);
            }
            errors++;
          }
        }
        if (data93.primary !== void 0) {
          let data94 = data93.primary;
          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
            if (data94.environment === void 0) {
              const err290 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'" };
              if (vErrors === null) {
                vErrors = [err290];
              } else {
                vErrors.push(err290);
              }
              errors++;
            }
            if (data94.region === void 0) {
              const err291 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
              if (vErrors === null) {
                vErrors = [err291];
              } else {
                vErrors.push(err291);
              }
              errors++;
            }
            for (const key32 in data94) {
              if (!(key32 === "environment" || key32 === "region")) {
                const err292 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err292];
                } else {
                  vErrors.push(err292);
                }
                errors++;
              }
            }
            if (data94.environment !== void 0) {
              let data95 = data94.environment;
              if (typeof data95 === "string") {
                if (func3(data95) < 1) {
                  const err293 = { instancePath: instancePath + "/failover/primary/environment", schemaPath: "#/properties/failover/properties/primary/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err293];
                  } else {
                    vErrors.push(err293);
                  }
                  errors++;
                }
              } else {
                const err294 = { instancePath: instancePath + "/failover/primary/environment", schemaPath: "#/properties/failover/properties/primary/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
            }
            if (data94.region !== void 0) {
              let data96 = data94.region;
              if (typeof data96 === "string") {
                if (!pattern2.test(data96)) {
                  const err295 = { instancePath: instancePath + "/failover/primary/region", schemaPath: "#/properties/failover/properties/primary/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                  if (vErrors === null) {
                    vErrors = [err295];
                  } else {
                    vErrors.push(err295);
                  }
                  errors++;
                }
              } else {
                const err296 = { instancePath: instancePath + "/failover/primary/region", schemaPath: "#/properties/failover/properties/primary/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err296];
                } else {
                  vErrors.push(err296);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs62 = [];
                for (const err297 of vErrors) {
                  if (err297.keyword !== "errorMessage" && !err297.emUsed && (err297.instancePath === instancePath + "/failover/primary/region" || err297.instancePath.indexOf(instancePath + "/failover/primary/region") === 0 && err297.instancePath[instancePath + "/failover/primary/region".length] === "/") && err297.schemaPath.indexOf("#/properties/failover/properties/primary/properties/region") === 0 && err297.schemaPath["#/properties/failover/properties/primary/properties/region".length] === "/") {
                    emErrs62.push(err297);
                    err297.emUsed = true;
                  }
                }
                if (emErrs62.length) {
                  const err298 = { instancePath: instancePath + "/failover/primary/region", schemaPath: "#/properties/failover/properties/primary/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs62 }, message: 'must be an AWS region like "us-west-2"' };
                  if (vErrors === null) {
                    vErrors = [err298];
                  } else {
                    vErrors.push(err298);
                  }
                  errors++;
                }
                const emErrs63 = [];
                for (const err299 of vErrors) {
                  if (!err299.emUsed) {
                    emErrs63.push(err299);
                  }
                }
                vErrors = emErrs63;
                errors = emErrs63.length;
              }
            }
          } else {
            const err300 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err300];
            } else {
              vErrors.push(err300);
            }
            errors++;
          }
        }
        if (data93.secondary !== void 0) {
          let data97 = data93.secondary;
          if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
            if (data97.environment === void 0) {
              const err301 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'" };
              if (vErrors === null) {
                vErrors = [err301];
              } else {
                vErrors.push(err301);
              }
              errors++;
            }
            if (data97.region === void 0) {
              const err302 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
              if (vErrors === null) {
                vErrors = [err302];
              } else {
                vErrors.push(err302);
              }
              errors++;
            }
            for (const key33 in data97) {
              if (!(key33 === "environment" || key33 === "region")) {
                const err303 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err303];
                } else {
                  vErrors.push(err303);
                }
                errors++;
              }
            }
            if (data97.environment !== void 0) {
              let data98 = data97.environment;
              if (typeof data98 === "string") {
                if (func3(data98) < 1) {
                  const err304 = { instancePath: instancePath + "/failover/secondary/environment", schemaPath: "#/properties/failover/properties/secondary/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err304];
                  } else {
                    vErrors.push(err304);
                  }
                  errors++;
                }
              } else {
                const err305 = { instancePath: instancePath + "/failover/secondary/environment", schemaPath: "#/properties/failover/properties/secondary/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err305];
                } else {
                  vErrors.push(err305);
                }
                errors++;
              }
            }
            if (data97.region !== void 0) {
              let data99 = data97.region;
              if (typeof data99 === "string") {
                if (!pattern2.test(data99)) {
                  const err306 = { instancePath: instancePath + "/failover/secondary/region", schemaPath: "#/properties/failover/properties/secondary/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                  if (vErrors === null) {
                    vErrors = [err306];
                  } else {
                    vErrors.push(err306);
                  }
                  errors++;
                }
              } else {
                const err307 = { instancePath: instancePath + "/failover/secondary/region", schemaPath: "#/properties/failover/properties/secondary/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs64 = [];
                for (const err308 of vErrors) {
                  if (err308.keyword !== "errorMessage" && !err308.emUsed && (err308.instancePath === instancePath + "/failover/secondary/region" || err308.instancePath.indexOf(instancePath + "/failover/secondary/region") === 0 && err308.instancePath[instancePath + "/failover/secondary/region".length] === "/") && err308.schemaPath.indexOf("#/properties/failover/properties/secondary/properties/region") === 0 && err308.schemaPath["#/properties/failover/properties/secondary/properties/region".length] === "/") {
                    emErrs64.push(err308);
                    err308.emUsed = true;
                  }
                }
                if (emErrs64.length) {
                  const err309 = { instancePath: instancePath + "/failover/secondary/region", schemaPath: "#/properties/failover/properties/secondary/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs64 }, message: 'must be an AWS region like "us-west-2"' };
                  if (vErrors === null) {
                    vErrors = [err309];
                  } else {
                    vErrors.push(err309);
                  }
                  errors++;
                }
                const emErrs65 = [];
                for (const err310 of vErrors) {
                  if (!err310.emUsed) {
                    emErrs65.push(err310);
                  }
                }
                vErrors = emErrs65;
                errors = emErrs65.length;
              }
            }
          } else {
            const err311 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err311];
            } else {
              vErrors.push(err311);
            }
            errors++;
          }
        }
        if (data93.components !== void 0) {
          let data100 = data93.components;
          if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
            if (data100.standby === void 0) {
              const err312 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/required", keyword: "required", params: { missingProperty: "standby" }, message: "must have required property 'standby'" };
              if (vErrors === null) {
                vErrors = [err312];
              } else {
                vErrors.push(err312);
              }
              errors++;
            }
            if (data100.active === void 0) {
              const err313 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/required", keyword: "required", params: { missingProperty: "active" }, message: "must have required property 'active'" };
              if (vErrors === null) {
                vErrors = [err313];
              } else {
                vErrors.push(err313);
              }
              errors++;
            }
            for (const key34 in data100) {
              if (!(key34 === "standby" || key34 === "active")) {
                const err314 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err314];
                } else {
                  vErrors.push(err314);
                }
                errors++;
              }
            }
            if (data100.standby !== void 0) {
              let data101 = data100.standby;
              if (typeof data101 === "string") {
                if (func3(data101) < 1) {
                  const err315 = { instancePath: instancePath + "/failover/components/standby", schemaPath: "#/properties/failover/properties/components/properties/standby/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err315];
                  } else {
                    vErrors.push(err315);
                  }
                  errors++;
                }
              } else {
                const err316 = { instancePath: instancePath + "/failover/components/standby", schemaPath: "#/properties/failover/properties/components/properties/standby/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
            if (data100.active !== void 0) {
              let data102 = data100.active;
              if (typeof data102 === "string") {
                if (func3(data102) < 1) {
                  const err317 = { instancePath: instancePath + "/failover/components/active", schemaPath: "#/properties/failover/properties/components/properties/active/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err317];
                  } else {
                    vErrors.push(err317);
                  }
                  errors++;
                }
              } else {
                const err318 = { instancePath: instancePath + "/failover/components/active", schemaPath: "#/properties/failover/properties/components/properties/active/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err318];
                } else {
                  vErrors.push(err318);
                }
                errors++;
              }
            }
          } else {
            const err319 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err319];
            } else {
              vErrors.push(err319);
            }
            errors++;
          }
        }
        if (data93.rto !== void 0) {
          let data103 = data93.rto;
          if (typeof data103 === "string") {
            if (!pattern21.test(data103)) {
              const err320 = { instancePath: instancePath + "/failover/rto", schemaPath: "#/properties/failover/properties/rto/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d))+$"' };
              if (vErrors === null) {
                vErrors = [err320];
              } else {
                vErrors.push(err320);
              }
              errors++;
            }
          } else {
            const err321 = { instancePath: instancePath + "/failover/rto", schemaPath: "#/properties/failover/properties/rto/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err321];
            } else {
              vErrors.push(err321);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs66 = [];
            for (const err322 of vErrors) {
              if (err322.keyword !== "errorMessage" && !err322.emUsed && (err322.instancePath === instancePath + "/failover/rto" || err322.instancePath.indexOf(instancePath + "/failover/rto") === 0 && err322.instancePath[instancePath + "/failover/rto".length] === "/") && err322.schemaPath.indexOf("#/properties/failover/properties/rto") === 0 && err322.schemaPath["#/properties/failover/properties/rto".length] === "/") {
                emErrs66.push(err322);
                err322.emUsed = true;
              }
            }
            if (emErrs66.length) {
              const err323 = { instancePath: instancePath + "/failover/rto", schemaPath: "#/properties/failover/properties/rto/errorMessage", keyword: "errorMessage", params: { errors: emErrs66 }, message: 'must be a duration like "1h", "90m" or "1h30m"' };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
            const emErrs67 = [];
            for (const err324 of vErrors) {
              if (!err324.emUsed) {
                emErrs67.push(err324);
              }
            }
            vErrors = emErrs67;
            errors = emErrs67.length;
          }
        }
        if (data93.rpo !== void 0) {
          let data104 = data93.rpo;
          if (typeof data104 === "string") {
            if (!pattern21.test(data104)) {
              const err325 = { instancePath: instancePath + "/failover/rpo", schemaPath: "#/properties/failover/properties/rpo/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d))+$"' };
              if (vErrors === null) {
                vErrors = [err325];
              } else {
                vErrors.push(err325);
              }
              errors++;
            }
          } else {
            const err326 = { instancePath: instancePath + "/failover/rpo", schemaPath: "#/properties/failover/properties/rpo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err326];
            } else {
              vErrors.push(err326);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs68 = [];
            for (const err327 of vErrors) {
              if (err327.keyword !== "errorMessage" && !err327.emUsed && (err327.instancePath === instancePath + "/failover/rpo" || err327.instancePath.indexOf(instancePath + "/failover/rpo") === 0 && err327.instancePath[instancePath + "/failover/rpo".length] === "/") && err327.schemaPath.indexOf("#/properties/failover/properties/rpo") === 0 && err327.schemaPath["#/properties/failover/properties/rpo".length] === "/") {
                emErrs68.push(err327);
                err327.emUsed = true;
              }
            }
            if (emErrs68.length) {
              const err328 = { instancePath: instancePath + "/failover/rpo", schemaPath: "#/properties/failover/properties/rpo/errorMessage", keyword: "errorMessage", params: { errors: emErrs68 }, message: 'must be a duration like "1h", "90m" or "1h30m"' };
              if (vErrors === null) {
                vErrors = [err328];
              } else {
                vErrors.push(err328);
              }
              errors++;
            }
            const emErrs69 = [];
            for (const err329 of vErrors) {
              if (!err329.emUsed) {
                emErrs69.push(err329);
              }
            }
            vErrors = emErrs69;
            errors = emErrs69.length;
          }
        }
      } else {
        const err330 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err330];
        } else {
          vErrors.push(err330);
        }
        errors++;
      }
    }
    if (data.ci !== void 0) {
      let data105 = data.ci;
      if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
        for (const key35 in data105) {
          if (!(key35 === "matrix")) {
            const err331 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err331];
            } else {
              vErrors.push(err331);
            }
            errors++;
          }
        }
        if (data105.matrix !== void 0) {
          let data106 = data105.matrix;
          if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
            if (data106.environmentsPerShard === void 0) {
              const err332 = { instancePath: instancePath + "/ci/matrix", schemaPath: "#/properties/ci/properties/matrix/required", keyword: "required", params: { missingProperty: "environmentsPerShard" }, message: "must have required property 'environmentsPerShard'" };
              if (vErrors === null) {
                vErrors = [err332];
              } else {
                vErrors.push(err332);
              }
              errors++;
            }
            for (const key36 in data106) {
              if (!(key36 === "environmentsPerShard" || key36 === "maxShards")) {
                const err333 = { instancePath: instancePath + "/ci/matrix", schemaPath: "#/properties/ci/properties/matrix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err333];
                } else {
                  vErrors.push(err333);
                }
                errors++;
              }
            }
            if (data106.environmentsPerShard !== void 0) {
              let data107 = data106.environmentsPerShard;
              if (!(typeof data107 == "number" && (!(data107 % 1) && !isNaN(data107)))) {
                const err334 = { instancePath: instancePath + "/ci/matrix/environmentsPerShard", schemaPath: "#/properties/ci/properties/matrix/properties/environmentsPerShard/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err334];
                } else {
                  vErrors.push(err334);
                }
                errors++;
              }
              if (typeof data107 == "number") {
                if (data107 < 1 || isNaN(data107)) {
                  const err335 = { instancePath: instancePath + "/ci/matrix/environmentsPerShard", schemaPath: "#/properties/ci/properties/matrix/properties/environmentsPerShard/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err335];
                  } else {
                    vErrors.push(err335);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrs70 = [];
                for (const err336 of vErrors) {
                  if (err336.keyword !== "errorMessage" && !err336.emUsed && (err336.instancePath === instancePath + "/ci/matrix/environmentsPerShard" || err336.instancePath.indexOf(instancePath + "/ci/matrix/environmentsPerShard") === 0 && err336.instancePath[instancePath + "/ci/matrix/environmentsPerShard".length] === "/") && err336.schemaPath.indexOf("#/properties/ci/properties/matrix/properties/environmentsPerShard") === 0 && err336.schemaPath["#/properties/ci/properties/matrix/properties/environmentsPerShard".length] === "/") {
                    emErrs70.push(err336);
                    err336.emUsed = true;
                  }
                }
                if (emErrs70.length) {
                  const err337 = { instancePath: instancePath + "/ci/matrix/environmentsPerShard", schemaPath: "#/properties/ci/properties/matrix/properties/environmentsPerShard/errorMessage", keyword: "errorMessage", params: { errors: emErrs70 }, message: "must be an integer of at least 1" };
                  if (vErrors === null) {
                    vErrors = [err337];
                  } else {
                    vErrors.push(err337);
                  }
                  errors++;
                }
                const emErrs71 = [];
                for (const err338 of vErrors) {
                  if (!err338.emUsed) {
                    emErrs71.push(err338);
                  }
                }
                vErrors = emErrs71;
                errors = emErrs71.length;
              }
            }
            if (data106.maxShards !== void 0) {
              let data108 = data106.maxShards;
              if (!(typeof data108 == "number" && (!(data108 % 1) && !isNaN(data108)))) {
                const err339 = { instancePath: instancePath + "/ci/matrix/maxShards", schemaPath: "#/properties/ci/properties/matrix/properties/maxShards/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err339];
                } else {
                  vErrors.push(err339);
                }
                errors++;
              }
              if (typeof data108 == "number") {
                if (data108 > 256 || isNaN(data108)) {
                  const err340 = { instancePath: instancePath + "/ci/matrix/maxShards", schemaPath: "#/properties/ci/properties/matrix/properties/maxShards/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256" };
                  if (vErrors === null) {
                    vErrors = [err340];
                  } else {
                    vErrors.push(err340);
                  }
                  errors++;
                }
                if (data108 < 1 || isNaN(data108)) {
                  const err341 = { instancePath: instancePath + "/ci/matrix/maxShards", schemaPath: "#/properties/ci/properties/matrix/properties/maxShards/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err341];
                  } else {
                    vErrors.push(err341);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrors2 = { "type": [], "minimum": [], "maximum": [] };
                const templates2 = {};
                for (const err342 of vErrors) {
                  if (err342.keyword !== "errorMessage" && !err342.emUsed && err342.instancePath === instancePath + "/ci/matrix/maxShards" && err342.keyword in emErrors2 && err342.schemaPath.indexOf("#/properties/ci/properties/matrix/properties/maxShards") === 0 && /^\/[^\/]*$/.test(err342.schemaPath.slice(54))) {
                    emErrors2[err342.keyword].push(err342);
                    err342.emUsed = true;
                  }
                }
                for (const key37 in emErrors2) {
                  if (emErrors2[key37].length) {
                    const err343 = { instancePath: instancePath + "/ci/matrix/maxShards", schemaPath: "#/properties/ci/properties/matrix/properties/maxShards/errorMessage", keyword: "errorMessage", params: { errors: emErrors2[key37] }, message: key37 in templates2 ? templates2[key37]() : schema16.properties.ci.properties.matrix.properties.maxShards.errorMessage[key37] };
                    if (vErrors === null) {
                      vErrors = [err343];
                    } else {
                      vErrors.push(err343);
                    }
                    errors++;
                  }
                }
                const emErrs72 = [];
                for (const err344 of vErrors) {
                  if (!err344.emUsed) {
                    emErrs72.push(err344);
                  }
                }
                vErrors = emErrs72;
                errors = emErrs72.length;
              }
            }
          } else {
            const err345 = { instancePath: instancePath + "/ci/matrix", schemaPath: "#/properties/ci/properties/matrix/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err345];
            } else {
              vErrors.push(err345);
            }
            errors++;
          }
        }
      } else {
        const err346 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err346];
        } else {
          vErrors.push(err346);
        }
        errors++;
      }
    }
  } else {
    const err347 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err347];
    } else {
      vErrors.push(err347);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}

// src/config/index.ts
var DEFAULT_KUBERNETES_VERSION = "1.33";
function kubernetesVersionFor(config, environment, override) {
  return minorVersion(
    override ?? config.environments?.[environment]?.kubernetesVersion ?? config.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION
  );
}
function isProductionEnvironment(config, environment) {
  const explicit = config.environments?.[environment]?.production;
  if (explicit !== void 0) return explicit;
  if (config.plan?.production !== void 0) return config.plan.production.includes(environment);
  return isProductionByName(environment);
}
var CONFIG_FILE_NAMES = ["slipway.yaml", "slipway.yml"];
async function loadConfig(repoRoot, file) {
  const candidates = file ? [isAbsolute(file) ? file : join(repoRoot, file)] : CONFIG_FILE_NAMES.map((name) => join(repoRoot, name));
  for (const candidate of candidates) {
    let text;
    try {
      text = await readFile(candidate, "utf8");
    } catch (error) {
      if (error.code === "ENOENT" && !file) continue;
      throw new ConfigError(`cannot read config: ${error.message}`, displayPath(repoRoot, candidate));
    }
    return { ...parseConfig(text, displayPath(repoRoot, candidate)), file: candidate };
  }
  return {};
}
function parseConfig(text, name = "slipway.yaml") {
  const quick = quickParseConfig(text);
  if (quick) return quick;
  const document = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first.linePos?.[0]?.line;
    throw new ConfigError(`${first.message.split("\n")[0]}${line ? ` (line ${line})` : ""}`, name);
  }
  const value = documentToJs(document, name) ?? {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError("must be a mapping of settings", name);
  if (!validate(value)) {
    const errors = (validate.errors ?? []).filter((error) => error.keyword !== "if");
    const messages = errors.map((error) => {
      const key = keyOf(error.instancePath);
      if (error.keyword === "additionalProperties") {
        const extra = error.params.additionalProperty;
        return `unknown key "${key ? `${key}.` : ""}${extra}"`;
      }
      if (error.keyword === "required") {
        const missing = error.params.missingProperty;
        return `${key ? `${key}.` : ""}${missing}: is required`;
      }
      const actual = key ? resolvePointer(value, error.instancePath).value : void 0;
      return `${key || "(root)"}: ${error.message}${actual !== void 0 && typeof actual !== "object" ? ` (got ${JSON.stringify(actual)})` : ""}`;
    });
    throw new ConfigError([...new Set(messages)].join("; "), name);
  }
  const config = value;
  checkFailoverRegions(config, name);
  return config;
}
function quickParseConfig(text) {
  if (text.includes("&")) return void 0;
  let value;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !validate(value)) return void 0;
  try {
    checkFailoverRegions(value, "slipway.yaml");
  } catch {
    return void 0;
  }
  return value;
}
function checkFailoverRegions(config, name) {
  const problems = [];
  for (const side of ["primary", "secondary"]) {
    const declared = config.failover?.[side];
    const region = declared && config.environments?.[declared.environment]?.region;
    if (declared && region !== void 0 && region !== declared.region)
      problems.push(
        `failover.${side}.region: ${JSON.stringify(declared.region)} disagrees with environments.${declared.environment}.region ${JSON.stringify(region)}`
      );
  }
  if (problems.length > 0) throw new ConfigError(problems.join("; "), name);
}
function keyOf(pointer) {
  return pointerTokens(pointer).reduce(
    (key, part) => /^[0-9]+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part,
    ""
  );
}
function displayPath(repoRoot, file) {
  const rel = relative(repoRoot, file);
  return rel.startsWith("..") ? file : rel;
}

// src/manifests/secret-redaction.ts
import { createHmac, randomBytes } from "node:crypto";
var REDACTED = "<redacted>";
var REDACTED_OLD = "<redacted: old value>";
var REDACTED_NEW = "<redacted: new value>";
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
function isSecret(object) {
  return object !== void 0 && object.kind === "Secret" && (object.apiVersion === "v1" || object.apiVersion === void 0);
}
function redactSecretPair(base, head) {
  const before = secretValues(base);
  const after = secretValues(head);
  const keys = { added: [], changed: [], removed: [] };
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (a === void 0) keys.added.push(key);
    else if (b === void 0) keys.removed.push(key);
    else if (a !== b) keys.changed.push(key);
  }
  for (const list of [keys.added, keys.changed, keys.removed]) list.splice(0, list.length, ...list.map(displayKey));
  keys.added.sort();
  keys.changed.sort();
  keys.removed.sort();
  const changed = new Set(keys.changed);
  return {
    base: base && redactOne(base, (key) => changed.has(key) ? REDACTED_OLD : REDACTED),
    head: head && redactOne(head, (key) => changed.has(key) ? REDACTED_NEW : REDACTED),
    keys
  };
}
function redactSecret(object) {
  return isSecret(object) ? redactOne(object, () => REDACTED) : object;
}
function redactOne(secret, placeholder) {
  const copy = structuredClone(secret);
  for (const field of ["data", "stringData", "binaryData"]) {
    const values = copy[field];
    if (values && typeof values === "object" && !Array.isArray(values)) {
      const redacted = {};
      for (const key of Object.keys(values)) redacted[displayKey(key)] = placeholder(key);
      copy[field] = redacted;
    } else if (values !== void 0) copy[field] = REDACTED;
  }
  const annotations = copy.metadata?.annotations;
  if (annotations && LAST_APPLIED in annotations) annotations[LAST_APPLIED] = REDACTED;
  return copy;
}
var VALID_KEY = /^[-._a-zA-Z0-9]+$/;
var KEY_LABEL_SECRET = randomBytes(16);
function displayKey(key) {
  return VALID_KEY.test(key) ? key : `<invalid key name ${createHmac("sha256", KEY_LABEL_SECRET).update(key).digest("hex").slice(0, 8)}>`;
}
function secretValues(secret) {
  const values = /* @__PURE__ */ new Map();
  if (!secret) return values;
  const data = secret.data;
  if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) values.set(key, decodeBase64(String(value)));
  }
  const stringData = secret.stringData;
  if (stringData && typeof stringData === "object") {
    for (const [key, value] of Object.entries(stringData)) values.set(key, String(value));
  }
  return values;
}
function decodeBase64(value) {
  return Buffer.from(value, "base64").toString("utf8");
}
var MIN_SCRUB_LENGTH = 8;
var SECRET_CONTENT_REMOVED = "[secret content removed]";
function sanitizeRenderMessage(message) {
  let out = message;
  out = out.replace(/literal sources \[[\s\S]*?\](?=: |"|$)/g, `literal sources ${SECRET_CONTENT_REMOVED}`);
  out = out.replace(
    /literal sources \[(?!secret content removed\])[^\n]*/g,
    `literal sources ${SECRET_CONTENT_REMOVED}`
  );
  out = out.replace(
    /invalid literal source [\s\S]*?, expected key=value/g,
    `invalid literal source ${SECRET_CONTENT_REMOVED}, expected key=value`
  );
  out = out.replace(
    /((?:file sources|env source files|env sources)\s*:?\s*)\[[^\]\n]*\]/gi,
    `$1${SECRET_CONTENT_REMOVED}`
  );
  out = removeDumps(out);
  return out;
}
var SECRET_FIELD = /(^|[^A-Za-z])(data|stringData|binaryData)\b\s*["']?\s*[:=]/;
function removeDumps(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const isMap3 = text.startsWith("map[", i);
    if (ch === "{" || isMap3) {
      const open = isMap3 ? "[" : "{";
      const close = isMap3 ? "]" : "}";
      const startBody = isMap3 ? i + 4 : i + 1;
      let depth = 1;
      let j = startBody;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === open) depth++;
        else if (text[j] === close) depth--;
      }
      const block = text.slice(i, j);
      if (SECRET_FIELD.test(block) || /"(data|stringData|binaryData)"/.test(block)) {
        out += SECRET_CONTENT_REMOVED;
        i = j;
        continue;
      }
      out += ch;
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  const lines = out.split("\n");
  const kept = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const match2 = /^(\s*)(data|stringData|binaryData):/.exec(line);
    if (!match2) {
      kept.push(line);
      continue;
    }
    const indent = match2[1].length;
    kept.push(`${match2[1]}${match2[2]}: ${SECRET_CONTENT_REMOVED}`);
    while (k + 1 < lines.length && /^(\s*)/.exec(lines[k + 1])[1].length > indent && lines[k + 1].trim() !== "")
      k++;
  }
  return kept.join("\n");
}
var SecretScrubber = class {
  needles = /* @__PURE__ */ new Set();
  identifiers = /* @__PURE__ */ new Set();
  sorted;
  /** Remembers the values of every Secret among `objects` (other kinds are ignored). */
  addSecrets(objects) {
    for (const object of objects) {
      if (!isSecret(object)) continue;
      for (const field of ["data", "stringData", "binaryData"]) {
        const values = object[field];
        if (!values || typeof values !== "object") continue;
        for (const raw of Object.values(values)) {
          const text = String(raw);
          this.add(text);
          if (field !== "stringData") this.add(decodeBase64(text));
        }
      }
    }
  }
  /** Remembers one raw value (a secretGenerator literal, the content of a generator file). */
  addValue(value) {
    this.add(value);
  }
  /** Marks identifiers (environment names, paths, kinds, namespaces, names) that must never be rewritten. */
  protect(identifiers) {
    for (const id of identifiers) if (id) this.identifiers.add(id);
    this.sorted = void 0;
  }
  add(value) {
    const variants = [value, JSON.stringify(value).slice(1, -1), Buffer.from(value, "utf8").toString("base64")];
    for (const line of value.split("\n")) variants.push(line.trim());
    for (const variant of variants) if (variant.length >= MIN_SCRUB_LENGTH) this.needles.add(variant);
    this.sorted = void 0;
  }
  /** Number of distinct strings scrubbed. */
  get size() {
    return this.needles.size;
  }
  /** Returns `text` with every known Secret value (not part of a protected identifier) replaced by `***`, longest first. */
  scrub(text) {
    if (this.needles.size === 0) return text;
    this.sorted ??= [...this.needles].filter((needle) => ![...this.identifiers].some((id) => id.includes(needle))).sort((a, b) => b.length - a.length);
    let out = text;
    for (const needle of this.sorted) if (out.includes(needle)) out = out.split(needle).join("***");
    return out;
  }
};

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

// src/render/index.ts
import { cp, readFile as readFile4, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, isAbsolute as isAbsolute3, join as join8, relative as relative6, resolve as resolve3 } from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/render/argocd.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/render/files.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join as join2, relative as relative2, sep as sep2 } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "dist", ".slipway-cache"]);
async function listFiles(root, dir = root, filter2 = () => true) {
  const out = [];
  const walk = (current) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join2(current, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith(".") && entry.name !== ".github") continue;
        walk(full);
      } else if (entry.isFile() && filter2(entry.name)) {
        out.push(toPosix(relative2(root, full)));
      }
    }
  };
  walk(dir);
  return out.sort();
}
function toPosix(path2) {
  return sep2 === "/" ? path2 : path2.split(sep2).join("/");
}
function isManifestFile(name) {
  return /\.(ya?ml|json)$/i.test(name);
}
var MAX_INPUT_FILE_BYTES = 32 * 1024 * 1024;
async function readInputFile(path2, display, encoding = "utf8") {
  checkInputSize(statSync(path2).size, display);
  return encoding === null ? readFileSync(path2) : readFileSync(path2, "utf8");
}
function checkInputSize(size, display) {
  if (size > MAX_INPUT_FILE_BYTES)
    throw new RenderError(
      `${size.toLocaleString("en-US")} bytes, more than the ${MAX_INPUT_FILE_BYTES.toLocaleString("en-US")} allowed for one input file`,
      display
    );
}

// src/render/argocd.ts
async function discoverApplications(repoRoot, options = {}) {
  const roots = options.paths?.length ? options.paths : ["."];
  const files = /* @__PURE__ */ new Set();
  for (const root of roots)
    for (const file of await listFiles(repoRoot, join3(repoRoot, root), isManifestFile)) files.add(file);
  const applications = [];
  const projects = [];
  const definitions = [];
  for (const file of [...files].sort()) {
    const text = readFileSync2(join3(repoRoot, file), "utf8");
    if (!text.includes("argoproj.io")) continue;
    const parsed = parseYamlStream(text, file);
    const refused = parsed.errors.find((error) => error.limit);
    if (refused) throw new ConfigError(`line ${refused.line}: ${refused.message}`, file);
    for (const resource of parsed.resources) {
      const { apiVersion, kind } = resource.object;
      if (typeof apiVersion !== "string" || !apiVersion.startsWith("argoproj.io/")) continue;
      if (kind === "Application" || kind === "ApplicationSet" || kind === "AppProject") definitions.push(resource);
      if (kind === "Application") applications.push(fromApplication(resource.object, file, options));
      else if (kind === "ApplicationSet")
        applications.push(...await expandApplicationSet(repoRoot, resource.object, file, options));
      else if (kind === "AppProject") projects.push({ object: resource.object, file });
    }
  }
  return { applications, projects, definitions };
}
function fromApplication(object, file, options, applicationSet) {
  const spec = object.spec ?? {};
  const sources = Array.isArray(spec.sources) ? spec.sources : spec.source ? [spec.source] : [];
  const source = sources.find((candidate) => typeof candidate.path === "string") ?? sources[0] ?? {};
  const destination = spec.destination ?? {};
  const info = {
    name: String(object.metadata?.name ?? ""),
    namespace: object.metadata?.namespace,
    project: String(spec.project ?? "default"),
    destination: { server: destination.server, name: destination.name, namespace: destination.namespace },
    repoURL: typeof source.repoURL === "string" ? source.repoURL : void 0,
    targetRevision: typeof source.targetRevision === "string" ? source.targetRevision : void 0,
    file,
    syncPolicy: spec.syncPolicy
  };
  if (applicationSet) info.applicationSet = applicationSet;
  const app = { info, object };
  if (typeof source.chart === "string")
    app.skipReason = `Helm chart source "${source.chart}" is not rendered from this repository`;
  else if (typeof source.path !== "string") app.skipReason = "source has no path";
  else if (info.repoURL && options.repoURLs?.length && !options.repoURLs.some((url) => sameRepo(url, info.repoURL)))
    app.skipReason = `source repoURL ${info.repoURL} is not this repository`;
  if (typeof source.path === "string") app.path = normalizeAppPath(source.path);
  if (source.kustomize && typeof source.kustomize === "object") app.kustomize = source.kustomize;
  if (source.directory && typeof source.directory === "object")
    app.directory = source.directory;
  return app;
}
function normalizeAppPath(path2) {
  const trimmed = path2.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}
function sameRepo(a, b) {
  const norm = (url) => url.trim().toLowerCase().replace(/\.git$/, "").replace(/\/$/, "");
  return norm(a) === norm(b);
}
async function expandApplicationSet(repoRoot, appSet, file, options) {
  const name = String(appSet.metadata?.name ?? "");
  const spec = appSet.spec ?? {};
  const goTemplate = spec.goTemplate === true;
  const template = spec.template;
  if (!template) throw new ConfigError(`ApplicationSet ${name}: spec.template is missing`, file);
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const out = [];
  for (const [index, generator] of generators.entries()) {
    const where = `ApplicationSet ${name} spec.generators[${index}]`;
    const paramSets = await generate(repoRoot, generator, goTemplate, where, file);
    if (paramSets === void 0) continue;
    for (const params of paramSets) {
      const rendered = renderTemplate(template, params, goTemplate, where, file);
      const application = { apiVersion: "argoproj.io/v1alpha1", kind: "Application", ...rendered };
      application.metadata = {
        ...rendered.metadata ?? {},
        namespace: rendered.metadata?.namespace ?? appSet.metadata?.namespace
      };
      out.push(fromApplication(application, file, options, name));
    }
  }
  return out;
}
async function generate(repoRoot, generator, goTemplate, where, file) {
  if (generator.list) {
    const list = generator.list;
    const elements = list.elements ?? (list.elementsYaml ? loadYaml(list.elementsYaml, file) : []);
    return elements.map((element) => goTemplate ? element : flatten(element));
  }
  if (generator.git) {
    const git = generator.git;
    const prefix = git.pathParamPrefix ? `${git.pathParamPrefix}.` : "";
    if (git.directories) {
      const all = await listDirectories(repoRoot);
      const include = git.directories.filter((entry) => !entry.exclude).map((entry) => entry.path);
      const exclude = git.directories.filter((entry) => entry.exclude).map((entry) => entry.path);
      const matched = all.filter(
        (dir) => include.some((glob) => minimatch(dir, glob)) && !exclude.some((glob) => minimatch(dir, glob))
      );
      return matched.map((dir) => pathParams(dir, goTemplate, prefix));
    }
    if (git.files) {
      const all = await listFiles(repoRoot);
      const out = [];
      for (const entry of git.files) {
        for (const match2 of all.filter((candidate) => minimatch(candidate, entry.path))) {
          const content = loadYaml(await readFile2(join3(repoRoot, match2), "utf8"), match2);
          const items = Array.isArray(content) ? content : [content];
          for (const item of items) {
            const base = pathParams(match2.split("/").slice(0, -1).join("/") || ".", goTemplate, prefix);
            const params = goTemplate ? { ...item, ...base } : { ...flatten(item), ...base };
            if (goTemplate)
              params.path = {
                ...params.path,
                filename: match2.split("/").pop(),
                filenameNormalized: normalizeName(match2.split("/").pop() ?? "")
              };
            else
              Object.assign(params, {
                [`${prefix}path.filename`]: match2.split("/").pop(),
                [`${prefix}path.filenameNormalized`]: normalizeName(match2.split("/").pop() ?? "")
              });
            out.push(params);
          }
        }
      }
      return out;
    }
    throw new ConfigError(`${where}: git generator needs directories or files`, file);
  }
  if (generator.matrix) {
    const children = generator.matrix.generators ?? [];
    if (children.length !== 2) throw new ConfigError(`${where}: a matrix generator needs exactly two generators`, file);
    const left = await generate(repoRoot, children[0], goTemplate, `${where}.matrix[0]`, file);
    const right = await generate(repoRoot, children[1], goTemplate, `${where}.matrix[1]`, file);
    if (!left || !right) return void 0;
    return left.flatMap((a) => right.map((b) => ({ ...a, ...b })));
  }
  return void 0;
}
function pathParams(dir, goTemplate, prefix) {
  const segments = dir.split("/");
  const basename = segments[segments.length - 1] ?? dir;
  if (goTemplate) return { path: { path: dir, basename, basenameNormalized: normalizeName(basename), segments } };
  const params = {
    [`${prefix}path`]: dir,
    [`${prefix}path.basename`]: basename,
    [`${prefix}path.basenameNormalized`]: normalizeName(basename)
  };
  segments.forEach((segment, i) => params[`${prefix}path[${i}]`] = segment);
  return params;
}
function normalizeName(name) {
  return name.toLowerCase().replace(/[^a-z0-9-.]+/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(0, 63);
}
function flatten(value, prefix = "", out = {}) {
  for (const [key, inner] of Object.entries(value ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) flatten(inner, name, out);
    else out[name] = inner;
  }
  return out;
}
async function listDirectories(repoRoot) {
  const dirs = /* @__PURE__ */ new Set();
  for (const file of await listFiles(repoRoot)) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return [...dirs].sort();
}
function renderTemplate(value, params, goTemplate, where, file) {
  if (typeof value === "string") return goTemplate ? renderGo(value, params, where, file) : renderFast(value, params);
  if (Array.isArray(value)) return value.map((item) => renderTemplate(item, params, goTemplate, where, file));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [key, inner] of Object.entries(value))
      out[renderTemplate(key, params, goTemplate, where, file)] = renderTemplate(
        inner,
        params,
        goTemplate,
        where,
        file
      );
    return out;
  }
  return value;
}
function renderFast(text, params) {
  return text.replace(/\{\{([^{}]*)\}\}/g, (whole, raw) => {
    const key = raw.trim();
    return key in params ? String(params[key]) : whole;
  });
}
function renderGo(text, params, where, file) {
  return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_whole, expression) => {
    const [head, ...pipes] = expression.split("|").map((part) => part.trim());
    let value = evaluateGo(head ?? "", params);
    for (const pipe of pipes) {
      const fallback = /^default\s+"([^"]*)"$/.exec(pipe);
      if (fallback && (value === void 0 || value === "")) value = fallback[1];
      else if (pipe === "lower") value = String(value ?? "").toLowerCase();
      else if (pipe === "upper") value = String(value ?? "").toUpperCase();
      else if (!fallback)
        throw new ConfigError(`${where}: unsupported Go template function in "{{ ${expression} }}"`, file);
    }
    if (value === void 0)
      throw new ConfigError(`${where}: template parameter "${head}" is not set (in "{{ ${expression} }}")`, file);
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}
function evaluateGo(expression, params) {
  const index = /^index\s+(\.[\w.]+)\s+(\d+)$/.exec(expression);
  if (index) {
    const list = lookupPath(params, index[1]);
    return Array.isArray(list) ? list[Number(index[2])] : void 0;
  }
  const quoted = /^"([^"]*)"$/.exec(expression);
  if (quoted) return quoted[1];
  if (expression.startsWith(".")) return lookupPath(params, expression);
  return void 0;
}
function lookupPath(params, dotted) {
  let current = params;
  for (const part of dotted.slice(1).split(".").filter(Boolean)) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[part];
  }
  return current;
}
async function mergeArgocdSourceFiles(repoRoot, app) {
  if (app.path === void 0) return;
  for (const name of [".argocd-source.yaml", `.argocd-source-${app.info.name}.yaml`]) {
    const file = join3(repoRoot, app.path, name);
    let text;
    try {
      text = await readFile2(file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") continue;
      throw error;
    }
    const display = join3(app.path, name);
    let patch;
    try {
      patch = loadYaml(text);
    } catch (error) {
      throw new ConfigError(`not valid YAML: ${error.message}`, display);
    }
    if (patch === null || patch === void 0) continue;
    if (typeof patch !== "object" || Array.isArray(patch))
      throw new ConfigError("expected a mapping of source fields (kustomize:, directory:, \u2026)", display);
    const merged = mergePatch({ kustomize: app.kustomize, directory: app.directory }, patch);
    if (merged.kustomize && typeof merged.kustomize === "object") app.kustomize = merged.kustomize;
    else delete app.kustomize;
    if (merged.directory && typeof merged.directory === "object") app.directory = merged.directory;
    else delete app.directory;
  }
}
function mergePatch(target, patch) {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out = typeof target === "object" && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

// src/render/kustomize.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, join as join5, relative as relative4 } from "node:path";

// src/render/kustomize-errors.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile as readFile3 } from "node:fs/promises";
import { join as join4, relative as relative3, resolve } from "node:path";
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
  const toRepo = (path2) => context.copyRoot && isUnder(context.copyRoot, path2) ? join4(context.repoRoot, relative3(context.copyRoot, path2)) : path2;
  const display = (path2) => {
    const inRepo = toRepo(path2);
    const rel = toPosix(relative3(context.repoRoot, inRepo));
    return rel === "" ? "." : rel;
  };
  const kustomizationOf = async (dir2) => {
    const name = await findKustomizationFile(dir2);
    return name ? join4(dir2, name) : dir2;
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
      entryText = toPosix(relative3(dir, component[1]));
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
    (_, path2) => `'${display(path2)}': no such file or directory`
  ).replace(
    new RegExp(
      `(?:${[context.copyRoot, context.repoRoot].filter(Boolean).map((root) => escapeRegExp(`${root}`)).join("|")})/[^\\s'"\`,)\\]]*`,
      "g"
    ),
    (path2) => display(path2)
  );
  return { message: redactKustomizeMessage(text.trim()), file: toRepo(file), ...line ? { line } : {} };
}
async function fileLine(file, documentLine) {
  const text = await readFile3(file, "utf8").catch(() => void 0);
  if (text === void 0) return documentLine;
  const lines = text.split("\n");
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !/^---(?:\s.*)?$/.test(lines[i])) continue;
    const body = lines.slice(start, i).join("\n");
    if ((0, import_yaml2.parseDocument)(body).errors.length > 0) return start + documentLine;
    start = i + 1;
  }
  return documentLine;
}
async function entryLine(file, entry) {
  return lineMatching(file, new RegExp(`(?:^|[\\s\\[,:=-])["']?${escapeRegExp(entry)}["']?\\s*(?:$|[,\\]#])`));
}
async function lineMatching(file, pattern) {
  const text = await readFile3(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const index = text.split("\n").findIndex((line) => pattern.test(line));
  return index >= 0 ? index + 1 : void 0;
}
function isUnder(root, path2) {
  const rel = relative3(root, path2);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith("/");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/render/kustomize.ts
async function resolveKustomize(explicit = process.env.KUSTOMIZE) {
  const chosen = explicit?.trim();
  if (chosen) {
    const parts = chosen.split(/\s+/);
    const program = parts[0];
    if (parts.length > 1 && parts[1] === "kustomize") return { program, args: ["kustomize"], display: chosen };
    return { program, args: ["build"], display: program };
  }
  if (await onPath("kustomize")) return { program: "kustomize", args: ["build"], display: "kustomize" };
  if (await onPath("kubectl")) return { program: "kubectl", args: ["kustomize"], display: "kubectl kustomize" };
  throw new ExecError(
    "neither kustomize nor kubectl is on PATH; install one, or pass --kustomize PATH",
    "kustomize",
    null,
    ""
  );
}
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
async function kustomizeBuild(command, dir, options = {}) {
  const args = [...command.args, dir, "--load-restrictor", "LoadRestrictionsRootOnly"];
  if (options.enableHelm) args.push("--enable-helm");
  const timeoutMs = options.timeoutMs ?? 6e4;
  const repoRoot = options.repoRoot ?? dir;
  const display = (file) => {
    const rel = toPosix(relative4(repoRoot, file));
    return rel === "" ? "." : rel.startsWith("..") ? toPosix(file) : rel;
  };
  const running = tryExecFile(command.program, args, { timeoutMs, maxBuffer: MAX_OUTPUT_BYTES });
  options.onStarted?.();
  const result = await running.catch(async (error) => {
    if (!(error instanceof ExecError) || !(error.timedOut || /printed more than/.test(error.message))) throw error;
    const inRepo = options.copyRoot ? join5(repoRoot, relative4(options.copyRoot, dir)) : dir;
    throw new RenderError(
      error.timedOut ? await timeoutMessage(command, dir, display(inRepo), options) : `${command.display} build printed more than ${MAX_OUTPUT_BYTES} bytes`,
      display(join5(inRepo, "kustomization.yaml"))
    );
  });
  if (result.exitCode === 0) return result.stdout;
  const failure = await explainKustomizeFailure(result.stderr || result.stdout, {
    buildDir: dir,
    repoRoot,
    copyRoot: options.copyRoot
  });
  throw new RenderError(
    failure.message || `${command.display} build failed (exit ${result.exitCode})`,
    failure.file ? display(failure.file) : void 0,
    failure.line
  );
}
async function timeoutMessage(command, dir, shown, options) {
  const seconds = (options.timeoutMs ?? 6e4) / 1e3;
  const what = options.environment ? `environment ${options.environment} (${shown})` : shown;
  let size = "";
  try {
    let kustomizations = 1;
    let files = 0;
    let bytes = 0;
    for await (const ref of walkKustomization(dir)) {
      if (ref.kind === "kustomization") kustomizations++;
      else if (ref.kind === "file" && ref.path) {
        files++;
        bytes += (await stat(ref.path)).size;
      }
    }
    size = `; it reads ${files} files (${(bytes / 1024).toFixed(0)} KiB) through ${kustomizations} kustomizations`;
  } catch {
  }
  return `${command.display} build of ${what} timed out after ${seconds} s${size}. Raise render.timeoutSeconds in slipway.yaml (now ${seconds}) or split the overlay`;
}
async function onPath(program) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      await access(join5(dir, program), constants.X_OK);
      return true;
    } catch {
    }
  }
  return false;
}

// src/render/overrides.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { writeFile } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/kustomize/images.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/kustomize/source-edit.ts
var import_yaml3 = __toESM(require_dist(), 1);
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function endOfLine(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}
function contentEnd(node) {
  if (((0, import_yaml3.isMap)(node) || (0, import_yaml3.isSeq)(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1);
    if ((0, import_yaml3.isMap)(node)) {
      const pair = last;
      return pair.value ? contentEnd(pair.value) : pair.key.range?.[1] ?? 0;
    }
    return contentEnd(last);
  }
  return node.range?.[1] ?? 0;
}
function renderScalar(value, like) {
  const type = like?.type;
  if (type === import_yaml3.Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (type === import_yaml3.Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  const plain = (0, import_yaml3.stringify)(value, { lineWidth: 0 }).replace(/\n$/, "");
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
  if (!(0, import_yaml3.isMap)(root)) return "";
  for (const pair of root.items) {
    const value = pair.value;
    const key = pair.key;
    if (!(0, import_yaml3.isSeq)(value) || value.flow || !value.range || !key.range) continue;
    const keyCol = key.range[0] - lineStart(text, key.range[0]);
    const dashCol = value.range[0] - lineStart(text, value.range[0]);
    return " ".repeat(Math.max(0, dashCol - keyCol));
  }
  return "";
}
function setScalar(k, node, value) {
  if (node.value === value && typeof node.value === "string") return;
  const [start, end] = node.range ?? [void 0, void 0];
  if (start === void 0 || end === void 0 || node.type === import_yaml3.Scalar.BLOCK_FOLDED || node.type === import_yaml3.Scalar.BLOCK_LITERAL) {
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
  const target = map ?? ((0, import_yaml3.isMap)(k.document.contents) ? k.document.contents : void 0);
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
  const pair = map.items.find((item) => (0, import_yaml3.isScalar)(item.key) && item.key.value === key);
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
    if (((0, import_yaml3.isMap)(current) || (0, import_yaml3.isSeq)(current)) && current.range?.[0] === start && current.constructor === node.constructor) {
      found = current;
      return;
    }
    if ((0, import_yaml3.isMap)(current)) for (const pair of current.items) visit(pair.value);
    else if ((0, import_yaml3.isSeq)(current)) for (const item of current.items) visit(item);
  };
  visit(document.contents);
  return found;
}

// src/kustomize/images.ts
var PARTS = ["newName", "newTag", "digest"];
var KEEP = "*";
function getImages(k) {
  const images = k.toJS().images;
  if (!Array.isArray(images)) return [];
  const out = [];
  for (const entry of images) {
    if (!entry || typeof entry !== "object" || typeof entry.name !== "string") continue;
    const image = { name: entry.name };
    for (const part of PARTS) {
      const value = entry[part];
      if (value !== void 0 && value !== null && value !== "") image[part] = String(value);
    }
    out.push(image);
  }
  return out;
}
var TAG2 = /^[\w][\w.-]{0,127}$/;
var DIGEST2 = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function validate2(update, file) {
  if (typeof update.name !== "string" || update.name.trim() === "" || /\s/.test(update.name))
    throw new ConfigError(`images: invalid image name ${JSON.stringify(update.name)}`, file);
  if (update.newName !== void 0 && update.newName !== KEEP && (update.newName === "" || /\s|@/.test(update.newName)))
    throw new ConfigError(`images: invalid newName ${JSON.stringify(update.newName)} for ${update.name}`, file);
  if (update.newTag !== void 0 && update.newTag !== KEEP && !TAG2.test(update.newTag))
    throw new ConfigError(
      `images: invalid newTag ${JSON.stringify(update.newTag)} for ${update.name} (letters, digits, ".", "_", "-"; at most 128)`,
      file
    );
  if (update.digest !== void 0 && update.digest !== KEEP && !DIGEST2.test(update.digest))
    throw new ConfigError(
      `images: invalid digest ${JSON.stringify(update.digest)} for ${update.name} (expected sha256:<hex>)`,
      file
    );
}
function matches(k, name) {
  const seq = k.document.get("images", true);
  if (!(0, import_yaml4.isSeq)(seq)) return [];
  const out = [];
  seq.items.forEach((item, index) => {
    if ((0, import_yaml4.isMap)(item) && item.get("name") === name) out.push(index);
  });
  return out;
}
function entryAt(k, index) {
  return k.document.get("images", true).items[index];
}
function setImages(k, updates) {
  const before = k.toString();
  for (const update of updates) validate2(update, k.path);
  const existing = k.document.get("images", true);
  if (existing !== void 0 && existing !== null && !(0, import_yaml4.isSeq)(existing) && !((0, import_yaml4.isScalar)(existing) && existing.value === null))
    throw new ConfigError("images: must be a list", k.path);
  for (const update of updates) {
    const indices = matches(k, update.name);
    if (indices.length === 0) {
      const entry = { name: update.name };
      for (const part of PARTS)
        if (update[part] !== void 0 && update[part] !== KEEP) entry[part] = update[part];
      const seq = k.document.get("images", true);
      if ((0, import_yaml4.isSeq)(seq) && seq.items.length > 0) appendItem(k, seq, entry);
      else {
        if (seq !== void 0) removePair(k, k.document.contents, "images");
        addPair(k, void 0, "images", [entry]);
      }
      continue;
    }
    for (const index of indices) {
      for (const part of PARTS) {
        const wanted = update[part];
        const map = entryAt(k, index);
        const current = map.get(part, true);
        if (wanted === KEEP) continue;
        if (wanted === void 0) {
          if (map.has(part)) removePair(k, map, part);
        } else if (current && (0, import_yaml4.isScalar)(current)) {
          if (scalarText(current) !== wanted) setScalar(k, current, wanted);
        } else {
          if (map.has(part)) removePair(k, map, part);
          addPair(k, entryAt(k, index), part, wanted);
        }
      }
    }
  }
  return k.toString() !== before;
}
function scalarText(node) {
  return node.type === "PLAIN" && typeof node.source === "string" ? node.source : String(node.value);
}

// src/render/overrides.ts
var BUILD_METADATA = ["originAnnotations", "transformerAnnotations"];
async function applyKustomizeOverrides(dir, overrides, options = {}) {
  const name = await findKustomizationFile(dir);
  if (!name) throw new ConfigError(`no kustomization.yaml in ${dir}`);
  const file = join6(dir, name);
  const kustomization = await readKustomization(file);
  const where = options.appName ? `Application ${options.appName} spec.source.kustomize` : "spec.source.kustomize";
  const env = options.buildEnv ?? {};
  if (overrides?.images?.length)
    setImages(
      kustomization,
      overrides.images.map((spec) => parseImageOverride(envsubst(String(spec), env), where))
    );
  const document = (0, import_yaml5.parseDocument)(kustomization.toString());
  if (overrides) await applyOverrides(document, overrides, dir, where, env);
  if (options.buildMetadata) {
    const existing = document.get("buildMetadata")?.toJSON?.() ?? [];
    document.set("buildMetadata", [.../* @__PURE__ */ new Set([...existing, ...BUILD_METADATA])]);
  }
  await writeFile(file, document.toString());
}
async function applyOverrides(document, overrides, dir, where, env) {
  const get = (key) => document.toJS()?.[key];
  if (overrides.namePrefix) document.set("namePrefix", overrides.namePrefix);
  if (overrides.nameSuffix) document.set("nameSuffix", overrides.nameSuffix);
  if (overrides.replicas?.length) {
    const replicas = [...get("replicas") ?? []];
    for (const replica of overrides.replicas) {
      const count = typeof replica.count === "number" ? replica.count : Number.parseInt(String(replica.count), 10);
      if (!Number.isInteger(count) || count < 0)
        throw new ConfigError(
          `${where}.replicas: count "${replica.count}" for ${replica.name} is not a non-negative integer`
        );
      const existing = replicas.find((entry) => entry.name === replica.name);
      if (existing) existing.count = count;
      else replicas.push({ name: replica.name, count });
    }
    document.set("replicas", replicas);
  }
  if (overrides.commonLabels && Object.keys(overrides.commonLabels).length > 0) {
    if (overrides.labelWithoutSelector) {
      const labels = [...get("labels") ?? []];
      labels.push({
        pairs: checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
        includeSelectors: false,
        ...overrides.labelIncludeTemplates ? { includeTemplates: true } : {}
      });
      document.set("labels", labels);
    } else {
      document.set(
        "commonLabels",
        mergeMap(
          get("commonLabels"),
          checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
          overrides.forceCommonLabels,
          `${where}.commonLabels`,
          "label"
        )
      );
    }
  }
  if (overrides.commonAnnotations && Object.keys(overrides.commonAnnotations).length > 0) {
    const annotations = overrides.commonAnnotationsEnvsubst ? expandValues(overrides.commonAnnotations, env) : overrides.commonAnnotations;
    for (const key of Object.keys(annotations)) {
      const problem = qualifiedNameProblem(key.toLowerCase());
      if (problem)
        throw new ConfigError(`${where}.commonAnnotations: key "${key}" is not a valid annotation key: ${problem}`);
    }
    document.set(
      "commonAnnotations",
      mergeMap(
        get("commonAnnotations"),
        annotations,
        overrides.forceCommonAnnotations,
        `${where}.commonAnnotations`,
        "annotation"
      )
    );
  }
  if (overrides.namespace) document.set("namespace", overrides.namespace);
  if (overrides.components?.length) {
    const components = [...get("components") ?? []];
    for (const component of overrides.components) {
      if (!await findKustomizationFile(join6(dir, component))) {
        if (overrides.ignoreMissingComponents) continue;
        throw new ConfigError(`${where}.components: component "${component}" not found relative to the source path`);
      }
      if (!components.includes(component)) components.push(component);
    }
    document.set("components", components);
  }
  if (overrides.patches?.length) document.set("patches", [...get("patches") ?? [], ...overrides.patches]);
}
function mergeMap(current, added, force, where, what) {
  const merged = { ...current ?? {} };
  for (const [key, value] of Object.entries(added)) {
    if (key in merged && !force) {
      throw new ConfigError(
        `${where}: ${what} "${key}" is already set in the kustomization (set force${what === "label" ? "CommonLabels" : "CommonAnnotations"}: true to override)`
      );
    }
    merged[key] = String(value);
  }
  return merged;
}
function envsubst(text, env) {
  return text.replace(
    /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_match, dollar, braced, bare) => {
      if (dollar) return "$";
      const name = braced ?? bare;
      const value = env[name];
      if (value === void 0 && (name === "ARGOCD_APP_REVISION_SHORT" || name === "ARGOCD_APP_REVISION_SHORT_8")) {
        throw new ConfigError(
          `"${text}" uses $${name}, but the revision being rendered is not a commit SHA, so its short form is unknown (Argo CD expands it to the synced commit's short SHA)`
        );
      }
      return value ?? "";
    }
  );
}
var NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function qualifiedNameProblem(key) {
  const parts = key.split("/");
  if (parts.length > 2) return 'at most one "/" (prefix/name)';
  const name = parts.at(-1) ?? "";
  if (parts.length === 2) {
    const prefix = parts[0] ?? "";
    if (!prefix) return 'the prefix before "/" must not be empty';
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
      return `prefix "${prefix}" must be a lowercase DNS-1123 subdomain of at most 253 characters`;
  }
  if (!name) return "the name part must not be empty";
  if (name.length > 63) return `the name part must be at most 63 characters (has ${name.length})`;
  if (!NAME_PART.test(name))
    return 'the name part must be alphanumerics, "-", "_" or "." and start and end with an alphanumeric';
  return void 0;
}
function labelValueProblem(value) {
  if (value === "") return void 0;
  if (value.length > 63) return `at most 63 characters (has ${value.length})`;
  if (!NAME_PART.test(value)) return 'alphanumerics, "-", "_" or "." starting and ending with an alphanumeric';
  return void 0;
}
function checkLabels(labels, where) {
  for (const [key, value] of Object.entries(labels)) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem) throw new ConfigError(`${where}: key "${key}" is not a valid label key: ${keyProblem}`);
    const valueProblem = labelValueProblem(value);
    if (valueProblem)
      throw new ConfigError(`${where}: value "${value}" of label "${key}" is not a valid label value: ${valueProblem}`);
  }
  return labels;
}
function expandValues(values, env) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, envsubst(String(value), env)]));
}
function parseImageOverride(spec, where = "images") {
  if (!/[=:@]/.test(spec))
    throw new ConfigError(
      `${where}: image override "${spec}" has no "=", ":" or "@" (expected name=newName:tag, name:tag or name@digest, as kustomize edit set image requires)`
    );
  const [left, right] = spec.includes("=") ? [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)] : [void 0, spec];
  const reference = splitImageReference(right ?? "");
  const name = left ?? reference.name;
  if (!name) throw new ConfigError(`${where}: image override "${spec}" has no image name`);
  const out = { name };
  if (left !== void 0 && reference.name) out.newName = reference.name;
  if (reference.tag) out.newTag = reference.tag;
  if (reference.digest) {
    if (reference.digest !== "*" && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(reference.digest))
      throw new ConfigError(`${where}: "${reference.digest}" in "${spec}" is not a digest (expected sha256:<hex>)`);
    out.digest = reference.digest;
  }
  return out;
}

// src/render/preflight.ts
import { realpathSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join7, relative as relative5, resolve as resolve2, sep as sep3 } from "node:path";
var YAML_KEYS = /^(resources|bases|components|crds|configurations|patchesStrategicMerge|generators|transformers|validators|openapi\.path|(patches|patchesJson6902|replacements)\[\]\.path|helmCharts\[\]\.(valuesFile|additionalValuesFiles))$/;
var ENV_KEYS = /^(configMapGenerator|secretGenerator)\[\]\.envs?$/;
async function preflightKustomize(root, options) {
  const repo = resolve2(options.repoRoot);
  const repoReal = realpathSync.native(repo);
  const rel = (path2) => {
    const r = toPosix(relative5(repo, path2));
    return r === "" ? "." : r.startsWith("..") ? toPosix(path2) : r;
  };
  const start = resolve2(root);
  const bounded = isInside(repo, start) && isInside(repoReal, realpathIfAny(start) ?? start);
  const warnings = [];
  const scanned = /* @__PURE__ */ new Set();
  const checkPath = async (holder, where, value, path2, remote) => {
    if (/^file:/i.test(value))
      throw new RenderError(
        `${where} is a file:// URL: a kustomization may only refer to paths inside the repository`,
        rel(holder)
      );
    if (remote)
      throw new RenderError(
        `${where} is ${REMOTE_WHAT[remote]}; Slipway renders only what is in the repository (a pull request must not choose what is fetched): vendor it into the repository and refer to it by a relative path`,
        rel(holder),
        await entryLine(holder, value)
      );
    if (!bounded) return;
    if (isAbsolute2(value))
      throw new RenderError(
        `${where} is an absolute path: a kustomization may only refer to paths inside the repository`,
        rel(holder)
      );
    if (!path2) return;
    if (!isInside(repo, path2)) throw new RenderError(`${where} is outside the repository`, rel(holder));
    const real = realpathIfAny(path2);
    if (real && !isInside(repoReal, real))
      throw new RenderError(`${where} leads outside the repository through a symlink`, rel(holder));
    const name = statIfAny(path2)?.isDirectory() ? await findKustomizationFile(path2) : void 0;
    const kustomization = name ? realpathIfAny(join7(path2, name)) : void 0;
    if (name && kustomization && !isInside(repoReal, kustomization))
      throw new RenderError(
        `${where === "" ? "" : `${where}: its `}${name} leads outside the repository through a symlink`,
        rel(where === "" ? join7(path2, name) : holder)
      );
  };
  const onKustomization = (file, data) => {
    for (const inline of inlinePatches(data)) checkYamlText(inline.text, rel(file), inline.key);
    const literal = badLiteral(data);
    if (literal)
      throw new RenderError(
        `${literal}: literal sources ${SECRET_CONTENT_REMOVED}: invalid literal source, expected key=value (the entry is not shown: it may hold a Secret value)`,
        rel(file)
      );
  };
  const check = async (ref) => {
    await checkPath(ref.from, `${ref.key} entry ${JSON.stringify(ref.value)}`, ref.value, ref.path, ref.remote);
    if (ref.kind !== "file" || !ref.path || scanned.has(ref.path)) return;
    scanned.add(ref.path);
    if (ENV_KEYS.test(ref.key))
      warnings.push(...await checkEnvFile(ref.path, rel(ref.path), ref.key.startsWith("secret")));
    else if (YAML_KEYS.test(ref.key)) {
      const text = await readBounded(ref.path, rel(ref.path));
      if (text !== void 0) checkYamlText(text, rel(ref.path));
    } else await readBounded(ref.path, rel(ref.path), false);
  };
  const walk = async (dir) => {
    try {
      for await (const ref of walkKustomization(dir, { boundary: repo, onKustomization })) await check(ref);
    } catch (error) {
      if (error instanceof YamlLimitError)
        throw new RenderError(
          error.message.slice(error.file ? error.file.length + 2 : 0),
          error.file ? rel(resolve2(error.file)) : void 0
        );
      if (error instanceof ConfigError) return;
      throw error;
    }
  };
  const components = options.components;
  for (const [index, entry] of components?.entries.entries() ?? []) {
    const holder = resolve2(repo, components.file);
    const remote = remoteKind("components", entry);
    const path2 = remote || isAbsolute2(entry) ? void 0 : resolve2(start, entry);
    await checkPath(
      holder,
      `spec.source.kustomize.components[${index}] entry ${JSON.stringify(entry)}`,
      entry,
      path2,
      remote
    );
    if (path2 && await findKustomizationFile(path2)) await walk(path2);
  }
  await checkPath(start, "", ".", start);
  await walk(start);
  return warnings;
}
var REMOTE_WHAT = {
  http: "a remote file (Kustomize would download it over HTTP)",
  git: "a remote base (Kustomize would clone it with git)",
  oci: "a remote base (Kustomize would pull it from an OCI registry)"
};
function inlinePatches(k) {
  const out = [];
  for (const field of ["patches", "patchesJson6902"]) {
    ;
    (Array.isArray(k[field]) ? k[field] : []).forEach((entry, i) => {
      const patch = entry?.patch;
      if (typeof patch === "string") out.push({ key: `${field}[${i}].patch`, text: patch });
    });
  }
  ;
  (Array.isArray(k.patchesStrategicMerge) ? k.patchesStrategicMerge : []).forEach((entry, i) => {
    if (typeof entry === "string" && entry.includes("\n")) out.push({ key: `patchesStrategicMerge[${i}]`, text: entry });
  });
  return out;
}
function badLiteral(k) {
  for (const field of ["secretGenerator", "configMapGenerator"]) {
    const generators = Array.isArray(k[field]) ? k[field] : [];
    for (const [i, generator] of generators.entries()) {
      const literals = generator?.literals;
      if (!Array.isArray(literals)) continue;
      for (const [j, literal] of literals.entries()) {
        if (typeof literal === "string" && literal.indexOf("=") <= 0) return `${field}[${i}].literals[${j}]`;
      }
    }
  }
  return void 0;
}
function checkYamlText(text, file, key) {
  if (!text.includes("&")) return;
  const refused = parseYamlStream(text, file).errors.find((error) => error.limit);
  if (!refused) return;
  const message = refused.message.replace(/^YAML: /, "");
  throw new RenderError(key ? `${key}: ${message}` : message, file, key ? void 0 : refused.line);
}
async function readBounded(path2, display, text = true) {
  const info = statIfAny(path2);
  if (!info?.isFile()) return void 0;
  checkInputSize(info.size, display);
  if (!text) return void 0;
  return readInputFile(path2, display).catch((error) => {
    if (error instanceof RenderError) throw error;
    return void 0;
  });
}
var VALID_KEY2 = /^[-._a-zA-Z0-9]+$/;
async function checkEnvFile(path2, display, secret) {
  const bytes = await readInputFile(path2, display, null);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const warnings = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    let text;
    try {
      text = decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new RenderError(
        `line ${line} is not valid UTF-8; Kustomize would print the line${secret ? ", which holds a Secret value" : ""} (it is not shown here)`,
        display,
        line
      );
    }
    start = end + 1;
    const trimmed = text.replace(/\r$/, "").replace(/^\s+/, "").replace(/^\uFEFF/, "");
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const key = trimmed.includes("=") ? trimmed.slice(0, trimmed.indexOf("=")) : trimmed;
    if (VALID_KEY2.test(key)) continue;
    const typo = /^[-._a-zA-Z0-9]+\s*:/.test(trimmed);
    warnings.push({
      file: display,
      line,
      message: typo ? `line ${line} looks like "KEY: value"; env files take KEY=VALUE, so the whole line becomes the key name${secret ? " and the Secret value is exposed as a key" : ""} (the line is not shown)` : `line ${line}: the key is not a valid ${secret ? "Secret" : "ConfigMap"} key (letters, digits, "-", "_", "."); the line is not shown`
    });
  }
  return warnings;
}
function isInside(root, path2) {
  const r = relative5(root, path2);
  return r === "" || !r.startsWith(`..${sep3}`) && r !== ".." && !isAbsolute2(r);
}

// src/render/index.ts
async function discoverEnvironments(options) {
  const config = options.config ?? {};
  const versionFor = (name) => kubernetesVersionFor(config, name, options.kubernetesVersion);
  const discovery = { environments: [], skipped: [], projects: [], applications: [], definitions: [] };
  if (options.paths?.length) {
    const cwd = options.cwd ?? options.repoRoot;
    for (const given of options.paths) {
      const absolute = resolve3(cwd, given);
      const found = await environmentsAtPath(absolute);
      if (found.length === 0)
        throw new UsageError(
          `nothing to render at ${given}: no Kustomize root (kind: Component folders are not buildable on their own) and no YAML files`
        );
      for (const root of found) {
        const path2 = displayPath2(options.repoRoot, root.path);
        discovery.environments.push({ name: path2, path: path2, type: root.type, kubernetesVersion: versionFor(path2) });
      }
    }
  } else {
    const argo = await discoverApplications(options.repoRoot, {
      paths: config.argocd?.paths,
      repoURLs: config.argocd?.repoURLs
    });
    discovery.projects = argo.projects;
    discovery.applications = argo.applications;
    discovery.definitions = argo.definitions;
    for (const app of argo.applications) {
      if (app.skipReason || app.path === void 0) {
        discovery.skipped.push({
          severity: "warning",
          rule: "argocd-app-not-rendered",
          message: `Application ${app.info.name} is not rendered: ${app.skipReason ?? "no source path"}`,
          environment: app.info.name,
          file: app.info.file,
          resource: {
            apiVersion: "argoproj.io/v1alpha1",
            kind: "Application",
            name: app.info.name,
            ...app.info.namespace ? { namespace: app.info.namespace } : {}
          }
        });
        continue;
      }
      await mergeArgocdSourceFiles(options.repoRoot, app);
      const isKustomize = await findKustomizationFile(join8(options.repoRoot, app.path)) !== void 0;
      const environment = {
        name: app.info.name,
        path: app.path,
        type: isKustomize ? "argocd-application" : "yaml",
        kubernetesVersion: versionFor(app.info.name),
        application: app.info
      };
      if (app.kustomize) environment.kustomize = app.kustomize;
      if (!isKustomize) environment.directory = app.directory ?? {};
      discovery.environments.push(environment);
    }
    for (const [name, settings] of Object.entries(config.environments ?? {})) {
      if (!settings.path || discovery.environments.some((env) => env.name === name)) continue;
      const isKustomize = await findKustomizationFile(join8(options.repoRoot, settings.path)) !== void 0;
      discovery.environments.push({
        name,
        path: settings.path,
        type: isKustomize ? "kustomize" : "yaml",
        kubernetesVersion: versionFor(name)
      });
    }
    if (discovery.environments.length === 0 && argo.applications.length === 0) {
      const overlays = join8(options.repoRoot, "manifests", "overlays");
      const start = await exists(overlays) ? overlays : options.repoRoot;
      for (const found of await environmentsAtPath(start)) {
        if (found.type !== "kustomize") continue;
        const path2 = displayPath2(options.repoRoot, found.path);
        const name = start === overlays ? path2.split("/").pop() ?? path2 : path2;
        discovery.environments.push({ name, path: path2, type: "kustomize", kubernetesVersion: versionFor(name) });
      }
    }
  }
  if (options.environments?.length) discovery.environments = selectEnvironments(discovery, options.environments);
  return discovery;
}
function selectEnvironments(discovery, names) {
  if (names.length === 0) return discovery.environments;
  const known = new Set(discovery.environments.map((env) => env.name));
  for (const name of names) {
    if (known.has(name)) continue;
    const skipped = discovery.skipped.find((finding) => finding.environment === name);
    if (skipped) throw new UsageError(`environment "${name}" cannot be rendered: ${skipped.message}`);
  }
  const unknown = [...new Set(names.filter((name) => !known.has(name)))];
  if (unknown.length > 0)
    throw new UsageError(
      `unknown environment ${unknown.map((name) => JSON.stringify(name)).join(", ")}; known: ${[...known].join(", ") || "(none)"}`
    );
  return discovery.environments.filter((env) => names.includes(env.name));
}
async function renderEnvironments(options) {
  const { environments } = await discoverEnvironments(options);
  return renderDiscovered(environments, options);
}
async function renderDiscovered(environments, options) {
  const needsKustomize = environments.some((env) => env.type !== "yaml");
  const command = needsKustomize ? await resolveKustomize(options.kustomizeCommand ?? options.config?.render?.kustomize ?? process.env.KUSTOMIZE) : void 0;
  const limit = Math.max(1, options.concurrency ?? options.config?.render?.concurrency ?? availableParallelism());
  const results = new Array(environments.length);
  let next = 0;
  const worker = async () => {
    let held;
    const release = () => {
      const result = held;
      held = void 0;
      if (result) options.onRendered?.(result);
    };
    const perBuild = {
      ...options,
      onBuildStarted: () => {
        options.onBuildStarted?.();
        release();
      }
    };
    while (next < environments.length) {
      const index = next++;
      const result = await renderEnvironment(environments[index], command, perBuild);
      release();
      results[index] = result;
      held = result;
    }
    release();
  };
  await Promise.all(Array.from({ length: Math.min(limit, environments.length) }, worker));
  return results;
}
async function renderEnvironment(environment, command, options) {
  const started = performance.now();
  const findings = [];
  let resources = [];
  const absolute = resolve3(options.repoRoot, environment.path);
  try {
    if (environment.type === "yaml" && environment.kustomize && environment.application) {
      throw new ConfigError(
        `Application ${environment.application.name} sets spec.source.kustomize, but ${environment.path} has no kustomization.yaml: Argo CD fails this build instead of applying the directory as plain YAML`
      );
    }
    if (environment.type === "yaml") {
      const files = (await stat2(absolute)).isDirectory() ? (await directoryFiles(absolute, environment.directory)).map((file) => join8(absolute, file)) : [absolute];
      for (const file of files) {
        const parsed = parseYamlStream(
          await readInputFile(file, displayPath2(options.repoRoot, file)),
          displayPath2(options.repoRoot, file)
        );
        resources.push(...parsed.resources);
        for (const error of parsed.errors)
          findings.push({
            severity: "error",
            rule: "parse",
            message: error.message,
            environment: environment.name,
            file: error.file,
            line: error.line,
            column: error.column
          });
      }
    } else {
      if (!command) throw new UsageError("no Kustomize command");
      resources = await buildKustomize(environment, absolute, command, options, findings);
    }
  } catch (error) {
    const cause = error instanceof RenderError ? error : void 0;
    findings.push({
      severity: "error",
      rule: "render",
      message: `render failed: ${errorMessage(error)}`,
      environment: environment.name,
      file: cause?.file ?? environment.application?.file ?? environment.path,
      ...cause?.line ? { line: cause.line } : {}
    });
    resources = [];
  }
  return { environment, resources, renderMs: Math.round(performance.now() - started), findings };
}
async function buildKustomize(environment, absolute, command, options, findings) {
  const timeoutMs = options.timeoutMs ?? (options.config?.render?.timeoutSeconds ? options.config.render.timeoutSeconds * 1e3 : 6e4);
  const buildOptions = {
    timeoutMs,
    enableHelm: options.config?.render?.enableHelm === true,
    repoRoot: options.repoRoot,
    environment: environment.name
  };
  const warnings = await preflightKustomize(absolute, {
    repoRoot: options.repoRoot,
    ...environment.kustomize?.components?.length ? {
      components: {
        file: environment.application?.file ?? environment.path,
        entries: environment.kustomize.components
      }
    } : {}
  });
  for (const warning of warnings)
    findings.push({
      severity: "warning",
      rule: "env-file",
      message: warning.message,
      environment: environment.name,
      file: warning.file,
      ...warning.line ? { line: warning.line } : {}
    });
  let scratch;
  try {
    let buildDir = absolute;
    let originBase = absolute;
    let scratchRepo;
    if (environment.kustomize) {
      scratch = await makeTempDir("render");
      scratchRepo = join8(scratch, "repo");
      await cp(options.repoRoot, scratchRepo, {
        recursive: true,
        filter: (source) => !/(^|[/\\])(\.git|node_modules|dist)$/.test(source)
      });
      buildDir = join8(scratchRepo, relative6(options.repoRoot, absolute));
      originBase = buildDir;
      await applyKustomizeOverrides(buildDir, environment.kustomize, {
        buildMetadata: options.buildMetadata,
        appName: environment.application?.name,
        buildEnv: buildEnvironment(environment)
      });
    } else if (options.buildMetadata) {
      scratch = await makeTempDir("render");
      await writeFile2(
        join8(scratch, "kustomization.yaml"),
        yaml.dump({ resources: [toPosix(relative6(scratch, absolute))], buildMetadata: [...BUILD_METADATA] })
      );
      buildDir = scratch;
      originBase = scratch;
    }
    const output = await kustomizeBuild(command, buildDir, {
      ...buildOptions,
      ...scratchRepo ? { copyRoot: scratchRepo } : {},
      ...options.onBuildStarted ? { onStarted: options.onBuildStarted } : {}
    });
    const parsed = parseYamlStream(output);
    for (const error of parsed.errors)
      findings.push({
        severity: "error",
        rule: "parse",
        message: `kustomize output: ${error.message}`,
        environment: environment.name
      });
    const toRepo = (path2) => {
      const full = resolve3(originBase, path2);
      const inRepo = scratchRepo && full.startsWith(scratchRepo) ? join8(options.repoRoot, relative6(scratchRepo, full)) : full;
      return displayPath2(options.repoRoot, inRepo);
    };
    for (const resource of parsed.resources) {
      resource.file = environment.path;
      if (options.buildMetadata) resource.origin = takeOrigin(resource.object, toRepo);
    }
    return parsed.resources;
  } finally {
    if (scratch) await removeTempDir(scratch);
  }
}
function buildEnvironment(environment) {
  const app = environment.application;
  const env = { KUBE_VERSION: `${environment.kubernetesVersion}.0` };
  if (!app) return env;
  env.ARGOCD_APP_NAME = app.name;
  env.ARGOCD_APP_NAMESPACE = app.destination.namespace ?? "";
  env.ARGOCD_APP_PROJECT_NAME = app.project;
  env.ARGOCD_APP_SOURCE_PATH = environment.path;
  env.ARGOCD_APP_SOURCE_REPO_URL = app.repoURL ?? "";
  env.ARGOCD_APP_SOURCE_TARGET_REVISION = app.targetRevision ?? "";
  env.ARGOCD_APP_REVISION = app.targetRevision ?? "";
  if (/^[0-9a-f]{40}$/i.test(app.targetRevision ?? "")) {
    env.ARGOCD_APP_REVISION_SHORT = app.targetRevision.slice(0, 7);
    env.ARGOCD_APP_REVISION_SHORT_8 = app.targetRevision.slice(0, 8);
  }
  return env;
}
var ORIGIN = "config.kubernetes.io/origin";
var TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
function takeOrigin(object, toRepo) {
  const origin = { transformations: [] };
  const annotations = object.metadata?.annotations;
  if (!annotations) return origin;
  const rawOrigin = annotations[ORIGIN];
  const rawTransformations = annotations[TRANSFORMATIONS];
  delete annotations[ORIGIN];
  delete annotations[TRANSFORMATIONS];
  if (Object.keys(annotations).length === 0 && object.metadata) delete object.metadata.annotations;
  try {
    const parsed = rawOrigin ? yaml.load(rawOrigin) : void 0;
    if (parsed?.path) origin.path = parsed.repo ? parsed.path : toRepo(parsed.path);
    if (parsed?.configuredIn) origin.configuredIn = toRepo(parsed.configuredIn);
    if (parsed?.configuredBy?.kind) origin.configuredBy = parsed.configuredBy.kind;
    if (parsed?.repo) origin.repo = parsed.repo;
    const transformations = rawTransformations ? yaml.load(rawTransformations) : [];
    for (const step of transformations ?? [])
      if (step.configuredIn)
        origin.transformations.push({ configuredIn: toRepo(step.configuredIn), kind: step.configuredBy?.kind ?? "" });
  } catch {
  }
  return origin;
}
async function directoryFiles(dir, settings) {
  const files = await listFiles(dir, dir, isManifestFile);
  if (!settings) return files;
  return files.filter((file) => settings.recurse || !file.includes("/")).filter(
    (file) => !settings.include || minimatch(file, settings.include, { matchBase: !settings.include.includes("/") })
  ).filter(
    (file) => !settings.exclude || !minimatch(file, settings.exclude, { matchBase: !settings.exclude.includes("/") })
  );
}
async function environmentsAtPath(absolute) {
  let info;
  try {
    info = await stat2(absolute);
  } catch {
    throw new UsageError(`path not found: ${absolute}`);
  }
  if (!info.isDirectory()) return [{ path: absolute, type: "yaml" }];
  const own = await kustomizationKind(absolute);
  if (own === "Kustomization") return [{ path: absolute, type: "kustomize" }];
  if (own === "Component") return [];
  const files = await listFiles(absolute);
  const roots = /* @__PURE__ */ new Set();
  for (const file of files) {
    const name = file.split("/").pop() ?? "";
    if (name !== "kustomization.yaml" && name !== "kustomization.yml" && name !== "Kustomization") continue;
    const dir = join8(absolute, dirname(file));
    if (await kustomizationKind(dir) === "Kustomization") roots.add(dir);
  }
  if (roots.size > 0) return [...roots].sort().map((path2) => ({ path: path2, type: "kustomize" }));
  return files.some(isManifestFile) ? [{ path: absolute, type: "yaml" }] : [];
}
async function kustomizationKind(dir) {
  const name = await findKustomizationFile(dir);
  if (!name) return void 0;
  try {
    const content = yaml.load(await readFile4(join8(dir, name), "utf8"), { schema: yaml.CORE_SCHEMA });
    return content?.kind === "Component" ? "Component" : "Kustomization";
  } catch {
    return "Kustomization";
  }
}
async function exists(path2) {
  try {
    await stat2(path2);
    return true;
  } catch {
    return false;
  }
}
function displayPath2(repoRoot, path2) {
  const rel = toPosix(relative6(repoRoot, path2));
  return rel === "" ? "." : isAbsolute3(rel) ? toPosix(path2) : rel;
}

export {
  kubernetesVersionFor,
  isProductionEnvironment,
  loadConfig,
  isSecret,
  redactSecretPair,
  redactSecret,
  sanitizeRenderMessage,
  SecretScrubber,
  setScalar,
  removeItem,
  getImages,
  setImages,
  splitImageReference,
  parseImageReference,
  discoverEnvironments,
  renderEnvironments,
  renderDiscovered
};
//# sourceMappingURL=chunk-PO45RDQT.js.map
