import { describe, expect, it } from '@jest/globals';
import { RequestError } from '@octokit/request-error';
import { normalizePath } from '../src/contents.js';
import { hintFor } from '../src/errors.js';
import { hasNextLink } from '../src/etag-cache.js';
import { isStaleUpdate } from '../src/git-data-port.js';
import {
  GitHubPortError,
  parseRepo,
  parseRetryAfter,
  permissionHint,
  portError,
  rateLimitDecision,
  repoFromEnv,
  resolveBaseUrl,
  serverErrorBackoffSeconds,
} from '../src/index.js';

const POLICY = { maxRetries: 3, maxWaitSeconds: 3600 };

function requestError(status: number, data: unknown, headers: Record<string, string> = {}) {
  const request = { method: 'GET' as const, url: 'https://api.github.com/x', headers: {} };
  return new RequestError(`HTTP ${status}`, status, {
    request,
    response: { status, url: request.url, headers, data },
  });
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-26T07:00:00Z');
  it.each([
    ['5', 5],
    [' 0 ', 0],
    [30, 30],
    ['Thu, 26 Nov 2026 07:00:42 GMT', 42],
    ['Thu, 26 Nov 2026 06:00:00 GMT', 0],
    ['soon', undefined],
    ['-3', undefined],
    [undefined, undefined],
  ])('%p -> %p', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});

describe('serverErrorBackoffSeconds', () => {
  it('uses the fallback without a readable retry-after, the header (capped) with one', () => {
    expect(serverErrorBackoffSeconds(undefined, 4, POLICY)).toBe(4);
    expect(serverErrorBackoffSeconds('garbage', 9, POLICY)).toBe(9);
    expect(serverErrorBackoffSeconds('2', 9, POLICY)).toBe(2);
    expect(serverErrorBackoffSeconds('99999', 1, POLICY)).toBe(3600);
  });
});

describe('rateLimitDecision', () => {
  const request = 'GET /repos/o/r/issues/1/comments';
  it.each([
    [
      'primary',
      120,
      0,
      true,
      /rate limit exhausted .*; waiting 120 s for the reset \(retry 1 of 3\)/,
    ],
    [
      'secondary',
      60,
      2,
      true,
      /secondary rate limit hit .*; waiting 60 s as asked \(retry 3 of 3\)/,
    ],
    ['secondary', 1, 3, false, /giving up after 3 retries/],
    [
      'primary',
      3601,
      0,
      false,
      /the reset is 3601 s away, beyond the 3600 s .*maxRateLimitWaitSeconds/,
    ],
    ['secondary', 3601, 0, false, /retry-after is 3601 s away/],
    ['primary', 3600, 0, true, /waiting 3600 s/],
  ] as const)('%s, wait %i s, retry #%i -> retry %p', (kind, wait, count, retry, message) => {
    const decision = rateLimitDecision(kind, wait, count, POLICY, request);
    expect(decision.retry).toBe(retry);
    expect(decision.message).toMatch(message);
    expect(decision.message).toContain(request);
    if (decision.retry) expect(decision.waitSeconds).toBe(wait);
  });
});

describe('resolveBaseUrl', () => {
  it.each([
    [undefined, {}, 'https://api.github.com'],
    [
      undefined,
      { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' },
      'https://ghe.example.com/api/v3',
    ],
    ['http://127.0.0.1:4000', { GITHUB_API_URL: 'https://x' }, 'http://127.0.0.1:4000'],
    ['', { GITHUB_API_URL: '' }, 'https://api.github.com'],
  ])('%p with env %p -> %p', (explicit, env, expected) => {
    expect(resolveBaseUrl(explicit, env)).toBe(expected);
  });

  it('names a bad URL', () => {
    expect(() => resolveBaseUrl('ghe.example.com', {})).toThrow(/"ghe.example.com" is not a URL/);
    expect(() => resolveBaseUrl('ftp://ghe.example.com', {})).toThrow(/must use http or https/);
  });
});

describe('repoFromEnv / parseRepo', () => {
  it('reads GITHUB_REPOSITORY', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'octo-org/infra-fleet' })).toEqual({
      owner: 'octo-org',
      repo: 'infra-fleet',
    });
    expect(parseRepo('a-b/c.d_e')).toEqual({ owner: 'a-b', repo: 'c.d_e' });
  });

  it('says what is missing or malformed', () => {
    expect(() => repoFromEnv({})).toThrow(/GITHUB_REPOSITORY is not set/);
    for (const bad of ['octo-org', 'a/b/c', '/repo', 'owner/', '-x/y', 'o/..', 'o/has space']) {
      expect(() => repoFromEnv({ GITHUB_REPOSITORY: bad })).toThrow(
        `GITHUB_REPOSITORY must look like "owner/repo", got "${bad}"`,
      );
    }
  });
});

