import type { RequestContext } from '../http.js';
import { nodeId, type EmulatorState } from '../state.js';
import { authorAssociation, repoApi, repoHtml, userJsonFor } from './areas-util.js';
import { branchTip, countCommits, diffFiles, mergeBase, type FileChange } from './areas-git.js';
import { commentsOf, findIssue, labelJson } from './issues-store.js';

/** GitHub's pull request JSON (simple and full) and changed files, computed from the bare repo. */

export interface PullRecord {
  number: number;
  id: number;
  head: string;
  base: string;
  headSha: string;
  draft: boolean;
  maintainerCanModify: boolean;
}

interface Shas {
  headSha: string;
  baseSha: string;
}

interface Tips extends Shas {
  changes: FileChange[];
  commits: number;
}

/** Current tips of head and base; a deleted head branch keeps its last known commit. */
async function shas(state: EmulatorState, pull: PullRecord): Promise<Shas> {
  const headSha = (await branchTip(state, pull.head)) ?? pull.headSha;
  pull.headSha = headSha;
  return { headSha, baseSha: (await branchTip(state, pull.base)) ?? headSha };
}

/** The diff from the merge base to head, as GitHub shows a pull request's changes. */
export async function tips(state: EmulatorState, pull: PullRecord): Promise<Tips> {
  const { headSha, baseSha } = await shas(state, pull);
  const from = await mergeBase(state, baseSha, headSha);
  const [changes, commits] = await Promise.all([
    diffFiles(state, from, headSha),
    countCommits(state, from, headSha),
  ]);
  return { headSha, baseSha, changes, commits };
}

export function fileJson(
  ctx: RequestContext,
  headSha: string,
  change: FileChange,
): Record<string, unknown> {
  const path = change.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: change.sha,
    filename: change.filename,
    status: change.status,
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: `${repoHtml(ctx)}/blob/${headSha}/${path}`,
    raw_url: `${repoHtml(ctx)}/raw/${headSha}/${path}`,
    contents_url: `${repoApi(ctx)}/contents/${path}?ref=${headSha}`,
    ...(change.patch !== undefined && { patch: change.patch }),
    ...(change.previous_filename !== undefined && { previous_filename: change.previous_filename }),
  };
}

/** The `pull-request-simple` shape used by the list. */
export async function pullJson(
  ctx: RequestContext,
  pull: PullRecord,
  known?: Shas,
): Promise<Record<string, unknown>> {
  const issue = findIssue(ctx.state, pull.number);
  const t = known ?? (await shas(ctx.state, pull));
  const url = `${repoApi(ctx)}/pulls/${pull.number}`;
  const html = `${repoHtml(ctx)}/pull/${pull.number}`;
  const issueUrl = `${repoApi(ctx)}/issues/${pull.number}`;
  const statuses = `${repoApi(ctx)}/statuses/${t.headSha}`;
  return {
    url,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApi(ctx)}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userJsonFor(ctx, issue.user),
    body: issue.body,
    labels: issue.labels.map((name) => labelJson(ctx, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(ctx, pull.head, t.headSha),
    base: branchJson(ctx, pull.base, t.baseSha),
    _links: links({ url, html, issueUrl, statuses }),
    author_association: authorAssociation(ctx.state, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** The full `pull-request` shape (create, get, update). */
export async function fullJson(
  ctx: RequestContext,
  pull: PullRecord,
): Promise<Record<string, unknown>> {
  const t = await tips(ctx.state, pull);
  const issue = findIssue(ctx.state, pull.number);
  const additions = t.changes.reduce((sum, c) => sum + c.additions, 0);
  const deletions = t.changes.reduce((sum, c) => sum + c.deletions, 0);
  return {
    ...(await pullJson(ctx, pull, t)),
    merged: false,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: commentsOf(ctx.state, pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: t.commits,
    additions,
    deletions,
    changed_files: t.changes.length,
  };
}

function branchJson(ctx: RequestContext, ref: string, sha: string): Record<string, unknown> {
  return {
    label: `${ctx.state.owner}:${ref}`,
    ref,
    sha,
    user: userJsonFor(ctx, ctx.state.owner),
    repo: ctx.state.repositoryJson(ctx.apiUrl),
  };
}

function links(u: { url: string; html: string; issueUrl: string; statuses: string }) {
  const href = (value: string) => ({ href: value });
  return {
    self: href(u.url),
    html: href(u.html),
    issue: href(u.issueUrl),
    comments: href(`${u.issueUrl}/comments`),
    review_comments: href(`${u.url}/comments`),
    review_comment: href(`${u.url.replace(/\/\d+$/, '')}/comments{/number}`),
    commits: href(`${u.url}/commits`),
    statuses: href(u.statuses),
  };
}
