import type { Decision, Vote } from './approval.js';
import type { Mode } from './inputs.js';

export type Outcome = 'approved' | 'rejected' | 'timed-out' | 'cancelled';

/** What the gate decided, from either mode; the one object outputs and summary are made from. */
export interface GateResult {
  outcome: Outcome;
  /** The mode that decided (the requested one when the ref was refused). */
  mode: Mode;
  decision: Decision;
  decidedAt: string;
  /** The outcome's one-line explanation. */
  reason: string;
  issue?: { number: number; htmlUrl: string };
  deploymentId?: number;
}

export interface ApproverRecord {
  login: string;
  at: string;
  comment_url?: string;
  comment?: string;
}

export function approverRecord(vote: Vote): ApproverRecord {
  return {
    login: vote.login,
    at: vote.at,
    ...(vote.commentUrl ? { comment_url: vote.commentUrl } : {}),
    ...(vote.note ? { comment: vote.note } : {}),
  };
}

/** The action's outputs; a cancelled gate writes none (the runner is stopping the job). */
export function outputsOf(result: GateResult) {
  return {
    decision: result.outcome,
    approvers: result.decision.approvers.map(approverRecord),
    'issue-number': result.issue?.number ?? '',
    'issue-url': result.issue?.htmlUrl ?? '',
    'decided-at': result.decidedAt,
    'deployment-id': result.deploymentId ?? '',
  };
}

export function failureText(result: GateResult): string {
  const where = result.issue ? ` (issue #${result.issue.number}: ${result.issue.htmlUrl})` : '';
  return `Deployment not approved: ${result.outcome}. ${result.reason}${where}`;
}

/** The decision's one-line explanation. */
export function reasonOf(outcome: Outcome, decision: Decision, minimum: number): string {
  const names = (votes: Vote[]) => votes.map((vote) => vote.login).join(', ');
  switch (outcome) {
    case 'approved':
      return `Approved by ${names(decision.approvers)}.`;
    case 'rejected':
      return decision.denials.length > 0
        ? `Rejected by ${names(decision.denials)}.`
        : `${decision.approvers.length} of ${minimum} required approval(s) counted.`;
    case 'timed-out':
      return `No decision in time: ${decision.approvers.length} of ${minimum} required approval(s) counted.`;
    case 'cancelled':
      return 'The job was cancelled before a decision.';
  }
}
