import { toIssueComment, type IssueCommentInfo } from './approval-port.js';
import { portCall, type Loose } from './call.js';
import type { GitHubClient } from './client.js';
import { portError } from './errors.js';
import type { RepoRef } from './repo.js';

export type StickyOutcome = 'created' | 'updated' | 'unchanged';

export interface StickyComment {
  outcome: StickyOutcome;
  id: number;
  htmlUrl: string;
}

/** One comment per marker on an issue or pull request, found again and edited in place. */
export interface StickyCommentPort {
  upsert(issueNumber: number, marker: string, body: string): Promise<StickyComment>;
}

const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const COMMENT = '/repos/{owner}/{repo}/issues/comments/{comment_id}';

/**
 * The comment to edit: the oldest one that starts with the marker and was written by the token's
 * own account, so a marker pasted by someone else never redirects the update. When the login is
 * unknown (GET /user failed; an installation token, GITHUB_TOKEN's github-actions[bot] or an
 * App's <slug>[bot], always gets 403), any bot's marker comment is taken: only GitHub Apps the
 * repository installed write as a Bot, and a person's comment never is.
 */
export function findStickyComment(
  comments: IssueCommentInfo[],
  marker: string,
  author: string | undefined,
): IssueCommentInfo | undefined {
  const byAuthor = (comment: IssueCommentInfo) =>
    author === undefined ? comment.userType === 'Bot' : comment.login === author;
  return comments
    .filter((comment) => comment.body.startsWith(marker) && byAuthor(comment))
    .sort((a, b) => a.id - b.id)[0];
}

/**
 * The token's login, or undefined when GET /user fails for whatever reason (an installation
 * token's 403, a 404 or 5xx from a proxy or an outage): the comment never depends on it.
 */
async function tokenLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const user = (await client.request('GET /user')).data as Loose;
    return typeof user.login === 'string' ? user.login : undefined;
  } catch {
    return undefined;
  }
}

export function stickyCommentPort(client: GitHubClient, repo: RepoRef): StickyCommentPort {
  const call = portCall(client, repo);
  const listAll = async (issueNumber: number): Promise<IssueCommentInfo[]> => {
    const route = `GET ${COMMENTS}`;
    const params = { ...repo, issue_number: issueNumber, per_page: 100 };
    try {
      return ((await client.paginate(route, params)) as Loose[]).map(toIssueComment);
    } catch (error) {
      throw portError(
        'list the comments of',
        `#${issueNumber} in ${repo.owner}/${repo.repo}`,
        error,
      );
    }
  };
  const what = (issueNumber: number) => `the comment on #${issueNumber}`;
  const edit = async (issueNumber: number, existing: IssueCommentInfo, body: string) => {
    if (existing.body === body) return result('unchanged', existing);
    const params = { comment_id: existing.id, body };
    const data = await call('update', what(issueNumber), `PATCH ${COMMENT}`, params);
    return result('updated', toIssueComment(data as Loose));
  };
  /**
   * Without the token's login, the comment just posted names its account: an older marker
   * comment by that same account is the sticky one, so it takes the body and the new one goes.
   */
  const keepOlder = async (
    issueNumber: number,
    older: IssueCommentInfo,
    created: IssueCommentInfo,
    body: string,
  ) => {
    const kept = await edit(issueNumber, older, body);
    await call('delete', what(issueNumber), `DELETE ${COMMENT}`, { comment_id: created.id });
    return kept;
  };
  return {
    async upsert(issueNumber, marker, body) {
      if (!body.startsWith(marker))
        throw new Error('A sticky comment body must start with its marker.');
      const [comments, author] = await Promise.all([listAll(issueNumber), tokenLogin(client)]);
      const existing = findStickyComment(comments, marker, author);
      if (existing) return edit(issueNumber, existing, body);
      const params = { issue_number: issueNumber, body };
      const data = await call('post', what(issueNumber), `POST ${COMMENTS}`, params);
      const created = toIssueComment(data as Loose);
      const older = author === undefined && findStickyComment(comments, marker, created.login);
      return older ? keepOlder(issueNumber, older, created, body) : result('created', created);
    },
  };
}

function result(outcome: StickyOutcome, comment: IssueCommentInfo): StickyComment {
  return { outcome, id: comment.id, htmlUrl: comment.htmlUrl };
}
