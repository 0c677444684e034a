import type { ApprovalPort, GateIssue, IssueCommentInfo } from '@infra-fleet/github';
import { lower } from './approval.js';
import type { Log } from './gate.js';
import { STATUS_MARKER } from './message.js';

/**
 * The one status comment on the gate issue, so reviewers see at once whether their vote counts.
 * It is found again among the polled comments by its marker and the issue author's login (the
 * action's own account), and written only when its text changes. Failing to write it only warns:
 * the issue, not this comment, is the gate.
 */
export interface StatusComment {
  /** The polled comments without the action's own status comment, which is remembered. */
  observe(comments: readonly IssueCommentInfo[]): IssueCommentInfo[];
  /** Creates (only when `create`) or edits the comment when `body` differs from it. */
  show(body: string, create: boolean): Promise<void>;
}

type Port = Pick<ApprovalPort, 'createComment' | 'updateComment'>;

export function statusCommentOn(issue: GateIssue, port: Port, log: Log): StatusComment {
  let current: { id: number; body: string } | undefined;
  const isStatus = (comment: IssueCommentInfo) =>
    comment.body.startsWith(STATUS_MARKER) && lower(comment.login) === lower(issue.author);
  return {
    observe(comments) {
      const [oldest] = comments.filter(isStatus).sort((a, b) => a.id - b.id);
      if (oldest) current = { id: oldest.id, body: oldest.body };
      return comments.filter((comment) => !isStatus(comment));
    },
    async show(body, create) {
      if (current?.body === body || (!current && !create)) return;
      try {
        const written = current
          ? await port.updateComment(current.id, body)
          : await port.createComment(issue.number, body);
        current = { id: written.id, body };
      } catch (error) {
        log.warning(
          `Could not write the status comment on issue #${issue.number}: ${(error as Error).message}`,
        );
      }
    },
  };
}
