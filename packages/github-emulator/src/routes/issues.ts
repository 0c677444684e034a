import type { RequestContext, RouteModule, RouteResponse } from '../http.js';
import type { EmulatorState } from '../state.js';
import {
  asRecord,
  intParam,
  invalid,
  nowIso,
  ok,
  optionalString,
  requireString,
  route,
  sameLogin,
} from './areas-util.js';
import {
  REACTIONS,
  addComment,
  commentJson,
  commentsOf,
  createIssue,
  deleteComment,
  editComment,
  findComment,
  findIssue,
  issueJson,
  reactionJson,
  setIssueState,
} from './issues-store.js';
import { listIssues } from './issues-list.js';

/**
 * Issues (list, create, get, update), issue comments (list with `since`, create, get, update,
 * delete) and comment reactions.
 */

const ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
const read = { scope: 'issues', level: 'read' } as const;
const write = { scope: 'issues', level: 'write' } as const;
// Comments on a pull request's conversation are issue comments; GitHub accepts either scope.
const commentRead = { ...read, orScope: 'pull_requests' } as const;
const commentWrite = { ...write, orScope: 'pull_requests' } as const;

export const issuesRoutes: RouteModule = () => [
  {
    ...route('GET', '/repos/{owner}/{repo}/issues', 'issues/list-for-repo', read, listIssues),
    paginate: true,
  },
  route('POST', '/repos/{owner}/{repo}/issues', 'issues/create', write, createHandler),
  route('GET', ISSUE, 'issues/get', read, (ctx) => ok(issueJson(ctx, issueOf(ctx)))),
  route('PATCH', ISSUE, 'issues/update', write, updateHandler),
  {
    ...route('GET', `${ISSUE}/comments`, 'issues/list-comments', commentRead, listComments),
    paginate: true,
  },
  route('POST', `${ISSUE}/comments`, 'issues/create-comment', commentWrite, createComment),
  route('GET', COMMENT, 'issues/get-comment', commentRead, (ctx) =>
    ok(commentJson(ctx, commentOf(ctx))),
  ),
  route('PATCH', COMMENT, 'issues/update-comment', commentWrite, updateComment),
  route('DELETE', COMMENT, 'issues/delete-comment', commentWrite, (ctx) => {
    deleteComment(ctx.state, commentOf(ctx));
    return { status: 204 };
  }),
  {
    ...route('GET', `${COMMENT}/reactions`, 'reactions/list-for-issue-comment', read, reactions),
    paginate: true,
  },
];
export default issuesRoutes;

function issueOf(ctx: RequestContext) {
  return findIssue(ctx.state, intParam(ctx, 'issue_number'));
}

function commentOf(ctx: RequestContext) {
  return findComment(ctx.state, intParam(ctx, 'comment_id'));
}

function createHandler(ctx: RequestContext): RouteResponse {
  const body = asRecord(ctx.body);
  const title = body.title;
  if (title === undefined || title === null || title === '') {
    throw invalid('Issue', 'title', 'missing_field');
  }
  const issue = createIssue(ctx.state, {
    title: String(title),
    body: optionalString(body, 'body', 'Issue') ?? null,
    user: ctx.actor.login,
    labels: labelNames(body.labels),
    assignees: assignees(ctx.state, body),
  });
  return ok(issueJson(ctx, issue), 201);
}

function updateHandler(ctx: RequestContext): RouteResponse {
  const issue = issueOf(ctx);
  const body = asRecord(ctx.body);
  if (typeof body.title === 'string' || typeof body.title === 'number') {
    issue.title = String(body.title);
  }
  if (body.body !== undefined) issue.body = body.body === null ? null : String(body.body);
  if (body.labels !== undefined) issue.labels = labelNames(body.labels);
  if (body.assignees !== undefined) issue.assignees = assignees(ctx.state, body);
  applyState(ctx, issue, body);
  issue.updatedAt = nowIso(ctx.state);
  return ok(issueJson(ctx, issue));
}

function applyState(
  ctx: RequestContext,
  issue: ReturnType<typeof issueOf>,
  body: Record<string, unknown>,
): void {
  const target = body.state ?? issue.state;
  if (target !== 'open' && target !== 'closed') {
    throw invalid('Issue', 'state', 'invalid', String(target));
  }
  const reason = body.state_reason;
  const reasons = ['completed', 'not_planned', 'duplicate', 'reopened', null, undefined];
  if (!reasons.includes(reason as string)) {
    throw invalid('Issue', 'state_reason', 'invalid', String(reason));
  }
  setIssueState(ctx.state, issue, {
    state: target,
    reason: reason as string | null | undefined,
    actor: ctx.actor.login,
  });
}

function labelNames(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid('Issue', 'labels', 'invalid');
  return value.map((label) =>
    typeof label === 'object' && label !== null
      ? String((label as { name?: unknown }).name)
      : String(label),
  );
}

/** Assignees must be accounts that can be assigned: the owner or a collaborator. */
function assignees(state: EmulatorState, body: Record<string, unknown>): string[] {
  const logins = body.assignees ?? (typeof body.assignee === 'string' ? [body.assignee] : []);
  if (!Array.isArray(logins)) throw invalid('Issue', 'assignees', 'invalid');
  return logins.map((login) => {
    const name = String(login);
    const account = state.accounts().find((a) => sameLogin(a.login, name));
    if (
      !account ||
      (!sameLogin(name, state.owner) && state.collaboratorPermission(name) === 'none')
    ) {
      throw invalid('Issue', 'assignees', 'invalid', name);
    }
    return account.login;
  });
}

/** Comments in creation order; `since` keeps those updated at or after the given time. */
function listComments(ctx: RequestContext): RouteResponse {
  const issue = issueOf(ctx);
  const since = ctx.query.get('since');
  let comments = commentsOf(ctx.state, issue.number);
  if (since !== null) {
    const floor = Date.parse(since);
    if (Number.isNaN(floor)) throw invalid('IssueComment', 'since', 'invalid', since);
    comments = comments.filter((c) => Date.parse(c.updatedAt) >= floor);
  }
  return ok(comments.map((c) => commentJson(ctx, c)));
}

function createComment(ctx: RequestContext): RouteResponse {
  const issue = issueOf(ctx);
  const body = requireString(ctx.body, 'body', 'IssueComment');
  if (body === '') throw invalid('IssueComment', 'body', 'missing_field');
  const comment = addComment(ctx.state, issue, { user: ctx.actor.login, body });
  return ok(commentJson(ctx, comment), 201);
}

function updateComment(ctx: RequestContext): RouteResponse {
  const comment = commentOf(ctx);
  const body = requireString(ctx.body, 'body', 'IssueComment');
  editComment(ctx.state, comment, body);
  return ok(commentJson(ctx, comment));
}

function reactions(ctx: RequestContext): RouteResponse {
  const comment = commentOf(ctx);
  const content = ctx.query.get('content');
  if (content !== null && !REACTIONS.includes(content)) {
    throw invalid('Reaction', 'content', 'invalid', content);
  }
  const list = comment.reactions.filter((r) => content === null || r.content === content);
  return ok(list.map((r) => reactionJson(ctx, r)));
}
