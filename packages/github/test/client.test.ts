import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClientOptions } from '../src/index.js';
import { repeatableAfterLoss } from '../src/client.js';
import { memoryLog, ok, ScriptServer, type Reply, type Script } from './script-server.js';

const TOKEN = 'ghs_ClientTestToken0123456789';
const SECONDARY = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
};
const ROUTE = 'GET /repos/{owner}/{repo}';
const PARAMS = { owner: 'octo-org', repo: 'infra-fleet' };

let server: ScriptServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(script: Script, holdUntil = 0) {
  server = await new ScriptServer(script, holdUntil).start();
  return server;
}

function client(url: string, options: Partial<GitHubClientOptions> = {}) {
  const log = memoryLog();
  const octokit = createGitHubClient({
    token: TOKEN,
    baseUrl: url,
    waitUnitMs: 10,
    log,
    ...options,
  });
  return { octokit, log: log.lines };
}

/** Answers `first` to the first `times` requests, then 200. */
function failing(times: number, first: Reply): Script {
  return (_request, index) => (index < times ? first : ok({ full_name: 'octo-org/infra-fleet' }));
}

const gaps = (s: ScriptServer) => s.requests.slice(1).map((r, i) => r.at - s.requests[i]!.at);

describe('createGitHubClient: requests', () => {
  it('sends the token and user agent to a GHES-style base URL with a path prefix', async () => {
    const s = await serve(() => ok({ full_name: 'octo-org/infra-fleet' }));
    const { octokit } = client(`${s.url}/api/v3/`);
    const { data } = await octokit.request(ROUTE, PARAMS);
    expect(data.full_name).toBe('octo-org/infra-fleet');
    expect(s.requests[0]!.url).toBe('/api/v3/repos/octo-org/infra-fleet');
    expect(s.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);
    expect(s.requests[0]!.headers['user-agent']).toMatch(/^infra-fleet /);
  });

  it('takes the base URL from GITHUB_API_URL when none is given', async () => {
    const s = await serve(() => ok({}));
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = `${s.url}/api/v3`;
    try {
      await createGitHubClient({ token: TOKEN }).request(ROUTE, PARAMS);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
    expect(s.requests.map((r) => r.url)).toEqual(['/api/v3/repos/octo-org/infra-fleet']);
  });

  it('refuses an empty token', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(/token is required/);
  });

  it('spaces writes by writeIntervalMs, and not at all by default', async () => {
    // Unspaced writes are all in flight at once: the server answers none before the third.
    const s = await serve(() => ({ status: 201, body: { sha: 'abc' } }), 3);
    const post = (octokit: ReturnType<typeof client>['octokit']) =>
      octokit.request('POST /repos/{owner}/{repo}/git/blobs', { ...PARAMS, content: 'x' });
    const fast = client(s.url).octokit;
    await Promise.all([post(fast), post(fast), post(fast)]);
    expect(s.heldTogether).toBe(true);
    // Measured where the client sends, not where the server receives: load only widens gaps.
    const sent: number[] = [];
    const recording: typeof fetch = (input, init) => {
      sent.push(Date.now());
      return fetch(input, init);
    };
    const spaced = client(s.url, { writeIntervalMs: 150, request: { fetch: recording } }).octokit;
    await Promise.all([post(spaced), post(spaced), post(spaced)]);
    const spacing = sent.slice(1).map((at, i) => at - (sent[i] as number));
    expect(spacing).toEqual([expect.any(Number), expect.any(Number)]);
    for (const gap of spacing) expect(gap).toBeGreaterThanOrEqual(140);
  });
});

