import { orUndefinedOn404, portCall, type Loose } from './call.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './repo.js';

/** What the fleet status reads of past deployments and approval gates. */

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  creator?: string;
  payload: Loose;
}

export interface IssueRecord {
  number: number;
  htmlUrl: string;
  /** The account that opened it (for a gate issue: the gate's token). */
  author: string;
  state: string;
}

export interface DeploymentRecordPort {
  /** Deployments to `environment`, newest first (the first `limit`, at most 100). */
  listDeployments(environment: string, limit?: number): Promise<DeploymentRecord[]>;
  /** undefined when there is no such issue. */
  getIssue(number: number): Promise<IssueRecord | undefined>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const loginOf = (value: unknown) => str((value as Loose | null | undefined)?.login) || undefined;

export function toDeploymentRecord(data: Loose): DeploymentRecord {
  const payload = data.payload;
  return {
    id: Number(data.id),
    sha: str(data.sha),
    ref: str(data.ref),
    environment: str(data.environment),
    createdAt: str(data.created_at),
    ...(loginOf(data.creator) && { creator: loginOf(data.creator) }),
    payload:
      payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Loose) : {},
  };
}

export function deploymentRecordPort(client: GitHubClient, repo: RepoRef): DeploymentRecordPort {
  const call = portCall(client, repo);
  return {
    async listDeployments(environment, limit = 100) {
      const route = 'GET /repos/{owner}/{repo}/deployments';
      const params = { environment, per_page: Math.min(limit, 100) };
      const list = await call('list the deployments', `to ${environment}`, route, params);
      return (Array.isArray(list) ? (list as Loose[]) : []).map(toDeploymentRecord);
    },
    async getIssue(number) {
      const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}';
      const data = (await orUndefinedOn404(() =>
        call('read', `issue #${number}`, route, { issue_number: number }),
      )) as Loose | undefined;
      if (!data) return undefined;
      return {
        number: Number(data.number),
        htmlUrl: str(data.html_url),
        author: loginOf(data.user) ?? '',
        state: str(data.state),
      };
    },
  };
}
