import { HttpError, type RequestContext, type RouteModule, type RouteResponse } from '../http.js';
import {
  asRecord,
  controlRoute,
  intParam,
  knownLogin,
  ok,
  optionalString,
  requireString,
} from './areas-util.js';
import { resolveCommit } from './areas-git.js';
import {
  createRun,
  findRun,
  reviewRun,
  targetEnvironment,
  updateRun,
  type NewRun,
} from './actions-store.js';
import { runJson } from './actions.js';
import { deploymentJson } from './deployments.js';
import { environments } from './environments.js';

/**
 * Control API: start workflow runs with actors, move them on as a runner does (status, the
 * environments their jobs reach), and review their pending deployments as a user.
 */

export const actionsControlRoutes: RouteModule = () => [
  controlRoute('POST', '/_emulator/runs', createHandler),
  controlRoute('PATCH', '/_emulator/runs/{run_id}', updateHandler),
  controlRoute('POST', '/_emulator/runs/{run_id}/environments', environmentHandler),
  controlRoute('POST', '/_emulator/runs/{run_id}/approvals', approveHandler),
];

const RUN_STATUSES = ['queued', 'in_progress', 'waiting', 'pending', 'requested', 'completed'];
const CONCLUSIONS = ['success', 'failure', 'cancelled', 'skipped', 'timed_out', 'neutral'];

async function updateHandler(ctx: RequestContext): Promise<RouteResponse> {
  const run = findRun(ctx.state, intParam(ctx, 'run_id'));
  const body = asRecord(ctx.body);
  const status = optionalString(body, 'status', 'WorkflowRun');
  if (status !== undefined && !RUN_STATUSES.includes(status)) {
    throw new HttpError(422, `status must be one of ${RUN_STATUSES.join(', ')}, got ${status}`);
  }
  const conclusion =
    body.conclusion === null ? null : optionalString(body, 'conclusion', 'WorkflowRun');
  if (typeof conclusion === 'string' && !CONCLUSIONS.includes(conclusion)) {
    throw new HttpError(
      422,
      `conclusion must be one of ${CONCLUSIONS.join(', ')}, got ${conclusion}`,
    );
  }
  updateRun(ctx.state, run, {
    ...(status !== undefined && { status }),
    ...(conclusion !== undefined && { conclusion }),
  });
  return ok(await runJson(ctx, run));
}

async function environmentHandler(ctx: RequestContext): Promise<RouteResponse> {
  const run = findRun(ctx.state, intParam(ctx, 'run_id'));
  const name = requireString(asRecord(ctx.body), 'environment', 'WorkflowRun');
  if (!environments(ctx.state).has(name)) {
    throw new HttpError(
      422,
      `Environment ${name} does not exist; create it first (PUT /_emulator/environments/${name})`,
    );
  }
  targetEnvironment(ctx.state, run, name);
  return ok(await runJson(ctx, run), 201);
}
export default actionsControlRoutes;

const OPTIONAL = {
  event: 'event',
  name: 'name',
  status: 'status',
  path: 'path',
  displayTitle: 'display_title',
} as const;

async function createHandler(ctx: RequestContext): Promise<RouteResponse> {
  const body = asRecord(ctx.body);
  const field = (name: string) => optionalString(body, name, 'WorkflowRun');
  const actor = knownLogin(ctx.state, requireString(body, 'actor', 'WorkflowRun'));
  const triggering = field('triggering_actor');
  const headBranch = body.head_branch === null ? null : (field('head_branch') ?? 'main');
  const input: NewRun = {
    actor,
    headSha: field('head_sha') ?? (await branchSha(ctx, headBranch ?? 'main')),
    headBranch,
    triggeringActor: triggering === undefined ? actor : knownLogin(ctx.state, triggering),
    environments: existingEnvironments(ctx, body.environments),
  };
  for (const [key, name] of Object.entries(OPTIONAL)) {
    const value = field(name);
    if (value !== undefined) input[key as keyof typeof OPTIONAL] = value;
  }
  if (body.conclusion !== undefined) input.conclusion = field('conclusion') ?? null;
  if (Number.isInteger(body.run_attempt)) input.runAttempt = body.run_attempt as number;
  return ok(await runJson(ctx, createRun(ctx.state, input)), 201);
}

async function branchSha(ctx: RequestContext, branch: string): Promise<string> {
  const sha = await resolveCommit(ctx.state, `refs/heads/${branch}`);
  if (!sha) throw new HttpError(422, `No head_sha given and branch ${branch} does not exist`);
  return sha;
}

function existingEnvironments(ctx: RequestContext, value: unknown): string[] {
  const names = stringList(value, 'environments');
  for (const name of names) {
    if (!environments(ctx.state).has(name)) {
      throw new HttpError(
        422,
        `Environment ${name} does not exist; create it first (PUT /_emulator/environments/${name})`,
      );
    }
  }
  return names;
}

function approveHandler(ctx: RequestContext): RouteResponse {
  const run = findRun(ctx.state, intParam(ctx, 'run_id'));
  const body = asRecord(ctx.body);
  const login = knownLogin(ctx.state, requireString(body, 'login', 'Review'));
  const state = requireString(body, 'state', 'Review');
  if (state !== 'approved' && state !== 'rejected') {
    throw new HttpError(422, `state must be approved or rejected, got ${JSON.stringify(state)}`);
  }
  const comment = optionalString(body, 'comment', 'Review') ?? '';
  const environments = stringList(body.environments, 'environments');
  const chosen = environments.length > 0 ? environments : run.environments;
  const created = reviewRun(ctx.state, run, { login, state, comment, environments: chosen });
  return ok(
    created.map((d) => deploymentJson(ctx, d)),
    201,
  );
}

function stringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new HttpError(
      422,
      `${field} must be an array of environment names, got ${JSON.stringify(value)}`,
    );
  }
  return value as string[];
}
