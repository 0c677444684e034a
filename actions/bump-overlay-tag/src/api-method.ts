import { info, warning } from '@infra-fleet/action-kit';
import { createGitHubClient, gitDataPort, type RepoRef } from '@infra-fleet/github';
import { ApiOverlayStore } from './api-store.js';
import type { Settings } from './inputs.js';
import { apiProposals } from './proposal-port.js';

/**
 * Everything commit-method: api needs, loaded only by that method: the git method never
 * evaluates the API client (Octokit and its plugins).
 */
export function apiMethod(settings: Settings, repo: RepoRef) {
  const client = createGitHubClient({
    token: settings.token ?? '',
    baseUrl: settings.apiUrl,
    log: { warning, info },
  });
  return {
    store: new ApiOverlayStore(
      gitDataPort(client, repo),
      settings.branch,
      `${repo.owner}/${repo.repo}`,
    ),
    proposals: () => apiProposals(client, repo),
  };
}
