import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { postCommentAs } from '@infra-fleet/github-emulator';
import { OWNER, logText, nextGateIssue, runGate, startFixture, type Fixture } from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
  await fixture.emulator.control.addTeamMember(OWNER, 'sre', 'erin');
});
afterAll(() => fixture?.emulator.close());

/** Requests the gate's own token made that write something. */
async function writes() {
  const requests = await fixture.emulator.control.requests();
  return requests.filter((r) => r.method !== 'GET' && r.login === 'github-actions[bot]');
}

describe('await-environment-approval (bundled): team approvers against the emulator', () => {
  it('fails at the start, asking nobody, when GITHUB_TOKEN is all it has to read a listed team', async () => {
    await fixture.emulator.control.resetLog();
    // A short timeout keeps a gate that does not check from waiting its full hour.
    const run = await runGate(fixture, {
      inputs: { mode: 'issue', approvers: 'octo-org/sre', 'timeout-minutes': '0.05' },
    });

    expect(run.exitCode).toBe(1);
    const [error] = run.annotations.filter((annotation) => annotation.command === 'error');
    expect(error?.message).toContain(
      'Cannot read team octo-org/sre of approvers with token (membership-token is empty)',
    );
    expect(error?.message).toContain('Pass membership-token');
    expect(error?.message).toContain('Members: read');
    expect(await writes()).toEqual([]);
  });

  it('names membership-token when that token cannot read the team either', async () => {
    const run = await runGate(fixture, {
      inputs: {
        mode: 'issue',
        approvers: 'alice, octo-org/sre',
        'membership-token': fixture.token,
        'timeout-minutes': '0.05',
      },
    });

    expect(run.exitCode).toBe(1);
    expect(logText(run)).toContain(
      'Cannot read team octo-org/sre of approvers with membership-token',
    );
  });

  it("counts a team member's approval read with membership-token, the rest with GITHUB_TOKEN", async () => {
    const running = runGate(fixture, {
      inputs: {
        mode: 'issue',
        approvers: 'octo-org/sre',
        'membership-token': fixture.membersToken,
      },
    });
    const issue = await nextGateIssue(fixture, new Set());
    await postCommentAs(fixture.emulator, issue.number, 'erin', 'approve');
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.approvers ?? '')).toMatchObject([{ login: 'erin' }]);
    expect(run.masked).toContain(fixture.membersToken);
    const unmasked = logText(run).replace(`::add-mask::${fixture.membersToken}`, '');
    expect(unmasked).not.toContain(fixture.membersToken.slice(4));
  });
});
