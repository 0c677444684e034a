import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { editComment, postCommentAs } from '@infra-fleet/github-emulator';
import { waitFor } from '@infra-fleet/testkit';
import {
  OWNER,
  REPO,
  commentsOf,
  issueState,
  lastComment,
  logText,
  nextGateIssue,
  runGate,
  startFixture,
  type Fixture,
} from './helpers.js';

let fixture: Fixture;
const seen = new Set<number>();
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.emulator.close());

const post = (issue: number, login: string, body: string, createdAt?: string) =>
  postCommentAs(fixture.emulator, issue, login, body, createdAt ? { createdAt } : {});

async function deploymentsOf(environment: string) {
  const path = `/repos/${OWNER}/${REPO}/deployments?environment=${environment}`;
  const { data } = await fixture.admin('GET', path);
  return Promise.all(
    (data as unknown as Array<{ id: number; sha: string; payload: unknown }>).map(
      async (deployment) => {
        const statuses = await fixture.admin(
          'GET',
          `/repos/${OWNER}/${REPO}/deployments/${deployment.id}/statuses`,
        );
        return {
          ...deployment,
          states: (statuses.data as unknown as Array<{ state: string }>).map((s) => s.state),
        };
      },
    ),
  );
}

/** The action's reads of the issue comments (its token is github-actions[bot]'s). */
async function actionPolls() {
  const requests = await fixture.emulator.control.requests();
  return requests.filter(
    (request) =>
      request.operationId === 'issues/list-comments' && request.login === 'github-actions[bot]',
  );
}

/** Resolves once the gate has started a poll after this moment (two more reads than now). */
async function pollsAfterNow(): Promise<void> {
  const now = (await actionPolls()).length;
  await waitFor(async () => (await actionPolls()).length >= now + 2, { what: 'two more polls' });
}

