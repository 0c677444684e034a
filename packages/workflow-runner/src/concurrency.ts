/**
 * Concurrency groups with GitHub's rules. At most one holder runs per group (names are
 * case-insensitive, repository-wide). `queue: single` (the default) keeps one pending holder: a
 * newcomer cancels the older pending one. `queue: max` keeps up to 100 pending, first in first
 * out, and cancels a newcomer when full. `cancel-in-progress` also cancels the running holder.
 * A holder asking for a group that one of its own ancestors (its workflow, its calling job)
 * holds can never start: GitHub detects that deadlock and cancels the run.
 */

export type QueueMode = 'single' | 'max';

export const MAX_PENDING = 100;

export interface ConcurrencyRequest {
  group: string;
  cancelInProgress: boolean;
  queue: QueueMode;
}

export interface Holder {
  id: string;
  /** How GitHub names it: 'staging / promote', or a top level workflow. */
  label: string;
  topLevelWorkflow?: boolean;
  /** Holder ids this one runs inside (its run's workflow, its calling jobs). */
  ancestors: string[];
  /** Asks a running holder to stop (cancel-in-progress). */
  cancel(reason: string): void;
}

export interface GroupState {
  running?: Holder;
  pending: Holder[];
}

export type Admission =
  | { kind: 'deadlock'; message: string }
  | { kind: 'start' }
  | { kind: 'refuse'; message: string }
  | { kind: 'wait'; cancelPending: Holder[]; cancelRunning: boolean };

export const replacedMessage = (group: string) =>
  `Canceling since a higher priority waiting request for '${group}' exists`;

function describe(holder: Holder): string {
  return holder.topLevelWorkflow ? 'a top level workflow' : `'${holder.label}'`;
}

/** The decision for a newcomer, from the group's state alone. */
export function admit(state: GroupState, newcomer: Holder, request: ConcurrencyRequest): Admission {
  const running = state.running;
  if (running && newcomer.ancestors.includes(running.id)) {
    return {
      kind: 'deadlock',
      message: `Canceling since a deadlock was detected for concurrency group: '${request.group}' between ${describe(running)} and '${newcomer.label}'`,
    };
  }
  if (!running && state.pending.length === 0) return { kind: 'start' };
  if (request.queue === 'max') {
    if (state.pending.length >= MAX_PENDING) {
      return {
        kind: 'refuse',
        message: `Canceling since concurrency group '${request.group}' already has ${MAX_PENDING} pending (queue: max)`,
      };
    }
    return { kind: 'wait', cancelPending: [], cancelRunning: request.cancelInProgress };
  }
  return {
    kind: 'wait',
    cancelPending: [...state.pending],
    cancelRunning: request.cancelInProgress,
  };
}

export class ConcurrencyCancelled extends Error {
  constructor(
    message: string,
    readonly deadlock = false,
  ) {
    super(message);
  }
}

export interface Lease {
  release(): void;
}

interface Waiting {
  holder: Holder;
  start: (lease: Lease) => void;
  cancel: (error: ConcurrencyCancelled) => void;
}

interface Group {
  running?: Holder;
  pending: Waiting[];
}

/** The groups of one repository, shared by every run of a runner. */
export class ConcurrencyBook {
  private readonly groups = new Map<string, Group>();

  /** Resolves when the holder may run; rejects with ConcurrencyCancelled when it never will. */
  acquire(
    request: ConcurrencyRequest,
    holder: Holder,
    onPending?: (position: number) => void,
  ): Promise<Lease> {
    const key = request.group.toLowerCase();
    const group = this.groups.get(key) ?? { pending: [] };
    this.groups.set(key, group);
    const state = { running: group.running, pending: group.pending.map((w) => w.holder) };
    const admission = admit(state, holder, request);
    if (admission.kind === 'deadlock')
      return Promise.reject(new ConcurrencyCancelled(admission.message, true));
    if (admission.kind === 'refuse')
      return Promise.reject(new ConcurrencyCancelled(admission.message));
    if (admission.kind === 'start') {
      group.running = holder;
      return Promise.resolve(this.lease(key, holder));
    }
    const replaced = new Set(admission.cancelPending.map((h) => h.id));
    for (const waiting of group.pending.filter((w) => replaced.has(w.holder.id))) {
      waiting.cancel(new ConcurrencyCancelled(replacedMessage(request.group)));
    }
    group.pending = group.pending.filter((w) => !replaced.has(w.holder.id));
    if (admission.cancelRunning) group.running?.cancel(replacedMessage(request.group));
    return new Promise<Lease>((start, cancel) => {
      group.pending.push({ holder, start, cancel });
      onPending?.(group.pending.length);
    });
  }

  /** What each group holds now: running and pending holder labels. */
  snapshot(): Record<string, { running?: string; pending: string[] }> {
    return Object.fromEntries(
      [...this.groups].map(([key, group]) => [
        key,
        { running: group.running?.label, pending: group.pending.map((w) => w.holder.label) },
      ]),
    );
  }

  private lease(key: string, holder: Holder): Lease {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const group = this.groups.get(key);
        if (!group || group.running?.id !== holder.id) return;
        group.running = undefined;
        const next = group.pending.shift();
        if (next) {
          group.running = next.holder;
          next.start(this.lease(key, next.holder));
        }
      },
    };
  }
}
