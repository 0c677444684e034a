import type { RequestContext, RouteModule, RouteResponse } from '../http.js';
import {
  asRecord,
  controlRoute,
  knownLogin,
  intParam,
  invalid,
  iso,
  ok,
  requireString,
} from './areas-util.js';
import {
  addComment,
  addReaction,
  commentJson,
  editComment,
  findComment,
  findIssue,
  reactionJson,
} from './issues-store.js';

/** Control API: act in issues as a given user (comment, edit, react) without their token. */

export const issuesControlRoutes: RouteModule = () => [
  controlRoute('POST', '/_emulator/issues/{issue_number}/comments', commentAs),
  controlRoute('PATCH', '/_emulator/comments/{comment_id}', editAsAuthor),
  controlRoute('POST', '/_emulator/comments/{comment_id}/reactions', reactAs),
];
export default issuesControlRoutes;

function commentAs(ctx: RequestContext): RouteResponse {
  const issue = findIssue(ctx.state, intParam(ctx, 'issue_number'));
  const body = asRecord(ctx.body);
  const login = knownLogin(ctx.state, requireString(body, 'login', 'IssueComment'));
  const text = requireString(body, 'body', 'IssueComment');
  const createdAt = optionalTime(body.created_at, 'created_at');
  const comment = addComment(ctx.state, issue, {
    user: login,
    body: text,
    ...(createdAt && { createdAt }),
  });
  return ok(commentJson(ctx, comment), 201);
}

/** An edit by the comment's author: the body changes and updated_at moves past created_at. */
function editAsAuthor(ctx: RequestContext): RouteResponse {
  const comment = findComment(ctx.state, intParam(ctx, 'comment_id'));
  editComment(ctx.state, comment, requireString(ctx.body, 'body', 'IssueComment'));
  return ok(commentJson(ctx, comment));
}

function reactAs(ctx: RequestContext): RouteResponse {
  const comment = findComment(ctx.state, intParam(ctx, 'comment_id'));
  const body = asRecord(ctx.body);
  const login = knownLogin(ctx.state, requireString(body, 'login', 'Reaction'));
  const content = requireString(body, 'content', 'Reaction');
  const { reaction, created } = addReaction(ctx.state, comment, { user: login, content });
  return ok(reactionJson(ctx, reaction), created ? 201 : 200);
}

/** Accepts any date string Date.parse understands and normalises it to GitHub's form. */
export function optionalTime(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw invalid('Emulator', field, 'invalid', String(value));
  return iso(new Date(time));
}
