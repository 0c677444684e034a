import { HttpError, requireFields, validationFailed } from '../errors.js';
import { nodeId, timestamp } from '../ids.js';
import { userJson } from '../json.js';
import { paginate } from '../pagination.js';
import type { EmulatorState } from '../state.js';
import type { RequestContext, Route, RouteModule, RouteResponse } from '../types.js';
import { api } from './git-json.js';

const READ = { scope: 'statuses', level: 'read' } as const;
const WRITE = { scope: 'statuses', level: 'write' } as const;
const STATES = ['error', 'failure', 'pending', 'success'];

export interface CommitStatus {
  id: number;
  state: string;
  target_url: string | null;
  description: string | null;
  context: string;
  created_at: string;
  updated_at: string;
  creator: string;
}

/** Statuses by commit sha, oldest first. */
export function statusStore(state: EmulatorState): Map<string, CommitStatus[]> {
  return state.area('statuses', () => new Map<string, CommitStatus[]>());
}

function simpleStatusJson(ctx: RequestContext, sha: string, status: CommitStatus) {
  const creator = ctx.state.findAccount(status.creator);
  return {
    url: `${api(ctx)}/statuses/${sha}`,
    avatar_url: creator ? `https://avatars.githubusercontent.com/u/${creator.id}?v=4` : null,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
  };
}

function statusJson(ctx: RequestContext, sha: string, status: CommitStatus) {
  const creator = ctx.state.findAccount(status.creator);
  return {
    ...simpleStatusJson(ctx, sha, status),
    creator: creator ? userJson(creator, ctx.apiUrl) : null,
  };
}

function optionalText(body: Record<string, unknown>, field: string): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw validationFailed('Status', field, 'invalid');
  return value;
}

async function createStatus(ctx: RequestContext): Promise<RouteResponse> {
  requireFields(ctx.body, 'Status', ['state']);
  const sha = await ctx.state.git.resolveCommit(ctx.params.sha as string);
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.sha}`);
  if (!STATES.includes(ctx.body.state)) {
    throw validationFailed(
      'Status',
      'state',
      'custom',
      `state must be one of ${STATES.join(', ')}`,
    );
  }
  const now = timestamp(ctx.state.now());
  const status: CommitStatus = {
    id: ctx.state.nextId(),
    state: ctx.body.state,
    target_url: optionalText(ctx.body, 'target_url'),
    description: optionalText(ctx.body, 'description'),
    context: optionalText(ctx.body, 'context') ?? 'default',
    created_at: now,
    updated_at: now,
    creator: ctx.actor.login,
  };
  const store = statusStore(ctx.state);
  store.set(sha, [...(store.get(sha) ?? []), status]);
  const url = `${api(ctx)}/statuses/${sha}`;
  return { status: 201, body: statusJson(ctx, sha, status), headers: { location: url } };
}

async function newestFirst(
  ctx: RequestContext,
): Promise<{ sha: string; statuses: CommitStatus[] }> {
  const sha = await ctx.state.git.resolveCommit(ctx.params.ref as string);
  if (!sha) throw new HttpError(404, `No commit found for SHA: ${ctx.params.ref}`);
  return { sha, statuses: [...(statusStore(ctx.state).get(sha) ?? [])].reverse() };
}

async function listStatuses(ctx: RequestContext): Promise<RouteResponse> {
  const { sha, statuses } = await newestFirst(ctx);
  return { status: 200, body: statuses.map((status) => statusJson(ctx, sha, status)) };
}

/** failure if any context failed or errored, pending if none reported or one is pending, else success. */
export function combinedState(latest: readonly CommitStatus[]): string {
  if (latest.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

async function combinedStatus(ctx: RequestContext): Promise<RouteResponse> {
  const { sha, statuses } = await newestFirst(ctx);
  const seen = new Set<string>();
  const latest = statuses.filter((s) => !seen.has(s.context) && seen.add(s.context));
  const page = paginate(latest, ctx.query, `${ctx.apiUrl}${ctx.path}`);
  const body = {
    state: combinedState(latest),
    statuses: page.items.map((status) => simpleStatusJson(ctx, sha, status)),
    sha,
    total_count: latest.length,
    repository: ctx.state.repositoryJson(ctx.apiUrl),
    commit_url: `${api(ctx)}/commits/${sha}`,
    url: `${api(ctx)}/commits/${sha}/status`,
  };
  return { status: 200, body, headers: page.link ? { link: page.link } : {} };
}

export const statusRoutes: RouteModule = () => {
  const base = '/repos/{owner}/{repo}';
  const routes: Route[] = [
    {
      method: 'POST',
      path: `${base}/statuses/{sha}`,
      operationId: 'repos/create-commit-status',
      permission: WRITE,
      handler: createStatus,
    },
    {
      method: 'GET',
      path: `${base}/commits/{ref}/statuses`,
      operationId: 'repos/list-commit-statuses-for-ref',
      permission: READ,
      paginate: true,
      handler: listStatuses,
    },
    {
      method: 'GET',
      path: `${base}/commits/{ref}/status`,
      operationId: 'repos/get-combined-status-for-ref',
      permission: READ,
      handler: combinedStatus,
    },
  ];
  return routes;
};
