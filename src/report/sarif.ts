import { isAbsolute, relative, sep } from 'node:path'
import { formatRef } from '../manifests/resource.js'
import type { Finding, Severity } from '../findings/finding.js'
import type { ValidationReport } from '../validation/report.js'
import type { Reporter } from './reporter.js'
import { ruleMetadata } from './rules.js'
import { nodeCrypto } from '../util/crypto.js'
import type { RuleMetadata } from './rules.js'

/** `$schema` of the logs we write: SARIF 2.1.0 as published in the JSON Schema Store. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The `uriBaseId` every physical location is relative to; GitHub code scanning resolves it to the checkout. */
export const SARIF_SRCROOT = '%SRCROOT%'
/** Key of our own entry in `partialFingerprints`. Bump the version if the hashed fields change. */
export const FINGERPRINT_KEY = 'slipwayFindingHash/v1'

/** Options of the SARIF reporter. */
export interface SarifReporterOptions {
  /** `tool.driver.version`, e.g. `0.1.0`. */
  toolVersion?: string
  /** `tool.driver.informationUri`: the project's home page. Left out when unknown. */
  informationUri?: string
  /** Absolute repository root: absolute finding paths under it are made relative. */
  repoRoot?: string
  /** Rule metadata (e.g. from policy files) overriding {@link BUILTIN_RULES}. */
  rules?: Readonly<Record<string, RuleMetadata>>
}

/* The parts of the SARIF 2.1.0 object model we write (OASIS SARIF v2.1.0 §3). */
/** A SARIF `message` object (§3.11). */
export interface SarifMessage {
  text: string
}
/** A SARIF `reportingDescriptor` used as a rule (§3.49). */
export interface SarifRule {
  id: string
  name?: string
  shortDescription: SarifMessage
  defaultConfiguration: { level: Severity }
  helpUri?: string
  properties?: { tags?: string[] }
}
/** A SARIF `location` (§3.28): physical when the finding has a file, logical otherwise. */
export interface SarifLocation {
  physicalLocation?: {
    artifactLocation: { uri: string; uriBaseId?: string }
    region?: { startLine: number; startColumn?: number }
  }
  logicalLocations?: Array<{ name?: string; fullyQualifiedName: string; kind: string }>
  message?: SarifMessage
}
/** A SARIF `result` (§3.27). */
export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Severity
  message: SarifMessage
  locations: SarifLocation[]
  partialFingerprints: Record<string, string>
  properties?: Record<string, unknown>
}
/** A SARIF log (§3.13) with one run. */
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {
      driver: { name: string; version?: string; semanticVersion?: string; informationUri?: string; rules: SarifRule[] }
    }
    results: SarifResult[]
    columnKind: 'utf16CodeUnits'
    properties?: Record<string, unknown>
  }>
}

/**
 * Converts a report to a SARIF 2.1.0 log that `github/codeql-action/upload-sarif` accepts:
 * one run whose driver (`slipway`) lists every rule that has a finding (sorted by id, with
 * `shortDescription`, `defaultConfiguration.level` and `helpUri` when known); one result
 * per finding with `ruleId`/`ruleIndex`, `level` `error|warning`, and either a physical
 * location (repository-relative `uri` with forward slashes, `uriBaseId: %SRCROOT%`,
 * region `startLine`/`startColumn`) or — for findings without a file — a logical location
 * naming the environment and resource (GitHub lists those in the run but cannot place
 * them on a line). `partialFingerprints[FINGERPRINT_KEY]` hashes rule, environment,
 * resource, JSON pointer and message — not the line — so an alert survives edits above it.
 *
 * Rules followed: OASIS SARIF v2.1.0 (§3.27 result, §3.49 reportingDescriptor) and GitHub's
 * "SARIF support for code scanning" page (which properties code scanning reads).
 */
