import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { createHeartbeat, type Clock } from '@infra-fleet/action-kit';
import { isPlanPhase, phaseLabel, type Phase } from './args.js';
import { PLAN_DIR_LAYOUT } from './plan-results.js';

/** How often the plan folder is looked at, so a finished unit shows soon after it finishes. */
export const CHECK_INTERVAL_MS = 5_000;

export interface HeartbeatDependencies {
  clock: Clock;
  log: (line: string) => void;
  /** Default: HEARTBEAT_INTERVAL_MS. */
  intervalMs?: number;
  checkMs?: number;
}

/** What a phase shows while it runs; `seen` resolves to the state text and never throws. */
export interface Watched {
  awaiting: string;
  seen: () => Promise<string>;
}

/** Plan JSON files written so far: Terragrunt writes one per unit as its plan finishes. */
export async function finishedPlans(planDir: string): Promise<number> {
  try {
    const entries = await readdir(join(planDir, PLAN_DIR_LAYOUT.json), { recursive: true });
    return entries.filter((entry) => entry.split(sep).pop() === PLAN_DIR_LAYOUT.jsonFile).length;
  } catch {
    return 0;
  }
}

export function plansText(count: number): string {
  if (count === 0) return 'No unit has finished planning yet.';
  return `${count} unit${count === 1 ? ' has' : 's have'} finished planning.`;
}

/**
 * Only a plan is cheap to follow (its JSON files appear unit by unit); apply and validate
 * write their report at the end, and the plan folder still holds the plan phase's files.
 */
export function watchedPhase(phase: Phase, workingDirectory: string, planDir: string): Watched {
  const awaiting = `for terragrunt run --all ${phaseLabel(phase)} in ${workingDirectory}`;
  if (!isPlanPhase(phase)) return { awaiting, seen: async () => '' };
  return { awaiting, seen: async () => plansText(await finishedPlans(planDir)) };
}

/** Awaits `running`, logging a heartbeat meanwhile: every interval, and soon after `seen` changes. */
export async function withHeartbeat<T>(
  running: Promise<T>,
  watched: Watched,
  deps: HeartbeatDependencies,
): Promise<T> {
  const { clock, checkMs = CHECK_INTERVAL_MS } = deps;
  const heartbeat = createHeartbeat({
    clock,
    log: deps.log,
    awaiting: watched.awaiting,
    ...(deps.intervalMs !== undefined && { intervalMs: deps.intervalMs }),
  });
  const stop = new AbortController();
  const beating = (async () => {
    while (!stop.signal.aborted) {
      const seen = await watched.seen();
      if (!stop.signal.aborted) heartbeat.beat(seen);
      await clock.sleep(checkMs, stop.signal);
    }
  })().catch(() => undefined); // A heartbeat never fails the run.
  try {
    return await running;
  } finally {
    stop.abort();
    await beating;
  }
}
