import type { GitHubClient } from './client.js';
import { portCall, type Loose } from './call.js';
import { createOnce, NO_RETRY, unreadableAnswer, type CreateOnceOptions } from './create-once.js';
import { ConditionalGetCache } from './etag-cache.js';
import { GitHubPortError, portError, statusOf } from './errors.js';
import type { RepoRef } from './repo.js';

/** What await-environment-approval needs from GitHub, and nothing more. */

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type DeploymentState =
  'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface EnvironmentReviewer {
  type: 'User' | 'Team';
  /** A user's login, or a team's `org/slug`. */
  name: string;
}

export interface EnvironmentInfo {
  name: string;
  htmlUrl?: string;
  requiredReviewers: EnvironmentReviewer[];
  preventSelfReview: boolean;
  waitTimerMinutes: number;
}

export interface RunApproval {
  login: string;
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
  environments: string[];
}

export interface RunInfo {
  id: number;
  htmlUrl: string;
  headSha: string;
  actor?: string;
  triggeringActor?: string;
}

export interface GateIssue {
  number: number;
  htmlUrl: string;
  createdAt: string;
  /** The account the token acts as: the issue's author. */
  author: string;
}

export interface MarkedIssue extends GateIssue {
  body: string;
}

export interface NewIssue {
  title: string;
  body: string;
  /** Starts the body; finds the issue again when the answer to its creation is lost. */
  marker: string;
}

export interface IssueCommentInfo {
  id: number;
  body: string;
  login: string;
  userType: string;
  createdAt: string;
  updatedAt: string;
  htmlUrl: string;
}

export interface NewDeployment {
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
}

export interface ApprovalPort {
  /** undefined when the environment does not exist (or environments are unavailable). */
  getEnvironment(name: string): Promise<EnvironmentInfo | undefined>;
  /** The run's environment reviews (`actions/get-reviews-for-run`). */
  getRunApprovals(runId: number): Promise<RunApproval[]>;
  getRun(runId: number): Promise<RunInfo>;
  /** Opens the issue once: after a lost answer, the issue it may have opened is found by marker. */
  createIssue(issue: NewIssue): Promise<GateIssue>;
  /** Open issues of the token's account whose body starts with `prefix`, oldest first. */
  openIssuesMarked(prefix: string): Promise<MarkedIssue[]>;
  /** Posts the outcome as a comment, then closes the issue; returns the comment. */
  closeIssue(
    number: number,
    comment: string,
    stateReason: 'completed' | 'not_planned',
  ): Promise<IssueCommentInfo>;
  /** The issue's comments updated at or after `since`, by conditional requests (304: changed false). */
  listCommentsSince(
    number: number,
    since: string,
  ): Promise<{ changed: boolean; comments: IssueCommentInfo[] }>;
  /** Posts once: after a lost answer, the same body by the token's account is found instead. */
  createComment(number: number, body: string): Promise<IssueCommentInfo>;
  updateComment(commentId: number, body: string): Promise<IssueCommentInfo>;
  /** The collaborator's role (role_name when it is a base role); 'none' for a non-collaborator. */
  collaboratorPermission(login: string): Promise<RepoPermission>;
  /** Read with the membership client: 404 means "not a member" only when teamVisible is true. */
  teamMembership(org: string, slug: string, login: string): Promise<'active' | 'pending' | 'none'>;
  /** Whether the membership client can see the team: GitHub answers 404 for unreadable teams. */
  teamVisible(org: string, slug: string): Promise<boolean>;
  /** Creates once: after a lost answer, a deployment of the token's account with the same payload is found. */
  createDeployment(deployment: NewDeployment): Promise<{ id: number }>;
  createDeploymentStatus(
    id: number,
    status: { state: DeploymentState; description: string; logUrl?: string },
  ): Promise<void>;
  /** The token's login; `github-actions[bot]` for an installation token, which cannot read /user. */
  tokenLogin(): Promise<string>;
}

