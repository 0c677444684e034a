/**
 * Compare-and-swap landing: read the tip, plan from scratch, publish with the tip as the expected
 * parent; when another writer moved the branch first, wait a jittered while and start over.
 */

export interface LandingAttempt<P> {
  tip: string;
  plan: P;
}

export type PublishOutcome =
  { status: 'landed'; sha: string } | { status: 'stale'; detail: string };

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export interface CompareAndSwapOptions<P> {
  maxAttempts: number;
  readTip: () => Promise<string>;
  /** Recomputes everything from `tip`; a throw (a guard) ends the loop at once. */
  plan: (tip: string, attempt: number) => Promise<P>;
  isNoop: (plan: P) => boolean;
  publish: (tip: string, plan: P) => Promise<PublishOutcome>;
  backoff?: Backoff;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; detail: string }) => void;
}

export type LandingResult<P> =
  | { status: 'landed'; sha: string; tip: string; plan: P; attempts: number }
  | { status: 'noop'; tip: string; plan: P; attempts: number };

export const DEFAULT_BACKOFF: Backoff = { baseMs: 200, maxMs: 5000 };

export class LandingExhaustedError extends Error {
  readonly attempts: number;
  readonly lastDetail: string;

  constructor(attempts: number, lastDetail: string) {
    super(
      `the branch moved under every one of ${attempts} landing attempt(s); last rejection: ${lastDetail}. ` +
        'Raise max-attempts, or serialise writers with a workflow concurrency group.',
    );
    this.name = 'LandingExhaustedError';
    this.attempts = attempts;
    this.lastDetail = lastDetail;
  }
}

/** Full jitter: a uniform delay in [0, min(maxMs, baseMs * 2^(attempt-1))). */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

function assertMaxAttempts(maxAttempts: number): void {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`max-attempts must be an integer >= 1, got ${maxAttempts}`);
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function landWithCompareAndSwap<P>(
  options: CompareAndSwapOptions<P>,
): Promise<LandingResult<P>> {
  assertMaxAttempts(options.maxAttempts);
  const { sleep = realSleep, random = Math.random, backoff = DEFAULT_BACKOFF } = options;
  let lastDetail = '';
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    const tip = await options.readTip();
    const plan = await options.plan(tip, attempt);
    if (options.isNoop(plan)) return { status: 'noop', tip, plan, attempts: attempt };
    const outcome = await options.publish(tip, plan);
    if (outcome.status === 'landed')
      return { status: 'landed', sha: outcome.sha, tip, plan, attempts: attempt };
    lastDetail = outcome.detail;
    if (attempt === options.maxAttempts) break;
    const delayMs = backoffDelay(attempt, backoff, random);
    options.onRetry?.({ attempt, delayMs, detail: lastDetail });
    await sleep(delayMs);
  }
  throw new LandingExhaustedError(options.maxAttempts, lastDetail);
}
