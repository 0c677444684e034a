import type { EvaluationRoot } from './config-context.js';
import type { Recorder } from './trail.js';
import { isMap, Unknown, type Value } from './values.js';

/**
 * Bounds on the work of one evaluation (a unit with its includes, one shared read, one stack
 * file). A hostile tree of a few kilobytes must not cost minutes or gigabytes; a real one stays
 * far below every bound. Work is counted, never timed, so results do not depend on the machine.
 */
export const LIMITS = {
  /** Includes and reads nested in one another. */
  depth: 16,
  /** Config files evaluated (includes, reads not already cached, stack files). */
  evaluations: 200,
  /** Expression nodes evaluated, plus the cost of expensive functions (regex). */
  steps: 250_000,
  /** Elements plus string characters of one value. */
  valueSize: 1_000_000,
  /** Units and stacks one stack file generates, nested stacks' included. */
  components: 500,
};

export type Limits = typeof LIMITS;

/** Work done across a whole graph build (for tests and benchmarks: counts, never times). */
export class Tally {
  evaluations = 0;
  steps = 0;
}

/** Counts work against LIMITS; once a bound is hit, every further request is refused. */
export class Budget {
  evaluations = 0;
  steps = 0;
  /** Why work stopped, once it has. */
  exhausted?: string;

  constructor(
    private readonly tally = new Tally(),
    readonly limits: Limits = LIMITS,
  ) {}

  /** Counts one more config evaluation; the reason it is refused, if it is. */
  evaluation(): string | undefined {
    this.evaluations++;
    this.tally.evaluations++;
    if (this.evaluations > this.limits.evaluations)
      this.exhausted ??= `more than ${this.limits.evaluations} config files in one evaluation`;
    return this.exhausted;
  }

  /** Spends `cost` steps; an Unknown once the step budget is gone. */
  spend(cost = 1): Unknown | undefined {
    this.steps += cost;
    this.tally.steps += cost;
    if (this.steps > this.limits.steps)
      this.exhausted ??= `more than ${this.limits.steps} evaluation steps`;
    return this.exhausted
      ? new Unknown(`evaluation stopped: ${this.exhausted}`, 'error')
      : undefined;
  }

  /** An Unknown in place of a value too large to keep. */
  tooLarge(value: Value): Unknown | undefined {
    if (sizeOf(value) <= this.limits.valueSize) return undefined;
    this.exhausted ??= `a value larger than ${this.limits.valueSize} elements and characters`;
    return new Unknown(`evaluation stopped: ${this.exhausted}`, 'error');
  }
}

const SIZES = new WeakMap<object, number>();

/** Elements plus characters, counting shared parts every time they appear (as JSON would). */
export function sizeOf(value: Value): number {
  if (typeof value === 'string') return value.length + 1;
  if (value === null || typeof value !== 'object' || !(Array.isArray(value) || isMap(value)))
    return 1;
  const known = SIZES.get(value);
  if (known !== undefined) return known;
  const items = Array.isArray(value) ? value : Object.values(value);
  let size = 1;
  for (const item of items) size += sizeOf(item);
  SIZES.set(value, size);
  return size;
}

/** An evaluation that ran out of budget is incomplete: its unit fails closed, saying why. */
export function reportExhausted(root: EvaluationRoot, file: string, rec: Recorder): void {
  const reason = root.budget.exhausted;
  if (!reason) return;
  rec.issue(
    file,
    `change detection stopped evaluating ${file}: ${reason}. Such a config is treated as ` +
      `changed; simplify its includes, reads and expressions.`,
  );
}