describe('errors: hints', () => {
  it('turns X-Accepted-GitHub-Permissions into the permission to grant', () => {
    expect(permissionHint('contents=write')).toBe(
      'the token needs contents: write (in a workflow: permissions: { contents: write }; ' +
        'for a GitHub App, grant it on the app)',
    );
    expect(permissionHint('pull_requests=read,contents=read; issues=read')).toMatch(
      /needs pull_requests: read, contents: read or issues: read .*\{ pull-requests: read, contents: read \} or \{ issues: read \}/,
    );
  });

  it.each([
    [403, { 'x-accepted-github-permissions': 'issues=write' }, 'x', /needs issues: write/],
    [
      403,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795676400' },
      'x',
      /resets at 2026-11-26T/,
    ],
    [403, {}, 'You have exceeded a secondary rate limit', /secondary rate limit/],
    [403, {}, 'Forbidden', /check its permissions/],
    [401, {}, 'Bad credentials', /missing, expired or revoked/],
    [404, {}, 'Not Found', /answers 404 when the token cannot read it/],
    [502, {}, 'Bad gateway', /githubstatus/],
    [undefined, {}, 'socket hang up', /githubstatus/],
    [422, {}, 'Validation Failed', undefined],
  ])('%p %p %p', (status, headers, message, hint) => {
    const result = hintFor({ status, headers, message });
    if (hint === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(hint);
  });

  it('names the operation, the resource and GitHub’s message with its validation errors', () => {
    const cause = requestError(422, {
      message: 'Validation Failed',
      errors: [
        { resource: 'PullRequest', code: 'custom', message: 'No commits between main and x' },
      ],
    });
    const error = portError('open a pull request', 'from x into main in o/r', cause);
    expect(error).toBeInstanceOf(GitHubPortError);
    expect(error.message).toBe(
      'Could not open a pull request from x into main in o/r: HTTP 422: Validation Failed (No commits between main and x)',
    );
    expect(error.status).toBe(422);
    expect(error.cause).toBe(cause);
    expect(portError('again', 'x', error)).toBe(error);
  });
});

describe('small parsers', () => {
  it('hasNextLink', () => {
    expect(hasNextLink('<https://x/?page=2>; rel="next", <https://x/?page=5>; rel="last"')).toBe(
      true,
    );
    expect(hasNextLink('<https://x/?page=1>; rel="prev", <https://x/?page=1>; rel="first"')).toBe(
      false,
    );
    expect(hasNextLink(undefined)).toBe(false);
  });

  it('normalizePath', () => {
    expect(normalizePath('./k8s/overlays/prod/')).toBe('k8s/overlays/prod');
    expect(normalizePath('/k8s/a.yaml')).toBe('k8s/a.yaml');
    expect(normalizePath('k8s')).toBe('k8s');
  });

  it('isStaleUpdate: only non-fast-forward 422s and 409s', () => {
    expect(isStaleUpdate(requestError(422, { message: 'Update is not a fast forward' }))).toBe(
      true,
    );
    expect(isStaleUpdate(requestError(409, { message: 'Conflict' }))).toBe(true);
    expect(isStaleUpdate(requestError(422, { message: 'Object does not exist' }))).toBe(false);
    expect(isStaleUpdate(requestError(404, { message: 'Not Found' }))).toBe(false);
  });
});
