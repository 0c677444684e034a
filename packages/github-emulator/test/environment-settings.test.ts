import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  setEnvironment,
  setEnvironmentSecret,
  setEnvironmentVariable,
} from '../src/control-client-areas.js';
import { conforms, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let admin: Caller;
let reader: Caller;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('maria', 'write');
  fx.user('settings-bot', 'admin', 'Bot');
  await fx.emu.control.addTeamMember(fx.emu.state.owner, 'sre', 'maria');
  admin = fx.caller('settings-bot', {
    administration: 'write',
    actions: 'read',
    environments: 'read',
    members: 'read',
  });
  reader = fx.caller('settings-bot', { actions: 'read', environments: 'read' });
  await setEnvironment(fx.emu, 'staging', {});
  await setEnvironmentSecret(fx.emu, 'staging', 'DEPLOY_KEY', 'hunter22');
  await setEnvironmentVariable(fx.emu, 'staging', 'FLUX_BOT_LOGIN', 'flux-bot');
});
afterAll(() => fx.close());

describe('environment settings', () => {
  it('creates an environment with reviewers by id, a wait timer and custom branch policies', async () => {
    const maria = await admin.call('GET', '/users/maria');
    conforms('users/get-by-username', maria, 200);
    const team = await admin.call('GET', `/orgs/${fx.emu.state.owner}/teams/sre`);
    const put = await admin.call('PUT', fx.repo('/environments/production'), {
      wait_timer: 5,
      prevent_self_review: true,
      reviewers: [
        { type: 'User', id: maria.body.id },
        { type: 'Team', id: team.body.id },
      ],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    conforms('repos/create-or-update-environment', put, 200);
    expect(put.body.protection_rules.map((r: { type: string }) => r.type)).toEqual([
      'wait_timer',
      'required_reviewers',
      'branch_policy',
    ]);
    const path = fx.repo('/environments/production/deployment-branch-policies');
    const main = await admin.call('POST', path, { name: 'main', type: 'branch' });
    conforms('repos/create-deployment-branch-policy', main, 200);
    // The same pattern again: 303 to the existing policy (fetch follows it).
    const again = await admin.call('POST', path, { name: 'main', type: 'branch' });
    conforms('repos/get-deployment-branch-policy', again, 200);
    expect(again.body.id).toBe(main.body.id);
    const tag = await admin.call('POST', path, { name: 'v*', type: 'tag' });
    const listed = await reader.call('GET', path);
    expect(
      listed.body.branch_policies.map((p: { name: string; type: string }) => `${p.type}:${p.name}`),
    ).toEqual(['branch:main', 'tag:v*']);
    conforms(
      'repos/delete-deployment-branch-policy',
      await admin.call('DELETE', `${path}/${tag.body.id}`),
      204,
    );
    expect((await reader.call('GET', path)).body.total_count).toBe(1);
  });

  it('keeps branch policies across an update, and drops them when any branch may deploy', async () => {
    const env = fx.repo('/environments/production');
    await admin.call('PUT', env, {
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    expect((await reader.call('GET', `${env}/deployment-branch-policies`)).body.total_count).toBe(
      1,
    );
    const open = await admin.call('PUT', env, { deployment_branch_policy: null });
    expect(open.body.deployment_branch_policy).toBeNull();
  });

  it('lists every environment', async () => {
    const all = await reader.call('GET', fx.repo('/environments'));
    conforms('repos/get-all-environments', all, 200);
    expect(all.body.environments.map((e: { name: string }) => e.name)).toEqual([
      'production',
      'staging',
    ]);
  });

  it('lists the names of environment secrets (never their values) and variables', async () => {
    const secrets = await reader.call('GET', fx.repo('/environments/staging/secrets'));
    conforms('actions/list-environment-secrets', secrets, 200);
    expect(secrets.body.secrets.map((s: { name: string }) => s.name)).toEqual(['DEPLOY_KEY']);
    expect(JSON.stringify(secrets.body)).not.toContain('hunter22');
    const variables = await reader.call('GET', fx.repo('/environments/staging/variables'));
    conforms('actions/list-environment-variables', variables, 200);
    expect(variables.body.variables).toMatchObject([{ name: 'FLUX_BOT_LOGIN', value: 'flux-bot' }]);
  });

  it('refuses what GitHub refuses, and needs administration: write to change settings', async () => {
    const env = fx.repo('/environments/production');
    conforms(
      'repos/create-or-update-environment',
      await admin.call('PUT', env, { wait_timer: 50_000 }),
      422,
    );
    const denied = await reader.call('PUT', env, { wait_timer: 1 });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('administration=write');
    expect((await reader.call('GET', fx.repo('/environments/nope/secrets'))).status).toBe(404);
  });
});
