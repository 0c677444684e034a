import {
  HttpError,
  paginate,
  type RequestContext,
  type RouteModule,
  type RouteResponse,
} from '../http.js';
import { timestamp, type EmulatorState } from '../state.js';
import {
  asRecord,
  controlRoute,
  intParam,
  invalid,
  notFound,
  nowIso,
  ok,
  route,
  stableId,
} from './areas-util.js';
import {
  environmentJson,
  environments,
  findEnvironment,
  putEnvironment,
  type EnvironmentRecord,
  type Reviewer,
} from './environments.js';

/**
 * Environment settings as an administrator (or `infra-fleet environments apply`) writes them:
 * list, create or update, deployment branch policies, and the names of environment secrets and
 * variables (set through the control API; secret values are never stored).
 */

const ENV = '/repos/{owner}/{repo}/environments/{environment_name}';
const admin = { scope: 'administration', level: 'write' } as const;
const readEnvironments = { scope: 'environments', level: 'read' } as const;
const MAX_WAIT = 43_200;

interface NamedValue {
  name: string;
  value: string;
  createdAt: string;
  updatedAt: string;
}

type Kind = 'secrets' | 'variables';

function store(state: EmulatorState, kind: Kind): Map<string, Map<string, NamedValue>> {
  return state.area(`environment-${kind}`, () => new Map<string, Map<string, NamedValue>>());
}

export function setEnvironmentValue(
  state: EmulatorState,
  environment: string,
  kind: Kind,
  name: string,
  value: string,
) {
  findEnvironment(state, environment);
  const values = store(state, kind).get(environment) ?? new Map<string, NamedValue>();
  const now = nowIso(state);
  values.set(name, { name, value, createdAt: values.get(name)?.createdAt ?? now, updatedAt: now });
  store(state, kind).set(environment, values);
}

export const environmentSettingsRoutes: RouteModule = () => [
  route(
    'GET',
    '/repos/{owner}/{repo}/environments',
    'repos/get-all-environments',
    { scope: 'actions', level: 'read' },
    listEnvironments,
  ),
  route('PUT', ENV, 'repos/create-or-update-environment', admin, createOrUpdate),
  route(
    'POST',
    `${ENV}/deployment-branch-policies`,
    'repos/create-deployment-branch-policy',
    admin,
    createPolicy,
  ),
  route(
    'GET',
    `${ENV}/deployment-branch-policies/{branch_policy_id}`,
    'repos/get-deployment-branch-policy',
    { scope: 'actions', level: 'read' },
    getPolicy,
  ),
  route(
    'DELETE',
    `${ENV}/deployment-branch-policies/{branch_policy_id}`,
    'repos/delete-deployment-branch-policy',
    admin,
    deletePolicy,
  ),
  route('GET', `${ENV}/secrets`, 'actions/list-environment-secrets', readEnvironments, (ctx) =>
    listValues(ctx, 'secrets'),
  ),
  route('GET', `${ENV}/variables`, 'actions/list-environment-variables', readEnvironments, (ctx) =>
    listValues(ctx, 'variables'),
  ),
  route('GET', '/users/{username}', 'users/get-by-username', null, publicUser),
  controlRoute('PUT', '/_emulator/environments/{environment_name}/secrets/{name}', (ctx) =>
    setValue(ctx, 'secrets'),
  ),
  controlRoute('PUT', '/_emulator/environments/{environment_name}/variables/{name}', (ctx) =>
    setValue(ctx, 'variables'),
  ),
];
export default environmentSettingsRoutes;

/** A user's public profile (reviewers are given to the API by id). */
function publicUser(ctx: RequestContext): RouteResponse {
  const account = ctx.state.account(ctx.params.username ?? '');
  const created = timestamp(ctx.state.createdAt);
  return ok({
    ...ctx.state.userJson(account, ctx.apiUrl),
    name: account.name ?? null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
  });
}

function listEnvironments(ctx: RequestContext): RouteResponse {
  const all = [...environments(ctx.state).values()].sort((a, b) => a.name.localeCompare(b.name));
  const page = paginate(all, ctx.query, `${ctx.apiUrl}${ctx.path}`);
  const body = {
    total_count: all.length,
    environments: page.items.map((env) => environmentJson(ctx, env)),
  };
  return { status: 200, body, ...(page.link && { headers: { link: page.link } }) };
}

/** A reviewer by id: an account (User) or a team of the repository's owner (Team). */
function reviewerOf(state: EmulatorState, entry: unknown): Reviewer {
  const { type, id } = asRecord(entry);
  if (type === 'User') {
    const account = state.accounts().find((candidate) => candidate.id === id);
    if (account) return { type: 'User', login: account.login };
  }
  if (type === 'Team') {
    const team = state
      .teamList()
      .find((t) => stableId(`${state.owner}/${t.team.split('/')[1]}`) === id);
    if (team) return { type: 'Team', slug: team.team.split('/')[1] ?? '' };
  }
  throw invalid('Environment', 'reviewers', 'invalid', JSON.stringify(entry));
}

