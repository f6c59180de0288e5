/**
 * Amazon ECR lifecycle policies: the document format, its JSON Schema, and the documented
 * constraints the schema alone cannot express.
 *
 * Source of the rules: docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 * and LifecyclePolicies.html (policy text limits from the PutLifecyclePolicy API reference).
 */
import { readFile } from 'node:fs/promises'
import type { ErrorObject } from 'ajv'
import { ConfigError, errorMessage } from '../errors.js'
import { compileLazily } from '../util/ajv.js'

/** `selection.tagStatus`. */
export type TagStatus = 'tagged' | 'untagged' | 'any'
/** `selection.countType`. */
export type CountType = 'imageCountMoreThan' | 'sinceImagePushed' | 'sinceImagePulled' | 'sinceImageTransitioned'

/** One rule of a lifecycle policy, as written in the policy JSON. */
export interface LifecycleRule {
  /** Unique positive integer; lower numbers are applied first. */
  rulePriority: number
  description?: string
  selection: {
    tagStatus: TagStatus
    /** Each entry must prefix at least one of the image's tags; entries are ANDed. */
    tagPrefixList?: string[]
    /** Each entry (with up to four `*` wildcards) must match one of the image's tags; entries are ANDed. */
    tagPatternList?: string[]
    /** Storage class the rule selects from; `standard` when omitted. */
    storageClass?: 'standard' | 'archive'
    countType: CountType
    /** `days`; only (and always) with the `since*` count types. */
    countUnit?: 'days'
    /** Image count (imageCountMoreThan) or number of days (since*). Positive integer. */
    countNumber: number
  }
  action: {
    type: 'expire' | 'transition'
    /** Only with `transition`: `archive`. */
    targetStorageClass?: 'archive'
  }
}

/** A lifecycle policy document (`{"rules": [...]}`). */
export interface LifecyclePolicy {
  rules: LifecycleRule[]
}

/** One problem in a policy; `rulePriority` (when readable) and `field` name where it is. */
export interface PolicyProblem {
  /** 0-based index of the rule in `rules`, when the problem is inside one. */
  ruleIndex?: number
  /** The rule's `rulePriority`, when it is a number. */
  rulePriority?: number
  /** Dotted path inside the rule (`selection.countUnit`) or the document (`rules`). */
  field: string
  message: string
}

/** Policy text length limits of PutLifecyclePolicy (`lifecyclePolicyText`), characters. */
export const POLICY_TEXT_MIN = 100
export const POLICY_TEXT_MAX = 30_720
/** Maximum number of rules in one policy. */
export const MAX_RULES = 50
/** Maximum `*` wildcards in one `tagPatternList` entry. */
export const MAX_WILDCARDS = 4
/** Largest `countNumber` ECR accepts: the API's field is a 32-bit signed integer. */
export const MAX_COUNT_NUMBER = 2_147_483_647

/**
 * JSON Schema (draft-07, with ajv-errors messages) of the lifecycle policy document.
 * Cross-field constraints (unique priorities, `any` last, list/countUnit/action
 * combinations) are checked by {@link validateLifecyclePolicy} after the schema.
 */
export const LIFECYCLE_POLICY_SCHEMA = {
  $id: 'https://slipway.dev/schemas/ecr-lifecycle-policy.json',
  type: 'object',
  required: ['rules'],
  additionalProperties: false,
  properties: {
    rules: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_RULES,
      items: {
        type: 'object',
        required: ['rulePriority', 'selection', 'action'],
        additionalProperties: false,
        properties: {
          rulePriority: { type: 'integer', minimum: 1, errorMessage: 'must be a positive integer' },
          description: { type: 'string' },
          selection: {
            type: 'object',
            required: ['tagStatus', 'countType', 'countNumber'],
            additionalProperties: false,
            properties: {
              tagStatus: { enum: ['tagged', 'untagged', 'any'], errorMessage: 'must be one of tagged, untagged, any' },
              tagPrefixList: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              tagPatternList: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              storageClass: { enum: ['standard', 'archive'], errorMessage: 'must be standard or archive' },
              countType: {
                enum: ['imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'],
                errorMessage:
                  'must be one of imageCountMoreThan, sinceImagePushed, sinceImagePulled, sinceImageTransitioned',
              },
              countUnit: { const: 'days', errorMessage: 'must be "days"' },
              countNumber: {
                type: 'integer',
                minimum: 1,
                maximum: MAX_COUNT_NUMBER,
                errorMessage: `must be a positive integer of at most ${MAX_COUNT_NUMBER}`,
              },
            },
          },
          action: {
            type: 'object',
            required: ['type'],
            additionalProperties: false,
            properties: {
              type: { enum: ['expire', 'transition'], errorMessage: 'must be expire or transition' },
              targetStorageClass: { const: 'archive', errorMessage: 'must be "archive"' },
            },
          },
        },
      },
    },
  },
} as const

