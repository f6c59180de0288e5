import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  action
} from "./chunk-LR7QPOOY.js";
import {
  importCrds,
  importOpenApi
} from "./chunk-PXCP5RSH.js";
import "./chunk-KWGMOYHE.js";
import "./chunk-XRJQ2ZGK.js";
import "./chunk-QDRIPWP2.js";
import "./chunk-6JA5DT7B.js";
import "./chunk-OAC4VE6L.js";
import "./chunk-6SW6MJ6T.js";

// src/cli/schemas.ts
import { resolve } from "node:path";
var registerSchemasCommands = (program, context) => {
  const schemas = program.command("schemas").description("Build JSON Schema catalogs for strict validation (kubeconform-compatible layouts).");
  schemas.command("import-openapi").description(
    "Turn a Kubernetes OpenAPI v2 document (kubectl get --raw /openapi/v2) into a catalog: one self-contained schema per kind, e.g. deployment-apps-v1.json."
  ).argument("<file-or-url>", "OpenAPI v2 JSON file, or an http(s) URL").requiredOption("--out <dir>", "directory to write the catalog to (created if missing)").option(
    "--no-strict",
    "leave objects open (unknown fields allowed); default: closed, as kubeconform -strict catalogs"
  ).option("--descriptions", "keep description texts (larger files; useful for editors)", false).action(
    action(context, async (input, options) => {
      const out = resolve(context.cwd, options.out);
      const summary = await importOpenApi(isUrl(input) ? input : resolve(context.cwd, input), out, {
        strict: options.strict,
        descriptions: options.descriptions
      });
      report(context, summary.files.length, summary.kinds.length, out);
      return 0;
    })
  );
  schemas.command("import-crd").description(
    "Turn CustomResourceDefinition YAML into {group}/{kind}_{version}.json schemas, one per served version."
  ).argument("<files-or-urls...>", "CRD YAML files (multi-document allowed), or http(s) URLs").requiredOption("--out <dir>", "directory to write the schemas to (created if missing)").option("--no-strict", "leave objects open; default: closed except under x-kubernetes-preserve-unknown-fields").action(
    action(context, async (inputs, options) => {
      const out = resolve(context.cwd, options.out);
      const summary = await importCrds(
        inputs.map((input) => isUrl(input) ? input : resolve(context.cwd, input)),
        out,
        { strict: options.strict }
      );
      report(context, summary.files.length, summary.kinds.length, out);
      for (const kind of summary.kinds) context.stdout.write(`  ${kind}
`);
      return 0;
    })
  );
};
function isUrl(input) {
  return /^https?:\/\//i.test(input);
}
function report(context, files, kinds, out) {
  context.stdout.write(
    `wrote ${files} schema file${files === 1 ? "" : "s"} (${kinds} kind${kinds === 1 ? "" : "s"}) to ${out}
`
  );
}
export {
  registerSchemasCommands
};
//# sourceMappingURL=schemas-EML43SCN.js.map
