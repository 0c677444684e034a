import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addReaction, editComment, postCommentAs } from '../src/control-client-areas.js';
import { conforms, links, startFixture, type Caller, type Fixture } from './areas-fixture.js';

let fx: Fixture;
let bot: Caller;
let issueNumber: number;

beforeAll(async () => {
  fx = await startFixture();
  fx.user('release-bot', 'write', 'Bot');
  fx.user('alice', 'write');
  fx.user('maria', 'admin');
  fx.user('reader', 'read');
  fx.user('stranger');
  bot = fx.caller('release-bot', { issues: 'write' });
  const created = await bot.call('POST', fx.repo('/issues'), {
    title: 'Approve production',
    body: 'Reply approve',
    labels: ['approval'],
    assignees: ['alice'],
  });
  issueNumber = created.body.number;
});
afterAll(() => fx.close());

describe('issues contract', () => {
  it('creates, gets and updates issues as the schema says', async () => {
    const created = await bot.call('POST', fx.repo('/issues'), { title: 'Second', body: 'x' });
    conforms('issues/create', created, 201);
    expect(created.body.user.login).toBe('release-bot');
    const got = await bot.call('GET', fx.repo(`/issues/${created.body.number}`));
    conforms('issues/get', got, 200);
    const closed = await bot.call('PATCH', fx.repo(`/issues/${created.body.number}`), {
      state: 'closed',
      state_reason: 'not_planned',
    });
    conforms('issues/update', closed, 200);
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(closed.body.closed_by.login).toBe('release-bot');
    conforms('issues/get', await bot.call('GET', fx.repo('/issues/9999')), 404);
    const bad = await bot.call('PATCH', fx.repo(`/issues/${created.body.number}`), {
      state: 'done',
    });
    conforms('issues/update', bad, 422);
    conforms(
      'issues/update',
      await bot.call('PATCH', fx.repo('/issues/9999'), { state: 'closed' }),
      404,
    );
    conforms(
      'issues/create',
      await bot.call('POST', fx.repo('/issues'), { body: 'no title' }),
      422,
    );
  });

  it('lists, creates, gets and updates comments as the schema says', async () => {
    const created = await bot.call('POST', fx.repo(`/issues/${issueNumber}/comments`), {
      body: 'Waiting for approval',
    });
    conforms('issues/create-comment', created, 201);
    const id = created.body.id;
    conforms('issues/get-comment', await bot.call('GET', fx.repo(`/issues/comments/${id}`)), 200);
    const updated = await bot.call('PATCH', fx.repo(`/issues/comments/${id}`), {
      body: 'Still waiting',
    });
    conforms('issues/update-comment', updated, 200);
    const listed = await bot.call('GET', fx.repo(`/issues/${issueNumber}/comments`));
    conforms('issues/list-comments', listed, 200);
    conforms('issues/list-comments', await bot.call('GET', fx.repo('/issues/9999/comments')), 404);
    conforms('issues/get-comment', await bot.call('GET', fx.repo('/issues/comments/9999')), 404);
    const empty = await bot.call('POST', fx.repo(`/issues/${issueNumber}/comments`), {});
    conforms('issues/create-comment', empty, 422);
    const noBody = await bot.call('PATCH', fx.repo(`/issues/comments/${id}`), {});
    conforms('issues/update-comment', noBody, 422);
  });

  it('lists comment reactions, filtered by content', async () => {
    const comment = await postCommentAs(fx.emu, issueNumber, 'alice', 'approve');
    await addReaction(fx.emu, comment.id, 'maria', '+1');
    await addReaction(fx.emu, comment.id, 'alice', 'heart');
    const path = fx.repo(`/issues/comments/${comment.id}/reactions`);
    const all = await bot.call('GET', path);
    conforms('reactions/list-for-issue-comment', all, 200);
    expect(all.body.map((r: { content: string }) => r.content)).toEqual(['+1', 'heart']);
    const plusOne = await bot.call('GET', `${path}?content=%2B1`);
    expect(plusOne.body.map((r: { user: { login: string } }) => r.user.login)).toEqual(['maria']);
    const rollup = (await bot.call('GET', fx.repo(`/issues/comments/${comment.id}`))).body
      .reactions;
    expect(rollup).toMatchObject({ total_count: 2, '+1': 1, heart: 1, '-1': 0 });
    conforms(
      'reactions/list-for-issue-comment',
      await bot.call('GET', fx.repo('/issues/comments/9999/reactions')),
      404,
    );
  });
});

