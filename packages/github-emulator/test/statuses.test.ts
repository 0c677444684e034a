import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO, startApi, type Api } from './api-fixture.js';
import { contractValidator } from './contract.js';

let api: Api;
let check: Awaited<ReturnType<typeof contractValidator>>;
let sha: string;
let flux: string;

beforeAll(async () => {
  api = await startApi();
  check = await contractValidator();
  sha = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha;
  await api.emu.control.addAccount({ login: 'flux-bot', type: 'Bot' });
  flux = await api.emu.control.createToken('flux-bot', { statuses: 'write' });
});
afterAll(() => api.emu.close());

async function op(
  operationId: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) {
  const response = await api.call(method, path, body, { token });
  check(operationId, response.status, response.body);
  return response;
}

describe('commit statuses', () => {
  it('creates a status whose creator is the token account', async () => {
    const created = await op(
      'repos/create-commit-status',
      'POST',
      `${REPO}/statuses/${sha}`,
      {
        state: 'pending',
        context: 'kustomization/staging',
        description: 'Reconciliation in progress',
        target_url: 'https://flux.example/staging',
      },
      flux,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      state: 'pending',
      context: 'kustomization/staging',
      creator: { login: 'flux-bot', type: 'Bot' },
    });
  });

  it('lists statuses newest first, paginated, with their creators', async () => {
    for (const state of ['success', 'failure']) {
      await op('repos/create-commit-status', 'POST', `${REPO}/statuses/${sha}`, {
        state,
        context: `ci/${state}`,
      });
    }
    const first = await op(
      'repos/list-commit-statuses-for-ref',
      'GET',
      `${REPO}/commits/main/statuses?per_page=2`,
    );
    expect(first.body.map((s: { context: string }) => s.context)).toEqual([
      'ci/failure',
      'ci/success',
    ]);
    expect(first.body[0].creator.login).toBe('emulator-admin');
    expect(first.headers.get('link')).toContain('page=2>; rel="next"');
    const second = await op(
      'repos/list-commit-statuses-for-ref',
      'GET',
      `${REPO}/commits/${sha}/statuses?per_page=2&page=2`,
    );
    expect(second.body.map((s: { creator: { login: string } }) => s.creator.login)).toEqual([
      'flux-bot',
    ]);
    expect(second.headers.get('link')).toContain('rel="prev"');
  });

  it('combines the latest status per context', async () => {
    const failing = await op(
      'repos/get-combined-status-for-ref',
      'GET',
      `${REPO}/commits/main/status`,
    );
    expect(failing.body).toMatchObject({ state: 'failure', sha, total_count: 3 });
    await op('repos/create-commit-status', 'POST', `${REPO}/statuses/${sha}`, {
      state: 'success',
      context: 'ci/failure',
    });
    await op(
      'repos/create-commit-status',
      'POST',
      `${REPO}/statuses/${sha}`,
      { state: 'success', context: 'kustomization/staging' },
      flux,
    );
    const passing = await op(
      'repos/get-combined-status-for-ref',
      'GET',
      `${REPO}/commits/${sha}/status`,
    );
    expect(passing.body.state).toBe('success');
    expect(passing.body.statuses.map((s: { context: string }) => s.context).sort()).toEqual([
      'ci/failure',
      'ci/success',
      'kustomization/staging',
    ]);
  });

  it('refuses a bad state, an unknown commit and a token without statuses permission', async () => {
    const bad = await api.call('POST', `${REPO}/statuses/${sha}`, { state: 'green' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: 'state' });
    const unknown = await api.call('POST', `${REPO}/statuses/${'0'.repeat(40)}`, {
      state: 'success',
    });
    expect(unknown.status).toBe(422);
    const reader = api.emu.createToken('flux-bot', { statuses: 'read' });
    const denied = await api.call(
      'POST',
      `${REPO}/statuses/${sha}`,
      { state: 'success' },
      { token: reader },
    );
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('statuses=write');
    expect(
      (await api.call('GET', `${REPO}/commits/${sha}/status`, undefined, { token: reader })).status,
    ).toBe(200);
  });
});
