import type { CommitStatusEntry } from '@infra-fleet/github';

/**
 * The decision, as a pure function of what was read: whether Flux's statuses verify `sha`.
 *
 * A candidate is `sha` or a commit on the branch after it. It is *equivalent* when nothing
 * under watch-paths differs between `sha` and it, so Flux applying it applied sha's change.
 * Per context, the newest counted status on an equivalent candidate decides; a status on a
 * later, non-equivalent commit that is newer than that means Flux moved past sha's change.
 */

export type Result = 'verified' | 'failed' | 'superseded' | 'diverged';
export type ContextVerdict = 'verified' | 'failed' | 'waiting' | 'superseded';

export interface Candidate {
  sha: string;
  equivalent: boolean;
  /** Watched files that differ from sha (empty when equivalent). */
  watchedChanges: string[];
}

/** Where sha stands on the branch. */
export type Placement =
  | { kind: 'on-branch'; tip: string; candidates: Candidate[] }
  | { kind: 'off-branch'; tip: string; comparison: 'behind' | 'diverged' | 'unrelated' };

export interface Observation {
  sha: string;
  placement: Placement;
  /** Statuses of the candidates (any order, any creator, any context). */
  statuses: readonly CommitStatusEntry[];
}

export interface Rules {
  contexts: readonly string[];
  expectedCreator: string;
  /** Empty: any description of a success counts. */
  successDescriptions: readonly string[];
}

export interface ContextReport {
  context: string;
  verdict: ContextVerdict;
  /** The status behind the verdict: the deciding one, the newer one elsewhere, or the pending one. */
  status?: CommitStatusEntry;
}

export interface IgnoredStatus {
  status: CommitStatusEntry;
  reason: string;
}

export interface Verdict {
  /** undefined: keep waiting. */
  result?: Result;
  verifiedSha?: string;
  contexts: ContextReport[];
  ignored: IgnoredStatus[];
  reason: string;
}

const lower = (text: string) => text.toLowerCase();

/** Newest first: GitHub timestamps have whole seconds, so ids (which only grow) break ties. */
export function newestFirst(a: CommitStatusEntry, b: CommitStatusEntry): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}

function byExpectedCreator(status: CommitStatusEntry, rules: Rules): boolean {
  return status.creator !== undefined && lower(status.creator) === lower(rules.expectedCreator);
}

/** A report by Flux: one of the contexts, posted by expected-creator (whatever it says). */
export function isFluxReport(status: CommitStatusEntry, rules: Rules): boolean {
  return rules.contexts.includes(status.context) && byExpectedCreator(status, rules);
}

/** Why a status of a watched context does not count, or undefined when it counts. */
export function ignoreReason(status: CommitStatusEntry, rules: Rules): string | undefined {
  if (!byExpectedCreator(status, rules)) {
    const who = status.creator ?? 'an unknown account';
    return `posted by ${who}, not by expected-creator ${rules.expectedCreator}`;
  }
  const accepted = rules.successDescriptions;
  if (status.state === 'success' && accepted.length > 0 && !accepted.includes(status.description)) {
    return `success described as ${JSON.stringify(status.description)}, which is not in success-descriptions`;
  }
  return undefined;
}

function contextReport(
  context: string,
  statuses: readonly CommitStatusEntry[],
  equivalent: ReadonlySet<string>,
  rules: Rules,
): ContextReport {
  const own = statuses.filter((s) => s.context === context && isFluxReport(s, rules));
  const counted = own.filter((s) => equivalent.has(s.sha) && !ignoreReason(s, rules));
  const newest = counted[0];
  if (newest?.state === 'success') return { context, verdict: 'verified', status: newest };
  if (newest?.state === 'failure' || newest?.state === 'error') {
    return { context, verdict: 'failed', status: newest };
  }
  // Any report by Flux on a commit that changed the watched paths, newer than sha's last word.
  const later = own.find((s) => !equivalent.has(s.sha) && (!newest || newestFirst(s, newest) < 0));
  if (later) return { context, verdict: 'superseded', status: later };
  return newest ? { context, verdict: 'waiting', status: newest } : { context, verdict: 'waiting' };
}

function ignoredStatuses(statuses: readonly CommitStatusEntry[], rules: Rules): IgnoredStatus[] {
  return statuses
    .filter((status) => rules.contexts.includes(status.context))
    .flatMap((status) => {
      const reason = ignoreReason(status, rules);
      return reason ? [{ status, reason }] : [];
    });
}

const short = (sha: string) => sha.slice(0, 7);

function names(reports: readonly ContextReport[]): string {
  return reports.map((report) => report.context).join(', ');
}

type OffBranch = Extract<Placement, { kind: 'off-branch' }>;

function offBranch(sha: string, placement: OffBranch, rules: Rules, branchName: string): Verdict {
  const how = {
    behind: `is behind ${short(sha)}`,
    diverged: `has diverged from ${short(sha)}`,
    unrelated: `shares no history with ${short(sha)}`,
  }[placement.comparison];
  return {
    result: 'diverged',
    contexts: rules.contexts.map((context) => ({ context, verdict: 'waiting' })),
    ignored: [],
    reason: `${branchName} (at ${short(placement.tip)}) ${how}: the branch no longer contains ${short(sha)}, so Flux will not apply it.`,
  };
}

/** The latest candidate in branch order among those whose statuses verified a context. */
function verifiedBy(reports: readonly ContextReport[], candidates: readonly Candidate[]): string {
  const order = candidates.map((candidate) => candidate.sha);
  const shas = reports.map((report) => report.status?.sha ?? '');
  return shas.reduce((best, sha) => (order.indexOf(sha) > order.indexOf(best) ? sha : best));
}

function combine(
  reports: ContextReport[],
  ignored: IgnoredStatus[],
  candidates: readonly Candidate[],
): Verdict {
  const having = (verdict: ContextVerdict) => reports.filter((r) => r.verdict === verdict);
  const base = { contexts: reports, ignored };
  if (having('failed').length > 0) {
    return {
      ...base,
      result: 'failed',
      reason: `Flux reported a failure for ${names(having('failed'))}.`,
    };
  }
  if (having('verified').length === reports.length) {
    const sha = verifiedBy(reports, candidates);
    return {
      ...base,
      result: 'verified',
      verifiedSha: sha,
      reason: `Flux reported success for ${names(reports)} on ${short(sha)}.`,
    };
  }
  const superseded = having('superseded');
  if (superseded.length > 0) {
    const by = [...new Set(superseded.map((report) => short(report.status?.sha ?? '')))];
    return {
      ...base,
      result: 'superseded',
      reason: `Flux moved on to ${by.join(', ')}, which changed the watched paths, before reporting ${names(superseded)} for this commit.`,
    };
  }
  return { ...base, reason: `Waiting for ${names(having('waiting'))}.` };
}

/** Decides from one observation; `result` undefined means keep waiting. */
export function decide(observation: Observation, rules: Rules, branchName = 'the branch'): Verdict {
  const { placement } = observation;
  if (placement.kind === 'off-branch') {
    return offBranch(observation.sha, placement, rules, branchName);
  }
  const equivalent = new Set(placement.candidates.filter((c) => c.equivalent).map((c) => c.sha));
  const known = new Set(placement.candidates.map((c) => c.sha));
  const statuses = observation.statuses.filter((s) => known.has(s.sha)).sort(newestFirst);
  const reports = rules.contexts.map((context) =>
    contextReport(context, statuses, equivalent, rules),
  );
  return combine(reports, ignoredStatuses(statuses, rules), placement.candidates);
}
