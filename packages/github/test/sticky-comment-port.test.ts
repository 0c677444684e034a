import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { postCommentAs, startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { createGitHubClient } from '../src/client.js';
import {
  findStickyComment,
  stickyCommentPort,
  type StickyCommentPort,
} from '../src/sticky-comment-port.js';

const REPO = { owner: 'octo-org', repo: 'infra-fleet' };
const quiet = { info: () => undefined, warning: () => undefined };
const MARKER = '<!-- infra-fleet:test:staging -->';

describe('sticky comment port against the emulator', () => {
  let emulator: RunningEmulator;
  let port: StickyCommentPort;
  let issue: number;

  beforeAll(async () => {
    emulator = await startEmulator({ owner: REPO.owner, repo: REPO.repo });
    await emulator.control.addAccount({ login: 'mallory', type: 'User' });
    // Pull request comments need only pull_requests: write (GitHub accepts it for issue comments).
    const token = await emulator.control.createToken('github-actions[bot]', {
      pull_requests: 'write',
    });
    port = stickyCommentPort(
      createGitHubClient({ token, baseUrl: emulator.url, log: quiet }),
      REPO,
    );
    const client = createGitHubClient({
      token: emulator.adminToken,
      baseUrl: emulator.url,
      log: quiet,
    });
    const created = await client.request('POST /repos/{owner}/{repo}/issues', {
      ...REPO,
      title: 'Infra change',
    });
    issue = (created.data as { number: number }).number;
  });
  afterAll(() => emulator?.close());

  const comments = async () => {
    const client = createGitHubClient({
      token: emulator.adminToken,
      baseUrl: emulator.url,
      log: quiet,
    });
    const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
    const { data } = await client.request(route, { ...REPO, issue_number: issue });
    return data as Array<{ id: number; body: string; user: { login: string } }>;
  };

  it('creates the comment once, then edits it in place, and leaves an identical body alone', async () => {
    const first = await port.upsert(issue, MARKER, `${MARKER}\nplan: 1 to add`);
    expect(first.outcome).toBe('created');
    const second = await port.upsert(issue, MARKER, `${MARKER}\nplan: 2 to add`);
    expect(second).toMatchObject({ outcome: 'updated', id: first.id });
    const third = await port.upsert(issue, MARKER, `${MARKER}\nplan: 2 to add`);
    expect(third).toMatchObject({ outcome: 'unchanged', id: first.id });
    const mine = (await comments()).filter((c) => c.body.startsWith(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toBe(`${MARKER}\nplan: 2 to add`);
  });

  it('never edits a comment someone else wrote with the marker in it', async () => {
    const planted = await postCommentAs(emulator, issue, 'mallory', `${MARKER}\nfake`);
    const other = '<!-- infra-fleet:test:production -->';
    const result = await port.upsert(issue, other, `${other}\nplan`);
    expect(result.outcome).toBe('created');
    const bodies = (await comments()).map((c) => [c.user.login, c.body]);
    expect(bodies).toContainEqual(['mallory', `${MARKER}\nfake`]);
    expect(planted.id).not.toBe(result.id);
  });

  it('is refused without issues or pull_requests write, naming both accepted permissions', async () => {
    const token = await emulator.control.createToken('github-actions[bot]', { contents: 'write' });
    const client = createGitHubClient({ token, baseUrl: emulator.url, log: quiet });
    await expect(
      stickyCommentPort(client, REPO).upsert(issue, MARKER, `${MARKER}\nx`),
    ).rejects.toMatchObject({
      status: 403,
      hint: expect.stringContaining('{ issues: read } or { pull-requests: read }'),
    });
  });

  it('refuses a body that does not start with the marker', async () => {
    await expect(port.upsert(issue, MARKER, 'no marker')).rejects.toThrow(/start with its marker/);
  });
});

describe('findStickyComment', () => {
  const comment = (id: number, login: string, body: string) => ({
    id,
    login,
    body,
    userType: 'Bot',
    createdAt: '',
    updatedAt: '',
    htmlUrl: '',
  });

  it('picks the oldest marker comment by the author', () => {
    const list = [
      comment(9, 'bot', `${MARKER} newer`),
      comment(3, 'someone', `${MARKER} planted`),
      comment(5, 'bot', `${MARKER} older`),
      comment(2, 'bot', `mentions ${MARKER} later`),
    ];
    expect(findStickyComment(list, MARKER, 'bot')?.id).toBe(5);
    expect(findStickyComment(list, MARKER, 'nobody')).toBeUndefined();
  });

  it("takes a bot's marker comment, never a person's, when the token's login is unknown", () => {
    const person = { ...comment(1, 'mallory', `${MARKER} planted`), userType: 'User' };
    const app = comment(4, 'deploy-app[bot]', `${MARKER} plan`);
    expect(findStickyComment([person, app], MARKER, undefined)?.id).toBe(4);
    expect(findStickyComment([person], MARKER, undefined)).toBeUndefined();
  });
});
