import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { conforms, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let bot: Caller;
let headSha: string;
const BRANCH = 'bump/prod-app';

beforeAll(async () => {
  fx = await startFixture();
  fx.user('release-bot', 'write', 'Bot');
  bot = fx.caller('release-bot', { pull_requests: 'write', issues: 'read' });
  headSha = fx.pushBranch(BRANCH, {
    'k8s/prod/kustomization.yaml': 'images:\n  - name: app\n    newTag: v2\n',
    'k8s/prod/notes.txt': 'new file\n',
    'README.md': null,
  });
});
afterAll(() => fx.close());

const open = (head = BRANCH, title = 'Bump app to v2') =>
  bot.call('POST', fx.repo('/pulls'), { title, head, base: 'main', body: 'Automated bump' });

describe('pull requests', () => {
  let number: number;

  it('creates a pull request from a pushed branch', async () => {
    const created = await open();
    conforms('pulls/create', created, 201);
    number = created.body.number;
    expect(created.body).toMatchObject({
      state: 'open',
      title: 'Bump app to v2',
      head: { ref: BRANCH, sha: headSha, label: `octo-org:${BRANCH}` },
      base: { ref: 'main' },
      user: { login: 'release-bot' },
      commits: 1,
      changed_files: 3,
      merged: false,
    });
  });

  it('refuses a duplicate, a missing head branch and an empty diff', async () => {
    const duplicate = await open(`octo-org:${BRANCH}`);
    conforms('pulls/create', duplicate, 422);
    expect(duplicate.body.errors[0].message).toBe(
      `A pull request already exists for octo-org:${BRANCH}.`,
    );
    const missing = await open('no-such-branch');
    conforms('pulls/create', missing, 422);
    expect(missing.body.errors[0]).toMatchObject({ field: 'head', code: 'invalid' });
    const empty = await open('main');
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].message).toBe('No commits between main and main');
  });

  it('lists by state, owner:branch head and base; a head without owner is ignored', async () => {
    const list = (query: string) => bot.call('GET', fx.repo(`/pulls?${query}`));
    const byHead = await list(`head=${encodeURIComponent(`octo-org:${BRANCH}`)}`);
    conforms('pulls/list', byHead, 200);
    expect(byHead.body.map((p: { number: number }) => p.number)).toEqual([number]);
    expect((await list('head=octo-org:other')).body).toEqual([]);
    expect((await list(`head=${BRANCH}-nope`)).body).toHaveLength(1);
    expect((await list('base=release')).body).toEqual([]);
    expect((await list('state=closed')).body).toEqual([]);
  });

  it('gets and updates title, body and state', async () => {
    const got = await bot.call('GET', fx.repo(`/pulls/${number}`));
    conforms('pulls/get', got, 200);
    conforms('pulls/get', await bot.call('GET', fx.repo('/pulls/999')), 404);
    const updated = await bot.call('PATCH', fx.repo(`/pulls/${number}`), {
      title: 'Bump app to v3',
      body: 'updated',
      state: 'closed',
    });
    conforms('pulls/update', updated, 200);
    expect(updated.body).toMatchObject({
      title: 'Bump app to v3',
      body: 'updated',
      state: 'closed',
    });
    expect(updated.body.closed_at).not.toBeNull();
    const closed = await bot.call('GET', fx.repo('/pulls?state=closed'));
    expect(closed.body.map((p: { number: number }) => p.number)).toEqual([number]);
    const bad = await bot.call('PATCH', fx.repo(`/pulls/${number}`), { state: 'merged' });
    conforms('pulls/update', bad, 422);
  });

  it('allows a new pull request for the head once the old one is closed, and refuses reopening the old', async () => {
    const again = await open(BRANCH, 'Bump app to v3 again');
    expect(again.status).toBe(201);
    const reopen = await bot.call('PATCH', fx.repo(`/pulls/${number}`), { state: 'open' });
    expect(reopen.status).toBe(422);
    const issue = await bot.call('GET', fx.repo(`/issues/${again.body.number}`));
    expect(issue.body.pull_request.url).toBe(`${fx.url}${fx.repo(`/pulls/${again.body.number}`)}`);
  });

  it('lists changed files from the merge base, with status, counts and patch', async () => {
    const files = await bot.call('GET', fx.repo(`/pulls/${number}/files`));
    conforms('pulls/list-files', files, 200);
    const byName = Object.fromEntries(files.body.map((f: { filename: string }) => [f.filename, f]));
    expect(byName['README.md']).toMatchObject({
      status: 'removed',
      additions: 0,
      deletions: 1,
      changes: 1,
    });
    expect(byName['k8s/prod/notes.txt']).toMatchObject({
      status: 'added',
      additions: 1,
      deletions: 0,
    });
    expect(byName['k8s/prod/kustomization.yaml']).toMatchObject({
      status: 'modified',
      additions: 3,
      deletions: 1,
    });
    expect(byName['k8s/prod/kustomization.yaml'].patch).toMatch(
      /^@@ -1 \+1,3 @@\n-images: \[\]\n\+images:/,
    );
  });

  it('opens exactly one pull request when the same head is proposed concurrently', async () => {
    fx.pushBranch('bump/race', { 'k8s/prod/race.txt': 'race\n' });
    const replies = await Promise.all(Array.from({ length: 6 }, () => open('bump/race')));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 422, 422, 422, 422, 422]);
    const listed = await bot.call('GET', fx.repo('/pulls?head=octo-org:bump/race'));
    expect(listed.body).toHaveLength(1);
  });

  it('answers 403 with X-Accepted-GitHub-Permissions to a read-only token', async () => {
    const reader = fx.caller('release-bot', { pull_requests: 'read' });
    const denied = await reader.call('POST', fx.repo('/pulls'), {
      title: 't',
      head: BRANCH,
      base: 'main',
    });
    conforms('pulls/create', denied, 403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('pull_requests=write');
  });
});
