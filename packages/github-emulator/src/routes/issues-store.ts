import type { RequestContext } from '../http.js';
import { nodeId, type EmulatorState } from '../state.js';
import {
  authorAssociation,
  invalid,
  nextIssueNumber,
  notFound,
  nowIso,
  repoApi,
  repoHtml,
  userJsonFor,
} from './areas-util.js';

/** Issues, issue comments and their reactions: records and GitHub's JSON for them. */

export const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: string;
  labels: string[];
  assignees: string[];
  state: 'open' | 'closed';
  stateReason: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  pullRequest: boolean;
}

export interface ReactionRecord {
  id: number;
  user: string;
  content: string;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  reactions: ReactionRecord[];
}

interface IssuesArea {
  issues: Map<number, IssueRecord>;
  comments: Map<number, CommentRecord>;
  labelIds: Map<string, number>;
}

export function issuesArea(state: EmulatorState): IssuesArea {
  return state.area('issues', () => ({
    issues: new Map(),
    comments: new Map(),
    labelIds: new Map(),
  }));
}

export interface NewIssue {
  title: string;
  body?: string | null;
  user: string;
  labels?: string[];
  assignees?: string[];
  pullRequest?: boolean;
}

export function createIssue(state: EmulatorState, input: NewIssue): IssueRecord {
  const now = nowIso(state);
  const issue: IssueRecord = {
    number: nextIssueNumber(state),
    id: state.nextId(),
    title: input.title,
    body: input.body ?? null,
    user: input.user,
    labels: input.labels ?? [],
    assignees: input.assignees ?? [],
    state: 'open',
    stateReason: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    pullRequest: input.pullRequest ?? false,
  };
  issuesArea(state).issues.set(issue.number, issue);
  return issue;
}

export function findIssue(state: EmulatorState, issueNumber: number): IssueRecord {
  const issue = issuesArea(state).issues.get(issueNumber);
  if (!issue) throw notFound();
  return issue;
}

/** Opens or closes an issue, keeping closed_at, closed_by and state_reason consistent. */
export function setIssueState(
  state: EmulatorState,
  issue: IssueRecord,
  change: { state: 'open' | 'closed'; reason?: string | null; actor: string },
): void {
  if (change.state === issue.state) {
    if (change.reason !== undefined && issue.state === 'closed') issue.stateReason = change.reason;
    return;
  }
  issue.state = change.state;
  if (change.state === 'closed') {
    issue.closedAt = nowIso(state);
    issue.closedBy = change.actor;
    issue.stateReason = change.reason ?? 'completed';
  } else {
    issue.closedAt = null;
    issue.closedBy = null;
    issue.stateReason = 'reopened';
  }
}

export function addComment(
  state: EmulatorState,
  issue: IssueRecord,
  input: { user: string; body: string; createdAt?: string },
): CommentRecord {
  const at = input.createdAt ?? nowIso(state);
  const comment: CommentRecord = {
    id: state.nextId(),
    issueNumber: issue.number,
    body: input.body,
    user: input.user,
    createdAt: at,
    updatedAt: at,
    reactions: [],
  };
  issuesArea(state).comments.set(comment.id, comment);
  issue.updatedAt = laterOf(issue.updatedAt, at);
  return comment;
}

export function findComment(state: EmulatorState, commentId: number): CommentRecord {
  const comment = issuesArea(state).comments.get(commentId);
  if (!comment) throw notFound();
  return comment;
}

/** The comment goes, and its reactions with it. */
export function deleteComment(state: EmulatorState, comment: CommentRecord): void {
  issuesArea(state).comments.delete(comment.id);
}

/** An edit always moves updated_at past created_at, even when the clock has not advanced. */
export function editComment(state: EmulatorState, comment: CommentRecord, body: string): void {
  comment.body = body;
  const floor = new Date(Date.parse(comment.updatedAt) + 1000).toISOString();
  comment.updatedAt = laterOf(nowIso(state), floor.replace(/\.\d{3}Z$/, 'Z'));
}

export function addReaction(
  state: EmulatorState,
  comment: CommentRecord,
  input: { user: string; content: string },
): { reaction: ReactionRecord; created: boolean } {
  if (!REACTIONS.includes(input.content)) throw invalid('Reaction', 'content', 'invalid');
  const existing = comment.reactions.find(
    (r) => r.user === input.user && r.content === input.content,
  );
  if (existing) return { reaction: existing, created: false };
  const reaction = { id: state.nextId(), ...input, createdAt: nowIso(state) };
  comment.reactions.push(reaction);
  return { reaction, created: true };
}

/** Oldest first, as GitHub lists them (backdated control comments sort by their date). */
export function commentsOf(state: EmulatorState, issueNumber: number): CommentRecord[] {
  return [...issuesArea(state).comments.values()]
    .filter((c) => c.issueNumber === issueNumber)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}

function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

export function labelJson(ctx: RequestContext, name: string): Record<string, unknown> {
  const ids = issuesArea(ctx.state).labelIds;
  const id = ids.get(name) ?? ctx.state.nextId();
  ids.set(name, id);
  return {
    id,
    node_id: nodeId('LA', id),
    url: `${repoApi(ctx)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export function reactionRollup(url: string, reactions: ReactionRecord[]): Record<string, unknown> {
  const rollup: Record<string, unknown> = { url, total_count: reactions.length };
  for (const content of REACTIONS) {
    rollup[content] = reactions.filter((r) => r.content === content).length;
  }
  return rollup;
}

export function issueJson(ctx: RequestContext, issue: IssueRecord): Record<string, unknown> {
  const url = `${repoApi(ctx)}/issues/${issue.number}`;
  const kind = issue.pullRequest ? 'pull' : 'issues';
  const html = `${repoHtml(ctx)}/${kind}/${issue.number}`;
  const assignees = issue.assignees.map((login) => userJsonFor(ctx, login));
  return {
    id: issue.id,
    node_id: nodeId(issue.pullRequest ? 'PR' : 'I', issue.id),
    url,
    repository_url: repoApi(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJsonFor(ctx, issue.user),
    labels: issue.labels.map((name) => labelJson(ctx, name)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: commentsOf(ctx.state, issue.number).length,
    ...(issue.pullRequest && { pull_request: pullLinks(ctx, issue.number) }),
    closed_at: issue.closedAt,
    closed_by: issue.closedBy === null ? null : userJsonFor(ctx, issue.closedBy),
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    timeline_url: `${url}/timeline`,
    author_association: authorAssociation(ctx.state, issue.user),
    reactions: reactionRollup(`${url}/reactions`, []),
  };
}

function pullLinks(ctx: RequestContext, issueNumber: number): Record<string, unknown> {
  const html = `${repoHtml(ctx)}/pull/${issueNumber}`;
  return {
    url: `${repoApi(ctx)}/pulls/${issueNumber}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: null,
  };
}

export function commentJson(ctx: RequestContext, comment: CommentRecord): Record<string, unknown> {
  const url = `${repoApi(ctx)}/issues/comments/${comment.id}`;
  const issue = issuesArea(ctx.state).issues.get(comment.issueNumber);
  const kind = issue?.pullRequest ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url,
    html_url: `${repoHtml(ctx)}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJsonFor(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi(ctx)}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(ctx.state, comment.user),
    performed_via_github_app: null,
    reactions: reactionRollup(`${url}/reactions`, comment.reactions),
  };
}

export function reactionJson(
  ctx: RequestContext,
  reaction: ReactionRecord,
): Record<string, unknown> {
  return {
    id: reaction.id,
    node_id: nodeId('REA', reaction.id),
    user: userJsonFor(ctx, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  };
}
