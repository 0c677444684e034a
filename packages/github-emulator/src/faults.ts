import { HttpError } from './errors.js';

export interface FaultSpec {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Regular expression matched against the request path (without query). */
  path: string;
  /** Answer with this status; absent: only delay, then answer normally. */
  status?: number;
  /** How many matching requests get the fault (default 1). */
  count?: number;
  delayMs?: number;
  /** Seconds for `retry-after` (secondary limits; default 60). */
  retryAfter?: number;
  /** 'primary': rate limit exhausted (remaining 0, reset); 'secondary': `retry-after`. */
  kind?: 'primary' | 'secondary';
  /** Seconds from now to the reset announced by a primary-limit fault (default 60). */
  resetSeconds?: number;
  message?: string;
}

export interface Fault extends FaultSpec {
  id: number;
  remaining: number;
}

/** Before the next update of `refs/heads/<branch>`, another writer lands a commit on it. */
export interface RaceSpec {
  branch: string;
  count?: number;
  /** Files the racing commit writes (null deletes); default: an empty change. */
  files?: Record<string, string | null>;
  message?: string;
}

interface ArmedRace extends RaceSpec {
  remaining: number;
}

function invalid(message: string): HttpError {
  return new HttpError(422, message);
}

export function validateFault(spec: FaultSpec): Fault & { pattern: RegExp } {
  if (typeof spec?.path !== 'string') throw invalid('fault needs "path", a regular expression');
  let pattern: RegExp;
  try {
    pattern = new RegExp(spec.path);
  } catch {
    throw invalid(`fault path ${JSON.stringify(spec.path)} is not a valid regular expression`);
  }
  const status = spec.status ?? (spec.kind ? 403 : undefined);
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw invalid(`fault status ${JSON.stringify(spec.status)} must be an integer from 400 to 599`);
  }
  if (status === undefined && !spec.delayMs) throw invalid('fault needs a "status" or a "delayMs"');
  const count = spec.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw invalid(`fault count ${count} must be >= 1`);
  return { ...spec, status, id: 0, remaining: count, pattern };
}

/** Faults and races armed through the control API, consumed by matching requests. */
export class FaultBook {
  private faults: Array<Fault & { pattern: RegExp }> = [];
  private races: ArmedRace[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    const fault = { ...validateFault(spec), id: this.nextId++ };
    this.faults.push(fault);
    return this.describe(fault);
  }

  /** The first armed fault matching the request, with one use taken. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) => (!f.method || f.method.toUpperCase() === method) && f.pattern.test(path),
    );
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
    this.races.push({ ...spec, remaining: count });
    return { branch: spec.branch, pending: this.pendingRaces(spec.branch) };
  }

  takeRace(branch: string): RaceSpec | undefined {
    const race = this.races.find((r) => r.branch === branch);
    if (!race) return undefined;
    race.remaining -= 1;
    if (race.remaining === 0) this.races = this.races.filter((r) => r !== race);
    return race;
  }

  clear(): void {
    this.faults = [];
    this.races = [];
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