describe('issue comments behaviour', () => {
  it('filters by since (updated_at >= since) and paginates with Link', async () => {
    const issue = (await bot.call('POST', fx.repo('/issues'), { title: 'Paging' })).body.number;
    const base = Date.parse('2030-01-01T00:00:00Z');
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    for (let i = 0; i < 5; i += 1) {
      await postCommentAs(fx.emu, issue, 'alice', `comment ${i}`, { createdAt: at(i * 10) });
    }
    const path = fx.repo(`/issues/${issue}/comments`);
    const since = await bot.call('GET', `${path}?since=${encodeURIComponent(at(20))}`);
    expect(since.body.map((c: { body: string }) => c.body)).toEqual([
      'comment 2',
      'comment 3',
      'comment 4',
    ]);
    const bodies: string[] = [];
    let next: string | undefined = `${fx.url}${path}?per_page=2`;
    while (next) {
      const page = await bot.call('GET', next.slice(fx.url.length));
      conforms('issues/list-comments', page, 200);
      bodies.push(...page.body.map((c: { body: string }) => c.body));
      next = links(page.headers.get('link')).next;
    }
    expect(bodies).toEqual(['comment 0', 'comment 1', 'comment 2', 'comment 3', 'comment 4']);
  });

  it('moves updated_at past created_at on every edit, so since sees edited old comments', async () => {
    const issue = (await bot.call('POST', fx.repo('/issues'), { title: 'Edits' })).body.number;
    const old = await postCommentAs(fx.emu, issue, 'alice', 'deny', {
      createdAt: '2020-01-01T00:00:00Z',
    });
    expect(old.updated_at).toBe(old.created_at);
    const edited = await editComment(fx.emu, old.id, 'approve');
    expect(Date.parse(edited.updated_at)).toBeGreaterThan(Date.parse(edited.created_at));
    const again = await bot.call('PATCH', fx.repo(`/issues/comments/${old.id}`), {
      body: 'approved',
    });
    expect(Date.parse(again.body.updated_at)).toBeGreaterThan(Date.parse(edited.updated_at));
    const since = await bot.call(
      'GET',
      fx.repo(`/issues/${issue}/comments?since=2020-01-02T00:00:00Z`),
    );
    expect(since.body.map((c: { id: number; body: string }) => [c.id, c.body])).toEqual([
      [old.id, 'approved'],
    ]);
  });

  it('labels authors by their relation to the repository', async () => {
    const issue = (await bot.call('POST', fx.repo('/issues'), { title: 'Who' })).body.number;
    for (const login of ['maria', 'alice', 'reader', 'stranger']) {
      await postCommentAs(fx.emu, issue, login, `hi from ${login}`);
    }
    const listed = await bot.call('GET', fx.repo(`/issues/${issue}/comments`));
    const association = Object.fromEntries(
      listed.body.map((c: { user: { login: string }; author_association: string }) => [
        c.user.login,
        c.author_association,
      ]),
    );
    expect(association).toEqual({
      maria: 'MEMBER',
      alice: 'COLLABORATOR',
      reader: 'COLLABORATOR',
      stranger: 'NONE',
    });
  });

  it('closes with a reason and reopens', async () => {
    const path = fx.repo(`/issues/${issueNumber}`);
    const closed = await bot.call('PATCH', path, { state: 'closed', state_reason: 'completed' });
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.body.closed_at).not.toBeNull();
    const reopened = await bot.call('PATCH', path, { state: 'open' });
    expect(reopened.body).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
    });
    expect(reopened.body.labels[0].name).toBe('approval');
    expect(reopened.body.assignees.map((a: { login: string }) => a.login)).toEqual(['alice']);
  });

  it('refuses an assignee without access and a token without issues: write', async () => {
    const refused = await bot.call('POST', fx.repo('/issues'), {
      title: 't',
      assignees: ['stranger'],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'assignees', value: 'stranger' });
    const readOnly = fx.caller('alice', { issues: 'read' });
    const denied = await readOnly.call('POST', fx.repo(`/issues/${issueNumber}/comments`), {
      body: 'x',
    });
    conforms('issues/create-comment', denied, 403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe(
      'issues=write; pull_requests=write',
    );
    expect((await readOnly.call('GET', fx.repo(`/issues/${issueNumber}/comments`))).status).toBe(
      200,
    );
  });
});

