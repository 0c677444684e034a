import { describe, expect, it } from '@jest/globals';
import { ActionError } from '@infra-fleet/action-kit';
import { createObserver, MAX_DESCENDANTS } from '../src/observe.js';
import { waitForStatus } from '../src/wait.js';
import {
  FakeClock,
  FakePort,
  LATER,
  NEXT,
  SHA,
  recordingLog,
  settings,
  type FakePort as Port,
} from './fakes.js';

const OVERLAY = 'k8s/overlays/staging/kustomization.yaml';

function setup(overrides: Parameters<typeof settings>[0] = {}) {
  const port = new FakePort(new Set([SHA, NEXT, LATER]));
  port.tip = SHA;
  const clock = new FakeClock();
  const log = recordingLog();
  const config = settings(overrides);
  const wait = (signal = new AbortController().signal) =>
    waitForStatus(config, {
      observe: createObserver(config, port, log),
      clock,
      log,
      signal,
    });
  return { port, clock, log, wait };
}

const countOf = (port: Port, prefix: string) =>
  port.calls.filter((call) => call.startsWith(prefix)).length;

describe('waitForStatus', () => {
  it('polls at the interval until Flux reports success on sha', async () => {
    const { port, clock, log, wait } = setup();
    clock.onSleep = (count) => {
      if (count === 1) port.post(SHA, { state: 'pending', description: 'progressing' });
      if (count === 3) port.post(SHA);
    };
    const result = await wait();
    expect(result).toMatchObject({ outcome: 'verified', waitedSeconds: 30, polls: 4 });
    expect(result.verdict.verifiedSha).toBe(SHA);
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000]);
    // One heartbeat per change while waiting, not per poll (wait-heartbeat.test.ts has more).
    const progress = log.lines.filter((line) => line.includes('flux/staging/'));
    expect(progress).toEqual([
      'info: Waiting 0s for flux/staging/kustomization/load-harness from flux-bot on aaaaaaa (timeout in 1m00s). Seen: nothing yet.',
      'info: Waiting 10s for flux/staging/kustomization/load-harness from flux-bot on aaaaaaa (timeout in 50s). Seen: flux/staging/kustomization/load-harness pending "progressing" on aaaaaaa.',
    ]);
  });

  it('times out at the deadline, sleeping only what is left before the last poll', async () => {
    const { clock, wait } = setup({ timeoutSeconds: 25 });
    const result = await wait();
    expect(result).toMatchObject({ outcome: 'timeout', waitedSeconds: 25, polls: 4 });
    expect(clock.sleeps).toEqual([10_000, 10_000, 5_000]);
  });

  it('stops when the job is cancelled', async () => {
    const { clock, wait } = setup();
    const controller = new AbortController();
    clock.onSleep = () => controller.abort('SIGTERM');
    const result = await wait(controller.signal);
    expect(result).toMatchObject({ outcome: 'cancelled', polls: 1 });
  });

  it('logs a forged status once however often it is read, and keeps waiting', async () => {
    const { port, clock, log, wait } = setup({ timeoutSeconds: 30 });
    port.post(SHA, { creator: 'mallory' });
    clock.onSleep = () => undefined;
    const result = await wait();
    expect(result.outcome).toBe('timeout');
    const notCounted = log.lines.filter((line) => line.includes('Not counted'));
    expect(notCounted).toEqual([
      'info: Not counted: flux/staging/kustomization/load-harness success on aaaaaaa, posted by mallory, not by expected-creator flux-bot.',
    ]);
    expect(result.verdict.ignored).toHaveLength(1);
  });
});