const ROLES: readonly RepoPermission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
export const INSTALLATION_LOGIN = 'github-actions[bot]';
const ISSUES = '/repos/{owner}/{repo}/issues';
const DEPLOYMENTS = '/repos/{owner}/{repo}/deployments';

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function loginOf(value: unknown): string | undefined {
  const login = (value as Loose | null | undefined)?.login;
  return typeof login === 'string' && login !== '' ? login : undefined;
}

function array(value: unknown): Loose[] {
  return Array.isArray(value) ? (value as Loose[]) : [];
}

async function unlessStatus<T>(statuses: number[], fallback: T, read: () => Promise<T>) {
  try {
    return await read();
  } catch (error) {
    if (statuses.includes(statusOf(error) ?? 0)) return fallback;
    throw error;
  }
}

export function toIssueComment(data: Loose): IssueCommentInfo {
  const user = (data.user ?? {}) as Loose;
  return {
    id: Number(data.id),
    body: str(data.body),
    login: str(user.login),
    userType: str(user.type) || 'User',
    createdAt: str(data.created_at),
    updatedAt: str(data.updated_at),
    htmlUrl: str(data.html_url),
  };
}

/** A team reviewer belongs to the repository's organization (its html_url names it too). */
function toReviewer(entry: Loose, owner: string): EnvironmentReviewer {
  const reviewer = (entry.reviewer ?? {}) as Loose;
  if (entry.type !== 'Team') return { type: 'User', name: str(reviewer.login) };
  const org = /\/orgs\/([^/]+)\/teams\//.exec(str(reviewer.html_url))?.[1] ?? owner;
  return { type: 'Team', name: `${org}/${str(reviewer.slug)}` };
}

/** An environment's protection rules: required reviewers, self-review, wait timer. */
export function toEnvironment(data: Loose, owner: string): EnvironmentInfo {
  const rules = array(data.protection_rules);
  const reviewerRule = rules.find((rule) => rule.type === 'required_reviewers');
  const timer = rules.find((rule) => rule.type === 'wait_timer');
  return {
    name: str(data.name),
    htmlUrl: str(data.html_url) || undefined,
    requiredReviewers: array(reviewerRule?.reviewers).map((entry) => toReviewer(entry, owner)),
    preventSelfReview: reviewerRule?.prevent_self_review === true,
    waitTimerMinutes: Number(timer?.wait_timer ?? 0),
  };
}

export function toRunApproval(data: Loose): RunApproval {
  return {
    login: loginOf(data.user) ?? '',
    state: data.state === 'approved' || data.state === 'rejected' ? data.state : 'pending',
    comment: str(data.comment),
    environments: array(data.environments).map((environment) => str(environment.name)),
  };
}

/** role_name holds maintain/triage (permission folds them into write/read); custom roles fall back. */
export function toPermission(data: Loose): RepoPermission {
  const role = ROLES.find((level) => level === data.role_name);
  return role ?? ROLES.find((level) => level === data.permission) ?? 'none';
}

function teamReadError(org: string, slug: string, login: string, error: unknown): Error {
  if (statusOf(error) !== 403) return error as Error;
  return new GitHubPortError(
    `Could not read whether ${login} is a member of team ${org}/${slug}: HTTP 403.`,
    {
      status: 403,
      hint: 'team approvers need a token that can read the organization (a GitHub App with members: read, or a token with read:org); GITHUB_TOKEN cannot',
      cause: error,
    },
  );
}

const positive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** The answer to opening an issue; without a numeric number it is unreadable, never `#NaN`. */
export function toGateIssue(data: unknown, what = 'opening the approval issue'): GateIssue {
  const issue = (data ?? {}) as Loose;
  const createdAt = str(issue.created_at);
  if (!positive(issue.number) || !str(issue.html_url) || Number.isNaN(Date.parse(createdAt))) {
    throw unreadableAnswer(what, data);
  }
  return {
    number: issue.number,
    htmlUrl: str(issue.html_url),
    createdAt,
    author: loginOf(issue.user) ?? '',
  };
}

function checkedComment(data: unknown, what: string): IssueCommentInfo {
  if (!positive((data as Loose | null)?.id)) throw unreadableAnswer(what, data);
  return toIssueComment(data as Loose);
}

