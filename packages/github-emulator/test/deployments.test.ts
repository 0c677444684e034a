import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { conforms, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let bot: Caller;
let branchSha: string;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('release-bot', 'write', 'Bot');
  bot = fx.caller('release-bot', { deployments: 'write' });
  branchSha = fx.pushBranch('release/1', { 'k8s/prod/notes.txt': 'x\n' });
});
afterAll(() => fx.close());

const create = (body: Record<string, unknown>) => bot.call('POST', fx.repo('/deployments'), body);

describe('deployments', () => {
  it('creates a deployment at the ref commit with the token account as creator', async () => {
    const created = await create({
      ref: 'release/1',
      environment: 'production',
      description: 'Approval gate',
      payload: { run: 42 },
      auto_merge: false,
      required_contexts: [],
    });
    conforms('repos/create-deployment', created, 201);
    expect(created.body).toMatchObject({
      sha: branchSha,
      ref: 'release/1',
      environment: 'production',
      original_environment: 'production',
      production_environment: true,
      description: 'Approval gate',
      payload: { run: 42 },
      creator: { login: 'release-bot' },
      task: 'deploy',
    });
    const refused = await create({ ref: 'no-such-ref' });
    conforms('repos/create-deployment', refused, 422);
    expect(refused.body.message).toBe('No ref found for: no-such-ref');
  });

  it('lists newest first, filtered by sha, ref and environment', async () => {
    await create({ ref: 'main', environment: 'staging' });
    await create({ ref: 'main', environment: 'production' });
    const list = async (query = '') => {
      const reply = await bot.call('GET', fx.repo(`/deployments${query}`));
      conforms('repos/list-deployments', reply, 200);
      return reply.body.map(
        (d: { ref: string; environment: string }) => `${d.ref}@${d.environment}`,
      );
    };
    expect(await list()).toEqual(['main@production', 'main@staging', 'release/1@production']);
    expect(await list('?environment=production')).toEqual([
      'main@production',
      'release/1@production',
    ]);
    expect(await list(`?sha=${branchSha}`)).toEqual(['release/1@production']);
    expect(await list('?ref=main&environment=staging')).toEqual(['main@staging']);
  });

  it('creates and lists statuses, newest first, and 404s unknown deployments', async () => {
    const deployment = (
      await create({ ref: 'main', environment: 'qa', transient_environment: false })
    ).body;
    const path = fx.repo(`/deployments/${deployment.id}/statuses`);
    // Without URLs GitHub answers "" (the schema's default), which its own `format: uri` rejects.
    const pending = await bot.call('POST', path, {
      state: 'pending',
      description: 'Waiting for approval',
      log_url: 'https://ci.example.com/run/1',
      environment_url: 'https://qa.example.com',
    });
    conforms('repos/create-deployment-status', pending, 201);
    const success = await bot.call('POST', path, {
      state: 'success',
      environment_url: 'https://prod.example.com',
      log_url: 'https://ci.example.com/run/1',
    });
    expect(success.body).toMatchObject({
      state: 'success',
      environment: 'qa',
      environment_url: 'https://prod.example.com',
      log_url: 'https://ci.example.com/run/1',
      target_url: 'https://ci.example.com/run/1',
      creator: { login: 'release-bot' },
    });
    const listed = await bot.call('GET', path);
    conforms('repos/list-deployment-statuses', listed, 200);
    expect(listed.body.map((s: { state: string }) => s.state)).toEqual(['success', 'pending']);
    conforms(
      'repos/list-deployment-statuses',
      await bot.call('GET', fx.repo('/deployments/999999/statuses')),
      404,
    );
    const bad = await bot.call('POST', path, { state: 'done' });
    conforms('repos/create-deployment-status', bad, 422);
  });

  it('marks the previous successful deployment of a non-production environment inactive', async () => {
    const first = (
      await create({ ref: 'main', environment: 'preview', production_environment: false })
    ).body;
    await bot.call('POST', fx.repo(`/deployments/${first.id}/statuses`), { state: 'success' });
    const second = (
      await create({ ref: 'main', environment: 'preview', production_environment: false })
    ).body;
    await bot.call('POST', fx.repo(`/deployments/${second.id}/statuses`), { state: 'success' });
    const states = (await bot.call('GET', fx.repo(`/deployments/${first.id}/statuses`))).body;
    expect(states.map((s: { state: string }) => s.state)).toEqual(['inactive', 'success']);
  });

  it('needs deployments: write to create', async () => {
    const reader = fx.caller('release-bot', { deployments: 'read' });
    const denied = await reader.call('POST', fx.repo('/deployments'), { ref: 'main' });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('deployments=write');
  });
});
