import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Clock } from '@infra-fleet/action-kit';
import { finishedPlans, watchedPhase, withHeartbeat, type Watched } from '../src/heartbeat.js';
import { ENV_DIR, startFixture, terragruntRun, workspaceWith, type Fixture } from './helpers.js';

/** Sleeping moves time on at once; `onSleep` plays what Terragrunt does meanwhile. */
function fakeClock(onSleep: (elapsedMs: number) => void) {
  let now = Date.UTC(2026, 0, 1);
  const start = now;
  const clock: Clock = {
    now: () => new Date(now),
    sleep: async (ms) => {
      now += ms;
      onSleep(now - start);
    },
  };
  return clock;
}

const AWAITED = `for terragrunt run --all plan in ${ENV_DIR}`;

describe('withHeartbeat', () => {
  it('logs at once, soon after the finished units change, and every minute otherwise, until Terragrunt exits', async () => {
    let finished = 0;
    let exit: (code: number) => void = () => undefined;
    const running = new Promise<number>((resolve) => (exit = resolve));
    const clock = fakeClock((elapsed) => {
      if (elapsed === 20_000) finished = 1;
      if (elapsed === 25_000) finished = 3;
      if (elapsed === 150_000) exit(2);
    });
    const lines: string[] = [];
    const watched: Watched = { awaiting: AWAITED, seen: async () => `${finished} finished.` };
    const result = await withHeartbeat(running, watched, { clock, log: (l) => lines.push(l) });
    expect(result).toBe(2);
    expect(lines).toEqual([
      `Waiting 0s ${AWAITED}. 0 finished.`,
      `Waiting 20s ${AWAITED}. 1 finished.`,
      `Waiting 25s ${AWAITED}. 3 finished.`,
      `Waiting 1m25s ${AWAITED}. 3 finished.`,
      `Waiting 2m25s ${AWAITED}. 3 finished.`,
    ]);
  });

  it('passes a failure of Terragrunt on, and stops beating', async () => {
    const clock = fakeClock(() => undefined);
    const lines: string[] = [];
    const failing = Promise.reject(new Error('spawn ENOENT'));
    const watched: Watched = { awaiting: AWAITED, seen: async () => '' };
    await expect(
      withHeartbeat(failing, watched, { clock, log: (l) => lines.push(l) }),
    ).rejects.toThrow('spawn ENOENT');
    expect(lines).toEqual([`Waiting 0s ${AWAITED}.`]);
  });
});

describe('watchedPhase', () => {
  let planDir: string;
  beforeAll(() => {
    planDir = mkdtempSync(join(tmpdir(), 'terragrunt-heartbeat-'));
  });
  afterAll(() => rmSync(planDir, { recursive: true, force: true }));

  it('counts the plan JSON files Terragrunt has written, unit by unit', async () => {
    const plan = watchedPhase('plan', ENV_DIR, planDir);
    expect(await finishedPlans(planDir)).toBe(0);
    expect(await plan.seen()).toBe('No unit has finished planning yet.');
    for (const unit of ['vpc', 'a/b']) {
      mkdirSync(join(planDir, 'json', unit), { recursive: true });
      writeFileSync(join(planDir, 'json', unit, 'tfplan.json'), '{}');
    }
    mkdirSync(join(planDir, 'json', 'eks'));
    expect(await plan.seen()).toBe('2 units have finished planning.');
    expect(plan.awaiting).toBe(AWAITED);
  });

  it('reports only the elapsed time for apply and validate', async () => {
    const apply = watchedPhase('apply', ENV_DIR, planDir);
    expect(apply.awaiting).toBe(`for terragrunt run --all apply in ${ENV_DIR}`);
    expect(await apply.seen()).toBe('');
  });
});

describe('terragrunt-run heartbeat through the bundle', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture?.close());

  it('says which command runs in which folder as Terragrunt starts', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const run = await terragruntRun(fixture, workspace, { command: 'plan', 'plan-dir': 'out' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Waiting 0s ${AWAITED}\\. `, 'm'));
  });
});