describe('createGitHubClient: retries of server and network failures', () => {
  it('retries 5xx answers with backoff and succeeds', async () => {
    const s = await serve(failing(2, { status: 502, body: { message: 'Bad gateway' } }));
    const { octokit, log } = client(s.url);
    const { data } = await octokit.request(ROUTE, PARAMS);
    expect(data.full_name).toBe('octo-org/infra-fleet');
    expect(s.requests).toHaveLength(3);
    expect(log.debug.join('\n')).toMatch(/failed with 502; retry in 1 s/);
    expect(JSON.stringify(log)).not.toContain(TOKEN);
    // plugin-retry's quadratic backoff: 1 then 4 units of 10 ms
    expect(gaps(s)[1]).toBeGreaterThanOrEqual(35);
  });

  it('gives up after maxRetries retries with the last error', async () => {
    const s = await serve(() => ({ status: 500, body: { message: 'boom' } }));
    const { octokit } = client(s.url, { maxRetries: 2 });
    await expect(octokit.request(ROUTE, PARAMS)).rejects.toMatchObject({ status: 500 });
    expect(s.requests).toHaveLength(3);
  });

  it('retries a dropped connection', async () => {
    const s = await serve(failing(1, { status: 0, destroy: true }));
    const { octokit } = client(s.url);
    await expect(octokit.request(ROUTE, PARAMS)).resolves.toMatchObject({ status: 200 });
    expect(s.requests).toHaveLength(2);
  });

  it('waits as long as a 503 retry-after says instead of the default backoff', async () => {
    const s = await serve(failing(1, { status: 503, headers: { 'retry-after': '3' } }));
    const { octokit } = client(s.url, { waitUnitMs: 100 });
    await octokit.request(ROUTE, PARAMS);
    expect(gaps(s)[0]).toBeGreaterThanOrEqual(290);
  });

  it.each([400, 401, 404, 409, 422])('does not retry a %i', async (status) => {
    const s = await serve(() => ({ status, body: { message: `status ${status}` } }));
    const { octokit } = client(s.url);
    await expect(octokit.request(ROUTE, PARAMS)).rejects.toMatchObject({ status });
    expect(s.requests).toHaveLength(1);
  });
});

