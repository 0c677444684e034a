import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO, startApi, type Api } from './api-fixture.js';
import { contractValidator } from './contract.js';

let api: Api;
let check: Awaited<ReturnType<typeof contractValidator>>;

beforeAll(async () => {
  api = await startApi();
  check = await contractValidator();
  await api.emu.control.addAccount({ login: 'mona', type: 'User' });
});
afterAll(() => api.emu.close());

const remaining = (response: { headers: Headers }) =>
  Number(response.headers.get('x-ratelimit-remaining'));

const currentTip = async () =>
  (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha as string;

describe('authentication and permissions', () => {
  it('answers 401 without a token or with an unknown one', async () => {
    const none = await api.call('GET', REPO, undefined, { token: null });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ message: 'Requires authentication', status: '401' });
    const unknown = await api.call('GET', REPO, undefined, { token: 'ghp_nope' });
    expect(unknown.body.message).toBe('Bad credentials');
  });

  it('answers 403 with X-Accepted-GitHub-Permissions when the grant lacks the scope', async () => {
    const token = api.emu.createToken('mona', { issues: 'write' });
    const denied = await api.call('GET', `${REPO}/contents/README.md`, undefined, { token });
    expect(denied.status).toBe(403);
    check('repos/get-content', 403, denied.body);
    expect(denied.body.message).toBe('Resource not accessible by integration');
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('contents=read');
    expect((await api.call('GET', REPO, undefined, { token })).status).toBe(200);
    const writer = api.emu.createToken('mona', { contents: 'write' });
    expect(
      (await api.call('GET', `${REPO}/contents/README.md`, undefined, { token: writer })).status,
    ).toBe(200);
    const Bearer = { authorization: `Bearer ${writer}` };
    expect((await api.call('GET', REPO, undefined, { token: null, headers: Bearer })).status).toBe(
      200,
    );
  });
});

describe('routing and bodies', () => {
  it('answers 404 for unknown paths, other repositories and unsupported methods, as GitHub does', async () => {
    expect((await api.call('GET', '/repos/octo-org/infra-fleet/nope')).status).toBe(404);
    expect((await api.call('GET', '/repos/someone/else/branches')).status).toBe(404);
    const wrongMethod = await api.call('DELETE', REPO);
    expect(wrongMethod.body).toMatchObject({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
    });
  });

  it('answers 400 for malformed JSON and 422 Validation Failed for missing fields', async () => {
    const malformed = await api.call('POST', `${REPO}/git/refs`, undefined, { rawBody: '{"ref":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe('Problems parsing JSON');
    const missing = await api.call('POST', `${REPO}/git/refs`, { ref: 'refs/heads/x' });
    check('git/create-ref', 422, missing.body);
    expect(missing.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Reference', field: 'sha', code: 'missing_field' }],
    });
  });
});

describe('conditional requests and rate limits', () => {
  it('answers If-None-Match with a 304 that costs no rate limit', async () => {
    await api.emu.control.resetLog();
    const first = await api.call('GET', REPO);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/);
    const again = await api.call('GET', REPO, undefined, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(remaining(again)).toBe(remaining(first));
    const counters = await api.emu.control.counters();
    expect(counters).toMatchObject({ requests: 2, counted: 1, notModified: 1 });
    const log = await api.emu.control.requests();
    expect(log.map((r) => [r.status, r.counted, r.login, r.operationId])).toEqual([
      [200, true, 'emulator-admin', 'repos/get'],
      [304, false, 'emulator-admin', 'repos/get'],
    ]);
  });

  it('sends x-ratelimit headers and /rate_limit costs nothing', async () => {
    const before = await api.call('GET', '/rate_limit');
    check('rate-limit/get', 200, before.body);
    const after = await api.call('GET', '/rate_limit');
    expect(after.body.resources.core.remaining).toBe(before.body.resources.core.remaining);
    for (const name of ['limit', 'remaining', 'used', 'reset', 'resource']) {
      expect(after.headers.get(`x-ratelimit-${name}`)).not.toBeNull();
    }
  });

  it('exhausts the primary limit (403, remaining 0, reset ahead) and renews it after the reset', async () => {
    const token = api.emu.createToken('mona', { contents: 'read' });
    await api.emu.control.setRateLimit('mona', { limit: 2, remaining: 2 });
    expect(remaining(await api.call('GET', REPO, undefined, { token }))).toBe(1);
    expect(remaining(await api.call('GET', REPO, undefined, { token }))).toBe(0);
    const refused = await api.call('GET', REPO, undefined, { token });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^API rate limit exceeded for user ID \d+\.$/);
    expect(remaining(refused)).toBe(0);
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect((await api.call('GET', '/rate_limit', undefined, { token })).status).toBe(200);
    await api.emu.control.advanceClock(3601);
    const renewed = await api.call('GET', REPO, undefined, { token });
    expect(renewed.status).toBe(200);
    expect(remaining(renewed)).toBe(1);
  });
});

