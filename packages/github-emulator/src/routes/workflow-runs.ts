import { paginate, type RequestContext, type RouteModule, type RouteResponse } from '../http.js';
import { route, sameLogin } from './areas-util.js';
import { runs, type RunRecord } from './actions-store.js';
import { runJson } from './actions.js';

/** The runs of one workflow, newest first, filtered as GitHub filters them. */

const STATUSES = new Set(['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending']);

export const workflowRunsRoutes: RouteModule = () => [
  route(
    'GET',
    '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    'actions/list-workflow-runs',
    { scope: 'actions', level: 'read' },
    list,
  ),
];
export default workflowRunsRoutes;

/** workflow_id is the file name (release.yml) or the numeric id. */
function ofWorkflow(run: RunRecord, id: string): boolean {
  if (/^\d+$/.test(id)) return run.workflowId === Number(id);
  return run.path.split('/').pop() === id;
}

function matches(run: RunRecord, query: URLSearchParams): boolean {
  const want = (name: string) => query.get(name) ?? undefined;
  const status = want('status');
  if (status !== undefined) {
    const actual = STATUSES.has(status) ? run.status : run.conclusion;
    if (actual !== status) return false;
  }
  if (want('branch') !== undefined && run.headBranch !== want('branch')) return false;
  if (want('event') !== undefined && run.event !== want('event')) return false;
  if (want('head_sha') !== undefined && run.headSha !== want('head_sha')) return false;
  const actor = want('actor');
  return actor === undefined || sameLogin(run.actor, actor);
}

async function list(ctx: RequestContext): Promise<RouteResponse> {
  const id = ctx.params.workflow_id ?? '';
  const selected = [...runs(ctx.state).values()]
    .filter((run) => ofWorkflow(run, id) && matches(run, ctx.query))
    .sort((a, b) => b.id - a.id);
  const page = paginate(selected, ctx.query, `${ctx.apiUrl}${ctx.path}`);
  const body = {
    total_count: selected.length,
    workflow_runs: await Promise.all(page.items.map((run) => runJson(ctx, run))),
  };
  return { status: 200, body, ...(page.link && { headers: { link: page.link } }) };
}
