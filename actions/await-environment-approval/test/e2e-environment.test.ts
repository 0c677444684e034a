import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveRun, createRun, postCommentAs, setEnvironment } from '@infra-fleet/github-emulator';
import { logText, nextGateIssue, runGate, startFixture, type Fixture } from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
  await setEnvironment(fixture.emulator, 'prod-gated', {
    reviewers: [
      { type: 'User', login: 'alice' },
      { type: 'Team', slug: 'sre' },
    ],
  });
  await setEnvironment(fixture.emulator, 'prod-open', {});
  // A private repository on GitHub Team: environments and branch policies, no required reviewers.
  await setEnvironment(fixture.emulator, 'prod-private', {
    branch_policies: [{ name: 'v*', type: 'tag' }],
  });
});
afterAll(() => fixture?.emulator.close());

/** A run that GitHub held for prod-gated until `reviewer` reviewed it. */
async function reviewedRun(reviewer: string, state: 'approved' | 'rejected' = 'approved') {
  const run = await createRun(fixture.emulator, {
    actor: 'octocat',
    environments: ['prod-gated'],
  });
  await approveRun(fixture.emulator, run.id, { login: reviewer, state, comment: 'Ship it!' });
  return run.id;
}

describe('await-environment-approval (bundled, environment mode against the emulator)', () => {
  it("audits the run's approval when the environment has required reviewers", async () => {
    const runId = await reviewedRun('alice');
    const run = await runGate(fixture, {
      runId,
      inputs: { environment: 'prod-gated', mode: 'environment' },
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      decision: 'approved',
      'issue-number': '',
      'issue-url': '',
    });
    const [approver] = JSON.parse(run.outputs.approvers ?? '');
    expect(approver).toEqual({
      login: 'alice',
      at: run.outputs['decided-at'],
      comment: 'Ship it!',
    });
    expect(run.summary).toContain('| Mode | environment |');
    expect(logText(run)).toContain('requires review by alice, octo-org/sre');
  });

  it('picks environment mode in auto when the environment has required reviewers', async () => {
    const runId = await reviewedRun('alice');
    const run = await runGate(fixture, {
      runId,
      inputs: { environment: 'prod-gated', summary: 'load-harness `v1.2.2` -> `v1.2.3`' },
    });

    expect(run.exitCode).toBe(0);
    expect(logText(run)).toContain('Approval for prod-gated in environment mode (asked: auto).');
    expect(run.summary).toContain('#### What changes\n\nload-harness `v1.2.2` -> `v1.2.3`');
  });

  it('picks the issue gate in auto when the rules have no required reviewers (private repository on Team)', async () => {
    const running = runGate(fixture, { inputs: { environment: 'prod-private' } });
    const issue = await nextGateIssue(fixture, new Set());
    await postCommentAs(fixture.emulator, issue.number, 'alice', 'approve');
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(logText(run)).toContain('Approval for prod-private in issue mode (asked: auto).');
    expect(run.outputs['issue-number']).toBe(String(issue.number));
  });

  it('fails closed when the job was not held for the environment', async () => {
    const runId = (await createRun(fixture.emulator, { actor: 'octocat' })).id;
    const run = await runGate(fixture, {
      runId,
      inputs: { environment: 'prod-gated', mode: 'environment' },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({});
    expect(logText(run)).toContain('Declare `environment: prod-gated` on the job');
  });

  it('fails closed in environment mode when the environment has no required reviewers', async () => {
    const run = await runGate(fixture, {
      inputs: { environment: 'prod-open', mode: 'environment' },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({});
    const [error] = run.annotations.filter((annotation) => annotation.command === 'error');
    expect(error?.message).toContain('Environment "prod-open" has no required reviewers');
    expect(error?.message).toContain(
      'Hint: Add required reviewers under Settings > Environments, or use mode: issue',
    );
  });

  it("rejects a reviewer's self-approval unless allowed", async () => {
    await fixture.emulator.control.addTeamMember('octo-org', 'sre', 'octocat');
    const runId = await reviewedRun('octocat');
    const refused = await runGate(fixture, {
      runId,
      inputs: { environment: 'prod-gated', mode: 'environment' },
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs.decision).toBe('rejected');
    expect(refused.summary).toContain('self-approval: octocat is the run actor');

    const allowed = await runGate(fixture, {
      runId,
      inputs: { environment: 'prod-gated', mode: 'environment', 'allow-self-approval': 'true' },
    });
    expect(allowed.exitCode).toBe(0);
  });
});
