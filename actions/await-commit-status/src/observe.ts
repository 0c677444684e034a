import { ActionError } from '@infra-fleet/action-kit';
import type { CommitStatusEntry, CommitStatusPort, Comparison } from '@infra-fleet/github';
import type { Settings } from './inputs.js';
import { isFluxReport, type Candidate, type Observation, type Placement } from './verify.js';
import { watchedChanges } from './watch-paths.js';

/** Reads what the decision needs: the branch tip, where sha stands, the candidates' statuses. */

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** Commits after sha whose statuses are read: the first ones after sha, and the tip. */
export const MAX_DESCENDANTS = 30;

type Window = { placement: Extract<Placement, { kind: 'off-branch' }> } | { commits: string[] };

function windowOf(sha: string, tip: string, comparison: Comparison | undefined): Window {
  if (tip === sha || comparison?.status === 'identical') return { commits: [sha] };
  if (!comparison) return { placement: { kind: 'off-branch', tip, comparison: 'unrelated' } };
  if (comparison.status !== 'ahead') {
    return { placement: { kind: 'off-branch', tip, comparison: comparison.status } };
  }
  const early = comparison.commits.slice(0, MAX_DESCENDANTS - 1).filter((c) => c !== tip);
  return { commits: [sha, ...early, tip] };
}

export function createObserver(settings: Settings, port: CommitStatusPort, log: Log) {
  const { sha } = settings;
  let lastTip: string | undefined;
  let warnedWindow = false;

  const readTip = async (): Promise<string> => {
    const tip = await port.branchTip(settings.branch);
    if (tip) return tip;
    const { owner, repo } = settings.repo;
    throw new ActionError(
      `Branch ${JSON.stringify(settings.branch)} does not exist in ${owner}/${repo}.`,
      {
        hint: "Set branch to the branch Flux's GitRepository follows (spec.ref.branch).",
      },
    );
  };

  const noteTip = (tip: string, comparison: Comparison | undefined): void => {
    if (tip === lastTip) return;
    lastTip = tip;
    if (comparison?.status === 'ahead') {
      log.info(
        `${settings.branch} is at ${tip.slice(0, 7)}, ${comparison.aheadBy} commit(s) after ${sha.slice(0, 7)}.`,
      );
      if (comparison.aheadBy > MAX_DESCENDANTS && !warnedWindow) {
        warnedWindow = true;
        log.warning(
          `${comparison.aheadBy} commits follow ${sha.slice(0, 7)}; only the first ${MAX_DESCENDANTS - 1} and the tip are read.`,
        );
      }
    }
  };

  /** A commit after sha with a status from Flux: is it a descendant, and does it leave the watched paths alone? */
  const candidate = async (commit: string): Promise<Candidate | undefined> => {
    const comparison = await port.compare(sha, commit);
    if (comparison?.status !== 'ahead') return undefined;
    const changes = comparison.filesComplete
      ? watchedChanges(comparison.files, settings.watchPaths)
      : ['(more files than the compare API lists)'];
    return { sha: commit, equivalent: changes.length === 0, watchedChanges: changes };
  };

  const candidates = async (commits: string[], statuses: CommitStatusEntry[]) => {
    const found: Candidate[] = [{ sha, equivalent: true, watchedChanges: [] }];
    for (const commit of commits.slice(1)) {
      if (!statuses.some((status) => status.sha === commit && isFluxReport(status, settings)))
        continue;
      const entry = await candidate(commit);
      if (entry) found.push(entry);
    }
    return found;
  };

  return async function observe(): Promise<Observation> {
    const tip = await readTip();
    const comparison = tip === sha ? undefined : await port.compare(sha, tip);
    noteTip(tip, comparison);
    const window = windowOf(sha, tip, comparison);
    if ('placement' in window) return { sha, placement: window.placement, statuses: [] };
    const statuses: CommitStatusEntry[] = [];
    for (const commit of window.commits) {
      // Conditional reads: an unchanged list is a 304 from GitHub and costs no rate limit.
      statuses.push(...(await port.listStatuses(commit)).statuses);
    }
    const placement: Placement = {
      kind: 'on-branch',
      tip,
      candidates: await candidates(window.commits, statuses),
    };
    return { sha, placement, statuses };
  };
}
