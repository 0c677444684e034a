import {
  ACTIONS_BOT_LOGIN,
  EmulatorControl,
  createRun,
  targetEnvironment,
  updateRun,
  type PermissionScope,
} from '@infra-fleet/github-emulator';
import type { BranchPolicy } from './deployment-policy.js';

/**
 * What the runner asks of GitHub, played by the emulator: runs, GITHUB_TOKENs with exactly a
 * job's scopes, environments and their protection rules, reviews. The runner holds the admin
 * token (it is GitHub's side); jobs only ever see the tokens it mints.
 */

export interface EmulatorAccess {
  url: string;
  adminToken: string;
  /** The bare repository behind the API (for the checkout stand-in). */
  gitDir: string;
  owner: string;
  repo: string;
}

export interface EnvironmentRules {
  name: string;
  reviewers: string[];
  waitTimer: number;
  branchPolicies: BranchPolicy[] | null;
}

export type ReviewState = 'pending' | 'approved' | 'rejected';

export class GitHubPort {
  readonly control: EmulatorControl;
  private ownToken: Promise<string> | undefined;

  constructor(readonly access: EmulatorAccess) {
    this.control = new EmulatorControl(access.url, access.adminToken);
  }

  get repository(): string {
    return `${this.access.owner}/${this.access.repo}`;
  }

  async startRun(spec: Parameters<typeof createRun>[1]): Promise<number> {
    return (await createRun(this.control, spec)).id;
  }

  async finishRun(id: number, conclusion: string): Promise<void> {
    await updateRun(this.control, id, { status: 'completed', conclusion });
  }

  mintToken(
    login: string,
    scopes: Partial<Record<PermissionScope, 'read' | 'write'>>,
  ): Promise<string> {
    return this.control.createToken(login, scopes);
  }

  async addBot(login: string): Promise<void> {
    await this.control.addAccount({ login, type: 'Bot' });
  }

  /** The environment's rules; a job naming an environment that does not exist creates it, as on GitHub. */
  async environment(name: string): Promise<EnvironmentRules> {
    let found = await this.api(`/environments/${encodeURIComponent(name)}`);
    if (found.status === 404) {
      await this.control.request('PUT', `/environments/${encodeURIComponent(name)}`, {});
      found = await this.api(`/environments/${encodeURIComponent(name)}`);
    }
    const body = (await found.json()) as EnvironmentJson;
    const reviewers = body.protection_rules
      .filter((rule) => rule.type === 'required_reviewers')
      .flatMap((rule) => rule.reviewers ?? [])
      .map((r) => (r.type === 'Team' ? `team ${r.reviewer.slug}` : (r.reviewer.login ?? '')));
    const timer = body.protection_rules.find((rule) => rule.type === 'wait_timer');
    return {
      name,
      reviewers,
      waitTimer: timer?.wait_timer ?? 0,
      branchPolicies: body.deployment_branch_policy ? await this.branchPolicies(name) : null,
    };
  }

  /** The job reached the environment: true when the run now waits for its reviewers. */
  async target(runId: number, environment: string): Promise<boolean> {
    await targetEnvironment(this.control, runId, environment);
    return (await this.review(runId, environment)) === 'pending';
  }

  async review(runId: number, environment: string): Promise<ReviewState> {
    const pending = (await (
      await this.api(`/actions/runs/${runId}/pending_deployments`)
    ).json()) as Array<{ environment: { name: string } }>;
    if (pending.some((p) => p.environment.name === environment)) return 'pending';
    const reviews = (await (await this.api(`/actions/runs/${runId}/approvals`)).json()) as Array<{
      state: ReviewState;
      environments: Array<{ name: string }>;
    }>;
    const review = reviews.find((r) => r.environments.some((e) => e.name === environment));
    return review?.state ?? 'approved';
  }

  private async branchPolicies(name: string): Promise<BranchPolicy[]> {
    const response = await this.api(
      `/environments/${encodeURIComponent(name)}/deployment-branch-policies?per_page=100`,
    );
    const body = (await response.json()) as { branch_policies: BranchPolicy[] };
    return body.branch_policies.map((p) => ({ name: p.name, type: p.type }));
  }

  /** GET on the repository with the runner's own read token (actions: read). */
  private async api(path: string): Promise<Response> {
    this.ownToken ??= this.mintToken(ACTIONS_BOT_LOGIN, { actions: 'read' });
    const url = `${this.access.url}/repos/${this.repository}${path}`;
    const response = await fetch(url, {
      headers: { authorization: `token ${await this.ownToken}` },
    });
    if (!response.ok && response.status !== 404) {
      throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    }
    return response;
  }
}

interface EnvironmentJson {
  protection_rules: Array<{
    type: string;
    wait_timer?: number;
    reviewers?: Array<{ type: string; reviewer: { login?: string; slug?: string } }>;
  }>;
  deployment_branch_policy: unknown;
}
