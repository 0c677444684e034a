import { formatPin } from './history.js';
import type { Approval, CommitInfo, EnvironmentStatus, FluxVerdict, Lag } from './model.js';

/** Short phrases shared by every face, so the text, markdown and HTML say the same thing. */

export const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : '');

/** `2026-05-01 10:02` from an ISO timestamp. */
export function when(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

export function pinText(status: EnvironmentStatus): string {
  return status.problem && !status.pin ? 'unknown' : formatPin(status.pin);
}

const FLUX_WORDS: Record<FluxVerdict['state'], string> = {
  verified: 'verified',
  failed: 'failed',
  pending: 'pending',
  unverified: 'not verified',
};

export function fluxText(flux: FluxVerdict): string {
  const ignored = flux.ignored > 0 ? ` (${flux.ignored} status(es) by others ignored)` : '';
  return `${FLUX_WORDS[flux.state]}${ignored}`;
}

/** How the commit came to be: promoted, rolled back with a reason, or deployed. */
export function originText(commit: CommitInfo): string {
  const { promotedFrom, reason } = commit.trailers;
  const parts: string[] = [];
  if (promotedFrom)
    parts.push(`promoted from ${promotedFrom.environment}@${short(promotedFrom.sha)}`);
  if (reason) parts.push(`reason: ${reason}`);
  if (parts.length === 0) parts.push(commit.subject);
  return parts.join('; ');
}

export function setByText(commit: CommitInfo | undefined): string {
  if (!commit) return 'unknown';
  return `${short(commit.sha)} ${when(commit.date)} by ${commit.author}`;
}

export function approvalText(approval: Approval | undefined): string {
  if (!approval) return '-';
  const who = approval.approvers.map((a) => a.login).join(', ');
  if (approval.outcome !== 'approved') return approval.outcome;
  const at = approval.decidedAt ? ` at ${when(approval.decidedAt)}` : '';
  return `${who || 'approved'}${at}${approval.issue ? ` (#${approval.issue})` : ''}`;
}

export function lagText(lag: Lag | undefined): string {
  if (!lag) return '-';
  if (lag.same) return `same as ${lag.behind}`;
  if (lag.changes === undefined) return `differs from ${lag.behind}`;
  const since = lag.since ? ` since ${when(lag.since)}` : '';
  return `${lag.changes} change(s) behind ${lag.behind}${since}`;
}
