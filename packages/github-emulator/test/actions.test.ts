import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  approveRun,
  createRun,
  setEnvironment,
  type RunJson,
} from '../src/control-client-areas.js';
import { conforms, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let bot: Caller;
let envIds: Record<string, number>;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('release-bot', 'write', 'Bot');
  for (const login of ['dev', 'maria', 'sam', 'eve']) fx.user(login, 'write');
  fx.emu.state.teamMembers('octo-org', 'sre').add('sam');
  bot = fx.caller('release-bot', { actions: 'read', deployments: 'read' });
  const prod = await setEnvironment(fx.emu, 'production', {
    reviewers: [
      { type: 'User', login: 'maria' },
      { type: 'Team', slug: 'sre' },
    ],
    prevent_self_review: true,
  });
  const stage = await setEnvironment(fx.emu, 'staging', {
    reviewers: [{ type: 'User', login: 'dev' }],
    wait_timer: 2,
  });
  envIds = { production: prod.id, staging: stage.id };
});
afterAll(() => fx.close());

const start = (environments: string[] = ['production']): Promise<RunJson> =>
  createRun(fx.emu, {
    actor: 'dev',
    triggering_actor: 'dev',
    event: 'workflow_dispatch',
    environments,
  });

describe('workflow runs', () => {
  it('gets a run with actors, head commit and every required field', async () => {
    const run = await start();
    const got = await bot.call('GET', fx.repo(`/actions/runs/${run.id}`));
    conforms('actions/get-workflow-run', got, 200);
    expect(got.body).toMatchObject({
      id: run.id,
      event: 'workflow_dispatch',
      status: 'waiting',
      head_branch: 'main',
      actor: { login: 'dev' },
      triggering_actor: { login: 'dev' },
      run_attempt: 1,
    });
    expect(got.body.head_commit.id).toBe(got.body.head_sha);
    expect(got.body.head_sha).toMatch(/^[0-9a-f]{40}$/);
    expect((await bot.call('GET', fx.repo('/actions/runs/999999'))).status).toBe(404);
  });

  it('lists pending deployments with reviewers and whether the caller can approve', async () => {
    const run = await start(['production', 'staging']);
    const pending = await bot.call('GET', fx.repo(`/actions/runs/${run.id}/pending_deployments`));
    conforms('actions/get-pending-deployments-for-run', pending, 200);
    expect(pending.body.map((p: { environment: { name: string } }) => p.environment.name)).toEqual([
      'production',
      'staging',
    ]);
    expect(pending.body[0]).toMatchObject({
      current_user_can_approve: false,
      wait_timer: 0,
      wait_timer_started_at: null,
    });
    expect(pending.body[1].wait_timer_started_at).toBe(run.created_at);
    const asSam = fx.caller('sam', { actions: 'read' });
    const samView = await asSam.call('GET', fx.repo(`/actions/runs/${run.id}/pending_deployments`));
    expect(samView.body[0].current_user_can_approve).toBe(true);
  });
});

describe('reviews', () => {
  it('approves through the API as a team reviewer, returns deployments and records the review', async () => {
    const run = await start();
    const sam = fx.caller('sam', { actions: 'read', deployments: 'read' });
    const path = fx.repo(`/actions/runs/${run.id}/pending_deployments`);
    const reviewed = await sam.call('POST', path, {
      environment_ids: [envIds.production],
      state: 'approved',
      comment: 'Ship it',
    });
    conforms('actions/review-pending-deployments-for-run', reviewed, 200);
    expect(reviewed.body).toMatchObject([{ environment: 'production', sha: run.head_sha }]);
    expect((await bot.call('GET', path)).body).toEqual([]);
    const approvals = await bot.call('GET', fx.repo(`/actions/runs/${run.id}/approvals`));
    conforms('actions/get-reviews-for-run', approvals, 200);
    expect(approvals.body).toMatchObject([
      {
        state: 'approved',
        comment: 'Ship it',
        user: { login: 'sam' },
        environments: [{ name: 'production' }],
      },
    ]);
    expect((await bot.call('GET', fx.repo(`/actions/runs/${run.id}`))).body.status).toBe(
      'in_progress',
    );
  });

  it('refuses non-reviewers, self-review and environments that are not pending', async () => {
    const run = await start();
    const review = (login: string) =>
      approveRun(fx.emu, run.id, {
        login,
        state: 'approved',
        comment: 'ok',
        environments: ['production'],
      });
    await expect(review('eve')).rejects.toThrow(
      /eve is not a required reviewer for environment production/,
    );
    const self = await createRun(fx.emu, { actor: 'maria', environments: ['production'] });
    await expect(
      approveRun(fx.emu, self.id, {
        login: 'maria',
        state: 'approved',
        environments: ['production'],
      }),
    ).rejects.toThrow(/prevent_self_review/);
    const eve = fx.caller('eve', { deployments: 'read' });
    const refused = await eve.call('POST', fx.repo(`/actions/runs/${run.id}/pending_deployments`), {
      environment_ids: [envIds.staging],
      state: 'approved',
      comment: 'x',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/No pending deployment requests/);
  });

  it('records a rejection from the control API and fails the run', async () => {
    const run = await start();
    await approveRun(fx.emu, run.id, { login: 'maria', state: 'rejected', comment: 'Not today' });
    const approvals = await bot.call('GET', fx.repo(`/actions/runs/${run.id}/approvals`));
    expect(approvals.body).toMatchObject([
      { state: 'rejected', comment: 'Not today', user: { login: 'maria' } },
    ]);
    const got = await bot.call('GET', fx.repo(`/actions/runs/${run.id}`));
    expect(got.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('needs deployments: read to review and actions: read to look', async () => {
    const run = await start();
    const looker = fx.caller('maria', { actions: 'read' });
    const denied = await looker.call(
      'POST',
      fx.repo(`/actions/runs/${run.id}/pending_deployments`),
      {
        environment_ids: [envIds.production],
        state: 'approved',
        comment: 'x',
      },
    );
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('deployments=read');
    const blind = fx.caller('maria', { deployments: 'read' });
    const hidden = await blind.call('GET', fx.repo(`/actions/runs/${run.id}/approvals`));
    expect(hidden.headers.get('x-accepted-github-permissions')).toBe('actions=read');
  });
});
