import type { Clock } from '@infra-fleet/action-kit';
import type { Settings } from './inputs.js';
import type { Log } from './observe.js';
import {
  decide,
  type ContextReport,
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
}

export interface WaitDependencies {
  observe: () => Promise<Observation>;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
}

export function describeReport(report: ContextReport, expectedCreator: string): string {
  const status = report.status;
  if (!status) return `${report.context}: no counted status from ${expectedCreator} yet`;
  const what = `${status.state} ${JSON.stringify(status.description)} on ${status.sha.slice(0, 7)}`;
  return `${report.context}: ${report.verdict} (${what})`;
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

export async function waitForStatus(
  settings: Settings,
  deps: WaitDependencies,
): Promise<WaitResult> {
  const started = deps.clock.now().getTime();
  const deadline = started + settings.timeoutSeconds * 1000;
  const seen = new Set<number>();
  let verdict = waitingVerdict(settings);
  let observation: Observation | undefined;
  let progress = '';
  let polls = 0;
  let behindBefore = false;
  const finish = (outcome: Outcome): WaitResult => ({
    outcome,
    verdict,
    ...(observation && { observation }),
    waitedSeconds: Math.round((deps.clock.now().getTime() - started) / 1000),
    polls,
  });
  for (;;) {
    if (deps.signal.aborted) return finish('cancelled');
    observation = await deps.observe();
    polls += 1;
    verdict = decide(observation, settings, settings.branch);
    logIgnored(verdict, seen, deps.log);
    const line = verdict.contexts
      .map((r) => describeReport(r, settings.expectedCreator))
      .join('; ');
    if (line !== progress) deps.log.info(line);
    progress = line;
    const behind = tipBehind(observation, verdict);
    if (behind && !behindBefore) deps.log.info(`${verdict.reason} Checking again before deciding.`);
    else if (verdict.result) return finish(verdict.result);
    behindBefore = behind;
    const left = deadline - deps.clock.now().getTime();
    if (left <= 0) return finish('timeout');
    await deps.clock.sleep(Math.min(settings.pollIntervalSeconds * 1000, left), deps.signal);
  }
}
