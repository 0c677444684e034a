import type { Approval } from './model.js';

/** The first line await-environment-approval writes in its issue and closing comment. */
export const GATE_MARKER = '<!-- await-environment-approval -->';

const OUTCOMES: Record<string, Approval['outcome']> = {
  Approved: 'approved',
  Rejected: 'rejected',
  'Timed out': 'timed-out',
  Cancelled: 'cancelled',
  Failed: 'failed',
};

/**
 * The decision in the comment that closed a gate issue (see the gate's message.ts):
 * `**Approved** at <time>: …` then one `- \`login\` at <time>` line per counted vote.
 */
export function parseGateOutcome(body: string): Omit<Approval, 'source'> | undefined {
  if (!body.startsWith(GATE_MARKER)) return undefined;
  const head = /^\*\*(Approved|Rejected|Timed out|Cancelled|Failed)\*\* at (\S+?):(?:\s|$)/m.exec(
    body,
  );
  const outcome = head ? OUTCOMES[head[1] ?? ''] : undefined;
  if (!head || !outcome) return undefined;
  const votes = [...body.matchAll(/^- `([^`]+)` at (\S+)/gm)].map((m) => ({
    login: m[1] ?? '',
    at: m[2] ?? '',
  }));
  return { outcome, decidedAt: head[2] ?? '', approvers: outcome === 'approved' ? votes : [] };
}