describe('createObserver', () => {
  it('verifies through a batched descendant that left the watched paths alone', async () => {
    const { port, wait } = setup();
    port.tip = NEXT;
    port.ahead(SHA, NEXT, [NEXT], ['README.md']);
    port.post(NEXT);
    const result = await wait();
    expect(result).toMatchObject({ outcome: 'verified', verdict: { verifiedSha: NEXT } });
  });

  it('is superseded when Flux reported on a later promotion that changed the overlay', async () => {
    const { port, wait } = setup();
    port.tip = LATER;
    port.ahead(SHA, LATER, [NEXT, LATER], [OVERLAY]);
    port.ahead(SHA, NEXT, [NEXT], ['README.md']);
    port.post(LATER);
    const result = await wait();
    expect(result.outcome).toBe('superseded');
    expect(result.observation?.placement).toMatchObject({
      candidates: [{ sha: SHA }, { sha: LATER, equivalent: false, watchedChanges: [OVERLAY] }],
    });
  });

  it('compares only descendants with a status from the expected creator', async () => {
    const { port, clock, wait } = setup({ timeoutSeconds: 20 });
    port.tip = LATER;
    port.ahead(SHA, LATER, [NEXT, LATER], [OVERLAY]);
    port.post(NEXT, { creator: 'mallory' });
    clock.onSleep = (count) => {
      if (count === 1) port.post(SHA, { state: 'pending', description: 'progressing' });
    };
    const result = await wait();
    expect(result.outcome).toBe('timeout');
    const compares = port.calls.filter((call) => call.startsWith('compare'));
    expect(new Set(compares)).toEqual(new Set(['compare aaaaaaa...ccccccc']));
    expect(countOf(port, 'statuses bbbbbbb')).toBe(3);
  });

  it('does not count a commit that is not a descendant (a merged side branch)', async () => {
    const { port, wait } = setup({ timeoutSeconds: 1 });
    port.tip = LATER;
    port.ahead(SHA, LATER, [NEXT, LATER], []);
    port.comparisons.set(`${SHA}...${NEXT}`, {
      status: 'diverged',
      aheadBy: 1,
      behindBy: 3,
      commits: [NEXT],
      files: [],
      filesComplete: true,
    });
    port.post(NEXT);
    expect((await wait()).outcome).toBe('timeout');
  });

  it('does not trust a comparison whose file list may be cut', async () => {
    const { port, wait } = setup();
    port.tip = NEXT;
    port.ahead(SHA, NEXT, [NEXT], []);
    port.comparisons.set(`${SHA}...${NEXT}`, {
      ...(port.comparisons.get(`${SHA}...${NEXT}`) as NonNullable<
        ReturnType<Port['comparisons']['get']>
      >),
      filesComplete: false,
    });
    port.post(NEXT);
    expect((await wait()).outcome).toBe('superseded');
  });

  it.each([
    ['behind', { status: 'behind', aheadBy: 0, behindBy: 2 }, 2],
    ['diverged', { status: 'diverged', aheadBy: 1, behindBy: 2 }, 1],
    ['unrelated', undefined, 1],
  ] as const)(
    'is diverged when the branch is %s, after %i poll(s)',
    async (_name, comparison, polls) => {
      const { port, wait } = setup();
      port.tip = LATER;
      port.comparisons.set(
        `${SHA}...${LATER}`,
        comparison && { ...comparison, commits: [], files: [], filesComplete: true },
      );
      port.post(SHA);
      const result = await wait();
      expect(result).toMatchObject({ outcome: 'diverged', polls });
      expect(countOf(port, 'statuses')).toBe(0);
    },
  );

  it('reads a tip behind sha once more: GitHub may answer with the tip from before the push', async () => {
    const { port, clock, log, wait } = setup();
    port.tip = LATER;
    port.comparisons.set(`${SHA}...${LATER}`, {
      status: 'behind',
      aheadBy: 0,
      behindBy: 1,
      commits: [],
      files: [],
      filesComplete: true,
    });
    port.post(SHA);
    clock.onSleep = () => {
      port.tip = SHA;
    };
    const result = await wait();
    expect(result).toMatchObject({ outcome: 'verified', polls: 2 });
    expect(log.lines.join('\n')).toMatch(/is behind aaaaaaa[^\n]*Checking again before deciding/);
  });

  it('reads the first commits after sha and the tip, and warns once when more follow', async () => {
    const { port, log, wait } = setup({ timeoutSeconds: 10 });
    const commits = Array.from({ length: MAX_DESCENDANTS + 5 }, (_, i) =>
      (i + 1).toString(16).padStart(40, '0'),
    );
    const tip = commits.at(-1) as string;
    port.tip = tip;
    port.ahead(SHA, tip, commits);
    await wait();
    expect(countOf(port, 'statuses')).toBe(2 * MAX_DESCENDANTS + 2);
    expect(port.calls).toContain(`statuses ${tip.slice(0, 7)}`);
    expect(log.lines.filter((line) => line.startsWith('warning:'))).toHaveLength(1);
  });

  it('fails with a hint when the branch does not exist', async () => {
    const { port, wait } = setup({ branch: 'mian' });
    port.tip = undefined;
    const failure = wait();
    await expect(failure).rejects.toBeInstanceOf(ActionError);
    await expect(failure).rejects.toThrow('Branch "mian" does not exist in octo-org/infra-fleet.');
  });
});