/** JSON text with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value as Loose).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

export interface ApprovalPortOptions {
  /** Reads team membership (e.g. a membership-token with members: read); default: `client`. */
  membershipClient?: GitHubClient;
  /** Resends of a create whose answer was lost. */
  resend?: CreateOnceOptions;
}

/**
 * What a create of this port may have made before its answer was lost, found again: only
 * things written by the token's account (a Bot, as installation tokens write, or its login).
 */
function recovery(client: GitHubClient, repo: RepoRef, tokenLogin: () => Promise<string>) {
  const call = portCall(client, repo);
  const own = async (user: unknown) =>
    (user as Loose | null)?.type === 'Bot' || loginOf(user) === (await tokenLogin());
  const ownWhere = async (items: Loose[], user: string, keep: (item: Loose) => boolean) => {
    const found: Loose[] = [];
    for (const item of items) if (keep(item) && (await own(item[user]))) found.push(item);
    return found;
  };
  return {
    /** Open issues of the token's account whose body starts with `prefix`, oldest first. */
    async openIssuesMarked(prefix: string): Promise<MarkedIssue[]> {
      const params = { state: 'open', sort: 'created', direction: 'desc', per_page: 100 };
      const recent = array(await call('list', 'recent issues', `GET ${ISSUES}`, params));
      const marked = (issue: Loose) => !issue.pull_request && str(issue.body).startsWith(prefix);
      const issues = (await ownWhere(recent, 'user', marked)).map((issue) => ({
        ...toGateIssue(issue, 'listing issues'),
        body: str(issue.body),
      }));
      return issues.sort((a, b) => a.number - b.number);
    },
    async commentWithBody(number: number, body: string) {
      const route = `GET ${ISSUES}/{issue_number}/comments`;
      const params = { ...repo, issue_number: number, per_page: 100 };
      const comments = array(
        await client.paginate(route, params).catch((error: unknown) => {
          throw portError('list the comments of', `issue #${number}`, error);
        }),
      );
      const same = await ownWhere(comments, 'user', (comment) => comment.body === body);
      return same.length > 0 ? checkedComment(same.at(-1), 'listing comments') : undefined;
    },
    async deploymentWithPayload(environment: string, payload: Record<string, unknown>) {
      const params = { environment, per_page: 100 };
      const list = array(await call('list', 'deployments', `GET ${DEPLOYMENTS}`, params));
      const same = (item: Loose) => canonical(item.payload) === canonical(payload);
      const [found] = await ownWhere(list, 'creator', same);
      return found && positive(found.id) ? { id: found.id } : undefined;
    },
  };
}

function teamPort(members: GitHubClient): Pick<ApprovalPort, 'teamMembership' | 'teamVisible'> {
  return {
    async teamMembership(org, slug, login) {
      const route = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
      try {
        const response = await members.request(route, { org, team_slug: slug, username: login });
        return (response.data as Loose).state === 'active' ? 'active' : 'pending';
      } catch (error) {
        if (statusOf(error) === 404) return 'none';
        throw teamReadError(org, slug, login, error);
      }
    },
    async teamVisible(org, slug) {
      try {
        await members.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
        return true;
      } catch (error) {
        if ([403, 404].includes(statusOf(error) ?? 0)) return false;
        throw portError('read team', `${org}/${slug}`, error);
      }
    },
  };
}

