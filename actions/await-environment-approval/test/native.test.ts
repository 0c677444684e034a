import { describe, expect, it } from '@jest/globals';
import type { EnvironmentInfo, RunApproval } from '@infra-fleet/github';
import { decideNative, requireReviewers, type NativeInput } from '../src/native.js';

const AT = '2026-01-10T10:00:00Z';

function approval(
  login: string,
  state: RunApproval['state'] = 'approved',
  environments = ['production'],
): RunApproval {
  return { login, state, comment: `${state} by ${login}`, environments };
}

function input(approvals: RunApproval[], extra: Partial<NativeInput> = {}): NativeInput {
  return {
    environment: 'production',
    approvals,
    teams: new Map(),
    self: new Map([['octocat', ['run actor']]]),
    approvers: { users: [], teams: [] },
    minimumApprovals: 1,
    allowSelfApproval: false,
    readAt: AT,
    ...extra,
  };
}

describe('decideNative', () => {
  it("approves with the run's approval for the environment, keeping the reviewer's comment", () => {
    const result = decideNative(
      input([approval('alice'), approval('bob', 'approved', ['staging'])]),
    );
    expect(result.decision).toBe('approved');
    expect(result.approvers).toEqual([
      {
        login: 'alice',
        kind: 'approve',
        at: AT,
        commentId: 0,
        commentUrl: '',
        note: 'approved by alice',
      },
    ]);
  });

  it('matches the environment name case-insensitively', () => {
    expect(decideNative(input([approval('alice', 'approved', ['Production'])])).decision).toBe(
      'approved',
    );
  });

  it('rejects a self-approval unless allowed', () => {
    const result = decideNative(input([approval('octocat')]));
    expect(result.decision).toBe('rejected');
    expect(result.ignored[0]?.reason).toMatch(/self-approval: octocat is the run actor/);
    expect(decideNative(input([approval('octocat')], { allowSelfApproval: true })).decision).toBe(
      'approved',
    );
  });

  it('applies the approvers list, with team membership read by the caller', () => {
    const approvers = { users: ['bob'], teams: [{ org: 'octo-org', slug: 'sre' }] };
    expect(decideNative(input([approval('alice')], { approvers })).decision).toBe('rejected');
    const teams = new Map([['alice', ['octo-org/sre']]]);
    expect(decideNative(input([approval('alice')], { approvers, teams })).decision).toBe(
      'approved',
    );
  });

  it('needs minimum-approvals distinct reviewers', () => {
    const two = input([approval('alice'), approval('alice')], { minimumApprovals: 2 });
    expect(decideNative(two).decision).toBe('rejected');
    const approvals = [approval('alice'), approval('bob')];
    expect(decideNative(input(approvals, { minimumApprovals: 2 })).decision).toBe('approved');
  });

  it('rejects when any review rejected', () => {
    const result = decideNative(input([approval('alice'), approval('bob', 'rejected')]));
    expect(result.decision).toBe('rejected');
    expect(result.denials.map((vote) => vote.login)).toEqual(['bob']);
  });
});

describe('requireReviewers (mode: environment fails closed)', () => {
  const info = (reviewers: EnvironmentInfo['requiredReviewers']): EnvironmentInfo => ({
    name: 'production',
    requiredReviewers: reviewers,
    preventSelfReview: false,
    waitTimerMinutes: 0,
  });

  it('accepts an environment with required reviewers', () => {
    const ok = info([{ type: 'User', name: 'alice' }]);
    expect(requireReviewers('production', ok)).toBe(ok);
  });

  it('refuses a missing environment, saying how to fix it', () => {
    expect(() => requireReviewers('production', undefined)).toThrow(/"production" does not exist/);
  });

  it('refuses an environment without required reviewers, pointing at mode: issue', () => {
    let error: unknown;
    try {
      requireReviewers('production', info([]));
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toMatch(/has no required reviewers/);
    expect((error as { hint: string }).hint).toMatch(
      /Add required reviewers .* or use mode: issue/,
    );
  });
});