function branchPolicyOf(value: unknown, existing: EnvironmentRecord | undefined) {
  if (value === null || value === undefined) return null;
  const { protected_branches: protectedBranches, custom_branch_policies: custom } = asRecord(value);
  if (protectedBranches === custom || typeof custom !== 'boolean') {
    throw new HttpError(
      422,
      'Exactly one of protected_branches and custom_branch_policies must be true',
    );
  }
  if (!custom)
    throw new HttpError(
      422,
      'protected_branches policies are not emulated; use custom_branch_policies',
    );
  return (existing?.branchPolicies ?? []).map((p) => ({ name: p.name, type: p.type }));
}

function createOrUpdate(ctx: RequestContext): RouteResponse {
  const body = asRecord(ctx.body);
  const name = ctx.params.environment_name ?? '';
  const existing = environments(ctx.state).get(name);
  const wait = body.wait_timer ?? 0;
  if (!Number.isInteger(wait) || (wait as number) < 0 || (wait as number) > MAX_WAIT) {
    throw invalid('Environment', 'wait_timer', 'invalid', String(wait));
  }
  const reviewers = Array.isArray(body.reviewers)
    ? body.reviewers.map((r) => reviewerOf(ctx.state, r))
    : [];
  if (reviewers.length > 6) throw invalid('Environment', 'reviewers', 'invalid', 'more than 6');
  const policies = branchPolicyOf(body.deployment_branch_policy, existing);
  const record = putEnvironment(ctx.state, name, {
    reviewers,
    wait_timer: wait as number,
    prevent_self_review: body.prevent_self_review === true,
    branch_policies: policies,
  });
  const kept = existing?.branchPolicies;
  if (policies && kept) record.branchPolicies = kept;
  return ok(environmentJson(ctx, record));
}

function policyJson(policy: { id: number; name: string; type: string }) {
  return { id: policy.id, node_id: `DBP_${policy.id}`, name: policy.name, type: policy.type };
}

function createPolicy(ctx: RequestContext): RouteResponse {
  const env = findEnvironment(ctx.state, ctx.params.environment_name ?? '');
  if (!env.branchPolicies) throw notFound();
  const { name, type = 'branch' } = asRecord(ctx.body);
  if (typeof name !== 'string' || name === '')
    throw invalid('DeploymentBranchPolicy', 'name', 'missing_field');
  if (type !== 'branch' && type !== 'tag')
    throw invalid('DeploymentBranchPolicy', 'type', 'invalid', String(type));
  const same = env.branchPolicies.find((p) => p.name === name && p.type === type);
  if (same) return { status: 303, headers: { location: `${ctx.apiUrl}${ctx.path}/${same.id}` } };
  const policy = { id: ctx.state.nextId(), name, type: type as 'branch' | 'tag' };
  env.branchPolicies.push(policy);
  return ok(policyJson(policy));
}

function getPolicy(ctx: RequestContext): RouteResponse {
  const env = findEnvironment(ctx.state, ctx.params.environment_name ?? '');
  const id = intParam(ctx, 'branch_policy_id');
  const policy = (env.branchPolicies ?? []).find((p) => p.id === id);
  if (!policy) throw notFound();
  return ok(policyJson(policy));
}

function deletePolicy(ctx: RequestContext): RouteResponse {
  const env = findEnvironment(ctx.state, ctx.params.environment_name ?? '');
  const id = intParam(ctx, 'branch_policy_id');
  const index = (env.branchPolicies ?? []).findIndex((p) => p.id === id);
  if (index < 0) throw notFound();
  env.branchPolicies?.splice(index, 1);
  return { status: 204 };
}

function listValues(ctx: RequestContext, kind: Kind): RouteResponse {
  const env = findEnvironment(ctx.state, ctx.params.environment_name ?? '');
  const values = [...(store(ctx.state, kind).get(env.name)?.values() ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const page = paginate(values, ctx.query, `${ctx.apiUrl}${ctx.path}`);
  const items = page.items.map((v) => ({
    name: v.name,
    ...(kind === 'variables' && { value: v.value }),
    created_at: v.createdAt,
    updated_at: v.updatedAt,
  }));
  const body = { total_count: values.length, [kind]: items };
  return { status: 200, body, ...(page.link && { headers: { link: page.link } }) };
}

function setValue(ctx: RequestContext, kind: Kind): RouteResponse {
  const { value = '' } = asRecord(ctx.body);
  if (typeof value !== 'string')
    throw new HttpError(422, `Invalid value: ${JSON.stringify(value)}`);
  const name = ctx.params.name ?? '';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new HttpError(422, `Invalid ${kind} name ${JSON.stringify(name)}`);
  setEnvironmentValue(ctx.state, ctx.params.environment_name ?? '', kind, name, value);
  return { status: 204 };
}
