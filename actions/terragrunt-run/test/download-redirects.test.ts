import { describe, expect, it } from '@jest/globals';
import { ActionError } from '@infra-fleet/action-kit';
import { downloadBytes } from '../src/download.js';
import { MAX_REDIRECTS, redirectRefusal } from '../src/download-urls.js';

const LABEL = { what: 'Terragrunt 1.0.2', notFoundHint: 'Check the version.' };

describe('redirectRefusal', () => {
  const refusal = (from: string, to: string) => redirectRefusal(new URL(from), new URL(to));

  it('follows https anywhere, and loopback http to loopback http', () => {
    expect(refusal('https://github.com/a', 'https://release-assets.example/b')).toBeUndefined();
    expect(refusal('http://127.0.0.1:8080/a', 'http://localhost:9/b')).toBeUndefined();
    expect(refusal('http://127.0.0.1:8080/a', 'https://mirror.example/b')).toBeUndefined();
  });

  it('never downgrades to http, never leaves loopback over http, never takes credentials', () => {
    expect(refusal('https://mirror.example/a', 'http://127.0.0.1/b')).toBe(
      'from https down to plain http (http://127.0.0.1)',
    );
    expect(refusal('http://127.0.0.1:8080/a', 'http://mirror.example:81/b')).toBe(
      'to plain http on another host (http://mirror.example:81)',
    );
    expect(refusal('https://a.example/a', 'ftp://b.example/b')).toBe(
      'to ftp://b.example, which is not https',
    );
    expect(refusal('https://a.example/a', 'https://u:p@b.example/b')).toBe(
      'to a URL with credentials (https://b.example)',
    );
  });
});

/** A fetch answering from a table of URL -> [status, location or body]. */
function fakeFetch(routes: Record<string, [number, string]>, seen: string[]): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    seen.push(url);
    expect(init?.redirect).toBe('manual');
    const [status, value] = routes[url] ?? [404, 'Not Found'];
    return status >= 300 && status < 400
      ? new Response(null, { status, headers: { location: value } })
      : new Response(value, { status });
  }) as typeof fetch;
}

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ActionError)) throw new Error(`expected an ActionError: ${outcome}`);
  return outcome;
}

describe('downloads follow redirects hop by hop', () => {
  it('follows a relative redirect and an https hop to another host', async () => {
    const seen: string[] = [];
    const fetch = fakeFetch(
      {
        'https://mirror.example/v1/SHA256SUMS': [302, '/storage/1'],
        'https://mirror.example/storage/1': [307, 'https://objects.example/1'],
        'https://objects.example/1': [200, 'sums'],
      },
      seen,
    );
    const body = await downloadBytes('https://mirror.example/v1/SHA256SUMS', LABEL, { fetch });
    expect(body.toString()).toBe('sums');
    expect(seen).toHaveLength(3);
  });

  it('refuses a downgrade to http without requesting it, and does not retry', async () => {
    const seen: string[] = [];
    const fetch = fakeFetch({ 'https://mirror.example/a': [302, 'http://127.0.0.1:1/a'] }, seen);
    const error = await failure(
      downloadBytes('https://mirror.example/a', LABEL, { fetch, retryDelaysMs: [1, 1] }),
    );
    expect(error.message).toBe(
      'Could not download Terragrunt 1.0.2: https://mirror.example/a redirected from https down to plain http (http://127.0.0.1:1); it was not followed.',
    );
    expect(error.hint).toContain('redirects to https only');
    expect(seen).toEqual(['https://mirror.example/a']);
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    const seen: string[] = [];
    const routes = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `https://m.example/${i}`,
        [302, `/${i + 1}`] as [number, string],
      ]),
    );
    const error = await failure(
      downloadBytes('https://m.example/0', LABEL, { fetch: fakeFetch(routes, seen) }),
    );
    expect(error.message).toContain(`redirected more than ${MAX_REDIRECTS} times`);
    expect(seen).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('refuses a redirect without a Location', async () => {
    const noLocation = (async () => new Response(null, { status: 302 })) as unknown as typeof fetch;
    const error = await failure(downloadBytes('https://m.example/a', LABEL, { fetch: noLocation }));
    expect(error.message).toContain('redirected without a Location');
  });
});
