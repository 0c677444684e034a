import { orUndefinedOn404, portCall, type Loose } from './call.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './repo.js';

/** A GitHub environment's protection as the API reports it, and the calls that set it. */

export interface EnvironmentSettings {
  name: string;
  /** Users by login, teams as org/slug. */
  reviewers: Array<{ type: 'User' | 'Team'; name: string }>;
  preventSelfReview: boolean;
  waitTimer: number;
  /** undefined: any branch may deploy; else the custom branch and tag policies. */
  branchPolicies?: Array<{ id: number; name: string; type: 'branch' | 'tag' }>;
  secrets: string[];
  variables: string[];
}

export interface EnvironmentSettingsWrite {
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: Array<{ type: 'User' | 'Team'; id: number }>;
  customBranchPolicies: boolean;
}

export interface EnvironmentSettingsPort {
  /** undefined when the environment does not exist. */
  read(name: string): Promise<EnvironmentSettings | undefined>;
  write(name: string, settings: EnvironmentSettingsWrite): Promise<void>;
  addBranchPolicy(name: string, policy: { name: string; type: 'branch' | 'tag' }): Promise<void>;
  removeBranchPolicy(name: string, id: number): Promise<void>;
  /** The id the API takes for a user (login) or a team (org/slug). */
  reviewerId(reviewer: { type: 'User' | 'Team'; name: string }): Promise<number>;
}

const ENV = '/repos/{owner}/{repo}/environments/{environment_name}';
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as Loose[]) : []);

function reviewersOf(data: Loose, owner: string): EnvironmentSettings['reviewers'] {
  const rule = list(data.protection_rules).find((r) => r.type === 'required_reviewers');
  return list(rule?.reviewers).map((entry) => {
    const reviewer = (entry.reviewer ?? {}) as Loose;
    if (entry.type !== 'Team') return { type: 'User', name: str(reviewer.login) };
    const org = /\/orgs\/([^/]+)\/teams\//.exec(str(reviewer.html_url))?.[1] ?? owner;
    return { type: 'Team', name: `${org}/${str(reviewer.slug)}` };
  });
}

export function environmentSettingsPort(
  client: GitHubClient,
  repo: RepoRef,
): EnvironmentSettingsPort {
  const call = portCall(client, repo);
  const names = async (name: string, kind: 'secrets' | 'variables') => {
    const data = (await call(`list the ${kind} of`, `environment ${name}`, `GET ${ENV}/${kind}`, {
      environment_name: name,
      per_page: 100,
    })) as Loose;
    return list(data[kind]).map((entry) => str(entry.name));
  };
  return {
    async read(name) {
      const params = { environment_name: name };
      const data = (await orUndefinedOn404(() =>
        call('read', `environment ${name}`, `GET ${ENV}`, params),
      )) as Loose | undefined;
      if (!data) return undefined;
      const rules = list(data.protection_rules);
      const reviewerRule = rules.find((r) => r.type === 'required_reviewers');
      const custom =
        (data.deployment_branch_policy as Loose | null)?.custom_branch_policies === true;
      const policies = custom
        ? list(
            (
              (await call(
                'list the branch policies of',
                `environment ${name}`,
                `GET ${ENV}/deployment-branch-policies`,
                { ...params, per_page: 100 },
              )) as Loose
            ).branch_policies,
          )
        : undefined;
      return {
        name,
        reviewers: reviewersOf(data, repo.owner),
        preventSelfReview: reviewerRule?.prevent_self_review === true,
        waitTimer: Number(rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0),
        ...(policies && {
          branchPolicies: policies.map((p) => ({
            id: Number(p.id),
            name: str(p.name),
            type: p.type === 'tag' ? 'tag' : 'branch',
          })),
        }),
        secrets: await names(name, 'secrets'),
        variables: await names(name, 'variables'),
      } satisfies EnvironmentSettings;
    },
    async write(name, settings) {
      await call('update', `environment ${name}`, `PUT ${ENV}`, {
        environment_name: name,
        wait_timer: settings.waitTimer,
        prevent_self_review: settings.preventSelfReview,
        reviewers: settings.reviewers,
        deployment_branch_policy: settings.customBranchPolicies
          ? { protected_branches: false, custom_branch_policies: true }
          : null,
      });
    },
    async addBranchPolicy(name, policy) {
      await call(
        'add a branch policy to',
        `environment ${name}`,
        `POST ${ENV}/deployment-branch-policies`,
        { environment_name: name, ...policy },
      );
    },
    async removeBranchPolicy(name, id) {
      await call(
        'remove a branch policy from',
        `environment ${name}`,
        `DELETE ${ENV}/deployment-branch-policies/{branch_policy_id}`,
        { environment_name: name, branch_policy_id: id },
      );
    },
    async reviewerId(reviewer) {
      if (reviewer.type === 'User') {
        const user = (await call('read', `user ${reviewer.name}`, 'GET /users/{username}', {
          username: reviewer.name,
        })) as Loose;
        return Number(user.id);
      }
      const [org = '', slug = ''] = reviewer.name.split('/');
      const team = (await call(
        'read',
        `team ${reviewer.name}`,
        'GET /orgs/{org}/teams/{team_slug}',
        { org, team_slug: slug },
      )) as Loose;
      return Number(team.id);
    },
  };
}
