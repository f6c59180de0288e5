/** Removed and deprecated Kubernetes APIs per target version. */
export {
  checkApiVersions,
  findDeprecation,
  findIntroduction,
  parseMinor,
  REMOVED_API_RULE,
  DEPRECATED_API_RULE,
  NOT_YET_SERVED_RULE,
  API_RULES,
} from './api-versions.js'
export { API_INTRODUCTIONS, type ApiIntroduction } from './introduced-apis.js'
export { API_DEPRECATIONS, type ApiDeprecation } from './removed-apis.js'
export {
  K8S_API_ROOT,
  lifecycleFile,
  lifecycleTypesFile,
  prereleaseLifecycle,
  type PrereleaseLifecycle,
} from './lifecycle.js'
