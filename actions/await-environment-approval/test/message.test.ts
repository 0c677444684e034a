import { describe, expect, it } from '@jest/globals';
import type { Decision } from '../src/approval.js';
import type { Settings } from '../src/inputs.js';
import {
  gateMarker,
  issueBody,
  issueTitle,
  markedAttempt,
  outcomeComment,
  STATUS_MARKER,
  statusComment,
  summaryMarkdown,
} from '../src/message.js';
import { outputsOf, type GateResult } from '../src/outcome.js';

const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

function settings(extra: Partial<Settings> = {}): Settings {
  return {
    environment: 'production',
    mode: 'auto',
    approvers: { users: ['alice'], teams: [{ org: 'octo-org', slug: 'sre' }] },
    minimumApprovals: 2,
    allowSelfApproval: false,
    allowedRefs: ['refs/tags/v*'],
    timeoutMinutes: 60,
    pollIntervalSeconds: 30,
    deployment: true,
    summary: 'load-harness `v1.2.2` -> `v1.2.3`',
    token: 't',
    warnings: [],
    context: {
      owner: 'octo-org',
      repo: 'infra-fleet',
      ref: 'refs/tags/v1.2.3',
      sha: SHA,
      runId: 42,
      runAttempt: 1,
      actor: 'octocat',
      triggeringActor: 'octocat',
      eventName: 'release',
      workflow: 'release',
      job: 'gate',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runUrl: 'https://github.com/octo-org/infra-fleet/actions/runs/42',
      self: new Map([
        ['octocat', ['run actor', 'triggering actor']],
        ['releaser', ['release author']],
      ]),
    },
    ...extra,
  };
}

const vote = {
  login: 'alice',
  kind: 'approve' as const,
  at: '2026-01-10T10:01:00Z',
  commentId: 5,
  commentUrl: 'https://github.com/octo-org/infra-fleet/issues/7#issuecomment-5',
  note: 'dashboards | green',
};
const ignoredComment = {
  id: 6,
  body: 'approve',
  login: 'releaser',
  userType: 'User',
  createdAt: '2026-01-10T10:02:00Z',
  updatedAt: '2026-01-10T10:02:00Z',
  url: 'https://github.com/octo-org/infra-fleet/issues/7#issuecomment-6',
};
const decision: Decision = {
  decision: 'approved',
  approvers: [vote, { ...vote, login: 'bob', commentId: 8, note: '' }],
  denials: [],
  ignored: [{ comment: ignoredComment, reason: 'self-approval: releaser is the release author' }],
};
const approved: GateResult = {
  outcome: 'approved',
  mode: 'issue',
  decision,
  decidedAt: '2026-01-10T10:03:00Z',
  reason: 'Approved by alice, bob.',
  issue: { number: 7, htmlUrl: 'https://github.com/octo-org/infra-fleet/issues/7' },
  deploymentId: 12,
};

describe('the approval issue', () => {
  it('has a title naming the environment, ref and commit', () => {
    expect(issueTitle(settings())).toBe('Approve deployment to production: v1.2.3 (6dcb09b)');
  });

  it('says what is approved, by whom, how to answer, and what never counts', () => {
    const body = issueBody(settings(), '2026-01-10T11:00:00Z');
    expect(body).toContain('| Environment | `production` |');
    expect(body).toContain('| Ref | `refs/tags/v1.2.3` |');
    expect(body).toContain(
      `[\`6dcb09b5b578\`](https://github.com/octo-org/infra-fleet/commit/${SHA})`,
    );
    expect(body).toContain('| Run | https://github.com/octo-org/infra-fleet/actions/runs/42 |');
    expect(body).toContain('load-harness `v1.2.2` -> `v1.2.3`');
    expect(body).toContain('first line** is exactly one word');
    expect(body).toContain('Needs **2** approvals from distinct people: @alice, @octo-org/sre.');
    expect(body).toContain('`octocat` (run actor, triggering actor), `releaser` (release author)');
    expect(body).toContain('expires at 2026-01-10T11:00:00Z (60 minutes)');
  });

  it('says when anyone with write access may approve and self-approval is allowed', () => {
    const body = issueBody(
      settings({
        approvers: { users: [], teams: [] },
        minimumApprovals: 1,
        allowSelfApproval: true,
        summary: undefined,
      }),
      'x',
    );
    expect(body).toContain('Needs **1** approval from distinct people: anyone with write access');
    expect(body).toContain('Self-approval is allowed for this gate.');
    expect(body).toContain('Not described: set the `summary` input');
  });
});

