import type { CommitStatusEntry } from '@infra-fleet/github';
import type { ContextVerdict, FluxState, FluxVerdict } from './model.js';

/**
 * Whether Flux verified a commit: for each context, the newest status posted by `account` on
 * the commit or a later one that left the overlay alone (`candidates`, any order). Statuses
 * by anyone else never count; they are only counted as ignored.
 */
export function fluxVerdict(
  contexts: readonly string[],
  account: string,
  candidates: ReadonlyArray<{ sha: string; statuses: readonly CommitStatusEntry[] }>,
): FluxVerdict {
  const all = candidates.flatMap((candidate) => candidate.statuses);
  const byAccount = (status: CommitStatusEntry) =>
    status.creator !== undefined && status.creator.toLowerCase() === account.toLowerCase();
  const verdicts = contexts.map((context) => contextVerdict(context, all.filter(byAccount)));
  const ignored = all.filter((s) => contexts.includes(s.context) && !byAccount(s)).length;
  return { state: overall(verdicts), account, contexts: verdicts, ignored };
}

function contextVerdict(context: string, statuses: readonly CommitStatusEntry[]): ContextVerdict {
  const newest = statuses
    .filter((status) => status.context === context)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
  if (!newest) return { context, state: 'missing' };
  return {
    context,
    state: newest.state,
    sha: newest.sha,
    at: newest.createdAt,
    ...(newest.description && { description: newest.description }),
    ...(newest.targetUrl && { targetUrl: newest.targetUrl }),
  };
}

function overall(verdicts: readonly ContextVerdict[]): FluxState {
  if (verdicts.length === 0) return 'unverified';
  if (verdicts.some((v) => v.state === 'failure' || v.state === 'error')) return 'failed';
  if (verdicts.every((v) => v.state === 'success')) return 'verified';
  return verdicts.some((v) => v.state === 'pending') ? 'pending' : 'unverified';
}
