import { codeSpan, escapeMarkdown, markdownTable } from '@infra-fleet/action-kit';
import { parseVote, teamName, type Decision, type Ignored, type Vote } from './approval.js';
import type { RunContext } from './context.js';
import type { Settings } from './inputs.js';
import type { GateResult } from './outcome.js';

/** Text of the gate issue, its closing comment and the job summary (pure). */

export const MARKER = '<!-- await-environment-approval -->';
/** Starts the one status comment the gate keeps on its issue. */
export const STATUS_MARKER = '<!-- await-environment-approval:status -->';
const MARKER_PREFIX = '<!-- await-environment-approval:run-';
const MAX_COMMENT = 60_000;
/** GitHub refuses an issue body over 65,536 characters; the rest of the body needs far less. */
const MAX_SUMMARY = 50_000;
const MAX_STATUS_ROWS = 100;

/** Starts the gate issue's body: finds it again after a lost answer, and earlier attempts' issues. */
export function gateMarker(context: RunContext, environment: string): string {
  return `${runMarkerPrefix(context)}${context.runAttempt}-${encodeURIComponent(environment)} -->`;
}

/** What every attempt's gate marker of this run starts with. */
export function runMarkerPrefix(context: RunContext): string {
  return `${MARKER_PREFIX}${context.runId ?? 'local'}-`;
}

/** The run attempt of a gate marker of this run for `environment`, if `body` starts with one. */
export function markedAttempt(
  body: string,
  context: RunContext,
  environment: string,
): number | undefined {
  const rest = body.startsWith(runMarkerPrefix(context))
    ? body.slice(runMarkerPrefix(context).length)
    : '';
  const match = /^(\d+)-(\S+) -->/.exec(rest);
  return match?.[2] === encodeURIComponent(environment) ? Number(match[1]) : undefined;
}

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

function summaryText(summary: string | undefined): string {
  if (summary === undefined) {
    return '_Not described: set the `summary` input of the gate to say what changes._';
  }
  if (summary.length <= MAX_SUMMARY) return summary;
  return `${summary.slice(0, MAX_SUMMARY)}\n\n_(truncated: the whole text is in the job summary of the run)_`;
}

export function issueBody(settings: Settings, deadline: string): string {
  const self = settings.allowSelfApproval
    ? 'Self-approval is allowed for this gate.'
    : `Approvals by the people this deployment comes from never count: ${selfList(settings)}.`;
  return [
    gateMarker(settings.context, settings.environment),
    `## Deployment to ${codeSpan(settings.environment)} is waiting for approval`,
    facts(settings),
    '### What changes',
    summaryText(settings.summary),
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

interface StatusRow {
  at: string;
  id: number;
  cells: string[];
}

function authorCell(login: string, url: string): string {
  return url ? `[${codeSpan(login)}](${url})` : codeSpan(login);
}

function statusRows(decision: Decision): StatusRow[] {
  const counted = (vote: Vote, effect: string): StatusRow => ({
    at: vote.at,
    id: vote.commentId,
    cells: [authorCell(vote.login, vote.commentUrl), vote.kind, `**yes**: ${effect}`],
  });
  const ignored = ({ comment, reason }: Ignored): StatusRow => ({
    at: comment.createdAt,
    id: comment.id,
    cells: [
      authorCell(comment.login, comment.url),
      parseVote(comment.body)?.kind ?? '',
      `no: ${escapeMarkdown(reason)}`,
    ],
  });
  return [
    ...decision.approvers.map((vote) => counted(vote, 'approval counted')),
    ...decision.denials.map((vote) => counted(vote, 'a valid denial rejects')),
    ...decision.ignored.map(ignored),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
}

/**
 * The status comment: each comment judged so far, whether it counts and why, and the tally.
 * Nothing in it changes unless the votes do, so the gate edits it only when they do.
 */
export function statusComment(decision: Decision, minimumApprovals: number): string {
  const rows = statusRows(decision);
  const shown = rows.slice(0, MAX_STATUS_ROWS);
  const more = rows.length - shown.length;
  const noun = minimumApprovals === 1 ? 'approval' : 'approvals';
  const denial = decision.denials.length > 0 ? ', and a valid denial' : '';
  const tally = `counted **${decision.approvers.length} of ${minimumApprovals}** ${noun}${denial}`;
  return [
    `${STATUS_MARKER}\n**Votes so far**: ${tally}.`,
    markdownTable(
      ['Comment by', 'Vote', 'Counts?'],
      shown.map((row) => row.cells),
    ),
    ...(more > 0 ? [`_${more} more not shown._`] : []),
    '_The gate keeps this comment up to date. To vote, post a new comment; an edited one never counts._',
  ].join('\n\n');
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
  if (settings.summary) parts.push('#### What changes', settings.summary);
  if (result.decision.approvers.length > 0) parts.push(approverTable(result.decision.approvers));
  if (result.decision.denials.length > 0)
    parts.push('Denied by:', result.decision.denials.map(voteLine).join('\n'));
  if (result.decision.ignored.length > 0)
    parts.push('Not counted:', ignoredTable(result.decision.ignored));
  return `${parts.join('\n\n')}\n`;
}
