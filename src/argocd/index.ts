/** Argo CD's REST API: read an Application, wait for a rollout. Shared by promotion and failover. */
export {
  ArgoCdClient,
  ArgoCdError,
  argoCdClientFromEnv,
  type ApplicationStatus,
  type ArgoCdClientOptions,
  type HealthStatus,
  type ResourceStatus,
  type SyncStatus,
} from './client.js'
export {
  formatResource,
  sameRevision,
  unhealthyResources,
  waitForRollout,
  type RolloutOutcome,
  type RolloutResult,
  type WaitForRolloutOptions,
} from './wait.js'
