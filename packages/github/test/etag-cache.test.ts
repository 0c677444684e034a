import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { ConditionalGetCache, createGitHubClient } from '../src/index.js';
import { ScriptServer, type Reply, type SeenRequest } from './script-server.js';

const ROUTE = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const PARAMS = { owner: 'o', repo: 'r', issue_number: 1 };

let server: ScriptServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves `items` in pages with Link headers and body-hash ETags, answering 304 as GitHub does. */
function listServer(items: Array<{ id: number }>, options: { etag?: boolean } = {}) {
  return (request: SeenRequest): Reply => {
    const url = new URL(request.url, 'http://x');
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const body = items.slice((page - 1) * perPage, page * perPage);
    const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
    const headers: Record<string, string> = options.etag === false ? {} : { etag };
    if (page * perPage < items.length) {
      url.searchParams.set('page', String(page + 1));
      headers.link = `<http://x${url.pathname}${url.search}>; rel="next"`;
    }
    if (options.etag !== false && request.headers['if-none-match'] === etag) {
      return { status: 304, headers };
    }
    return { status: 200, headers, body };
  };
}

async function setup(items: Array<{ id: number }>, options: { etag?: boolean } = {}) {
  server = await new ScriptServer(listServer(items, options)).start();
  const client = createGitHubClient({ token: 't', baseUrl: server.url, log: silent });
  return { s: server, cache: new ConditionalGetCache(client) };
}

const silent = { warning: () => undefined, info: () => undefined };
const ids = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => ({ id: from + i }));

describe('ConditionalGetCache.get', () => {
  it('answers a 304 from the cache as unchanged, and sees a change', async () => {
    const items = ids(3);
    const { s, cache } = await setup(items);
    const first = await cache.get<Array<{ id: number }>>(ROUTE, PARAMS);
    expect(first).toMatchObject({
      changed: true,
      data: ids(3),
      etag: expect.stringMatching(/^W\//),
    });
    const second = await cache.get<Array<{ id: number }>>(ROUTE, PARAMS);
    expect(second).toEqual({ changed: false, data: ids(3), etag: first.etag });
    expect(s.requests[1]!.headers['if-none-match']).toBe(first.etag);
    items.push({ id: 4 });
    const third = await cache.get<Array<{ id: number }>>(ROUTE, PARAMS);
    expect(third.changed).toBe(true);
    expect(third.data).toEqual(ids(4));
    expect(cache.stats).toEqual({ requests: 3, notModified: 1 });
  });

  it('keys the cache by URL: other parameters are other resources', async () => {
    const { s, cache } = await setup(ids(2));
    await cache.get(ROUTE, PARAMS);
    await cache.get(ROUTE, { ...PARAMS, issue_number: 2 });
    expect(s.requests.map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
  });

  it('without an ETag every answer counts as changed and nothing is sent conditionally', async () => {
    const { s, cache } = await setup(ids(2), { etag: false });
    await cache.get(ROUTE, PARAMS);
    expect(await cache.get(ROUTE, PARAMS)).toEqual({ changed: true, data: ids(2) });
    expect(s.requests[1]!.headers['if-none-match']).toBeUndefined();
    expect(cache.stats.notModified).toBe(0);
  });

  it('passes errors through', async () => {
    server = await new ScriptServer(() => ({
      status: 404,
      body: { message: 'Not Found' },
    })).start();
    const client = createGitHubClient({ token: 't', baseUrl: server.url, log: silent });
    await expect(new ConditionalGetCache(client).get(ROUTE, PARAMS)).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('ConditionalGetCache.getAllPages', () => {
  it('reads every page at per_page 100, then costs only 304s while nothing changes', async () => {
    const items = ids(250);
    const { s, cache } = await setup(items);
    const first = await cache.getAllPages<{ id: number }>(ROUTE, PARAMS);
    expect(first).toEqual({ changed: true, data: ids(250) });
    expect(s.requests.map((r) => new URL(r.url, 'http://x').search)).toEqual([
      '?per_page=100&page=1',
      '?per_page=100&page=2',
      '?per_page=100&page=3',
    ]);
    expect(await cache.getAllPages(ROUTE, PARAMS)).toEqual({ changed: false, data: ids(250) });
    expect(cache.stats).toEqual({ requests: 6, notModified: 3 });
    items.push({ id: 251 });
    expect(await cache.getAllPages(ROUTE, PARAMS)).toEqual({ changed: true, data: ids(251) });
  });

  it('finds a new page behind an unchanged full last page', async () => {
    const items = ids(200);
    const { cache } = await setup(items);
    expect((await cache.getAllPages(ROUTE, PARAMS)).data).toHaveLength(200);
    expect(await cache.getAllPages(ROUTE, PARAMS)).toEqual({ changed: false, data: ids(200) });
    items.push({ id: 201 });
    expect(await cache.getAllPages(ROUTE, PARAMS)).toEqual({ changed: true, data: ids(201) });
    expect(await cache.getAllPages(ROUTE, PARAMS)).toEqual({ changed: false, data: ids(201) });
  });

  it('reports a list that shrank by a whole page as changed', async () => {
    const items = ids(150);
    const { cache } = await setup(items);
    await cache.getAllPages(ROUTE, PARAMS);
    items.splice(100);
    expect(await cache.getAllPages(ROUTE, PARAMS)).toEqual({ changed: true, data: ids(100) });
    expect(await cache.getAllPages(ROUTE, PARAMS)).toEqual({ changed: false, data: ids(100) });
  });
});
