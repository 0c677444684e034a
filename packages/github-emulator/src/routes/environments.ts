import {
  HttpError,
  paginate,
  type RequestContext,
  type RouteModule,
  type RouteResponse,
} from '../http.js';
import { nodeId, type EmulatorState } from '../state.js';
import {
  knownLogin,
  notFound,
  nowIso,
  ok,
  repoApi,
  repoHtml,
  route,
  sameLogin,
  teamJson,
  userJsonFor,
} from './areas-util.js';

/** Deployment environments with protection rules (required reviewers, wait timer, branch policy). */

export type Reviewer = { type: 'User'; login: string } | { type: 'Team'; slug: string };

export interface BranchPolicy {
  id: number;
  name: string;
  type: 'branch' | 'tag';
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  reviewers: Reviewer[];
  preventSelfReview: boolean;
  waitTimer: number;
  /** null: any branch may deploy. */
  branchPolicies: BranchPolicy[] | null;
  ruleIds: { reviewers: number; waitTimer: number; branchPolicy: number };
}

export interface EnvironmentSpec {
  reviewers?: Array<{ type: 'User'; login: string } | { type: 'Team'; slug: string }>;
  wait_timer?: number;
  prevent_self_review?: boolean;
  branch_policies?: Array<{ name: string; type?: 'branch' | 'tag' }> | null;
}

export function environments(state: EmulatorState): Map<string, EnvironmentRecord> {
  return state.area('environments', () => new Map<string, EnvironmentRecord>());
}

export function findEnvironment(state: EmulatorState, name: string): EnvironmentRecord {
  const env = environments(state).get(name);
  if (!env) throw notFound();
  return env;
}

/** Creates or replaces an environment's protection rules (the control API's PUT). */
export function putEnvironment(
  state: EmulatorState,
  name: string,
  spec: EnvironmentSpec,
): EnvironmentRecord {
  for (const reviewer of spec.reviewers ?? []) checkReviewer(state, reviewer);
  const existing = environments(state).get(name);
  const now = nowIso(state);
  const env: EnvironmentRecord = {
    id: existing?.id ?? state.nextId(),
    name,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    reviewers: spec.reviewers ?? [],
    preventSelfReview: spec.prevent_self_review ?? false,
    waitTimer: spec.wait_timer ?? 0,
    branchPolicies: spec.branch_policies ? branchPolicies(state, spec.branch_policies) : null,
    ruleIds: existing?.ruleIds ?? {
      reviewers: state.nextId(),
      waitTimer: state.nextId(),
      branchPolicy: state.nextId(),
    },
  };
  environments(state).set(name, env);
  return env;
}

function checkReviewer(state: EmulatorState, reviewer: Reviewer): void {
  if (reviewer.type === 'User') knownLogin(state, reviewer.login);
  else if (reviewer.type !== 'Team' || !reviewer.slug) {
    const shown = JSON.stringify(reviewer);
    throw new HttpError(422, `Reviewer ${shown} needs type User with login or type Team with slug`);
  }
}

function branchPolicies(
  state: EmulatorState,
  specs: NonNullable<EnvironmentSpec['branch_policies']>,
): BranchPolicy[] {
  return specs.map((p) => ({ id: state.nextId(), name: p.name, type: p.type ?? 'branch' }));
}

/** Whether a login may approve: a listed user, or an active member of a listed team. */
export function isReviewer(state: EmulatorState, env: EnvironmentRecord, login: string): boolean {
  return env.reviewers.some((r) =>
    r.type === 'User'
      ? sameLogin(r.login, login)
      : [...state.teamMembers(state.owner, r.slug)].some((member) => sameLogin(member, login)),
  );
}

export const environmentRoutes: RouteModule = () => [
  route(
    'GET',
    '/repos/{owner}/{repo}/environments/{environment_name}',
    'repos/get-environment',
    { scope: 'actions', level: 'read' },
    (ctx) => ok(environmentJson(ctx, envOf(ctx))),
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    'repos/list-deployment-branch-policies',
    { scope: 'actions', level: 'read' },
    listBranchPolicies,
  ),
];
export default environmentRoutes;

function envOf(ctx: RequestContext): EnvironmentRecord {
  return findEnvironment(ctx.state, ctx.params.environment_name ?? '');
}

export function environmentSummary(ctx: RequestContext, env: EnvironmentRecord) {
  return {
    id: env.id,
    node_id: nodeId('EN', env.id),
    name: env.name,
    url: `${repoApi(ctx)}/environments/${encodeURIComponent(env.name)}`,
    html_url: `${repoHtml(ctx)}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
  };
}

export function reviewersJson(ctx: RequestContext, env: EnvironmentRecord) {
  return env.reviewers.map((r) =>
    r.type === 'User'
      ? { type: 'User', reviewer: userJsonFor(ctx, r.login) }
      : { type: 'Team', reviewer: teamJson(ctx, { org: ctx.state.owner, slug: r.slug }) },
  );
}

export function environmentJson(
  ctx: RequestContext,
  env: EnvironmentRecord,
): Record<string, unknown> {
  const rules: Array<Record<string, unknown>> = [];
  const rule = (id: number, type: string) => ({ id, node_id: nodeId('GA', id), type });
  if (env.waitTimer > 0)
    rules.push({ ...rule(env.ruleIds.waitTimer, 'wait_timer'), wait_timer: env.waitTimer });
  if (env.reviewers.length > 0) {
    rules.push({
      ...rule(env.ruleIds.reviewers, 'required_reviewers'),
      prevent_self_review: env.preventSelfReview,
      reviewers: reviewersJson(ctx, env),
    });
  }
  if (env.branchPolicies) rules.push(rule(env.ruleIds.branchPolicy, 'branch_policy'));
  return {
    ...environmentSummary(ctx, env),
    created_at: env.createdAt,
    updated_at: env.updatedAt,
    can_admins_bypass: true,
    protection_rules: rules,
    deployment_branch_policy: env.branchPolicies
      ? { protected_branches: false, custom_branch_policies: true }
      : null,
  };
}

function listBranchPolicies(ctx: RequestContext): RouteResponse {
  const policies = (envOf(ctx).branchPolicies ?? []).map((p) => ({
    id: p.id,
    node_id: nodeId('DBP', p.id),
    name: p.name,
    type: p.type,
  }));
  const page = paginate(policies, ctx.query, `${ctx.apiUrl}${ctx.path}`);
  const body = { total_count: policies.length, branch_policies: page.items };
  return { status: 200, body, ...(page.link && { headers: { link: page.link } }) };
}
