import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClientOptions } from '../src/index.js';
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
    const spaced = client(s.url, { writeIntervalMs: 150 }).octokit;
    await Promise.all([post(spaced), post(spaced), post(spaced)]);
    expect(gaps(s).slice(3)).toEqual([expect.any(Number), expect.any(Number)]);
    for (const gap of gaps(s).slice(3)) expect(gap).toBeGreaterThanOrEqual(140);
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
