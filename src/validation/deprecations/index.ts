/** Removed and deprecated Kubernetes APIs per target version. */
export { checkApiVersions, findDeprecation, parseMinor, REMOVED_API_RULE, DEPRECATED_API_RULE } from './api-versions.js'
export { API_DEPRECATIONS, type ApiDeprecation } from './removed-apis.js'