describe('the gate marker', () => {
  it('starts the issue body and names the run, attempt and environment', () => {
    const body = issueBody(settings({ environment: 'prod eu-->' }), 'x');
    const marker = '<!-- await-environment-approval:run-42-1-prod%20eu--%3E -->';
    expect(gateMarker(settings().context, 'prod eu-->')).toBe(marker);
    expect(body.startsWith(`${marker}\n`)).toBe(true);
  });

  it("reads the attempt of this run's marker for this environment only", () => {
    const { context } = settings();
    const body = `${gateMarker(context, 'production')}\nrest`;
    expect(markedAttempt(body, context, 'production')).toBe(1);
    expect(markedAttempt(body, context, 'staging')).toBeUndefined();
    expect(markedAttempt(body, { ...context, runId: 4 }, 'production')).toBeUndefined();
    expect(markedAttempt('approve', context, 'production')).toBeUndefined();
  });

  it('keeps a long summary under the issue body limit and says where the rest is', () => {
    const body = issueBody(settings({ summary: 'x'.repeat(70_000) }), 'x');
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('truncated: the whole text is in the job summary');
  });
});

describe('the status comment', () => {
  it('lists each judged comment in time order, whether it counts and why, and the tally', () => {
    const pending: Decision = { ...decision, decision: 'pending', approvers: [vote] };
    const text = statusComment(pending, 2);
    expect(
      text.startsWith(`${STATUS_MARKER}\n**Votes so far**: counted **1 of 2** approvals.`),
    ).toBe(true);
    const rows = text.split('\n').filter((line) => line.startsWith('| ['));
    expect(rows).toEqual([
      `| [\`alice\`](${vote.commentUrl}) | approve | **yes**: approval counted |`,
      `| [\`releaser\`](${ignoredComment.url}) | approve | no: self-approval: releaser is the release author |`,
    ]);
  });

  it('says a valid denial rejects, and nothing in it depends on the time', () => {
    const denied: Decision = { ...decision, approvers: [], denials: [{ ...vote, kind: 'deny' }] };
    const text = statusComment(denied, 1);
    expect(text).toContain('counted **0 of 1** approval, and a valid denial.');
    expect(text).toContain('| deny | **yes**: a valid denial rejects |');
    expect(statusComment(denied, 1)).toBe(text);
  });
});

describe('the closing comment', () => {
  it('records the approvers and the comments that did not count', () => {
    const text = outcomeComment(approved, 'production');
    expect(text).toContain('**Approved** at 2026-01-10T10:03:00Z: Approved by alice, bob.');
    expect(text).toContain('The deployment to `production` proceeds.');
    expect(text).toContain(
      `- \`alice\` at 2026-01-10T10:01:00Z ([comment](${vote.commentUrl})): dashboards \\| green`,
    );
    expect(text).toContain(
      `| [\`releaser\`](${ignoredComment.url}) | 2026-01-10T10:02:00Z | self-approval: releaser is the release author |`,
    );
  });

  it('names the denier when rejected', () => {
    const rejected: GateResult = {
      ...approved,
      outcome: 'rejected',
      reason: 'Rejected by carol.',
      decision: { ...decision, denials: [{ ...vote, login: 'carol', kind: 'deny' }] },
    };
    const text = outcomeComment(rejected, 'production');
    expect(text).toContain('**Rejected**');
    expect(text).toContain('does not proceed');
    expect(text).toContain('- `carol` at');
    expect(text).not.toContain('- `alice` at');
  });
});

describe('summary and outputs', () => {
  it('writes the audit record to the job summary', () => {
    const summary = summaryMarkdown(approved, settings());
    expect(summary).toContain('### Approval gate: `production`');
    expect(summary).toContain('| Decision | **approved**: Approved by alice, bob. |');
    expect(summary).toContain('| Issue | [#7](https://github.com/octo-org/infra-fleet/issues/7) |');
    expect(summary).toContain(
      `| \`alice\` | 2026-01-10T10:01:00Z | [comment](${vote.commentUrl}) |`,
    );
    expect(summary).toContain('Not counted:');
    expect(summary).toContain('#### What changes\n\nload-harness `v1.2.2` -> `v1.2.3`');
  });

  it('maps the result to the contract outputs', () => {
    expect(outputsOf(approved)).toEqual({
      decision: 'approved',
      approvers: [
        {
          login: 'alice',
          at: '2026-01-10T10:01:00Z',
          comment_url: vote.commentUrl,
          comment: 'dashboards | green',
        },
        { login: 'bob', at: '2026-01-10T10:01:00Z', comment_url: vote.commentUrl },
      ],
      'issue-number': 7,
      'issue-url': 'https://github.com/octo-org/infra-fleet/issues/7',
      'decided-at': '2026-01-10T10:03:00Z',
      'deployment-id': 12,
    });
  });
});