/** The ApprovalPort over a client made by createGitHubClient. */
export function approvalPort(
  client: GitHubClient,
  repo: RepoRef,
  options: ApprovalPortOptions = {},
): ApprovalPort {
  const call = portCall(client, repo);
  const cache = new ConditionalGetCache(client);
  const read = async (action: string, what: string, route: string, params: Loose = {}) =>
    (await call(action, what, route, params)) as Loose;
  let login: Promise<string> | undefined;
  const tokenLogin = () =>
    (login ??= unlessStatus([401, 403, 404], INSTALLATION_LOGIN, async () => {
      const user = (await client.request('GET /user')).data as Loose;
      return loginOf(user) ?? INSTALLATION_LOGIN;
    }));
  const find = recovery(client, repo, tokenLogin);
  const once = <T>(send: () => Promise<T>, found: () => Promise<T | undefined>) =>
    createOnce(send, found, options.resend);
  const createComment = (number: number, body: string) => {
    const what = `the comment on issue #${number}`;
    const route = `POST ${ISSUES}/{issue_number}/comments`;
    const send = async () =>
      checkedComment(
        await call('post', what, route, { issue_number: number, body, ...NO_RETRY }),
        what,
      );
    return once(send, () => find.commentWithBody(number, body));
  };
  return {
    getEnvironment: (name) =>
      unlessStatus([404], undefined, async () => {
        const route = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
        const data = await read('read environment', name, route, { environment_name: name });
        return toEnvironment(data, repo.owner);
      }),
    async getRunApprovals(runId) {
      const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals';
      const list = await call('read the reviews of', `run ${runId}`, route, { run_id: runId });
      return array(list).map(toRunApproval);
    },
    async getRun(runId) {
      const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}';
      const run = await read('read', `run ${runId}`, route, { run_id: runId });
      return {
        id: Number(run.id),
        htmlUrl: str(run.html_url),
        headSha: str(run.head_sha),
        actor: loginOf(run.actor),
        triggeringActor: loginOf(run.triggering_actor),
      };
    },
    createIssue({ title, body, marker }) {
      if (!body.startsWith(marker)) throw new Error('An issue body must start with its marker.');
      const what = 'the approval issue';
      const send = async () =>
        toGateIssue(await call('open', what, `POST ${ISSUES}`, { title, body, ...NO_RETRY }));
      return once(send, async () => {
        const [issue] = await find.openIssuesMarked(marker);
        if (!issue) return undefined;
        const { number, htmlUrl, createdAt, author } = issue;
        return { number, htmlUrl, createdAt, author };
      });
    },
    openIssuesMarked: find.openIssuesMarked,
    async closeIssue(number, comment, stateReason) {
      const posted = await createComment(number, comment);
      await call('close', `issue #${number}`, `PATCH ${ISSUES}/{issue_number}`, {
        issue_number: number,
        state: 'closed',
        state_reason: stateReason,
      });
      return posted;
    },
    async listCommentsSince(number, since) {
      const route = `GET ${ISSUES}/{issue_number}/comments`;
      const params = { ...repo, issue_number: number, since, per_page: 100 };
      try {
        const page = await cache.getAllPages<Loose>(route, params);
        return { changed: page.changed, comments: page.data.map(toIssueComment) };
      } catch (error) {
        throw portError('list the comments of', `issue #${number}`, error);
      }
    },
    createComment,
    async updateComment(commentId, body) {
      const what = `comment ${commentId}`;
      const route = `PATCH ${ISSUES}/comments/{comment_id}`;
      return checkedComment(
        await call('update', what, route, { comment_id: commentId, body }),
        what,
      );
    },
    collaboratorPermission: (login) =>
      unlessStatus([404], 'none' as RepoPermission, async () => {
        const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
        return toPermission(
          await read('read the permission of', login, route, { username: login }),
        );
      }),
    ...teamPort(options.membershipClient ?? client),
    createDeployment({ ref, environment, description, payload }) {
      const what = `to ${environment}`;
      const params = {
        ref,
        environment,
        description,
        payload,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        ...NO_RETRY,
      };
      const send = async () => {
        const deployment = await read('create a deployment', what, `POST ${DEPLOYMENTS}`, params);
        if (!positive(deployment.id))
          throw unreadableAnswer(`creating a deployment ${what}`, deployment);
        return { id: deployment.id };
      };
      return once(send, () => find.deploymentWithPayload(environment, payload));
    },
    async createDeploymentStatus(id, { state, description, logUrl }) {
      const route = `POST ${DEPLOYMENTS}/{deployment_id}/statuses`;
      await call('set the status of', `deployment ${id}`, route, {
        deployment_id: id,
        state,
        description: description.slice(0, 140),
        ...(logUrl ? { log_url: logUrl } : {}),
        auto_inactive: false,
      });
    },
    tokenLogin,
  };
}
