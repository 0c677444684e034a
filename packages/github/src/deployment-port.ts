import { portCall, type Loose } from './call.js';
import type { GitHubClient } from './client.js';
import { createOnce, NO_RETRY, unreadableAnswer } from './create-once.js';
import type { RepoRef } from './repo.js';

/**
 * A deployment that tells the truth: created when the change lands (in_progress), finished with
 * what Flux reported (success, failure, error, inactive), so GitHub's environment page shows
 * what runs where.
 */

export type DeploymentEnd = 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentStart {
  environment: string;
  sha: string;
  /** Unique per run: found again after a lost answer instead of created twice. */
  payload: Record<string, unknown>;
  description: string;
  logUrl?: string;
}

export interface DeploymentFinish {
  state: DeploymentEnd;
  description: string;
  logUrl?: string;
  environmentUrl?: string;
}

export interface DeploymentPort {
  start(input: DeploymentStart): Promise<number>;
  finish(id: number, input: DeploymentFinish): Promise<void>;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Loose).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

const positive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

export function deploymentPort(client: GitHubClient, repo: RepoRef): DeploymentPort {
  const call = portCall(client, repo);
  const route = '/repos/{owner}/{repo}/deployments';
  const status = (id: number, state: string, fields: Loose) =>
    call('set the status of', `deployment ${id}`, `POST ${route}/{deployment_id}/statuses`, {
      deployment_id: id,
      state,
      auto_inactive: state === 'success',
      ...fields,
    });
  const find = async ({ environment, sha, payload }: DeploymentStart) => {
    const params = { environment, sha, per_page: 100 };
    const list = (await call('list', 'deployments', `GET ${route}`, params)) as Loose[];
    const same = list.find((item) => canonical(item.payload) === canonical(payload));
    return same && positive(same.id) ? same.id : undefined;
  };
  return {
    async start(input) {
      const { environment, sha, payload, description, logUrl } = input;
      const send = async () => {
        const body = {
          ref: sha,
          environment,
          payload,
          description: description.slice(0, 140),
          auto_merge: false,
          required_contexts: [],
          ...NO_RETRY,
        };
        const created = (await call(
          'create',
          `a deployment to ${environment}`,
          `POST ${route}`,
          body,
        )) as Loose;
        if (!positive(created.id))
          throw unreadableAnswer(`creating a deployment to ${environment}`, created);
        return created.id;
      };
      const id = await createOnce(send, () => find(input));
      await status(id, 'in_progress', {
        description: description.slice(0, 140),
        ...(logUrl && { log_url: logUrl }),
      });
      return id;
    },
    async finish(id, { state, description, logUrl, environmentUrl }) {
      await status(id, state, {
        description: description.slice(0, 140),
        ...(logUrl && { log_url: logUrl }),
        ...(environmentUrl && { environment_url: environmentUrl }),
      });
    },
  };
}
