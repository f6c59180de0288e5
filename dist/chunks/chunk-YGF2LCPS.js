import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-GZHCTZ73.js";
import {
  yaml
} from "./chunk-XRJQ2ZGK.js";
import {
  ConfigError
} from "./chunk-OAC4VE6L.js";
import {
  __toESM
} from "./chunk-6SW6MJ6T.js";

// src/config/generated/validate-config.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var runtime0 = import_ucs2length.default.__esModule ? import_ucs2length.default : { default: import_ucs2length.default };
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
var validate14 = (function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate142.errors = vErrors;
  return errors === 0;
});

// src/config/quick-parse.ts
function quickParseConfig(text) {
  if (text.includes("&")) return void 0;
  let value;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !validate14(value)) return void 0;
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

export {
  validate14,
  quickParseConfig,
  checkFailoverRegions
};
//# sourceMappingURL=chunk-YGF2LCPS.js.map