describe('fault injection', () => {
  it('answers the next N matching requests with the fault status, then normally', async () => {
    await api.emu.control.addFault({ method: 'GET', path: '/git/ref/', status: 502, count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await api.call('GET', `${REPO}/git/ref/heads/main`)).status);
    expect(statuses).toEqual([502, 502, 200]);
  });

  it('simulates primary (reset) and secondary (retry-after) limits', async () => {
    await api.emu.control.addFault({
      path: '^/repos/',
      kind: 'primary',
      status: 429,
      resetSeconds: 2,
    });
    const primary = await api.call('GET', REPO);
    expect(primary.status).toBe(429);
    expect(remaining(primary)).toBe(0);
    const emulatorNow = api.emu.state.now().getTime() / 1000;
    expect(Number(primary.headers.get('x-ratelimit-reset')) - emulatorNow).toBeGreaterThan(0.5);
    expect(Number(primary.headers.get('x-ratelimit-reset')) - emulatorNow).toBeLessThanOrEqual(2);
    await api.emu.control.addFault({ path: '^/repos/', kind: 'secondary', retryAfter: 7 });
    const secondary = await api.call('GET', REPO);
    expect(secondary.status).toBe(403);
    expect(secondary.headers.get('retry-after')).toBe('7');
    expect(secondary.body.message).toContain('secondary rate limit');
    expect((await api.call('GET', REPO)).status).toBe(200);
  });

  it('sends retry-after with a plain fault when given, so clients retry at once', async () => {
    await api.emu.control.addFault({ path: '^/user$', status: 502, retryAfter: 0 });
    const failed = await api.call('GET', '/user');
    expect(failed.status).toBe(502);
    expect(failed.headers.get('retry-after')).toBe('0');
    await api.emu.control.addFault({ path: '^/user$', status: 503 });
    expect((await api.call('GET', '/user')).headers.get('retry-after')).toBeNull();
  });

  it('applies a request, then drops its answer or cuts its body (a lost response)', async () => {
    const post = (title: string) =>
      fetch(`${api.emu.url}${REPO}/issues`, {
        method: 'POST',
        headers: { authorization: `token ${api.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
    await api.emu.control.addFault({ method: 'POST', path: '/issues$', kind: 'drop-after-apply' });
    await expect(post('dropped')).rejects.toThrow();
    await api.emu.control.addFault({ path: '/issues$', kind: 'truncate-after-apply' });
    const cut = await post('truncated');
    expect(cut.status).toBe(201);
    const text = await cut.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text.length).toBeGreaterThan(10);
    const titles = (await api.call('GET', `${REPO}/issues`)).body.map(
      (issue: { title: string }) => issue.title,
    );
    expect(titles.slice(0, 2)).toEqual(['truncated', 'dropped']);
    const logged = (await api.emu.control.requests()).filter((r) => r.method === 'POST');
    expect(logged.slice(-2).map((r) => r.status)).toEqual([201, 201]);
    await expect(
      api.emu.control.addFault({ path: 'x', kind: 'drop-after-apply', status: 502 }),
    ).rejects.toThrow(/answers with the request's own status/);
  });

  it('applies a request and never answers it, or (hang) neither applies nor answers', async () => {
    const post = (title: string, signal: AbortSignal) =>
      fetch(`${api.emu.url}${REPO}/issues`, {
        method: 'POST',
        headers: { authorization: `token ${api.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
        signal,
      });
    /** Waits until the emulator has seen `count` POSTs in all. */
    const logged = async (count: number) => {
      for (;;) {
        const posts = (await api.emu.control.requests()).filter((r) => r.method === 'POST');
        if (posts.length >= count) return posts;
      }
    };
    const before = (await logged(0)).length;
    const titles = async () =>
      (await api.call('GET', `${REPO}/issues?state=all&per_page=100`)).body.map(
        (issue: { title: string }) => issue.title,
      );
    for (const [kind, title] of [
      ['hang-after-apply', 'applied, never answered'],
      ['hang', 'never applied'],
    ] as const) {
      await api.emu.control.addFault({ method: 'POST', path: '/issues$', kind });
      const abort = new AbortController();
      const answer = post(title, abort.signal);
      await logged(before + (kind === 'hang' ? 2 : 1));
      abort.abort();
      await expect(answer).rejects.toThrow(/abort/i);
    }
    expect(await titles()).toContain('applied, never answered');
    expect(await titles()).not.toContain('never applied');
    await expect(
      api.emu.control.addFault({ path: 'x', kind: 'hang', status: 502 }),
    ).rejects.toThrow(/hang never answers/);
  });

  it('delays a matching request', async () => {
    await api.emu.control.addFault({ path: '^/rate_limit$', delayMs: 300 });
    const started = Date.now();
    expect((await api.call('GET', '/rate_limit')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('lands a racing commit just before the next update-ref, so a stale update is refused', async () => {
    const tip = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object;
    const tree = (await api.call('GET', `${REPO}/git/commits/${tip.sha}`)).body.tree.sha;
    const mine = (
      await api.call('POST', `${REPO}/git/commits`, { message: 'mine', tree, parents: [tip.sha] })
    ).body.sha;
    await api.emu.control.race({ branch: 'main', files: { 'raced.txt': 'first\n' } });
    const lost = await api.call('PATCH', `${REPO}/git/refs/heads/main`, { sha: mine });
    expect(lost.body.message).toBe('Update is not a fast forward');
    const raced = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha;
    expect(raced).not.toBe(tip.sha);
    const file = await api.call('GET', `${REPO}/contents/raced.txt`);
    expect(Buffer.from(file.body.content, 'base64').toString()).toBe('first\n');
    const retry = (
      await api.call('POST', `${REPO}/git/commits`, { message: 'mine', tree, parents: [raced] })
    ).body.sha;
    expect((await api.call('PATCH', `${REPO}/git/refs/heads/main`, { sha: retry })).status).toBe(
      200,
    );
  });

  it('lets `skip` updates through before the racing commit lands', async () => {
    const ref = `${REPO}/git/refs/heads/main`;
    const commitOn = async (parent: string, message: string) => {
      const tree = (await api.call('GET', `${REPO}/git/commits/${parent}`)).body.tree.sha;
      const body = { message, tree, parents: [parent] };
      return (await api.call('POST', `${REPO}/git/commits`, body)).body.sha as string;
    };
    const tip = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha as string;
    await api.emu.control.race({ branch: 'main', skip: 1, files: { 'skipped.txt': 'race\n' } });
    const first = await commitOn(tip, 'first');
    expect((await api.call('PATCH', ref, { sha: first })).status).toBe(200);
    const second = await commitOn(first, 'second');
    const stale = await api.call('PATCH', ref, { sha: second });
    expect(stale.body.message).toBe('Update is not a fast forward');
    const raced = (await api.call('GET', `${REPO}/git/commits/${await currentTip()}`)).body;
    expect(raced.parents.map((parent: { sha: string }) => parent.sha)).toEqual([first]);
    await expect(api.emu.control.race({ branch: 'main', skip: -1 })).rejects.toThrow(
      /race skip -1 must be >= 0/,
    );
  });

  it('holds matching requests at a barrier until all arrive, so every writer loses but one', async () => {
    const tip = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object;
    const tree = (await api.call('GET', `${REPO}/git/commits/${tip.sha}`)).body.tree.sha;
    const commits = [];
    for (const message of ['one', 'two', 'three']) {
      const body = { message, tree, parents: [tip.sha] };
      commits.push((await api.call('POST', `${REPO}/git/commits`, body)).body.sha as string);
    }
    const path = '/git/refs/heads/main$';
    await api.emu.control.addBarrier({ method: 'PATCH', path, count: 3 });
    const update = (sha: string) => api.call('PATCH', `${REPO}/git/refs/heads/main`, { sha });
    const first = update(commits[0] as string);
    const second = update(commits[1] as string);
    // Neither passes before the third arrives: both stay waiting at the barrier.
    let held = await api.emu.control.barriers();
    while (held[0]?.arrived !== 2) held = await api.emu.control.barriers();
    expect(held).toEqual([
      { id: expect.any(Number), method: 'PATCH', path, count: 3, arrived: 2, status: 'waiting' },
    ]);
    const statuses = (await Promise.all([first, second, update(commits[2] as string)])).map(
      (reply) => reply.status,
    );
    expect(statuses.sort()).toEqual([200, 422, 422]);
    expect((await api.emu.control.barriers())[0]?.status).toBe('open');
    // Once open, the barrier no longer holds anyone.
    const after = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha;
    expect(commits).toContain(after);
  });
});

describe('pagination and the control API', () => {
  it('caps per_page at 100 and links next/last/first/prev with the server URL', async () => {
    const sha = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha;
    const input = Array.from(
      { length: 120 },
      (_, i) => `create refs/heads/b${String(i).padStart(3, '0')} ${sha}\n`,
    ).join('');
    await api.emu.state.git.run(['update-ref', '--stdin'], { input });
    const first = await api.call('GET', `${REPO}/branches?per_page=500`);
    expect(first.body).toHaveLength(100);
    const base = `${api.emu.url}${REPO}/branches`;
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=2>; rel="last"`,
    );
    const middle = await api.call('GET', `${REPO}/branches?per_page=50&page=2`);
    const rels = [...(middle.headers.get('link') as string).matchAll(/rel="(\w+)"/g)].map(
      (m) => m[1],
    );
    expect(rels).toEqual(['prev', 'next', 'last', 'first']);
    const last = await api.call('GET', `${REPO}/branches?per_page=50&page=3`);
    expect(last.body.map((b: { name: string }) => b.name)).toEqual(
      Array.from({ length: 21 }, (_, i) => (i === 20 ? 'main' : `b${100 + i}`)),
    );
  });

  it('manages collaborators and teams, and explains invalid control input', async () => {
    const control = api.emu.control;
    await control.setCollaborator('mona', 'write');
    expect(api.emu.state.collaboratorPermission('mona')).toBe('write');
    await control.addTeamMember('octo-org', 'reviewers', 'mona');
    expect([...api.emu.state.teamMembers('octo-org', 'reviewers')]).toEqual(['mona']);
    await control.removeTeamMember('octo-org', 'reviewers', 'mona');
    expect(api.emu.state.teamMembers('octo-org', 'reviewers').size).toBe(0);
    await expect(control.createToken('ghost', {})).rejects.toThrow(
      'answered 422: no account "ghost"; create it first (POST /_emulator/accounts)',
    );
    await expect(control.addFault({ path: '(' })).rejects.toThrow(/not a valid regular expression/);
    await expect(control.addBarrier({ path: 'x', count: 1 })).rejects.toThrow(
      'barrier count 1 must be an integer >= 2',
    );
    await expect(control.createToken('mona', { contents: 'admin' as never })).rejects.toThrow(
      /must be "read" or "write"/,
    );
  });
});
