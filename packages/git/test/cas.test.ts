import { describe, expect, it, jest } from '@jest/globals';
import { backoffDelay, DEFAULT_BACKOFF } from '../src/cas.js';
import {
  landWithCompareAndSwap,
  LandingExhaustedError,
  type CompareAndSwapOptions,
} from '../src/index.js';

type Publish = { status: 'landed'; sha: string } | { status: 'stale'; detail: string };

interface Script {
  tips: string[];
  publishes: Publish[];
  noopAt?: string;
  guard?: (tip: string) => void;
}

/** A scripted branch: readTip walks `tips`, publish answers from `publishes`. */
function scripted(script: Script, extra: Partial<CompareAndSwapOptions<string>> = {}) {
  const calls: string[] = [];
  const delays: number[] = [];
  const options: CompareAndSwapOptions<string> = {
    maxAttempts: 5,
    readTip: async () => {
      const tip = script.tips.shift() ?? 'no-more-tips';
      calls.push(`read ${tip}`);
      return tip;
    },
    plan: async (tip, attempt) => {
      calls.push(`plan ${tip} #${attempt}`);
      script.guard?.(tip);
      return tip === script.noopAt ? 'nothing' : `edit-on-${tip}`;
    },
    isNoop: (plan) => plan === 'nothing',
    publish: async (tip, plan) => {
      calls.push(`publish ${plan}`);
      return script.publishes.shift() ?? { status: 'stale', detail: 'no answer scripted' };
    },
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    ...extra,
  };
  return { options, calls, delays };
}

