import type { GitHubClient } from './client.js';
import { portError, statusOf } from './errors.js';
import type { RepoRef } from './repo.js';

export type Loose = Record<string, unknown>;

/** One REST call for a port: owner/repo filled in, failures named after `action` and `what`. */
export type PortCall = (
  action: string,
  what: string,
  route: string,
  params: Loose,
) => Promise<unknown>;

export function portCall(client: GitHubClient, repo: RepoRef): PortCall {
  const slug = `${repo.owner}/${repo.repo}`;
  return async (action, what, route, params) => {
    try {
      return (await client.request(route, { owner: repo.owner, repo: repo.repo, ...params })).data;
    } catch (error) {
      throw portError(action, `${what} in ${slug}`, error);
    }
  };
}

export async function orUndefinedOn404<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}
