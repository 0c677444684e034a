import { HttpError } from './errors.js';

export interface FaultSpec {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Regular expression matched against the decoded request path (without query). */
  path: string;
  /** Answer with this status; absent: only delay, then answer normally. */
  status?: number;
  /** How many matching requests get the fault (default 1). */
  count?: number;
  delayMs?: number;
  /** Seconds for `retry-after`: secondary limits (default 60), other statuses when given. */
  retryAfter?: number;
  /**
   * 'primary': rate limit exhausted (remaining 0, reset); 'secondary': `retry-after`.
   * 'drop-after-apply': the request is applied, then the connection closes without an answer;
   * 'truncate-after-apply': applied, then answered with half its body (a lost or cut response);
   * 'hang-after-apply': applied, then never answered; 'hang': neither applied nor answered.
   * A hung request stays open until the client gives up or the emulator closes.
   */
  kind?: 'primary' | 'secondary' | LostAnswer;
  /** Seconds from now to the reset announced by a primary-limit fault (default 60). */
  resetSeconds?: number;
  message?: string;
}

export type AfterApply = 'drop-after-apply' | 'truncate-after-apply' | 'hang-after-apply';
/** How an answer is lost: after the request was applied, or (`hang`) before. */
export type LostAnswer = AfterApply | 'hang';
const AFTER_APPLY: readonly string[] = [
  'drop-after-apply',
  'truncate-after-apply',
  'hang-after-apply',
];

/** The way an applied request's answer is lost, when the fault says so. */
export function afterApply(fault: FaultSpec | undefined): AfterApply | undefined {
  return fault?.kind && AFTER_APPLY.includes(fault.kind) ? (fault.kind as AfterApply) : undefined;
}

/** The answer is lost one way or another: the request's own status never reaches the client. */
function lostAnswer(fault: FaultSpec | undefined): LostAnswer | undefined {
  return fault?.kind === 'hang' ? 'hang' : afterApply(fault);
}

export interface Fault extends FaultSpec {
  id: number;
  remaining: number;
}

/** Before the next update of `refs/heads/<branch>`, another writer lands a commit on it. */
export interface RaceSpec {
  branch: string;
  count?: number;
  /**
   * Updates of the branch to let through first (default 0): with a lost-answer fault on the
   * first update, the racing commit lands between it and the client's retry.
   */
  skip?: number;
  /** Files the racing commit writes (null deletes); default: an empty change. */
  files?: Record<string, string | null>;
  message?: string;
}

interface ArmedRace extends RaceSpec {
  remaining: number;
  skipping: number;
}

/**
 * Holds matching requests until `count` of them are waiting, then lets them all through at
 * once: N writers read the same tip before any of them lands, whatever the machine's speed.
 */
export interface BarrierSpec {
  method?: string;
  /** Regular expression matched against the decoded request path (without query). */
  path: string;
  count: number;
  /** Safety net: after this long the waiting requests are let through anyway (default 120 s). */
  timeoutMs?: number;
}

export interface BarrierState {
  id: number;
  method?: string;
  path: string;
  count: number;
  arrived: number;
  /** open: every request arrived in time; expired: released by the safety net. */
  status: 'waiting' | 'open' | 'expired';
}

interface ArmedBarrier extends BarrierState {
  pattern: RegExp;
  release: () => void;
  released: Promise<void>;
  timer?: NodeJS.Timeout;
}

function invalid(message: string): HttpError {
  return new HttpError(422, message);
}

function pathPattern(kind: string, path: unknown): RegExp {
  if (typeof path !== 'string') throw invalid(`${kind} needs "path", a regular expression`);
  try {
    return new RegExp(path);
  } catch {
    throw invalid(`${kind} path ${JSON.stringify(path)} is not a valid regular expression`);
  }
}

const matches = (rule: { method?: string; pattern: RegExp }, method: string, path: string) =>
  (!rule.method || rule.method.toUpperCase() === method) && rule.pattern.test(path);

