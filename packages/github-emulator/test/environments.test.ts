import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setEnvironment } from '../src/control-client-areas.js';
import { conforms, links, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let bot: Caller;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('release-bot', 'write', 'Bot');
  fx.user('maria', 'write');
  bot = fx.caller('release-bot', { actions: 'read' });
  await setEnvironment(fx.emu, 'production', {
    reviewers: [
      { type: 'User', login: 'maria' },
      { type: 'Team', slug: 'sre' },
    ],
    wait_timer: 5,
    prevent_self_review: true,
    branch_policies: [{ name: 'main' }, { name: 'v*', type: 'tag' }],
  });
  await setEnvironment(fx.emu, 'staging', {});
});
afterAll(() => fx.close());

describe('environments', () => {
  it('describes protection rules: wait timer, required reviewers (user and team), branch policy', async () => {
    const prod = await bot.call('GET', fx.repo('/environments/production'));
    conforms('repos/get-environment', prod, 200);
    const types = prod.body.protection_rules.map((r: { type: string }) => r.type);
    expect(types).toEqual(['wait_timer', 'required_reviewers', 'branch_policy']);
    const reviewers = prod.body.protection_rules[1];
    expect(reviewers.prevent_self_review).toBe(true);
    expect(
      reviewers.reviewers.map(
        (r: { type: string; reviewer: { login?: string; slug?: string } }) => [
          r.type,
          r.reviewer.login ?? r.reviewer.slug,
        ],
      ),
    ).toEqual([
      ['User', 'maria'],
      ['Team', 'sre'],
    ]);
    expect(prod.body.deployment_branch_policy).toEqual({
      protected_branches: false,
      custom_branch_policies: true,
    });
  });

  it('shows an unprotected environment with no rules and 404s unknown ones', async () => {
    const staging = await bot.call('GET', fx.repo('/environments/staging'));
    conforms('repos/get-environment', staging, 200);
    expect(staging.body).toMatchObject({ protection_rules: [], deployment_branch_policy: null });
    expect((await bot.call('GET', fx.repo('/environments/nope'))).status).toBe(404);
  });

  it('lists deployment branch policies with pagination', async () => {
    const path = fx.repo('/environments/production/deployment-branch-policies');
    const all = await bot.call('GET', path);
    conforms('repos/list-deployment-branch-policies', all, 200);
    expect(all.body.total_count).toBe(2);
    expect(
      all.body.branch_policies.map((p: { name: string; type: string }) => `${p.type}:${p.name}`),
    ).toEqual(['branch:main', 'tag:v*']);
    const first = await bot.call('GET', `${path}?per_page=1`);
    expect(first.body).toMatchObject({ total_count: 2, branch_policies: [{ name: 'main' }] });
    expect(links(first.headers.get('link')).next).toContain('page=2');
  });

  it('needs actions: read', async () => {
    const denied = await fx
      .caller('release-bot', { deployments: 'write' })
      .call('GET', fx.repo('/environments/production'));
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('actions=read');
  });
});
