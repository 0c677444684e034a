import { HttpError, type RequestContext, type RouteModule, type RouteResponse } from '../http.js';
import { nodeId, type EmulatorState } from '../state.js';
import {
  asRecord,
  intParam,
  invalid,
  notFound,
  nowIso,
  ok,
  optionalString,
  repoApi,
  requireString,
  route,
  userJsonFor,
} from './areas-util.js';
import { resolveCommit } from './areas-git.js';

/** Deployments and deployment statuses (the repository's deployment history). */

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
  transient: boolean;
  production: boolean;
  statuses: StatusRecord[];
}

interface StatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: string;
  createdAt: string;
}

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
const DEPLOYMENTS = '/repos/{owner}/{repo}/deployments';
const STATUSES = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const read = { scope: 'deployments', level: 'read' } as const;
const write = { scope: 'deployments', level: 'write' } as const;

export const deploymentRoutes: RouteModule = () => [
  route('POST', DEPLOYMENTS, 'repos/create-deployment', write, createHandler),
  { ...route('GET', DEPLOYMENTS, 'repos/list-deployments', read, listHandler), paginate: true },
  route('POST', STATUSES, 'repos/create-deployment-status', write, createStatus),
  {
    ...route('GET', STATUSES, 'repos/list-deployment-statuses', read, listStatuses),
    paginate: true,
  },
];
export default deploymentRoutes;

export function deployments(state: EmulatorState): Map<number, DeploymentRecord> {
  return state.area('deployments', () => new Map<number, DeploymentRecord>());
}

export type NewDeployment = Pick<DeploymentRecord, 'sha' | 'ref' | 'environment' | 'creator'> &
  Partial<Pick<DeploymentRecord, 'task' | 'payload' | 'description' | 'transient' | 'production'>>;

export function recordDeployment(state: EmulatorState, input: NewDeployment): DeploymentRecord {
  const now = nowIso(state);
  const deployment: DeploymentRecord = {
    id: state.nextId(),
    task: 'deploy',
    payload: {},
    description: null,
    transient: false,
    production: input.environment === 'production',
    ...input,
    originalEnvironment: input.environment,
    createdAt: now,
    updatedAt: now,
    statuses: [],
  };
  deployments(state).set(deployment.id, deployment);
  return deployment;
}

/** Commit status checks and auto-merge are not emulated: the deployment is created at the ref's commit. */
async function createHandler(ctx: RequestContext): Promise<RouteResponse> {
  const body = asRecord(ctx.body);
  const ref = requireString(body, 'ref', 'Deployment');
  const sha = await resolveCommit(ctx.state, ref);
  if (!sha) throw new HttpError(422, `No ref found for: ${ref}`);
  const deployment = recordDeployment(ctx.state, {
    sha,
    ref,
    environment: optionalString(body, 'environment', 'Deployment') ?? 'production',
    creator: ctx.actor.login,
    task: optionalString(body, 'task', 'Deployment') ?? 'deploy',
    payload: parsePayload(body.payload),
    description:
      body.description === null
        ? null
        : (optionalString(body, 'description', 'Deployment') ?? null),
    transient: body.transient_environment === true,
    ...(typeof body.production_environment === 'boolean' && {
      production: body.production_environment,
    }),
  });
  return ok(deploymentJson(ctx, deployment), 201);
}

/** GitHub accepts the payload as an object or a JSON string and answers with the object. */
function parsePayload(value: unknown): unknown {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw invalid('Deployment', 'payload', 'invalid', value);
  }
}

function listHandler(ctx: RequestContext): RouteResponse {
  const filters = ['sha', 'ref', 'task', 'environment'] as const;
  const selected = [...deployments(ctx.state).values()].filter((d) =>
    filters.every((name) => {
      const wanted = ctx.query.get(name);
      return wanted === null || wanted === 'null' || deploymentField(d, name) === wanted;
    }),
  );
  selected.sort((a, b) => b.id - a.id);
  return ok(selected.map((d) => deploymentJson(ctx, d)));
}

function deploymentField(
  d: DeploymentRecord,
  name: 'sha' | 'ref' | 'task' | 'environment',
): string {
  return d[name];
}

function deploymentOf(ctx: RequestContext): DeploymentRecord {
  const deployment = deployments(ctx.state).get(intParam(ctx, 'deployment_id'));
  if (!deployment) throw notFound();
  return deployment;
}

function createStatus(ctx: RequestContext): RouteResponse {
  const deployment = deploymentOf(ctx);
  const body = asRecord(ctx.body);
  const state = requireString(body, 'state', 'DeploymentStatus');
  if (!STATES.includes(state)) throw invalid('DeploymentStatus', 'state', 'invalid', state);
  const environment = optionalString(body, 'environment', 'DeploymentStatus');
  if (environment) deployment.environment = environment;
  const status = addStatus(ctx.state, deployment, {
    state,
    description: optionalString(body, 'description', 'DeploymentStatus') ?? '',
    environmentUrl: optionalString(body, 'environment_url', 'DeploymentStatus') ?? '',
    logUrl:
      optionalString(body, 'log_url', 'DeploymentStatus') ??
      optionalString(body, 'target_url', 'DeploymentStatus') ??
      '',
    creator: ctx.actor.login,
  });
  if (state === 'success' && body.auto_inactive !== false)
    deactivatePrevious(ctx.state, deployment);
  return ok(statusJson(ctx, deployment, status), 201);
}

export function addStatus(
  state: EmulatorState,
  deployment: DeploymentRecord,
  input: Omit<StatusRecord, 'id' | 'createdAt' | 'environment'>,
): StatusRecord {
  const status: StatusRecord = {
    id: state.nextId(),
    state: input.state,
    description: input.description,
    environmentUrl: input.environmentUrl,
    logUrl: input.logUrl,
    creator: input.creator,
    environment: deployment.environment,
    createdAt: nowIso(state),
  };
  deployment.statuses.push(status);
  deployment.updatedAt = status.createdAt;
  return status;
}

/** auto_inactive: earlier successful, non-transient, non-production deployments of the environment. */
function deactivatePrevious(state: EmulatorState, current: DeploymentRecord): void {
  for (const d of deployments(state).values()) {
    const last = d.statuses.at(-1);
    const eligible = d.id !== current.id && d.environment === current.environment;
    if (!eligible || d.transient || d.production || last?.state !== 'success') continue;
    addStatus(state, d, { ...last, state: 'inactive', description: '' });
  }
}

function listStatuses(ctx: RequestContext): RouteResponse {
  const deployment = deploymentOf(ctx);
  const statuses = [...deployment.statuses].sort((a, b) => b.id - a.id);
  return ok(statuses.map((s) => statusJson(ctx, deployment, s)));
}

export function deploymentJson(ctx: RequestContext, d: DeploymentRecord): Record<string, unknown> {
  const url = `${repoApi(ctx)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: userJsonFor(ctx, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(ctx),
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: null,
  };
}

function statusJson(
  ctx: RequestContext,
  d: DeploymentRecord,
  s: StatusRecord,
): Record<string, unknown> {
  const deploymentUrl = `${repoApi(ctx)}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: userJsonFor(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoApi(ctx),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: null,
  };
}
