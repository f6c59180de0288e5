import { resolve } from 'node:path'
import { importCrds, importOpenApi } from '../schemas/importer.js'
import { action, type CliContext, type RegisterCommands } from './command.js'

/**
 * `slipway schemas import-openapi FILE|URL --out DIR` and
 * `slipway schemas import-crd FILE... --out DIR`: build schema catalogs that
 * `--schema-location DIR` then reads. Glue only; the work is in `src/schemas/importer.ts`.
 */
export const registerSchemasCommands: RegisterCommands = (program, context) => {
  const schemas = program
    .command('schemas')
    .description('Build JSON Schema catalogs for strict validation (kubeconform-compatible layouts).')

  schemas
    .command('import-openapi')
    .description(
      'Turn a Kubernetes OpenAPI v2 document (kubectl get --raw /openapi/v2) into a catalog: one self-contained schema per kind, e.g. deployment-apps-v1.json.',
    )
    .argument('<file-or-url>', 'OpenAPI v2 JSON file, or an http(s) URL')
    .requiredOption('--out <dir>', 'directory to write the catalog to (created if missing)')
    .option(
      '--no-strict',
      'leave objects open (unknown fields allowed); default: closed, as kubeconform -strict catalogs',
    )
    .option('--descriptions', 'keep description texts (larger files; useful for editors)', false)
    .action(
      action(context, async (input: string, options: { out: string; strict: boolean; descriptions: boolean }) => {
        const out = resolve(context.cwd, options.out)
        const summary = await importOpenApi(isUrl(input) ? input : resolve(context.cwd, input), out, {
          strict: options.strict,
          descriptions: options.descriptions,
        })
        report(context, summary.files.length, summary.kinds.length, out)
        return 0
      }),
    )

  schemas
    .command('import-crd')
    .description(
      'Turn CustomResourceDefinition YAML into {group}/{kind}_{version}.json schemas, one per served version.',
    )
    .argument('<files-or-urls...>', 'CRD YAML files (multi-document allowed), or http(s) URLs')
    .requiredOption('--out <dir>', 'directory to write the schemas to (created if missing)')
    .option('--no-strict', 'leave objects open; default: closed except under x-kubernetes-preserve-unknown-fields')
    .action(
      action(context, async (inputs: string[], options: { out: string; strict: boolean }) => {
        const out = resolve(context.cwd, options.out)
        const summary = await importCrds(
          inputs.map((input) => (isUrl(input) ? input : resolve(context.cwd, input))),
          out,
          { strict: options.strict },
        )
        report(context, summary.files.length, summary.kinds.length, out)
        for (const kind of summary.kinds) context.stdout.write(`  ${kind}\n`)
        return 0
      }),
    )
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input)
}

function report(context: CliContext, files: number, kinds: number, out: string): void {
  context.stdout.write(
    `wrote ${files} schema file${files === 1 ? '' : 's'} (${kinds} kind${kinds === 1 ? '' : 's'}) to ${out}\n`,
  )
}