describe('landWithCompareAndSwap', () => {
  it('lands on the first attempt without sleeping', async () => {
    const { options, calls, delays } = scripted({
      tips: ['t1'],
      publishes: [{ status: 'landed', sha: 's1' }],
    });
    expect(await landWithCompareAndSwap(options)).toEqual({
      status: 'landed',
      sha: 's1',
      tip: 't1',
      plan: 'edit-on-t1',
      attempts: 1,
    });
    expect(calls).toEqual(['read t1', 'plan t1 #1', 'publish edit-on-t1']);
    expect(delays).toEqual([]);
  });

  it('re-reads the tip and re-plans from scratch after a stale publish', async () => {
    const onRetry = jest.fn();
    const { options, calls } = scripted(
      {
        tips: ['t1', 't2', 't3'],
        publishes: [
          { status: 'stale', detail: 'fetch first' },
          { status: 'stale', detail: 'non-fast-forward' },
          { status: 'landed', sha: 's3' },
        ],
      },
      { onRetry },
    );
    const result = await landWithCompareAndSwap(options);
    expect(result).toMatchObject({
      status: 'landed',
      sha: 's3',
      tip: 't3',
      plan: 'edit-on-t3',
      attempts: 3,
    });
    expect(calls).toEqual([
      'read t1',
      'plan t1 #1',
      'publish edit-on-t1',
      'read t2',
      'plan t2 #2',
      'publish edit-on-t2',
      'read t3',
      'plan t3 #3',
      'publish edit-on-t3',
    ]);
    expect(onRetry.mock.calls).toEqual([
      [{ attempt: 1, delayMs: 100, detail: 'fetch first' }],
      [{ attempt: 2, delayMs: 200, detail: 'non-fast-forward' }],
    ]);
  });

  it('stops with noop, without publishing, when the plan has nothing to do', async () => {
    const { options, calls } = scripted({ tips: ['t1'], publishes: [], noopAt: 't1' });
    expect(await landWithCompareAndSwap(options)).toEqual({
      status: 'noop',
      tip: 't1',
      plan: 'nothing',
      attempts: 1,
    });
    expect(calls).toEqual(['read t1', 'plan t1 #1']);
  });

  it('stops with noop when a competing writer already landed the same change', async () => {
    const { options } = scripted({
      tips: ['t1', 't2'],
      publishes: [{ status: 'stale', detail: 'x' }],
      noopAt: 't2',
    });
    expect(await landWithCompareAndSwap(options)).toMatchObject({
      status: 'noop',
      tip: 't2',
      attempts: 2,
    });
  });

  it('rethrows a guard failure at once, without retrying', async () => {
    const guard = (tip: string) => {
      if (tip === 't2') throw new Error('refusing to downgrade v2.0.0 -> v1.9.0');
    };
    const { options, calls } = scripted({
      tips: ['t1', 't2', 't3'],
      publishes: [{ status: 'stale', detail: 'x' }],
      guard,
    });
    await expect(landWithCompareAndSwap(options)).rejects.toThrow(
      'refusing to downgrade v2.0.0 -> v1.9.0',
    );
    expect(calls).toEqual(['read t1', 'plan t1 #1', 'publish edit-on-t1', 'read t2', 'plan t2 #2']);
  });

  it('propagates publish and readTip errors unchanged', async () => {
    const failing = scripted(
      { tips: ['t1'], publishes: [] },
      {
        publish: async () => {
          throw new Error('pre-receive hook declined');
        },
      },
    );
    await expect(landWithCompareAndSwap(failing.options)).rejects.toThrow(
      'pre-receive hook declined',
    );
    const unreadable = scripted(
      { tips: [], publishes: [] },
      {
        readTip: async () => {
          throw new Error("branch 'main' does not exist");
        },
      },
    );
    await expect(landWithCompareAndSwap(unreadable.options)).rejects.toThrow(
      "branch 'main' does not exist",
    );
  });

  it('gives up after maxAttempts stale publishes with a hint', async () => {
    const stale = (n: number): Publish => ({ status: 'stale', detail: `rejected #${n}` });
    const { options, calls, delays } = scripted(
      { tips: ['t1', 't2', 't3', 't4'], publishes: [stale(1), stale(2), stale(3)] },
      { maxAttempts: 3 },
    );
    const error = (await landWithCompareAndSwap(options).catch(
      (e: unknown) => e,
    )) as LandingExhaustedError;
    expect(error).toBeInstanceOf(LandingExhaustedError);
    expect(error.attempts).toBe(3);
    expect(error.lastDetail).toBe('rejected #3');
    expect(error.message).toMatch(/3 landing attempt\(s\); last rejection: rejected #3/);
    expect(error.message).toMatch(
      /Raise max-attempts, or serialise writers with a workflow concurrency group/,
    );
    expect(calls.filter((call) => call.startsWith('publish'))).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  it('rejects a maxAttempts below 1 or fractional', async () => {
    for (const maxAttempts of [0, -1, 1.5, Number.NaN]) {
      const { options, calls } = scripted({ tips: ['t1'], publishes: [] }, { maxAttempts });
      await expect(landWithCompareAndSwap(options)).rejects.toThrow(
        /max-attempts must be an integer >= 1/,
      );
      expect(calls).toEqual([]);
    }
  });

  it('sleeps with full jitter under a capped exponential ceiling', async () => {
    const randoms = [0, 0.999999, 0.5, 0.25, 0.999999, 0.999999];
    const { options, delays } = scripted(
      { tips: [], publishes: [] },
      { maxAttempts: 7, backoff: { baseMs: 100, maxMs: 1000 }, random: () => randoms.shift() ?? 0 },
    );
    await expect(landWithCompareAndSwap(options)).rejects.toBeInstanceOf(LandingExhaustedError);
    // ceilings: 100, 200, 400, 800, 1000 (capped), 1000
    expect(delays).toEqual([0, 199, 200, 200, 999, 999]);
  });
});

describe('backoffDelay', () => {
  it('stays within [0, min(maxMs, baseMs * 2^(attempt-1))) for any random value', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.baseMs * 2 ** (attempt - 1));
      for (const r of [0, 0.1, 0.5, 0.9, 0.999999999]) {
        const delay = backoffDelay(attempt, DEFAULT_BACKOFF, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
    expect(backoffDelay(12, DEFAULT_BACKOFF, () => 0.999999999)).toBe(4999);
  });

  it('uses 200 ms / 5 s by default', () => {
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 200, maxMs: 5000 });
  });
});
