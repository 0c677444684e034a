import { createHeartbeat, type Clock, type Heartbeat } from '@infra-fleet/action-kit';
import type { CommitStatusEntry } from '@infra-fleet/github';
import type { Settings } from './inputs.js';
import type { Log } from './observe.js';
import {
  decide,
  newestFirst,
  type ContextReport,
  type IgnoredStatus,
  type Observation,
  type Result,
  type Verdict,
} from './verify.js';

/** Polls until the decision is made, the deadline passes, or the job is cancelled. */

export type Outcome = Result | 'timeout' | 'cancelled';

export interface WaitResult {
  outcome: Outcome;
  verdict: Verdict;
  /** The last observation, undefined when cancelled before the first read. */
  observation?: Observation;
  waitedSeconds: number;
  polls: number;
  /** Contexts the expected creator reported that were not waited for. */
  otherFluxContexts: string[];
}

export interface WaitDependencies {
  observe: () => Promise<Observation>;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
}

const short = (sha: string) => sha.slice(0, 7);
const statuses = (count: number) => `${count} ${count === 1 ? 'status' : 'statuses'}`;
const MAX_OTHER_CONTEXTS = 5;

function counted(reports: readonly ContextReport[]): string[] {
  return reports.flatMap(({ context, status }) =>
    status
      ? [`${context} ${status.state} ${JSON.stringify(status.description)} on ${short(status.sha)}`]
      : [],
  );
}

/** Newest status per context and creator outside the awaited contexts: a context name set wrong shows here. */
function otherContexts(all: readonly CommitStatusEntry[], settings: Settings): string[] {
  const newest = new Map<string, CommitStatusEntry>();
  const others = all.filter((s) => !settings.contexts.includes(s.context)).sort(newestFirst);
  for (const status of others) {
    const key = `${status.context}\n${status.creator}`;
    if (!newest.has(key)) newest.set(key, status);
  }
  const seen = [...newest.values()].map(
    (s) => `${s.context} ${s.state} from ${s.creator ?? 'an unknown account'} (other context)`,
  );
  const more = seen.length - MAX_OTHER_CONTEXTS;
  return more > 0
    ? [...seen.slice(0, MAX_OTHER_CONTEXTS), `${more} more under other contexts`]
    : seen;
}

function ignoredCounts(ignored: readonly IgnoredStatus[], expectedCreator: string): string[] {
  const counts = new Map<string, number>();
  for (const { status } of ignored) {
    const creator = status.creator ?? 'an unknown account';
    const byFlux = creator.toLowerCase() === expectedCreator.toLowerCase();
    const why = byFlux
      ? `from ${creator} not counted (description not in success-descriptions)`
      : `from ${creator} ignored (not ${expectedCreator})`;
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  return [...counts].map(([why, count]) => `${statuses(count)} ${why}`);
}

/** What the heartbeat reports: counted statuses, other contexts, and what was not counted. */
export function seenSoFar(observation: Observation, verdict: Verdict, settings: Settings): string {
  const parts = [
    ...counted(verdict.contexts),
    ...otherContexts(observation.statuses, settings),
    ...ignoredCounts(verdict.ignored, settings.expectedCreator),
  ];
  return `Seen: ${parts.length > 0 ? parts.join('; ') : 'nothing yet'}.`;
}

function heartbeatOf(settings: Settings, deps: WaitDependencies, started: number): Heartbeat {
  const { contexts, expectedCreator, sha, timeoutSeconds } = settings;
  return createHeartbeat({
    clock: deps.clock,
    log: (line) => deps.log.info(line),
    awaiting: `for ${contexts.join(', ')} from ${expectedCreator} on ${short(sha)}`,
    since: new Date(started),
    deadline: new Date(started + timeoutSeconds * 1000),
  });
}

function logIgnored(verdict: Verdict, seen: Set<number>, log: Log): void {
  for (const { status, reason } of verdict.ignored) {
    if (seen.has(status.id)) continue;
    seen.add(status.id);
    log.info(
      `Not counted: ${status.context} ${status.state} on ${status.sha.slice(0, 7)}, ${reason}.`,
    );
  }
}

/**
 * Right after a push, GitHub may still answer with the old tip, which is behind sha: a tip
 * behind sha counts as diverged only when the next poll sees it too.
 */
function tipBehind(observation: Observation, verdict: Verdict): boolean {
  const { placement } = observation;
  return (
    verdict.result === 'diverged' &&
    placement.kind === 'off-branch' &&
    placement.comparison === 'behind'
  );
}

function waitingVerdict(settings: Settings): Verdict {
  const contexts = settings.contexts.map((context) => ({ context, verdict: 'waiting' as const }));
  return { contexts, ignored: [], reason: `Waiting for ${settings.contexts.join(', ')}.` };
}

/** Contexts Flux itself reported that this step does not wait for: likely a wrong context. */
function fluxElsewhere(observation: Observation, settings: Settings): CommitStatusEntry[] {
  const creator = settings.expectedCreator.toLowerCase();
  return observation.statuses.filter(
    (status) =>
      status.creator?.toLowerCase() === creator && !settings.contexts.includes(status.context),
  );
}

function warnFluxElsewhere(
  statuses: readonly CommitStatusEntry[],
  warned: Set<string>,
  settings: Settings,
  log: Log,
) {
  for (const status of statuses) {
    if (warned.has(status.context)) continue;
    warned.add(status.context);
    log.warning(
      `${settings.expectedCreator} reported ${JSON.stringify(status.context)} (${status.state}) on ${short(status.sha)}, a context this step does not wait for (it waits for ${settings.contexts.join(', ')}). If that is this environment's Kustomization, set contexts (or app, with status-contexts in infra-fleet.yaml).`,
    );
  }
}

export async function waitForStatus(
  settings: Settings,
  deps: WaitDependencies,
): Promise<WaitResult> {
  const started = deps.clock.now().getTime();
  const deadline = started + settings.timeoutSeconds * 1000;
  const seen = new Set<number>();
  const elsewhere = new Set<string>();
  const heartbeat = heartbeatOf(settings, deps, started);
  let verdict = waitingVerdict(settings);
  let observation: Observation | undefined;
  let polls = 0;
  let behindBefore = false;
  const finish = (outcome: Outcome): WaitResult => ({
    outcome,
    verdict,
    ...(observation && { observation }),
    waitedSeconds: Math.round((deps.clock.now().getTime() - started) / 1000),
    polls,
    otherFluxContexts: [...elsewhere],
  });
  for (;;) {
    if (deps.signal.aborted) return finish('cancelled');
    observation = await deps.observe();
    polls += 1;
    verdict = decide(observation, settings, settings.branch);
    logIgnored(verdict, seen, deps.log);
    warnFluxElsewhere(fluxElsewhere(observation, settings), elsewhere, settings, deps.log);
    const behind = tipBehind(observation, verdict);
    if (behind && !behindBefore) deps.log.info(`${verdict.reason} Checking again before deciding.`);
    else if (verdict.result) return finish(verdict.result);
    behindBefore = behind;
    heartbeat.beat(seenSoFar(observation, verdict, settings));
    const left = deadline - deps.clock.now().getTime();
    if (left <= 0) return finish('timeout');
    await deps.clock.sleep(Math.min(settings.pollIntervalSeconds * 1000, left), deps.signal);
  }
}