const schemaValidator = compileLazily(LIFECYCLE_POLICY_SCHEMA)

/**
 * Checks a policy's text against the schema and every documented constraint.
 *
 * @param text the policy JSON exactly as it would be sent as `lifecyclePolicyText`.
 * @returns all problems found (empty when valid); never throws for bad input.
 */
export function validateLifecyclePolicy(text: string): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  if (text.length < POLICY_TEXT_MIN || text.length > POLICY_TEXT_MAX) {
    problems.push({
      field: '(policy text)',
      message: `is ${text.length} characters; ECR accepts ${POLICY_TEXT_MIN}–${POLICY_TEXT_MAX}`,
    })
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    problems.push({ field: '(policy text)', message: `is not valid JSON: ${errorMessage(error)}` })
    return problems
  }
  const rules = isRecord(document) && Array.isArray(document.rules) ? (document.rules as unknown[]) : []
  if (!schemaValidator(document)) {
    for (const error of schemaValidator.errors ?? []) problems.push(problemFromSchemaError(error, rules))
  }
  problems.push(...crossFieldProblems(rules))
  // Document-level problems first, then by rule, keeping discovery order within a rule.
  return dedupe(problems).sort((a, b) => (a.ruleIndex ?? -1) - (b.ruleIndex ?? -1))
}

/** Renders a problem as `rule rulePriority=N (rules[i]) selection.countUnit: message`. */
export function formatPolicyProblem(problem: PolicyProblem): string {
  let where = ''
  if (problem.ruleIndex !== undefined) {
    where =
      problem.rulePriority !== undefined
        ? `rule rulePriority=${problem.rulePriority} (rules[${problem.ruleIndex}]) `
        : `rules[${problem.ruleIndex}] `
  }
  return `${where}${problem.field}: ${problem.message}`
}

/**
 * Parses and validates a policy.
 *
 * @param text the policy JSON.
 * @param file where it came from, for messages.
 * @returns the typed policy.
 * @throws {ConfigError} naming the file and listing every problem (rule priority and field).
 */
export function parseLifecyclePolicy(text: string, file: string): LifecyclePolicy {
  const problems = validateLifecyclePolicy(text)
  if (problems.length > 0) {
    throw new ConfigError(
      `invalid ECR lifecycle policy:\n${problems.map((problem) => `  - ${formatPolicyProblem(problem)}`).join('\n')}`,
      file,
    )
  }
  return JSON.parse(text) as LifecyclePolicy
}

/**
 * Reads, parses and validates a policy file.
 *
 * @returns the policy and its text (as it will be sent to ECR).
 * @throws {ConfigError} when the file cannot be read or the policy is invalid.
 */
