import { describe, expect, it } from '@jest/globals';
import { createObserver } from '../src/observe.js';
import { waitForStatus } from '../src/wait.js';
import { FakeClock, FakePort, SHA, recordingLog, settings } from './fakes.js';

const AWAITED = 'flux/staging/kustomization/load-harness from flux-bot on aaaaaaa';

function setup(overrides: Parameters<typeof settings>[0] = {}) {
  const port = new FakePort(new Set([SHA]));
  port.tip = SHA;
  const clock = new FakeClock();
  const log = recordingLog();
  const config = settings(overrides);
  const wait = () =>
    waitForStatus(config, {
      observe: createObserver(config, port, log),
      clock,
      log,
      signal: new AbortController().signal,
    });
  const heartbeats = () => log.lines.filter((line) => line.startsWith('info: Waiting '));
  return { port, clock, wait, heartbeats };
}

describe('waitForStatus heartbeat', () => {
  it('says what it waits for, the statuses under other contexts and the ignored ones, every minute and on change', async () => {
    const { port, clock, wait, heartbeats } = setup({ timeoutSeconds: 150 });
    port.post(SHA, { context: 'flux/staging/kustomization/web' });
    port.post(SHA, { context: 'ci/build', creator: 'github-actions[bot]', state: 'pending' });
    port.post(SHA, { creator: 'mallory' });
    clock.onSleep = (count) => {
      if (count === 9) port.post(SHA, { description: 'progressing' });
    };
    const result = await wait();
    expect(result.outcome).toBe('timeout');
    const others =
      'Seen: ci/build pending from github-actions[bot] (other context); flux/staging/kustomization/web success from flux-bot (other context)';
    const mallory = '1 status from mallory ignored (not flux-bot)';
    const progressing =
      '1 status from flux-bot not counted (description not in success-descriptions)';
    expect(heartbeats()).toEqual([
      `info: Waiting 0s for ${AWAITED} (timeout in 2m30s). ${others}; ${mallory}.`,
      `info: Waiting 1m00s for ${AWAITED} (timeout in 1m30s). ${others}; ${mallory}.`,
      `info: Waiting 1m30s for ${AWAITED} (timeout in 1m00s). ${others}; ${progressing}; ${mallory}.`,
      `info: Waiting 2m30s for ${AWAITED} (timeout in 0s). ${others}; ${progressing}; ${mallory}.`,
    ]);
  });

  it('names the counted status and the commit it is on, and stops beating once decided', async () => {
    const { port, clock, wait, heartbeats } = setup();
    port.post(SHA, { state: 'pending', description: 'progressing' });
    clock.onSleep = (count) => {
      if (count === 2) port.post(SHA);
    };
    expect((await wait()).outcome).toBe('verified');
    expect(heartbeats()).toEqual([
      `info: Waiting 0s for ${AWAITED} (timeout in 1m00s). Seen: flux/staging/kustomization/load-harness pending "progressing" on aaaaaaa.`,
    ]);
  });

  it('lists at most five other contexts', async () => {
    const { port, wait, heartbeats } = setup({ timeoutSeconds: 1 });
    for (let i = 1; i <= 7; i += 1) port.post(SHA, { context: `ci/check-${i}` });
    await wait();
    const line = heartbeats()[0] ?? '';
    expect(line.match(/\(other context\)/g)).toHaveLength(5);
    expect(line).toContain('ci/check-7 success from flux-bot (other context)');
    expect(line).toContain('; 2 more under other contexts.');
  });
});
