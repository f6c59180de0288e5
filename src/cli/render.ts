/**
 * `slipway render [ENV...]`: print (or write) what Argo CD would apply for each environment.
 */
import { resolve } from 'node:path'
import type { Finding } from '../findings/finding.js'
import { formatLocation } from '../report/group.js'
import { formatEnvironmentStreams, renderManifests, writeEnvironmentFiles } from '../render/output.js'
import { action, type RegisterCommands } from './command.js'
import { findRepoRoot } from './repo.js'

interface RenderFlags {
  config?: string
  output?: string
  showSecrets?: boolean
  kubernetesVersion?: string
  kustomize?: string
}

/**
 * `slipway render [ENV...] [--output DIR]`: exit 0 when every selected environment rendered
 * (streams on stdout, or `DIR/<env>.yaml`), 1 when one failed to render (Kustomize's error
 * on stderr, nothing printed or written), 2 on a usage or config error (an unknown
 * environment, an invalid `slipway.yaml`, a name that is not a file name, DIR not writable).
 */
export const registerRenderCommand: RegisterCommands = (program, context) => {
  program
    .command('render')
    .description(
      'Print what Argo CD would apply for each environment (YAML streams, "# Source: environment NAME" before each). Secret values are redacted unless --show-secrets.',
    )
    .argument('[env...]', 'environments to render (default: every environment)')
    .option('-c, --config <file>', "slipway.yaml to use (default: the repository root's)")
    .option('--output <dir>', 'write DIR/<env>.yaml per environment (atomically) instead of printing')
    .option('--show-secrets', 'print Secret data/stringData values as Argo CD would apply them')
    .option('-k, --kubernetes-version <X.Y>', 'target Kubernetes version for every environment ($KUBE_VERSION)')
    .option(
      '--kustomize <program>',
      'kustomize binary, or "kubectl kustomize" (default: $KUSTOMIZE, kustomize on PATH, kubectl kustomize)',
    )
    .action(
      action(context, async (environments: string[], flags: RenderFlags) => {
        const rendered = await renderManifests({
          repoRoot: await findRepoRoot(context.cwd),
          environments,
          showSecrets: flags.showSecrets === true,
          ...(flags.config ? { configFile: resolve(context.cwd, flags.config) } : {}),
          ...(flags.kubernetesVersion ? { kubernetesVersion: flags.kubernetesVersion } : {}),
          ...(flags.kustomize ? { kustomizeCommand: flags.kustomize } : {}),
        })
        for (const finding of [...rendered.warnings, ...rendered.errors])
          context.stderr.write(`slipway: ${describe(finding)}\n`)
        if (rendered.errors.length > 0) return 1
        if (flags.output) {
          const files = await writeEnvironmentFiles(resolve(context.cwd, flags.output), rendered.environments)
          for (const file of files) context.stderr.write(`wrote ${file}\n`)
        } else context.stdout.write(formatEnvironmentStreams(rendered.environments))
        return 0
      }),
    )
}

/** `FILE[:LINE[:COLUMN]]: ENV: [warning: ]MESSAGE`, as one line per finding on stderr. */
function describe(finding: Finding): string {
  const location = formatLocation(finding)
  const where = location ? `${location}: ` : ''
  const env = finding.environment ? `${finding.environment}: ` : ''
  return `${where}${env}${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message}`
}
