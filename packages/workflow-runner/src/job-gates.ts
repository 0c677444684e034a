import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyCancelled, type Holder, type Lease, type QueueMode } from './concurrency.js';
import { refusal } from './deployment-policy.js';
import type { RunState } from './run-state.js';
import {
  evaluateString,
  evaluateValue,
  find,
  literal,
  type Scope,
  type Token,
} from './template.js';

/** What holds a job before its first step: its concurrency group, its environment's rules. */

export type Gate =
  { ok: true; lease?: Lease; group?: string } | { ok: false; cancelled: boolean; message: string };

function concurrencySetting(token: Token, scope: Scope) {
  const group = find(token, 'group');
  if (group === undefined)
    return {
      group: evaluateString(token, scope),
      cancelInProgress: false,
      queue: 'single' as QueueMode,
    };
  const cancel = find(token, 'cancel-in-progress');
  return {
    group: evaluateString(group, scope),
    cancelInProgress: cancel === undefined ? false : evaluateValue(cancel, scope) === true,
    queue: (literal(find(token, 'queue')) === 'max' ? 'max' : 'single') as QueueMode,
  };
}

/** Waits for the group (when the job or workflow has one); a deadlock cancels the whole run. */
export async function enterGroup(
  run: RunState,
  token: Token | undefined,
  scope: Scope,
  holder: Holder,
  onPending: (message: string) => Promise<void>,
): Promise<Gate> {
  if (token === undefined) return { ok: true };
  const request = concurrencySetting(token, scope);
  if (request.group === '') return { ok: true };
  try {
    let waiting: Promise<void> = Promise.resolve();
    const lease = await run.config.concurrency.acquire(request, holder, (position) => {
      waiting = onPending(
        `pending in concurrency group '${request.group}' (position ${position}, queue: ${request.queue})`,
      );
    });
    await waiting;
    return { ok: true, lease, group: request.group };
  } catch (error) {
    if (!(error instanceof ConcurrencyCancelled)) throw error;
    if (error.deadlock) run.cancel(error.message);
    return { ok: false, cancelled: true, message: error.message };
  }
}

/**
 * Branch and tag policies, then required reviewers: the run waits (status waiting in the
 * emulator) until a reviewer approves or rejects through the emulator, as on GitHub.
 */
export async function passEnvironment(
  run: RunState,
  environment: string,
  job: string,
  log: (line: string) => void,
): Promise<Gate> {
  const rules = await run.config.port.environment(environment);
  const refused = refusal(environment, String(run.github.ref), rules.branchPolicies);
  if (refused) return { ok: false, cancelled: false, message: refused };
  if (rules.waitTimer > 0)
    log(
      `Environment ${environment} has a wait timer of ${rules.waitTimer} min: not waited out locally.`,
    );
  if (!(await run.config.port.target(run.id, environment))) return { ok: true };
  log(`Waiting for a review of ${environment} by ${rules.reviewers.join(', ')} (run ${run.id}).`);
  await run.emit({ type: 'review-requested', job, runId: run.id, environment });
  for (;;) {
    const state = await run.config.port.review(run.id, environment);
    if (state === 'approved') return { ok: true };
    if (state === 'rejected')
      return {
        ok: false,
        cancelled: false,
        message: `The deployment to ${environment} was rejected by its reviewers.`,
      };
    if (run.cancelled)
      return {
        ok: false,
        cancelled: true,
        message: 'The run was cancelled while waiting for a review.',
      };
    await sleep(run.config.reviewPollMs);
  }
}
