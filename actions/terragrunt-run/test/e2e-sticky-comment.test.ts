import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { postCommentAs, startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { pullRequestEvent } from '@infra-fleet/testkit';
import { create, startFixture, terragruntRun, workspaceWith, type Fixture } from './helpers.js';

const REPO = { owner: 'octo-org', repo: 'infra-fleet' };
const MARKER = '<!-- infra-fleet:terragrunt-run:staging -->';
const [BASE, HEAD] = ['a'.repeat(40), 'b'.repeat(40)];

let fixture: Fixture;
let emulator: RunningEmulator;

beforeAll(async () => {
  fixture = await startFixture();
  emulator = await startEmulator(REPO);
  await emulator.control.addAccount({ login: 'deployer', type: 'User' });
  await emulator.control.setCollaborator('deployer', 'write');
  await emulator.control.addAccount({ login: 'mallory', type: 'User' });
});
afterAll(async () => {
  await emulator?.close();
  await fixture?.close();
});
afterEach(() => emulator.control.clearFaults());

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/repos/${REPO.owner}/${REPO.repo}${path}`, {
    method,
    headers: { authorization: `token ${emulator.adminToken}` },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return response.json() as Promise<unknown>;
}

async function pullRequestWithForgedMarker(): Promise<number> {
  const { number } = (await api('POST', '/issues', { title: 'infra change' })) as {
    number: number;
  };
  await postCommentAs(emulator, number, 'mallory', `${MARKER}\nforged: nothing to change`);
  return number;
}

/** Three plans of a growing change; the comment each run reports (outcome and id). */
async function threeRuns(token: string, pr: number): Promise<string[]> {
  const reports: string[] = [];
  for (const run of [1, 2, 3]) {
    const changes = [1, 2, 3].slice(0, run).map((n) => create(`aws_subnet.run${n}`));
    const result = await terragruntRun(
      fixture,
      workspaceWith(fixture, { vpc: { resource_changes: changes } }),
      { command: 'plan', 'plan-dir': 'plan-out', token },
      {
        event: pullRequestEvent({ number: pr, baseSha: BASE, headSha: HEAD }),
        env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}` },
      },
    );
    expect(result.exitCode).toBe(0);
    const posted = /Pull request comment (\w+): \S+#issuecomment-(\d+)/.exec(result.stdout);
    reports.push(
      posted ? `${posted[1]} ${posted[2]}` : `none: ${/::warning::.*/.exec(result.stdout)}`,
    );
  }
  return reports;
}

async function markerComments(pr: number) {
  const comments = (await api('GET', `/issues/${pr}/comments`)) as Array<{
    id: number;
    body: string;
    user: { login: string };
  }>;
  return comments.filter((comment) => comment.body.startsWith(MARKER));
}

async function userLookups(): Promise<number[]> {
  const log = await emulator.control.requests();
  return log.filter((entry) => entry.path === '/user').map((entry) => entry.status);
}

describe('terragrunt-run: the sticky comment when GET /user fails', () => {
  it("edits one comment in place with a person's token whose /user answers 404", async () => {
    const pr = await pullRequestWithForgedMarker();
    const token = await emulator.control.createToken('deployer', { pull_requests: 'write' });
    await emulator.control.addFault({ method: 'GET', path: '^/user$', status: 404, count: 100 });
    await emulator.control.resetLog();
    const [first, ...rest] = await threeRuns(token, pr);
    const id = first?.split(' ')[1];
    expect([first, ...rest]).toEqual([`created ${id}`, `updated ${id}`, `updated ${id}`]);
    expect(await userLookups()).toEqual([404, 404, 404]);
    const comments = await markerComments(pr);
    expect(comments.map((c) => [c.user.login, c.id])).toEqual([
      ['mallory', expect.any(Number)],
      ['deployer', Number(id)],
    ]);
    expect(comments[0]?.body).toContain('forged');
    expect(comments[1]?.body).toContain('aws_subnet.run3');
  });

  it('edits one comment in place with an installation token whose /user answers 502', async () => {
    const pr = await pullRequestWithForgedMarker();
    const token = await emulator.control.createToken('github-actions[bot]', {
      pull_requests: 'write',
    });
    await emulator.control.addFault({
      method: 'GET',
      path: '^/user$',
      status: 502,
      retryAfter: 0,
      count: 100,
    });
    await emulator.control.resetLog();
    const [first, ...rest] = await threeRuns(token, pr);
    const id = first?.split(' ')[1];
    expect([first, ...rest]).toEqual([`created ${id}`, `updated ${id}`, `updated ${id}`]);
    expect(new Set(await userLookups())).toEqual(new Set([502]));
    const comments = await markerComments(pr);
    expect(comments.map((c) => [c.user.login, c.id])).toEqual([
      ['mallory', expect.any(Number)],
      ['github-actions[bot]', Number(id)],
    ]);
    expect(comments[0]?.body).toContain('forged');
    expect(comments[1]?.body).toContain('aws_subnet.run3');
  });
});
