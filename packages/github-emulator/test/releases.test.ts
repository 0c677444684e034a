import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runGit } from '@infra-fleet/testkit';
import { createRelease } from '../src/control-client-areas.js';
import { conforms, links, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let reader: Caller;
let pusher: Caller;
let latestBeforeAny: Awaited<ReturnType<Caller['call']>>;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('release-bot', 'write', 'Bot');
  fx.user('maria', 'write');
  reader = fx.caller('release-bot', { contents: 'read' });
  pusher = fx.caller('maria', { contents: 'write' });
  latestBeforeAny = await reader.call('GET', fx.repo('/releases/latest'));
  const release = (
    tag_name: string,
    day: number,
    extra: { prerelease?: boolean; draft?: boolean } = {},
  ) =>
    createRelease(fx.emu, {
      tag_name,
      author: 'maria',
      published_at: `2026-01-${day}T00:00:00Z`,
      ...extra,
    });
  await release('v1.0.0', 10);
  await release('v1.1.0', 12);
  await release('v1.2.0-rc.1', 14, { prerelease: true });
  await release('v2.0.0', 15, { draft: true });
});
afterAll(() => fx.close());

const tags = (body: Array<{ tag_name: string }>) => body.map((r) => r.tag_name);

describe('releases', () => {
  it('lists newest first; drafts only for callers who can push', async () => {
    const listed = await reader.call('GET', fx.repo('/releases'));
    conforms('repos/list-releases', listed, 200);
    expect(tags(listed.body)).toEqual(['v1.2.0-rc.1', 'v1.1.0', 'v1.0.0']);
    const withDrafts = await pusher.call('GET', fx.repo('/releases'));
    conforms('repos/list-releases', withDrafts, 200);
    expect(tags(withDrafts.body)).toEqual(['v2.0.0', 'v1.2.0-rc.1', 'v1.1.0', 'v1.0.0']);
    expect(withDrafts.body[0]).toMatchObject({ draft: true, published_at: null });
  });

  it('paginates with Link', async () => {
    const first = await reader.call('GET', fx.repo('/releases?per_page=2'));
    expect(tags(first.body)).toEqual(['v1.2.0-rc.1', 'v1.1.0']);
    const next = links(first.headers.get('link')).next ?? '';
    const second = await reader.call('GET', next.slice(fx.url.length));
    expect(tags(second.body)).toEqual(['v1.0.0']);
  });

  it('answers the latest published, non-prerelease release', async () => {
    const latest = await reader.call('GET', fx.repo('/releases/latest'));
    conforms('repos/get-latest-release', latest, 200);
    expect(latest.body).toMatchObject({
      tag_name: 'v1.1.0',
      prerelease: false,
      draft: false,
      author: { login: 'maria' },
    });
    conforms('repos/get-latest-release', latestBeforeAny, 404);
  });

  it('finds a release by tag and 404s unknown and draft tags', async () => {
    const found = await reader.call('GET', fx.repo('/releases/tags/v1.0.0'));
    conforms('repos/get-release-by-tag', found, 200);
    expect(found.body.published_at).toBe('2026-01-10T00:00:00Z');
    conforms(
      'repos/get-release-by-tag',
      await reader.call('GET', fx.repo('/releases/tags/v9.9.9')),
      404,
    );
    expect((await reader.call('GET', fx.repo('/releases/tags/v2.0.0'))).status).toBe(404);
  });

  it('tags published releases in the bare repository, not drafts', () => {
    const listed = runGit(['tag', '--list'], fx.emu.gitDir).split('\n');
    expect(listed).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0-rc.1']);
    expect(runGit(['rev-parse', 'v1.0.0^{commit}'], fx.emu.gitDir)).toBe(
      runGit(['rev-parse', 'refs/heads/main'], fx.emu.gitDir),
    );
  });

  it('needs contents: read', async () => {
    const denied = await fx
      .caller('release-bot', { issues: 'write' })
      .call('GET', fx.repo('/releases'));
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('contents=read');
  });
});