describe('await-environment-approval (bundled, issue mode against the emulator)', () => {
  it('opens an issue, counts a valid approval, closes it, mirrors a deployment and writes outputs', async () => {
    await fixture.emulator.control.resetLog();
    const running = runGate(fixture, {
      inputs: { mode: 'issue', summary: 'load-harness v1.2.2 -> v1.2.3' },
    });
    const issue = await nextGateIssue(fixture, seen);
    expect(issue.title).toBe(
      `Approve deployment to production: v1.2.3 (${fixture.sha.slice(0, 7)})`,
    );
    expect(issue.body).toContain('load-harness v1.2.2 -> v1.2.3');
    expect(issue.body).toContain('/actions/runs/');
    await waitFor(async () => (await actionPolls()).some((request) => request.status === 304), {
      what: 'a poll of the unchanged issue answered 304',
    });
    const approval = await post(issue.number, 'alice', 'approve\nstaging looks healthy');
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      decision: 'approved',
      'issue-number': String(issue.number),
      'issue-url': issue.html_url,
    });
    expect(run.outputs['decided-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(JSON.parse(run.outputs.approvers ?? '')).toEqual([
      {
        login: 'alice',
        at: approval.created_at,
        comment_url: approval.html_url,
        comment: 'staging looks healthy',
      },
    ]);
    expect(await issueState(fixture, issue.number)).toEqual({
      state: 'closed',
      stateReason: 'completed',
    });
    expect(await lastComment(fixture, issue.number)).toContain('**Approved** at');
    expect(run.summary).toContain('| Decision | **approved**: Approved by alice. |');
    expect(run.summary).toContain(approval.html_url);
    expect(run.masked).toContain(fixture.token);
    const unmasked = logText(run).replace(`::add-mask::${fixture.token}`, '');
    expect(unmasked).not.toContain(fixture.token.slice(4));

    const [deployment] = await deploymentsOf('production');
    expect(deployment).toMatchObject({
      id: Number(run.outputs['deployment-id']),
      sha: fixture.sha,
      states: ['success', 'queued'],
    });
    const polls = await actionPolls();
    expect(polls.filter((request) => request.status === 304).length).toBeGreaterThan(0);
    expect(polls.filter((request) => request.counted)).toHaveLength(2);
  });

  it('never counts forged, stale, bot, self, read-only, removed-member, negated or off-issue votes', async () => {
    await fixture.emulator.control.addTeamMember(OWNER, 'sre', 'carol');
    const approvers = 'alice, bob, erin, frank, mallory, octocat, releaser, dave, octo-org/sre';
    const running = runGate(fixture, {
      token: fixture.appToken,
      inputs: { mode: 'issue', approvers, 'minimum-approvals': '2', 'timeout-minutes': '10' },
    });
    const issue = await nextGateIssue(fixture, seen);
    const other = await fixture.admin('POST', `/repos/${OWNER}/${REPO}/issues`, {
      title: 'Another issue',
    });
    seen.add(Number(other.data.number));
    await post(Number(other.data.number), 'mallory', 'approve');
    const forged = await post(issue.number, 'erin', 'thanks for the ping');
    await editComment(fixture.emulator, forged.id, 'approve');
    await post(issue.number, 'frank', 'approve', '2020-01-01T00:00:00Z');
    await post(issue.number, 'renovate[bot]', 'approve');
    await post(issue.number, 'octocat', 'approve');
    await post(issue.number, 'releaser', 'lgtm');
    await post(issue.number, 'dave', 'approve');
    await post(issue.number, 'alice', 'not approved');
    await post(issue.number, 'carol', 'approve');
    await pollsAfterNow();
    await fixture.emulator.control.removeTeamMember(OWNER, 'sre', 'carol');
    await post(issue.number, 'alice', 'approve');
    await pollsAfterNow();
    expect((await issueState(fixture, issue.number)).state).toBe('open');
    await post(issue.number, 'bob', 'LGTM!');
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.approvers ?? '').map((a: { login: string }) => a.login)).toEqual([
      'alice',
      'bob',
    ]);
    const closing = await lastComment(fixture, issue.number);
    for (const reason of [
      /erin.*edited at/,
      /renovate\\\[bot\\\].*is a Bot/,
      /octocat.*self-approval: octocat is the run actor/,
      /releaser.*self-approval: releaser is the release author/,
      /dave.*dave has read permission/,
      /carol.*carol is not listed in approvers/,
      /alice.*not a vote/,
    ]) {
      expect(closing).toMatch(reason);
    }
    expect(closing).not.toContain('frank');
    expect(closing).not.toContain('mallory');
  });

  it('keeps one status comment that says why each vote counts or not, edited only when that changes', async () => {
    await fixture.emulator.control.resetLog();
    const running = runGate(fixture, { inputs: { mode: 'issue', 'minimum-approvals': '2' } });
    const issue = await nextGateIssue(fixture, seen);
    const status = async () =>
      (await commentsOf(fixture, issue.number)).filter((c) => c.body.includes('Votes so far'));
    const statusShows = (text: string) =>
      waitFor(async () => (await status())[0]?.body.includes(text) ?? false, {
        what: `the status comment to show ${text}`,
      });
    const writes = async (operationId: string) =>
      (await fixture.emulator.control.requests()).filter(
        (r) => r.operationId === operationId && r.login === 'github-actions[bot]',
      ).length;

    await post(issue.number, 'octocat', 'approve');
    await statusShows('self-approval: octocat is the run actor');
    await pollsAfterNow();
    expect([await writes('issues/create-comment'), await writes('issues/update-comment')]).toEqual([
      1, 0,
    ]);
    await post(issue.number, 'dave', 'I approve');
    await statusShows('not a vote');
    await post(issue.number, 'alice', 'approve');
    await statusShows('counted **1 of 2** approvals');
    await pollsAfterNow();
    expect(await writes('issues/update-comment')).toBe(2);
    await post(issue.number, 'bob', 'lgtm');
    const run = await running;

    expect(run.exitCode).toBe(0);
    const [only, ...others] = await status();
    expect(others).toEqual([]);
    expect(only?.user.login).toBe('github-actions[bot]');
    expect(only?.body).toContain('counted **2 of 2** approvals');
    expect(only?.body).toMatch(/`dave`.*\| {2}\| no: not a vote/);
    expect(only?.body).toMatch(/`bob`.*\| approve \| \*\*yes\*\*: approval counted/);
    // One status comment plus the closing one; three edits, one per change of the votes.
    expect(await writes('issues/create-comment')).toBe(2);
    expect(await writes('issues/update-comment')).toBe(3);
  });

  it('rejects on a valid denial: outputs written, issue closed, step failed', async () => {
    const running = runGate(fixture, { inputs: { mode: 'issue' } });
    const issue = await nextGateIssue(fixture, seen);
    await post(issue.number, 'bob', 'deny\nnot during the freeze');
    const run = await running;

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      decision: 'rejected',
      approvers: '[]',
      'issue-number': String(issue.number),
    });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        command: 'error',
        message: expect.stringContaining('Rejected by bob.'),
      }),
    );
    expect(await issueState(fixture, issue.number)).toEqual({
      state: 'closed',
      stateReason: 'not_planned',
    });
    expect(await lastComment(fixture, issue.number)).toContain('**Rejected**');
  });

  it('times out, closing the issue and failing the step; unchanged polls cost no rate limit', async () => {
    await fixture.emulator.control.resetLog();
    const run = await runGate(fixture, { inputs: { mode: 'issue', 'timeout-minutes': '0.05' } });
    const issue = await nextGateIssue(fixture, seen);

    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe('timed-out');
    expect(await issueState(fixture, issue.number)).toEqual({
      state: 'closed',
      stateReason: 'not_planned',
    });
    expect(await lastComment(fixture, issue.number)).toContain('**Timed out**');
    const polls = await actionPolls();
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls.filter((request) => request.counted)).toHaveLength(1);
    const [deployment] = await deploymentsOf('production');
    expect(deployment?.states).toEqual(['error', 'queued']);
  });

  it('refuses a ref outside allowed-refs before asking anyone', async () => {
    await fixture.emulator.control.resetLog();
    const run = await runGate(fixture, { ref: 'refs/heads/feature/sneaky' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ decision: 'rejected', 'issue-number': '' });
    expect(logText(run)).toContain(
      'Ref "refs/heads/feature/sneaky" is not in allowed-refs (refs/heads/main, refs/tags/v*)',
    );
    const requests = await fixture.emulator.control.requests();
    expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('lets the run actor approve with allow-self-approval', async () => {
    const running = runGate(fixture, { inputs: { mode: 'issue', 'allow-self-approval': 'true' } });
    const issue = await nextGateIssue(fixture, seen);
    expect(issue.body).toContain('Self-approval is allowed');
    await post(issue.number, 'octocat', 'approve');
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.approvers ?? '')).toMatchObject([{ login: 'octocat' }]);
  });

  it('closes the issue as cancelled on SIGTERM, then exits non-zero', async () => {
    const before = (await actionPolls()).length;
    const running = runGate(fixture, {
      inputs: { mode: 'issue' },
      // Once the gate has read the issue's comments, it is waiting with its handlers in place.
      signalWhen: { signal: 'SIGTERM', when: async () => (await actionPolls()).length > before },
    });
    const issue = await nextGateIssue(fixture, seen);
    const run = await running;

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({});
    expect(logText(run)).toContain('Received SIGTERM');
    expect(await issueState(fixture, issue.number)).toEqual({
      state: 'closed',
      stateReason: 'not_planned',
    });
    expect(await lastComment(fixture, issue.number)).toContain('**Cancelled** at');
    expect(await lastComment(fixture, issue.number)).toContain('cancelled (SIGTERM)');
    const [deployment] = await deploymentsOf('production');
    expect(deployment?.states).toEqual(['error', 'queued']);
  });
});