describe('listing issues (GET /repos/{owner}/{repo}/issues)', () => {
  let lister: Caller;
  const numbers = (reply: { body: Array<{ number: number }> }) => reply.body.map((i) => i.number);
  // Only this block's issues carry the label `listing`.
  const list = (query: string) =>
    lister.call(
      'GET',
      fx.repo(`/issues?${/labels=/.test(query) ? '' : 'labels=listing&'}${query}`),
    );

  let first: number;
  let second: number;
  let pull: number;
  beforeAll(async () => {
    lister = fx.caller('release-bot', { issues: 'write', pull_requests: 'write' });
    const maria = fx.caller('maria', { issues: 'write' });
    const create = async (caller: Caller, body: Record<string, unknown>) =>
      (await caller.call('POST', fx.repo('/issues'), body)).body.number as number;
    first = await create(lister, { title: 'First', labels: ['listing', 'alpha'] });
    await lister.call('POST', fx.repo(`/issues/${first}/comments`), { body: 'one' });
    await lister.call('POST', fx.repo(`/issues/${first}/comments`), { body: 'two' });
    await fx.emu.control.advanceClock(3600);
    second = await create(maria, { title: 'Second', labels: ['Listing'], assignees: ['alice'] });
    fx.pushBranch('listing-change', { 'listing.txt': 'x\n' });
    const created = await lister.call('POST', fx.repo('/pulls'), {
      title: 'A pull request',
      head: 'listing-change',
      base: 'main',
    });
    pull = created.body.number;
    await lister.call('PATCH', fx.repo(`/issues/${pull}`), { labels: ['listing'] });
    await lister.call('PATCH', fx.repo(`/issues/${second}`), { state: 'closed' });
  });

  it('answers as the schema says, pull requests with their pull_request key', async () => {
    const all = await list('state=all');
    conforms('issues/list-for-repo', all, 200);
    const byNumber = new Map(all.body.map((i: { number: number }) => [i.number, i]));
    expect(byNumber.get(pull)).toMatchObject({
      pull_request: { url: expect.stringMatching(new RegExp(`/pulls/${pull}$`)) },
    });
    expect(byNumber.get(first)).not.toHaveProperty('pull_request');
    conforms('issues/list-for-repo', await list('state=done'), 422);
    const elsewhere = await lister.call('GET', '/repos/octo-org/other/issues');
    conforms('issues/list-for-repo', elsewhere, 404);
  });

  it('lists open issues, newest first, by default; state picks closed or all', async () => {
    expect(numbers(await list(''))).toEqual([pull, first]);
    expect(numbers(await list('state=closed'))).toEqual([second]);
    expect(numbers(await list('state=all&direction=asc'))).toEqual([first, second, pull]);
  });

  it('filters by every label, creator, assignee and since', async () => {
    expect(numbers(await list('state=all&labels=listing,ALPHA'))).toEqual([first]);
    expect(numbers(await list('state=all&creator=MARIA'))).toEqual([second]);
    expect(numbers(await list('state=all&assignee=alice'))).toEqual([second]);
    expect(numbers(await list('state=all&assignee=*'))).toEqual([second]);
    expect(numbers(await list('state=all&assignee=none'))).toEqual([pull, first]);
    const created = (await lister.call('GET', fx.repo(`/issues/${first}`))).body.created_at;
    const later = new Date(Date.parse(created) + 1000).toISOString();
    expect(numbers(await list(`state=all&since=${later}`))).toEqual([pull, second]);
    conforms('issues/list-for-repo', await list('since=yesterday'), 422);
  });

  it('sorts by comments or updated, and pages with Link', async () => {
    expect(numbers(await list('state=all&sort=comments'))).toEqual([first, pull, second]);
    await fx.emu.control.advanceClock(60);
    await lister.call('PATCH', fx.repo(`/issues/${first}`), { body: 'touched' });
    expect(numbers(await list('state=all&sort=updated'))[0]).toBe(first);
    const page = await list('state=all&per_page=1&page=2');
    conforms('issues/list-for-repo', page, 200);
    expect(numbers(page)).toEqual([second]);
    expect(links(page.headers.get('link')).next).toContain('page=3');
  });

  it('knows no milestone or type, and refuses filters it does not emulate', async () => {
    expect(numbers(await list('milestone=none&type=none'))).toEqual([pull, first]);
    expect(numbers(await list('milestone=*'))).toEqual([]);
    const mentioned = await list('mentioned=alice');
    conforms('issues/list-for-repo', mentioned, 422);
    expect(mentioned.body.errors[0].message).toMatch(/does not filter issues by mentioned/);
  });

  it('needs issues: read', async () => {
    const denied = await fx
      .caller('release-bot', { pull_requests: 'write' })
      .call('GET', fx.repo('/issues'));
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('issues=read');
  });
});

describe('deleting an issue comment', () => {
  it('answers 204, then the comment is gone from get and list', async () => {
    const writer = fx.caller('release-bot', { pull_requests: 'write' });
    const posted = await writer.call('POST', fx.repo(`/issues/${issueNumber}/comments`), {
      body: 'to be deleted',
    });
    const path = fx.repo(`/issues/comments/${posted.body.id}`);
    const reader = fx.caller('release-bot', { issues: 'read' });
    // GitHub documents only the 204; the refusal is its usual 403.
    const denied = await reader.call('DELETE', path);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe(
      'issues=write; pull_requests=write',
    );
    conforms('issues/delete-comment', await writer.call('DELETE', path), 204);
    expect((await writer.call('GET', path)).status).toBe(404);
    const listed = await writer.call('GET', fx.repo(`/issues/${issueNumber}/comments`));
    expect(listed.body.map((c: { id: number }) => c.id)).not.toContain(posted.body.id);
    expect((await writer.call('DELETE', path)).status).toBe(404);
  });
});
