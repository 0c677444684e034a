import { describe, expect, it } from '@jest/globals';
import {
  createHeartbeat,
  formatDuration,
  HEARTBEAT_INTERVAL_MS,
  type Clock,
} from '../src/index.js';

const START = Date.UTC(2026, 0, 1);

/** Time moves only when the test says so. */
function fakeClock() {
  let now = START;
  const clock: Clock = { now: () => new Date(now), sleep: async () => undefined };
  return { clock, advance: (ms: number) => (now += ms) };
}

function setup(options: { deadlineMs?: number; intervalMs?: number; sinceMs?: number } = {}) {
  const { clock, advance } = fakeClock();
  const lines: string[] = [];
  const heartbeat = createHeartbeat({
    clock,
    log: (line) => lines.push(line),
    awaiting: 'for flux/staging/kustomization/api from flux-bot on 1a2b3c4',
    ...(options.deadlineMs !== undefined && { deadline: new Date(START + options.deadlineMs) }),
    ...(options.sinceMs !== undefined && { since: new Date(START + options.sinceMs) }),
    ...(options.intervalMs !== undefined && { intervalMs: options.intervalMs }),
  });
  return { heartbeat, lines, advance };
}

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [45_000, '45s'],
    [60_000, '1m00s'],
    [270_000, '4m30s'],
    [3_599_000, '59m59s'],
    [3_720_000, '1h02m'],
    [26 * 3_600_000, '26h00m'],
    [-5_000, '0s'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('createHeartbeat', () => {
  it('logs the first state at once, with the elapsed time and the time left', () => {
    const { heartbeat, lines, advance } = setup({ deadlineMs: 900_000 });
    advance(270_000);
    expect(heartbeat.beat('Seen: 1 status from mallory ignored.')).toBe(true);
    expect(lines).toEqual([
      'Waiting 4m30s for flux/staging/kustomization/api from flux-bot on 1a2b3c4 (timeout in 10m30s). Seen: 1 status from mallory ignored.',
    ]);
  });

  it('repeats an unchanged state only once the interval has passed since the last line', () => {
    const { heartbeat, lines, advance } = setup();
    heartbeat.beat('Seen: nothing yet.');
    for (let i = 0; i < 3; i += 1) {
      advance(15_000);
      heartbeat.beat('Seen: nothing yet.');
    }
    expect(lines).toHaveLength(1);
    advance(15_000);
    heartbeat.beat('Seen: nothing yet.');
    expect(lines).toEqual([
      'Waiting 0s for flux/staging/kustomization/api from flux-bot on 1a2b3c4. Seen: nothing yet.',
      'Waiting 1m00s for flux/staging/kustomization/api from flux-bot on 1a2b3c4. Seen: nothing yet.',
    ]);
    expect(HEARTBEAT_INTERVAL_MS).toBe(60_000);
  });

  it('logs at once when the state changes, and counts the interval from that line', () => {
    const { heartbeat, lines, advance } = setup({ intervalMs: 30_000 });
    heartbeat.beat('a');
    advance(1_000);
    expect(heartbeat.beat('b')).toBe(true);
    advance(29_000);
    expect(heartbeat.beat('b')).toBe(false);
    advance(1_000);
    expect(heartbeat.beat('b')).toBe(true);
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['0s', '1s', '31s']);
  });

  it('counts elapsed time from `since`, and omits an empty state', () => {
    const { heartbeat, lines } = setup({ sinceMs: -3_720_000 });
    heartbeat.beat('');
    expect(lines).toEqual([
      'Waiting 1h02m for flux/staging/kustomization/api from flux-bot on 1a2b3c4.',
    ]);
  });
});