export function validateFault(spec: FaultSpec): Fault & { pattern: RegExp } {
  const pattern = pathPattern('fault', spec?.path);
  const lost = lostAnswer(spec);
  if (lost && spec.status !== undefined) {
    const why = lost === 'hang' ? 'never answers' : "answers with the request's own status";
    throw invalid(`fault kind ${lost} ${why}; leave out "status"`);
  }
  const status = spec.status ?? (spec.kind && !lost ? 403 : undefined);
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw invalid(`fault status ${JSON.stringify(spec.status)} must be an integer from 400 to 599`);
  }
  if (status === undefined && !spec.delayMs && !lost) {
    throw invalid('fault needs a "status", a "delayMs" or an after-apply "kind"');
  }
  const count = spec.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw invalid(`fault count ${count} must be >= 1`);
  return { ...spec, status, id: 0, remaining: count, pattern };
}

/** Faults and races armed through the control API, consumed by matching requests. */
export class FaultBook {
  private faults: Array<Fault & { pattern: RegExp }> = [];
  private races: ArmedRace[] = [];
  private barriers: ArmedBarrier[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    const fault = { ...validateFault(spec), id: this.nextId++ };
    this.faults.push(fault);
    return this.describe(fault);
  }

  /** The first armed fault matching the request, with one use taken. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find((f) => matches(f, method, path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
    return this.describe(fault);
  }

  list(): Fault[] {
    return this.faults.map((fault) => this.describe(fault));
  }

  addRace(spec: RaceSpec): { branch: string; pending: number } {
    if (typeof spec?.branch !== 'string' || spec.branch === '') {
      throw invalid('race needs "branch", the branch to move before the next update-ref');
    }
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw invalid(`race count ${count} must be >= 1`);
    const skip = spec.skip ?? 0;
    if (!Number.isInteger(skip) || skip < 0) throw invalid(`race skip ${skip} must be >= 0`);
    this.races.push({ ...spec, remaining: count, skipping: skip });
    return { branch: spec.branch, pending: this.pendingRaces(spec.branch) };
  }

  takeRace(branch: string): RaceSpec | undefined {
    const race = this.races.find((r) => r.branch === branch);
    if (!race) return undefined;
    if (race.skipping > 0) {
      race.skipping -= 1;
      return undefined;
    }
    race.remaining -= 1;
    if (race.remaining === 0) this.races = this.races.filter((r) => r !== race);
    return race;
  }

  addBarrier(spec: BarrierSpec): BarrierState {
    const pattern = pathPattern('barrier', spec?.path);
    const count = spec.count;
    if (!Number.isInteger(count) || count < 2) {
      throw invalid(`barrier count ${JSON.stringify(count)} must be an integer >= 2`);
    }
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const barrier: ArmedBarrier = {
      id: this.nextId++,
      path: spec.path,
      count,
      arrived: 0,
      status: 'waiting',
      pattern,
      release,
      released,
      ...(spec.method && { method: spec.method }),
    };
    const timeoutMs = spec.timeoutMs ?? 120_000;
    barrier.timer = setTimeout(() => this.open(barrier, 'expired'), timeoutMs);
    barrier.timer.unref();
    this.barriers.push(barrier);
    return this.barrierState(barrier);
  }

  /** Resolves when the request may go on: at once, or when its barrier opens. */
  async pass(method: string, path: string): Promise<void> {
    const barrier = this.barriers.find((b) => b.status === 'waiting' && matches(b, method, path));
    if (!barrier) return;
    barrier.arrived += 1;
    if (barrier.arrived === barrier.count) this.open(barrier, 'open');
    await barrier.released;
  }

  listBarriers(): BarrierState[] {
    return this.barriers.map((barrier) => this.barrierState(barrier));
  }

  clear(): void {
    this.faults = [];
    this.races = [];
    this.barriers.filter((b) => b.status === 'waiting').forEach((b) => this.open(b, 'expired'));
    this.barriers = [];
  }

  private open(barrier: ArmedBarrier, status: 'open' | 'expired'): void {
    if (barrier.status !== 'waiting') return;
    barrier.status = status;
    clearTimeout(barrier.timer);
    barrier.release();
  }

  private barrierState(barrier: ArmedBarrier): BarrierState {
    const { id, method, path, count, arrived, status } = barrier;
    return { id, path, count, arrived, status, ...(method && { method }) };
  }

  private pendingRaces(branch: string): number {
    return this.races.filter((r) => r.branch === branch).reduce((sum, r) => sum + r.remaining, 0);
  }

  private describe(fault: Fault & { pattern?: RegExp }): Fault {
    const copy = { ...fault };
    delete copy.pattern;
    return copy;
  }
}