describe('createGitHubClient: lost answers', () => {
  const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
  const MOVE_REF = 'PATCH /repos/{owner}/{repo}/git/refs/{ref}';
  const CREATE_BLOB = 'POST /repos/{owner}/{repo}/git/blobs';

  it('abandons a request that never answers after requestTimeoutMs, then retries it', async () => {
    const s = await serve(failing(1, { status: 0, hang: true }));
    const { octokit } = client(s.url, { requestTimeoutMs: 1000 });
    await expect(octokit.request(ROUTE, PARAMS)).resolves.toMatchObject({ status: 200 });
    expect(s.requests).toHaveLength(2);
  });

  it('says how long it waited when every attempt times out', async () => {
    const s = await serve(() => ({ status: 0, hang: true }));
    const { octokit } = client(s.url, { requestTimeoutMs: 300, maxRetries: 1 });
    await expect(octokit.request(ROUTE, PARAMS)).rejects.toMatchObject({
      status: 500,
      message: 'no answer within 300 ms (requestTimeoutMs)',
    });
    expect(s.requests).toHaveLength(2);
  });

  it('repeats git object creation and ref moves whose answer was lost', async () => {
    const s = await serve(failing(1, { status: 0, destroy: true }));
    const { octokit } = client(s.url);
    await octokit.request(CREATE_BLOB, { ...PARAMS, content: 'x' });
    await octokit.request(MOVE_REF, { ...PARAMS, ref: 'heads/main', sha: 'a'.repeat(40) });
    expect(s.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH']);
  });

  it.each([
    ['a dropped connection', { status: 0, destroy: true }],
    ['a 502', { status: 502, body: { message: 'Bad gateway' } }],
  ] as const)('sends a comment once after %s: a repeat could post it twice', async (_, reply) => {
    const s = await serve(failing(1, reply));
    const { octokit } = client(s.url);
    const comment = { ...PARAMS, issue_number: 1, body: 'hello' };
    await expect(octokit.request(CREATE_COMMENT, comment)).rejects.toMatchObject({
      status: reply.status || 500,
    });
    expect(s.requests).toHaveLength(1);
  });

  it.each([
    ['GET', '/repos/{owner}/{repo}/git/ref/{ref}', true],
    ['PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', true],
    ['PUT', '/repos/{owner}/{repo}/environments/{environment_name}', true],
    ['DELETE', '/repos/{owner}/{repo}/git/refs/{ref}', true],
    ['POST', '/repos/{owner}/{repo}/git/blobs', true],
    ['POST', '/repos/{owner}/{repo}/git/trees', true],
    ['POST', '/repos/{owner}/{repo}/git/commits', true],
    ['POST', '/repos/{owner}/{repo}/git/refs', true],
    ['POST', '/repos/{owner}/{repo}/issues', false],
    ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', false],
    ['POST', '/repos/{owner}/{repo}/pulls', false],
    ['POST', '/repos/{owner}/{repo}/statuses/{sha}', false],
    ['POST', '/repos/{owner}/{repo}/deployments', false],
  ])('%s %s repeatable after a lost answer: %p', (method, url, expected) => {
    expect(repeatableAfterLoss(method, url)).toBe(expected);
  });
});

describe('createGitHubClient: rate limits', () => {
  it.each([403, 429])(
    'waits out a secondary limit (%i) for retry-after, warning',
    async (status) => {
      const s = await serve(
        failing(1, { status, body: SECONDARY, headers: { 'retry-after': '5' } }),
      );
      const { octokit, log } = client(s.url);
      await expect(octokit.request(ROUTE, PARAMS)).resolves.toMatchObject({ status: 200 });
      expect(s.requests).toHaveLength(2);
      expect(gaps(s)[0]).toBeGreaterThanOrEqual(45);
      expect(log.warning).toEqual([
        expect.stringMatching(
          /secondary rate limit hit \(GET .*\); waiting 5 s as asked \(retry 1 of 3\)/,
        ),
      ]);
    },
  );

  it('stops retrying a persistent secondary limit after maxRetries', async () => {
    const s = await serve(() => ({
      status: 403,
      body: SECONDARY,
      headers: { 'retry-after': '1' },
    }));
    const { octokit, log } = client(s.url, { maxRetries: 2 });
    await expect(octokit.request(ROUTE, PARAMS)).rejects.toMatchObject({ status: 403 });
    expect(s.requests).toHaveLength(3);
    expect(log.warning.at(-1)).toMatch(/giving up after 2 retries/);
    expect(JSON.stringify(log)).not.toContain(TOKEN);
  });

  it('does not wait for a secondary retry-after beyond maxRateLimitWaitSeconds', async () => {
    const s = await serve(() => ({
      status: 429,
      body: SECONDARY,
      headers: { 'retry-after': '900' },
    }));
    const { octokit, log } = client(s.url, { maxRateLimitWaitSeconds: 60 });
    await expect(octokit.request(ROUTE, PARAMS)).rejects.toMatchObject({ status: 429 });
    expect(s.requests).toHaveLength(1);
    expect(log.warning).toEqual([
      expect.stringMatching(/retry-after is 900 s away, beyond the 60 s/),
    ]);
  });

  const exhausted = (resetInSeconds: number): Reply => ({
    status: 403,
    body: { message: 'API rate limit exceeded for installation ID 1.' },
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    },
  });

  it('sleeps until the primary limit resets, then retries', async () => {
    const s = await serve(failing(1, exhausted(2)));
    const { octokit, log } = client(s.url);
    await expect(octokit.request(ROUTE, PARAMS)).resolves.toMatchObject({ status: 200 });
    expect(s.requests).toHaveLength(2);
    // reset in ~2 s, plus the plugin's extra second: at least 2 units of 10 ms
    expect(gaps(s)[0]).toBeGreaterThanOrEqual(20);
    expect(log.warning).toEqual([
      expect.stringMatching(/rate limit exhausted \(GET .*\); waiting [23] s for the reset/),
    ]);
  });

  it('fails at once when the reset is further away than maxRateLimitWaitSeconds', async () => {
    const s = await serve(() => exhausted(7200));
    const { octokit, log } = client(s.url);
    await expect(octokit.request(ROUTE, PARAMS)).rejects.toMatchObject({ status: 403 });
    expect(s.requests).toHaveLength(1);
    expect(log.warning[0]).toMatch(/the reset is 720\d s away, beyond the 3600 s/);
  });
});
