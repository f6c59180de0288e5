/** Organisation policies as JSON Schema (`policies/<id>.yaml`). */
export { evaluatePolicies, type PolicyContext } from './evaluate.js'
export { loadPolicies, parsePolicy, compilePolicy, substituteVars, policyFileSchema, type Policy, type PolicySelect, type PolicyMatch, type PolicyVar } from './policy.js'
export { policyMatches, matchesKind, matchesName, matchesEnvironment } from './match.js'
export { isProductionByName } from '../../config/production.js'
export { BUILTINS, type BuiltinRule, type BuiltinViolation } from './builtins.js'
export { resolveSeverity, checkOverrideIds } from './config.js'
export { describePolicies, type RuleDescription } from './rules.js'