export async function loadLifecyclePolicy(file: string): Promise<{ policy: LifecyclePolicy; text: string }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read lifecycle policy: ${errorMessage(error)}`, file)
  }
  return { policy: parseLifecyclePolicy(text, file), text }
}

function problemFromSchemaError(error: ErrorObject, rules: unknown[]): PolicyProblem {
  let path = error.instancePath.split('/').slice(1)
  let message = error.message ?? 'is invalid'
  if (error.keyword === 'required') {
    path = [...path, String((error.params as { missingProperty: string }).missingProperty)]
    message = 'is required'
  } else if (error.keyword === 'additionalProperties') {
    path = [...path, String((error.params as { additionalProperty: string }).additionalProperty)]
    message = 'is not a lifecycle policy field'
  }
  if (path[0] === 'rules' && path.length >= 2 && /^\d+$/.test(path[1] ?? '')) {
    const ruleIndex = Number(path[1])
    return withRule({ ruleIndex, field: path.slice(2).join('.') || '(rule)', message }, rules)
  }
  return { field: path.join('.') || '(document)', message }
}

function withRule(problem: PolicyProblem, rules: unknown[]): PolicyProblem {
  const rule = problem.ruleIndex !== undefined ? rules[problem.ruleIndex] : undefined
  if (isRecord(rule) && typeof rule.rulePriority === 'number') return { ...problem, rulePriority: rule.rulePriority }
  return problem
}

function crossFieldProblems(rules: unknown[]): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const add = (ruleIndex: number, field: string, message: string) =>
    problems.push(withRule({ ruleIndex, field, message }, rules))
  const priorities = new Map<number, number>()
  /** Index of the first `untagged` rule: LifecyclePolicies.html, "Only one rule is allowed to select untagged images." */
  let firstUntagged: number | undefined
  /** First tagged rule per tag list (kind + sorted entries): "The set of rules must contain a unique set of tag prefixes." */
  const tagSets = new Map<string, number>()
  let highest = -Infinity
  for (const rule of rules)
    if (isRecord(rule) && typeof rule.rulePriority === 'number') highest = Math.max(highest, rule.rulePriority)

  rules.forEach((rule, index) => {
    if (!isRecord(rule)) return
    const priority = rule.rulePriority
    if (typeof priority === 'number') {
      const first = priorities.get(priority)
      if (first !== undefined)
        add(index, 'rulePriority', `duplicates rules[${first}]; every rulePriority must be unique`)
      else priorities.set(priority, index)
    }
    const selection = isRecord(rule.selection) ? rule.selection : undefined
    const action = isRecord(rule.action) ? rule.action : undefined
    if (!selection) return
    const hasPrefix = selection.tagPrefixList !== undefined
    const hasPattern = selection.tagPatternList !== undefined
    switch (selection.tagStatus) {
      case 'tagged':
        if (hasPrefix && hasPattern)
          add(index, 'selection', 'tagged rules take tagPrefixList or tagPatternList, not both')
        if (!hasPrefix && !hasPattern) add(index, 'selection', 'tagged rules need tagPrefixList or tagPatternList')
        break
      case 'untagged':
      case 'any':
        if (selection.tagStatus === 'untagged') {
          if (firstUntagged !== undefined)
            add(
              index,
              'selection.tagStatus',
              `"untagged" is already selected by ${describeRule(rules, firstUntagged)}; only one rule may select untagged images`,
            )
          else firstUntagged = index
        }
        if (hasPrefix)
          add(index, 'selection.tagPrefixList', `is only allowed with tagStatus "tagged", not "${selection.tagStatus}"`)
        if (hasPattern)
          add(
            index,
            'selection.tagPatternList',
            `is only allowed with tagStatus "tagged", not "${selection.tagStatus}"`,
          )
        break
    }
    if (selection.tagStatus === 'tagged') {
      for (const field of ['tagPrefixList', 'tagPatternList'] as const) {
        const list = selection[field]
        if (!Array.isArray(list) || list.length === 0 || !list.every((entry) => typeof entry === 'string')) continue
        const key = `${field}:${JSON.stringify([...new Set(list as string[])].sort())}`
        const first = tagSets.get(key)
        if (first !== undefined)
          add(
            index,
            `selection.${field}`,
            `selects the same tags as ${describeRule(rules, first)}; the set of rules must contain a unique set of tag prefixes`,
          )
        else tagSets.set(key, index)
      }
    }
    if (selection.tagStatus === 'any' && typeof priority === 'number' && priority !== highest) {
      add(index, 'rulePriority', `a tagStatus "any" rule must have the highest rulePriority (${highest} is higher)`)
    }
    if (Array.isArray(selection.tagPatternList)) {
      selection.tagPatternList.forEach((pattern, i) => {
        if (typeof pattern !== 'string') return
        const stars = pattern.split('*').length - 1
        if (stars > MAX_WILDCARDS)
          add(
            index,
            `selection.tagPatternList[${i}]`,
            `"${pattern}" has ${stars} wildcards; at most ${MAX_WILDCARDS} allowed`,
          )
      })
    }
    const countType = selection.countType
    const since = typeof countType === 'string' && countType.startsWith('since')
    if (since && selection.countUnit === undefined)
      add(index, 'selection.countUnit', `is required with countType "${String(countType)}"`)
    if (countType === 'imageCountMoreThan' && selection.countUnit !== undefined) {
      add(index, 'selection.countUnit', 'is only allowed with the since* count types, not imageCountMoreThan')
    }
    if (action) {
      if (countType === 'sinceImagePulled' && action.type !== 'transition') {
        add(index, 'selection.countType', 'sinceImagePulled is only allowed with action type "transition"')
      }
      if (action.type === 'transition' && action.targetStorageClass === undefined)
        add(index, 'action.targetStorageClass', 'is required with action type "transition"')
      if (action.type === 'expire' && action.targetStorageClass !== undefined)
        add(index, 'action.targetStorageClass', 'is only allowed with action type "transition"')
    }
  })
  return problems
}

/** `rulePriority=N (rules[i])`, or `rules[i]` when the priority is not a number. */
function describeRule(rules: unknown[], index: number): string {
  const rule = rules[index]
  return isRecord(rule) && typeof rule.rulePriority === 'number'
    ? `rule rulePriority=${rule.rulePriority} (rules[${index}])`
    : `rules[${index}]`
}

function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.ruleIndex}|${problem.field}|${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
