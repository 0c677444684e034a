import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { conforms, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let bot: Caller;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('release-bot', 'write', 'Bot');
  fx.user('maria', 'maintain');
  fx.user('tim', 'triage');
  fx.user('stranger');
  bot = fx.caller('release-bot', { members: 'read' });
  fx.emu.state.teamMembers('octo-org', 'sre').add('maria');
});
afterAll(() => fx.close());

describe('collaborator permission', () => {
  const permission = (login: string) =>
    bot.call('GET', fx.repo(`/collaborators/${login}/permission`));

  it('answers legacy permission, role name and the user', async () => {
    const maria = await permission('maria');
    conforms('repos/get-collaborator-permission-level', maria, 200);
    expect(maria.body).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { login: 'maria' },
    });
    expect(maria.body.user.permissions).toMatchObject({
      admin: false,
      maintain: true,
      push: true,
      pull: true,
    });
    expect((await permission('tim')).body).toMatchObject({
      permission: 'read',
      role_name: 'triage',
    });
    expect((await permission('stranger')).body).toMatchObject({
      permission: 'none',
      role_name: 'none',
    });
  });

  it('reflects a permission change at once and 404s unknown users', async () => {
    fx.emu.state.setCollaborator('tim', null);
    expect((await permission('tim')).body.permission).toBe('none');
    conforms('repos/get-collaborator-permission-level', await permission('nobody-here'), 404);
  });
});

describe('team membership', () => {
  const membership = (team: string, login: string, caller = bot) =>
    caller.call('GET', `/orgs/octo-org/teams/${team}/memberships/${login}`);

  it('answers active members and 404s everyone else', async () => {
    const maria = await membership('sre', 'maria');
    conforms('teams/get-membership-for-user-in-org', maria, 200);
    expect(maria.body).toMatchObject({ state: 'active', role: 'member' });
    // GitHub documents this 404 without a body but sends its usual error JSON; only the status is checked.
    expect((await membership('sre', 'tim')).status).toBe(404);
    expect((await membership('other-team', 'maria')).status).toBe(404);
    expect((await bot.call('GET', '/orgs/other-org/teams/sre/memberships/maria')).status).toBe(404);
  });

  it('forgets a member removed before the decision', async () => {
    fx.emu.state.teamMembers('octo-org', 'sre').delete('maria');
    expect((await membership('sre', 'maria')).status).toBe(404);
    fx.emu.state.teamMembers('octo-org', 'sre').add('maria');
  });

  it('hides the team from a token without members: read (GITHUB_TOKEN) with a 404, as GitHub does', async () => {
    const githubToken = fx.caller('release-bot', { issues: 'read' });
    expect((await membership('sre', 'maria', githubToken)).status).toBe(404);
    const team = await githubToken.call('GET', '/orgs/octo-org/teams/sre');
    conforms('teams/get-by-name', team, 404);
  });
});

describe('team by name (tells "not a member" from "cannot read")', () => {
  it('answers a visible team with its member count, and 404s unknown teams', async () => {
    const team = await bot.call('GET', '/orgs/octo-org/teams/SRE');
    conforms('teams/get-by-name', team, 200);
    expect(team.body).toMatchObject({
      slug: 'sre',
      members_count: 1,
      organization: { login: 'octo-org', type: 'Organization' },
    });
    conforms('teams/get-by-name', await bot.call('GET', '/orgs/octo-org/teams/nobody'), 404);
    expect((await bot.call('GET', '/orgs/other-org/teams/sre')).status).toBe(404);
  });
});

describe('the authenticated user (GET /user)', () => {
  it("answers a person's token with their account, whatever its permissions", async () => {
    const admin = await fx.caller('emulator-admin', {}).call('GET', '/user');
    conforms('users/get-authenticated', admin, 200);
    expect(admin.body).toMatchObject({
      login: 'emulator-admin',
      type: 'User',
      name: 'Emulator Admin',
    });
    const adminToken = await fetch(`${fx.url}/user`, {
      headers: { authorization: `token ${fx.emu.adminToken}` },
    });
    expect(((await adminToken.json()) as { login: string }).login).toBe('emulator-admin');
    const maria = await fx.caller('maria', {}).call('GET', '/user');
    conforms('users/get-authenticated', maria, 200);
    expect(maria.body).toMatchObject({ login: 'maria', type: 'User', user_view_type: 'public' });
  });

  it('answers installation tokens (GITHUB_TOKEN, an App) 403, as GitHub does', async () => {
    for (const login of ['github-actions[bot]', 'release-bot']) {
      const denied = await fx.caller(login, { contents: 'write' }).call('GET', '/user');
      conforms('users/get-authenticated', denied, 403);
      expect(denied.body).toEqual({
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        status: '403',
      });
    }
  });

  it('answers 401 without a token', async () => {
    const anonymous = await fetch(`${fx.url}/user`);
    expect(anonymous.status).toBe(401);
    const reply = {
      status: anonymous.status,
      headers: anonymous.headers,
      body: await anonymous.json(),
    };
    conforms('users/get-authenticated', reply, 401);
  });
});
