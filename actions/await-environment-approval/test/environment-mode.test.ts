import { describe, expect, it } from '@jest/globals';
import type { ApprovalPort, RunApproval } from '@infra-fleet/github';
import type { Clock } from '@infra-fleet/action-kit';
import { environmentGate } from '../src/environment-mode.js';
import type { Settings } from '../src/inputs.js';

const clock: Clock = {
  now: () => new Date('2026-01-10T10:00:00Z'),
  sleep: async () => undefined,
};

function settings(extra: Partial<Settings> = {}): Settings {
  return {
    environment: 'production',
    mode: 'environment',
    approvers: { users: [], teams: [] },
    minimumApprovals: 2,
    allowSelfApproval: false,
    allowedRefs: ['refs/heads/main'],
    timeoutMinutes: 60,
    pollIntervalSeconds: 30,
    deployment: false,
    token: 't',
    warnings: [],
    context: { runId: 42, self: new Map([['octocat', ['run actor']]]) } as Settings['context'],
    ...extra,
  };
}

function port(approvals: RunApproval[]): ApprovalPort {
  return {
    getRunApprovals: async () => approvals,
    teamMembership: async () => 'none',
  } as Partial<ApprovalPort> as ApprovalPort;
}

const review = (login: string): RunApproval => ({
  login,
  state: 'approved',
  comment: '',
  environments: ['production'],
});

describe('environmentGate', () => {
  it('logs the approvals counted against the minimum and the reviews that did not count', async () => {
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), warning: () => undefined };
    const info = {
      name: 'production',
      requiredReviewers: [{ type: 'User' as const, name: 'alice' }],
      preventSelfReview: false,
      waitTimerMinutes: 0,
    };
    const result = await environmentGate(settings(), info, {
      port: port([review('alice'), review('octocat')]),
      clock,
      log,
    });
    expect(result.outcome).toBe('rejected');
    expect(lines).toContain(
      'Reviews for production: Counted 1 of 2 approvals (alice). Not counted: octocat: self-approval: octocat is the run actor (allow-self-approval is false).',
    );
  });
});
