import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EmulatorControl, postCommentAs } from '../src/index.js';
import { ALL_WRITE } from '../src/state.js';
import { REPO, startApi, type Api } from './api-fixture.js';

let api: Api;

beforeAll(async () => {
  api = await startApi();
  await api.emu.control.addAccount({ login: 'mona', type: 'User' });
});
afterAll(() => api.emu.close());

/** POST /_emulator/tokens: what code under test would call to give itself more permissions. */
const mintToken = (headers: Record<string, string>) =>
  fetch(`${api.emu.url}/_emulator/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ login: 'emulator-admin', permissions: { contents: 'write' } }),
  });

/** A refused control call changes nothing: here, no account appears. */
async function addsNoAccount(headers: Record<string, string>, login: string): Promise<number> {
  const response = await fetch(`${api.emu.url}/_emulator/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ login }),
  });
  expect(api.emu.state.findAccount(login)).toBeUndefined();
  return response.status;
}

describe('the control API takes only the admin token', () => {
  it('answers 401 without a credential, saying which token to send', async () => {
    const response = await mintToken({});
    expect(response.status).toBe(401);
    const body = (await response.json()) as { message: string; token?: string };
    expect(body.message).toMatch(/^Requires authentication: the control API/);
    expect(body.message).toContain("the emulator's admin token");
    expect(body.message).toContain('prints it as GITHUB_TOKEN');
    expect(body.token).toBeUndefined();
    expect(await addsNoAccount({}, 'intruder')).toBe(401);
  });

  it('answers 403 to a contents: write token, an unknown one and one the control API made', async () => {
    const writer = api.emu.createToken('mona', { contents: 'write' });
    const minted = await api.emu.control.createToken('emulator-admin', ALL_WRITE);
    for (const token of [writer, minted, 'ghp_unknown']) {
      const response = await mintToken({ authorization: `token ${token}` });
      expect(response.status).toBe(403);
      const body = (await response.json()) as { message: string; token?: string };
      expect(body.message).toMatch(/^This token may not use the control API/);
      expect(body.token).toBeUndefined();
      expect(await addsNoAccount({ authorization: `Bearer ${token}` }, 'intruder')).toBe(403);
    }
    // The minted token is still good for the REST API.
    expect((await api.call('GET', REPO, undefined, { token: minted })).status).toBe(200);
  });

  it('accepts the admin token as "token" or "Bearer"', async () => {
    for (const scheme of ['token', 'Bearer']) {
      const response = await mintToken({ authorization: `${scheme} ${api.emu.adminToken}` });
      expect(response.status).toBe(201);
    }
    const clock = await fetch(`${api.emu.url}/_emulator/clock`, {
      headers: { authorization: `Bearer ${api.emu.adminToken}` },
    });
    expect(clock.status).toBe(200);
  });

  it('asks for the admin token before saying a control path does not exist', async () => {
    const path = `${api.emu.url}/_emulator/no-such-route`;
    expect((await fetch(path)).status).toBe(401);
    const authorized = { headers: { authorization: `token ${api.emu.adminToken}` } };
    expect((await fetch(path, authorized)).status).toBe(404);
  });

  it('sends the admin token from the typed clients, and they name a refusal', async () => {
    expect((await api.emu.control.accounts()).map((a) => a.login)).toContain('mona');
    const issue = (await api.call('POST', `${REPO}/issues`, { title: 'x' })).body.number;
    expect((await postCommentAs(api.emu, issue, 'mona', 'hello')).user.login).toBe('mona');
    const impostor = { url: api.emu.url, adminToken: api.emu.createToken('mona', ALL_WRITE) };
    await expect(new EmulatorControl(impostor.url, impostor.adminToken).accounts()).rejects.toThrow(
      /^emulator control GET \/accounts answered 403: This token may not use the control API/,
    );
    await expect(postCommentAs(impostor, issue, 'mona', 'forged')).rejects.toThrow(/answered 403/);
  });
});
