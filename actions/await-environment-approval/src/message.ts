import { codeSpan, escapeMarkdown, markdownTable } from '@infra-fleet/action-kit';
import { teamName, type Ignored, type Vote } from './approval.js';
import type { RunContext } from './context.js';
import type { Settings } from './inputs.js';
import type { GateResult } from './outcome.js';

/** Text of the gate issue, its closing comment and the job summary (pure). */

export const MARKER = '<!-- await-environment-approval -->';
const MAX_COMMENT = 60_000;

export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

function commitLink(context: RunContext): string {
  if (!context.sha) return '_unknown_';
  const url = `${context.serverUrl}/${context.owner}/${context.repo}/commit/${context.sha}`;
  return `[${codeSpan(context.sha.slice(0, 12))}](${url})`;
}

export function issueTitle(settings: Settings): string {
  const { ref, sha } = settings.context;
  const sha7 = sha ? ` (${sha.slice(0, 7)})` : '';
  return `Approve deployment to ${settings.environment}: ${shortRef(ref)}${sha7}`;
}

function facts(settings: Settings): string {
  const { context } = settings;
  const rows = [
    ['Environment', codeSpan(settings.environment)],
    ['Ref', codeSpan(context.ref)],
    ['Commit', commitLink(context)],
    [
      'Workflow',
      `${codeSpan(context.workflow)} job ${codeSpan(context.job)} (${context.eventName})`,
    ],
    ['Run', context.runUrl ?? '_unknown_'],
    ['Requested by', codeSpan(context.triggeringActor || context.actor)],
  ];
  return markdownTable(['', ''], rows);
}

function whoMayApprove(settings: Settings): string {
  const { users, teams } = settings.approvers;
  const named = [
    ...users.map((user) => `@${user}`),
    ...teams.map((team) => `@${team.org}/${team.slug}`),
  ];
  const who = named.length > 0 ? named.join(', ') : 'anyone with write access to the repository';
  const count = settings.minimumApprovals;
  return `Needs **${count}** approval${count === 1 ? '' : 's'} from distinct people: ${who}. Any valid denial rejects.`;
}

function selfList(settings: Settings): string {
  const entries = [...settings.context.self].map(
    ([login, roles]) => `${codeSpan(login)} (${roles.join(', ')})`,
  );
  return entries.length > 0 ? entries.join(', ') : '_none known_';
}

export function issueBody(settings: Settings, deadline: string): string {
  const self = settings.allowSelfApproval
    ? 'Self-approval is allowed for this gate.'
    : `Approvals by the people this deployment comes from never count: ${selfList(settings)}.`;
  return [
    MARKER,
    `## Deployment to ${codeSpan(settings.environment)} is waiting for approval`,
    facts(settings),
    '### What changes',
    settings.summary ?? '_Not described: set the `summary` input of the gate to say what changes._',
    '### How to answer',
    'Post a **new comment** whose **first line** is exactly one word:',
    '- `approve` (or `approved`, `lgtm`) to approve;\n- `deny` (or `reject`) to reject.',
    'Later lines are kept as your note. Case does not matter; one trailing `.` or `!` is fine.',
    whoMayApprove(settings),
    '### What never counts',
    [
      '- a comment that was edited (post a new one instead), or written before this request;',
      "- comments by bots or by this workflow's own token;",
      '- votes by people without write access (unless in a listed team) or not in the approvers list, checked again at decision time;',
      '- comments on any other issue or pull request;',
      `- ${self}`,
    ].join('\n'),
    `This request expires at ${deadline} (${settings.timeoutMinutes} minutes); the issue is then closed as timed out.`,
  ].join('\n\n');
}

function voteLine(vote: Vote): string {
  const link = vote.commentUrl ? ` ([comment](${vote.commentUrl}))` : '';
  const note = vote.note ? `: ${escapeMarkdown(vote.note.split('\n')[0] ?? '')}` : '';
  return `- ${codeSpan(vote.login)} at ${vote.at}${link}${note}`;
}

function ignoredTable(ignored: readonly Ignored[]): string {
  const rows = ignored.map(({ comment, reason }) => [
    comment.url ? `[${codeSpan(comment.login)}](${comment.url})` : codeSpan(comment.login),
    comment.createdAt,
    escapeMarkdown(reason),
  ]);
  return markdownTable(['Author', 'Created', 'Why it did not count'], rows);
}

const HEADLINES: Record<GateResult['outcome'], string> = {
  approved: 'Approved',
  rejected: 'Rejected',
  'timed-out': 'Timed out',
  cancelled: 'Cancelled',
};

/** The comment that closes the gate issue. */
export function outcomeComment(result: GateResult, environment: string): string {
  const votes = result.outcome === 'rejected' ? result.decision.denials : result.decision.approvers;
  const lines = [
    `${MARKER}\n**${HEADLINES[result.outcome]}** at ${result.decidedAt}: ${result.reason}`,
    result.outcome === 'approved'
      ? `The deployment to ${codeSpan(environment)} proceeds.`
      : `The deployment to ${codeSpan(environment)} does not proceed.`,
    ...(votes.length > 0 ? [votes.map(voteLine).join('\n')] : []),
    ...(result.decision.ignored.length > 0
      ? ['Comments that did not count:', ignoredTable(result.decision.ignored)]
      : []),
  ];
  const text = lines.join('\n\n');
  return text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT)}\n\n_(truncated)_` : text;
}

function approverTable(votes: readonly Vote[]): string {
  const rows = votes.map((vote) => [
    codeSpan(vote.login),
    vote.at,
    vote.commentUrl ? `[comment](${vote.commentUrl})` : '',
    escapeMarkdown(vote.note),
  ]);
  return markdownTable(['Approver', 'At', 'Where', 'Note'], rows);
}

/** The job summary: the audit record of the decision. */
export function summaryMarkdown(result: GateResult, settings: Settings): string {
  const { context } = settings;
  const issue = result.issue ? `[#${result.issue.number}](${result.issue.htmlUrl})` : '_none_';
  const teams = settings.approvers.teams.map(teamName);
  const rows = [
    ['Decision', `**${result.outcome}**: ${escapeMarkdown(result.reason)}`],
    ['Decided at', result.decidedAt],
    ['Mode', result.mode],
    ['Environment', codeSpan(settings.environment)],
    ['Ref / commit', `${codeSpan(context.ref)} / ${commitLink(context)}`],
    ['Issue', issue],
    [
      'Approvers allowed',
      [...settings.approvers.users, ...teams].map(codeSpan).join(', ') || 'write access',
    ],
  ];
  const parts = [
    `### Approval gate: ${codeSpan(settings.environment)}`,
    markdownTable(['', ''], rows),
  ];
  if (result.decision.approvers.length > 0) parts.push(approverTable(result.decision.approvers));
  if (result.decision.denials.length > 0)
    parts.push('Denied by:', result.decision.denials.map(voteLine).join('\n'));
  if (result.decision.ignored.length > 0)
    parts.push('Not counted:', ignoredTable(result.decision.ignored));
  return `${parts.join('\n\n')}\n`;
}
