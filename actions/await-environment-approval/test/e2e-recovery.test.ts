import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRun, postCommentAs } from '@infra-fleet/github-emulator';
import {
  OWNER,
  REPO,
  commentsOf,
  gateIssues,
  issueState,
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

const fault = (method: string, path: string, kind: 'drop-after-apply' | 'truncate-after-apply') =>
  fixture.emulator.control.addFault({ method, path, kind });

async function deploymentsOf(environment: string) {
  const path = `/repos/${OWNER}/${REPO}/deployments?environment=${environment}`;
  return (await fixture.admin('GET', path)).data as unknown as Array<{ id: number }>;
}

/** Runs an issue gate that alice approves; returns the run and its issue. */
async function approvedGate(environment: string, options: Parameters<typeof runGate>[1] = {}) {
  const running = runGate(fixture, {
    ...options,
    inputs: { mode: 'issue', environment, ...options.inputs },
  });
  const issue = await nextGateIssue(fixture, seen);
  await postCommentAs(fixture.emulator, issue.number, 'alice', 'approve');
  return { run: await running, issue };
}

describe('await-environment-approval (bundled): lost answers never duplicate or mislead', () => {
  it('opens one issue when the answer to opening it is lost', async () => {
    await fault('POST', `/repos/${OWNER}/${REPO}/issues$`, 'drop-after-apply');
    const { run, issue } = await approvedGate('production');

    expect(run.exitCode).toBe(0);
    expect(run.outputs['issue-number']).toBe(String(issue.number));
    const issues = await gateIssues(fixture);
    expect(issues.map((i) => [i.number, i.state])).toEqual([[issue.number, 'closed']]);
  });

  it('never goes on as #NaN when the answer is cut: the issue it opened is found', async () => {
    await fault('POST', `/repos/${OWNER}/${REPO}/issues$`, 'truncate-after-apply');
    const { run, issue } = await approvedGate('staging');

    expect(run.exitCode).toBe(0);
    expect(run.outputs['issue-number']).toBe(String(issue.number));
    expect(logText(run)).not.toContain('NaN');
  });

  it('creates one deployment, one status comment and one closing comment through lost answers', async () => {
    await fault('POST', '/deployments$', 'drop-after-apply');
    await fixture.emulator.control.addFault({
      method: 'POST',
      path: '/comments$',
      kind: 'drop-after-apply',
      count: 2,
    });
    const { run, issue } = await approvedGate('qa');

    expect(run.exitCode).toBe(0);
    expect(await deploymentsOf('qa')).toEqual([
      expect.objectContaining({ id: Number(run.outputs['deployment-id']) }),
    ]);
    const bodies = (await commentsOf(fixture, issue.number))
      .filter((comment) => comment.user.login === 'github-actions[bot]')
      .map((comment) => comment.body.split('\n')[1]?.slice(0, 20));
    expect(bodies).toEqual(['**Votes so far**: co', expect.stringMatching(/^\*\*Approved\*\* at/)]);
  });

  it('closes the issue an earlier attempt of the run left open', async () => {
    const runId = (await createRun(fixture.emulator, { actor: 'octocat' })).id;
    const left = await fetch(`${fixture.emulator.url}/repos/${OWNER}/${REPO}/issues`, {
      method: 'POST',
      headers: { authorization: `token ${fixture.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Approve deployment to production: v1.2.3',
        body: `<!-- await-environment-approval:run-${runId}-1-production -->\nattempt 1`,
      }),
    });
    const stale = (await left.json()) as { number: number };
    seen.add(stale.number);
    const { run, issue } = await approvedGate('production', {
      runId,
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });

    expect(run.exitCode).toBe(0);
    expect(await issueState(fixture, stale.number)).toEqual({
      state: 'closed',
      stateReason: 'not_planned',
    });
    const [note] = await commentsOf(fixture, stale.number);
    expect(note?.body).toContain(`attempt 2 of this run asks again in #${issue.number}`);
  });
});
