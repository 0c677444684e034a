import { toIssueComment, type IssueCommentInfo } from './approval-port.js';
import { portCall, type Loose } from './call.js';
import type { GitHubClient } from './client.js';
import { portError, statusOf } from './errors.js';
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
 * own account, so a marker pasted by someone else never redirects the update. An installation
 * token cannot read its own login (GITHUB_TOKEN is github-actions[bot], an App is <slug>[bot]):
 * then any bot's marker comment is taken; a person's never is.
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

/** The token's login; undefined for an installation token, which cannot read /user. */
async function tokenLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const user = (await client.request('GET /user')).data as Loose;
    return typeof user.login === 'string' ? user.login : undefined;
  } catch (error) {
    if ([401, 403, 404].includes(statusOf(error) ?? 0)) return undefined;
    throw error;
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
  return {
    async upsert(issueNumber, marker, body) {
      if (!body.startsWith(marker))
        throw new Error('A sticky comment body must start with its marker.');
      const [comments, author] = await Promise.all([listAll(issueNumber), tokenLogin(client)]);
      const existing = findStickyComment(comments, marker, author);
      const what = `the comment on #${issueNumber}`;
      if (existing && existing.body === body) {
        return { outcome: 'unchanged', id: existing.id, htmlUrl: existing.htmlUrl };
      }
      if (existing) {
        const route = `PATCH ${COMMENT}`;
        const data = await call('update', what, route, { comment_id: existing.id, body });
        const updated = toIssueComment(data as Loose);
        return { outcome: 'updated', id: updated.id, htmlUrl: updated.htmlUrl };
      }
      const params = { issue_number: issueNumber, body };
      const created = toIssueComment(
        (await call('post', what, `POST ${COMMENTS}`, params)) as Loose,
      );
      return { outcome: 'created', id: created.id, htmlUrl: created.htmlUrl };
    },
  };
}
