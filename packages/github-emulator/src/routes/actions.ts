import type { RequestContext, RouteModule, RouteResponse } from '../http.js';
import { nodeId } from '../state.js';
import {
  asRecord,
  intParam,
  invalid,
  ok,
  repoApi,
  repoHtml,
  requireString,
  route,
  userJsonFor,
} from './areas-util.js';
import { commitSummary } from './areas-git.js';
import { deploymentJson } from './deployments.js';
import { environmentSummary, environments, isReviewer, reviewersJson } from './environments.js';
import { findRun, pendingEnvironments, reviewRun, type RunRecord } from './actions-store.js';

/** A workflow run, its pending deployments (get and review) and its review history. */

const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}';
const actionsRead = { scope: 'actions', level: 'read' } as const;

export const actionsRoutes: RouteModule = () => [
  route('GET', RUN, 'actions/get-workflow-run', actionsRead, async (ctx) =>
    ok(await runJson(ctx, runOf(ctx))),
  ),
  route(
    'GET',
    `${RUN}/pending_deployments`,
    'actions/get-pending-deployments-for-run',
    actionsRead,
    pending,
  ),
  route(
    'POST',
    `${RUN}/pending_deployments`,
    'actions/review-pending-deployments-for-run',
    { scope: 'deployments', level: 'read' },
    review,
  ),
  route('GET', `${RUN}/approvals`, 'actions/get-reviews-for-run', actionsRead, approvals),
];
export default actionsRoutes;

function runOf(ctx: RequestContext): RunRecord {
  return findRun(ctx.state, intParam(ctx, 'run_id'));
}

function pending(ctx: RequestContext): RouteResponse {
  const run = runOf(ctx);
  return ok(
    pendingEnvironments(ctx.state, run).map((env) => ({
      environment: environmentSummary(ctx, env),
      wait_timer: env.waitTimer,
      wait_timer_started_at: env.waitTimer > 0 ? run.createdAt : null,
      current_user_can_approve: isReviewer(ctx.state, env, ctx.actor.login),
      reviewers: reviewersJson(ctx, env),
    })),
  );
}

function review(ctx: RequestContext): RouteResponse {
  const run = runOf(ctx);
  const body = asRecord(ctx.body);
  const ids = body.environment_ids;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'number')) {
    throw invalid('Deployment', 'environment_ids', 'missing_field');
  }
  const state = requireString(body, 'state', 'Deployment');
  if (state !== 'approved' && state !== 'rejected')
    throw invalid('Deployment', 'state', 'invalid', state);
  const comment = requireString(body, 'comment', 'Deployment');
  const byId = new Map([...environments(ctx.state).values()].map((env) => [env.id, env.name]));
  const names = ids.map((id: number) => byId.get(id) ?? `#${id}`);
  const created = reviewRun(ctx.state, run, {
    login: ctx.actor.login,
    environments: names,
    state,
    comment,
  });
  return ok(created.map((d) => deploymentJson(ctx, d)));
}

function approvals(ctx: RequestContext): RouteResponse {
  const run = runOf(ctx);
  return ok(
    run.reviews.map((r) => ({
      environments: r.environments.map((name) => {
        const env = environments(ctx.state).get(name);
        if (!env) return { name };
        return {
          ...environmentSummary(ctx, env),
          created_at: env.createdAt,
          updated_at: env.updatedAt,
        };
      }),
      state: r.state,
      comment: r.comment,
      user: userJsonFor(ctx, r.user),
    })),
  );
}

export async function runJson(
  ctx: RequestContext,
  run: RunRecord,
): Promise<Record<string, unknown>> {
  const url = `${repoApi(ctx)}/actions/runs/${run.id}`;
  const html = `${repoHtml(ctx)}/actions/runs/${run.id}`;
  const suite = run.id + 1_000_000;
  const repository = ctx.state.repositoryJson(ctx.apiUrl);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', run.id),
    check_suite_id: suite,
    check_suite_node_id: nodeId('CS', suite),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url,
    html_url: html,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: userJsonFor(ctx, run.actor),
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    run_started_at: run.createdAt,
    triggering_actor: userJsonFor(ctx, run.triggeringActor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoApi(ctx)}/check-suites/${suite}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoApi(ctx)}/actions/workflows/${run.workflowId}`,
    head_commit: await commitSummary(ctx.state, run.headSha),
    repository,
    head_repository: repository,
    head_repository_id: repository.id,
  };
}