export function toSarif(report: ValidationReport, options: SarifReporterOptions = {}): SarifLog {
  const severities = new Map<string, Severity>()
  for (const finding of report.findings) {
    if (severities.get(finding.rule) !== 'error') severities.set(finding.rule, finding.severity)
  }
  const ruleIds = [...severities.keys()].sort()
  const rules: SarifRule[] = ruleIds.map((id) => {
    const meta = ruleMetadata(id, options.rules)
    const rule: SarifRule = {
      id,
      shortDescription: { text: meta.description },
      defaultConfiguration: { level: meta.defaultSeverity ?? severities.get(id) ?? 'error' },
    }
    if (meta.helpUri) rule.helpUri = meta.helpUri
    if (meta.tags && meta.tags.length > 0) rule.properties = { tags: [...meta.tags] }
    return rule
  })
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  const driver: SarifLog['runs'][number]['tool']['driver'] = { name: 'slipway', rules }
  if (options.toolVersion) {
    driver.version = options.toolVersion
    driver.semanticVersion = options.toolVersion
  }
  if (options.informationUri) driver.informationUri = options.informationUri
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        results: report.findings.map((finding) => toResult(finding, ruleIndex.get(finding.rule)!, options)),
        // The yaml package reports columns as string offsets, i.e. UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        properties: { summary: report.summary, environments: report.environments },
      },
    ],
  }
}

function toResult(finding: Finding, index: number, options: SarifReporterOptions): SarifResult {
  const result: SarifResult = {
    ruleId: finding.rule,
    ruleIndex: index,
    level: finding.severity,
    message: { text: resultMessage(finding) },
    locations: [toLocation(finding, options)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) },
  }
  const properties: Record<string, unknown> = {}
  if (finding.environment !== undefined) properties.environment = finding.environment
  if (finding.resource) properties.resource = finding.resource
  if (finding.path !== undefined) properties.path = finding.path
  if (finding.locationApproximate) properties.locationApproximate = true
  if (Object.keys(properties).length > 0) result.properties = properties
  return result
}

/** Code scanning shows only `message.text`, so it names where the problem is. */
function resultMessage(finding: Finding): string {
  const where = [finding.environment, finding.resource ? formatRef(finding.resource) : undefined, finding.path].filter(
    (part) => part !== undefined && part !== '',
  )
  return where.length > 0 ? `${finding.message} (${where.join(' ')})` : finding.message
}

function toLocation(finding: Finding, options: SarifReporterOptions): SarifLocation {
  if (finding.file) {
    const uri = toArtifactUri(finding.file, options.repoRoot)
    // uriBaseId only applies to relative references (SARIF §3.4.4).
    const artifactLocation = uri.startsWith('file://') ? { uri } : { uri, uriBaseId: SARIF_SRCROOT }
    const location: SarifLocation = { physicalLocation: { artifactLocation } }
    if (finding.line !== undefined && finding.line >= 1) {
      location.physicalLocation!.region = { startLine: finding.line }
      if (finding.column !== undefined && finding.column >= 1)
        location.physicalLocation!.region.startColumn = finding.column
    }
    if (finding.locationApproximate)
      location.message = { text: 'first line of the resource; the exact line was not found' }
    return location
  }
  const parts = [finding.environment, finding.resource ? formatRef(finding.resource) : undefined].filter(
    (part): part is string => !!part,
  )
  return {
    logicalLocations: [
      {
        ...(finding.resource ? { name: finding.resource.name } : {}),
        fullyQualifiedName: parts.length > 0 ? parts.join('/') : finding.rule,
        kind: finding.resource ? 'resource' : 'module',
      },
    ],
  }
}

/**
 * A repository-relative URI reference: forward slashes, no leading `./`, each segment
 * percent-encoded (so spaces and `#` survive). Absolute paths under `repoRoot` are made
 * relative; other absolute paths become `file://` URIs.
 */
export function toArtifactUri(file: string, repoRoot?: string): string {
  let path = file
  if (isAbsolute(path) && repoRoot && !relative(repoRoot, path).startsWith('..')) path = relative(repoRoot, path)
  path = path.split(sep).join('/').replace(/\\/g, '/')
  const absolute = path.startsWith('/')
  while (path.startsWith('./')) path = path.slice(2)
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
  return absolute ? `file://${encoded}` : encoded
}

function fingerprint(finding: Finding): string {
  const resource = finding.resource ? `${finding.resource.apiVersion}|${formatRef(finding.resource)}` : ''
  const key = [finding.rule, finding.environment ?? '', resource, finding.path ?? '', finding.message].join('\u0000')
  return nodeCrypto().createHash('sha256').update(key).digest('hex')
}

/** `--format sarif`: {@link toSarif}, pretty-printed with a final newline. */
export class SarifReporter implements Reporter {
  readonly format = 'sarif' as const
  constructor(private readonly options: SarifReporterOptions = {}) {}

  render(report: ValidationReport): string {
    return `${JSON.stringify(toSarif(report, this.options), null, 2)}\n`
  }
}
