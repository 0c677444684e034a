export {
  createGitHubClient,
  resolveBaseUrl,
  DEFAULT_API_URL,
  type ClientLog,
  type GitHubClient,
  type GitHubClientOptions,
} from './client.js';
export type { DirectoryEntry } from './contents.js';
export { ConditionalGetCache } from './etag-cache.js';
export { GitHubPortError, permissionHint, portError, statusOf } from './errors.js';
export { gitDataPort, type GitDataPort, type TreeFile } from './git-data-port.js';
export {
  rateLimitDecision,
  serverErrorBackoffSeconds,
  parseRetryAfter,
  type LimitDecision,
  type WaitPolicy,
} from './policy.js';
export {
  pullRequestPort,
  type PullRequestPort,
  type PullRequestSummary,
} from './pull-request-port.js';
export { orUndefinedOn404, portCall, type Loose, type PortCall } from './call.js';
export { parseRepo, repoFromEnv, type RepoRef } from './repo.js';
export * from './approval-port.js';
export * from './sticky-comment-port.js';
export * from './commit-status-port.js';
export * from './deployment-record-port.js';
export * from './environment-settings-port.js';
export {
  deploymentPort,
  type DeploymentEnd,
  type DeploymentFinish,
  type DeploymentPort,
  type DeploymentStart,
} from './deployment-port.js';
