import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createRun,
  setEnvironment,
  targetEnvironment,
  updateRun,
} from '../src/control-client-areas.js';
import { conforms, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let bot: Caller;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('dev', 'write');
  fx.user('maria', 'write');
  bot = fx.caller('github-actions[bot]', { actions: 'read' });
  await setEnvironment(fx.emu, 'production', { reviewers: [{ type: 'User', login: 'maria' }] });
  await setEnvironment(fx.emu, 'staging', {});
});
afterAll(() => fx.close());

describe('runs of a workflow', () => {
  it('lists a workflow file runs newest first, filtered by branch and status or conclusion', async () => {
    const path = '.github/workflows/infra-apply.yml';
    const older = await createRun(fx.emu, { actor: 'dev', path, event: 'push' });
    const newer = await createRun(fx.emu, { actor: 'dev', path, event: 'push' });
    await createRun(fx.emu, { actor: 'dev', path: '.github/workflows/release.yml' });
    await updateRun(fx.emu, older.id, { status: 'completed', conclusion: 'success' });
    await updateRun(fx.emu, newer.id, { status: 'completed', conclusion: 'failure' });
    const all = await bot.call('GET', fx.repo('/actions/workflows/infra-apply.yml/runs'));
    conforms('actions/list-workflow-runs', all, 200);
    expect(all.body.workflow_runs.map((r: { id: number }) => r.id)).toEqual([newer.id, older.id]);
    const green = await bot.call(
      'GET',
      fx.repo('/actions/workflows/infra-apply.yml/runs?branch=main&status=success&per_page=1'),
    );
    expect(green.body).toMatchObject({ total_count: 1, workflow_runs: [{ id: older.id }] });
    const done = await bot.call(
      'GET',
      fx.repo('/actions/workflows/infra-apply.yml/runs?status=completed'),
    );
    expect(done.body.total_count).toBe(2);
    const other = await bot.call(
      'GET',
      fx.repo('/actions/workflows/infra-apply.yml/runs?branch=dev'),
    );
    expect(other.body).toEqual({ total_count: 0, workflow_runs: [] });
  });

  it('needs actions: read', async () => {
    const blind = fx.caller('dev', { contents: 'read' });
    const denied = await blind.call('GET', fx.repo('/actions/workflows/release.yml/runs'));
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('actions=read');
  });
});

describe('runs moved on by a runner', () => {
  it('waits when a job reaches an environment with reviewers, and not for one without', async () => {
    const run = await createRun(fx.emu, { actor: 'dev' });
    expect(run.status).toBe('in_progress');
    const staged = await targetEnvironment(fx.emu, run.id, 'staging');
    expect(staged.status).toBe('in_progress');
    const held = await targetEnvironment(fx.emu, run.id, 'production');
    expect(held.status).toBe('waiting');
    const pending = await bot.call('GET', fx.repo(`/actions/runs/${run.id}/pending_deployments`));
    expect(pending.body.map((p: { environment: { name: string } }) => p.environment.name)).toEqual([
      'production',
    ]);
  });

  it('refuses an unknown environment, status or conclusion with the value', async () => {
    const run = await createRun(fx.emu, { actor: 'dev' });
    await expect(targetEnvironment(fx.emu, run.id, 'qa')).rejects.toThrow(
      /Environment qa does not exist/,
    );
    await expect(updateRun(fx.emu, run.id, { status: 'done' })).rejects.toThrow(/got done/);
    await expect(updateRun(fx.emu, run.id, { conclusion: 'great' })).rejects.toThrow(/got great/);
    const finished = await updateRun(fx.emu, run.id, {
      status: 'completed',
      conclusion: 'cancelled',
    });
    expect(finished).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });
});
