import type { RequestContext, RouteModule, RouteResponse } from '../http.js';
import type { EmulatorState } from '../state.js';
import {
  asRecord,
  customInvalid,
  intParam,
  invalid,
  notFound,
  nowIso,
  ok,
  optionalString,
  requireString,
  route,
  sameLogin,
} from './areas-util.js';
import { branchTip, countCommits } from './areas-git.js';
import { createIssue, findIssue, setIssueState } from './issues-store.js';
import { fileJson, fullJson, pullJson, tips, type PullRecord } from './pulls-json.js';

/** Pull requests (create, list, get, update) and their changed files, backed by the bare repo. */

const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';
const read = { scope: 'pull_requests', level: 'read' } as const;
const write = { scope: 'pull_requests', level: 'write' } as const;

export const pullsRoutes: RouteModule = () => [
  route('POST', '/repos/{owner}/{repo}/pulls', 'pulls/create', write, createPull),
  { ...route('GET', '/repos/{owner}/{repo}/pulls', 'pulls/list', read, listPulls), paginate: true },
  route('GET', PULL, 'pulls/get', read, async (ctx) => ok(await fullJson(ctx, pullOf(ctx)))),
  route('PATCH', PULL, 'pulls/update', write, updatePull),
  { ...route('GET', `${PULL}/files`, 'pulls/list-files', read, listFiles), paginate: true },
];
export default pullsRoutes;

function pulls(state: EmulatorState): Map<number, PullRecord> {
  return state.area('pulls', () => new Map<number, PullRecord>());
}

function pullOf(ctx: RequestContext): PullRecord {
  const pull = pulls(ctx.state).get(intParam(ctx, 'pull_number'));
  if (!pull) throw notFound();
  return pull;
}

/** Accepts `branch` or `owner:branch`; forks are not emulated. */
function headBranch(ctx: RequestContext, head: string): string {
  const [owner, branch] = head.includes(':') ? head.split(':', 2) : [ctx.state.owner, head];
  if (!owner || !sameLogin(owner, ctx.state.owner) || !branch) {
    throw invalid('PullRequest', 'head', 'invalid', head);
  }
  return branch;
}

async function createPull(ctx: RequestContext): Promise<RouteResponse> {
  const title = requireString(ctx.body, 'title', 'PullRequest');
  const head = headBranch(ctx, requireString(ctx.body, 'head', 'PullRequest'));
  const base = requireString(ctx.body, 'base', 'PullRequest');
  const headSha = await branchTip(ctx.state, head);
  if (!headSha) throw invalid('PullRequest', 'head', 'invalid', head);
  const baseSha = await branchTip(ctx.state, base);
  if (!baseSha) throw invalid('PullRequest', 'base', 'invalid', base);
  if ((await countCommits(ctx.state, baseSha, headSha)) === 0) {
    throw customInvalid('PullRequest', `No commits between ${base} and ${head}`);
  }
  // No await from here to the insert, so concurrent creates cannot both pass this check.
  refuseDuplicate(ctx, head, base);
  const pull = insertPull(ctx, { title, head, base, headSha });
  return ok(await fullJson(ctx, pull), 201);
}

function insertPull(
  ctx: RequestContext,
  input: { title: string; head: string; base: string; headSha: string },
): PullRecord {
  const body = asRecord(ctx.body);
  const issue = createIssue(ctx.state, {
    title: input.title,
    body: optionalString(body, 'body', 'PullRequest') ?? null,
    user: ctx.actor.login,
    pullRequest: true,
  });
  const pull: PullRecord = {
    number: issue.number,
    id: issue.id,
    head: input.head,
    base: input.base,
    headSha: input.headSha,
    draft: body.draft === true,
    maintainerCanModify: body.maintainer_can_modify !== false,
  };
  pulls(ctx.state).set(pull.number, pull);
  return pull;
}

function refuseDuplicate(ctx: RequestContext, head: string, base: string, except?: number): void {
  const open = [...pulls(ctx.state).values()].find(
    (p) =>
      p.head === head &&
      p.base === base &&
      p.number !== except &&
      findIssue(ctx.state, p.number).state === 'open',
  );
  if (open) {
    throw customInvalid(
      'PullRequest',
      `A pull request already exists for ${ctx.state.owner}:${head}.`,
    );
  }
}

/** Filters as GitHub does; a `head` without `owner:` is ignored rather than matched. */
async function listPulls(ctx: RequestContext): Promise<RouteResponse> {
  const wanted = ctx.query.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(wanted)) {
    throw invalid('PullRequest', 'state', 'invalid', wanted);
  }
  const head = ctx.query.get('head');
  const base = ctx.query.get('base');
  const selected = [...pulls(ctx.state).values()].filter((pull) => {
    const issue = findIssue(ctx.state, pull.number);
    if (wanted !== 'all' && issue.state !== wanted) return false;
    if (base !== null && pull.base !== base) return false;
    return head === null || !head.includes(':') || head === `${ctx.state.owner}:${pull.head}`;
  });
  const ascending = ctx.query.get('direction') === 'asc';
  selected.sort((a, b) => (ascending ? a.number - b.number : b.number - a.number));
  return ok(await Promise.all(selected.map((pull) => pullJson(ctx, pull))));
}

interface PullUpdate {
  title?: string;
  body?: string | null;
  base?: string;
  state?: 'open' | 'closed';
}

async function readUpdate(ctx: RequestContext): Promise<PullUpdate> {
  const body = asRecord(ctx.body);
  const update: PullUpdate = {
    title: optionalString(body, 'title', 'PullRequest'),
    body: body.body === null ? null : optionalString(body, 'body', 'PullRequest'),
    base: optionalString(body, 'base', 'PullRequest'),
  };
  if (update.base !== undefined && !(await branchTip(ctx.state, update.base))) {
    throw invalid('PullRequest', 'base', 'invalid', update.base);
  }
  if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
    throw invalid('PullRequest', 'state', 'invalid', String(body.state));
  }
  return { ...update, state: body.state };
}

async function updatePull(ctx: RequestContext): Promise<RouteResponse> {
  const pull = pullOf(ctx);
  const issue = findIssue(ctx.state, pull.number);
  const update = await readUpdate(ctx);
  if (update.state === 'open' && issue.state === 'closed') {
    refuseDuplicate(ctx, pull.head, update.base ?? pull.base, pull.number);
  }
  if (update.title !== undefined) issue.title = update.title;
  if (update.body !== undefined) issue.body = update.body;
  if (update.base !== undefined) pull.base = update.base;
  const canModify = asRecord(ctx.body).maintainer_can_modify;
  if (typeof canModify === 'boolean') pull.maintainerCanModify = canModify;
  if (update.state)
    setIssueState(ctx.state, issue, { state: update.state, actor: ctx.actor.login });
  issue.updatedAt = nowIso(ctx.state);
  return ok(await fullJson(ctx, pull));
}

async function listFiles(ctx: RequestContext): Promise<RouteResponse> {
  const pull = pullOf(ctx);
  const { headSha, changes } = await tips(ctx.state, pull);
  return ok(changes.map((change) => fileJson(ctx, headSha, change)));
}
